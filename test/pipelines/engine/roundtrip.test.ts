// What the hub gives out can come back: a data officer downloads the normalized CSV of their file, edits it in a
// spreadsheet and uploads it again. Every real and crafted fixture, normalized to CSV as `odh normalize --format csv`
// writes it (harmonizeText) and read back, is read as the same dataset and gives the same rows: the same records,
// the same valid and invalid rows (a value that did not read is written as its cell was, so it is judged again), and
// the same extra columns. Reading it again may say things of its own (unknown_mark, unknown_header …).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { harmonizeText } from "../../../pipelines/run.ts";
import { CRAFTED, REALDATA, runBytes, runFile } from "./helpers.ts";

const fixtures = [REALDATA, CRAFTED].flatMap((dir) => readdirSync(dir).filter((f) => /\.(csv|xlsx|txt|tsv)$/i.test(f)).map((f) => path.join(dir, f)));

/** The real files of no clear dataset (the standard's blank templates, named unknown_…): read as the dataset they are. */
const datasetOf = (file: string) => /^unknown_([a-z_]+?)__/.exec(path.basename(file))?.[1];

/** The normalized CSV of a file, as `odh normalize --format csv` writes it. */
async function normalizedCsv(file: string, dataset: string | undefined): Promise<string> {
  const pieces: string[] = [];
  await harmonizeText({ path: file, fileName: path.basename(file) }, { dataset }, {
    format: "csv", onText: (text) => { pieces.push(typeof text === "string" ? text : new TextDecoder().decode(text)); },
  });
  return pieces.join("");
}

/** A row as compared: validity, record, and the extra columns by name (not its number: the CSV has no rows that are
 *  not data, such as notes or blank rows, so its rows are numbered anew). Cells past the header are compared in order
 *  (`column_N` is named by its place, and the CSV has more columns before it). */
const shown = (r: { valid: boolean; record: Record<string, unknown>; extra: Record<string, string> }, fixed: ReadonlySet<string>) => {
  const named = Object.entries(r.extra).filter(([k]) => fixed.has(k));
  const past = Object.entries(r.extra).filter(([k]) => !fixed.has(k)).map(([, v]) => v);
  return { valid: r.valid, record: r.record, extra: Object.fromEntries(named), past };
};

describe("normalize → CSV → read again gives the same rows, valid and invalid alike", () => {
  it.each(fixtures.map((f) => [path.basename(f), f]))("%s", async (_, file) => {
    const named = datasetOf(file);
    const first = await runFile(file, { dataset: named });
    const dataset = first.report.dataset;
    if (dataset === null || first.rows.length === 0) return; // unreadable on purpose (empty, binary …): nothing to give out
    const csv = await normalizedCsv(file, named);
    // read as any file is: the dataset from the name and the header, not told
    const again = await runBytes(csv, `${path.basename(file, path.extname(file))}.csv`);
    expect(again.report.dataset).toBe(dataset);
    const fixed = new Set(again.report.header.filter((h) => h.field === null).map((h) => h.source.trim()));
    expect(again.rows.map((r) => shown(r, fixed))).toEqual(first.rows.map((r) => shown(r, fixed)));
    expect([again.report.valid, again.report.invalid]).toEqual([first.report.valid, first.report.invalid]);
    // every standard column is read as itself
    const standard = again.report.header.filter((h) => h.field !== null);
    expect(standard.every((h) => h.method === "exact")).toBe(true);
  });
});
