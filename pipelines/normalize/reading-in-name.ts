// A list that writes each name with its reading in brackets in one column, as its header says (大阪市's マップナビ:
// `施設名（施設名かな）` over `大阪市立浪速図書館（おおさかしりつなにわとしょかん）`): the bracketed kana is the row's 名称_カナ, no
// part of the name. Before, the name was published with its reading. Read only under such a header: a name may end
// with a nickname of its own in kana (`子ども家庭支援センター（きらきら）`).
import type { Dataset } from "../../schemas/dataset.ts";
import { matchHeader } from "../header-match.ts";
import { perHeaders } from "./header-memo.ts";
import { normalizeKana } from "./reading.ts";
import type { RowRepair } from "./row-repair.ts";

/** A header with words in brackets after it (`施設名（施設名かな）`, `名称(ふりがな)`): the words. */
const BRACKETED_END = /[（(]([^（()）]*)[）)]\s*$/;
/** Words that name a reading, at the end of the bracketed words. */
const READING_WORD = /(?:かな|カナ|ふりがな|フリガナ|よみがな|ヨミガナ|よみ|ヨミ|読み|読み仮名)$/;
/** A name, then its reading in brackets: kana only (and ー, ・, spaces), at the end. */
const NAME_THEN_READING = /^(.+?)\s*[（(]([\p{sc=Hiragana}\p{sc=Katakana}ー・ 　]+)[）)]$/u;

/** Whether the file's name column is headed as holding the reading too (`施設名（施設名かな）`), in a dataset with a
 *  名称_カナ; once per file. */
const headedWithReading = perHeaders((headers, dataset: Dataset) => dataset.columnByKey.has("name_kana") && headers.some((h) => {
  const words = BRACKETED_END.exec(h.normalize("NFKC"))?.[1].trim();
  return words !== undefined && READING_WORD.test(words) && matchHeader(h, dataset)?.key === "name";
}), false);

/** The row's name without the reading in brackets after it, the reading (in katakana) its empty 名称_カナ, said. */
export function readingOutOfName(r: RowRepair): void {
  if (!headedWithReading(r.context.sourceHeaders, r.dataset)) return;
  const name = r.record.name;
  if (typeof name !== "string" || r.record.name_kana != null) return;
  const m = NAME_THEN_READING.exec(name);
  if (m === null) return;
  const reading = normalizeKana(m[2], { row: r.row, field: "name_kana" }).value;
  if (reading === null) return;
  r.record.name = m[1].trim();
  r.record.name_kana = reading;
  r.problem("name_reading_in_brackets", "name", r.cells.name ?? name, reading);
}
