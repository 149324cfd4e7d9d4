// The place an address header gives once (`愛媛県松山市住所`, place-prefixed-header.ts): each address written without it
// (`北山町1-2`) is in it, as the header says, and is published with it, said as address_completed (before: the
// street alone, in no prefecture or city, as the engine knows the names of Tokyo's municipalities only).
import type { Dataset } from "../../schemas/dataset.ts";
import { matchHeader } from "../header-match.ts";
import { addressAfterPlace, LEADING_PREFECTURE } from "../place-prefixed-header.ts";
import { perHeaders } from "./header-memo.ts";
import type { RowRepair } from "./row-repair.ts";

/** The place the file's address column is headed with, or null; once per file. */
const placeOfAddressColumn = perHeaders((headers, dataset: Dataset): string | null => {
  const header = headers.find((h) => addressAfterPlace(h) !== null && matchHeader(h, dataset)?.key === "full_address");
  return header === undefined ? null : addressAfterPlace(header)?.place ?? null;
}, null);

/** The row's address in the header's place when it names no prefecture: the place's municipality added when the
 *  address does not start with it, its prefecture when the place has one. */
export function addressInHeaderPlace(r: RowRepair): void {
  const place = placeOfAddressColumn(r.context.sourceHeaders, r.dataset);
  const address = r.record.full_address;
  if (place === null || typeof address !== "string" || LEADING_PREFECTURE.test(address)) return;
  const prefecture = LEADING_PREFECTURE.exec(place)?.[0] ?? "";
  const municipality = place.slice(prefecture.length);
  const completed = municipality !== "" && address.startsWith(municipality) ? `${prefecture}${address}` : `${place}${address}`;
  if (completed === address) return;
  r.record.full_address = completed;
  r.problem("address_completed", "full_address", r.cells.full_address ?? address);
}
