// Which dataset an upload is: auto-detected like `odh validate` when the form leaves it to 自動判定, and a file whose
// header clearly reads as another dataset than the one chosen is refused (an error, not a green "publishable").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { flat } from "../../pipelines/report.ts";
import { createToken } from "../../storage/tokens.ts";
import { DB_KINDS, fixtureBytes, listen, openTestDb, type TestDb } from "../helpers.ts";

describe.each(DB_KINDS)("the dataset of an upload (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let token: string;
  const aed = fixtureBytes("api/131041_aed.csv");

  const send = (query: string, bytes: Uint8Array, name: string | null) => {
    const form = new FormData();
    form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "text/csv" }), name ?? "blob");
    return fetch(`${base}/api/v1/uploads?${query}`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  };
  const total = async (dataset: string) =>
    (await (await fetch(`${base}/api/v1/datasets/${dataset}/records?municipality=131041&limit=1`)).json()).total as number;

  beforeAll(async () => {
    t = await openTestDb(kind);
    token = (await createToken(t.db, "131041")).token;
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it("an AED file uploaded as 公衆トイレ一覧 is an error naming the dataset to choose in the form, and is not published", async () => {
    const dry = await (await send("municipality=131041&dataset=public_toilet&dryRun=true", aed, "aed-list.csv")).json();
    expect(dry.status).toBe("invalid");
    expect(flat(dry.report)).toContainEqual([null, null, "upload_dataset_mismatch"]);
    const found = dry.report.issues.find((i: { code: string }) => i.code === "upload_dataset_mismatch");
    expect(found).toMatchObject({ severity: "error", value: "aed", detail: "public_toilet" });
    expect(found.message_ja).toContain("「データセット」欄で「AED設置箇所一覧」を選んで");
    expect(found.message_ja).not.toContain("--dataset");
    expect(dry.report.issues.map((i: { code: string }) => i.code)).not.toContain("dataset_mismatch");

    const publish = await (await send("municipality=131041&dataset=public_toilet", aed, "aed-list.csv")).json();
    expect(publish).toMatchObject({ status: "invalid", published: false, version_id: null });
    expect(await total("public_toilet")).toBe(0);
  });

  it("自動判定 (no dataset, or dataset=auto) detects the dataset from the file name or the header and says how", async () => {
    const byName = await (await send("municipality=131041&dryRun=true", aed, "131041_aed.csv")).json();
    expect(byName).toMatchObject({ status: "dry_run", report: { dataset: "aed", valid: 8, detection: { by: "file_name", detail: "131041_aed.csv" } } });
    const byHeader = await (await send("municipality=131041&dataset=auto", aed, "list.csv")).json();
    expect(byHeader).toMatchObject({ status: "published", report: { dataset: "aed", valid: 8, detection: { by: "header" } } });
    expect(await total("aed")).toBe(8);
    const stored = await (await fetch(`${base}/api/v1/reports/131041/aed`)).json();
    expect(stored).toMatchObject({ origin: "upload", detection: { by: "header" } });
  });

  it("a file whose dataset cannot be told is a 400 listing the datasets by their Japanese names", async () => {
    const res = await send("municipality=131041&dryRun=true", new TextEncoder().encode("foo,bar,baz\n1,2,3\n"), "data.csv");
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.param).toBe("dataset");
    expect(error.message_ja).toContain("判定できませんでした");
    expect(error.message_ja).toContain("08 AED設置箇所一覧（aed）");
    expect(error.message_en).toContain("08 AED locations (aed)");
  });
});
