// The only call to z.toJSONSchema: records, routes and OpenAPI all take their JSON Schema from here.
import * as z from "zod";
import type { Dataset } from "./dataset.ts";

export type JsonSchema = Record<string, unknown>;

export function toJsonSchema(schema: z.ZodType, io: "input" | "output" = "output", target: "draft-2020-12" | "draft-07" = "draft-2020-12"): JsonSchema {
  return z.toJSONSchema(schema, { target, io, unrepresentable: "throw" }) as JsonSchema;
}

const cache = new Map<string, JsonSchema>();

/** JSON Schema (2020-12) of a dataset's canonical record, with `$id` and titles in Japanese and English. */
export function datasetJsonSchema(dataset: Dataset, baseUrl = "https://tokyo-opendata-hub.example/api/v1/schemas/"): JsonSchema {
  const cached = cache.get(dataset.id + baseUrl);
  if (cached) return cached;
  const schema = { $id: `${baseUrl}${dataset.id}`, ...toJsonSchema(dataset.record), title: dataset.ja, description: dataset.en };
  cache.set(dataset.id + baseUrl, schema);
  return schema;
}
