// Exit status 1 is a verdict on the data (invalid rows, a failed source); a command that cannot finish exits 2.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Io } from "../../pipelines/command.ts";
import { main } from "../../pipelines/cli.ts";

const CRAFTED = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "crafted");

/** An Io whose stdout fails every write (a full disk, a closed file), with stderr captured. */
function failingStdout(): { io: Io; stderr: () => string } {
  const stdout = new Writable({ write: (_chunk, _enc, done) => done() });
  stdout.write = () => {
    throw new Error("ENOSPC: no space left on device, write");
  };
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  err.on("data", (c: Buffer) => chunks.push(c));
  return { io: { stdout, stderr: err, env: {} }, stderr: () => Buffer.concat(chunks).toString("utf8") };
}

describe("odh exit status when a command cannot finish", () => {
  it("validate of an invalid file whose report cannot be written exits 2, not the 1 of invalid rows", async () => {
    const { io, stderr } = failingStdout();
    const code = await main(["validate", path.join(CRAFTED, "outside-japan.csv")], io);
    expect(code).toBe(2);
    expect(stderr()).toBe("odh validate: 処理を最後まで実行できませんでした / could not finish: ENOSPC: no space left on device, write\n");
  });

  it("schema exits 2 the same way", async () => {
    const { io, stderr } = failingStdout();
    expect(await main(["schema", "aed"], io)).toBe(2);
    expect(stderr()).toContain("could not finish: ENOSPC");
  });
});

describe("odh when its own code cannot load", () => {
  it("exits 2 with a message, not 1 (the verdict on data) with a stack trace", () => {
    // a copy of bin/ over a fresh build whose CLI module does not parse
    const root = mkdtempSync(path.join(os.tmpdir(), "odh-broken-"));
    try {
      cpSync(path.join(CRAFTED, "..", "..", "..", "bin"), path.join(root, "bin"), { recursive: true });
      for (const dir of ["schemas", "pipelines", "catalog-api", "storage", "dist/pipelines"]) mkdirSync(path.join(root, dir), { recursive: true });
      for (const file of ["tsconfig.json", "package-lock.json"]) writeFileSync(path.join(root, file), "{}");
      writeFileSync(path.join(root, "dist", "pipelines", "cli.js"), "export const main = ;\n");
      writeFileSync(path.join(root, "dist", "build.json"), JSON.stringify({ started: Date.now() + 60_000 }));
      const run = spawnSync(process.execPath, [path.join(root, "bin", "odh.js"), "validate", "x.csv"], { encoding: "utf8" });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^odh: プログラムを読み込めません \/ cannot load the program: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
