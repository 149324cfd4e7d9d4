import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Io } from "../../pipelines/command.ts";
import { main } from "../../pipelines/cli.ts";
import { aed } from "../../schemas/datasets/aed.ts";
import { DATASETS } from "../../schemas/index.ts";
import { datasetJsonSchema } from "../../schemas/json-schema.ts";

/** Runs `odh …` in-process with stdout and stderr captured. */
async function odh(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const capture = () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
  };
  const out = capture();
  const err = capture();
  const io: Io = { stdout: out.stream, stderr: err.stream, env: {} };
  const code = await main(argv, io);
  return { code, stdout: out.text(), stderr: err.text() };
}

describe("odh schema", () => {
  it("prints the dataset's JSON Schema as pretty JSON", async () => {
    const { code, stdout, stderr } = await odh("schema", "aed");
    expect([code, stderr]).toEqual([0, ""]);
    expect(JSON.parse(stdout)).toEqual(datasetJsonSchema(aed));
    expect(stdout).toBe(`${JSON.stringify(datasetJsonSchema(aed), null, 2)}\n`);
  });

  it("lists the datasets with number, id, Japanese and English titles when no id is given", async () => {
    const { code, stdout } = await odh("schema");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBe(DATASETS.length);
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2))).toEqual(DATASETS.map((d) => [d.number, d.id]));
    expect(lines[7]).toBe("08  aed                  AED設置箇所一覧 / AED locations");
  });

  it("exits 2 for an unknown id and names the valid ids", async () => {
    const { code, stdout, stderr } = await odh("schema", "toilets");
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr.split("\n")[0]).toBe(
      `odh schema: データセット「toilets」はありません / unknown dataset "toilets". 有効なID / valid ids: ${DATASETS.map((d) => d.id).join(", ")}`);
  });

  it("exits 2 for more than one id", async () => {
    const { code, stderr } = await odh("schema", "aed", "event");
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("odh schema: 引数の数が違います / expected 0–1 argument(s), got 2");
  });
});
