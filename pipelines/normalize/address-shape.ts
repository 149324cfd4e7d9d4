// What a 所在地 cell holds, read before it is completed with the publisher's prefecture and city: only an address is
// completed. An address is a town with its block number (丁目, 番地, 号, 1-2-3), 番地なし, or a town's name (大字三ツ木,
// 父島字東町; without a list of every town, any name but a building's or a spot's); anything else in the column is
// something else: a municipality alone, the name of a building, station or park, a phone number, URL, mail address or
// postal code, a car's number plate, or a note (未定, オンライン開催, 個人蔵).
import { isDesignatedCity, isSpaceCode, prefectureOf, tokyoMunicipalityAt } from "./location.ts";
import { isWebAddressAlone } from "./text.ts";

export type AddressShape = "address" | "municipality_only" | "place_name" | "contact" | "plate" | "note";

/** Contact details written alone where the address goes. */
export type ContactKind = "phone" | "url" | "mail" | "postal_code";

const MAIL_ALONE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const POSTAL_CODE_ALONE = /^〒\s*\d{3}-?\d{4}$|^\d{3}-\d{4}$/;
/** `〒150-8010 東京都渋谷区…`: a postal code written in front of the address. */
export const POSTAL_CODE_FIRST = /^〒?\s*(\d{3})-?(\d{4})\s+(?=\D)/;
const PHONE_LABEL = /^(?:tel|phone|電話(?:番号)?|代表|☎|℡)\s*[:.]?\s*/i;
/** 03-3348-1111, 03(3348)1111, 0333481111, and a number of the 23 wards written without 03 (3348-1111); a note in
 *  brackets after it (（代表）) */
const PHONE_ALONE = /^(?:0[\d\s()-]{8,14}|\d{4}-\d{4})(?:\s*\([^)]*\))?$/;

/** A phone number, URL, mail address or postal code alone (after a label such as `TEL:`); null for any other text. */
export const contactKindOf = (cell: string): ContactKind | null => contactOf(nfkcTrimmed(cell));

/** Full-width letters, digits and signs, half-width kana: what NFKC changes in an address (most are written without). */
const WIDE = /[\u3000\uff01-\uffef]/;
const nfkcTrimmed = (cell: string): string => (WIDE.test(cell) ? cell.normalize("NFKC") : cell).trim();

/** The first characters of PHONE_LABEL's words (tel and phone in any case, 電話, 代表, ☎, ℡). */
const PHONE_LABEL_INITIALS: ReadonlySet<number> = new Set([..."tTpP電代☎℡"].map((c) => c.charCodeAt(0)));
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether a text may be a phone number, by its first two characters: a label's first (PHONE_LABEL), or a digit and
 *  then what PHONE_ALONE's numbers go on with (a digit, a bracket, a hyphen, a space). Every row's address is asked
 *  this; nearly all start with a prefecture, a town or a block number (1丁目), and are turned away before both
 *  regexes. */
function mayBePhone(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!isAsciiDigit(c)) return PHONE_LABEL_INITIALS.has(c);
  const next = text.charCodeAt(1);
  return isAsciiDigit(next) || next === 0x28 || next === 0x29 || next === 0x2d || isSpaceCode(next);
}

/** contactKindOf of a text already in NFKC and trimmed; each kind is looked for only where its mark is (every row's
 *  address comes here). */
function contactOf(text: string): ContactKind | null {
  if (text.includes("@")) return MAIL_ALONE.test(text) ? "mail" : null;
  if (text.includes("://") || text.startsWith("www.")) return isWebAddressAlone(text) ? "url" : null;
  if (text.startsWith("〒") || (text.length === 8 && text[3] === "-")) return POSTAL_CODE_ALONE.test(text) ? "postal_code" : null;
  if (!mayBePhone(text)) return null;
  const phone = PHONE_LABEL.test(text) ? text.replace(PHONE_LABEL, "") : text;
  if (!PHONE_ALONE.test(phone)) return null;
  return /^(?:0\d{9,10}|\d{8})$/.test(phone.replace(/\([^)]*\)$/, "").replace(/\D/g, "")) ? "phone" : null;
}

