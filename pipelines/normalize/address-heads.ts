// The places an address names at its start (東京都, 新宿区), read for the ones written twice: Excel's
// `=都道府県名&市区町村名&住所` over a 住所 that had them already gives 東京都東京都新宿区…, 東京都新宿区新宿区…, the
// whole address twice, or the publisher's ward in front of another one's address (東京都新宿区中野区中野4-8-1).
import { isSpaceCode, prefectureOf, TOKYO, type TokyoMunicipality, tokyoMunicipalityAt } from "./location.ts";

/** A prefecture and/or a Tokyo municipality at the start of a text, as written there (`東京都新宿区`, `新宿区`, `東京都`). */
export interface Head {
  prefecture: string | null;
  municipality: TokyoMunicipality | null;
  /** how far into the text it goes (spaces after it too) */
  length: number;
}

const spacesAt = (text: string, at: number): number => {
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
};

/** The characters the respelling below changes. */
const RESPELLED = /[ケヵｹ]/;

/** Where a Tokyo municipality's name ends in a text that starts with it (after its 郡 or island: 西多摩郡瑞穂町,
 *  八丈島八丈町); -1 when the text starts with none. */
function municipalityEnd(text: string, m: TokyoMunicipality | undefined): number {
  if (m === undefined) return -1;
  // the name right at the start, as most texts write it: the respelled text has it there too (the name has none of
  // the characters respelled), found without respelling the whole text
  if (text.startsWith(m.name) && !RESPELLED.test(m.name)) return m.name.length;
  const at = text.replace(/[ケヵｹ](?=島)/g, "ヶ").indexOf(m.name);
  return at < 0 ? -1 : at + m.name.length;
}

/** The prefecture and Tokyo municipality a text starts with; null when it starts with neither. */
export function headAt(text: string): Head | null {
  const prefecture = prefectureOf(text);
  let at = prefecture === null ? 0 : spacesAt(text, prefecture.length);
  let municipality: TokyoMunicipality | null = null;
  if (prefecture === null || prefecture === TOKYO) {
    const rest = text.slice(at);
    const m = tokyoMunicipalityAt(rest);
    const end = municipalityEnd(rest, m);
    if (m !== undefined && end > 0) {
      municipality = m;
      at = spacesAt(text, at + end);
    }
  }
  return prefecture === null && municipality === null ? null : { prefecture, municipality, length: at };
}

/** Whether two heads name no two places: the same prefecture where both write one, the same municipality where both do
 *  (a municipality is Tokyo's: beside another prefecture it is another place). */
export function agree(a: Head, b: Head): boolean {
  const prefectures = [a.prefecture, b.prefecture, ...(a.municipality || b.municipality ? [TOKYO] : [])].filter((p) => p !== null);
  if (new Set(prefectures).size > 1) return false;
  return a.municipality === null || b.municipality === null || a.municipality.code === b.municipality.code;
}

/** What an address says twice at its start. */
export type Doubled =
  /** one place named twice (東京都東京都新宿区…, 新宿区新宿区…, 東京都新宿区東京都新宿区…, the whole address twice): the
   *  address with it once */
  | { how: "repeated"; address: string }
  /** two places (東京都新宿区中野区中野4-8-1): `first`, what is written first, and `address`, what follows it */
  | { how: "two_places"; first: Head; places: readonly [string, string]; address: string };

/** The heads written one after another at the start of an address, and where the rest starts. */
function headsOf(address: string, first: Head): { heads: Head[]; texts: string[]; rest: number } {
  const heads: Head[] = [];
  const texts: string[] = [];
  let at = 0;
  for (let head: Head | null = first; head !== null; head = headAt(address.slice(at))) {
    // a Tokyo municipality's name after another prefecture is that prefecture's own town (広島県府中市 is Hiroshima's, not Tokyo's)
    const previous = heads.at(-1);
    if (previous !== undefined && previous.prefecture !== null && previous.prefecture !== TOKYO && head.prefecture === null) break;
    heads.push(head);
    texts.push(address.slice(at, at + head.length).trim());
    at += head.length;
  }
  return { heads, texts, rest: at };
}

/** One head for heads that agree: the prefecture and the municipality as the first that writes each wrote them. */
function joined(heads: readonly Head[], texts: readonly string[]): string {
  const prefecture = heads.find((h) => h.prefecture !== null)?.prefecture ?? "";
  const k = heads.findIndex((h) => h.municipality !== null);
  const municipality = k < 0 ? "" : texts[k].slice(heads[k].prefecture?.length ?? 0).trim();
  return prefecture + municipality;
}

/**
 * What the start of an address names twice, or null: heads one after another (東京都 東京都 新宿区, 新宿区 新宿区, 東京都新宿区
 * 中野区), or the whole address again after its street (東京都新宿区歌舞伎町1-4-1東京都新宿区歌舞伎町1-4-1).
 */
export function doubledAddress(address: string): Doubled | null {
  // every row's address comes here: one that starts with no place (2丁目14番8号, 西新宿2-8-1) is turned away on it
  const head = headAt(address);
  if (head === null) return null;
  const { heads, texts, rest } = headsOf(address, head);
  const street = address.slice(rest);
  if (heads.length === 1) return wholeAgain(address, heads[0], texts[0], street);
  if (heads.every((h) => agree(h, heads[0]))) return { how: "repeated", address: joined(heads, texts) + street };
  // 東京都 before a first ward that another Tokyo ward follows is the second one's too
  const [first, second] = heads;
  const keep = first.prefecture === TOKYO && second.prefecture === null ? TOKYO : "";
  return { how: "two_places", first, places: [texts[0], texts[1]], address: keep + address.slice(first.length) };
}

/** The address written twice, the second time maybe with more of its head (新宿区歌舞伎町1-4-1 東京都新宿区歌舞伎町1-4-1):
 *  the fuller one. The street must be the same, the heads agree. */
function wholeAgain(address: string, head: Head, headText: string, street: string): Doubled | null {
  const name = head.municipality?.name ?? head.prefecture ?? "";
  let at = street.indexOf(name);
  if (at <= 0) return null;
  // the second copy's prefecture, when it writes one in front of its municipality
  const before = street.slice(0, at);
  const prefecture = head.municipality === null ? null : PREFECTURE_AT_END.exec(before)?.[0] ?? null;
  if (prefecture !== null) at -= prefecture.length;
  const again = headAt(street.slice(at));
  if (again === null || !agree(again, head)) return null;
  const [first, second] = [street.slice(0, at).trim(), street.slice(at + again.length).trim()];
  if (first === "" || first !== second) return null;
  const fuller = again.length >= head.length ? street.slice(at, at + again.length).trim() : headText;
  return { how: "repeated", address: fuller + first };
}

/** A prefecture's name at the end of a text (東京都 before a second 新宿区). */
const PREFECTURE_AT_END = /(?:東京都|北海道|(?:京都|大阪)府|[^\s\d]{2,3}県)\s*$/;
