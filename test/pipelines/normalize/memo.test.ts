// The per-file cell memo (normalize/memo.ts) and the by-position row normalizer must give exactly what normalizing
// every cell by name gives: the same records and, through an issue log with a small cap, the same kept issues and
// counts. Cells are drawn from small seeded pools, so values repeat (memo hits) and also vary (misses).
import { describe, expect, it } from "vitest";
import { createIssueLog, type IssueLog } from "../../../pipelines/issue-log.ts";
import { columnSources, normalizeRecord, normalizeRow } from "../../../pipelines/normalize/index.ts";
import { createCellMemo } from "../../../pipelines/normalize/memo.ts";
import { cellPicker } from "../../../pipelines/record-shape.ts";
import { random } from "../../../pipelines/sample/random.ts";
import { DATASETS } from "../../../schemas/index.ts";

const POOL = [
  "", "東京都", "新宿区", "１２３", "ｼﾝｼﾞｭｸ", "  図書館  ", "-", "null", "35.6895", "139.6917", "139.6917", "35.6895", "３５．６８９５",
  "35°40'21.5\"", "令和6年4月1日", "R6.1.1", "2024/1/1", "45292", "8時30分", "９：００", "9:00～17:00", "終日", "24時間", "○", "×", "有",
  "無", "月;火;水", "月；火", "1,234", "https://example.jp/", "ｈｔｔｐ://example.jp", "03-1234-5678", "１６０－００２２", "13101",
  "131041", "1.23457E+12", "\u0001bad", "a\u3000\u3000b", "1,2", "999", "0",
];

function run(dataset: (typeof DATASETS)[number], seed: number) {
  const rng = random(seed);
  const keys = dataset.columns.map((c) => c.key);
  // a file: its own column order (reversed, one column missing), rows of pooled cells plus a unique one now and then
  const fileKeys = [...keys].reverse().filter((_, i) => i !== 1);
  const rows = Array.from({ length: 400 }, (_, r) => fileKeys.map(() => (rng.chance(0.1) ? `${rng.pick(POOL)}${r}` : rng.pick(POOL))));
  const direct = createIssueLog(3);
  const memoized = createIssueLog(3);
  const memo = createCellMemo((code) => memoized.onlyCounts(code));
  const sources = columnSources(dataset, fileKeys);
  const context = (log: IssueLog) => ({ municipality: "131041", onlyCounts: (code: Parameters<IssueLog["onlyCounts"]>[0]) => log.onlyCounts(code) });
  rows.forEach((values, i) => {
    const cells = Object.fromEntries(fileKeys.map((k, j) => [k, values[j]]));
    const a = normalizeRecord(cells, dataset, { row: i + 1 }, context(direct));
    const b = normalizeRow(values, sources, cells, dataset, i + 1, { ...context(memoized), memo });
    expect(b.record).toEqual(a.record);
    for (const found of a.issues) direct.add(found);
    for (const found of b.issues) memoized.add(found);
  });
  return { direct: direct.finish(), memoized: memoized.finish() };
}

describe("cell memo", () => {
  it.each(DATASETS.map((d, i) => [d.id, d, i] as const))("%s: same records, kept issues and counts as without it", (_, dataset, i) => {
    const { direct, memoized } = run(dataset, 1000 + i);
    expect(memoized.issues.length).toBeGreaterThan(0);
    expect(memoized).toEqual(direct);
  });
});

describe("cell memo across issue logs", () => {
  // range-task.ts keeps one memo per file and gives each range of it a new log: a code only counted in one range's
  // log is shown in full again in the next one's, and the memo must follow
  it.each(DATASETS.map((d, i) => [d.id, d, i] as const))("%s: each range's log gets what normalizing every cell gives", (_, dataset, i) => {
    const rng = random(2000 + i);
    const keys = dataset.columns.map((c) => c.key);
    const sources = columnSources(dataset, keys);
    let log = createIssueLog(3);
    const memo = createCellMemo((code) => log.onlyCounts(code));
    for (let range = 0; range < 3; range++) {
      const direct = createIssueLog(3);
      log = createIssueLog(3);
      for (let r = 0; r < 150; r++) {
        const values = keys.map(() => rng.pick(POOL));
        const cells = Object.fromEntries(keys.map((k, j) => [k, values[j]]));
        const a = normalizeRecord(cells, dataset, { row: r + 1 }, { municipality: "131041", onlyCounts: (code) => direct.onlyCounts(code) });
        const b = normalizeRow(values, sources, cells, dataset, r + 1, { municipality: "131041", memo, onlyCounts: (code) => log.onlyCounts(code) });
        expect(b.record).toEqual(a.record);
        for (const found of a.issues) direct.add(found);
        for (const found of b.issues) log.add(found);
      }
      expect(log.finish()).toEqual(direct.finish());
    }
  });
});

describe("a plain cell the same as the one above", () => {
  // the row program takes the value of a cell equal to its column's last plain cell from that cell (row-program.ts):
  // rows read with one context, cells often the same as the row above's, against each row read with a fresh context
  it.each(DATASETS.map((d, i) => [d.id, d, i] as const))("%s: each row reads as it does alone", (_, dataset, i) => {
    const rng = random(3000 + i);
    const keys = dataset.columns.map((c) => c.key);
    const sources = columnSources(dataset, keys);
    const shared = { municipality: "131041" };
    let values = keys.map(() => rng.pick(POOL));
    for (let r = 0; r < 300; r++) {
      values = values.map((above) => (rng.chance(0.6) ? above : rng.pick(POOL)));
      const cells = Object.fromEntries(keys.map((k, j) => [k, values[j]]));
      const alone = normalizeRow(values, sources, cells, dataset, r + 1, { municipality: "131041" });
      const read = normalizeRow(values, sources, cells, dataset, r + 1, shared);
      expect([r, read.record, read.issues]).toEqual([r, alone.record, alone.issues]);
    }
  });

  it("a context read with rows of two datasets in turn reads each row as it does alone", () => {
    const rng = random(4000);
    const shared = { municipality: "131041" };
    for (let r = 0; r < 200; r++) {
      const dataset = DATASETS[r % 2 === 0 ? 0 : DATASETS.length - 1];
      const keys = dataset.columns.map((c) => c.key);
      const values = keys.map(() => rng.pick(POOL));
      const cells = Object.fromEntries(keys.map((k, j) => [k, values[j]]));
      const alone = normalizeRow(values, columnSources(dataset, keys), cells, dataset, r + 1, { municipality: "131041" });
      const read = normalizeRow(values, columnSources(dataset, keys), cells, dataset, r + 1, shared);
      expect([r, read.record, read.issues]).toEqual([r, alone.record, alone.issues]);
    }
  });
});

describe("cellPicker", () => {
  it("builds objects with exactly the given keys, in order, whatever their text", () => {
    const make = cellPicker(["a", "名称", "with \"quote\"", "__proto__", "constructor", "1"], [0, 1, 2, 3, 4, 5]);
    const o = make(["1", "二", "3", "4", "5", "6"]);
    expect(Object.keys(o)).toEqual(["1", "a", "名称", "with \"quote\"", "__proto__", "constructor"]);
    expect(o["名称"]).toBe("二");
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(o, "__proto__")?.value).toBe("4");
  });

  it("reads each key from its position, and a position past the row's end as an empty cell", () => {
    expect(cellPicker(["x", "y", "z"], [2, 0, 5])(["a", "b", "c"])).toEqual({ x: "c", y: "a", z: "" });
  });
});
