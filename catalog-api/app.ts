// The app is a plugin tree, registered explicitly and in order: shared schemas, infrastructure (config, store,
// CORS, rate limits, OpenAPI), route groups under their prefixes, then the static portal.
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from "fastify";
import fastifyCors from "@fastify/cors";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import type { Db } from "../storage/db.ts";
import { projectPath } from "../storage/project-root.ts";
import ckanRoutes, { ckanVersionRoutes } from "./ckan/routes.ts";
import { ApiError, apiError, badRequest, routeSchema } from "./contracts.ts";
import dcatRoutes from "./dcat/routes.ts";
import openapiPlugin from "./openapi.ts";
import configPlugin, { type ApiConfig, DEFAULT_CONFIG } from "./plugins/config.ts";
import { nulMessage, paramWithNul } from "./nul.ts";
import httpCache from "./plugins/http-cache.ts";
import storePlugin from "./plugins/store.ts";
import coverageRoutes from "./routes/coverage.ts";
import datasetsRoutes from "./routes/datasets.ts";
import municipalitiesRoutes from "./routes/municipalities.ts";
import recordsRoutes from "./routes/records.ts";
import reportsRoutes from "./routes/reports.ts";
import runsRoutes from "./routes/runs.ts";
import schemasRoutes from "./routes/schemas.ts";
import uploadsRoutes from "./routes/uploads.ts";

export const PORTAL_DIR = projectPath("portal");
/** Leaflet from npm, served locally: the portal works with no internet. */
const LEAFLET_DIR = projectPath("node_modules", "leaflet", "dist");

export interface AppOptions extends Partial<ApiConfig> {
  db: Db;
  logger?: FastifyServerOptions["logger"];
}

/** Per-request lines ("incoming request", "request completed") at debug: a terminal running the hub is no access
 *  log. Errors keep their levels. */
class RequestLinesAtDebug extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, "incoming request");
  }
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) super.requestCompleted(error, request, reply);
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, "request completed");
  }
}

/** The bilingual ApiError for any error thrown inside /api/v1 (validation, body too large, rate limit, bugs). */
/** A byte count as people read it: 20 MB, 4 KB. */
export function sizeText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = bytes / 1024;
  return kb >= 1 ? `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB` : `${bytes} bytes`;
}

type SchemaError = NonNullable<FastifyError["validation"]>[number] & { parentSchema?: { minimum?: number; maximum?: number; enum?: unknown[] } };

