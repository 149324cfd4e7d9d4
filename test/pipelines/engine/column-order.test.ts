// The same columns in another order give the same records, on every real CSV fixture: which column wins a field, how
// columns pair (start with end, a value with its qualifier) and which one is the main of two must not depend on where
// the publisher put them. (A permutation campaign over the fixtures found `電話番号（夜間）` left of `電話番号（代表）`
// publishing the night number as the phone.) Seeded, so a failure replays.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../pipelines/decode.ts";
import { random } from "../../../pipelines/sample/random.ts";
import { CRAFTED, REALDATA, runBytes } from "./helpers.ts";

/** Files whose column order is part of their format: a LinkData.org table names its subject (the name) by the first
 *  column of its `#property` row; a two-row header's group cell (0～4歳) spans the blank cells right of it. */
const ORDER_IS_FORMAT = new Set(["262099_tourism__tablelinker-res073.csv", "population-two-row-age-header.csv"]);
const FILES = [REALDATA, CRAFTED].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".csv") && !ORDER_IS_FORMAT.has(f))
  .map((f) => path.join(dir, f)));

/** A record and its verdict as one comparable line, its keys sorted. */
const line = (record: Record<string, unknown>, valid: boolean) =>
  JSON.stringify([Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))), valid]);

describe("column order", () => {
  it.each(FILES.map((f) => [path.basename(f), f]))("%s: its columns shuffled give the same records and the same dataset", async (file, full) => {
    const { text } = await decodeBytes(new Uint8Array(readFileSync(full)));
    const table = Papa.parse<string[]>(text).data;
    const base = await runBytes(Papa.unparse(table), file);
    // the rows above the header (a title, a date) stay as they are; the header and every row under it are shuffled alike
    const above = (base.report.header_row ?? 1) - 1;
    const width = Math.max(...table.map((row) => row.length));
    const r = random(file.length * 7919);
    const order = Array.from({ length: width }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const shuffled = table.map((row, i) => (i < above ? row : order.map((k) => row[k] ?? "")));
    const run = await runBytes(Papa.unparse(shuffled), file);
    expect(run.report.dataset).toBe(base.report.dataset);
    expect(run.rows.map((x) => line(x.record, x.valid)).sort()).toEqual(base.rows.map((x) => line(x.record, x.valid)).sort());
  });
});
