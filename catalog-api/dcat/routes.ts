// DCAT, like ckanext-dcat: /catalog.{jsonld,ttl,rdf,xml,n3} (paged with hydra, 100 datasets a page),
// /dataset/{name}.{jsonld,ttl,rdf,xml,n3} per (municipality, dataset), /organization/{name}.{…} per publisher, and /api/v1/datasets/{id}/dcat per
// standard dataset. Every IRI the documents mint under our base resolves: the things' IRIs answer 303 (see-other.ts).
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { getDataset } from "../../schemas/index.ts";
import { getMunicipality } from "../../storage/municipalities.ts";
import { CkanError } from "../ckan/envelope.ts";
import { type CkanPackage, loadCatalog, type PackageEntry } from "../ckan/packages.ts";
import { compileQuery, compileSearchQ } from "../ckan/search.ts";
import { isoToCkanTime } from "../ckan/solr-time.ts";
import { apiError } from "../contracts.ts";
import { negotiate } from "../negotiate.ts";
import httpCache from "../plugins/http-cache.ts";
import { orgName, type RdfFormat, type Urls } from "../urls.ts";
import { RDF_FORMAT_NAMES, RDF_MEDIA_TYPES, sendGraph } from "./document.ts";
import { parsePage } from "./page-param.ts";
import { DCAT_AP_PROFILES, unofferedProfiles } from "./profiles-param.ts";
import { catalogNodes, pairNodes, publisherDocumentNodes, sharedNodes, standardNodes } from "./graph.ts";
import { type Documents, rdfDocuments, seeOther } from "./see-other.ts";

const RDF_FORMATS = Object.keys(RDF_MEDIA_TYPES) as RdfFormat[];
const produces = [...new Set(Object.values(RDF_MEDIA_TYPES))];
const FORMAT_BY_MEDIA_TYPE = RDF_FORMATS.map((f) => [RDF_MEDIA_TYPES[f], f] as const);

/** `t131041-aed.ttl` → the name and the document format; a bare name is the thing's IRI. */
function splitFormat(file: string): { name: string; format: RdfFormat | null } {
  const dot = file.lastIndexOf(".");
  const ext = file.slice(dot + 1);
  return dot > 0 && (RDF_FORMATS as string[]).includes(ext) ? { name: file.slice(0, dot), format: ext as RdfFormat } : { name: file, format: null };
}

const notFoundHere = (ja: string, en: string) => apiError(404, "Not Found Error", ja, en);
const unknownPackage = (name: string, urls: Urls) => notFoundHere(
  `データセット「${name}」は公開されていません。公開中の名前（例: t131041-aed）は ${urls.ckanAction("package_list")} にあります。`,
  `No published dataset is named "${name}". The published names (e.g. t131041-aed) are listed at ${urls.ckanAction("package_list")}.`);
const unknownPublisher = (name: string) => notFoundHere(
  `組織「${name}」はありません。組織名は t と6桁の全国地方公共団体コード（例: t131041）、またはこのサイト自身の odh です。`,
  `There is no organization "${name}". Organizations are named t plus the 6-digit municipality code (e.g. t131041), or odh for this site.`);
const unknownPlace = (code: string) => notFoundHere(
  `団体コード「${code}」は東京都の区市町村ではありません（6桁、検査数字つき。例: /municipality/131041）。`,
  `"${code}" is not the code of a Tokyo municipality (6 digits with check digit, e.g. /municipality/131041).`);

/** ckanext-dcat passes q and fq to package_search: the same reader here, so /catalog.ttl?fq=organization:t131041 is one
 *  municipality's catalog, not the whole one. Nothing given, nothing filtered. */
function searchFilter(q: string | undefined, fq: string | undefined): ((pkg: CkanPackage) => boolean) | undefined {
  if (!q?.trim() && !fq?.trim()) return undefined;
  const tests = [compileSearchQ(q), compileQuery(fq)];
  return (pkg) => tests.every((t) => t(pkg));
}

