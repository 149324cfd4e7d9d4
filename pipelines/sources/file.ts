// `file` sources: a file on disk, path relative to the sources file. Streamed to the engine from disk.
import { stat } from "node:fs/promises";
import path from "node:path";
import { issue } from "../issues.ts";
import type { FileSource } from "./config.ts";
import { type FetchContext, type Fetched, SourceError } from "./fetched.ts";

export async function fetchFile(source: FileSource, ctx: FetchContext): Promise<Fetched> {
  const file = path.resolve(ctx.configDir, source.path);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new SourceError(issue("source_missing", { value: file }));
  return {
    status: "fetched",
    input: { path: file, fileName: path.basename(file) },
    url: source.source_url ?? null,
    media_type: null,
    size: info.size,
    validators: null,
  };
}
