// The publisher of a file whose name carries no municipality code: the codes its rows carry, else the Tokyo
// municipality its name or its title names, unless its rows place themselves elsewhere, else the municipality nearly all
// of its rows are in. Without it an old-format file's codes, 地方公共団体名 and short addresses stay empty; a wrong one
// fills them wrongly, so each source must agree with the rows.
import { baseName } from "./detect.ts";
import { isNoteRow } from "./rows.ts";
import type { ColumnPlan } from "./headers.ts";
import { TOKYO, tokyoMunicipality, tokyoMunicipalityAt, tokyoMunicipalityByEnglishName, tokyoMunicipalityIn } from "./normalize/location.ts";

export interface PublisherGuess {
  code: string;
  name: string;
  /** what named it: the file name (漢字 or Latin letters), a title row above the header, or the rows themselves */
  by: "file_name" | "title" | "rows";
  /** for `rows`, the key of the column whose values named it (local_government_code, city, full_address …) */
  column?: string;
}

/** 東京都 itself (the prefecture publishes lists of its own sites, all over Tokyo). */
const TOKYO_CODE = "130001";

/** Words of file names that name a region rather than the municipality of that name (tama: the Tama area, 多摩地域). */
const REGION_WORDS = new Set(["tama"]);

/** `板橋区医療機関一覧.csv`, `c02_hachioji_bunkazai_R6.csv`: the one Tokyo municipality the file name names. */
export function publisherFromFileName(fileName: string): PublisherGuess | null {
  const base = baseName(fileName).replace(/\.[^.]*$/, "");
  const inKanji = tokyoMunicipalityIn(base);
  if (inKanji !== undefined) return { code: inKanji.code, name: inKanji.name, by: "file_name" };
  // words and pairs of words (higashi-murayama, nishi_tokyo), without a ward's or city's ending (ItabashiCity, ota-ku)
  const tokens = base.split(/[^A-Za-z]+/).filter((w) => w !== "").map((w) => w.replace(/(?<=[a-z]{3})(?:City|Ku|Shi)$/, ""));
  const words = [...tokens, ...tokens.slice(1).map((w, i) => tokens[i] + w)]
    .filter((w) => w.length >= 4 && !REGION_WORDS.has(w.toLowerCase()));
  const named = new Set(words.map(tokyoMunicipalityByEnglishName).filter((m) => m !== undefined));
  const [one] = named;
  return named.size === 1 ? { code: one.code, name: one.name, by: "file_name" } : null;
}

/** `板橋区内医療機関一覧`, `町田市指定緊急避難場所一覧` above the header: the one municipality the title rows name; `東京都…一覧`
 *  naming none is Tokyo's own. Notes (※区境の施設（新宿区側）も…) name places, not the publisher. */
export function publisherFromTitle(rows: ReadonlyArray<readonly string[]>): PublisherGuess | null {
  const titles = rows.filter((cells) => !isNoteRow(cells)).map((cells) => cells.filter((c) => c.trim() !== "").join(" "));
  const text = titles.join(" ");
  if (text === "") return null;
  const m = tokyoMunicipalityIn(text);
  if (m !== undefined) return { code: m.code, name: m.name, by: "title" };
  return text.trimStart().startsWith(TOKYO) ? { code: TOKYO_CODE, name: TOKYO, by: "title" } : null;
}

/** The columns whose values name the municipality a row is in, the most telling first; a population table's areas
 *  may be written after their city's name (`八王子市元本郷町一丁目`). */
const PLACE_KEYS = ["city", "full_address", "address", "area_name"];
/** Rows needed, and the share of them that must name the same municipality. */
const MIN_ROWS = 3;
const AGREEMENT = 0.9;

/** How many of the rows name each Tokyo municipality (by its code), of how many that have a place at all. */
interface RowPlaces { counts: Map<string, number>; named: number; column?: string }

/** The places the first rows name: their 市区町村名 column, else their addresses (`八王子市…`, `東京都八王子市…`), else
 *  their areas. */
