// The clean value of each column of a sample row, as a municipality would write it: by column key where the
// meaning matters (name, address, coordinates, toilet counts …), else by the column's kind. One place, for
// every dataset: the generator never switches on dataset id.
import type { Column } from "../../schemas/column.ts";
import type { Dataset } from "../../schemas/dataset.ts";
import { kindOf } from "../../schemas/types.ts";
import { type Area, phoneIn, pointIn, postalIn } from "./geography.ts";
import type { Random } from "./random.ts";
import { CHOME, type NamePattern, STEMS, type Stem, type Theme } from "./themes.ts";

/** One sample place: what a row describes. */
export interface Place {
  name: string;
  kana: string;
  en: string;
  extra: Readonly<Record<string, string>>;
  town: Stem;
  chome: Stem;
  block: string;
  latitude: number;
  longitude: number;
}

export interface RowContext {
  rng: Random;
  area: Area;
  dataset: Dataset;
  theme: Theme;
  /** 1-based data row */
  row: number;
  place: Place;
  /** the survey date of the file (population) */
  surveyDate: string;
  /** values already chosen for this row (later columns may depend on earlier ones) */
  values: Record<string, string>;
}

const OWNER_SUFFIX: Record<string, { ja: string; kana: string }> = { 区: { ja: "立", kana: "リツ" }, 市: { ja: "立", kana: "リツ" }, 町: { ja: "立", kana: "リツ" }, 村: { ja: "立", kana: "リツ" } };

function fill(template: string, area: Area, stem: Stem, chome: Stem): string {
  const owner = OWNER_SUFFIX[area.kind]!;
  return template
    .replaceAll("{ownerKana}", area.name_kana + owner.kana).replaceAll("{owner}", area.name_ja + owner.ja)
    .replaceAll("{muniKana}", area.name_kana).replaceAll("{muniEn}", area.name_en).replaceAll("{muni}", area.name_ja)
    .replaceAll("{stemKana}", stem.kana).replaceAll("{stemEn}", stem.en).replaceAll("{stem}", stem.ja)
    .replaceAll("{chomeKana}", chome.kana).replaceAll("{chomeEn}", chome.en).replaceAll("{chome}", chome.ja);
}

/** A place for row `row`: names are made unique within the file by walking stems × patterns × 丁目. */
export function placeFor(area: Area, theme: Theme, row: number, rng: Random): Place {
  const patterns: readonly NamePattern[] = theme.names;
  const i = row - 1;
  const stem = STEMS[(i * 7) % STEMS.length]!;
  const pattern = patterns[Math.floor(i / STEMS.length) % patterns.length]!;
  const nameChome = CHOME[Math.floor(i / (STEMS.length * patterns.length)) % CHOME.length]!;
  const town = rng.pick(STEMS);
  const chome = rng.pick(CHOME.slice(0, 5));
  const point = pointIn(area, rng);
  return {
    name: fill(pattern.ja, area, stem, nameChome),
    kana: fill(pattern.kana, area, stem, nameChome),
    en: fill(pattern.en, area, stem, nameChome),
    extra: pattern.extra ?? {},
    town, chome, block: `${rng.int(1, 30)}-${rng.int(1, 25)}`,
    ...point,
  };
}

type Gen = (c: RowContext) => string;

const fixed = (n: number) => (v: number) => v.toFixed(n);
const ageBand = /^age_(\d+)_(\d+|plus)_(male|female)$/;

