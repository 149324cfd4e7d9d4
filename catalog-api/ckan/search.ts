// package_search over the in-memory CKAN view: the Solr query subset real clients send (q, fq with field:value,
// quoted values, (a OR b), [x TO y] ranges, wildcards, leading -/+ and OR), sort, paging and facets.
import type { CkanPackage, PackageEntry } from "./packages.ts";
import { searchQueryError } from "./envelope.ts";

type Value =
  | { kind: "any" }
  | { kind: "term"; text: string }
  | { kind: "pattern"; re: RegExp }
  | { kind: "range"; from: string | null; to: string | null }
  | { kind: "set"; values: Value[]; all: boolean };

interface Clause { negate: boolean; field: string | null; value: Value }

/** Splits on whitespace outside quotes, brackets and parentheses. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let cur = "", depth = 0, quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) { cur += ch + text[++i]; continue; }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "(" || ch === "[" || ch === "{")) depth++;
    else if (!quoted && (ch === ")" || ch === "]" || ch === "}")) depth = Math.max(0, depth - 1);
    if (!quoted && depth === 0 && /\s/.test(ch)) {
      if (cur) tokens.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) tokens.push(cur);
  return tokens;
}

const unescape = (s: string) => s.replace(/\\(.)/g, "$1");

/** Solr-style timestamps and NOW[-nUNIT] → CKAN's naive UTC form with microseconds, comparable as strings. */
export function normalizeTime(text: string): string {
  const now = /^NOW(?:([+-])(\d+)(DAYS?|HOURS?|MINUTES?))?$/i.exec(text);
  if (now) {
    const unit = { D: 86_400_000, H: 3_600_000, M: 60_000 }[now[3]?.[0]?.toUpperCase() as "D" | "H" | "M"] ?? 0;
    const shift = now[1] ? (now[1] === "-" ? -1 : 1) * Number(now[2]) * unit : 0;
    return new Date(Date.now() + shift).toISOString().replace("Z", "").padEnd(26, "0");
  }
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?)?Z?$/.exec(text);
  if (!m) return text;
  const time = (m[2] ?? "00:00:00").padEnd(8, ":00").slice(0, 8);
  return `${m[1]}T${time}.${(m[3] ?? "").padEnd(6, "0").slice(0, 6)}`;
}

function parseValue(raw: string): Value {
  if (raw === "*") return { kind: "any" };
  const range = /^[[{](.+?)\s+TO\s+(.+?)[\]}]$/.exec(raw);
  if (range) {
    const end = (s: string) => (s === "*" ? null : unescape(s.replace(/^"|"$/g, "")));
    return { kind: "range", from: end(range[1]!), to: end(range[2]!) };
  }
  if (raw.startsWith("(") && raw.endsWith(")")) {
    const parts = tokenize(raw.slice(1, -1));
    const any = parts.some((p) => p === "OR");
    return { kind: "set", all: !any, values: parts.filter((p) => p !== "OR" && p !== "AND").map(parseValue) };
  }
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return { kind: "term", text: unescape(raw.slice(1, -1)) };
  if (/(?<!\\)[*?]/.test(raw)) {
    const re = unescape(raw).split("").map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
    return { kind: "pattern", re: new RegExp(`^${re}$`, "i") };
  }
  return { kind: "term", text: unescape(raw) };
}

function parseClauses(text: string): Clause[][] {
  // groups of ANDed clauses joined by OR; "AND" is the default operator (q.op=AND)
  const groups: Clause[][] = [[]];
  for (const token of tokenize(text.trim())) {
    if (token === "OR") { groups.push([]); continue; }
    if (token === "AND" || token === "&&") continue;
    const negate = token.startsWith("-") || token.startsWith("!");
    const body = token.replace(/^[-+!]/, "");
    const m = /^([A-Za-z_][\w.]*):(.+)$/s.exec(body);
    const clause: Clause = m ? { negate, field: m[1]!, value: parseValue(m[2]!) } : { negate, field: null, value: parseValue(body) };
    groups.at(-1)!.push(clause);
  }
  return groups.filter((g) => g.length > 0);
}

/** The values a package has for a Solr field; undefined = unknown field. */
function fieldValues(pkg: CkanPackage, field: string): string[] | undefined {
  switch (field) {
    case "name": return [pkg.name];
    case "id": case "guid": return [pkg.id];
    case "title": case "title_string": case "title_ngram": return [pkg.title];
    case "notes": return [pkg.notes];
    case "organization": return [pkg.organization.name];
    case "owner_org": return [pkg.owner_org];
    case "tags": return pkg.tags.map((t) => t.name);
    case "res_format": return pkg.resources.map((r) => r.format);
    case "res_name": return pkg.resources.map((r) => r.name);
    case "res_url": return pkg.resources.map((r) => r.url);
    case "license_id": return [pkg.license_id];
    case "type": case "dataset_type": return [pkg.type];
    case "state": return [pkg.state];
    case "capacity": return ["public"];
    case "groups": return [];
    case "site_id": case "entity_type": return ["*"];
    case "metadata_modified": return [pkg.metadata_modified];
    case "metadata_created": return [pkg.metadata_created];
    case "num_resources": return [String(pkg.num_resources)];
    case "num_tags": return [String(pkg.num_tags)];
    case "maintainer": return [pkg.maintainer];
    case "url": return [pkg.url];
    case "version": return [pkg.version];
    case "text": return [textOf(pkg)];
    default: {
      const extra = field.startsWith("extras_") ? pkg.extras.find((e) => e.key === field.slice(7)) : undefined;
      return extra ? [extra.value] : field.startsWith("extras_") ? [] : undefined;
    }
  }
}

