// Request and response shapes of the /api/v1 routes, as zod values; route JSON Schemas derive from these.
import * as z from "zod";
import { toJsonSchema } from "../schemas/json-schema.ts";

/** Every /api/v1 error. `error.__type` and `success: false` follow CKAN, so CKAN-minded clients read it too. */
export const ApiError = z.object({
  ok: z.literal(false),
  success: z.literal(false),
  status: z.int(),
  error: z.object({
    __type: z.string(),
    message: z.string(),
    message_ja: z.string(),
    message_en: z.string(),
    param: z.string().optional(),
  }),
}).meta({ id: "ApiError" });
export type ApiError = z.infer<typeof ApiError>;

export const Municipality = z.object({
  code: z.string().regex(/^\d{6}$/),
  name_ja: z.string(),
  name_kana: z.string(),
  name_en: z.string(),
  kind: z.enum(["区", "市", "町", "村"]),
  area: z.enum(["区部", "多摩", "島しょ"]),
}).meta({ id: "Municipality" });
export type Municipality = z.infer<typeof Municipality>;

export const MunicipalityList = z.object({ count: z.int(), items: z.array(Municipality) });
export const MunicipalityParams = z.object({ code: z.string() });
export type MunicipalityParams = z.infer<typeof MunicipalityParams>;

/** JSON Schema (draft-07, fastify's Ajv) of a contract, for a route's `schema`. */
export function routeSchema(schema: z.ZodType, io: "input" | "output" = "output"): Record<string, unknown> {
  const { $schema: _drop, definitions, ...rest } = toJsonSchema(schema, io, "draft-07");
  return inlineDefinitions(rest, (definitions ?? {}) as Record<string, unknown>) as Record<string, unknown>;
}

/** Replaces `#/definitions/X` refs (zod emits them for schemas with a meta id) by their target, so that a route's
 *  schema stands alone: fastify compiles it and @fastify/swagger copies it into OpenAPI without dangling refs. */
function inlineDefinitions(node: unknown, definitions: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineDefinitions(n, definitions));
  if (!node || typeof node !== "object") return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  const target = typeof $ref === "string" && $ref.startsWith("#/definitions/") ? definitions[$ref.slice("#/definitions/".length)] : undefined;
  const out: Record<string, unknown> = target ? { ...(inlineDefinitions(target, definitions) as object) } : ($ref === undefined ? {} : { $ref });
  for (const [k, v] of Object.entries(rest)) out[k] = inlineDefinitions(v, definitions);
  return out;
}

export function apiError(status: number, type: string, ja: string, en: string, param?: string): ApiError {
  return { ok: false, success: false, status, error: { __type: type, message: en, message_ja: ja, message_en: en, ...(param ? { param } : {}) } };
}

export const notFound = (what_ja: string, what_en: string) => apiError(404, "Not Found Error", `${what_ja}が見つかりません。`, `${what_en} not found.`);
export const badRequest = (param: string, ja: string, en: string) => apiError(400, "Validation Error", ja, en, param);

// ---- datasets ----
export const DatasetParams = z.object({ id: z.string() });
export type DatasetParams = z.infer<typeof DatasetParams>;

export const DatasetLinks = z.object({ self: z.string(), records: z.string(), schema: z.string(), csv: z.string(), geojson: z.string(), dcat: z.string() });

export const DatasetSummary = z.object({
  id: z.string(),
  number: z.string(),
  title_ja: z.string(),
  title_en: z.string(),
  description_ja: z.string(),
  description_en: z.string(),
  municipality_count: z.int(),
  municipalities: z.array(z.string()),
  record_count: z.int(),
  last_updated: z.string().nullable(),
  licenses: z.array(z.string()),
  sample: z.boolean(),
  links: DatasetLinks,
}).meta({ id: "DatasetSummary" });
export type DatasetSummary = z.infer<typeof DatasetSummary>;

export const DatasetList = z.object({ count: z.int(), items: z.array(DatasetSummary) });

export const ColumnInfo = z.object({
  key: z.string(),
  ja: z.string(),
  en: z.string(),
  kind: z.string(),
  requirement: z.enum(["required", "recommended", "optional"]),
  aliases: z.array(z.string()),
  description: z.string().optional(),
});
export const DatasetDetail = z.object({ ...DatasetSummary.shape, columns: z.array(ColumnInfo) }).meta({ id: "DatasetDetail" });
export type DatasetDetail = z.infer<typeof DatasetDetail>;

