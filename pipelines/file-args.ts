// What `odh validate` and `odh normalize` share: the options that choose how a file is read, and the exit code a
// report means (0 every row valid, 1 some row invalid, 2 the file could not be read at all).
import path from "node:path";
import { isValidCode } from "../schemas/local-government-code.ts";
import { DATASET_IDS } from "../schemas/index.ts";
import { UsageError } from "./command.ts";
import type { Report } from "./report.ts";
import type { ParallelOptions } from "./parallel.ts";
import type { HarmonizeInput, HarmonizeOptions } from "./run.ts";

export const FILE_OPTIONS = {
  dataset: { type: "string" },
  municipality: { type: "string" },
  encoding: { type: "string" },
  threads: { type: "string" },
} as const;

export const FILE_OPTION_HELP = [
  "--dataset ID|auto     データセット（既定 auto：ファイル名、次に見出しから判定） / dataset id, or auto (file name, then header)",
  "--municipality CODE   公開する団体の6桁コード（空の団体コードを補う） / publisher's 6-digit code (fills empty codes)",
  "--encoding ENC        文字コード（shift_jis, utf-8, euc-jp …；既定は自動判定） / encoding hint (default: sniffed)",
  "--threads N           8MiB 以上の CSV を N スレッドで読む（既定 1。1スレッド増すごとにメモリ約30〜80MB） / read a CSV file of 8 MiB or more on N threads (default 1; each adds ~30-80 MB of memory)",
] as const;

export const EXIT_CODE_HELP = "終了コード / exit code: 0 すべて有効 all rows valid, 1 無効な行あり some rows invalid, "
  + "2 読めないファイル・使い方の誤り・処理の中断 unreadable file, bad usage, or a run that could not finish";

export function harmonizeOptionsFrom(values: Record<string, string | boolean | undefined>): HarmonizeOptions {
  const dataset = values.dataset as string | undefined;
  const municipality = values.municipality as string | undefined;
  const encoding = values.encoding as string | undefined;
  if (dataset !== undefined && dataset !== "auto" && !DATASET_IDS.includes(dataset)) {
    throw new UsageError(`データセット「${dataset}」はありません / unknown dataset "${dataset}" (auto, ${DATASET_IDS.join(", ")})`);
  }
  if (municipality !== undefined && !isValidCode(municipality)) {
    throw new UsageError(`--municipality は検査数字の正しい6桁の団体コードです / --municipality takes a valid 6-digit code, got "${municipality}"`);
  }
  return { ...(dataset ? { dataset } : {}), ...(municipality ? { municipality } : {}), ...(encoding ? { encoding } : {}) };
}

/** How a large file is read: --threads N (1 to 64), else the default of parallel.ts. */
export function parallelOptionsFrom(values: Record<string, string | boolean | undefined>): ParallelOptions {
  const threads = values.threads;
  if (threads === undefined) return {};
  const n = typeof threads === "string" && /^\d+$/.test(threads) ? Number(threads) : NaN;
  if (!(n >= 1 && n <= 64)) throw new UsageError(`--threads は 1〜64 の整数です / --threads takes a whole number from 1 to 64, got "${String(threads)}"`);
  // a command reads one file: its worker threads are not kept for another
  return { threads: n, oneFile: true };
}

export function fileInput(file: string): HarmonizeInput {
  // "-" is read by many tools as standard input; a file of that name was not what was meant
  if (file === "-") throw new UsageError("標準入力（-）からは読みません。ファイルのパスを指定してください（例 odh validate 131041_aed.csv） / standard input (-) is not read: give a file path (e.g. odh validate 131041_aed.csv)");
  return { path: file, fileName: path.basename(file) };
}

/** A file-level error: no row, no field (a header-level error such as missing_column names its field), or no dataset
 *  told (its field names the closest one): no row was read as data, which is no verdict on the data. */
export const isUnreadable = (report: Report) => report.issues.some((i) => i.severity === "error" && i.row === null
  && (i.field === null || i.code === "unknown_dataset" || i.code === "title_names_other_list" || i.code === "header_names_other_list"));

export function exitCodeOf(report: Report): 0 | 1 | 2 {
  if (isUnreadable(report)) return 2;
  return report.invalid > 0 ? 1 : 0;
}

export function oneOf<T extends string>(value: string | boolean | undefined, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} は ${allowed.join(" | ")} のどれかです / --${option} must be one of ${allowed.join(", ")}, got "${String(value)}"`);
}
