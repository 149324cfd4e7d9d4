import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { isValidCode } from "../../schemas/local-government-code.ts";
import { listen, openTestDb, type TestDb } from "../helpers.ts";

describe("municipalities API over HTTP", () => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    t = await openTestDb();
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it("GET /healthz answers ok", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("GET /api/v1/municipalities lists 62, each code with a valid check digit", async () => {
    const res = await fetch(`${base}/api/v1/municipalities`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.count).toBe(62);
    expect(body.items.filter((m: { code: string }) => isValidCode(m.code))).toHaveLength(62);
    expect(body.items.map((m: { area: string }) => m.area).filter((a: string) => a === "島しょ")).toHaveLength(9);
  });

  it("GET /api/v1/municipalities/131041 is 新宿区", async () => {
    const res = await fetch(`${base}/api/v1/municipalities/131041`);
    expect(await res.json()).toEqual({ code: "131041", name_ja: "新宿区", name_kana: "シンジュクク", name_en: "Shinjuku", kind: "区", area: "区部" });
  });

  it("an unknown code is 404 in the error envelope", async () => {
    const res = await fetch(`${base}/api/v1/municipalities/131042`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, success: false, status: 404, error: { __type: "Not Found Error" } });
  });

  it("a malformed code is 400 and names the parameter", async () => {
    const res = await fetch(`${base}/api/v1/municipalities/13104x`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, status: 400, error: { __type: "Validation Error", param: "code" } });
  });

  it("serves the portal at /", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("東京オープンデータハブ");
  });
});