// ---- records ----
export const FORMATS = ["json", "geojson", "csv", "points"] as const;
export type Format = (typeof FORMATS)[number];

/** Control parameters of the records route; every other parameter must be a column key of the dataset. */
export const RecordsQuery = z.looseObject({
  municipality: z.string().optional().meta({ description: "6-digit codes, comma-separated / 団体コード（カンマ区切り）" }),
  q: z.string().optional().meta({ description: "words in name, kana or address, each found however it is spelled: hiragana or katakana, "
    + "full or half width, 一丁目 / 1丁目 / 1-, 2番地 / 2-, ケ / ヶ / が, with or without ー / 名称・カナ・住所の語（ひらがな・カタカナ、全角・半角、丁目・番地の書き方、ケ・ヶ、長音符の有無を問わない）" }),
  bbox: z.string().optional().meta({ description: "minLon,minLat,maxLon,maxLat" }),
  near: z.string().optional().meta({ description: "lat,lon: order by distance / 距離順" }),
  radius: z.number().positive().max(100_000).optional().meta({ description: "metres around near / near からの半径（m）" }),
  limit: z.int().min(1).max(1000).optional().meta({ description: "page size, default 100; csv/geojson without limit export everything" }),
  cursor: z.string().optional().meta({ description: "next_cursor of the previous page" }),
  format: z.enum(FORMATS).optional().meta({ description: "json (default), geojson, csv, or points: compact rows for a map ([record_id, municipality_code, longitude, latitude, name, full_address] per record, paged)" }),
  headers: z.enum(["ja", "en"]).optional().meta({ description: "CSV header row: ja (default) or en keys" }),
});
export type RecordsQuery = z.infer<typeof RecordsQuery>;
/** Reserved names: no canonical column key may use them (a contract test checks it). */
export const RESERVED_PARAMS: readonly string[] = Object.keys(RecordsQuery.shape);

export const RecordItem = z.object({
  record_id: z.string(),
  municipality_code: z.string(),
  municipality_name_ja: z.string().nullable(),
  municipality_name_en: z.string().nullable(),
  dataset_id: z.string(),
  version_id: z.int(),
  source_url: z.string().nullable(),
  license: z.string().nullable(),
  sample: z.boolean(),
  published_at: z.string(),
  distance_m: z.number().optional(),
  record: z.record(z.string(), z.unknown()),
  extra: z.record(z.string(), z.unknown()),
}).meta({ id: "RecordItem" });
export type RecordItem = z.infer<typeof RecordItem>;

export const RecordsPage = z.object({
  items: z.array(RecordItem),
  count: z.int(),
  total: z.int(),
  next_cursor: z.string().nullable(),
  next_url: z.string().nullable(),
});
export type RecordsPage = z.infer<typeof RecordsPage>;

export const RecordParams = z.object({ id: z.string(), record_id: z.string() });
export type RecordParams = z.infer<typeof RecordParams>;

// ---- coverage ----
export const CoverageQuery = z.object({ municipality: z.string().optional() });
export type CoverageQuery = z.infer<typeof CoverageQuery>;
/** no_valid_rows: the file was fetched and read, but no row was valid (nothing published); failed: it could not be fetched or stored */
export const CELL_STATUSES = ["published", "with_errors", "no_valid_rows", "failed", "missing"] as const;
export const CoverageCell = z.object({
  municipality_code: z.string(),
  dataset_id: z.string(),
  status: z.enum(CELL_STATUSES),
  rows: z.int(),
  valid: z.int(),
  invalid: z.int(),
  valid_share: z.number().min(0).max(1).nullable(),
  last_updated: z.string().nullable(),
  last_harvest: z.string().nullable(),
  last_error: z.string().nullable(),
  sample: z.boolean(),
  version_id: z.int().nullable(),
  /** where the published version came from: the harvested source or an officer's upload; null when nothing is published */
  origin: z.enum(["harvest", "upload"]).nullable(),
});
export type CoverageCell = z.infer<typeof CoverageCell>;
export const Coverage = z.object({
  datasets: z.array(z.object({ id: z.string(), title_ja: z.string(), title_en: z.string() })),
  municipalities: z.array(z.object({ code: z.string(), name_ja: z.string(), name_en: z.string(), area: z.string(), kind: z.string() })),
  cells: z.array(CoverageCell),
  totals: z.object({ published: z.int(), with_errors: z.int(), no_valid_rows: z.int(), failed: z.int(), missing: z.int() }),
});
export type Coverage = z.infer<typeof Coverage>;