/** A car's number plate, the whole cell: the place's name, the class number, a hiragana (never の, which joins an
 *  address's numbers) and the serial (品川500あ1234, 多摩 330 さ 12-34), after a label (（営業車両）) and before a note in
 *  brackets; no digit before the class number, so an address with a room mark after its block number
 *  (中野4-11-10 あ101) is no plate. */
const PLATE = /^[^\d]{1,20}?\d{2,3}\s*(?!の)[ぁ-ゖ]\s*(?:\d{1,2}-?\d{2}|[・･.]{1,3}\d{1,3}|\d{1,4})(?:\s*[(（][^)）]*[)）])?$/;

/** A block number: a number after a town's name, whatever follows it (1丁目, 8番地, 5号, 2-8-1, 1ー5, 123の4, 359福田ビル,
 *  2177), not a floor, a building's or an exit's number, a platform, a time, a count or a name's part (1階, 2号館, 3番出口,
 *  第2庁舎, SHIBUYA109, 24時間); a block in kanji numerals (三丁目, 八番地); 番地なし. */
const BLOCK = new RegExp([
  String.raw`(?<![A-Za-z\d第])\d+(?![\d.:：階FＦ名人台回年月日時分円歳%％]|号[館棟室車線機]|番[線出のホ乗目]|丁(?!目)|km|m(?![a-z]))`,
  String.raw`[〇一二三四五六七八九十百千]+(?:丁目|番地?(?!線|出口|のりば|目)|号(?![館棟室車線機]))`,
  "番地なし|無番地|番外地",
].join("|"), "u");

/** BLOCK at the start of a text: the block number goes on there (`45-1` after `南池袋2丁目`), not a floor or a name. */
const BLOCK_FIRST = new RegExp(`^(?:${BLOCK.source})|^[-‐―−ー番号丁]`, "u");
/** The end of a block number: the address before it is whole (`東池袋4-5-2`, `8番地`, `5号`, `4丁目`). */
const BLOCK_END = /(?:\d|番地?|号|丁目)$/;

/**
 * Whether a line of an address cell broken over lines (Alt+Enter) starts the building's part (`ライズアリーナビル4階`,
 * `2F`, `1号館` after `東池袋4-5-2`): the text before it holds its block number and ends with it, and the line does not
 * go on with the number (`-2`, `45-1`, `5番地`). A break anywhere else only wraps a long cell (`東京都豊島区` | `南池袋…`).
 */
export function startsBuilding(before: string, line: string): boolean {
  const head = nfkcTrimmed(before);
  return BLOCK.test(head) && BLOCK_END.test(head) && !BLOCK_FIRST.test(nfkcTrimmed(line));
}

/** 京都国立博物館に寄託, 江戸東京博物館保管: a 文化財 deposited elsewhere, in a museum that may be in any municipality. */
const DEPOSITED = /寄託|(?:に|で)?保管(?:中)?$/u;
/** Whether an address cell says the thing is deposited elsewhere: its place is not known, not even its municipality.
 *  DEPOSITED needs 託 or 管, which no other character becomes under NFKC: a cell without either (nearly every address)
 *  is turned away before the regex, which would try its unanchored alternatives at every position. */
export const saysDeposited = (cell: string): boolean =>
  (cell.includes("託") || cell.includes("管")) && DEPOSITED.test(nfkcTrimmed(cell));

/** A note in place of the address: not decided, an online event, in private hands or deposited in a museum, everywhere
 *  the event is held, a business with no fixed place (移動販売, 行商: a food list's キッチンカー, 所在地なし). */
const NOTE = new RegExp([
  "未定|未確定|調整中|準備中|検討中|確認中|調査中|未調査|未確認|計画中|予定|参照|決定次第|お知らせ|問い?合わ?せ",
  "オンライン|online|web開催|ウェブ開催|zoom|teams|youtube|ライブ配信|リモート",
  DEPOSITED.source,
  "個人蔵|個人所有|個人宅|寺蔵|社蔵|各会場|各施設|各町会|各地区|複数(?:箇所|会場|施設)|巡回|移動(?:式|車|販売)|行商|(?:所在地|住所)(?:なし|無し|不定)",
  "^(?:なし|無し|該当なし|その他|別途|随時)$",
].join("|"), "iu");

