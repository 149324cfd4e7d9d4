// The IRIs DCAT mints for things (the catalog, datasets, distributions, publishers, places, services) are not
// documents: each answers 303 See Other to the document about it that Accept prefers (JSON-LD when it names none).
import type { FastifyReply, FastifyRequest } from "fastify";
import { negotiate } from "../negotiate.ts";
import { RDF_MEDIA_TYPES } from "./document.ts";

/** Where a thing is described: RDF always; a portal page and API JSON when there is one. */
export interface Documents { jsonld: string; ttl: string; rdf: string; html?: string; json?: string }

const SERVED: ReadonlyArray<readonly [string, keyof Documents]> = [
  [RDF_MEDIA_TYPES.jsonld, "jsonld"], [RDF_MEDIA_TYPES.ttl, "ttl"], [RDF_MEDIA_TYPES.rdf, "rdf"], ["text/html", "html"], ["application/json", "json"],
];

export function seeOther(req: FastifyRequest, reply: FastifyReply, documents: Documents) {
  const kind = negotiate(req.headers.accept, SERVED.filter(([, k]) => documents[k] !== undefined), "jsonld");
  return reply.header("vary", "accept").redirect(documents[kind]!, 303);
}
