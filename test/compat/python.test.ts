// Compatibility with the tools civic developers use, run with the system Python (/usr/bin/python3, not the first
// python3 on PATH): rdflib reads our DCAT, jsonschema checks exported records against our JSON Schema, pandas reads
// our CSV, and ckanapi's RemoteCKAN (or its exact request shapes, when ckanapi is not installed) talks to our CKAN API.
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import jsonld from "jsonld";
import { buildApp } from "../../catalog-api/app.ts";
import { listen, openTestDb, type TestDb } from "../helpers.ts";
import { ingestGenerated, seedStandard } from "../catalog-api/seed.ts";

const PYTHON = "/usr/bin/python3";
const has = (module: string) => existsSync(PYTHON) && spawnSync(PYTHON, ["-c", `import ${module}`]).status === 0;
const missing = (module: string) => {
  if (has(module)) return false;
  process.stderr.write(`[odh compat] skipped: ${PYTHON} has no module "${module}" (scripts/install-system-deps.sh installs it)\n`);
  return true;
};

const execFileAsync = promisify(execFile);

/** Asynchronous on purpose: the server under test runs in this process and must keep answering Python's requests. */
async function python(script: string, ...args: string[]): Promise<unknown> {
  const { stdout } = await execFileAsync(PYTHON, ["-c", script, ...args], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

describe("Python clients against a live server", () => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    t = await openTestDb();
    await seedStandard(t.db);
    await ingestGenerated(t.db, "131130", 150, { lat: 35.66, lon: 139.69 });
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it.skipIf(missing("rdflib"))("rdflib parses /catalog.jsonld, finds every dcat:Dataset with title, description and distributions", async () => {
    const result = await python(`
import json, sys, urllib.request, rdflib
from rdflib.namespace import RDF, DCTERMS
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
r = urllib.request.urlopen(urllib.request.Request(sys.argv[1], headers={"Accept": "application/ld+json"}))
ctype = r.headers.get_content_type()
g = rdflib.Graph(); g.parse(data=r.read(), format=ctype)
ds = sorted(str(d) for d in g.subjects(RDF.type, DCAT.Dataset))
bad = [d for d in ds if g.value(rdflib.URIRef(d), DCTERMS.title) is None or g.value(rdflib.URIRef(d), DCTERMS.description) is None]
dists = [str(o) for d in ds for o in g.objects(rdflib.URIRef(d), DCAT.distribution)]
no_access = [x for x in dists if g.value(rdflib.URIRef(x), DCAT.accessURL) is None]
g.serialize(format="turtle")
print(json.dumps({"type": ctype, "datasets": ds, "bad": bad, "dists": len(dists), "no_access": no_access, "triples": len(g)}))
`, `${base}/catalog.jsonld`) as { type: string; datasets: string[]; bad: string[]; dists: number; no_access: string[]; triples: number };
    expect(result.type).toBe("application/ld+json");
    expect(result.datasets).toEqual(expect.arrayContaining([`${base}/dataset/t131041-aed`, `${base}/dataset/t131016-aed`, `${base}/dataset/t131130-aed`, `${base}/api/v1/datasets/aed`]));
    expect(result.bad).toEqual([]);
    expect(result.no_access).toEqual([]);
    expect(result.dists).toBe(3 * 2 + 2);
    const doc = await (await fetch(`${base}/catalog.jsonld`)).json();
    const nquads = await jsonld.toRDF(doc, { format: "application/n-quads" }) as unknown as string;
    expect(result.triples).toBe(new Set(nquads.trim().split("\n")).size);
  });

  it.skipIf(missing("rdflib"))("rdflib reads the RDF/XML documents (.rdf, .xml) as the same triples as the Turtle ones", async () => {
    const pairs = [["/catalog.rdf", "/catalog.ttl"], ["/catalog.xml?page=1", "/catalog.ttl?page=1"], ["/dataset/t131041-aed.rdf", "/dataset/t131041-aed.ttl"],
      ["/organization/t131041.xml", "/organization/t131041.ttl"], ["/api/v1/datasets/aed/dcat?format=rdf", "/api/v1/datasets/aed/dcat?format=ttl"]];
    const result = await python(`
import json, sys, urllib.request, rdflib
def graph(url):
    r = urllib.request.urlopen(url)
    g = rdflib.Graph(); g.parse(data=r.read(), format=r.headers.get_content_type())   # as the DCAT RDF harvester does
    return r.headers.get_content_type(), g
out = []
for xml_url, ttl_url in json.loads(sys.argv[1]):
    xml_type, xml = graph(xml_url); _, ttl = graph(ttl_url)
    # the catalog's page links name their own format
    lines = lambda g: sorted(l.replace("/catalog.rdf?", "/catalog.ttl?").replace("/catalog.xml?", "/catalog.ttl?") for l in g.serialize(format="nt").splitlines() if l)
    out.append({"type": xml_type, "xml": len(xml), "ttl": len(ttl), "same": lines(xml) == lines(ttl)})
print(json.dumps(out))
`, JSON.stringify(pairs.map(([xml, ttl]) => [`${base}${xml}`, `${base}${ttl}`]))) as Array<{ type: string; xml: number; ttl: number; same: boolean }>;
    for (const r of result) expect(r).toEqual({ type: "application/rdf+xml", xml: r.ttl, ttl: r.ttl, same: true });
    expect(result.map((r) => r.ttl).every((n) => n > 10)).toBe(true);
  });

  it.skipIf(missing("jsonschema"))("jsonschema validates every exported record against /api/v1/schemas/{id}", async () => {
    const result = await python(`
import json, sys, urllib.request, jsonschema
schema = json.load(urllib.request.urlopen(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
url, n, errors = sys.argv[2], 0, []
while url:
    page = json.load(urllib.request.urlopen(url))
    for item in page["items"]:
        n += 1
        errors += [item["record_id"] + ": " + e.message for e in v.iter_errors(item["record"])]
    url = page["next_url"]
broken = dict(json.load(urllib.request.urlopen(sys.argv[2].split("?")[0] + "?limit=1"))["items"][0]["record"], latitude="north")
print(json.dumps({"records": n, "errors": errors, "broken_rejected": not v.is_valid(broken)}))
`, `${base}/api/v1/schemas/aed`, `${base}/api/v1/datasets/aed/records?limit=50`) as { records: number; errors: string[]; broken_rejected: boolean };
    expect(result).toEqual({ records: 8 + 3 + 150, errors: [], broken_rejected: true });
  });

  it.skipIf(missing("pandas"))("pandas reads the CSV export with the Japanese headers", async () => {
    const result = await python(`
import json, sys, pandas as pd
df = pd.read_csv(sys.argv[1], encoding="utf-8-sig", dtype={"全国地方公共団体コード": str})
print(json.dumps({"columns": list(df.columns[:4]), "rows": len(df), "lat": str(df["緯度"].dtype),
  "codes": sorted(set(df["全国地方公共団体コード"])), "first": df["名称"].iloc[0], "formula": df.loc[df["名称"] == "戸塚地域センター", "設置位置"].iloc[0]}))
`, `${base}/api/v1/datasets/aed/records?format=csv&municipality=131041,131016`) as Record<string, unknown>;
    expect(result).toEqual({ columns: ["全国地方公共団体コード", "ID", "地方公共団体名", "名称"], rows: 11, lat: "float64",
      codes: ["131016", "131041"], first: "千代田区役所", formula: "'=受付横" });
  });

  const CKANAPI_SCRIPT = `
import json, sys
base = sys.argv[1]
try:
    import ckanapi
    ck = ckanapi.RemoteCKAN(base, apikey="k", user_agent="ckanapi/4.11 (+https://github.com/ckan/ckanapi)")
    def act(name, **kw): return ck.call_action(name, kw)
    NotFound, ValidationError = ckanapi.NotFound, ckanapi.ValidationError
    client = "ckanapi"
except ImportError:
    # ckanapi is not packaged for Debian: send exactly what RemoteCKAN sends (POST JSON to /api/action/NAME, its headers)
    # and map errors the way ckanapi/common.py does: from the body's success and error.__type, ignoring the status.
    import urllib.request, urllib.error
    class NotFound(Exception): pass
    class ValidationError(Exception): pass
    def act(name, **kw):
        req = urllib.request.Request(base + "/api/action/" + name, data=json.dumps(kw).encode("ascii"), method="POST", headers={
            "Content-Type": "application/json", "User-Agent": "ckanapi/4.11 (+https://github.com/ckan/ckanapi)",
            "X-CKAN-API-Key": "k", "Authorization": "k", "Accept": "*/*", "Accept-Encoding": "gzip, deflate"})
        try: body = urllib.request.urlopen(req).read()
        except urllib.error.HTTPError as e: body = e.read()
        data = json.loads(body)
        if data.get("success"): return data["result"]
        t = data["error"].pop("__type")
        raise {"Not Found Error": NotFound, "Validation Error": ValidationError}.get(t, RuntimeError)(data["error"])
    client = "emulated"
names = act("package_list", include_private=False, include_drafts=False, include_deleted=False)
dump = [act("package_show", id=n, include_datasets=False, include_password_hash=True, include_users=False)["name"] for n in names]
found, start = [], 0
while True:
    page = act("package_search", rows="1000", start=start)["results"]
    if not page: break
    found += [p["name"] for p in page]; start += len(page)
res = act("package_show", id="t131041-aed")["resources"][0]
ds = act("datastore_search", resource_id=res["id"], limit=0)
errors = []
try: act("package_show", id="nope")
except NotFound: errors.append("NotFound")
try: act("package_show")
except ValidationError: errors.append("ValidationError")
print(json.dumps({"names": names, "dump": dump, "search": sorted(found), "fields": [f["id"] for f in ds["fields"]][:3],
  "records": ds["records"], "errors": errors, "client": client}))
`;

  it.skipIf(!existsSync(PYTHON))("ckanapi RemoteCKAN (or its request shapes): list, dump, search, datastore, errors", async () => {
    const result = await python(CKANAPI_SCRIPT, base) as Record<string, unknown>;
    const names = ["t131016-aed", "t131041-aed", "t131130-aed"];
    expect(result).toMatchObject({ names, dump: names, search: names, fields: ["_id", "local_government_code", "id"], records: [], errors: ["NotFound", "ValidationError"] });
    process.stderr.write(`[odh compat] CKAN client: ${result.client as string}\n`);
  });
});
