// Output formats of the records route, keyed by `format` (and chosen from Accept when format is absent; points, a
// format of this API's own, only by name).
import type { Format } from "../contracts.ts";
import { negotiate } from "../negotiate.ts";
import { csv } from "./csv.ts";
import { geojson } from "./geojson.ts";
import { json } from "./json.ts";
import { points } from "./points.ts";
import type { Renderer } from "./types.ts";

export const RENDERERS: Record<Format, Renderer> = { json, geojson, csv, points };

const MEDIA_TYPES: Array<[string, Format]> = [["application/json", "json"], ["application/geo+json", "geojson"], ["text/csv", "csv"]];

/** `format` wins; else the served type Accept prefers (negotiate.ts); else JSON. */
export function pickFormat(format: Format | undefined, accept: string | undefined): Format {
  return format ?? negotiate(accept, MEDIA_TYPES, "json");
}
