import type { FastifyPluginAsync } from "fastify";
import { DATASETS, getDataset } from "../../schemas/index.ts";
import { listPublished } from "../../storage/catalog.ts";
import { allSummaries, datasetDetail } from "../catalog.ts";
import { DatasetDetail, DatasetList, DatasetParams, notFound, routeSchema } from "../contracts.ts";

export const unknownDataset = (id: string) => notFound(`データセット「${id}」`, `Dataset "${id}"`);
export const DATASET_ID_HINT = DATASETS.map((d) => d.id).join(", ");

const datasetsRoutes: FastifyPluginAsync = async (app) => {
  app.get("/datasets", {
    schema: {
      summary: "Standard datasets with what is published / 標準データセット一覧と公開状況",
      tags: ["datasets"],
      response: { 200: routeSchema(DatasetList) },
    },
  }, async (req) => {
    const items = allSummaries(await listPublished(app.db), req.urls);
    return { count: items.length, items };
  });

  app.get<{ Params: DatasetParams }>("/datasets/:id", {
    schema: {
      summary: "One dataset: summary and columns / データセット1件（項目定義つき）",
      tags: ["datasets"],
      params: routeSchema(DatasetParams),
      response: { 200: routeSchema(DatasetDetail), 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const dataset = getDataset(req.params.id);
    if (!dataset) return reply.code(404).send(unknownDataset(req.params.id));
    return datasetDetail(dataset, await listPublished(app.db, { dataset: dataset.id }), req.urls);
  });
};

export default datasetsRoutes;
