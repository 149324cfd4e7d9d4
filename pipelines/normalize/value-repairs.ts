// Record-level repairs of values that the rest of the row or the file explains: a code the file's legend gives the
// word of, 同左 standing for the column beside, and a total that is not the sum of its parts.
import { columnJa, type Dataset } from "../../schemas/dataset.ts";
import { withdrawIssue } from "./pair-repairs.ts";
import type { RecordContext, RowRepair } from "./row-repair.ts";
import { plainWords } from "./text.ts";
import { markOf, yesNoOf } from "./yes-no.ts";
import { normalizeCount } from "./numbers.ts";
import { kindOf } from "../../schemas/types.ts";

/** The parts of a sum as the standard names them: 男性＋女性, or the first and last of a long list; the rest after them. */
function partsNamed(dataset: Dataset, parts: readonly string[], rest: string | null): string {
  const names = parts.map((p) => columnJa(dataset, p));
  return [...(names.length > 3 ? [names[0], "…", names[names.length - 1]] : names), ...(rest === null ? [] : [rest])].join("＋");
}

/** The key a row's cell of a total's rest goes under for checkSums (Dataset.sums `rest`: 年齢不詳_男 of 男性). */
export const restCellKey = (total: string): string => `${total}_rest`;

/** The file's columns that count a total's rest (Dataset.sums `rest`, a column no standard column takes), each with the
 *  cell key its cells go under (restCellKey) and its name in the row's extra. */
export function restColumnsOf(dataset: Dataset, plan: { keys: readonly (string | null)[]; extraNames: readonly string[] }):
  Array<{ cell: string; name: string }> {
  return (dataset.sums ?? []).flatMap(({ total, rest }) => {
    const at = rest === undefined ? -1 : restColumnOf(rest.headers, plan);
    return at < 0 ? [] : [{ cell: restCellKey(total), name: plan.extraNames[at] }];
  });
}

/** The unmapped column headed one of `headers`; -1 when none is. */
export function restColumnOf(headers: readonly string[], plan: { keys: readonly (string | null)[]; extraNames: readonly string[] }): number {
  const names = new Set(headers.map(plainWords));
  return plan.keys.findIndex((k, i) => k === null && names.has(plainWords(plan.extraNames[i] ?? "")));
}

/** A row's count of a total's rest: 0 when the file gives none, null when its cell is no count (`x`). */
function restCount(r: RowRepair, total: string): number | null {
  const raw = r.cells[restCellKey(total)];
  if (raw === undefined || raw.trim() === "") return 0;
  return normalizeCount(raw, { row: r.row, field: total }).value;
}

/** A total that is not the sum of its parts (総人口 ≠ 男性 + 女性, 男性トイレ総数 ≠ 小便器 + 和式 + 洋式), or is less than
 *  the parts a row has (a band split past the standard's, left in extra, leaves its part empty). A count of the rest that
 *  the file gives (年齢不詳 of 男性) is a part too. A total that is no count is validation's. */
export function checkSums(r: RowRepair, sums: NonNullable<Dataset["sums"]>): void {
  for (const { total, parts, rest } of sums) {
    const whole = r.record[total];
    if (typeof whole !== "number" || !Number.isInteger(whole) || whole < 0) continue;
    let sum = 0;
    let complete = true;
    for (const p of parts) {
      const v = r.record[p];
      if (typeof v === "number") sum += v;
      else complete = false;
    }
    const other = rest === undefined ? 0 : restCount(r, total);
    if (other === null) complete = false;
    else sum += other;
    if (complete ? sum !== whole : sum > whole) {
      // the total's cell as written is the value; the message gives the total against the parts' sum
      const cell = r.cells[total];
      const named = rest !== undefined && r.cells[restCellKey(total)] !== undefined ? rest.name : null;
      // records sharing a row number (areas across) are told apart by their name: 本町一丁目｜266 ≠ 239（男性＋女性）
      const name = r.context.namedBy === undefined ? "" : r.record[r.context.namedBy];
      r.problem("sum_mismatch", total, cell === undefined || cell.trim() === "" ? String(whole) : cell,
        `${typeof name === "string" && name !== "" ? `${name}｜` : ""}${whole} ${complete ? "≠" : "<"} ${sum}（${partsNamed(r.dataset, parts, named)}）`);
    }
  }
}

