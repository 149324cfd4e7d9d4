// Request and response shapes of the /api/v1 routes, as zod values; route JSON Schemas derive from these.
import { z } from "zod";
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
export function routeSchema(schema: z.ZodType, io: "input" | "output" = "output") {
  const { $schema: _drop, ...rest } = toJsonSchema(schema, io, "draft-07");
  return rest;
}

export function apiError(status: number, type: string, ja: string, en: string, param?: string): ApiError {
  return { ok: false, success: false, status, error: { __type: type, message: en, message_ja: ja, message_en: en, ...(param ? { param } : {}) } };
}

export const notFound = (what_ja: string, what_en: string) => apiError(404, "Not Found Error", `${what_ja}が見つかりません。`, `${what_en} not found.`);
export const badRequest = (param: string, ja: string, en: string) => apiError(400, "Validation Error", ja, en, param);