/** A failed route schema as the hand-written errors read: Japanese first, the allowed values or range, the fix. */
function validationError(first: SchemaError | undefined, fallback: string): ApiError {
  const param = String(first?.instancePath?.replace(/^\//, "") || first?.params?.missingProperty || "");
  const value = (first as { data?: unknown } | undefined)?.data;
  const shown = typeof value === "string" || typeof value === "number" ? `「${value}」` : "";
  const shownEn = typeof value === "string" || typeof value === "number" ? ` "${value}"` : "";
  const schema = first?.parentSchema ?? {};
  const fail = (ja: string, en: string) => apiError(400, "Validation Error", ja, en, param);
  if (Array.isArray(value) && first?.keyword === "type") {
    return param === "municipality"
      ? fail("municipality は1回だけ指定し、複数の団体コードはカンマで区切ってください（例: municipality=131041,131032）。",
        "Give municipality once, with several codes separated by commas (e.g. municipality=131041,131032).")
      : fail(`パラメータ ${param} は1回だけ指定してください。`, `Give parameter ${param} once.`);
  }
  switch (first?.keyword) {
    case "enum": {
      const allowed = (schema.enum ?? (first.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(", ");
      return fail(`パラメータ ${param}${shown} は使えません。使えるのは ${allowed} です。`, `Parameter ${param}${shownEn} is not allowed; use one of ${allowed}.`);
    }
    case "minimum": case "maximum": case "exclusiveMinimum": case "exclusiveMaximum": case "type": {
      const integer = (schema as { type?: string }).type === "integer";
      const what = integer ? "整数" : "数値";
      const whatEn = integer ? "an integer" : "a number";
      const { minimum: lo, maximum: hi, exclusiveMinimum: above } = schema as { minimum?: number; maximum?: number; exclusiveMinimum?: number };
      const bounds = [lo !== undefined ? `${lo} 以上` : above !== undefined ? `${above} より大きく` : "", hi !== undefined ? `${hi} 以下` : ""].filter(Boolean);
      const boundsEn = [lo !== undefined ? `at least ${lo}` : above !== undefined ? `greater than ${above}` : "", hi !== undefined ? `at most ${hi}` : ""].filter(Boolean);
      return fail(`パラメータ ${param} は${bounds.length ? `${bounds.join("")}の` : ""}${what}で指定してください${shown ? `（${shown}）` : ""}。`,
        `Parameter ${param} must be ${whatEn}${boundsEn.length ? ` ${boundsEn.join(" and ")}` : ""}${shownEn ? `, not${shownEn}` : ""}.`);
    }
    default:
      return fail(`パラメータ ${param} が正しくありません${shown ? `（${shown}）` : ""}。`, `Bad parameter ${param}: ${fallback}`);
  }
}

function v1Error(err: FastifyError, uploadLimit: number): ApiError {
  if (err.validation) return validationError(err.validation[0] as SchemaError | undefined, err.message);
  const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
  if (status === 413) {
    const limit = sizeText(uploadLimit);
    return apiError(413, "Payload Too Large", `ファイルが大きすぎます（上限 ${limit}）。アップロードはデータセット全体を置き換えるため、ファイルを分けて送ると最後の1つしか残りません。`
      + "不要な列や空行を除いても上限を超える場合は、管理者に連絡して、上限を上げてもらうか、ファイルの公開URLから自動収集するよう設定してもらってください。",
      `The file is too large (limit ${limit}). An upload replaces the whole dataset, so sending it in parts would keep only the last part.`
      + " If it is still too large without unused columns or blank rows, ask the administrator to raise the limit or to harvest the file from its public URL.");
  }
  if (status === 429) {
    return apiError(429, "Too Many Requests", `リクエストが多すぎます。${err.message}`, `Too many requests. ${err.message}`);
  }
  if (status === 415) {
    return apiError(415, "Unsupported Media Type", `この形式の本文は受け付けません（${err.message}）。`, `Unsupported body: ${err.message}`);
  }
  if (status >= 500) return apiError(status, "Internal Error", "サーバー内部でエラーが発生しました。", "Internal server error.");
  return apiError(status, "Error", err.message, err.message);
}

export async function buildApp({ db, logger = false, ...options }: AppOptions): Promise<FastifyInstance> {
  const config: ApiConfig = { ...DEFAULT_CONFIG, ...options };
  const app = Fastify({ logger, logController: new RequestLinesAtDebug(), ajv: { customOptions: { coerceTypes: "array", allErrors: false, verbose: true } } });

  app.addSchema({ $id: "ApiError", ...routeSchema(ApiError) });
  await app.register(configPlugin, config);
  await app.register(storePlugin, { db });
  // Open data: any origin may read, and may POST to CKAN actions and uploads with a token (no cookies involved).
  await app.register(fastifyCors, { origin: "*", methods: ["GET", "HEAD", "POST", "OPTIONS"], exposedHeaders: ["etag", "link"] });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, message: `Retry in ${ctx.after}.` }),
  });
  await app.register(openapiPlugin);

  app.get("/healthz", { schema: { hide: true } }, async () => {
    await app.db.query("select 1");
    return { ok: true };
  });

  await app.register(async (v1) => {
    v1.setErrorHandler((err: FastifyError, req, reply) => {
      const body = v1Error(err, config.uploadLimitBytes);
      if (body.status >= 500) req.log.error(err);
      return reply.code(body.status).send(body);
    });
    // a catch-all route, not only a not-found handler: the portal's static wildcard would otherwise answer in HTML
    const unknownPath = (req: FastifyRequest, reply: FastifyReply) =>
      reply.code(404).send(apiError(404, "Not Found Error", `${req.url} は存在しません。`, `${req.url} does not exist.`));
    v1.addHook("preValidation", async (req, reply) => {
      const param = paramWithNul(req.params) ?? paramWithNul(req.query);
      if (param === undefined) return;
      const { ja, en } = nulMessage(param);
      return reply.code(400).send(badRequest(param, ja, en));
    });
    v1.setNotFoundHandler(unknownPath);
    v1.all("/*", { schema: { hide: true } }, unknownPath);
    await v1.register(httpCache, { maxAge: config.maxAge });
    await v1.register(municipalitiesRoutes);
    await v1.register(datasetsRoutes);
    await v1.register(recordsRoutes);
    await v1.register(schemasRoutes);
    await v1.register(coverageRoutes);
    await v1.register(reportsRoutes);
    await v1.register(runsRoutes);
    await v1.register(uploadsRoutes);
  }, { prefix: "/api/v1" });

  await app.register(ckanRoutes, { prefix: "/api/3/action" });
  await app.register(ckanRoutes, { prefix: "/api/action" });
  await app.register(ckanVersionRoutes);
  await app.register(dcatRoutes);


  await app.register(fastifyStatic, { root: PORTAL_DIR, prefix: "/", index: ["index.html"] });
  await app.register(fastifyStatic, { root: LEAFLET_DIR, prefix: "/vendor/leaflet/", decorateReply: false });
  return app;
}
