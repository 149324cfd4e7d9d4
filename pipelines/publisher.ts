// The publisher of a file whose name carries no municipality code: the Tokyo municipality its name, its title rows
// or its rows name. Without it an old-format file's codes, 地方公共団体名 and short addresses stay empty.
import type { ColumnPlan } from "./headers.ts";
import { TOKYO, tokyoMunicipalityAt, tokyoMunicipalityByEnglishName, tokyoMunicipalityIn } from "./normalize/location.ts";

export interface PublisherGuess {
  code: string;
  name: string;
  /** what named it: the file name (漢字 or Latin letters), a title row above the header, or the rows' own city */
  by: "file_name" | "title" | "rows";
}

/** Words of file names that name a region rather than the municipality of that name (tama: the Tama area, 多摩地域). */
const REGION_WORDS = new Set(["tama"]);

/** `板橋区医療機関一覧.csv`, `c02_hachioji_bunkazai_R6.csv`: the one Tokyo municipality the file name names. */
export function publisherFromFileName(fileName: string): PublisherGuess | null {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, "");
  const inKanji = tokyoMunicipalityIn(base);
  if (inKanji !== undefined) return { code: inKanji.code, name: inKanji.name, by: "file_name" };
  const words = base.split(/[^A-Za-z]+/).filter((w) => w.length >= 4 && !REGION_WORDS.has(w.toLowerCase()));
  const named = new Set(words.map(tokyoMunicipalityByEnglishName).filter((m) => m !== undefined));
  const [one] = named;
  return named.size === 1 ? { code: one.code, name: one.name, by: "file_name" } : null;
}

/** `板橋区内医療機関一覧`, `町田市指定緊急避難場所一覧` above the header: the one municipality the title rows name. */
export function publisherFromTitle(rows: ReadonlyArray<readonly string[]>): PublisherGuess | null {
  const text = rows.map((cells) => cells.filter((c) => c.trim() !== "").join(" ")).join(" ");
  const m = text === "" ? undefined : tokyoMunicipalityIn(text);
  return m === undefined ? null : { code: m.code, name: m.name, by: "title" };
}

/** The columns whose values name the municipality a row is in, the most telling first. */
const PLACE_KEYS = ["city", "full_address", "address"];
/** Rows needed, and the share of them that must name the same municipality. */
const MIN_ROWS = 3;
const AGREEMENT = 0.9;

/**
 * The municipality nearly all of the first data rows are in, by their 市区町村名 column or their addresses (`八王子市…`,
 * `東京都八王子市…`): a list of a ward's own facilities. null when fewer than 3 rows name one, or they disagree.
 */
export function publisherFromRows(rows: ReadonlyArray<readonly string[]>, plan: Pick<ColumnPlan, "keys">): PublisherGuess | null {
  for (const key of PLACE_KEYS) {
    const at = plan.keys.indexOf(key);
    if (at < 0) continue;
    const counts = new Map<string, { name: string; n: number }>();
    let filled = 0;
    for (const cells of rows) {
      const value = (cells[at] ?? "").trim();
      if (value === "") continue;
      filled++;
      const m = tokyoMunicipalityAt(value.startsWith(TOKYO) ? value.slice(TOKYO.length) : value);
      if (m !== undefined) counts.set(m.code, { name: m.name, n: (counts.get(m.code)?.n ?? 0) + 1 });
    }
    const [best] = [...counts].sort((a, b) => b[1].n - a[1].n);
    if (best !== undefined && best[1].n >= MIN_ROWS && best[1].n >= AGREEMENT * filled) return { code: best[0], name: best[1].name, by: "rows" };
  }
  return null;
}
