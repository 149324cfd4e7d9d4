import { Readable } from "node:stream";
import type { FastifyPluginAsync } from "fastify";
import { getDataset } from "../../schemas/index.ts";
import type { Dataset } from "../../schemas/dataset.ts";
import { analyzeWhenChanged, countRecords, currentPublishedState, findRecords, getRecord, streamRecords, type RecordFilter, type StoredRecord } from "../../storage/records.ts";
import { badRequest, DatasetParams, notFound, RecordItem, RecordParams, RecordsPage, RecordsQuery, routeSchema } from "../contracts.ts";
import { notModified, weakEtag } from "../plugins/http-cache.ts";
import { decodeCursor, encodeCursor, parseRecordsFilter } from "../records-query.ts";
import { pickFormat, RENDERERS } from "../render/index.ts";
import { toItem } from "../render/item.ts";
import { ResponseCache } from "../response-cache.ts";
import { unknownDataset } from "./datasets.ts";

const DEFAULT_LIMIT = 100;

async function* items(dataset: Dataset, batches: AsyncIterable<StoredRecord[]>) {
  for await (const batch of batches) yield batch.map((r) => toItem(dataset, r));
}

const recordsRoutes: FastifyPluginAsync = async (app) => {
  const rateLimit = app.config.rateLimit;
  const cache = new ResponseCache(app.config.responseCacheBytes);

  app.get<{ Params: DatasetParams; Querystring: RecordsQuery }>("/datasets/:id/records", {
    config: { rateLimit },
    schema: {
      summary: "Records of a dataset across municipalities / データセットのレコード（区市町村横断）",
      description: "Filters: municipality, q, bbox, near+radius and any column key (`name=…`). JSON pages with an opaque cursor; "
        + "format=geojson|csv (or Accept) — without limit, csv and geojson export every matching record. "
        + "format=points: one compact row per record for maps ([record_id, municipality_code, longitude, latitude, name, full_address]), paged like JSON.",
      tags: ["records"],
      params: routeSchema(DatasetParams),
      querystring: routeSchema(RecordsQuery, "input"),
      produces: ["application/json", "application/geo+json", "text/csv"],
      response: { 200: routeSchema(RecordsPage), 400: { $ref: "ApiError#" }, 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const dataset = getDataset(req.params.id);
    if (!dataset) return reply.code(404).send(unknownDataset(req.params.id));
    const parsed = parseRecordsFilter(dataset, req.query);
    if (!parsed.ok) return reply.code(400).send(badRequest(parsed.error.param, parsed.error.ja, parsed.error.en));
    const filter: RecordFilter = parsed.value;
    const format = pickFormat(req.query.format, req.headers.accept);
    const renderer = RENDERERS[format];
    const headers = req.query.headers ?? "ja";

    // What is published for the dataset right now (one small read; none on an embedded database that saw no write since).
    // Every answer below is a function of it and of the request, so it keys the ETag (304 without any records query)
    // and the cache of rendered pages.
    const { state, all } = await currentPublishedState(app.db, dataset.id);
    analyzeWhenChanged(app.db, all);
    reply.header("vary", "accept");

    // A download: csv/geojson without limit or cursor is the whole matching set, streamed.
    if (renderer.stream && req.query.limit === undefined && req.query.cursor === undefined) {
      if (notModified(req, reply, weakEtag(`${format}\n${req.url}\n${state}`))) return reply;
      // English keys are another file than the standard's Japanese headers: its own name, so a browser keeps both
      const variant = format === "csv" && headers === "en" ? "-en" : "";
      reply.type(renderer.mediaType)
        .header("content-disposition", `inline; filename="${dataset.id}${variant}.${renderer.extension}"`);
      return reply.send(Readable.from(renderer.stream(items(dataset, streamRecords(app.db, filter)), { dataset, headers })));
    }

    // pages hold absolute links, so the base URL is part of the key
    const key = `${format}\n${req.urls.base}${req.url}\n${state}`;
    if (notModified(req, reply, weakEtag(key))) return reply;
    const hit = cache.get(key);
    if (hit) {
      if (hit.link) reply.header("link", hit.link);
      return reply.type(hit.type).send(hit.body);
    }

    let after = null;
    if (req.query.cursor !== undefined) {
      const cursor = decodeCursor(req.query.cursor, filter.near !== undefined);
      if (!cursor.ok) return reply.code(400).send(badRequest(cursor.error.param, cursor.error.ja, cursor.error.en));
      after = cursor.value;
    }
    const limit = req.query.limit ?? DEFAULT_LIMIT;
    const [page, total] = await Promise.all([findRecords(app.db, filter, { limit, after }), countRecords(app.db, filter)]);
    const next_cursor = page.next ? encodeCursor(page.next) : null;
    const next_url = next_cursor
      // the format chosen from Accept goes into the link too: a client that follows it with another tool keeps its format
      ? req.urls.records(dataset.id, { ...(req.query as Record<string, string>), ...(format !== "json" ? { format } : {}), limit, cursor: next_cursor })
      : null;
    const link = next_url ? `<${next_url}>; rel="next"` : null;
    if (link) reply.header("link", link);
    const rendered = renderer.page(page.rows.map((r) => toItem(dataset, r)), { dataset, headers, total, next_cursor, next_url });
    // bytes, once: a cached page is sent as is, never re-encoded
    const body = Buffer.from(typeof rendered === "string" ? rendered : JSON.stringify(rendered));
    if (cache.maxBytes > 0) cache.set(key, { body, type: renderer.mediaType, link });
    return reply.type(renderer.mediaType).send(body);
  });

  app.get<{ Params: RecordParams }>("/datasets/:id/records/:record_id", {
    schema: {
      summary: "One record by record_id / レコード1件",
      tags: ["records"],
      params: routeSchema(RecordParams),
      response: { 200: routeSchema(RecordItem), 404: { $ref: "ApiError#" } },
    },
  }, async (req, reply) => {
    const dataset = getDataset(req.params.id);
    if (!dataset) return reply.code(404).send(unknownDataset(req.params.id));
    const found = await getRecord(app.db, dataset.id, req.params.record_id);
    return found ? toItem(dataset, found)
      : reply.code(404).send(notFound(`レコード「${req.params.record_id}」`, `Record "${req.params.record_id}"`));
  });
};

export default recordsRoutes;
