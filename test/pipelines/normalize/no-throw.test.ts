// Property test: no normalizer throws, whatever the cell holds, and what they return is typed and stable.
import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "../../../pipelines/issues.ts";
import { NORMALIZERS, normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { random } from "../../../pipelines/sample/random.ts";
import { DATASETS } from "../../../schemas/index.ts";
import type { Kind } from "../../../schemas/types.ts";


const FRAGMENTS = [
  "0", "1", "9", "12", "35", "139", ".", ",", "-", "+", "E+", "e-", "999", "45292", "1.23457E+12", "9".repeat(400), "1e308", "0.",
  "０", "１", "９", "，", "．", "－", "：", "；", "（", "）", "ｶﾞ", "ｱ", "ｰ", "ー", "―", "‐", "−", "▲", "〒",
  "令和", "平成", "昭和", "大正", "明治", "元", "R", "H", "年", "月", "日", "/", ":", "T", "時", "分", "秒", "半", "午前", "午後", "PM",
  "°", "'", "\"", "′", "″", "度", "北緯", "N", "S", "E", "W", "終日", "24時間", "～", "〜", "から", "まで",
  "有", "無", "○", "×", "あり", "なし", "null", "N/A", "人", "㎡", "円", "無料", "https://", "www.", "都", "東京都", "新宿区", "市", "郡",
  " ", "\u3000", "\t", "\n", "\r\n", "\r", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u00a0", "\u200b", "\ufeff",
  "\ud800", "\udc00", "\ud83d\ude00", "\udfff\ud800", "㍻", "①", "𠮷",
];

function randomCell(next: () => number): string {
  if (next() < 0.15) {
    let s = "";
    const n = Math.floor(next() * 12);
    for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(next() * 0x10000));
    return s;
  }
  let s = "";
  const n = Math.floor(next() * 8);
  for (let i = 0; i < n; i++) s += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  return s;
}

const CELLS = (() => {
  // seeded, so a failure is reproducible
  const next = random(20240401).next;
  return Array.from({ length: 10_000 }, () => randomCell(next));
})();

const TYPE_OF: Record<Kind, (v: unknown) => boolean> = {
  text: (v) => typeof v === "string" && v !== "",
  code: (v) => typeof v === "string" && /^\d{6}$/.test(v),
  integer: (v) => typeof v === "number" && Number.isFinite(v),
  number: (v) => typeof v === "number" && Number.isFinite(v),
  latitude: (v) => typeof v === "number" && Number.isFinite(v),
  longitude: (v) => typeof v === "number" && Number.isFinite(v),
  date: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
  time: (v) => typeof v === "string" && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v),
  boolean: (v) => typeof v === "boolean",
  mark: (v) => typeof v === "boolean",
  list: (v) => Array.isArray(v) && v.length > 0 && v.every((i) => typeof i === "string" && i !== ""),
  url: (v) => typeof v === "string" && v !== "",
  email: (v) => typeof v === "string" && v !== "",
  phone: (v) => typeof v === "string" && /\d/.test(v),
  postal_code: (v) => typeof v === "string" && /^\d{7}$/.test(v),
  corporate_number: (v) => typeof v === "string" && /^\d{13}$/.test(v),
};

// characters PostgreSQL text/jsonb cannot hold, which must never reach a value or an issue
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Values a normalizer outputs are read back unchanged and without issues (idempotence). */
const STABLE: readonly Kind[] = ["text", "code", "date", "time", "postal_code", "corporate_number", "url"];

describe("normalizers on 10,000 random cells (seeded)", () => {
  it.each(Object.keys(NORMALIZERS) as Kind[])("%s: never throws, returns its type or null, issues well-formed", (kind) => {
    const normalize = NORMALIZERS[kind];
    const bad: Array<{ raw: string; why: string }> = [];
    for (const raw of CELLS) {
      const at = { row: 1, field: "f" };
      const out = normalize(raw, at);
      if (out.value !== null && !TYPE_OF[kind](out.value)) bad.push({ raw, why: `value ${JSON.stringify(out.value)}` });
      if (typeof out.value === "string" && UNSTORABLE.test(out.value)) bad.push({ raw, why: "unstorable value" });
      for (const i of out.issues) {
        if (!(i.code in ISSUE_CODES) || i.row !== 1 || i.field !== "f" || !i.message_ja || !i.message_en) bad.push({ raw, why: `issue ${i.code}` });
        if (i.value !== null && UNSTORABLE.test(i.value)) bad.push({ raw, why: "unstorable issue value" });
      }
      if (out.value === null && raw.trim() !== "" && out.issues.length === 0 && !/^[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]*$/.test(raw)) {
        bad.push({ raw, why: "value dropped without an issue" });
      }
      // a repaired value is final; a value kept as written with a warning (not_a_url) keeps its warning
      if (STABLE.includes(kind) && typeof out.value === "string" && out.issues.every((i) => i.severity === "info")) {
        const again = normalize(out.value, at);
        if (again.value !== out.value || again.issues.length > 0) bad.push({ raw, why: `unstable: ${JSON.stringify(again)}` });
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("normalizeRecord never throws on rows of random cells, in every dataset", () => {
    const next = random(7).next;
    let rows = 0;
    for (const dataset of DATASETS) {
      for (let n = 0; n < 40; n++) {
        const cells = Object.fromEntries(dataset.columns.map((c) => [c.key, CELLS[Math.floor(next() * CELLS.length)]]));
        const { record } = normalizeRecord(cells, dataset, { row: n + 1 }, { municipality: "131041", sourceHeaders: ["都道府県名", "住所"] });
        expect(Object.keys(record)).toEqual(dataset.columns.map((c) => c.key));
        rows++;
      }
    }
    expect(rows).toBe(DATASETS.length * 40);
  });
});

describe("huge cells stay linear (a quadratic regex would time out here)", () => {
  const spaces = " ".repeat(200_000);
  it.each(Object.keys(NORMALIZERS) as Kind[])("%s: 200,000 spaces between two characters", (kind) => {
    const out = NORMALIZERS[kind](`1${spaces}2`, { row: 1, field: "start_time" });
    expect(out.issues.length).toBeGreaterThan(0);
    expect(out.issues.every((i) => (i.value ?? "").length <= 201)).toBe(true);
  });
});
