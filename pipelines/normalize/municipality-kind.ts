// Whether an address names a municipality that cannot be the one of a code, told by kinds alone: the engine knows the
// names of Tokyo's municipalities only, but a code says what kind of municipality it is (JIS X 0402: its three
// municipal digits are 100–299 for a city and the wards of one, 300 and over for a town or village of a 郡), and so does
// an address that starts with a 郡 (綾歌郡綾川町…) or a 市 (丸亀市…).
import { prefectureOf } from "./location.ts";

/** A town or village after its 郡 at the start of an address (綾歌郡綾川町, 木田郡三木町): no 市 or 区 before the 郡, as
 *  丸亀市郡家町 (a town of a city named after a 郡) has. */
const DISTRICT_TOWN = /^[^\d\s市区郡]{1,5}郡[^\d\s市区郡]{1,6}?[町村]/;
/** A city at the start of an address (丸亀市, 四日市市), no 郡 before it. */
const CITY = /^[^\d\s郡]{1,5}?市/;

type Kind = "city" | "town" | "prefecture";

const kindOfCode = (code: string): Kind => {
  const digits = Number(code.slice(2, 5));
  return digits === 0 ? "prefecture" : digits < 300 ? "city" : "town";
};

/** The kind of municipality an address (its prefecture first or not) starts with; undefined when it names none. */
function kindOfAddress(address: string): Exclude<Kind, "prefecture"> | undefined {
  const prefecture = prefectureOf(address);
  const rest = prefecture === null ? address : address.slice(prefecture.length);
  if (DISTRICT_TOWN.test(rest)) return "town";
  return CITY.test(rest) ? "city" : undefined;
}

/** Whether `address` starts with a municipality of another kind than the one `code` is (a town of a 郡 in a city's
 *  list, a city in a town's): the place is in another municipality, whose code is not the publisher's. */
export function namesOtherMunicipality(address: string, code: string): boolean {
  const own = kindOfCode(code);
  if (own === "prefecture") return false;
  const written = kindOfAddress(address);
  return written !== undefined && written !== own;
}
