// Shared by the engine tests: run harmonize() over a fixture or bytes, keeping the rows and the report.
import path from "node:path";
import ExcelJS from "exceljs";
import { exitCodeOf } from "../../../pipelines/file-args.ts";
import type { ParallelStats } from "../../../pipelines/parallel.ts";
import type { Report } from "../../../pipelines/report.ts";
import { type HarmonizedRow, type HarmonizeOptions, harmonize, harmonizeText } from "../../../pipelines/run.ts";
import { FIXTURES } from "../../helpers.ts";

export const CRAFTED = path.join(FIXTURES, "crafted");
export const REALDATA = path.join(FIXTURES, "realdata");

export interface Run { report: Report; rows: HarmonizedRow[]; exit: 0 | 1 | 2 }

export async function runFile(file: string, options: HarmonizeOptions = {}): Promise<Run> {
  const rows: HarmonizedRow[] = [];
  const report = await harmonize({ path: file, fileName: path.basename(file) }, options, (batch) => { rows.push(...batch); });
  return { report, rows, exit: exitCodeOf(report) };
}

export const crafted = (name: string, options: HarmonizeOptions = {}) => runFile(path.join(CRAFTED, name), options);

export async function runBytes(bytes: Uint8Array | string, fileName: string, options: HarmonizeOptions = {}): Promise<Run> {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const rows: HarmonizedRow[] = [];
  const report = await harmonize({ bytes: data, fileName }, options, (batch) => { rows.push(...batch); });
  return { report, rows, exit: exitCodeOf(report) };
}

/** [row, field, code] of the issues with one of these codes (all issues when none given). */
export function tuples(report: Report, ...codes: string[]): Array<[number | null, string | null, string]> {
  return report.issues.filter((i) => codes.length === 0 || codes.includes(i.code)).map((i) => [i.row, i.field, i.code]);
}

export const AED_HEADER = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置,電話番号,開始時間,終了時間,小児対応設備の有無";
export const AED_ROW = "131041,1,新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,08:30,17:15,有";

export interface TextRun { report: Report; out: string; stats: ParallelStats }

/** A file's NDJSON output and report read by one thread, and by two worker threads over 16 KiB ranges (the main thread
 *  reading none), for tests that a file's reading does not change when it is cut into ranges. */
export async function readOnOneAndTwoThreads(file: string): Promise<{ one: TextRun; many: TextRun }> {
  const read = async (threads: boolean): Promise<TextRun> => {
    let out = "";
    const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
    const report = await harmonizeText({ path: file, fileName: path.basename(file) }, {}, {
      format: "ndjson", onText: (t) => { out += typeof t === "string" ? t : Buffer.from(t).toString("utf8"); },
      parallel: threads ? { threads: 2, minBytes: 0, rangeBytes: 16 * 1024, stats, mainReads: false } : undefined,
    });
    return { report, out, stats };
  };
  return { one: await read(false), many: await read(true) };
}

/** A workbook of sheets given as their rows, titles and header included; `touch` styles a sheet's cells (formats). */
export async function book(sheets: Array<[string, unknown[][]]>, touch: (ws: ExcelJS.Worksheet) => void = () => {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    touch(ws);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}
