// An address header written after the place its addresses are in (松山市's `愛媛県松山市住所` over `北山町1-2`): the
// address column, whose cells lack that place as the header gives it once. Before, the header matched nothing, so a
// file of such addresses had no 所在地_連結表記 and every row was invalid.

const PREFECTURE = String.raw`(?:北海道|東京都|京都府|大阪府|\p{sc=Han}{2,3}県)`;
const MUNICIPALITY = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ヶケ]{1,6}?[市区町村]`;
/** A prefecture, then a municipality (or either alone), then the word of the address: `愛媛県松山市住所`, `松山市所在地`. */
const PLACE_THEN_ADDRESS = new RegExp(String.raw`^(${PREFECTURE}(?:${MUNICIPALITY})?|${MUNICIPALITY})(住所|所在地)$`, "u");
/** Words before 住所 that name no place: 地区住所, 市区町村住所. */
const NO_PLACE = new Set(["地区", "市区町村", "市町村", "区市町村", "町村"]);
/** The prefecture a place or an address starts with. */
export const LEADING_PREFECTURE = new RegExp(`^${PREFECTURE}`, "u");

/** The place and the address word of a header written so (`愛媛県松山市`, `住所`); null for any other header. */
export function addressAfterPlace(header: string): { place: string; word: string } | null {
  const text = header.normalize("NFKC").replace(/\s/g, "");
  if (text.length > 16) return null;
  const m = PLACE_THEN_ADDRESS.exec(text);
  return m === null || NO_PLACE.has(m[1]) ? null : { place: m[1], word: m[2] };
}
