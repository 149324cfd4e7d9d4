// A part of an address (所在地_町字, 所在地_番地以下, 建物名等(方書)) that names no place: `非公開`, `不明`, `区内各所`, as
// 国立市's 文化財一覧 writes 所在地_番地以下 `非公開` beside 所在地_連結表記 `東京都国立市非公開`. It is no part of an
// address: neither published as one nor joined into 所在地_連結表記; the cell is kept in 備考. So is a 場所名称 that says
// only that the place is withheld (国立市's `非公開`); one of a whole area (`区内各所`, an event's) stays, as it tells where.
import { namesNoPlace, saysPlaceWithheld } from "./address.ts";
import { keepInsteadOfValue } from "./kept-cells.ts";
import { type RowRepair, str } from "./row-repair.ts";

const PARTS = ["machiaza", "city_block", "building_name"] as const;

/** Empties each address part of the row that names no place, said as address_part_no_place, and a 場所名称 that
 *  says the place is withheld, said as place_name_withheld. */
export function emptyPartsNamingNoPlace(r: RowRepair): void {
  for (const key of PARTS) {
    const part = str(r.record[key]);
    if (part !== null && namesNoPlace(part)) keepInsteadOfValue(r, key, "address_part_no_place");
  }
  const place = str(r.record.place_name);
  if (place !== null && saysPlaceWithheld(place)) keepInsteadOfValue(r, "place_name", "place_name_withheld");
}
