// ckanext-dcat's `profiles` parameter (`/catalog.ttl?profiles=euro_dcat_ap_2`): the RDF profiles a document is written
// with, comma-separated. The hub writes one DCAT-AP document, which every version of ckanext-dcat's DCAT-AP profiles
// asks for; a profile it does not write (schemaorg, a site's own) is refused as ckanext-dcat refuses an unknown one
// (RDFProfileException → 409), rather than answered with a document of another profile.

/** The ckanext-dcat profiles whose document is the hub's DCAT-AP one. */
export const DCAT_AP_PROFILES: readonly string[] = ["euro_dcat_ap_3", "euro_dcat_ap_2", "euro_dcat_ap"];

/** The profiles asked for that the hub does not write (empty: none, or only DCAT-AP ones). */
export function unofferedProfiles(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return raw.split(",").map((p) => p.trim()).filter((p) => p !== "" && !DCAT_AP_PROFILES.includes(p));
}
