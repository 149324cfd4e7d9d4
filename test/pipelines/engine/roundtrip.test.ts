// What the hub gives out can come back: a data officer downloads the normalized CSV of their file, edits it in a
// spreadsheet and uploads it again. Every real and crafted fixture, normalized to CSV (standard Japanese headers,
// formula-looking text escaped with ') and read back as the same dataset, gives the same records, row for row.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordWriter } from "../../../pipelines/record-output.ts";
import { getDataset } from "../../../schemas/index.ts";
import { CRAFTED, REALDATA, runBytes, runFile } from "./helpers.ts";

const fixtures = [REALDATA, CRAFTED].flatMap((dir) => readdirSync(dir).filter((f) => /\.(csv|xlsx|txt|tsv)$/i.test(f)).map((f) => path.join(dir, f)));

describe("normalize → CSV → read again gives the same records", () => {
  it.each(fixtures.map((f) => [path.basename(f), f]))("%s", async (_, file) => {
    const first = await runFile(file);
    const dataset = first.report.dataset === null ? undefined : getDataset(first.report.dataset);
    if (dataset === undefined || first.rows.length === 0) return; // unreadable on purpose (empty, binary …): nothing to give out
    const writer = recordWriter("csv");
    const csv = writer.start(dataset) + writer.batch(first.rows) + writer.end();
    const again = await runBytes(csv, `${path.basename(file, path.extname(file))}.csv`, { dataset: dataset.id });
    expect(again.report.dataset).toBe(dataset.id);
    expect(again.rows.map((r) => r.record)).toEqual(first.rows.map((r) => r.record));
    // the standard header maps every column exactly: nothing left over
    expect(again.rows.every((r) => Object.keys(r.extra).length === 0)).toBe(true);
  });
});