/** Values that depend on what the column means. */
const BY_KEY: Record<string, Gen> = {
  local_government_code: (c) => c.area.code,
  located_local_government_code: (c) => c.area.code,
  municipality_code: (c) => c.area.code,
  id: (c) => `${c.area.code}${c.dataset.number}${String(c.row).padStart(4, "0")}`,
  local_government_name: (c) => `東京都${c.area.name_ja}`,
  name: (c) => c.place.name,
  name_kana: (c) => c.place.kana,
  name_en: (c) => c.place.en,
  full_address: (c) => `東京都${c.area.name_ja}${c.place.town.ja}${c.place.chome.ja}${c.place.block}`,
  prefecture: () => "東京都",
  city: (c) => c.area.name_ja,
  machiaza: (c) => `${c.place.town.ja}${c.place.chome.ja}`,
  city_block: (c) => c.place.block,
  building_name: (c) => (c.rng.chance(0.2) ? c.rng.pick(["1階", "2階", "地下1階"]) : ""),
  latitude: (c) => fixed(6)(c.place.latitude),
  longitude: (c) => fixed(6)(c.place.longitude),
  height_type: (c) => (c.rng.chance(0.3) ? "階数" : ""),
  height: (c) => (c.values.height_type ? String(c.rng.int(1, 3)) : ""),
  elevation_m: (c) => fixed(1)(c.rng.int(20, 800) / 10),
  extension_number: (c) => (c.rng.chance(0.2) ? String(c.rng.int(1000, 4999)) : ""),
  available_days: (c) => c.rng.pick(["月火水木金", "月火水木金土", "月火水木金土日", "火水木金土日"]),
  start_time: (c) => c.rng.pick(["09:00", "08:30", "00:00", "07:00", "10:00"]),
  end_time: (c) => (c.values.start_time === "00:00" ? "23:59" : c.rng.pick(["17:00", "18:00", "21:00", "19:00"])),
  availability_remarks: (c) => c.rng.pick(["", "", "年末年始（12月29日～1月3日）は休み"]),
  url: (c) => `${homepage(c.area)}shisetsu/${c.dataset.id}/${String(c.row).padStart(4, "0")}.html`,
  image_license: (c) => (c.rng.chance(0.3) ? "CC BY 4.0" : ""),
  installer: (c) => c.area.name_ja,
  ssid: (c) => c.rng.pick(["Tokyo_Free_Wi-Fi", `${c.area.name_en.replace(/\s+/g, "")}_Free_Wi-Fi`, "FREE_Wi-Fi_and_TOKYO"]),
  target_communities: (c) => `${c.rng.pick(STEMS).ja}町会;${c.rng.pick(STEMS).ja}自治会`,
  facility_type: (c) => c.place.extra.facility_type ?? "",
  capacity: (c) => String(c.rng.int(4, 20) * 10),
  organization_name: (c) => vocab(c, "organization_name") ?? c.area.name_ja,
  // toilets: totals are the sums of their parts
  urinal_male_toilet: (c) => String(c.rng.int(0, 4)),
  japanese_style_male_toilet: (c) => String(c.rng.int(0, 2)),
  western_style_male_toilet: (c) => String(c.rng.int(0, 3)),
  total_male_toilet: (c) => sum(c, "urinal_male_toilet", "japanese_style_male_toilet", "western_style_male_toilet"),
  japanese_style_female_toilet: (c) => String(c.rng.int(0, 2)),
  western_style_female_toilet: (c) => String(c.rng.int(1, 4)),
  total_female_toilet: (c) => sum(c, "japanese_style_female_toilet", "western_style_female_toilet"),
  japanese_style_unisex_toilet: () => "0",
  western_style_unisex_toilet: (c) => String(c.rng.int(0, 2)),
  total_unisex_toilet: (c) => sum(c, "japanese_style_unisex_toilet", "western_style_unisex_toilet"),
  multipurpose_toilet: (c) => String(c.rng.int(0, 2)),
  multifunctional_toilet: () => "",
  wheelchair_toilet: (c) => (Number(c.values.multipurpose_toilet ?? 0) > 0 ? "有" : "無"),
  ostomate_toilet: (c) => (Number(c.values.multipurpose_toilet ?? 0) > 0 && c.rng.chance(0.7) ? "有" : "無"),
  // evacuation: 1 = designated for the hazard, empty = not
  hazard_flood: (c) => flag1(c, 0.6),
  hazard_landslide: (c) => flag1(c, 0.2),
  hazard_storm_surge: (c) => flag1(c, c.area.area === "島しょ" ? 0.6 : 0.2),
  hazard_earthquake: (c) => flag1(c, 0.95),
  hazard_tsunami: (c) => flag1(c, c.area.area === "島しょ" ? 0.8 : 0.05),
  hazard_large_fire: (c) => flag1(c, 0.8),
  hazard_inland_flood: (c) => flag1(c, 0.5),
  hazard_volcano: (c) => flag1(c, c.area.area === "島しょ" ? 0.9 : 0),
  also_designated_shelter: (c) => flag1(c, 0.6),
  // population: counts by age band, totals are sums
  area_code: (c) => String(c.row).padStart(3, "0"),
  survey_date: (c) => c.surveyDate,
  area_name: (c) => c.place.name,
  male: (c) => sumMatching(c, "_male"),
  female: (c) => sumMatching(c, "_female"),
  total: (c) => String(Number(c.values.male ?? 0) + Number(c.values.female ?? 0)),
  households: (c) => String(Math.round((Number(c.values.male ?? 0) + Number(c.values.female ?? 0)) / (1.6 + c.rng.next() * 0.6))),
};

