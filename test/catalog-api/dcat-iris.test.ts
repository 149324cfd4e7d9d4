// Every IRI our DCAT mints under our base dereferences, over real HTTP, as a harvester follows them: things answer
// 303 to a document about them (JSON-LD, Turtle, the portal page or API JSON, by Accept); a bad name is a 404 ApiError.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { ApiError } from "../../catalog-api/contracts.ts";
import { DATASETS } from "../../schemas/index.ts";
import { listen, openTestDb, type TestDb } from "../helpers.ts";
import { crawl, type Crawl, parseNTriples, triples } from "./rdf.ts";
import { seedStandard } from "./seed.ts";

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
/** Types of information resources: documents that answer 200 themselves (the portal, JSON Schemas). */
const DOCUMENT_TYPES = new Set(["http://xmlns.com/foaf/0.1/Document", "http://purl.org/dc/terms/Standard", "http://www.w3.org/ns/hydra/core#PagedCollection"]);

describe("the IRIs of the DCAT output resolve", () => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let walk: Crawl;
  let resources: string[];

  const get = (path: string, accept?: string, method = "GET") =>
    fetch(path.startsWith("http") ? path : `${base}${path}`, { method, redirect: "manual", headers: accept ? { accept } : {} });
  /** The IRIs the output names things by: typed, under our base, not documents. */
  const things = () => [...walk.typed].filter(([iri, types]) => iri.startsWith(`${base}/`) && ![...types].some((x) => DOCUMENT_TYPES.has(x))).map(([iri]) => iri);

  beforeAll(async () => {
    t = await openTestDb();
    await seedStandard(t.db);
    app = await buildApp({ db: t.db });
    base = await listen(app);
    walk = await crawl(base, `${base}/catalog.jsonld`);
    const pkg = (await (await fetch(`${base}/api/3/action/package_show?id=t131041-aed`)).json()).result;
    resources = pkg.resources.map((r: { id: string }) => r.id);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it("a harvester starting at /catalog.jsonld meets every kind of IRI we mint, and none answers an error", () => {
    const kinds = [...walk.iris].map((iri) => iri.slice(base.length)
      .replace(/^\/dataset\/t\d{6}-\w+/, "/dataset/{name}").replace(/\/resource\/[\w-]+$/, "/resource/{id}")
      .replace(/^\/organization\/t\d{6}/, "/organization/{t+code}").replace(/^\/municipality\/\d{6}/, "/municipality/{code}")
      .replace(/^\/api\/v1\/(datasets|schemas)\/\w+/, "/api/v1/$1/{id}").replace(/municipality=\d{6}/, "municipality={code}"));
    expect([...new Set(kinds)].sort()).toEqual([
      "/",
      "/api/3/action/",
      "/api/v1/",
      "/api/v1/datasets/{id}",
      "/api/v1/datasets/{id}#csv",
      "/api/v1/datasets/{id}#geojson",
      "/api/v1/datasets/{id}/records?format=csv",
      "/api/v1/datasets/{id}/records?format=geojson",
      "/api/v1/datasets/{id}/records?municipality={code}&format=csv",
      "/api/v1/datasets/{id}/records?municipality={code}&format=geojson",
      "/api/v1/schemas/{id}",
      "/catalog",
      "/catalog.jsonld?page=1",
      "/dataset/{name}",
      "/dataset/{name}/resource/{id}",
      "/municipality/{code}",
      "/openapi.json",
      "/organization/odh",
      "/organization/{t+code}",
      "/organization/{t+code}#contact",
    ]);
    const failed = [...walk.answers].filter(([, a]) => a.status !== 200 && a.status !== 303).map(([url, a]) => `${a.status} ${url}`);
    expect(failed).toEqual([]);
    expect(walk.answers.size).toBeGreaterThan(40);
  });

  it("each thing's IRI answers 303 to a JSON-LD document that describes it", () => {
    const list = things();
    expect(list).toEqual(expect.arrayContaining([`${base}/catalog`, `${base}/dataset/t131041-aed`, `${base}/dataset/t131041-aed/resource/${resources[0]}`,
      `${base}/organization/t131041`, `${base}/organization/t131041#contact`, `${base}/organization/odh`, `${base}/municipality/131041`,
      `${base}/api/v1/`, `${base}/api/3/action/`, `${base}/api/v1/datasets/aed`, `${base}/api/v1/datasets/aed#csv`]));
    const undescribed = list.filter((iri) => {
      const first = walk.answers.get(iri.split("#")[0]!)!;
      const doc = first.status === 303 ? walk.documents.get(first.location!) : undefined;
      return !doc?.some(([s]) => s === `<${iri}>`);
    });
    expect(undescribed).toEqual([]);
  });

  it("asked for Turtle, each thing's IRI answers 303 to Turtle that describes it", async () => {
    const turtle = await crawl(base, `${base}/catalog.ttl`, "text/turtle");
    const undescribed: string[] = [];
    for (const iri of things()) {
      const first = await get(iri.split("#")[0]!, "text/turtle");
      const doc = first.status === 303 ? await get(first.headers.get("location")!, "text/turtle") : first;
      if (!doc.headers.get("content-type")?.startsWith("text/turtle") || !parseNTriples(await doc.text()).some(([s]) => s === `<${iri}>`)) undescribed.push(iri);
    }
    expect(undescribed).toEqual([]);
    expect([...turtle.iris].filter((i) => i.startsWith(`${base}/catalog.`))).toEqual([`${base}/catalog.ttl?page=1`]);
  });

  it("/catalog.ttl holds the same triples as /catalog.jsonld", async () => {
    const ttl = await get("/catalog.ttl");
    expect(ttl.headers.get("content-type")).toBe("text/turtle; charset=utf-8");
    const fromTurtle = parseNTriples(await ttl.text()).map((x) => x.join(" ")).sort();
    const fromJsonLd = (await triples(await (await get("/catalog.jsonld")).json())).map((x) => x.join(" ").replaceAll("/catalog.jsonld?page=1", "/catalog.ttl?page=1")).sort();
    expect(fromTurtle).toEqual(fromJsonLd);
  });

  it.each([
    ["a harvester", undefined, "/dataset/t131041-aed.jsonld"],
    ["curl", "*/*", "/dataset/t131041-aed.jsonld"],
    ["rdflib", "application/ld+json, text/turtle;q=0.9", "/dataset/t131041-aed.jsonld"],
    ["a Turtle reader", "text/turtle", "/dataset/t131041-aed.ttl"],
    ["an RDF/XML reader", "application/rdf+xml", "/dataset/t131041-aed.rdf"],
    ["an N3 reader", "text/n3", "/dataset/t131041-aed.n3"],
    ["TriG only (not served: JSON-LD)", "application/trig", "/dataset/t131041-aed.jsonld"],
    ["a browser", BROWSER_ACCEPT, "/dataset.html?id=aed&municipality=131041"],
    ["a JSON client", "application/json", "/api/3/action/package_show?id=t131041-aed"],
  ])("/dataset/t131041-aed for %s (Accept %s) → 303 %s", async (_who, accept, target) => {
    for (const method of ["GET", "HEAD"]) {
      const res = await get("/dataset/t131041-aed", accept, method);
      expect([res.status, res.headers.get("location"), res.headers.get("vary")]).toEqual([303, `${base}${target}`, "accept"]);
    }
  });

  it.each([
    ["/catalog", BROWSER_ACCEPT, "/"],
    ["/catalog", "text/turtle", "/catalog.ttl"],
    ["/organization/t131041", BROWSER_ACCEPT, "/municipality.html?code=131041"],
    ["/organization/t131041", "application/json", "/api/3/action/organization_show?id=t131041"],
    ["/organization/t131059", "text/turtle", "/organization/t131059.ttl"],
    ["/organization/odh", BROWSER_ACCEPT, "/"],
    ["/organization/odh", "application/json", "/organization/odh.jsonld"],
    ["/municipality/131041", "application/ld+json", "/organization/t131041.jsonld"],
    ["/municipality/131041", BROWSER_ACCEPT, "/municipality.html?code=131041"],
    ["/municipality/131041", "application/json", "/api/v1/municipalities/131041"],
    ["/api/v1/", BROWSER_ACCEPT, "/docs/"],
    ["/api/3/action/", "application/json", "/openapi.json"],
    ["/api/v1/datasets/aed", "application/ld+json", "/api/v1/datasets/aed/dcat"],
    ["/api/v1/datasets/aed", "text/turtle", "/api/v1/datasets/aed/dcat?format=ttl"],
  ])("%s (Accept %s) → 303 %s", async (path, accept, target) => {
    const res = await get(path, accept);
    expect([res.status, res.headers.get("location")]).toEqual([303, `${base}${target}`]);
    const landed = await get(`${base}${target}`, accept);
    expect(landed.status).toBe(200);
  });

  it("a distribution's IRI leads to its dataset's document, portal page or resource_show", async () => {
    const iri = `/dataset/t131041-aed/resource/${resources[1]}`;
    expect((await get(iri)).headers.get("location")).toBe(`${base}/dataset/t131041-aed.jsonld`);
    expect((await get(iri, BROWSER_ACCEPT)).headers.get("location")).toBe(`${base}/dataset.html?id=aed&municipality=131041`);
    const shown = await (await fetch((await get(iri, "application/json")).headers.get("location")!)).json();
    expect(shown.result).toMatchObject({ id: resources[1], format: "GeoJSON" });
  });

  it("/api/v1/datasets/{id} stays JSON for JSON clients, browsers and */*", async () => {
    for (const accept of [undefined, "*/*", "application/json", BROWSER_ACCEPT]) {
      const res = await get("/api/v1/datasets/aed", accept);
      expect([res.status, res.headers.get("content-type"), res.headers.get("vary")]).toEqual([200, "application/json; charset=utf-8", "accept"]);
      expect((await res.json()).id).toBe("aed");
    }
  });

  it("a publisher's document names it, its contact and place, and the datasets it publishes", async () => {
    const doc = await (await get("/organization/t131041.jsonld")).json();
    const all = await triples(doc);
    const about = (s: string, p: string) => all.filter(([a, b]) => a === `<${base}${s}>` && b === `<${p}>`).map(([, , o]) => o);
    expect(about("/organization/t131041", "http://xmlns.com/foaf/0.1/name")).toEqual(['"新宿区"@ja']);
    expect(about("/organization/t131041#contact", "http://www.w3.org/2006/vcard/ns#fn")).toEqual(['"新宿区"@ja']);
    expect(about("/municipality/131041", "http://www.w3.org/2004/02/skos/core#prefLabel")).toEqual(['"東京都新宿区"@ja']);
    expect(about("/dataset/t131041-aed", "http://purl.org/dc/terms/publisher")).toEqual([`<${base}/organization/t131041>`]);
    const hub = await triples(await (await get("/organization/odh.jsonld")).json());
    expect(hub.filter(([, p, o]) => p === "<http://purl.org/dc/terms/publisher>" && o === `<${base}/organization/odh>`)).toHaveLength(DATASETS.length);
  });

  it.each([
    ["/dataset/t131059-aed", "t131059-aed"],                    // 文京区 published nothing
    ["/dataset/t131059-aed.ttl", "t131059-aed"],
    ["/dataset/nothing.jsonld", "nothing"],
    ["/dataset/t131041-aed/resource/0d7c1f0e-0000-4000-8000-000000000000", "0d7c1f0e-0000-4000-8000-000000000000"],
    ["/dataset/t131016-aed/resource/RESOURCE", "RESOURCE"],
    ["/organization/t999999", "t999999"],
    ["/organization/131041.jsonld", "131041"],
    ["/municipality/131042", "131042"],
    ["/municipality/t131041", "t131041"],
  ])("%s is a bilingual 404 naming %s", async (path, name) => {
    const res = await get(path, "application/ld+json");
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(ApiError.safeParse(body).success).toBe(true);
    expect(body.error.message_ja).toContain(`「${name}」`);
    expect(body.error.message_en).toContain(`"${name}"`);
  });

  it("the resource of another dataset is not found under this one", async () => {
    const other = (await (await fetch(`${base}/api/3/action/package_show?id=t131016-aed`)).json()).result.resources[0].id;
    expect((await get(`/dataset/t131041-aed/resource/${other}`)).status).toBe(404);
  });
});
