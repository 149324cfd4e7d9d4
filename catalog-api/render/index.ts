// Output formats of the records route, keyed by `format` (and chosen from Accept when format is absent).
import type { Format } from "../contracts.ts";
import { csv } from "./csv.ts";
import { geojson } from "./geojson.ts";
import { json } from "./json.ts";
import type { Renderer } from "./types.ts";

export const RENDERERS: Record<Format, Renderer> = { json, geojson, csv };

const BY_MEDIA_TYPE: Array<[RegExp, Format]> = [
  [/application\/geo\+json/i, "geojson"],
  [/text\/csv/i, "csv"],
  [/application\/json/i, "json"],
];

/** `format` wins; else the first media type of Accept we serve; else JSON. */
export function pickFormat(format: Format | undefined, accept: string | undefined): Format {
  if (format) return format;
  for (const part of (accept ?? "").split(",")) {
    const hit = BY_MEDIA_TYPE.find(([re]) => re.test(part));
    if (hit) return hit[1];
  }
  return "json";
}