/** Fallback by kind for everything else: optional columns are mostly left empty, as in real files. */
const BY_KIND: Record<string, Gen> = {
  code: (c) => c.area.code,
  phone: (c) => phoneIn(c.area, c.rng),
  postal_code: (c) => postalIn(c.area, c.rng),
  boolean: (c) => (c.rng.chance(0.5) ? "有" : "無"),
  date: (c) => `${c.rng.int(1975, 2023)}-${String(c.rng.int(1, 12)).padStart(2, "0")}-01`,
  integer: (c) => String(c.rng.int(0, 50)),
};

/** Columns the generator always leaves empty (contact extras, images, codes nobody has). */
const USUALLY_EMPTY = new Set(["machiaza_id", "contact_email", "contact_form_url", "contact_remarks", "corporate_number", "image_url",
  "remarks", "name_alias", "poi_code", "childcare_fee_type", "childcare_fee", "childcare_fee_remarks", "childcare_start_time", "childcare_end_time"]);

export function valueFor(column: Column, c: RowContext): string {
  if (USUALLY_EMPTY.has(column.key)) return "";
  const fromVocab = vocab(c, column.key);
  if (fromVocab !== undefined) return fromVocab;
  const band = ageBand.exec(column.key);
  if (band) return String(ageCount(Number(band[1]), c.rng));
  const byKey = BY_KEY[column.key];
  if (byKey) return byKey(c);
  const byKind = BY_KIND[kindOf(column.type)];
  return byKind ? byKind(c) : "";
}

function vocab(c: RowContext, key: string): string | undefined {
  const list = c.theme.vocab?.[key];
  return list ? c.rng.pick(list) : undefined;
}

function flag1(c: RowContext, p: number): string {
  return c.rng.chance(p) ? "1" : "";
}

function sum(c: RowContext, ...keys: string[]): string {
  return String(keys.reduce((n, k) => n + Number(c.values[k] || 0), 0));
}

function sumMatching(c: RowContext, suffix: string): string {
  return String(Object.entries(c.values).filter(([k]) => ageBand.test(k) && k.endsWith(suffix)).reduce((n, [, v]) => n + Number(v || 0), 0));
}

/** People of one sex in a 5-year band of one 町丁: fewer children and very old people, like a Tokyo city. */
function ageCount(from: number, rng: Random): number {
  const weight = from < 20 ? 0.7 : from < 65 ? 1.2 : from < 85 ? 0.8 : 0.3;
  return Math.round(rng.int(20, 160) * weight);
}

const HOST_KIND: Record<Area["kind"], string> = { 区: "city", 市: "city", 町: "town", 村: "vill" };

export function homepage(area: Area): string {
  const slug = area.name_en.toLowerCase().replace(/ village$/, "").replace(/[^a-z]/g, "");
  return area.kind === "区" ? `https://www.city.${slug}.lg.jp/` : `https://www.${HOST_KIND[area.kind]}.${slug}.tokyo.jp/`;
}
