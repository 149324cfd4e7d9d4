// End to end, as an officer and a developer would: `odh token create`, `odh serve`, an upload over HTTP, then the
// records API, CKAN and DCAT reading what was published; `odh token revoke` locks the officer out.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crawl } from "../catalog-api/rdf.ts";
import { fixtureBytes, ROOT, tempDir } from "../helpers.ts";

const ODH = path.join(ROOT, "bin", "odh.js");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    }).on("error", reject);
  });
}

/** Starts `odh serve` and resolves once it says it is serving (it prints that after listen()). */
function serve(env: NodeJS.ProcessEnv): Promise<ChildProcessWithoutNullStreams> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ODH, "serve"], { env, cwd: ROOT });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes("serving")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`odh serve exited ${code}: ${err}`)));
  });
}

describe("odh token + odh serve + upload + read, end to end", () => {
  const tmp = tempDir("odh-e2e-api-");
  let env: NodeJS.ProcessEnv;
  let server: ChildProcessWithoutNullStreams | undefined;
  let base: string;
  let token: string;

  const odh = (...args: string[]) => spawnSync(process.execPath, [ODH, ...args], { env, cwd: ROOT, encoding: "utf8" });

  beforeAll(async () => {
    const port = await freePort();
    env = { ...process.env, ODH_DATA_DIR: tmp.dir, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", DATABASE_URL: "" };
    const created = odh("token", "create", "--municipality", "131041", "--label", "e2e");
    expect(created.status).toBe(0);
    token = created.stdout.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain("二度と表示されません");
    expect(odh("token", "list").stdout).toMatch(/^1\t131041\tactive\t.+\te2e\n$/);
    server = await serve(env);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.on("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    tmp.remove();
  });

  it("an officer uploads a clean file and every interface serves it", async () => {
    const form = new FormData();
    form.append("file", new Blob([fixtureBytes("api/131041_aed.csv") as Uint8Array<ArrayBuffer>]), "131041_aed.csv");
    const up = await fetch(`${base}/api/v1/uploads?municipality=131041&dataset=aed`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: "published", published: true, report: { rows: 8, valid: 8, invalid: 0 } });

    const records = await (await fetch(`${base}/api/v1/datasets/aed/records?municipality=131041&q=${encodeURIComponent("四谷")}`)).json();
    expect(records.items.map((i: { record: { name: string } }) => i.record.name)).toEqual(["四谷区民センター"]);
    const pkg = await (await fetch(`${base}/api/action/package_show`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "t131041-aed" }) })).json();
    expect(pkg).toMatchObject({ success: true, result: { name: "t131041-aed", organization: { title: "新宿区" } } });
    const catalog = await (await fetch(`${base}/catalog.jsonld`)).json();
    expect(JSON.stringify(catalog)).toContain(`${base}/dataset/t131041-aed`);
    const coverage = await (await fetch(`${base}/api/v1/coverage?municipality=131041`)).json();
    expect(coverage.cells.find((c: { dataset_id: string }) => c.dataset_id === "aed")).toMatchObject({ status: "published", rows: 8 });
  });

  it("a DCAT harvester can follow every IRI of the catalog to a document: none answers an error", async () => {
    const walk = await crawl(base, `${base}/catalog.jsonld`);
    expect([...walk.answers].filter(([, a]) => a.status !== 200 && a.status !== 303).map(([url, a]) => `${a.status} ${url}`)).toEqual([]);
    for (const iri of [`${base}/catalog`, `${base}/dataset/t131041-aed`, `${base}/organization/t131041`, `${base}/municipality/131041`, `${base}/api/v1/`]) {
      expect(walk.iris).toContain(iri);
      expect(walk.answers.get(iri)?.status).toBe(303);
    }
    const page = await fetch(`${base}/dataset/t131041-aed`, { headers: { accept: "text/html" } });
    expect([page.status, page.url, page.headers.get("content-type")]).toEqual([200, `${base}/dataset.html?id=aed&municipality=131041`, "text/html; charset=utf-8"]);
    const missing = await fetch(`${base}/dataset/t131016-aed`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatchObject({ message_ja: expect.stringContaining("「t131016-aed」"), message_en: expect.stringContaining('"t131016-aed"') });
  });

  it("the token cannot write another municipality's data", async () => {
    const res = await fetch(`${base}/api/v1/uploads?municipality=131016&dataset=aed`, {
      method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body: fixtureBytes("api/131016_aed.csv"),
    });
    expect(res.status).toBe(403);
  });

  it("SIGTERM stops the server cleanly; a revoked token is refused afterwards", async () => {
    const exited = new Promise<number | null>((r) => server!.on("exit", (code) => r(code)));
    server!.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(odh("token", "revoke", "1").status).toBe(0);
    server = await serve(env);
    const res = await fetch(`${base}/api/v1/uploads?municipality=131041&dataset=aed&dryRun=true`, {
      method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body: fixtureBytes("api/131041_aed.csv"),
    });
    expect(res.status).toBe(401);
  });
});
