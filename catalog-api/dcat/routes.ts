// DCAT JSON-LD: /catalog.jsonld (paged with hydra, 100 datasets a page, like ckanext-dcat), /dataset/{name}.jsonld
// per (municipality, dataset), and /api/v1/datasets/{id}/dcat per standard dataset. Served as application/ld+json.
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { DATASETS, getDataset } from "../../schemas/index.ts";
import { loadCatalog, type PackageEntry } from "../ckan/packages.ts";
import { apiError, badRequest, notFound } from "../contracts.ts";
import httpCache from "../plugins/http-cache.ts";
import { pairNodes, sharedNodes, standardNodes, toDocument } from "./graph.ts";
import { isoToCkanTime } from "../ckan/solr-time.ts";

const PER_PAGE = 100;
const LD = "application/ld+json";

const sendLd = (reply: FastifyReply, doc: unknown) => reply.type(LD).send(JSON.stringify(doc));

const dcatRoutes: FastifyPluginAsync = async (app) => {
  await app.register(httpCache, { maxAge: app.config.maxAge });

  app.get<{ Querystring: { page?: string; modified_since?: string } }>("/catalog.jsonld", {
    config: { rateLimit: app.config.rateLimit },
    schema: {
      summary: "DCAT catalog (JSON-LD), 100 datasets a page / DCATカタログ",
      tags: ["dcat"],
      querystring: { type: "object", properties: { page: { type: "string" }, modified_since: { type: "string" } } },
      produces: [LD],
    },
  }, async (req, reply) => {
    const page = req.query.page === undefined ? 1 : Number(req.query.page);
    if (!Number.isInteger(page) || page < 1) {
      return reply.code(400).send(badRequest("page", `page は1以上の整数です（「${req.query.page}」）。`, `page must be an integer ≥ 1, not "${req.query.page}".`));
    }
    const since = req.query.modified_since;
    // compared as instants: 2026-12-06T06:00:00+09:00 is 2026-12-05T21:00:00Z; a date without a zone is UTC (CKAN's form)
    const sinceTime = since === undefined ? undefined : isoToCkanTime(since);
    if (sinceTime === null) {
      return reply.code(400).send(badRequest("modified_since",
        `modified_since「${since}」はISO 8601の日時ではありません（例: 2026-01-01T00:00:00Z、2026-01-01T09:00:00+09:00、2026-01-01）。`,
        `modified_since "${since}" is not an ISO 8601 date-time (e.g. 2026-01-01T00:00:00Z, 2026-01-01T09:00:00+09:00, 2026-01-01).`));
    }
    const urls = req.urls;
    const catalog = await loadCatalog(app.db, urls);
    const pairs = catalog.packages.map((e) => e.pair);
    const entries = catalog.packages
      .filter((e) => sinceTime === undefined || e.pkg.metadata_modified >= sinceTime)
      .sort((a, b) => (a.pair.modified < b.pair.modified ? 1 : a.pair.modified > b.pair.modified ? -1 : a.pkg.name < b.pkg.name ? -1 : 1));
    // the standard datasets first, then every (municipality, dataset), newest first
    type Item = { kind: "standard"; id: string } | { kind: "pair"; entry: PackageEntry };
    const items: Item[] = [
      ...(since === undefined ? DATASETS.map((d) => ({ kind: "standard" as const, id: d.id })) : []),
      ...entries.map((entry) => ({ kind: "pair" as const, entry })),
    ];
    const onPage = items.slice((page - 1) * PER_PAGE, page * PER_PAGE);
    const ids = onPage.map((i) => (i.kind === "standard" ? urls.dataset(i.id) : urls.ckanDataset(i.entry.pkg.name)));
    const modified = pairs.reduce<string | null>((a, p) => (a === null || p.modified > a ? p.modified : a), null);
    const nodes = [
      {
        "@id": `${urls.base}/catalog`, "@type": "dcat:Catalog",
        "dct:title": [{ "@value": "東京都 自治体標準オープンデータ統合カタログ", "@language": "ja" }, { "@value": "Tokyo municipal standard open data hub", "@language": "en" }],
        "dct:description": [{ "@value": "都内62区市町村の自治体標準オープンデータセットを統一スキーマで提供する。", "@language": "ja" },
          { "@value": "The municipal standard open data sets of all 62 municipalities of Tokyo, in one schema per dataset.", "@language": "en" }],
        "dct:publisher": { "@id": urls.organization("odh") }, "foaf:homepage": { "@id": `${urls.base}/` },
        "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/JPN" },
        ...(modified ? { "dct:modified": { "@value": modified.replace(/(\.\d{3})\d*$/, "$1"), "@type": "xsd:dateTime" } } : {}),
        "dcat:dataset": ids.map((id) => ({ "@id": id })),
        "dcat:service": [{ "@id": `${urls.base}/api/v1/` }, { "@id": urls.ckanAction("") }],
      },
      { "@id": `${urls.base}/`, "@type": "foaf:Document" },
      ...sharedNodes(urls),
      ...onPage.flatMap((i) => {
        if (i.kind === "pair") return pairNodes(i.entry, urls);
        const dataset = getDataset(i.id)!;
        const parts = catalog.packages.filter((e) => e.dataset.id === i.id).map((e) => urls.ckanDataset(e.pkg.name));
        return standardNodes(dataset, pairs, parts, urls);
      }),
      { "@id": urls.ckanAction(""), "dcat:servesDataset": catalog.packages.map((e) => ({ "@id": urls.ckanDataset(e.pkg.name) })) },
      { "@id": `${urls.base}/api/v1/`, "dcat:servesDataset": DATASETS.map((d) => ({ "@id": urls.dataset(d.id) })) },
    ];
    if (items.length > 0) {
      const last = Math.max(1, Math.ceil(items.length / PER_PAGE));
      const link = (n: number) => urls.catalog({ modified_since: since, page: n });
      nodes.push({
        "@id": link(page), "@type": "hydra:PagedCollection",
        "hydra:totalItems": { "@value": String(items.length), "@type": "xsd:integer" },
        "hydra:itemsPerPage": { "@value": String(PER_PAGE), "@type": "xsd:integer" },
        "hydra:first": link(1), "hydra:firstPage": link(1), "hydra:last": link(last), "hydra:lastPage": link(last),
        ...(page < last ? { "hydra:next": link(page + 1), "hydra:nextPage": link(page + 1) } : {}),
        ...(page > 1 ? { "hydra:previous": link(page - 1), "hydra:previousPage": link(page - 1) } : {}),
      } as never);
    }
    return sendLd(reply, await toDocument(nodes));
  });

  app.get<{ Params: { file: string } }>("/dataset/:file", {
    config: { rateLimit: app.config.rateLimit },
    schema: {
      summary: "One municipality's dataset as DCAT JSON-LD: /dataset/t131041-aed.jsonld / 区市町村別データセットのDCAT",
      tags: ["dcat"],
      params: { type: "object", properties: { file: { type: "string" } }, required: ["file"] },
      produces: [LD],
    },
  }, async (req, reply) => {
    const m = /^(.+)\.jsonld$/.exec(req.params.file);
    const entry = m ? (await loadCatalog(app.db, req.urls)).packageByKey(m[1]!) : undefined;
    if (!entry) return reply.code(404).send(notFound(`データセット「${req.params.file}」`, `Dataset "${req.params.file}"`));
    return sendLd(reply, await toDocument(pairNodes(entry, req.urls)));
  });

  app.get<{ Params: { id: string } }>("/api/v1/datasets/:id/dcat", {
    config: { rateLimit: app.config.rateLimit },
    schema: {
      summary: "A standard dataset across municipalities as DCAT JSON-LD / 標準データセットのDCAT",
      tags: ["dcat"],
      params: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      produces: [LD],
    },
  }, async (req, reply) => {
    const dataset = getDataset(req.params.id);
    if (!dataset) {
      return reply.code(404).send(apiError(404, "Not Found Error", `データセット「${req.params.id}」が見つかりません。`, `Dataset "${req.params.id}" not found.`));
    }
    const catalog = await loadCatalog(app.db, req.urls);
    const parts = catalog.packages.filter((e) => e.dataset.id === dataset.id);
    const nodes = [
      ...standardNodes(dataset, parts.map((e) => e.pair), parts.map((e) => req.urls.ckanDataset(e.pkg.name)), req.urls),
      ...parts.flatMap((e) => pairNodes(e, req.urls)),
      ...sharedNodes(req.urls),
    ];
    return sendLd(reply, await toDocument(nodes));
  });
};

export default dcatRoutes;
