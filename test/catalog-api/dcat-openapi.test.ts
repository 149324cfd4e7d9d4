import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { ApiError } from "../../catalog-api/contracts.ts";
import { DATASETS } from "../../schemas/index.ts";
import { listen, openTestDb, type TestDb } from "../helpers.ts";
import { DCAT, RDF_TYPE, triples } from "./rdf.ts";
import { seedStandard } from "./seed.ts";

describe("DCAT JSON-LD and OpenAPI over HTTP", () => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    t = await openTestDb();
    await seedStandard(t.db);
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it("/catalog.jsonld is a dcat:Catalog of every standard dataset and every published pair, offline-parsable", async () => {
    const res = await fetch(`${base}/catalog.jsonld`);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const doc = await res.json();
    expect(doc["@context"]).toMatchObject({ dcat: DCAT, dct: "http://purl.org/dc/terms/" });
    const all = await triples(doc);
    const datasets = all.filter(([, p, o]) => p === `<${RDF_TYPE}>` && o === `<${DCAT}Dataset>`).map(([s]) => s);
    expect(datasets.sort()).toEqual([
      ...DATASETS.map((d) => `<${base}/api/v1/datasets/${d.id}>`), `<${base}/dataset/t131016-aed>`, `<${base}/dataset/t131041-aed>`,
    ].sort());
    const catalog = all.filter(([, p, o]) => p === `<${RDF_TYPE}>` && o === `<${DCAT}Catalog>`);
    expect(catalog).toHaveLength(1);
    const dists = all.filter(([s, p]) => s === `<${base}/dataset/t131041-aed>` && p === `<${DCAT}distribution>`).map(([, , o]) => o);
    expect(dists).toHaveLength(2);
    for (const d of dists) {
      expect(all.find(([s, p]) => s === d && p === `<${DCAT}downloadURL>`)?.[2]).toMatch(new RegExp(`^<${base}/api/v1/datasets/aed/records\\?municipality=131041&format=(csv|geojson)>$`));
      expect(all.find(([s, p]) => s === d && p === `<${DCAT}mediaType>`)?.[2]).toMatch(/^<https:\/\/www\.iana\.org\/assignments\/media-types\//);
    }
  });

  it("pages the catalog with hydra when it grows past 100 datasets", async () => {
    const doc = await (await fetch(`${base}/catalog.jsonld?page=1`)).json();
    const hydra = doc["@graph"].find((n: { "@type"?: string }) => n["@type"] === "hydra:PagedCollection");
    expect(hydra).toMatchObject({ "hydra:totalItems": { "@value": String(DATASETS.length + 2) }, "hydra:first": `${base}/catalog.jsonld?page=1` });
    expect(hydra["hydra:next"]).toBeUndefined();
  });

  // ckanext-dcat reads page as int(page or 1) and answers anything else with a 409 (its ValidationError)
  it.each(["0", "-1", "abc", "1.5", "2x", "1e2"])("page=%s is refused with a 409 Validation Error, as ckanext-dcat does", async (page) => {
    const res = await fetch(`${base}/catalog.ttl?page=${page}`);
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(ApiError.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ status: 409, error: {
      __type: "Validation Error", param: "page",
      message_ja: `page「${page}」はページ番号ではありません。1から始まる整数で指定してください（例: ${base}/catalog.ttl?page=1）。`,
      message_en: `Page param must be a positive integer starting in 1, not "${page}" (e.g. ${base}/catalog.ttl?page=1).`,
    } });
  });

  it("profiles: a DCAT-AP profile of ckanext-dcat is the one document; another is refused with a 409, as ckanext-dcat refuses an unknown one", async () => {
    const plain = await (await fetch(`${base}/catalog.ttl`)).text();
    for (const profiles of ["euro_dcat_ap_3", "euro_dcat_ap_2", "euro_dcat_ap,euro_dcat_ap_3", ""]) {
      const res = await fetch(`${base}/catalog.ttl?profiles=${profiles}`);
      expect([profiles, res.status]).toEqual([profiles, 200]);
      expect(await res.text()).toBe(plain);
    }
    const res = await fetch(`${base}/catalog.jsonld?profiles=euro_dcat_ap_2,schemaorg,my_ap`);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(ApiError.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ status: 409, error: {
      __type: "Validation Error", param: "profiles",
      message_ja: "RDFプロファイル schemaorg, my_ap には対応していません。このサイトが出せるのは DCAT-AP（euro_dcat_ap_3, euro_dcat_ap_2, euro_dcat_ap）です。",
      message_en: "Unknown RDF profiles: schemaorg, my_ap. This site writes DCAT-AP (euro_dcat_ap_3, euro_dcat_ap_2, euro_dcat_ap).",
    } });
    // a dataset's document reads the parameter as ckanext-dcat's dataset endpoint does
    const catalog = await (await fetch(`${base}/catalog.jsonld`)).json();
    const dataset = (catalog["@graph"] as Array<Record<string, unknown>>).find((n) => n["@type"] === "dcat:Dataset" && String(n["@id"]).includes("/dataset/t"));
    expect(dataset).toBeDefined();
    const iri = String(dataset?.["@id"]);
    expect((await fetch(`${iri}.ttl?profiles=euro_dcat_ap_2`)).status).toBe(200);
    expect((await fetch(`${iri}.ttl?profiles=schemaorg`)).status).toBe(409);
  });

  it("an empty page is page 1, and a page past the end is an empty page whose previous is the last page (ckanext-dcat)", async () => {
    const pageOf = async (query: string) => {
      const res = await fetch(`${base}/catalog.jsonld${query}`);
      expect(res.status).toBe(200);
      const graph = (await res.json())["@graph"] as Array<Record<string, unknown>>;
      const catalog = graph.find((n) => n["@type"] === "dcat:Catalog")!;
      const hydra = graph.find((n) => n["@type"] === "hydra:PagedCollection")!;
      return { datasets: [catalog["dcat:dataset"] ?? []].flat().length, self: hydra["@id"], previous: hydra["hydra:previous"], next: hydra["hydra:next"] };
    };
    const first = { datasets: DATASETS.length + 2, self: `${base}/catalog.jsonld?page=1`, previous: undefined, next: undefined };
    expect(await pageOf("?page=")).toEqual(first);
    expect(await pageOf("?page=%20%2B01%20")).toEqual(first);
    const past = { datasets: 0, self: `${base}/catalog.jsonld?page=3`, previous: `${base}/catalog.jsonld?page=1`, next: undefined };
    expect(await pageOf("?page=3")).toEqual(past);
    expect(await pageOf(`?page=${encodeURIComponent("３")}`)).toEqual(past);
  });

  it("q and fq narrow the catalog as package_search would (ckanext-dcat), and stay in the page links", async () => {
    const datasetsOf = async (query: string) => {
      const res = await fetch(`${base}/catalog.ttl?${query}`);
      expect(res.status).toBe(200);
      const doc = await (await fetch(`${base}/catalog.jsonld?${query}`)).json();
      const catalog = doc["@graph"].find((n: { "@type"?: string }) => n["@type"] === "dcat:Catalog");
      const hydra = doc["@graph"].find((n: { "@type"?: string }) => n["@type"] === "hydra:PagedCollection");
      const listed = [catalog["dcat:dataset"] ?? []].flat() as Array<{ "@id": string }>;   // one item is written without its array
      return { ids: listed.map((d) => d["@id"]), first: hydra?.["hydra:first"] };
    };
    const one = await datasetsOf(`fq=${encodeURIComponent("organization:t131041")}`);
    expect(one.ids).toEqual([`${base}/dataset/t131041-aed`]);
    expect(one.first).toBe(`${base}/catalog.jsonld?fq=organization%3At131041&page=1`);
    expect((await datasetsOf(`q=${encodeURIComponent("千代田区")}`)).ids).toEqual([`${base}/dataset/t131016-aed`]);
    expect((await datasetsOf(`q=AED&fq=${encodeURIComponent("-organization:t131016")}`)).ids).toEqual([`${base}/dataset/t131041-aed`]);
    expect((await datasetsOf(`q=${encodeURIComponent("AED (")}&fq=${encodeURIComponent("-organization:t131016")}`)).ids).toEqual([`${base}/dataset/t131041-aed`]);
    expect((await datasetsOf("fq=")).ids).toHaveLength(DATASETS.length + 2);
  });

  // ckanext-dcat hands q and fq to package_search and lets its SearchError escape (CKAN's bare 500 page); the same query
  // sent to package_search is a 409 Search Error, and so it is here, for every RDF format
  it.each([
    ["fq", "organization:(t131041", "missing \")\""],
    ["fq", "nosuchfield:x", "undefined field nosuchfield"],
    ["q", "title:AED~2", "fuzzy"],
    ["fq", "metadata_modified:[yesterday TO *]", "Invalid Date String"],
  ])("%s=%s Solr would refuse is a 409 Search Error, as package_search answers it", async (param, query, reason) => {
    const search = await fetch(`${base}/api/3/action/package_search?${param}=${encodeURIComponent(query)}`);
    expect(search.status).toBe(409);
    expect((await search.json()).error.__type).toBe("Search Error");
    for (const format of ["jsonld", "ttl", "rdf", "xml", "n3"]) {
      const res = await fetch(`${base}/catalog.${format}?${param}=${encodeURIComponent(query)}`);
      expect([format, res.status, res.headers.get("content-type")]).toEqual([format, 409, "application/json; charset=utf-8"]);
      const body = await res.json();
      expect(ApiError.safeParse(body).success).toBe(true);
      expect(body).toMatchObject({ status: 409, error: {
        __type: "Search Error", param,
        message_ja: expect.stringMatching(/^q・fq はCKANの package_search と同じSolrの書き方です（例: fq=organization:t131041、q=AED）。読めませんでした: Search error: /),
        message_en: expect.stringContaining(reason),
      } });
    }
  });

  it("modified_since compares instants whatever the offset, and refuses a date it cannot read", async () => {
    const count = async (since: string) => {
      const res = await fetch(`${base}/catalog.jsonld?modified_since=${encodeURIComponent(since)}`);
      expect(res.status).toBe(200);
      const graph = (await res.json())["@graph"] as Array<{ "@type"?: string; "hydra:totalItems"?: { "@value": string } }>;
      return Number(graph.find((n) => n["@type"] === "hydra:PagedCollection")?.["hydra:totalItems"]?.["@value"] ?? 0);
    };
    const pkg = (await (await fetch(`${base}/api/3/action/package_show?id=t131041-aed`)).json()).result;
    const utc = new Date(`${pkg.metadata_modified.slice(0, 23)}Z`);
    const jst = new Date(utc.getTime() + 9 * 3_600_000).toISOString().slice(0, 23) + "+09:00";
    expect(await count(`${utc.toISOString()}`)).toBeGreaterThan(0);
    expect(await count(jst)).toBe(await count(utc.toISOString()));
    expect(await count("2999-01-01T09:00:00+09:00")).toBe(0);
    for (const bad of ["2026-12-05garbage", "2026-02-30", "yesterday"]) {
      const res = await fetch(`${base}/catalog.jsonld?modified_since=${bad}`);
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ status: 409, error: { __type: "Validation Error", param: "modified_since", message_ja: expect.stringContaining("ISO 8601") } });
    }
  });

  it("RDF/XML: /catalog.rdf and .xml, and Accept: application/rdf+xml on the IRIs and /dcat, as ckanext-dcat serves it", async () => {
    for (const path of ["/catalog.rdf", "/catalog.xml", "/dataset/t131041-aed.xml", "/organization/t131041.rdf", "/api/v1/datasets/aed/dcat?format=xml"]) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status, res.headers.get("content-type")]).toEqual([path, 200, "application/rdf+xml; charset=utf-8"]);
      const xml = await res.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF')).toBe(true);
      expect(xml).toContain('xmlns:dct="http://purl.org/dc/terms/"');
    }
    const rdfXml = { headers: { accept: "application/rdf+xml" }, redirect: "manual" } as const;
    const to = async (path: string) => { const r = await fetch(`${base}${path}`, rdfXml); return [r.status, r.headers.get("location")]; };
    expect(await to("/dataset/t131041-aed")).toEqual([303, `${base}/dataset/t131041-aed.rdf`]);
    expect(await to("/organization/t131041")).toEqual([303, `${base}/organization/t131041.rdf`]);
    expect(await to("/catalog")).toEqual([303, `${base}/catalog.rdf`]);
    expect(await to("/api/v1/datasets/aed")).toEqual([303, `${base}/api/v1/datasets/aed/dcat?format=rdf`]);
    expect((await fetch(`${base}/api/v1/datasets/aed/dcat`, rdfXml)).headers.get("content-type")).toBe("application/rdf+xml; charset=utf-8");
    expect((await fetch(`${base}/dataset/t131041-aed.trig`)).status).toBe(404);
  });

  it("N3: /catalog.n3, /dataset/{name}.n3 and Accept: text/n3, as ckanext-dcat serves it: the Turtle's triples as text/n3", async () => {
    for (const [n3, ttl] of [["/catalog.n3", "/catalog.ttl"], ["/dataset/t131041-aed.n3", "/dataset/t131041-aed.ttl"], ["/organization/t131041.n3", "/organization/t131041.ttl"]]) {
      const res = await fetch(`${base}${n3}`);
      expect([n3, res.status, res.headers.get("content-type")]).toEqual([n3, 200, "text/n3; charset=utf-8"]);
      const body = await res.text();
      expect(body.length).toBeGreaterThan(100);
      // the catalog page names its own document in hydra's links
      expect(body.replaceAll("/catalog.n3", "/catalog.ttl")).toBe(await (await fetch(`${base}${ttl}`)).text());
    }
    const n3Accept = { headers: { accept: "text/n3" }, redirect: "manual" } as const;
    expect((await fetch(`${base}/dataset/t131041-aed`, n3Accept)).headers.get("location")).toBe(`${base}/dataset/t131041-aed.n3`);
    expect((await fetch(`${base}/api/v1/datasets/aed/dcat`, n3Accept)).headers.get("content-type")).toBe("text/n3; charset=utf-8");
  });

  it("/dataset/{name}.jsonld and /api/v1/datasets/{id}/dcat describe one dataset", async () => {
    const one = await (await fetch(`${base}/dataset/t131041-aed.jsonld`)).json();
    const ds = one["@graph"].find((n: { "@id": string }) => n["@id"] === `${base}/dataset/t131041-aed`);
    expect(ds).toMatchObject({ "@type": "dcat:Dataset", "dct:identifier": "t131041-aed",       "dct:title": [{ "@language": "ja", "@value": "新宿区 AED設置箇所一覧" }, { "@language": "en", "@value": "Shinjuku: AED locations" }],
      "dct:spatial": { "@id": `${base}/municipality/131041` }, "dct:isPartOf": { "@id": `${base}/api/v1/datasets/aed` } });
    // harvesters that show one language (data.europa.eu picks by language tag) find both a Japanese and an English description
    expect(ds["dct:description"].map((d: { "@language": string }) => d["@language"])).toEqual(["ja", "en"]);
    expect(ds["dct:description"][1]["@value"]).toContain("Published by Shinjuku (municipality code 131041)");
    const csv = one["@graph"].find((n: { "@id": string }) => n["@id"] === ds["dcat:distribution"][0]["@id"]);
    expect(csv["dct:title"]).toEqual([{ "@language": "ja", "@value": "新宿区 AED設置箇所一覧 (CSV)" }, { "@language": "en", "@value": "Shinjuku: AED locations (CSV)" }]);
    expect((await fetch(`${base}/dataset/t131059-aed.jsonld`)).status).toBe(404);
    const std = await (await fetch(`${base}/api/v1/datasets/aed/dcat`)).json();
    const node = std["@graph"].find((n: { "@id": string }) => n["@id"] === `${base}/api/v1/datasets/aed`);
    expect(node["dct:hasPart"]).toEqual([{ "@id": `${base}/dataset/t131016-aed` }, { "@id": `${base}/dataset/t131041-aed` }]);
    expect((await triples(std)).length).toBeGreaterThan(50);
  });

  it("/openapi.json is OpenAPI 3.1 covering every /api/v1 route, and /docs serves Swagger UI", async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      "/api/v1/municipalities", "/api/v1/municipalities/{code}", "/api/v1/datasets", "/api/v1/datasets/{id}", "/api/v1/datasets/{id}/records",
      "/api/v1/datasets/{id}/records/{record_id}", "/api/v1/schemas/{id}", "/api/v1/coverage", "/api/v1/reports/{municipality}/{dataset}",
      "/api/v1/runs", "/api/v1/runs/{id}", "/api/3/action/{name}", "/catalog.jsonld", "/api/v1/datasets/{id}/dcat",
    ]));
    const records = doc.paths["/api/v1/datasets/{id}/records"].get;
    expect(records.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["municipality", "q", "bbox", "near", "radius", "limit", "cursor", "format"]));
    expect(JSON.stringify(doc)).not.toContain("#/definitions/");
    const ui = await fetch(`${base}/docs/`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain("swagger");
  });

  it("every /api/v1 error answers in the ApiError shape", async () => {
    for (const path of ["/api/v1/nothing", "/api/v1/datasets/x", "/api/v1/datasets/aed/records?limit=-1", "/api/v1/runs/x", "/api/v1/municipalities/1"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(ApiError.safeParse(await res.json()).success).toBe(true);
    }
  });
});
