// The IRIs DCAT mints for things (the catalog, datasets, distributions, publishers, places, services) are not
// documents: each answers 303 See Other to the document about it that Accept prefers (JSON-LD when it names none).
import type { FastifyReply, FastifyRequest } from "fastify";
import { negotiate } from "../negotiate.ts";
import type { RdfFormat } from "../urls.ts";
import { RDF_MEDIA_TYPES } from "./document.ts";

/** Where a thing is described: RDF always; a portal page and API JSON when there is one. */
export interface Documents extends RdfDocuments { html?: string; json?: string }

/** A thing's RDF documents, one per media type (RDF/XML's .rdf for both of its extensions). */
type RdfDocuments = Record<Exclude<RdfFormat, "xml">, string>;

/** The RDF documents about a thing, given the URL of its document in a format. */
export const rdfDocuments = (url: (format: RdfFormat) => string): RdfDocuments =>
  ({ jsonld: url("jsonld"), ttl: url("ttl"), rdf: url("rdf"), n3: url("n3") });

const SERVED: ReadonlyArray<readonly [string, keyof Documents]> = [
  [RDF_MEDIA_TYPES.jsonld, "jsonld"], [RDF_MEDIA_TYPES.ttl, "ttl"], [RDF_MEDIA_TYPES.rdf, "rdf"], [RDF_MEDIA_TYPES.n3, "n3"], ["text/html", "html"], ["application/json", "json"],
];

export function seeOther(req: FastifyRequest, reply: FastifyReply, documents: Documents) {
  const kind = negotiate(req.headers.accept, SERVED.filter(([, k]) => documents[k] !== undefined), "jsonld");
  return reply.header("vary", "accept").redirect(documents[kind]!, 303);
}