/** ckanext-dcat answers a bad page or date (a ValidationError) with 409, as CKAN answers a ValidationError. */
const conflict = (param: string, ja: string, en: string) => apiError(409, "Validation Error", ja, en, param);
const unknownProfiles = (profiles: string[]) => conflict("profiles",
  `RDFプロファイル ${profiles.join(", ")} には対応していません。このサイトが出せるのは DCAT-AP（${DCAT_AP_PROFILES.join(", ")}）です。`,
  `Unknown RDF profiles: ${profiles.join(", ")}. This site writes DCAT-AP (${DCAT_AP_PROFILES.join(", ")}).`);
const badPage = (page: string, first: string) => conflict("page",
  `page「${page}」はページ番号ではありません。1から始まる整数で指定してください（例: ${first}）。`,
  `Page param must be a positive integer starting in 1, not "${page}" (e.g. ${first}).`);

/** A q or fq package_search refuses: ckanext-dcat lets package_search's SearchError escape its catalog view, which CKAN
 *  turns into a bare 500 page; this answers what package_search itself answers for the same query (a 409 Search Error),
 *  a client's mistake, not the server's. */
const unreadableSearch = (err: CkanError, param: "q" | "fq") => apiError(err.status, err.type,
  `q・fq はCKANの package_search と同じSolrの書き方です（例: fq=organization:t131041、q=AED）。読めませんでした: ${err.message}`,
  `q and fq take package_search's Solr syntax (e.g. fq=organization:t131041, q=AED). Could not read them: ${err.message}`, param);

const tryCompile = (q: string) => { try { compileSearchQ(q); return true; } catch { return false; } };

const byName = { type: "object", properties: { file: { type: "string" } }, required: ["file"] } as const;

