import type { FastifyPluginAsync } from "fastify";
import { getDataset } from "../../schemas/index.ts";
import { datasetJsonSchema } from "../../schemas/json-schema.ts";
import { DatasetParams, routeSchema } from "../contracts.ts";
import { unknownDataset } from "./datasets.ts";

const schemasRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: DatasetParams }>("/schemas/:id", {
    schema: {
      summary: "JSON Schema (2020-12) of a dataset's canonical record / 正規化レコードのJSON Schema",
      tags: ["datasets"],
      params: routeSchema(DatasetParams),
      response: { 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const dataset = getDataset(req.params.id);
    if (!dataset) return reply.code(404).send(unknownDataset(req.params.id));
    const schema = datasetJsonSchema(dataset, `${req.urls.base}/api/v1/schemas/`);
    return reply.type("application/schema+json").send(JSON.stringify(schema));
  });
};

export default schemasRoutes;
