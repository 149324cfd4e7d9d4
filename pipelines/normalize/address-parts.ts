// A part of an address (所在地_町字, 所在地_番地以下, 建物名等(方書)) that names no place: `非公開`, `不明`, `区内各所`, as
// 国立市's 文化財一覧 writes 所在地_番地以下 `非公開` beside 所在地_連結表記 `東京都国立市非公開`. It is no part of an
// address: neither published as one nor joined into 所在地_連結表記; the cell is kept in 備考. So is a 場所名称 that says
// only that the place is withheld (国立市's `非公開`); one of a whole area (`区内各所`, an event's) stays, as it tells where.
// A 建物名等(方書) of only the words that qualify the block number before it (`地先`, `の一部`, `ほか`, as 市川市's
// 文化財一覧 splits `751の一部` into 番地 `751` and 方書 `の一部`) names no building either: kept in 備考 the same way.
import { namesNoPlace, saysPlaceWithheld } from "./address.ts";
import { keepInsteadOfValue } from "./kept-cells.ts";
import { type RowRepair, str } from "./row-repair.ts";
import { plainWords } from "./text.ts";

const PARTS = ["machiaza", "city_block", "building_name"] as const;

/** Words that qualify a block number (the land in front of it, a part of it, it and others, near it), no building. */
const BLOCK_QUALIFIERS: ReadonlySet<string> = new Set(["地先", "の一部", "一部", "ほか", "他", "付近", "周辺", "地内"]);

/** Empties each address part of the row that names no place, said as address_part_no_place, a 場所名称 that says
 *  the place is withheld, said as place_name_withheld, and a 方書 that only qualifies the block number, said as
 *  building_name_qualifier. */
export function emptyPartsNamingNoPlace(r: RowRepair): void {
  for (const key of PARTS) {
    const part = str(r.record[key]);
    if (part !== null && namesNoPlace(part)) keepInsteadOfValue(r, key, "address_part_no_place");
  }
  const place = str(r.record.place_name);
  if (place !== null && saysPlaceWithheld(place)) keepInsteadOfValue(r, "place_name", "place_name_withheld");
  const building = str(r.record.building_name);
  if (building !== null && BLOCK_QUALIFIERS.has(plainWords(building).trim())) keepInsteadOfValue(r, "building_name", "building_name_qualifier");
}
