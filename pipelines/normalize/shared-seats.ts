// A count by sex whose note says its seats are shared by both sexes (男性トイレ総数 `1（男女兼用）`, 女性トイレ総数
// `1（男女兼用）`): a list that writes its one shared toilet under each sex. Read as written, it was one man's and one
// woman's toilet, two seats where there is one; it is no sex's count, but the shared ones' (男女共用トイレ総数), where
// that column is empty and the sexes' cells agree on how many.
import { columnJa, type Dataset } from "../../schemas/dataset.ts";
import type { RowRepair } from "./row-repair.ts";

export function moveSharedSeats(r: RowRepair, shared: NonNullable<Dataset["sharedBySexes"]>): void {
  const found: Array<{ key: string; raw: string; count: number }> = [];
  for (const key of shared.keys) {
    const raw = r.cells[key];
    const count = r.record[key];
    // only a count read beside its note (number_with_note): the cell is kept in 備考 whole
    if (raw === undefined || typeof count !== "number" || !shared.words.some((w) => raw.includes(w))) continue;
    if (!r.issues.some((i) => i.field === key && i.code === "number_with_note")) continue;
    found.push({ key, raw, count });
  }
  if (found.length === 0) return;
  const counts = new Set(found.map((f) => f.count));
  const count = counts.size === 1 ? found[0].count : null;
  const there = r.record[shared.to];
  const moved = count !== null && (there === null || there === undefined);
  if (moved) r.record[shared.to] = count;
  for (const { key, raw } of found) {
    r.record[key] = null;
    // detail: where the count went, or empty when it went nowhere (another figure there, or the sexes disagree)
    r.problem("count_shared_by_sexes", key, raw, moved || (count !== null && there === count) ? `${columnJa(r.dataset, shared.to)}：${count}` : "");
  }
}
