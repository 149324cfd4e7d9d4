// The ways real municipal files differ and go wrong, applied to clean sample rows: old 推奨 headers vs new,
// CP932 without BOM, title rows, wareki dates, full-width digits, swapped coordinates on a few rows, 5-digit
// codes, missing optional columns, and a few rows with real errors. Chosen per file from the seeded generator.
import type { Column } from "../../schemas/column.ts";
import type { Dataset } from "../../schemas/dataset.ts";
import { kindOf } from "../../schemas/types.ts";
import type { Random } from "./random.ts";

export interface FileVariant {
  headers: "new" | "old";
  encoding: "utf-8-bom" | "utf-8" | "cp932";
  eol: "\r\n" | "\n";
  /** a title line (and maybe a blank line) above the header */
  title: "none" | "title" | "title_blank";
  /** codes written without their check digit (13104) */
  fiveDigitCode: boolean;
  /** share of rows whose phone, address and postal code use full-width digits */
  fullWidthShare: number;
  /** dates written in the Japanese era calendar */
  wareki: boolean;
  /** rows whose latitude and longitude are swapped */
  swappedRows: number;
  /** share of rows carrying a real error */
  errorShare: number;
  /** optional columns this publisher left out */
  dropped: ReadonlySet<string>;
  /** old format: 住所 without 東京都 and the municipality (they are in 都道府県名 / 市区町村名) */
  shortAddress: boolean;
}

/** Old 推奨 header names of shared columns (each is an alias in the schemas; a test checks it). */
export const OLD_HEADERS: Readonly<Record<string, string>> = {
  local_government_code: "都道府県コード又は市区町村コード",
  id: "NO",
  prefecture: "都道府県名",
  city: "市区町村名",
  full_address: "住所",
  building_name: "方書",
};

/** Columns that only the new 正式版 format has. */
const NEW_ONLY = new Set(["located_local_government_code", "machiaza_id", "machiaza", "city_block", "height_type", "height",
  "contact_email", "contact_form_url", "contact_remarks", "local_government_name", "postal_code"]);

export function chooseVariant(dataset: Dataset, rng: Random): FileVariant {
  const headers = rng.chance(0.35) ? "old" : "new";
  const encoding = headers === "old" ? (rng.chance(0.85) ? "cp932" : "utf-8-bom") : rng.pick(["utf-8-bom", "utf-8-bom", "utf-8-bom", "utf-8", "cp932"] as const);
  const dropped = new Set(dataset.columns.filter((c) => c.requirement === "optional" && rng.chance(0.3)).map((c) => c.key));
  return {
    headers,
    encoding,
    eol: encoding === "utf-8" && rng.chance(0.5) ? "\n" : "\r\n",
    title: rng.chance(0.15) ? rng.pick(["title", "title_blank"] as const) : "none",
    fiveDigitCode: rng.chance(0.15),
    fullWidthShare: rng.chance(0.25) ? 0.3 : 0,
    wareki: rng.chance(0.4),
    swappedRows: rng.chance(0.15) ? rng.int(1, 3) : 0,
    errorShare: rng.pick([0, 0.02, 0.03, 0.05]),
    dropped,
    shortAddress: headers === "old" && rng.chance(0.5),
  };
}

/** The file's columns, in order, with the header text each gets. */
export function fileColumns(dataset: Dataset, v: FileVariant): Array<{ column: Column; header: string }> {
  const kept = dataset.columns.filter((c) => !v.dropped.has(c.key) && !(v.headers === "old" && NEW_ONLY.has(c.key)));
  if (v.headers === "new") return kept.map((column) => ({ column, header: column.ja }));
  const head = ["local_government_code", "id", "prefecture", "city"];
  const ordered = [...head.flatMap((k) => kept.filter((c) => c.key === k)), ...kept.filter((c) => !head.includes(c.key))];
  return ordered.map((column) => ({ column, header: OLD_HEADERS[column.key] ?? column.ja }));
}

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!).replace(/-/g, "－");

/** 2023-04-01 → 令和5年4月1日 / R5.4.1 / 平成30年4月1日 / 昭和62年4月1日 (元年 for year 1). */
export function toWareki(iso: string, style: "long" | "short"): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const ymd = y * 10000 + m * 100 + d;
  const [era, letter, first] = ymd >= 20190501 ? ["令和", "R", 2019] : ymd >= 19890108 ? ["平成", "H", 1989] : ["昭和", "S", 1926];
  const year = y - first + 1;
  if (style === "short") return `${letter}${year}.${m}.${d}`;
  return `${era}${year === 1 ? "元" : year}年${m}月${d}日`;
}

type Values = Record<string, string>;

/** Makes one row go wrong the way real rows do; returns false when nothing applicable was found. */
function injectError(values: Values, dataset: Dataset, rng: Random): void {
  const has = (k: string) => k in values && values[k] !== "";
  const integerKey = dataset.columns.find((c) => kindOf(c.type) === "integer" && has(c.key))?.key;
  const options: Array<() => void> = [];
  if (has("name")) options.push(() => { values.name = ""; });
  if (has("full_address")) options.push(() => { values.full_address = ""; });
  if (has("latitude")) options.push(() => { values.latitude = "369.56056"; });
  if (has("local_government_code")) options.push(() => {
    const c = values.local_government_code!;
    values.local_government_code = c.slice(0, 5) + String((Number(c[5]) + 3) % 10);
  });
  if (has("start_time")) options.push(() => { values.start_time = "25:00"; });
  if (integerKey) options.push(() => { values[integerKey] = "-3"; });
  if (has("survey_date")) options.push(() => { values.survey_date = "2025-13-01"; });
  if (options.length) rng.pick(options)();
}

/** Applies the variant's problems to clean rows (in place), each decision from the seeded generator. */
export function applyVariant(rows: Values[], dataset: Dataset, v: FileVariant, area: { code: string; name_ja: string }, rng: Random): void {
  const dateKeys = dataset.columns.filter((c) => kindOf(c.type) === "date").map((c) => c.key);
  const codeKeys = dataset.columns.filter((c) => kindOf(c.type) === "code").map((c) => c.key);
  const swapped = new Set<number>();
  while (swapped.size < Math.min(v.swappedRows, rows.length)) swapped.add(rng.int(0, rows.length - 1));
  rows.forEach((values, i) => {
    if (v.shortAddress && values.full_address) values.full_address = values.full_address.replace(`東京都${area.name_ja}`, "");
    if (v.wareki) {
      for (const k of dateKeys) if (/^\d{4}-\d{2}-\d{2}$/.test(values[k] ?? "") && rng.chance(0.6)) values[k] = toWareki(values[k]!, rng.chance(0.7) ? "long" : "short");
    }
    if (v.fullWidthShare > 0 && rng.chance(v.fullWidthShare)) {
      for (const k of ["phone_number", "full_address", "postal_code"]) if (values[k]) values[k] = toFullWidth(values[k]!);
    }
    if (v.fiveDigitCode) for (const k of codeKeys) if (/^\d{6}$/.test(values[k] ?? "")) values[k] = values[k]!.slice(0, 5);
    if (swapped.has(i) && values.latitude && values.longitude) [values.latitude, values.longitude] = [values.longitude, values.latitude];
    if (v.errorShare > 0 && rng.chance(v.errorShare)) injectError(values, dataset, rng);
  });
}
