// GeoJSON (RFC 7946): a FeatureCollection of Points [lon, lat]; records without coordinates have geometry null.
import type { RecordItem } from "../contracts.ts";
import type { Renderer } from "./types.ts";

export function toFeature(item: RecordItem) {
  const { latitude, longitude } = item.record;
  const geometry = typeof latitude === "number" && typeof longitude === "number"
    ? { type: "Point", coordinates: [longitude, latitude] } : null;
  return {
    type: "Feature",
    id: item.record_id,
    geometry,
    properties: {
      record_id: item.record_id,
      municipality_code: item.municipality_code,
      ...item.record,
      // where the record came from, as in JSON; odh_ keys never clash with a column key (open_data_list has `license`)
      odh_source_url: item.source_url,
      odh_license: item.license,
      odh_version_id: item.version_id,
      odh_published_at: item.published_at,
      odh_sample: item.sample,
      ...(item.distance_m !== undefined ? { distance_m: item.distance_m } : {}),
    },
  };
}

export const geojson: Renderer = {
  mediaType: "application/geo+json",
  extension: "geojson",
  // next_cursor/next_url/total are foreign members (RFC 7946 §6.1): GeoJSON readers ignore them.
  page: (items, { total, next_cursor, next_url }) =>
    JSON.stringify({ type: "FeatureCollection", features: items.map(toFeature), total, next_cursor, next_url }),
  async *stream(batches) {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const batch of batches) {
      const text = batch.map((item) => JSON.stringify(toFeature(item))).join(",");
      yield first ? text : `,${text}`;
      first = false;
    }
    yield "]}";
  },
};
