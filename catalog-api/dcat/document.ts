// DCAT nodes as the documents the routes send: JSON-LD compacted against an inline @context (the `jsonld` package,
// no remote contexts, ever), Turtle, or RDF/XML (rdf-xml.ts).
import type { FastifyReply } from "fastify";
import jsonld from "jsonld";
import type { RdfFormat } from "../urls.ts";
import { toRdfXml } from "./rdf-xml.ts";

export const CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/", foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#", skos: "http://www.w3.org/2004/02/skos/core#",
  hydra: "http://www.w3.org/ns/hydra/core#", xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

export type Node = Record<string, unknown>;

/** By document extension, as ckanext-dcat's CONTENT_TYPES: .rdf and .xml are both RDF/XML; .n3 is the Turtle, which
 *  N3 readers take as it is (N3 is a superset of Turtle). */
export const RDF_MEDIA_TYPES: Record<RdfFormat, string> = {
  jsonld: "application/ld+json", ttl: "text/turtle", rdf: "application/rdf+xml", xml: "application/rdf+xml", n3: "text/n3",
};
export const RDF_FORMAT_NAMES: Record<RdfFormat, string> = { jsonld: "JSON-LD", ttl: "Turtle", rdf: "RDF/XML", xml: "RDF/XML", n3: "N3" };

/** Merges nodes that share an @id (the same publisher appears under many datasets) and compacts against CONTEXT. */
export async function toDocument(nodes: readonly Node[]): Promise<Record<string, unknown>> {
  const byId = new Map<string, Node>();
  for (const n of nodes) {
    const id = n["@id"] as string;
    const prev = byId.get(id);
    if (!prev) { byId.set(id, n); continue; }
    for (const [k, v] of Object.entries(n)) {
      if (!(k in prev)) prev[k] = v;
      else if (k !== "@id" && JSON.stringify(prev[k]) !== JSON.stringify(v)) {
        const a = Array.isArray(prev[k]) ? prev[k] as unknown[] : [prev[k]];
        const b = Array.isArray(v) ? v : [v];
        prev[k] = [...a, ...b.filter((x) => !a.some((y) => JSON.stringify(y) === JSON.stringify(x)))];
      }
    }
  }
  const doc = { "@context": CONTEXT, "@graph": [...byId.values()] };
  const compacted = await jsonld.compact(doc as never, CONTEXT as never, { documentLoader: offlineLoader } as never);
  return compacted as unknown as Record<string, unknown>;
}

/** Turtle written as N-Triples (one triple a line, full IRIs): the subset of Turtle that every Turtle reader takes,
 *  serialized by the same `jsonld` package that wrote the JSON-LD, so both always hold the same triples. */
export async function toTurtle(doc: Record<string, unknown>): Promise<string> {
  return await jsonld.toRDF(doc as never, { format: "application/n-quads", documentLoader: offlineLoader } as never) as unknown as string;
}

export async function sendGraph(reply: FastifyReply, nodes: readonly Node[], format: RdfFormat) {
  const doc = await toDocument(nodes);
  if (format === "ttl" || format === "n3") return reply.type(`${RDF_MEDIA_TYPES[format]}; charset=utf-8`).send(await toTurtle(doc));
  if (format === "rdf" || format === "xml") return reply.type(`${RDF_MEDIA_TYPES[format]}; charset=utf-8`).send(await toRdfXml(doc, CONTEXT));
  return reply.type(RDF_MEDIA_TYPES.jsonld).send(JSON.stringify(doc));
}

/** No network: our context is inline, so any attempt to load a remote document is a bug. */
async function offlineLoader(url: string): Promise<never> {
  throw new Error(`refusing to load remote JSON-LD document ${url}`);
}
