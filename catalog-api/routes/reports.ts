import type { FastifyPluginAsync } from "fastify";
import { getDataset } from "../../schemas/index.ts";
import { isValidCode } from "../../schemas/local-government-code.ts";
import { latestReport } from "../../storage/catalog.ts";
import { originOf } from "../../storage/uploads.ts";
import { badRequest, notFound, ReportParams, ReportQuery, routeSchema, StoredReportResponse } from "../contracts.ts";
import { badCodeMessage } from "../records-query.ts";
import { reportCsv } from "../render/report-csv.ts";
import { unknownDataset } from "./datasets.ts";


const reportsRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: ReportParams; Querystring: ReportQuery }>("/reports/:municipality/:dataset", {
    schema: {
      summary: "Latest validation report of a municipality's dataset / 最新の検証レポート",
      description: "format=csv: the issues as CSV (UTF-8 BOM; 行 is the row a spreadsheet shows, データの行 the report's data row). Answers are no-cache (revalidate with the ETag): a publish changes them.",
      tags: ["reports"],
      params: routeSchema(ReportParams),
      querystring: routeSchema(ReportQuery, "input"),
      produces: ["application/json", "text/csv"],
      response: { 200: routeSchema(StoredReportResponse), 400: { $ref: "ApiError#" }, 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const { municipality, dataset: datasetId } = req.params;
    if (!isValidCode(municipality)) {
      const { ja, en } = badCodeMessage(municipality);
      return reply.code(400).send(badRequest("municipality", ja, en));
    }
    const dataset = getDataset(datasetId);
    if (!dataset) return reply.code(404).send(unknownDataset(datasetId));
    const stored = await latestReport(app.db, municipality, dataset.id);
    if (!stored) {
      return reply.code(404).send(notFound(`${municipality} の「${dataset.ja}」の検証レポート`, `Report of ${dataset.id} for ${municipality}`));
    }
    if (req.query.format === "csv") {
      return reply.type("text/csv; charset=utf-8").header("cache-control", "public, no-cache")
        .header("content-disposition", `inline; filename="report-${municipality}-${dataset.id}.csv"`)
        .send(reportCsv(stored.report));
    }
    // a publish replaces the report: clients revalidate (ETag → 304) instead of showing the old one for a minute
    reply.header("cache-control", "public, no-cache");
    return {
      ...stored.report,
      version_id: stored.version_id,
      created_at: stored.created_at,
      source_url: stored.source_url,
      origin: originOf(stored.source_id),
      status: stored.published_version_id === stored.version_id ? "published"
        : stored.published_version_id !== null && stored.published_version_id > stored.version_id ? "superseded" : "not_published",
    };
  });
};

export default reportsRoutes;