/** A code the file's legend explains (種別 `2` with `2=防火水槽` above the table): the word, said once for the file
 *  (codes_from_legend, by the caller, for the columns noted in `read`), so the cell's not_in_vocabulary is no longer true. */
export function applyLegends(r: RowRepair, legends: NonNullable<RecordContext["legends"]>, read: Set<string> | undefined): void {
  for (const key in legends) {
    const code = r.record[key];
    if (code === null) {
      applyMarkLegend(r, key, legends[key], read);
      continue;
    }
    if (code === false) {
      unknownByDashLegend(r, key, legends[key], read);
      continue;
    }
    if (typeof code !== "string") continue;
    const word = legends[key][code.normalize("NFKC").trim()];
    if (word === undefined) continue;
    r.record[key] = word;
    read?.add(key);
    withdrawIssue(r, key, "not_in_vocabulary");
  }
}

/** A yes/no cell left blank as a placeholder (－) or unread (△) whose mark the legend gives (`－なし`): 有 or 無. */
function applyMarkLegend(r: RowRepair, key: string, codes: Readonly<Record<string, string>>, read: Set<string> | undefined): void {
  const raw = r.cells[key];
  const column = r.dataset.columnByKey.get(key);
  // a blank cell is read only by a legend that gives the blank (a column of yes marks and blanks)
  if (raw === undefined || (raw.trim() === "" && codes[""] === undefined) || column === undefined || kindOf(column.type) !== "boolean") return;
  const word = codes[markOf(raw)];
  const yes = word === undefined ? undefined : yesNoOf(word);
  if (yes === undefined) return;
  r.record[key] = yes;
  read?.add(key);
  withdrawIssue(r, key, "placeholder_value");
  withdrawIssue(r, key, "unparseable_flag");
  withdrawIssue(r, key, "coded_flag");
}

/** A dash in a 1/empty column (災害種別_洪水 `－`), read as its empty "no", whose legend gives it a word that is no "no"
 *  (`凡例：○指定　－調査中`): not known, null, as 不詳 is (the column's legend said once, dash_read_as_unknown). */
function unknownByDashLegend(r: RowRepair, key: string, codes: Readonly<Record<string, string>>, read: Set<string> | undefined): void {
  const raw = r.cells[key];
  if (raw === undefined || codes["－"] === undefined || markOf(raw) !== "－") return;
  const column = r.dataset.columnByKey.get(key);
  if (column === undefined || kindOf(column.type) !== "mark" || yesNoOf(codes["－"]) === false) return;
  r.record[key] = null;
  read?.add(key);
  withdrawIssue(r, key, "placeholder_value");
}

/** A cell that says "the same as the one beside it" in words (同左, 左に同じ, 電話番号と同じ); 同上 is the row above's
 *  (fill-down.ts). */
const SAME_AS = /^(?:同左|左に同じ|同じ|(?:電話番号|電話|TEL)と同じ)$/i;

/** FAX番号 `同左`: the value of the column it stands for (Column.sameAs), said as same_as_beside; the cell's
 *  unparseable issue goes. */
export function fillSameAs(r: RowRepair, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [key, source] of pairs) {
    const raw = r.cells[key];
    const value = r.record[source];
    // most cells are empty or read: the test on the record first
    if (r.record[key] !== null || raw === undefined || raw === "" || value === null || value === undefined) continue;
    if (!SAME_AS.test(plainWords(raw))) continue;
    r.record[key] = value;
    withdrawIssue(r, key, "unparseable_phone");
    r.problem("same_as_beside", key, `${raw.trim()} → ${String(value)}`);
  }
}
