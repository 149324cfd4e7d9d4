// The app is a plugin tree, registered explicitly and in order: shared schemas, infrastructure,
// route groups under their prefixes, then the static portal.
import path from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from "fastify";
import fastifyStatic from "@fastify/static";
import "@fastify/swagger";
import type { Db } from "../storage/db.ts";
import { ApiError, apiError, routeSchema } from "./contracts.ts";
import storePlugin from "./plugins/store.ts";
import municipalitiesRoutes from "./routes/municipalities.ts";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PORTAL_DIR = path.join(ROOT, "portal");
/** Leaflet from npm, served locally: the portal works with no internet. */
const LEAFLET_DIR = path.join(ROOT, "node_modules", "leaflet", "dist");

export interface AppOptions {
  db: Db;
  logger?: FastifyServerOptions["logger"];
}

export async function buildApp({ db, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, ajv: { customOptions: { coerceTypes: "array", allErrors: false } } });

  app.addSchema({ $id: "ApiError", ...routeSchema(ApiError) });
  await app.register(storePlugin, { db });

  app.get("/healthz", async () => {
    await app.db.query("select 1");
    return { ok: true };
  });

  await app.register(async (v1) => {
    v1.setErrorHandler((err: FastifyError, req, reply) => {
      if (err.validation) {
        const param = String(err.validation[0]?.instancePath?.replace(/^\//, "") || err.validation[0]?.params?.missingProperty || err.validationContext || "");
        return reply.code(400).send(apiError(400, "Validation Error",
          `パラメータ ${param} が正しくありません: ${err.message}`, `Bad parameter ${param}: ${err.message}`, param));
      }
      req.log.error(err);
      const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
      return reply.code(status).send(apiError(status, status === 500 ? "Internal Error" : "Error",
        status === 500 ? "サーバー内部でエラーが発生しました。" : err.message,
        status === 500 ? "Internal server error." : err.message));
    });
    v1.setNotFoundHandler((req, reply) =>
      reply.code(404).send(apiError(404, "Not Found Error", `${req.url} は存在しません。`, `${req.url} does not exist.`)));
    await v1.register(municipalitiesRoutes);
  }, { prefix: "/api/v1" });

  await app.register(fastifyStatic, { root: PORTAL_DIR, prefix: "/", index: ["index.html"] });
  await app.register(fastifyStatic, { root: LEAFLET_DIR, prefix: "/vendor/leaflet/", decorateReply: false });
  return app;
}
