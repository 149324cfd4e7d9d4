// The ranges of a file read on one thread, one after another, share one row sink (range-task.ts): after a range, the
// sink is made ready for the next as a new sink would start it (RowSink.nextRange). What a range leaves behind (its
// last row, for a 同上 under it; a blank row, before a line of one cell) must not reach the next range.
import { describe, expect, it } from "vitest";
import { mapHeaders } from "../../../pipelines/headers.ts";
import { createIssueLog } from "../../../pipelines/issue-log.ts";
import type { ParsedRecord } from "../../../pipelines/parse.ts";
import { createRowSink, type RowSink } from "../../../pipelines/row-sink.ts";
import type { RunState } from "../../../pipelines/run.ts";
import { getDataset } from "../../../schemas/index.ts";

const aed = getDataset("aed")!;
const HEADER = ["名称", "住所", "緯度", "経度", "設置位置", "電話番号", "備考"];
const { plan } = mapHeaders(HEADER, aed);

const runState = (): RunState => ({
  fileName: "131041_aed.csv", options: {}, log: createIssueLog(), dataset: aed, encoding: "shift_jis", municipality: "131041",
  header: [], rows: 0, valid: 0, invalid: 0,
});

const place = (n: number): string[] => [`新宿区立第${n}小学校`, `東京都新宿区西新宿${n}丁目1番1号`, "35.6895", "139.6917", "1階玄関", "03-3209-1111", ""];

/** A later range of the file (its records numbered from the file's start, the header on record 1) into `sink`. */
async function readRange(sink: RowSink, run: RunState, rows: string[][], recordsBefore: number) {
  run.log = createIssueLog();
  run.rows = 0;
  run.valid = 0;
  run.invalid = 0;
  const records: ParsedRecord[] = rows.map((cells, k) => ({ index: recordsBefore + k + 1, cells }));
  for (const r of records) if (sink.push(r)) await sink.flush();
  const tally = await sink.finishRange();
  return { rows: run.rows, valid: run.valid, invalid: run.invalid, log: run.log.finish(), tally, dependsOnEarlierRows: sink.dependsOnEarlierRows() };
}

const newSink = (run: RunState) => createRowSink(run, aed, plan, { headerIndex: 1, checkWidth: true, afterData: true });

const ditto = ["同上", "東京都新宿区西新宿9丁目1番1号", "35.6895", "139.6917", "2階", "03-3209-1111", ""];
const blank = ["", "", "", "", "", "", ""];

describe("one row sink for the ranges of a file (RowSink.nextRange)", () => {
  const cases: Array<{ name: string; first: string[][]; next: string[][]; said: [string, number] }> = [
    // a new sink has no row above the 同上: it is said, and the range is read again in order with the rest of the file
    { name: "a 同上 first: no row above it", first: [place(1), place(2)], next: [ditto, place(3)], said: ["nothing_above", 10] },
    // a new sink has had no break: a row like a header is read as a row (its 電話番号 no coordinate), not as the start
    // of another table after a break (other_table_rows, the rest not read)
    { name: "a row like another table's header first: no blank row above it", first: [place(1), place(2), blank],
      next: [["施設名", "所在地", "電話番号", "", "", "", ""], place(3)], said: ["unparseable_coordinate", 10] },
    // a new sink has seen no row: a note first may be on the record above, in the range before (read again in order)
    { name: "a note on a row of its own first", first: [place(1), place(2)], next: [["", "", "", "", "", "", "夜間は施錠することがあります"], place(3)],
      said: ["note_row", 10] },
  ];
  for (const { name, first, next, said } of cases) {
    it(`reads the next range as a new sink reads it (${name})`, async () => {
      const aloneRun = runState();
      const fresh = await readRange(newSink(aloneRun), aloneRun, next, 10);
      expect(fresh.log.issues.map((i) => [i.code, i.row])).toContainEqual(said);
      const run = runState();
      const sink = newSink(run);
      const before = await readRange(sink, run, first, 1);
      expect(before.rows).toBe(2);
      expect(sink.nextRange()).toBe(true);
      expect(await readRange(sink, run, next, 10)).toEqual(fresh);
    });
  }

  it("is not made ready for another range when its rows depended on earlier ones (a 同上 first)", async () => {
    const run = runState();
    const sink = newSink(run);
    const read = await readRange(sink, run, [ditto, place(3)], 10);
    expect(read.dependsOnEarlierRows).toBe(true);
    expect(sink.nextRange()).toBe(false);
  });
});
