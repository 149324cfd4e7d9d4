import type { FastifyPluginAsync } from "fastify";
import { DATASETS } from "../../schemas/index.ts";
import { listLastAttempts, listPublished } from "../../storage/catalog.ts";
import { getMunicipality, listMunicipalities } from "../../storage/municipalities.ts";
import { Coverage, CoverageQuery, notFound, routeSchema } from "../contracts.ts";
import { buildCoverage } from "../coverage.ts";
import { badRequest } from "../contracts.ts";

const coverageRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: CoverageQuery }>("/coverage", {
    config: { rateLimit: app.config.rateLimit },
    schema: {
      summary: "62 municipalities × datasets: what is published, with errors, failed or missing / 公開状況の一覧",
      tags: ["coverage"],
      querystring: routeSchema(CoverageQuery, "input"),
      response: { 200: routeSchema(Coverage), 400: { $ref: "ApiError#" }, 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const code = req.query.municipality;
    if (code !== undefined) {
      // the shape only: a code that names no municipality is a 404 below
      if (!/^\d{6}$/.test(code.trim())) {
        return reply.code(400).send(badRequest("municipality", `団体コード「${code}」は6桁の数字1つで指定してください（例: 131041）。`,
          `Give one 6-digit municipality code, not "${code}" (e.g. 131041).`));
      }
    }
    const municipalities = code === undefined ? await listMunicipalities(app.db) : [await getMunicipality(app.db, code)].filter((m) => !!m);
    if (code !== undefined && municipalities.length === 0) {
      return reply.code(404).send(notFound(`団体コード ${code} の区市町村`, `Municipality ${code}`));
    }
    const [published, attempts] = await Promise.all([listPublished(app.db, { municipality: code }), listLastAttempts(app.db, code)]);
    reply.header("cache-control", "public, no-cache");   // a publish changes it: revalidate with the ETag
    return buildCoverage(DATASETS, municipalities, published, attempts);
  });
};

export default coverageRoutes;
