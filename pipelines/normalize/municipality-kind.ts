// Whether an address names a municipality that cannot be the one of a code, told by kinds alone: the engine knows the
// names of Tokyo's municipalities only, but a code says what kind of municipality it is (JIS X 0402: its three
// municipal digits are 100–299 for a city and the wards of one, 300 and over for a town or village of a 郡), and an
// address that starts with a 郡 (綾歌郡綾川町…) names a town or village.
import { prefectureOf } from "./location.ts";

/** A town or village after its 郡 at the start of an address (綾歌郡綾川町, 木田郡三木町): no 市 or 区 before the 郡, as
 *  丸亀市郡家町 (a town of a city named after a 郡) has, and no 大字 (大字郡家町…, a city's own 町字). A city's name in 郡
 *  (郡山市, 大和郡山市, 小郡市) has 市 where the town's name would be. */
const DISTRICT_TOWN = /^(?!大?字)[^\d\s市区郡]{1,5}郡[^\d\s市区郡]{1,6}?[町村]/;

/** Whether a code is a city's or a ward's (its municipal digits 100–299), not a town's or village's or a prefecture's. */
const isCityCode = (code: string): boolean => {
  const digits = Number(code.slice(2, 5));
  return digits >= 100 && digits < 300;
};

/** Whether `address` (its prefecture first or not) starts with a town or village of a 郡 while `code` is a city's: the
 *  place is in another municipality than the city, whose code is not the city's. (A city's address in a town's list is
 *  not told: a town's 町字 may hold a 市, 大字市場.) */
export function namesOtherMunicipality(address: string, code: string): boolean {
  if (!isCityCode(code)) return false;
  const prefecture = prefectureOf(address);
  return DISTRICT_TOWN.test(prefecture === null ? address : address.slice(prefecture.length));
}
