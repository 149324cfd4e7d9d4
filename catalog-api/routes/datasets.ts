import type { FastifyPluginAsync } from "fastify";
import { DATASETS, getDataset } from "../../schemas/index.ts";
import { listPublished } from "../../storage/catalog.ts";
import { allSummaries, datasetDetail } from "../catalog.ts";
import { DatasetDetail, DatasetList, DatasetParams, notFound, routeSchema } from "../contracts.ts";
import { RDF_MEDIA_TYPES } from "../dcat/document.ts";
import { negotiate } from "../negotiate.ts";

export const unknownDataset = (id: string) => notFound(`データセット「${id}」`, `Dataset "${id}"`);
/** This route's JSON, or (303) the dataset's DCAT document: its URL is also the standard dataset's IRI in DCAT. */
const JSON_OR_RDF = [["application/json", "json"], [RDF_MEDIA_TYPES.jsonld, "jsonld"], [RDF_MEDIA_TYPES.ttl, "ttl"], [RDF_MEDIA_TYPES.rdf, "rdf"], [RDF_MEDIA_TYPES.n3, "n3"]] as const;

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
      description: "Accept: application/ld+json, text/turtle, application/rdf+xml or text/n3 answers 303 to the dataset's DCAT (/api/v1/datasets/{id}/dcat).",
      tags: ["datasets"],
      params: routeSchema(DatasetParams),
      response: { 200: routeSchema(DatasetDetail), 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const dataset = getDataset(req.params.id);
    if (!dataset) return reply.code(404).send(unknownDataset(req.params.id));
    reply.header("vary", "accept");
    const wanted = negotiate(req.headers.accept, JSON_OR_RDF, "json");
    if (wanted !== "json") return reply.redirect(req.urls.datasetDcat(dataset.id, wanted), 303);
    return datasetDetail(dataset, await listPublished(app.db, { dataset: dataset.id }), req.urls);
  });
};

export default datasetsRoutes;
