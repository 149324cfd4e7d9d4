// Cells of marked columns (訪問介護 ○ | 通所介護 ○, 月 | 火 with a day's hours): whether a cell marks its column, says
// hours or more than a mark, and the names of the parts marked on a row. Shared by the derivations of marked columns,
// their sessions (day-sessions.ts) and the days of hours columns (days-of-hours.ts).
import type { Dataset } from "../schemas/dataset.ts";
import { hasMeridiem } from "./normalize/clock.ts";
import { isPlaceholder, isWebAddressAlone, plainWords } from "./normalize/text.ts";
import { normalizeTime } from "./normalize/times.ts";
import { saysClosed, yesNoOf } from "./normalize/yes-no.ts";

/** A value's name as a header may write it: NFKC, no spaces, no trailing 有無/の有無, no bracketed note before or after
 *  it (`（介護予防）訪問看護`: one column for both designations of the service, as a 実施サービス cell writes it too). */
export const markName = (text: string) => plainWords(text).replace(/^\([^)]*\)(?=.)/, "").replace(/\([^)]*\)$/, "").replace(/(?:の有無|有無)$/, "");

const MARK_NAMES = new WeakMap<Dataset, ReadonlySet<string>>();

/** Whether a header names a value of one of the dataset's mark lists (訪問介護 of 実施サービス): such a column is read
 *  as a part of that column. */
export function namesMark(header: string, dataset: Dataset): boolean {
  let names = MARK_NAMES.get(dataset);
  if (names === undefined) MARK_NAMES.set(dataset, (names = new Set((dataset.markLists ?? []).flatMap((list) => list.values.map(markName)))));
  return names.size > 0 && names.has(markName(header));
}

/** A cell that marks its column: a yes word (○, 有, 1, 実施), a positive figure (a capacity, 25) or hours (a day's
 *  `9:00～12:00 15:00～18:00`, `24時間`, `午前のみ`, `午後休診`: open then); a dash, a no, or other words (休止中, 休診) do not. */
export function marks(cell: string): boolean {
  const yes = yesNoOf(cell);
  if (yes !== undefined) return yes;
  return /^[1-9]\d*$/.test(cell.normalize("NFKC").replace(/[,\s]/g, "")) || namesHours(cell);
}

/** A cell of hours: a time, a range or sessions that read, or a half of the day (午前のみ). */
export function namesHours(cell: string): boolean {
  const text = cell.trim();
  if (text === "" || saysClosed(text)) return false;
  return hasMeridiem(text) || normalizeTime(text, { row: 0, field: "start_time" }, "start").value !== null;
}

/** A cell of a marked column that says more than whether it is marked (a day's hours, 午前のみ), which a details column
 *  keeps: no yes or no word, no dash, not closed (休診). */
export const saysMoreThanMark = (cell: string) => yesNoOf(cell) === undefined && !isPlaceholder(cell) && !saysClosed(cell);

/** A part that names no value but stands for the rest (その他): its cell may name them (`SHP`, `福祉用具貸与`). */
const OTHERS = /^(?:その他|他|other|others)$/i;

/** Whether each part stands for the rest (その他), by the parts' names: told once per column (markName is an NFKC), not
 *  on every row. */
const OTHERS_PARTS = new WeakMap<readonly string[], readonly boolean[]>();
function othersOf(names: readonly string[]): readonly boolean[] {
  let others = OTHERS_PARTS.get(names);
  if (others === undefined) OTHERS_PARTS.set(names, (others = names.map((name) => OTHERS.test(markName(name)))));
  return others;
}

/**
 * A row's marked parts, each cell read once: `text`, the names of the parts marked on the row (by a mark, or by a link
 * to the part's file), and in an その他 column what its cell names when it is no mark; `unread`, when `sayUnread`, the
 * parts (their index in `parts`) whose cell is neither a mark nor a no, nor empty or a dash (`△`, `○（予防のみ）`): read as
 * not marked, which the officer is told where no details column keeps them (an その他 column's words are its value's
 * names).
 */
export function readMarks(values: readonly string[], parts: readonly number[], names: readonly string[], separator = ";", sayUnread = false):
  { text: string; unread: number[] } {
  const out: string[] = [];
  const unread: number[] = [];
  const others = othersOf(names);
  for (let k = 0; k < parts.length; k++) {
    const cell = (values[parts[k]] ?? "").trim();
    // a link in a format's column (CSV | PDF of an open data list, each with the file's address): that format is given;
    // a value split into sessions (月_午前 | 月_午後) is named once
    if (marks(cell) || isWebAddressAlone(cell)) {
      if (!out.includes(names[k])) out.push(names[k]);
      continue;
    }
    if (cell === "") continue;
    if (others[k]) {
      if (yesNoOf(cell) === undefined) out.push(cell);
    } else if (sayUnread && saysMoreThanMark(cell)) unread.push(k);
  }
  return { text: out.join(separator), unread };
}
