// `ckan` sources: find the file in a CKAN catalogue (Tokyo, BODIK) with package_search — by organization and
// tags, or title words, as BODIK's crawler does — pick the newest CSV/XLSX resource that matches the dataset's
// keywords, then fetch it like an `http` source.
import * as z from "zod";
import { getDataset } from "../../schemas/index.ts";
import { datasetNameLength } from "../detect.ts";
import { issue } from "../issues.ts";
import type { CkanSource } from "./config.ts";
import { type FetchContext, type FetchOutcome, SourceError } from "./fetched.ts";
import { fetchData, remoteOptions } from "./http.ts";
import { httpGet, safeUrl } from "./http-get.ts";

const Resource = z.looseObject({
  url: z.string(),
  name: z.string().nullish(),
  format: z.string().nullish(),
  last_modified: z.string().nullish(),
  metadata_modified: z.string().nullish(),
  created: z.string().nullish(),
});

const Package = z.looseObject({
  name: z.string(),
  title: z.string().nullish(),
  metadata_modified: z.string().nullish(),
  tags: z.array(z.looseObject({ name: z.string() })).nullish(),
  resources: z.array(Resource).nullish(),
});

const PackageSearch = z.looseObject({
  success: z.literal(true),
  result: z.looseObject({ count: z.number(), results: z.array(Package) }),
});

export interface PickedResource {
  url: string;
  package_name: string;
  resource_name: string | null;
  modified: string | null;
}

const DATA_FORMATS = /^(csv|xlsx|xls)$/i;
/** a data file, also gzip-compressed (131041_aed.csv.gz: read as the file inside it, pipelines/gzip.ts) */
const DATA_EXTENSIONS = /\.(csv|xlsx|xls)(\.gz)?(\?|$)/i;

/** package_search parameters for the source: fq on organization and tags, q on title words. */
export function searchParams(q: CkanSource["ckan"]): URLSearchParams {
  const params = new URLSearchParams();
  const fq = [
    ...(q.organization ? [`organization:${q.organization}`] : []),
    ...(q.tags ?? []).map((t) => `tags:"${t.replaceAll('"', '\\"')}"`),
  ];
  if (fq.length) params.set("fq", fq.join(" "));
  if (q.title) {
    const words = q.title.split(/\s+/).filter(Boolean);
    params.set("q", words.length === 1 ? `title:${words[0]}` : `title:(${words.join(" AND ")})`);
  }
  params.set("rows", "1000");
  params.set("sort", "metadata_modified desc");
  return params;
}

export async function findResource(source: CkanSource, ctx: FetchContext): Promise<PickedResource> {
  const base = source.ckan.base_url.endsWith("/") ? source.ckan.base_url : `${source.ckan.base_url}/`;
  const url = new URL(`api/3/action/package_search?${searchParams(source.ckan)}`, base);
  const res = await httpGet(url.href, { ...remoteOptions(source, ctx), expect: "json", validators: null });
  if (res.status !== "fetched") throw new SourceError(issue("catalog_bad_response", { value: `304, ${safeUrl(url)}` }));
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(res.bytes));
  } catch {
    throw new SourceError(issue("catalog_bad_response", { value: `not JSON, ${safeUrl(url)}` }));
  }
  const parsed = PackageSearch.safeParse(body);
  if (!parsed.success) throw new SourceError(issue("catalog_bad_response", { value: `no package_search result, ${safeUrl(url)}` }));
  const picked = pickResource(parsed.data.result.results, source.dataset, base);
  if (!picked) throw new SourceError(issue("catalog_no_resource", { value: `${source.dataset}, ${safeUrl(url)}` }));
  return picked;
}

/** The newest CSV/XLSX resource whose package title, resource name or tags name the dataset, not only inside the name
 *  of another list (its exclude_keywords: 予防接種実施医療機関). */
export function pickResource(packages: readonly z.infer<typeof Package>[], datasetId: string, base: string): PickedResource | null {
  const dataset = getDataset(datasetId);
  let best: PickedResource | null = null;
  for (const p of packages) {
    const tags = (p.tags ?? []).map((t) => t.name).join(" ");
    for (const r of p.resources ?? []) {
      if (!DATA_FORMATS.test((r.format ?? "").trim()) && !DATA_EXTENSIONS.test(r.url)) continue;
      const text = `${p.title ?? ""} ${r.name ?? ""} ${tags}`;
      if (dataset === undefined || datasetNameLength(text, dataset) === 0) continue;
      let url: string;
      try {
        url = new URL(r.url, base).href;
      } catch {
        continue;
      }
      const modified = r.last_modified ?? r.metadata_modified ?? r.created ?? p.metadata_modified ?? null;
      if (!best || (modified ?? "") > (best.modified ?? "")) best = { url, package_name: p.name, resource_name: r.name ?? null, modified };
    }
  }
  return best;
}

export async function fetchCkan(source: CkanSource, ctx: FetchContext): Promise<FetchOutcome> {
  const resource = await findResource(source, ctx);
  return fetchData(resource.url, source, ctx);
}
