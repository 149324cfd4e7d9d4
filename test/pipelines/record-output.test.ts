// record-output.ts: the bytes of `odh normalize` output. NDJSON and JSON lines are JSON.stringify of
// {row, valid, record, extra}; CSV is HEAD's csvCell line (copied below as the reference) on random records, then the
// extra columns; a value that did not read is written as its cell, an unknown 1/empty mark as 不詳;
// batchInto hands on the text of batch in parts, each row's whole; a continued writer carries on the output of another.
import { describe, expect, it } from "vitest";
import type { HarmonizedRow } from "../../pipelines/run.ts";
import { csvCell, extraHeaders, RECORD_FORMATS, type RecordFormat, recordWriter, withoutNeutralize } from "../../pipelines/record-output.ts";
import { normalizeMark } from "../../pipelines/normalize/flags.ts";
import { random } from "../../pipelines/sample/random.ts";
import { getDataset } from "../../schemas/index.ts";

const aed = getDataset("aed")!;
const KEYS = aed.columns.map((c) => c.key);

/** The CSV cell of record-output.ts before batchPieces (commit 8721114), kept as the reference. */
function referenceCsvCell(value: unknown): string {
  const neutralize = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (typeof value === "boolean") text = value ? "有" : "無";
  else if (Array.isArray(value)) text = neutralize(value.join(";"));
  else if (typeof value === "number") text = String(value);
  else text = neutralize(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, "\"\"")}"` : text;
}
/** The standard columns, then (a writer told of no extra columns) each extra cell past them, as a cell past the header. */
const referenceCsvLine = (r: HarmonizedRow) =>
  `${[...KEYS.map((k) => referenceCsvCell(r.record[k])), ...Object.values(r.extra).map(referenceCsvCell)].join(",")}\r\n`;
const jsonLine = (r: HarmonizedRow) => JSON.stringify({ row: r.row, valid: r.valid, record: r.record, extra: r.extra });

const PIECES = ["東京都", "千代田区", "ｼﾝｼﾞｭｸ", "１丁目", "a", "Z9", " ", ",", ";", "\"", "\\", "\n", "\r", "\t", "\u0000",
  "\u001f", "\u007f", "\u2028", "😀", "\ud83d", "\ude00", "\ud800x", "=", "+", "-", "@", "'", "=SUM(A1)", "\"\"", "\\u0041"];

function randomString(next: () => number): string {
  let s = "";
  const n = Math.floor(next() * 6);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

const NUMBERS = [0, -0, 1, -1, 35.531676, 139.231527, 1e21, 1e-7, -2.5e-300, 123456789012345680000, Number.MAX_VALUE,
  Number.MIN_VALUE, NaN, Infinity, -Infinity, 0.1 + 0.2];

function randomValue(next: () => number): unknown {
  const pick = next();
  if (pick < 0.25) return null;
  if (pick < 0.6) return randomString(next);
  if (pick < 0.75) return NUMBERS[Math.floor(next() * NUMBERS.length)];
  if (pick < 0.85) return next() < 0.5;
  if (pick < 0.95) return Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.5 ? randomString(next) : NUMBERS[Math.floor(next() * NUMBERS.length)]));
  return [null, "x", true];
}

/** A record with the dataset's keys, sometimes in another order, with one missing, or one more. */
function randomRecord(next: () => number): Record<string, unknown> {
  const keys = [...KEYS];
  const shape = next();
  if (shape < 0.1) keys.reverse();
  else if (shape < 0.2) keys.splice(Math.floor(next() * keys.length), 1);
  else if (shape < 0.3) keys.push(randomString(next) || "余分");
  const record: Record<string, unknown> = {};
  for (const k of keys) record[k] = randomValue(next);
  return record;
}

/** Seeded: the same rows every run. */
function randomRows(seed: number, count: number): HarmonizedRow[] {
  const next = random(seed).next;
  return Array.from({ length: count }, (_, i) => {
    const extra: Record<string, string> = {};
    for (let k = Math.floor(next() * 3); k > 0; k--) extra[randomString(next) || "列"] = randomString(next);
    return { row: i + 1, valid: next() < 0.7, record: randomRecord(next), extra };
  });
}