/** What names a building, a station, a park or a spot in one (`新宿区役所本庁舎`, `四谷地域センター内`, `JR八王子駅北口`,
 *  `高尾山山頂`, `B店`): no town's name has these words or Latin letters. */
const PLACE_WORD = new RegExp([
  "[A-Za-z]|駅|公園|緑地|庁舎|役所|役場|支所|出張所|センター|ホール|広場|山頂|境内|構内|敷地内|ロータリー|交差点|ビル|店|施設|階|棟",
  "エントランス|ロビー|入口|玄関|窓口|受付",
  "博物館|美術館|図書館|会館|体育館|公民館|記念館|資料館|文化館|児童館|科学館|水族館|本館|別館|新館",
  "学校|大学|幼稚園|保育園|保育所|病院|診療所|クリニック|神社|霊園|墓地|プール|グラウンド|運動場|商店街|タワー|ターミナル|バス停|のりば|乗り場|地下",
].join("|"), "u");

/** Notes in brackets after the text (`陣馬山頂（神奈川県境）`), which say nothing of its shape. */
const TRAILING_NOTE = /\s*[(（【［\[][^)）】］\]]*[)）】］\]]$/;

/** `東京都渋谷区`, `渋谷区`, `埼玉県和光市`: the prefecture and municipality in front of the street, cut off ("" when the
 *  text is nothing else); the text when it names no municipality at its start. */
function afterMunicipality(text: string): string {
  const prefecture = prefectureOf(text);
  const rest = prefecture === null ? text : text.slice(prefecture.length).trimStart();
  const tokyo = tokyoMunicipalityAt(rest);
  if (tokyo !== undefined) {
    const at = rest.indexOf(tokyo.name);
    return at < 0 ? rest : rest.slice(at + tokyo.name.length).trimStart();
  }
  // another prefecture's city (和光市, さいたま市浦和区, 北佐久郡軽井沢町): only when the prefecture is written
  const other = prefecture === null ? null : otherMunicipalityAt(rest);
  return other === null ? rest : rest.slice(other.length);
}

/** A city (和光市; さいたま市浦和区, a designated city's ward) or a town or village after its 郡 (北佐久郡軽井沢町) at the
 *  start of a text after another prefecture's name; null for a 町 or 村 with no 郡, which may be a town's name
 *  (島根県浅利町, a town of 江津市). */
function otherMunicipalityAt(text: string): string | null {
  const m = /^[^\d\s]{1,5}?郡[^\d\s]{1,5}?[町村]|^[^\d\s]{1,5}?市/.exec(text);
  if (m === null) return null;
  const ward = isDesignatedCity(m[0]) ? /^[^\d\s]{1,4}?区/.exec(text.slice(m[0].length)) : null;
  return ward === null ? m[0] : m[0] + ward[0];
}

/**
 * What an address cell holds (see the top of the file). A cell with a block number is an address whatever else it
 * says (`新宿5-18-21 新宿ビル`, `飛田給1丁目ほか`); one without is a note, a municipality alone, a town, or else a place's
 * name.
 */
export function addressShape(cell: string): AddressShape {
  const text = nfkcTrimmed(cell);
  // a phone number or URL never starts with a prefecture, as most addresses do
  if (prefectureOf(text) === null && contactOf(text) !== null) return "contact";
  if (PLATE.test(text)) return "plate";
  if (BLOCK.test(text)) return "address";
  if (NOTE.test(text)) return "note";
  const bare = text.replace(TRAILING_NOTE, "");
  // all of it in brackets: a note (`（県警ヘリに搭載）`)
  if (bare === "") return "note";
  const street = afterMunicipality(bare);
  if (street === "") return "municipality_only";
  return PLACE_WORD.test(street) ? "place_name" : "address";
}