function placesOfRows(rows: ReadonlyArray<readonly string[]>, plan: Pick<ColumnPlan, "keys">): RowPlaces {
  for (const key of PLACE_KEYS) {
    const at = plan.keys.indexOf(key);
    if (at < 0) continue;
    const counts = new Map<string, number>();
    let named = 0;
    for (const cells of rows) {
      const value = (cells[at] ?? "").trim();
      if (value === "") continue;
      const m = tokyoMunicipalityAt(value.startsWith(TOKYO) ? value.slice(TOKYO.length) : value);
      if (m === undefined) continue;
      named++;
      counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    }
    if (named > 0) return { counts, named, column: key };
  }
  return { counts: new Map(), named: 0 };
}

/** The key nearly all of `total` agree on, when 3 or more do: a file's own codes, or the place its rows are in. */
function agreed(counts: ReadonlyMap<string, number>, total: number): string | null {
  let best: [string, number] | null = null;
  for (const entry of counts) if (best === null || entry[1] > best[1]) best = entry;
  return best !== null && best[1] >= MIN_ROWS && best[1] >= AGREEMENT * total ? best[0] : null;
}

/** The publisher the first rows' own 全国地方公共団体コード column agrees on (東京都's 130001 too). */
export function publisherFromCodes(rows: ReadonlyArray<readonly string[]>, plan: Pick<ColumnPlan, "keys">): PublisherGuess | null {
  const at = plan.keys.indexOf("local_government_code");
  if (at < 0) return null;
  const counts = new Map<string, number>();
  let total = 0;
  for (const cells of rows) {
    const value = (cells[at] ?? "").trim();
    if (!/^\d{6}$/.test(value)) continue;
    total++;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const code = agreed(counts, total);
  if (code === TOKYO_CODE) return { code, name: TOKYO, by: "rows", column: "local_government_code" };
  const m = code === null ? undefined : tokyoMunicipality(code);
  return m === undefined ? null : { code: m.code, name: m.name, by: "rows", column: "local_government_code" };
}

/** The Tokyo municipality nearly all of the first rows are in, by their city or address (a ward's list of its own
 *  facilities); null when fewer than 3 rows name one, or they disagree. */
export function publisherFromRows(rows: ReadonlyArray<readonly string[]>, plan: Pick<ColumnPlan, "keys">): PublisherGuess | null {
  return publisherOfPlaces(placesOfRows(rows, plan));
}

function publisherOfPlaces({ counts, named, column }: RowPlaces): PublisherGuess | null {
  const code = agreed(counts, named);
  const m = code === null ? undefined : tokyoMunicipality(code);
  return m === undefined ? null : { code: m.code, name: m.name, by: "rows", ...(column === undefined ? {} : { column }) };
}

/** Whether the rows place themselves elsewhere than `guess`: 3 or more name a place, and not half of them `guess`'s.
 *  (羽田空港… names 港区 in passing; its rows are in 大田区.) Tokyo's own lists are all over Tokyo. */
function rowsContradict(guess: PublisherGuess, { counts, named }: RowPlaces): boolean {
  if (guess.code === TOKYO_CODE) return false;
  return named >= MIN_ROWS && (counts.get(guess.code) ?? 0) * 2 < named;
}

/** The publisher: the rows' own codes first, then what the file name or title names where the rows agree, then the
 *  municipality the rows are in. */
export function findPublisherOf(fileName: string, above: ReadonlyArray<readonly string[]>, rows: ReadonlyArray<readonly string[]>,
  plan: Pick<ColumnPlan, "keys">): PublisherGuess | null {
  const fromCodes = publisherFromCodes(rows, plan);
  if (fromCodes !== null) return fromCodes;
  const places = placesOfRows(rows, plan);
  for (const guess of [publisherFromFileName(fileName), publisherFromTitle(above)]) {
    if (guess !== null && !rowsContradict(guess, places)) return guess;
  }
  return publisherOfPlaces(places);
}
