// Whether a file says its coordinates are in the old Tokyo Datum, and where: in the bracket of its 緯度/経度 header
// (`緯度（日本測地系）`), in a note above the header or under the data (`※緯度経度は日本測地系です`), or in a 測地系
// column whose every filled cell says so. Its rows' coordinates are then converted to JGD2011 (coordinate-repairs.ts).
import { cellIndexOf } from "./coordinate-pair.ts";
import { withoutAnnotation } from "./header-match.ts";
import type { ColumnPlan } from "./headers.ts";
import { namesTokyoDatum } from "./normalize/tokyo-datum.ts";
import { repeatedHeaderOf } from "./row-kinds.ts";

/** Where a file says its coordinates are in the Tokyo Datum, and what it says there. */
export interface FileDatum {
  where: "header" | "above_header" | "datum_column" | "below_data";
  said: string;
}

/** A column that names the datum of each row (測地系, 座標系, datum). */
const DATUM_HEADER = /測地系|座標系|^datum$|geodetic/i;

export function tokyoDatumOfFile(plan: Pick<ColumnPlan, "keys" | "sourceHeaders" | "extraNames" | "pairAt">, above: ReadonlyArray<readonly string[]>,
  rows: ReadonlyArray<readonly string[]>, below: ReadonlyArray<readonly string[]>): FileDatum | null {
  if (!plan.keys.includes("latitude") && !plan.keys.includes("longitude")) return null;
  for (const key of ["latitude", "longitude"]) {
    const header = plan.sourceHeaders[plan.keys.indexOf(key)];
    if (header !== undefined && (withoutAnnotation(header)?.qualifiers ?? []).some(namesTokyoDatum)) return { where: "header", said: header };
  }
  const aboveNote = above.flat().find(isTokyoNote);
  if (aboveNote !== undefined) return { where: "above_header", said: aboveNote.trim() };
  const at = datumColumnOf(plan);
  // the header again under the data (a page's header) says what the column is, not the datum of a row
  const repeatedHeader = at === null ? null : repeatedHeaderOf(plan);
  const tokyoCell = at === null ? undefined : rows.filter((r) => !repeatedHeader?.(r)).map((r) => r[cellIndexOf(plan, at)] ?? "").find(namesTokyoDatum);
  if (at !== null && tokyoCell !== undefined) return { where: "datum_column", said: `${plan.extraNames[at]}：${tokyoCell.trim()}` };
  // under the data, a line of its own (a short file's last lines are data rows too)
  const belowNote = below.filter((r) => r.filter((cell) => cell.trim() !== "").length === 1).flat().find(isTokyoNote);
  return belowNote === undefined ? null : { where: "below_data", said: belowNote.trim() };
}

/** A note says so of the file's coordinates when it names them (緯度経度は日本測地系です, 測地系：日本測地系) and not another
 *  time or other data (旧データ（日本測地系）は別途公開, 日本測地系のデータを変換して作成). */
const OF_COORDINATES = /緯度|経度|座標|位置|測地系\s*[:：]|lat|lon/i;
const OF_OTHER_DATA = /変換|旧データ|以前|別途|過去|かつて/;
const isTokyoNote = (cell: string) => cell.length <= 200 && namesTokyoDatum(cell) && OF_COORDINATES.test(cell) && !OF_OTHER_DATA.test(cell);

/** The file's column that names each row's datum (測地系), by its place in the plan; null when it has none. Such a
 *  column decides for its rows: one that says 世界測地系 is not converted, one that says 日本測地系 is. */
export function datumColumnOf(plan: Pick<ColumnPlan, "keys" | "extraNames">): number | null {
  const at = plan.keys.findIndex((key, i) => key === null && DATUM_HEADER.test(plan.extraNames[i] ?? ""));
  return at < 0 ? null : at;
}