/** Batches of 1 to 40 rows, as the engine passes them. */
function batchesOf(rows: readonly HarmonizedRow[], seed: number): HarmonizedRow[][] {
  const next = random(seed).next;
  const out: HarmonizedRow[][] = [];
  for (let at = 0; at < rows.length;) {
    const size = 1 + Math.floor(next() * 40);
    out.push(rows.slice(at, at + size));
    at += size;
  }
  return out;
}

/** The parts batchInto hands on for a batch. */
function partsOf(w: ReturnType<typeof recordWriter>, batch: readonly HarmonizedRow[]): string[] {
  const parts: string[] = [];
  w.batchInto(batch, (text) => parts.push(text));
  return parts;
}

/** The whole output of one writer over the batches, with batch or batchInto. */
function writeAll(format: RecordFormat, batches: readonly HarmonizedRow[][], how: "batch" | "batchInto" = "batch"): string {
  const w = recordWriter(format);
  let text = w.start(aed);
  for (const b of batches) text += how === "batch" ? w.batch(b) : partsOf(w, b).join("");
  return text + w.end();
}

const rows = randomRows(20240401, 600);
const batches = batchesOf(rows, 7);

describe("NDJSON and JSON: JSON.stringify of {row, valid, record, extra} per row", () => {
  it("ndjson is one JSON.stringify line per row, whatever the strings, numbers, key orders and extras", () => {
    expect(writeAll("ndjson", batches)).toBe(rows.map((r) => `${jsonLine(r)}\n`).join(""));
  });

  it("json is an array with one row per line, and parses back to the rows", () => {
    const text = writeAll("json", batches);
    expect(text).toBe(`[\n${rows.map(jsonLine).join(",\n")}\n]\n`);
    expect(JSON.parse(text)).toEqual(rows.map((r) => JSON.parse(jsonLine(r))));
  });

  it("lone surrogates are escaped, pairs and U+2028 kept, -0 is 0, NaN and Infinity are null", () => {
    const row: HarmonizedRow = { row: 3, valid: false, record: { a: "\ud83d", b: "😀\u2028", c: -0, d: NaN, e: [Infinity, "\"\\"] }, extra: { 列: "\n" } };
    expect(recordWriter("ndjson").batch([row]))
      .toBe("{\"row\":3,\"valid\":false,\"record\":{\"a\":\"\\ud83d\",\"b\":\"😀\u2028\",\"c\":0,\"d\":null,\"e\":[null,\"\\\"\\\\\"]},\"extra\":{\"列\":\"\\n\"}}\n");
  });

  it("json with no rows is an empty array", () => {
    expect(writeAll("json", [])).toBe("[]\n");
    expect(writeAll("json", [[]])).toBe("[]\n");
  });
});

describe("CSV: the same bytes as before", () => {
  it("each line is the reference csvCell line, over random records", () => {
    const text = writeAll("csv", batches);
    const header = `\uFEFF${aed.columns.map((c) => referenceCsvCell(c.ja)).join(",")}\r\n`;
    expect(text).toBe(header + rows.map(referenceCsvLine).join(""));
  });

  it.each([
    [null, ""], [undefined, ""], ["", ""], ["東京都", "東京都"], [true, "有"], [false, "無"], [-1.5, "-1.5"], [-0, "0"],
    [NaN, "NaN"], ["-1.5", "'-1.5"], ["=SUM(A1)", "'=SUM(A1)"], ["+81", "'+81"], ["@x", "'@x"], ["\tx", "'\tx"],
    ["\rx", "\"'\rx\""], ["a,b", "\"a,b\""], ["say \"hi\"", "\"say \"\"hi\"\"\""], ["a\nb", "\"a\nb\""], ["a=b", "a=b"],
    [["月", "火"], "月;火"], [["=1", null, "x"], "'=1;;x"], [["a,b"], "\"a,b\""], [{}, "[object Object]"],
  ])("csvCell(%j) is %j, as the reference", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
    expect(referenceCsvCell(value)).toBe(expected);
  });

  it("batch before start(dataset) is a bug: it throws instead of writing empty lines", () => {
    expect(() => recordWriter("csv").batch(rows.slice(0, 1))).toThrow(/start\(dataset\)/);
  });
});

