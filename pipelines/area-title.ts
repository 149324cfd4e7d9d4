// A population file of one table per area, the area named only in the title over each (a ward's 年齢別人口 printed per
// 町丁: 町丁名：本町一丁目 over 年齢 | 男 | 女 | 計, then the next 町丁's title and table): the title's area is the area of
// the table's rows, which have no area column of their own.
import { headingWords } from "./section-kind.ts";
import { isBlankCell } from "./rows.ts";

/** 町丁名：本町一丁目, 地域名: 本町, 地区：中野地区 — a label of an area's name, then the name. */
const LABELLED = /^(?:町丁目?名?|町名|地域名?|地区名?|町字名?)\s*[:：]\s*(\S.*)$/u;
/** A name that is a 丁目 or a 町 alone (本町一丁目, 本町1丁目, 東中野五丁目), the form a bare title names one by. */
const CHOME = /^[^\s\d０-９:：()（）]{1,12}(?:[0-9０-９]+|[一二三四五六七八九十]+)丁目$/u;

/** The area a title row names (its one filled cell, marks taken off: 【本町一丁目】), or null when it names none. */
export function areaOfTitle(cells: readonly string[]): string | null {
  const filled = cells.filter((cell) => !isBlankCell(cell));
  if (filled.length !== 1) return null;
  const words = headingWords(filled[0]);
  const labelled = LABELLED.exec(words);
  if (labelled !== null) return labelled[1].trim();
  return CHOME.test(words) ? words : null;
}
