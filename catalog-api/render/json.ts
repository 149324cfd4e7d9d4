// JSON: the RecordsPage envelope (contract D). Paged only.
import type { Renderer } from "./types.ts";

export const json: Renderer = {
  mediaType: "application/json; charset=utf-8",
  extension: "json",
  page: (items, { total, next_cursor, next_url }) => ({ items, count: items.length, total, next_cursor, next_url }),
};