describe("batchInto: the text of batch, handed on in parts that never cut a row", () => {
  it.each(RECORD_FORMATS)("%s: the parts joined are the batch text, over the same batches", (format) => {
    expect(writeAll(format, batches, "batchInto")).toBe(writeAll(format, batches, "batch"));
  });

  it.each(RECORD_FORMATS)("%s: each row is whole parts: the parts of one batch are those of its rows one by one", (format) => {
    const [w, one] = [recordWriter(format), recordWriter(format)];
    w.start(aed);
    one.start(aed);
    const perRow = rows.slice(0, 50).flatMap((r) => partsOf(one, [r]));
    expect(partsOf(w, rows.slice(0, 50))).toEqual(perRow);
  });

  it("ndjson: a row's JSON and its line end, as two parts", () => {
    expect(partsOf(recordWriter("ndjson"), rows.slice(0, 2))).toEqual([jsonLine(rows[0]), "\n", jsonLine(rows[1]), "\n"]);
  });

  it("no rows, no parts", () => {
    expect(partsOf(recordWriter("ndjson"), [])).toEqual([]);
  });
});

describe("continued: a second writer carries on the output of the first", () => {
  it.each(RECORD_FORMATS)("%s: A's start and batches, then B (continued), then A's end, is one writer's output", (format) => {
    for (const split of [1, 7, batches.length - 1]) {
      const a = recordWriter(format);
      const b = recordWriter(format, { continued: true });
      let text = a.start(aed);
      expect(b.start(aed)).toBe("");
      for (const batch of batches.slice(0, split)) text += a.batch(batch);
      for (const [i, batch] of batches.slice(split).entries()) text += i % 2 ? b.batch(batch) : partsOf(b, batch).join("");
      text += a.end();
      expect(text).toBe(writeAll(format, batches));
    }
  });

  it("json: every row of a continued writer starts with \",\\n\"", () => {
    const b = recordWriter("json", { continued: true });
    expect(b.batch(rows.slice(0, 2))).toBe(`,\n${jsonLine(rows[0])},\n${jsonLine(rows[1])}`);
  });

  it("the options are optional: recordWriter(format) is the first writer", () => {
    expect(recordWriter("json", {}).start(aed)).toBe("[");
    expect(recordWriter("csv").start(aed)).toBe(`\uFEFF${aed.columns.map((c) => c.ja).join(",")}\r\n`);
  });
});

describe("csv: yes/no columns in the standard's own wording", () => {
  const evacuation = getDataset("evacuation_space")!;
  const row = (record: Record<string, unknown>): HarmonizedRow => ({ row: 1, valid: true, record, extra: {} });

  it("a 1/empty mark (03's 災害種別) is written 1 or nothing; unknown is 不詳, not an empty cell (a no)", () => {
    const w = recordWriter("csv");
    const header = w.start(evacuation).slice(1).trimEnd().split(",");
    const cells = w.batch([row({ hazard_flood: true, hazard_tsunami: false, hazard_volcano: null })]).trimEnd().split(",");
    const at = (ja: string) => cells[header.indexOf(ja)];
    expect([at("災害種別_洪水"), at("災害種別_津波"), at("災害種別_火山現象")]).toEqual(["1", "", "不詳"]);
  });

  it("不詳 reads back as unknown (null, an info), not as a no", () => {
    const read = normalizeMark("不詳", { row: 1, field: "hazard_flood" });
    expect(read.value).toBeNull();
    expect(read.issues.map((i) => [i.code, i.severity, i.value])).toEqual([["unknown_mark", "info", "不詳"]]);
    expect(normalizeMark("", { row: 1, field: "hazard_flood" }).value).toBe(false);
  });

  it("a 有/無 flag is still written 有 or 無", () => {
    const w = recordWriter("csv");
    const header = w.start(aed).slice(1).trimEnd().split(",");
    const cells = w.batch([row({ pediatric_pads: false })]).trimEnd().split(",");
    expect(cells[header.indexOf("小児対応設備の有無")]).toBe("無");
  });
});

