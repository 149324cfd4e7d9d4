// The shape of an output format; render/index.ts holds the table keyed by `format`.
import type { Dataset } from "../../schemas/dataset.ts";
import type { RecordItem } from "../contracts.ts";

export interface PageInfo {
  dataset: Dataset;
  /** CSV header row: official Japanese names or canonical keys */
  headers: "ja" | "en";
  total: number;
  next_cursor: string | null;
  next_url: string | null;
}

export interface Renderer {
  mediaType: string;
  /** file extension for Content-Disposition of full exports */
  extension: string;
  /** one page; an object is serialized by the route's response schema, a string is sent as is */
  page(items: RecordItem[], info: PageInfo): object | string;
  /** a whole export, chunk by chunk; absent = this format is paged only */
  stream?(batches: AsyncIterable<RecordItem[]>, info: Omit<PageInfo, "total" | "next_cursor" | "next_url">): AsyncIterable<string>;
}
