// Whether a name evidently names a 法人 (or another body: a local government, an association), as the standard's 法人名
// holds: a food list's 営業者氏名 column gives the 営業者 whoever it is, and for a person that is a person's name
// (田中　太郎) or the trade name a person runs under (山田商店), neither a 法人名. Only a name that says what it is
// (株式会社…, …(株), 一般社団法人…, …協同組合, 東京都, 青梅市) is taken as one; anything else is not, whatever it is.
import { isPrefecture, prefectureOf, tokyoMunicipalityAt } from "./location.ts";
import { isNfkcStable } from "./text.ts";

/** Words of a body's kind, in NFKC: a company of any form, its bracketed short form ((株), ㈱ is (株) in NFKC), any
 *  …法人, a 組合 or its federation, a public corporation, a body's own words (…協会, …機構, …会 but …商会, a trade name),
 *  a school or a hospital, a company abroad (Inc., Co., Ltd., LLC, Corp., K.K.), a public office. */
const BODY = new RegExp("(?:株式|有限|合同|合資|合名|相互)会社|\\((?:株|有|合|同|資|名|財|社|医|福|学|宗|特|一社|一財|公社|公財|NPO)\\)"
  + "|法人|組合|連合会|協会|公社|公団|機構|事業団|生協|農協|(?<!商)会$|寺$|神社|教会|大学|学園|学校|病院"
  + "|\\b(?:inc|corp|co|ltd|llc|k\\.?k|gmbh|s\\.?a)\\b\\.?"
  + "|(?:役所|役場|委員会|庁|省|局|支所|出張所)$|^国$", "i");

/** A local government by its name: a prefecture, a Tokyo municipality, or a prefecture's city, ward, town or village
 *  (埼玉県川口市). */
function isLocalGovernment(name: string): boolean {
  if (isPrefecture(name)) return true;
  const prefecture = prefectureOf(name);
  const rest = prefecture === null ? name : name.slice(prefecture.length);
  if (tokyoMunicipalityAt(rest)?.name === rest) return true;
  return prefecture !== null && /^[^\s\d]{1,6}[市区町村]$/u.test(rest);
}

/** Whether a 法人名 cell evidently names a 法人 or another body. */
export function namesBody(name: string): boolean {
  // NFKC with its spaces: a company abroad's Inc. is a word of its own
  const plain = (isNfkcStable(name) ? name : name.normalize("NFKC")).trim();
  return BODY.test(plain) || isLocalGovernment(plain.replace(/\s/g, ""));
}
