// Where sample points go: a centroid and a radius per municipality (data/geography.csv, islands included), with the
// telephone area code and postal-code prefix used there. Points are drawn uniformly in the disc.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { GEOGRAPHY_CSV, type Municipality, readMunicipalitiesCsv } from "../../storage/municipalities.ts";
import type { Random } from "./random.ts";

export interface Area extends Municipality {
  latitude: number;
  longitude: number;
  radius_km: number;
  phone_prefix: string;
  postal_prefix: string;
}

export function readAreas(file = GEOGRAPHY_CSV): Area[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
  const geo = new Map(rows.map((r) => [r.code!, r]));
  return readMunicipalitiesCsv().map((m) => {
    const g = geo.get(m.code);
    if (!g) throw new Error(`${file}: no row for ${m.code} ${m.name_ja}`);
    return {
      ...m, latitude: Number(g.latitude), longitude: Number(g.longitude), radius_km: Number(g.radius_km),
      phone_prefix: g.phone_prefix!, postal_prefix: g.postal_prefix!,
    };
  });
}

/** A point uniformly inside the area's disc, rounded to 6 decimals as municipalities write them. */
export function pointIn(area: Area, rng: Random): { latitude: number; longitude: number } {
  const r = area.radius_km * Math.sqrt(rng.next());
  const theta = 2 * Math.PI * rng.next();
  const latitude = area.latitude + (r * Math.sin(theta)) / 110.574;
  const longitude = area.longitude + (r * Math.cos(theta)) / (111.32 * Math.cos((area.latitude * Math.PI) / 180));
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

/** A phone number with the area's code, 10 digits in all: 03-1234-5678, 042-123-4567, 0422-12-3456, 04992-2-1234. */
export function phoneIn(area: Area, rng: Random): string {
  const p = area.phone_prefix;
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");
  const mid = 6 - p.length;
  return `${p}-${rng.int(1, 9)}${digits(mid - 1)}-${digits(4)}`;
}

export function postalIn(area: Area, rng: Random): string {
  let code = area.postal_prefix;
  while (code.length < 7) code += String(rng.int(0, 9));
  return code;
}
