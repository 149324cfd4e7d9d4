// A header written as the IRI of a vocabulary's term (`https://schema.org/name`, `http://www.w3.org/2003/01/geo/
// wgs84_pos#lat`), as lists made for Linked Open Data head their columns (福井県's municipalities, Code for Fukui's
// rdf terms): the term's local name (`name`, `lat`, `telephone`) is the English header it stands for. A leaf module:
// it gives the header to try, header-match.ts matches it.

/** An http(s) IRI with a local name after its last `#` or `/`: letters first, then letters, digits, `_` or `-`. */
const IRI = /^https?:\/\/[^\s#]+?[#/]([A-Za-z][A-Za-z0-9_-]*)$/;

/** The local name of a header written as an IRI (`https://schema.org/postalCode` → postalCode); null for any other
 *  header. */
export function iriLocalName(cell: string): string | null {
  return IRI.exec(cell.trim())?.[1] ?? null;
}
