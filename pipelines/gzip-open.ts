// A run's gzip file opened as the file inside it, with what the run learns on the way: that it was compressed (and
// the name the gzip header stores, `131041_aed.csv` inside a `download?id=3`), bytes after its end, and the dataset and
// municipality that stored name gives when the file's own name gave none.
import { DATASETS } from "../schemas/index.ts";
import { baseName, fileNameMatch, municipalityFromFileName } from "./detect.ts";
import { gunzippedSource } from "./gzip.ts";
import { readGzipHeader } from "./gzip-members.ts";
import type { Source } from "./input.ts";
import { issue } from "./issues.ts";
import type { RunState } from "./run.ts";

/** The file inside `source`, inflated whole once first: a damaged, cut or oversized gzip throws GzipError before any
 *  row is read (the size is kept). */
export async function openGzip(source: Source, run: RunState): Promise<Source> {
  const stored = (await readGzipHeader(source))?.name || null;
  const inside = gunzippedSource(source);
  await inside.size();
  run.log.add(issue("gzip_compressed", { value: run.fileName, ...(stored === null ? {} : { detail: baseName(stored) }) }));
  const trailing = inside.trailingData();
  if (trailing) run.log.add(issue("gzip_trailing_data", { value: run.fileName, detail: trailing.bytes.toLocaleString("en-US") }));
  if (stored !== null) learnFromStoredName(baseName(stored), run);
  return inside;
}

/** What the file's own name did not say, from the name the gzip stores (or of a zip's one data file): its dataset,
 *  its publisher. */
export function learnFromStoredName(name: string, run: RunState): void {
  if (run.detection === undefined) {
    const named = fileNameMatch(name, DATASETS);
    if (named) {
      run.dataset = named.dataset;
      run.namedByKeyword = named.by === "keyword";
      run.detection = { by: "file_name", detail: name };
    }
  }
  if (run.options.municipality === undefined && run.municipality === null) run.municipality = municipalityFromFileName(name);
}
