// The municipality registry: loaded from data/municipalities.csv into the database at start.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { isValidCode } from "../schemas/local-government-code.ts";
import type { Queryable } from "./db.ts";
import { projectPath } from "./project-root.ts";

export type MunicipalityKind = "区" | "市" | "町" | "村";
export type Area = "区部" | "多摩" | "島しょ";

export interface Municipality {
  code: string;
  name_ja: string;
  name_kana: string;
  name_en: string;
  kind: MunicipalityKind;
  area: Area;
}

export const MUNICIPALITIES_CSV = projectPath("data", "municipalities.csv");
/** Each municipality's centre (its office, on the islands the main island's) and a radius, with its telephone area
 *  code and postal-code prefix: the sample generator draws around the centres, the engine tells municipalities apart
 *  by them. */
export const GEOGRAPHY_CSV = projectPath("data", "geography.csv");

export function readMunicipalitiesCsv(file = MUNICIPALITIES_CSV): Municipality[] {
  const parsed = Papa.parse<Municipality>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  for (const m of parsed.data) {
    if (!isValidCode(m.code)) throw new Error(`${file}: code ${m.code} (${m.name_ja}) has a wrong check digit`);
  }
  return parsed.data;
}

/** The centre of each municipality by code (GEOGRAPHY_CSV). */
export function readCentres(file = GEOGRAPHY_CSV): Map<string, { latitude: number; longitude: number }> {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [r.code ?? "", { latitude: Number(r.latitude), longitude: Number(r.longitude) }]));
}

/** Upserts the registry in one statement. */
export async function loadMunicipalities(db: Queryable, list = readMunicipalitiesCsv()): Promise<number> {
  await db.query(
    `insert into municipalities (code, name_ja, name_kana, name_en, kind, area, sort_order)
     select m.code, m.name_ja, m.name_kana, m.name_en, m.kind, m.area, (m.ord)::int - 1
     from jsonb_array_elements($1::jsonb) with ordinality as e(value, ord),
          jsonb_to_record(e.value) as m(code text, name_ja text, name_kana text, name_en text, kind text, area text, ord int)
     on conflict (code) do update set name_ja = excluded.name_ja, name_kana = excluded.name_kana,
       name_en = excluded.name_en, kind = excluded.kind, area = excluded.area, sort_order = excluded.sort_order`,
    [JSON.stringify(list.map((m, i) => ({ ...m, ord: i + 1 })))],
  );
  return list.length;
}

export async function listMunicipalities(db: Queryable): Promise<Municipality[]> {
  const { rows } = await db.query<Municipality>(
    "select code, name_ja, name_kana, name_en, kind, area from municipalities order by sort_order, code");
  return rows;
}

export async function getMunicipality(db: Queryable, code: string): Promise<Municipality | undefined> {
  const { rows } = await db.query<Municipality>(
    "select code, name_ja, name_kana, name_en, kind, area from municipalities where code = $1", [code]);
  return rows[0];
}