const textOf = (pkg: CkanPackage) =>
  [pkg.name, pkg.title, pkg.notes, pkg.organization.title, pkg.organization.name, ...pkg.tags.map((t) => t.name),
    ...pkg.extras.map((e) => e.value)].join(" ").normalize("NFKC").toLowerCase();

const isTime = (field: string) => field === "metadata_modified" || field === "metadata_created";

function matchValue(values: string[], value: Value, field: string, free: boolean): boolean {
  switch (value.kind) {
    case "any": return values.length > 0;
    case "term": {
      const t = value.text.normalize("NFKC").toLowerCase();
      return free ? values.some((v) => v.includes(t)) : values.some((v) => v.normalize("NFKC").toLowerCase() === t);
    }
    case "pattern": return values.some((v) => value.re.test(v));
    case "range": {
      const norm = (s: string) => (isTime(field) ? normalizeTime(s) : s);
      const numeric = !isTime(field) && [value.from, value.to].every((b) => b === null || Number.isFinite(Number(b)));
      return values.some((v) => {
        const cmp = (a: string, b: string) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0);
        return (value.from === null || cmp(norm(v), norm(value.from)) >= 0) && (value.to === null || cmp(norm(v), norm(value.to)) <= 0);
      });
    }
    case "set": return value.all
      ? value.values.every((v) => matchValue(values, v, field, free))
      : value.values.some((v) => matchValue(values, v, field, free));
  }
}

function matchClause(pkg: CkanPackage, c: Clause): boolean {
  if (c.field === null) {
    if (c.value.kind === "term" && (c.value.text === "*:*" || c.value.text === "*")) return true;
    return matchValue([textOf(pkg)], c.value, "text", true);
  }
  if (c.field === "*" ) return true;
  const values = fieldValues(pkg, c.field);
  if (values === undefined) throw searchQueryError(`undefined field ${c.field}`);
  if (values.includes("*")) return true;
  return matchValue(values, c.value, c.field, c.field === "text");
}

/** A compiled q or fq: negated clauses apply to every OR-group (Solr reads "-a:x" as a filter on the whole query). */
export function compileQuery(text: string | undefined): (pkg: CkanPackage) => boolean {
  if (!text || text.trim() === "" || text.trim() === "*:*") return () => true;
  const groups = parseClauses(text);
  const negatives = groups.flat().filter((c) => c.negate);
  const positives = groups.map((g) => g.filter((c) => !c.negate)).filter((g) => g.length > 0);
  return (pkg) =>
    negatives.every((c) => !matchClause(pkg, c)) && (positives.length === 0 || positives.some((g) => g.every((c) => matchClause(pkg, c))));
}

// ---- sort ----

const SORT_FIELDS: Record<string, (p: CkanPackage) => string | number> = {
  id: (p) => p.id, name: (p) => p.name, title_string: (p) => p.title, title: (p) => p.title,
  metadata_modified: (p) => p.metadata_modified, metadata_created: (p) => p.metadata_created,
  num_resources: (p) => p.num_resources, num_tags: (p) => p.num_tags, score: () => 0,
};

export const DEFAULT_SORT = "score desc, metadata_modified desc";

export function compileSort(text: string | undefined): (a: CkanPackage, b: CkanPackage) => number {
  const keys = (text?.trim() ? text : DEFAULT_SORT).split(",").map((s) => s.trim()).filter(Boolean).map((part) => {
    const [field = "", dir = "asc", ...rest] = part.split(/\s+/);
    const get = SORT_FIELDS[field];
    if (!get || rest.length || (dir !== "asc" && dir !== "desc")) throw searchQueryError(`Can't sort by "${part}"`);
    return { get, sign: dir === "desc" ? -1 : 1 };
  });
  return (a, b) => {
    for (const { get, sign } of keys) {
      const x = get(a), y = get(b);
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;   // stable pages for harvesters
  };
}

// ---- facets ----

const FACETS: Record<string, (p: CkanPackage) => Array<{ name: string; display_name: string }>> = {
  organization: (p) => [{ name: p.organization.name, display_name: p.organization.title }],
  tags: (p) => p.tags.map((t) => ({ name: t.name, display_name: t.display_name })),
  res_format: (p) => [...new Set(p.resources.map((r) => r.format))].map((f) => ({ name: f, display_name: f })),
  license_id: (p) => [{ name: p.license_id, display_name: p.license_title }],
  groups: () => [],
};

export interface FacetResult {
  facets: Record<string, Record<string, number>>;
  search_facets: Record<string, { title: string; items: Array<{ name: string; display_name: string; count: number }> }>;
}

export function facetsOf(entries: readonly PackageEntry[], fields: readonly string[], limit: number, mincount: number): FacetResult {
  const out: FacetResult = { facets: {}, search_facets: {} };
  for (const field of fields) {
    const get = FACETS[field];
    if (!get) throw searchQueryError(`can't facet on field ${field}`);
    const counts = new Map<string, { name: string; display_name: string; count: number }>();
    for (const { pkg } of entries) {
      for (const v of get(pkg)) {
        const hit = counts.get(v.name) ?? { ...v, count: 0 };
        hit.count += 1;
        counts.set(v.name, hit);
      }
    }
    let items = [...counts.values()].filter((i) => i.count >= mincount).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
    if (limit >= 0) items = items.slice(0, limit);
    out.facets[field] = Object.fromEntries(items.map((i) => [i.name, i.count]));
    // CKAN sorts search_facets items by display_name, descending
    out.search_facets[field] = { title: field, items: [...items].sort((a, b) => (a.display_name < b.display_name ? 1 : a.display_name > b.display_name ? -1 : 0)) };
  }
  return out;
}
