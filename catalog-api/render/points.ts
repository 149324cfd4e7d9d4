// Points: what a map needs of each record and no more, one array per record in the order `fields` names, so that a
// page of 1,000 is about a tenth of its GeoJSON and a portal map can page through every point of a dataset. Records
// without coordinates are rows with null coordinates (a map counts them). Paged only: a map reads it page by page.
import type { RecordItem } from "../contracts.ts";
import type { Renderer } from "./types.ts";

export const POINT_FIELDS = ["record_id", "municipality_code", "longitude", "latitude", "name", "full_address"] as const;

const numberOrNull = (value: unknown) => (typeof value === "number" ? value : null);
const textOrNull = (value: unknown) => (typeof value === "string" ? value : null);

export function toPoint(item: RecordItem): [string, string, number | null, number | null, string | null, string | null] {
  const { longitude, latitude, name, full_address } = item.record;
  return [item.record_id, item.municipality_code, numberOrNull(longitude), numberOrNull(latitude), textOrNull(name), textOrNull(full_address)];
}

export const points: Renderer = {
  mediaType: "application/json; charset=utf-8",
  extension: "json",
  page: (items, { total, next_cursor, next_url }) =>
    ({ fields: POINT_FIELDS, points: items.map(toPoint), count: items.length, total, next_cursor, next_url }),
};