// ---- reports ----
export const ReportParams = z.object({ municipality: z.string(), dataset: z.string() });
export type ReportParams = z.infer<typeof ReportParams>;
export const ReportQuery = z.object({ format: z.enum(["json", "csv"]).optional() });
export type ReportQuery = z.infer<typeof ReportQuery>;
export const IssueShape = z.object({
  row: z.int().nullable(),
  field: z.string().nullable(),
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  value: z.string().nullable(),
  /** what the message builds beside the cell (the value a 同上 took, the area coordinates fall outside), on a few codes */
  detail: z.string().optional(),
  message_ja: z.string(),
  message_en: z.string(),
});
export const ReportShape = z.looseObject({
  dataset: z.string().nullable(),
  encoding: z.string().nullable(),
  rows: z.int(),
  valid: z.int(),
  invalid: z.int(),
  header: z.array(z.object({ source: z.string(), field: z.string().nullable(), method: z.enum(["exact", "alias", "fuzzy", "none"]) })),
  issues: z.array(IssueShape),
});
export const StoredReportResponse = z.looseObject({
  ...ReportShape.shape,
  version_id: z.int(),
  created_at: z.string(),
  source_url: z.string().nullable(),
  status: z.enum(["published", "superseded", "not_published"]),
  /** where this version came from: the harvested source or an officer's upload */
  origin: z.enum(["harvest", "upload"]),
});

// ---- runs ----
export const RunShape = z.object({
  id: z.int(),
  trigger: z.string(),
  status: z.string(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
});
export const RunList = z.object({ count: z.int(), items: z.array(RunShape) });
export const RunSourceShape = z.object({
  source_id: z.string(),
  municipality_code: z.string(),
  dataset_id: z.string(),
  status: z.string(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  bytes: z.int().nullable(),
  rows: z.int().nullable(),
  valid: z.int().nullable(),
  invalid: z.int().nullable(),
  error: z.string().nullable(),
  version_id: z.int().nullable(),
});
export const RunDetail = z.object({ ...RunShape.shape, sources: z.array(RunSourceShape) });
export const RunParams = z.object({ id: z.int().min(1) });
export type RunParams = z.infer<typeof RunParams>;
export const RunsQuery = z.object({ limit: z.int().min(1).max(500).optional() });
export type RunsQuery = z.infer<typeof RunsQuery>;

// ---- uploads ----
export const UploadQuery = z.object({
  municipality: z.string().meta({ description: "6-digit code the token is bound to / トークンの団体コード" }),
  dataset: z.string().optional().meta({ description: "dataset id, or auto (default) / データセットID" }),
  dryRun: z.boolean().optional().meta({ description: "true: validate only, publish nothing / 検証のみ" }),
  filename: z.string().optional(),
});
export type UploadQuery = z.infer<typeof UploadQuery>;
export const UploadResult = z.object({
  upload_id: z.int(),
  status: z.enum(["published", "unchanged", "invalid", "failed", "dry_run"]),
  dry_run: z.boolean(),
  published: z.boolean(),
  version_id: z.int().nullable(),
  report: ReportShape,
});
export type UploadResult = z.infer<typeof UploadResult>;

export const UploadLogEntry = z.object({
  id: z.int(),
  token_id: z.int().nullable(),
  municipality_code: z.string(),
  dataset_id: z.string(),
  dry_run: z.boolean(),
  file_name: z.string().nullable(),
  size: z.int(),
  status: z.enum(["valid", "invalid", "published", "unchanged", "rejected", "failed"]),
  version_id: z.int().nullable(),
  created_at: z.string(),
});
export const UploadList = z.object({ count: z.int(), items: z.array(UploadLogEntry) });
export const UploadsQuery = z.object({
  municipality: z.string().optional().meta({ description: "the token's 6-digit code (default) / トークンの団体コード" }),
  limit: z.int().min(1).max(500).optional().meta({ description: "newest first, default 50" }),
});
export type UploadsQuery = z.infer<typeof UploadsQuery>;
export const UploadParams = z.object({ id: z.int().min(1) });
export type UploadParams = z.infer<typeof UploadParams>;
export const UploadDetail = z.object({ ...UploadLogEntry.shape, report: ReportShape.nullable() });
