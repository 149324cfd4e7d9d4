// The cell of one yes/no column that stands for several (洪水・高潮 → 災害種別_洪水 and 災害種別_高潮, derived-columns.ts
// "combined"), read once for all of them: a cell that reads plainly (○, 1, 有, 無) is each column's cell as written;
// one that does not (要確認, 一部) or reads with a note (○（2階以上）) is said once under the file's own header and
// kept once in 備考 after it, not once per column it stands for. And the reverse: several yes/no columns of the file
// that are parts of one of the dataset's (崖崩れ | 土石流 | 地滑り → 災害種別_崖崩れ、土石流及び地滑り, derived-columns.ts
// "any"): yes when any part is.
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { type Issue, type IssueCode, issue } from "./issues.ts";
import type { At, Fixed } from "./normalize/fixed.ts";
import { normalizeFlag, normalizeMark } from "./normalize/flags.ts";
import { labelledText } from "./normalize/text.ts";

/** A yes/no column of the file that stands for several of the dataset's. Plain data: it is part of the column plan that
 *  worker threads are sent (parallel.ts), which can carry no function. */
export interface CombinedColumn {
  /** the file's header (洪水・高潮), under which the cell is said and kept */
  header: string;
  /** the names of the columns it stands for, for the issue (災害種別_洪水 / 災害種別_高潮) */
  names: string;
  /** the columns' kind: 1/empty marks, or 有/無 flags (READERS) */
  kind: "mark" | "boolean";
  /** the cells those columns read plainly as yes and as no */
  yes: string;
  no: string;
}

const READERS: Record<CombinedColumn["kind"], (raw: string, at: At) => Fixed<boolean | null>> = { mark: normalizeMark, boolean: normalizeFlag };

/** The combined column of `keys` (all of one kind), or undefined when they are no yes/no columns. */
export function combinedColumnOf(dataset: Dataset, header: string, keys: readonly string[]): CombinedColumn | undefined {
  const type = dataset.columnByKey.get(keys[0])?.type;
  const kind = type === undefined ? undefined : kindOf(type);
  const names = keys.map((key) => columnJa(dataset, key)).join(" / ");
  if (kind === "mark") return { header, names, kind, yes: "1", no: "" };
  if (kind === "boolean") return { header, names, kind, yes: "有", no: "無" };
  return undefined;
}

/** What a combined cell gives its columns. */
export interface CombinedReading {
  /** the cell each column reads */
  text: string;
  /** the columns are not known (null), never a "no" */
  unknown: boolean;
  /** the cell after its header, for 備考; null when nothing of it is lost */
  kept: string | null;
  issue: Issue | null;
}

/** A yes or no that did not read, or read only part (一部, のみ). */
const UNREAD: ReadonlySet<IssueCode> = new Set(["unparseable_mark", "unparseable_flag", "partial_flag", "partial_mark"]);

export function readCombined(cell: string, column: CombinedColumn, row: number): CombinedReading {
  const plain: CombinedReading = { text: cell, unknown: false, kept: null, issue: null };
  if (cell.trim() === "") return plain;
  const read = READERS[column.kind](cell, { row, field: column.header });
  const kept = labelledText(column.header, cell.trim());
  const noted = read.value === null ? undefined : read.issues.find((i) => i.code === "flag_with_note");
  if (noted !== undefined) return { text: read.value ? column.yes : column.no, unknown: false, kept, issue: noted };
  if (read.value !== null || !read.issues.some((i) => UNREAD.has(i.code))) return plain;
  return { text: column.no, unknown: true, kept, issue: issue("combined_unread", { row, field: column.header, value: cell.trim(), detail: column.names }) };
}

/** Which of the parts' cells is the cell of the column they are parts of, to be read as written (its issues then name
 *  what was read): the first that reads yes; else the first that does not read (the column is not known, said); else
 *  the first no; else none (""). The parts' cells stay in extra. */
export function anyPartCell(values: readonly string[], parts: readonly number[], column: CombinedColumn, row: number): string {
  let unread: string | undefined;
  let no: string | undefined;
  for (const p of parts) {
    const cell = values[p] ?? "";
    if (cell.trim() === "") continue;
    const read = READERS[column.kind](cell, { row, field: column.header }).value;
    if (read === true) return cell;
    if (read === null) unread ??= cell;
    else no ??= cell;
  }
  return unread ?? no ?? "";
}
