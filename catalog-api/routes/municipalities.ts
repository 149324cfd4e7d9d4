import type { FastifyPluginAsync } from "fastify";
import { getMunicipality, listMunicipalities } from "../../storage/municipalities.ts";
import { badRequest, Municipality, MunicipalityList, MunicipalityParams, notFound, routeSchema } from "../contracts.ts";

const municipalitiesRoutes: FastifyPluginAsync = async (app) => {
  app.get("/municipalities", {
    schema: {
      summary: "The 62 municipalities of Tokyo / 東京都の62区市町村",
      tags: ["municipalities"],
      response: { 200: routeSchema(MunicipalityList) },
    },
  }, async () => {
    const items = await listMunicipalities(app.db);
    return { count: items.length, items };
  });

  app.get<{ Params: MunicipalityParams }>("/municipalities/:code", {
    schema: {
      summary: "One municipality by its 6-digit local government code / 団体コードで1件",
      tags: ["municipalities"],
      params: routeSchema(MunicipalityParams),
      response: { 200: routeSchema(Municipality), 400: { $ref: "ApiError#" }, 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const { code } = req.params;
    if (!/^\d{6}$/.test(code)) {
      return reply.code(400).send(badRequest("code",
        `団体コード「${code}」は6桁の数字ではありません（例: 131041）。`,
        `Municipality code "${code}" is not 6 digits (e.g. 131041).`));
    }
    const found = await getMunicipality(app.db, code);
    return found ?? reply.code(404).send(notFound(`団体コード ${code} の区市町村`, `Municipality ${code}`));
  });
};

export default municipalitiesRoutes;
