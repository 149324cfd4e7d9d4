// Where a full address is: its prefecture, and for Tokyo its municipality and code (the registry's 62, read once
// from data/municipalities.csv). Old 推奨 files name the publisher in 都道府県名/市区町村名, not the place (standard
// A.3): a ward's 保養所 in 長野県 or its facility in a neighbouring city has its own place in its address.
// Outside Tokyo the municipality is not read: without a national list, 四日市市, 大町市 and 十日町市 defeat any pattern,
// and no city is better than a wrong one.
import { readMunicipalitiesCsv } from "../../storage/municipalities.ts";
import { PREFECTURES } from "./address.ts";

export interface Place {
  prefecture: string;
  /** the Tokyo municipality the address names, with its 6-digit code; null outside Tokyo or when none matches */
  city: string | null;
  code: string | null;
}

const TOKYO = "東京都";

let tokyo: ReadonlyArray<{ name: string; code: string }> | null = null;

/** Tokyo's municipalities, longest name first (西東京市 before 東京… is not needed, but 東村山市 before 村山… is safe). */
function tokyoMunicipalities(): ReadonlyArray<{ name: string; code: string }> {
  tokyo ??= readMunicipalitiesCsv().map((m) => ({ name: m.name_ja, code: m.code })).sort((a, b) => b.name.length - a.name.length);
  return tokyo;
}

/** The prefecture an address starts with, or null. */
export function prefectureOf(address: string): string | null {
  for (const p of PREFECTURES) if (address.startsWith(p)) return p;
  return null;
}

/** The place a full address (prefecture first) names; null when it does not start with a prefecture. */
export function placeOf(address: string): Place | null {
  const prefecture = prefectureOf(address);
  if (prefecture === null) return null;
  if (prefecture !== TOKYO) return { prefecture, city: null, code: null };
  // 西多摩郡瑞穂町…: the 郡 is part of the address, not of the registry's name
  const rest = address.slice(TOKYO.length).replace(/^\s+/, "").replace(/^[^\d\s]{1,4}?郡/, "").replace(/^青[ケヵｹが]島/, "青ヶ島");
  for (const m of tokyoMunicipalities()) if (rest.startsWith(m.name)) return { prefecture, city: m.name, code: m.code };
  return { prefecture, city: null, code: null };
}
