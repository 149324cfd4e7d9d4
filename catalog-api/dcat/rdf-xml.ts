// RDF/XML, the format ckanext-dcat serves at /catalog.{rdf,xml} and /dataset/{id}.{rdf,xml}: the triples that the
// `jsonld` package reads from our JSON-LD (so every format holds the same triples), written by rdflib.js.
// rdflib.js is loaded on first use: it is large, and only RDF/XML requests need it. Our graphs have no blank nodes
// (every node has an @id): rdflib.js 2.3 nests a blank node met once as parseType="Resource" around an
// rdf:Description, which RDF/XML readers refuse (test/compat/python.test.ts reads every document with rdflib).
import jsonld from "jsonld";

/** A term as jsonld.toRDF gives it (RDF/JS shape). */
interface JsonLdTerm { termType: string; value: string; language?: string; datatype?: { value: string } }
interface JsonLdQuad { subject: JsonLdTerm; predicate: JsonLdTerm; object: JsonLdTerm }

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

/** `prefixes` name the namespaces in the XML (the JSON-LD @context's, so both documents read alike). */
export async function toRdfXml(doc: Record<string, unknown>, prefixes: Readonly<Record<string, string>>): Promise<string> {
  const $rdf = await import("rdflib");
  const quads = await jsonld.toRDF(doc as never, { documentLoader: offlineLoader } as never) as unknown as JsonLdQuad[];
  const store = $rdf.graph();
  for (const [prefix, namespace] of Object.entries(prefixes)) store.setPrefixForURI(prefix, namespace);
  const term = (t: JsonLdTerm) => {
    if (t.termType === "BlankNode") return $rdf.blankNode(t.value.replace(/^_:/, ""));
    if (t.termType !== "Literal") return $rdf.sym(t.value);
    const datatype = t.datatype?.value;
    if (t.language) return $rdf.literal(t.value, t.language);
    return datatype && datatype !== XSD_STRING && datatype !== RDF_LANG_STRING ? $rdf.literal(t.value, $rdf.sym(datatype)) : $rdf.literal(t.value);
  };
  for (const q of quads) store.add(term(q.subject) as never, term(q.predicate) as never, term(q.object) as never);
  // no base: every IRI is written whole, so the document means the same wherever it is saved or parsed from
  return `<?xml version="1.0" encoding="utf-8"?>\n${$rdf.serialize(null, store, undefined, "application/rdf+xml") ?? ""}`;
}

async function offlineLoader(url: string): Promise<never> {
  throw new Error(`refusing to load remote JSON-LD document ${url}`);
}