/** A bracketed word in front of an address: `（自動車）`, `【本店】`, `（新宿区）`. */
const BRACKETED = /^[(（【［\[〈<]([^)）】］\]〉>\d]{1,12})[)）】］\]〉>]\s*/;
/** A word before a colon: `所在地：`, `保管場所：`, `渋谷区：`, `台東区千束：`. */
const BEFORE_COLON = /^([^\d\s：:()（）]{1,10})[：:]\s*/;
const LABEL_START = /^\s*[(（【［\[〈<]/;

/** What names a label, not a place: 所在地, 住所, 保管場所, 事務所, 住居表示, 位置, 連絡先, 電話 (and PLACE_WORD's, 店, TEL). */
const LABEL_WORD = /所在|住所|住居|所$|表示|位置|地点|本社|支社|会場|連絡先|保管|設置|車庫|番地|地番|郵送|送付|届出|電話/u;

/** How far down an address a text starts: a prefecture alone (0), a municipality, after its prefecture or not (1), a
 *  town's name (2), a block number (3). */
function levelOf(text: string): number {
  const prefecture = prefectureOf(text);
  if (prefecture !== null && text.length === prefecture.length) return 0;
  const rest = prefecture === null ? text : text.slice(prefecture.length);
  if (tokyoMunicipalityAt(rest) !== undefined || (prefecture !== null && otherMunicipalityAt(rest) !== null)) return 1;
  if (prefecture !== null) return 1;
  return /^[\d〇一二三四五六七八九十]/.test(text) ? 3 : 2;
}

/** Whether a word in front of an address is its head (`渋谷区` of `渋谷区：代々木神園町2-1`, `台東区千束` of
 *  `台東区千束：3-20-2`, `東京都` of `東京都：新宿区…`): a place above where the address after it starts; a word that
 *  names a label, or a place at the address's own level or below, is no head. A bracketed word is a head only as a
 *  prefecture or municipality (`（自動車）3-1-1` has no town 自動車). */
function isHeadOf(word: string, address: string, bracketed: boolean): boolean {
  const text = nfkcTrimmed(word);
  if (LABEL_WORD.test(text) || PLACE_WORD.test(text)) return false;
  const level = levelOf(text);
  return level < levelOf(nfkcTrimmed(address)) && (!bracketed || level < 2);
}

/**
 * The address in a cell that has words in front of it, bracketed or before a colon, and the label those words make
 * (`（自動車）保管場所：北区滝野川3-1-1` → label `（自動車）保管場所`, address `北区滝野川3-1-1`). Words that name a
 * place above where the address starts are its own: only their separator goes (`渋谷区：代々木神園町2-1` → label null,
 * address `渋谷区代々木神園町2-1`). Null when there are no such words or what follows is no address (then the whole
 * cell is read as it is).
 */
export function labelledAddress(cell: string): { label: string | null; address: string } | null {
  // no bracket first and no colon: no label, as in nearly every address
  if (!LABEL_START.test(cell) && !cell.includes("：") && !cell.includes(":")) return null;
  const words: { written: string; word: string; bracketed: boolean }[] = [];
  let rest = cell.trim();
  for (let m = BRACKETED.exec(rest); m !== null && words.length < 4; m = BRACKETED.exec(rest)) {
    words.push({ written: m[0], word: m[1], bracketed: true });
    rest = rest.slice(m[0].length);
  }
  const colon = BEFORE_COLON.exec(rest) ?? (words.length > 0 ? /^([^\d\s：:]{1,10})[：:]\s*/.exec(rest) : null);
  if (colon !== null) {
    words.push({ written: colon[0], word: colon[1], bracketed: false });
    rest = rest.slice(colon[0].length);
  }
  if (words.length === 0 || rest === "" || addressShape(rest) !== "address") return null;
  // from the address back: the words that are its head, up to the first label (all before it are the label's)
  let address = rest;
  let k = words.length - 1;
  for (; k >= 0 && isHeadOf(words[k].word, address, words[k].bracketed); k--) address = words[k].word + address;
  const label = words.slice(0, k + 1).map((w) => w.written).join("").trim().replace(/[：:]$/, "");
  return { label: label === "" ? null : label, address };
}
