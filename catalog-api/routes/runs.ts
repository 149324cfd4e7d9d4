import type { FastifyPluginAsync } from "fastify";
import { getRun, listRuns } from "../../storage/catalog.ts";
import { notFound, routeSchema, RunDetail, RunList, RunParams, RunsQuery } from "../contracts.ts";

const runsRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: RunsQuery }>("/runs", {
    schema: {
      summary: "Harvest and upload runs, newest first / 取り込み実行の履歴",
      tags: ["runs"],
      querystring: routeSchema(RunsQuery, "input"),
      response: { 200: routeSchema(RunList), 400: { $ref: "ApiError#" } },
    },
  }, async (req) => {
    const items = await listRuns(app.db, req.query.limit ?? 50);
    return { count: items.length, items };
  });

  app.get<{ Params: RunParams }>("/runs/:id", {
    schema: {
      summary: "One run and the outcome of each source / 実行1件と各ソースの結果",
      tags: ["runs"],
      params: routeSchema(RunParams, "input"),
      response: { 200: routeSchema(RunDetail), 400: { $ref: "ApiError#" }, 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const run = await getRun(app.db, req.params.id);
    return run ?? reply.code(404).send(notFound(`実行 ${req.params.id}`, `Run ${req.params.id}`));
  });
};

export default runsRoutes;
