// A count given by its parts (女性用 `洋式3 和式1`, 男性用 `大2 小3`) names the parts the standard has columns of
// (女性トイレ数（洋式）, 男性トイレ数（小便器））, or in a note after the count (`2（洋式）`, `4（うち洋式2）`): each part
// of one such kind goes to its column where the row has it empty, said (count_part_filled). A part of several kinds (大: 和式 and 洋式 together) is no column's.
import type { CountParts } from "../../schemas/column.ts";
import type { IssueCode } from "../issues.ts";
import { columnJa, type Dataset } from "../../schemas/dataset.ts";
import { hasIssueCode } from "./pair-repairs.ts";
import { withoutNotes } from "./notes.ts";
import { countPartsOf, notedCountPartsOf } from "./numbers.ts";
import type { RowRepair } from "./row-repair.ts";

interface CountWithParts { key: string; labels: CountParts; partColumns: Readonly<Record<string, string>> }
/** The dataset's counts with part columns, read once per dataset. */
const countsOf = new WeakMap<Dataset, readonly CountWithParts[]>();

function countsWithParts(dataset: Dataset): readonly CountWithParts[] {
  let found = countsOf.get(dataset);
  if (found === undefined) {
    found = dataset.columns.flatMap((c) => (c.partColumns === undefined || c.countParts === undefined ? []
      : [{ key: c.key, labels: c.countParts, partColumns: c.partColumns }]));
    countsOf.set(dataset, found);
  }
  return found;
}

/** Whether the dataset has a count whose parts have columns of their own. */
export const hasCountPartColumns = (dataset: Dataset): boolean => countsWithParts(dataset).length > 0;

/** How a count read from a cell that may name its parts was said: `大1・小2`, `洋式3`, or `2（洋式）` (its note). */
const READ_IN_PARTS: readonly IssueCode[] = ["number_parts_summed", "number_of_one_kind", "number_with_note"];

/** The parts of a cell summed with a note after them or after a part (男性用 `小2 大1（洋式）`, `大1（洋式） 小2`: 小2, 大1),
 *  read without the note, which says more of a part (its stall 洋式), not another; null when the count was not summed from parts. */
function summedWithNote(r: RowRepair, key: string, raw: string, labels: CountParts): ReturnType<typeof countPartsOf> {
  if (!r.issues.some((i) => i.field === key && i.code === "number_parts_summed")) return null;
  const cell = withoutNotes(raw.normalize("NFKC").trim());
  return cell === null ? null : countPartsOf(cell, labels);
}

export function fillCountPartColumns(r: RowRepair): void {
  if (!READ_IN_PARTS.some((code) => hasIssueCode(r.issues, code))) return;
  for (const { key, labels, partColumns } of countsWithParts(r.dataset)) {
    const raw = r.cells[key];
    const total = r.record[key];
    if (raw === undefined || typeof total !== "number") continue;
    const read = r.issues.find((i) => i.field === key && READ_IN_PARTS.includes(i.code))?.code;
    if (read === undefined) continue;
    const filled: string[] = [];
    const parts = (read === "number_with_note" ? notedCountPartsOf(raw, total, labels) : countPartsOf(raw, labels)) ?? summedWithNote(r, key, raw, labels);
    for (const { kinds, count } of parts ?? []) {
      const target = kinds.length === 1 ? partColumns[kinds[0]] : undefined;
      if (target === undefined || r.record[target] !== null) continue;
      r.record[target] = count;
      filled.push(`${columnJa(r.dataset, target)}：${count}`);
    }
    if (filled.length > 0) r.problem("count_part_filled", key, raw, filled.join("、"));
  }
}