describe("csv: a value that did not read is written as its cell was, so reading the CSV again judges it again", () => {
  const evacuation = getDataset("evacuation_space")!;
  const culture = getDataset("cultural_property")!;
  /** The CSV cells of one row by header, for a writer started with `extra`. */
  function written(dataset: typeof aed, r: Omit<HarmonizedRow, "row" | "valid">, extra: string[] = []): Record<string, string> {
    const w = recordWriter("csv");
    const header = w.start(dataset, extra).slice(1).trimEnd().split(",");
    const cells = w.batch([{ row: 1, valid: true, ...r }]).trimEnd().split(",");
    return Object.fromEntries(cells.map((c, i) => [header[i] ?? `past_${i - header.length + 1}`, c]));
  }

  it.each([
    ["cultural_property", "designated_date", "文化財指定日", "2024-02-30"], ["cultural_property", "designated_date", "文化財指定日", "令和6年13月1日"],
    ["aed", "local_government_code", "全国地方公共団体コード", "999999"], ["population", "total", "総人口", "x"],
    ["population", "households", "世帯数", "＊"], ["evacuation_space", "hazard_flood", "災害種別_洪水", "不明"],
  ] as const)("%s.%s null from %s %j: the cell", (id, key, ja, raw) => {
    expect(written(getDataset(id)!, { record: { [key]: null }, extra: {}, cells: { [key]: raw } })[ja]).toBe(raw);
  });

  it("a 同上 kept as written (under a template's example row, an error) is written empty: read again it would copy the row above", () => {
    expect(written(aed, { record: { name: "同上" }, extra: {}, cells: { name: "同上" } })["名称"]).toBe("");
    expect(written(aed, { record: { name: null }, extra: {}, cells: { name: "〃" } })["名称"]).toBe("");
  });

  it("a value that read is written as read, whatever its cell; a blank cell gives nothing (a mark: 不詳)", () => {
    expect(written(culture, { record: { designated_date: "2024-04-01" }, extra: {}, cells: { designated_date: "令和6年4月1日" } })["文化財指定日"]).toBe("2024-04-01");
    expect(written(evacuation, { record: { hazard_flood: false }, extra: {}, cells: { hazard_flood: "×" } })["災害種別_洪水"]).toBe("");
    expect(written(culture, { record: { designated_date: null }, extra: {}, cells: { designated_date: "  " } })["文化財指定日"]).toBe("");
    expect(written(evacuation, { record: { hazard_flood: null }, extra: {}, cells: { hazard_flood: "" } })["災害種別_洪水"]).toBe("不詳");
  });

  it("a cell written back is quoted and neutralized as any text", () => {
    expect(written(culture, { record: { designated_date: null }, extra: {}, cells: { designated_date: "=1,2" } })["文化財指定日"]).toBe("\"'=1");
  });
});

describe("csv: the extra columns follow the standard ones, under their names in extra", () => {
  const line = (extra: string[], rows: Array<Record<string, string>>) => {
    const w = recordWriter("csv");
    return [w.start(aed, extra), ...rows.map((e) => w.batch([{ row: 1, valid: true, record: {}, extra: e }]))].join("");
  };
  const blank = ",".repeat(aed.columns.length - 1);

  it("each row's extra cells under the header's names, empty where the row has none, cells past the header after them", () => {
    const text = line(["管理者", "最終確認日"], [{ 管理者: "総務課" }, { 最終確認日: "2024-04-01", 管理者: "a,b" }, { column_14: "右", 管理者: "x" }]);
    expect(text.split("\r\n")).toEqual([
      `\uFEFF${aed.columns.map((c) => c.ja).join(",")},管理者,最終確認日`,
      `${blank},総務課,`, `${blank},"a,b",2024-04-01`, `${blank},x,,右`, ""]);
  });

  it("formula-looking extra cells are neutralized, and read back without the '", () => {
    const text = line(["管理者"], [{ 管理者: "=総務課" }]);
    expect(text.split("\r\n")[1]).toBe(`${blank},'=総務課`);
    for (const cell of ["=総務課", "-", "+81", "@x", "-1.5", "'plain", "''=x", "a=b"]) expect(withoutNeutralize(csvCell(cell).replace(/^"|"$/g, ""))).toBe(cell);
  });

  it("a name a standard header has (or an earlier extra column) is written extra_NAME (extra_NAME_2 …)", () => {
    expect(extraHeaders(aed, ["緯度", "管理者", "column_3"])).toEqual(["extra_緯度", "管理者", "column_3"]);
    expect(extraHeaders(aed, ["extra_名称", "名称"])).toEqual(["extra_名称", "extra_名称_2"]);
  });

  it("a continued writer writes no header and the same lines", () => {
    const [a, b] = [recordWriter("csv"), recordWriter("csv", { continued: true })];
    a.start(aed, ["管理者"]);
    expect(b.start(aed, ["管理者"])).toBe("");
    const r: HarmonizedRow = { row: 1, valid: true, record: {}, extra: { 管理者: "総務課" } };
    expect(b.batch([r])).toBe(a.batch([r]));
  });
});
