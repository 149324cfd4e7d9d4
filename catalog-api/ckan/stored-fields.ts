// package_search's fl: CKAN then returns, instead of package dicts, each result's fields as its Solr index stores them
// (get.py hands Solr the list joined by spaces; Solr reads names split by commas or spaces, * and ? as wildcards).
// Only what CKAN's schema.xml stores comes back: a field it only indexes (text, title_string, num_resources and the
// other package keys under its dynamic "*") or does not know is left out of the result without an error, as Solr
// leaves it out; so is a value pysolr never sent (an empty string, an empty tag list). An empty fl is Solr's default,
// every stored field.
import type { CkanPackage } from "./packages.ts";
import type { CkanParams } from "./params.ts";
import { isoToCkanTime } from "./solr-time.ts";

type Stored = string | string[];

/** A CKAN time as Solr returns a date: UTC with Z, milliseconds only when not zero (Java's Instant.toString). */
function solrTime(ckanTime: string): string {
  const iso = isoToCkanTime(`${ckanTime}Z`);
  return iso ? new Date(`${iso.slice(0, 23)}Z`).toISOString().replace(".000Z", "Z") : ckanTime;
}

/** The fields CKAN's schema.xml stores that this hub's packages have (multiValued ones as lists), in index.py's values:
 *  the organization by its name, the dates in Solr's form, the package dict as JSON text. title_ngram and name_ngram
 *  store the title and name they are copied from. */
const STORED: Record<string, (p: CkanPackage) => Stored> = {
  id: (p) => p.id, name: (p) => p.name, name_ngram: (p) => p.name, title: (p) => p.title, title_ngram: (p) => p.title,
  notes: (p) => p.notes, url: (p) => p.url, version: (p) => p.version, maintainer: (p) => p.maintainer,
  license_id: (p) => p.license_id, organization: (p) => p.organization.name, capacity: () => "public",
  state: (p) => p.state, dataset_type: (p) => p.type, entity_type: () => "package",
  tags: (p) => p.tags.map((t) => t.name), res_name: (p) => p.resources.map((r) => r.name),
  res_description: (p) => p.resources.map((r) => r.description), res_format: (p) => p.resources.map((r) => r.format),
  res_url: (p) => p.resources.map((r) => r.url),
  metadata_created: (p) => solrTime(p.metadata_created), metadata_modified: (p) => solrTime(p.metadata_modified),
  data_dict: (p) => JSON.stringify(p), validated_data_dict: (p) => JSON.stringify(p),
};

/** The field names fl asks for, read as CKAN's schema reads fl (convert_to_list_if_string: text is one item, a list
 *  stays a list) and as Solr reads the text get.py joins them into; undefined when absent or an empty list (CKAN then
 *  answers package dicts). Text naming no field (fl=) is Solr's default, every stored field: ["*"]. */
export function fieldList(params: CkanParams): string[] | undefined {
  const v = params.fl;
  if (v === undefined || v === null) return undefined;
  const items = Array.isArray(v) ? v : [v];
  if (!items.length) return undefined;
  const names = items.map((i) => (typeof i === "string" ? i : JSON.stringify(i))).join(" ").split(/[\s,]+/).filter(Boolean);
  return names.length ? names : ["*"];
}

const wildcard = (name: string) => new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);

/** A stored value as Solr holds it: pysolr sends no empty string, alone or in a list, and a field given no value is absent. */
function kept(value: Stored): Stored | undefined {
  const v = Array.isArray(value) ? value.filter((x) => x !== "") : value;
  return v.length ? v : undefined;
}

/** One result as CKAN answers it under fl: the stored fields asked for, an extra (extras_KEY) under its own KEY. */
export function storedFields(pkg: CkanPackage, fl: readonly string[]): Record<string, Stored> {
  const fields: Array<[string, () => Stored]> = [
    ...Object.entries(STORED).map(([field, get]): [string, () => Stored] => [field, () => get(pkg)]),
    ...pkg.extras.map((e): [string, () => Stored] => [`extras_${e.key}`, () => e.value]),
  ];
  const out: Record<string, Stored> = {};
  for (const name of fl) {
    const test = /[*?]/.test(name) ? wildcard(name) : null;
    for (const [field, get] of fields) {
      if (test ? !test.test(field) : field !== name) continue;
      const value = kept(get());
      // query.py gathers extras_* into an extras dict, which get.py merges back into the result under the bare key
      if (value !== undefined) out[field.startsWith("extras_") ? field.slice("extras_".length) : field] = value;
    }
  }
  return out;
}
