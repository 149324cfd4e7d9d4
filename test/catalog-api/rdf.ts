// Reading our DCAT in tests: triples from JSON-LD (offline) or N-Triples, and a harvester's walk over every IRI
// the documents mint under our base.
import jsonld from "jsonld";

export const DCAT = "http://www.w3.org/ns/dcat#";
export const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
/** What a DCAT harvester asks for (rdflib's order of preference, more or less). */
export const HARVESTER_ACCEPT = "application/ld+json, text/turtle;q=0.9, application/rdf+xml;q=0.8, */*;q=0.1";

/** [s, p, o] of each line of N-Triples or N-Quads (enough for IRIs and simple literals). */
export function parseNTriples(text: string): string[][] {
  return text.trim().split("\n").map((l) => l.match(/(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?)/g)!.slice(0, 3));
}

export async function triples(doc: unknown): Promise<string[][]> {
  const nquads = await jsonld.toRDF(doc as never, { format: "application/n-quads", documentLoader: async (url: string) => { throw new Error(`remote ${url}`); } } as never) as unknown as string;
  return parseNTriples(nquads);
}

export interface Crawl {
  /** every IRI under base met in any document (subject or object), fragments kept */
  iris: Set<string>;
  /** the IRIs that are the subject of an rdf:type triple, with their types */
  typed: Map<string, Set<string>>;
  /** what a GET of each fetched URL (fragment cut) answered first: status and Location or Content-Type */
  answers: Map<string, { status: number; location: string | null; type: string | null }>;
  /** each RDF document fetched, as triples */
  documents: Map<string, string[][]>;
}

/** Fetches `start`, then every IRI under `base` found in what came back, following 303s by hand, until nothing new. */
export async function crawl(base: string, start: string, accept = HARVESTER_ACCEPT): Promise<Crawl> {
  const out: Crawl = { iris: new Set(), typed: new Map(), answers: new Map(), documents: new Map() };
  const queue = [start];
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!.split("#")[0]!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await fetch(url, { headers: { accept }, redirect: "manual" });
    const location = res.headers.get("location");
    out.answers.set(url, { status: res.status, location, type: res.headers.get("content-type") });
    if (res.status === 303 && location) { queue.push(location); await res.arrayBuffer(); continue; }
    const type = res.headers.get("content-type") ?? "";
    const found = type.startsWith("application/ld+json") ? await triples(await res.json())
      : type.startsWith("text/turtle") ? parseNTriples(await res.text()) : (await res.arrayBuffer(), null);
    if (!found) continue;
    out.documents.set(url, found);
    for (const [s, p, o] of found) {
      if (p === `<${RDF_TYPE}>`) out.typed.set(s!.slice(1, -1), (out.typed.get(s!.slice(1, -1)) ?? new Set()).add(o!.slice(1, -1)));
      for (const term of [s, o]) {
        if (!term?.startsWith(`<${base}/`)) continue;
        const iri = term.slice(1, -1);
        out.iris.add(iri);
        queue.push(iri);
      }
    }
  }
  return out;
}