const dcatRoutes: FastifyPluginAsync = async (app) => {
  await app.register(httpCache, { maxAge: app.config.maxAge });
  const config = { rateLimit: app.config.rateLimit };
  const catalogOf = (req: FastifyRequest) => loadCatalog(app.db, req.urls);

  for (const format of RDF_FORMATS) {
    app.get<{ Querystring: { page?: string; modified_since?: string; q?: string; fq?: string; profiles?: string } }>(`/catalog.${format}`, {
      config,
      schema: {
        summary: `DCAT catalog (${RDF_FORMAT_NAMES[format]}), 100 datasets a page / DCATカタログ`,
        tags: ["dcat"],
        querystring: { type: "object", properties: { page: { type: "string" }, modified_since: { type: "string" }, q: { type: "string" }, fq: { type: "string" }, profiles: { type: "string" } } },
        produces: [RDF_MEDIA_TYPES[format]],
      },
    }, async (req, reply) => {
      const unoffered = unofferedProfiles(req.query.profiles);
      if (unoffered.length > 0) return reply.code(409).send(unknownProfiles(unoffered));
      const parsed = parsePage(req.query.page);
      if (!parsed.ok) return reply.code(409).send(badPage(req.query.page ?? "", req.urls.catalog({ page: 1 }, format)));
      const { page } = parsed;
      const since = req.query.modified_since;
      // compared as instants: 2026-12-06T06:00:00+09:00 is 2026-12-05T21:00:00Z; a date without a zone is UTC (CKAN's form)
      const sinceTime = since === undefined ? undefined : isoToCkanTime(since);
      if (sinceTime === null) {
        return reply.code(409).send(conflict("modified_since",
          `modified_since「${since}」はISO 8601の日時ではありません（例: 2026-01-01T00:00:00Z、2026-01-01T09:00:00+09:00、2026-01-01）。`,
          `modified_since "${since}" is not an ISO 8601 date-time (e.g. 2026-01-01T00:00:00Z, 2026-01-01T09:00:00+09:00, 2026-01-01).`));
      }
      const { q, fq } = req.query;
      let matches: ((pkg: CkanPackage) => boolean) | undefined;
      try {
        matches = searchFilter(q, fq);
      } catch (err) {
        if (!(err instanceof CkanError)) throw err;
        return reply.code(err.status).send(unreadableSearch(err, q === undefined || tryCompile(q) ? "fq" : "q"));
      }
      return sendGraph(reply, catalogNodes(await catalogOf(req), { page, since, sinceTime, q, fq, matches }, req.urls, format), format);
    });
  }

  app.get("/catalog", {
    config,
    schema: { summary: "The catalog's IRI: 303 to /catalog.jsonld, /catalog.ttl or the portal, by Accept / カタログのIRI", tags: ["dcat"] },
  }, async (req, reply) => seeOther(req, reply, {
    ...rdfDocuments((f) => req.urls.catalog({}, f)), html: req.urls.portal(""),
    json: `${req.urls.base}/api/v1/datasets`,
  }));

  app.get<{ Params: { file: string }; Querystring: { profiles?: string } }>("/dataset/:file", {
    config,
    schema: {
      summary: "One municipality's dataset: /dataset/t131041-aed.jsonld, .ttl, .rdf, .xml or .n3; its IRI /dataset/t131041-aed answers 303 by Accept "
        + "/ 区市町村別データセットのDCAT",
      tags: ["dcat"], params: byName, querystring: { type: "object", properties: { profiles: { type: "string" } } }, produces,
    },
  }, async (req, reply) => {
    const unoffered = unofferedProfiles(req.query.profiles);
    if (unoffered.length > 0) return reply.code(409).send(unknownProfiles(unoffered));
    const { name, format } = splitFormat(req.params.file);
    const entry = (await catalogOf(req)).packageByKey(name);
    if (!entry) return reply.code(404).send(unknownPackage(name, req.urls));
    if (format) return sendGraph(reply, pairNodes(entry, req.urls), format);
    return seeOther(req, reply, { ...packageDocuments(req.urls, entry), json: req.urls.ckanAction("package_show", { id: entry.pkg.name }) });
  });

  app.get<{ Params: { name: string; id: string } }>("/dataset/:name/resource/:id", {
    config,
    schema: {
      summary: "A distribution's IRI: 303 to its dataset's DCAT document, portal page or resource_show, by Accept / 配布のIRI",
      tags: ["dcat"],
      params: { type: "object", properties: { name: { type: "string" }, id: { type: "string" } }, required: ["name", "id"] },
    },
  }, async (req, reply) => {
    const catalog = await catalogOf(req);
    const entry = catalog.packageByKey(req.params.name);
    if (!entry) return reply.code(404).send(unknownPackage(req.params.name, req.urls));
    const hit = catalog.resourceById(req.params.id);
    if (hit?.entry !== entry) {
      return reply.code(404).send(notFoundHere(
        `データセット「${entry.pkg.name}」に配布「${req.params.id}」はありません。配布の一覧は ${req.urls.ckanAction("package_show", { id: entry.pkg.name })} の resources にあります。`,
        `Dataset "${entry.pkg.name}" has no distribution "${req.params.id}". Its distributions are the resources of ${req.urls.ckanAction("package_show", { id: entry.pkg.name })}.`));
    }
    return seeOther(req, reply, { ...packageDocuments(req.urls, entry), json: req.urls.ckanAction("resource_show", { id: req.params.id }) });
  });

  app.get<{ Params: { file: string } }>("/organization/:file", {
    config,
    schema: {
      summary: "A publisher: /organization/t131041.jsonld, .ttl, .rdf, .xml or .n3 (odh: this site); its IRI answers 303 by Accept / 公開者のDCAT",
      tags: ["dcat"], params: byName, produces,
    },
  }, async (req, reply) => {
    const { name, format } = splitFormat(req.params.file);
    const code = /^t(\d{6})$/.exec(name)?.[1];
    const municipality = name === "odh" ? "odh" : code ? await getMunicipality(app.db, code) : undefined;
    if (!municipality) return reply.code(404).send(unknownPublisher(name));
    if (format) return sendGraph(reply, publisherDocumentNodes(await catalogOf(req), municipality, req.urls), format);
    const rdf = publisherDocuments(req.urls, name);
    return seeOther(req, reply, municipality === "odh" ? { ...rdf, html: req.urls.portal("") }
      : { ...rdf, html: req.urls.portal("municipality.html", { code }), json: req.urls.ckanAction("organization_show", { id: name }) });
  });

  app.get<{ Params: { code: string } }>("/municipality/:code", {
    config,
    schema: {
      summary: "A municipality as a place (dct:spatial): 303 to its publisher's DCAT document, portal page or API JSON, by Accept / 区市町村（場所）のIRI",
      tags: ["dcat"], params: { type: "object", properties: { code: { type: "string" } }, required: ["code"] },
    },
  }, async (req, reply) => {
    const { code } = req.params;
    if (!(await getMunicipality(app.db, code))) return reply.code(404).send(unknownPlace(code));
    return seeOther(req, reply, {
      ...publisherDocuments(req.urls, orgName(code)), html: req.urls.portal("municipality.html", { code }), json: req.urls.municipality(code),
    });
  });

  // the two dcat:DataService IRIs are the APIs' roots: the catalog describes them, OpenAPI and /docs document them
  for (const service of ["/api/v1/", "/api/3/action/"]) {
    app.get(service, {
      schema: { summary: `The ${service} data service's IRI: 303 to the DCAT catalog, /docs or /openapi.json, by Accept`, tags: ["dcat"] },
    }, async (req, reply) => seeOther(req, reply, {
      ...rdfDocuments((f) => req.urls.catalog({}, f)), html: `${req.urls.base}/docs/`,
      json: req.urls.openapi(),
    }));
  }

  app.get<{ Params: { id: string }; Querystring: { format?: RdfFormat } }>("/api/v1/datasets/:id/dcat", {
    config,
    schema: {
      summary: "A standard dataset across municipalities as DCAT: JSON-LD, Turtle with format=ttl (or Accept: text/turtle), RDF/XML with "
        + "format=rdf (or Accept: application/rdf+xml), N3 with format=n3 / 標準データセットのDCAT",
      tags: ["dcat"],
      params: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      querystring: { type: "object", properties: { format: { type: "string", enum: RDF_FORMATS } } },
      produces,
    },
  }, async (req, reply) => {
    const dataset = getDataset(req.params.id);
    if (!dataset) {
      return reply.code(404).send(apiError(404, "Not Found Error", `データセット「${req.params.id}」が見つかりません。`, `Dataset "${req.params.id}" not found.`));
    }
    const format = req.query.format ?? negotiate(req.headers.accept, FORMAT_BY_MEDIA_TYPE, "jsonld");
    const parts = (await catalogOf(req)).packages.filter((e) => e.dataset.id === dataset.id);
    const nodes = [
      ...standardNodes(dataset, parts.map((e) => e.pair), parts.map((e) => req.urls.ckanDataset(e.pkg.name)), req.urls),
      ...parts.flatMap((e) => pairNodes(e, req.urls)),
      ...sharedNodes(req.urls),
    ];
    return sendGraph(reply.header("vary", "accept"), nodes, format);
  });
};

/** A (municipality, dataset) and its distributions are described by the dataset's document and portal page. */
const packageDocuments = (urls: Urls, { pkg, dataset, municipality }: PackageEntry): Documents => ({
  ...rdfDocuments((f) => urls.ckanDatasetDocument(pkg.name, f)),
  html: urls.portal("dataset.html", { id: dataset.id, municipality: municipality.code }),
});

const publisherDocuments = (urls: Urls, name: string): Documents =>
  rdfDocuments((f) => urls.organizationDocument(name, f));

export default dcatRoutes;
