// package_search over the in-memory CKAN view: the Lucene/Solr query syntax real clients send (q and fq with
// field:value, quoted phrases, wildcards, (groups), field:(a OR b), [x TO y] and {x TO y} ranges, AND/OR/NOT, +/-/!),
// read with Lucene's own rules for combining clauses under CKAN's q.op=AND; sort, paging and facets. Syntax outside
// this subset (fuzzy ~, /regex/, local params) is an error, never a silently different answer: a Search Error (409), as
// CKAN answers whatever Solr refuses to parse; only a bad sort is a Search Query Error (400), as in CKAN's query.py.
// A q without ":" is free text, which CKAN hands to Solr's DisMax: read as DisMax reads it, it is never an error.
import type { CkanPackage, PackageEntry } from "./packages.ts";
import { searchError, searchQueryError } from "./envelope.ts";
import { solrToCkanTime } from "./solr-time.ts";
import { queryParts, termMatches, textMatches } from "./text-analysis.ts";

type Value =
  | { kind: "any" }
  | { kind: "term"; text: string; phrase: boolean }
  | { kind: "pattern"; re: RegExp }
  | { kind: "range"; from: string | null; to: string | null; fromIncluded: boolean; toIncluded: boolean };

type Occur = "must" | "should" | "not";
type Query =
  | { kind: "bool"; clauses: Array<{ occur: Occur; query: Query }>; minShouldMatch?: number }
  | { kind: "match"; field: string | null; value: Value };

const unescape = (s: string) => s.replace(/\\(.)/g, "$1");

/** CKAN's Solr fields, as the values a package has for each; `text` fields are tokenised (a term matches whole words
 *  of the value, text-analysis.ts), title_ngram matches any 2 to 10 characters of the title, the others are strings
 *  (the whole value must match). */
const FIELDS: Record<string, (pkg: CkanPackage) => string[]> = {
  name: (p) => [p.name], id: (p) => [p.id], guid: (p) => [p.id],
  title: (p) => [p.title], title_ngram: (p) => [p.title], title_string: (p) => [p.title], notes: (p) => [p.notes],
  organization: (p) => [p.organization.name], owner_org: (p) => [p.owner_org],
  tags: (p) => p.tags.map((t) => t.name),
  res_format: (p) => p.resources.map((r) => r.format), res_name: (p) => p.resources.map((r) => r.name),
  res_url: (p) => p.resources.map((r) => r.url),
  license_id: (p) => [p.license_id], type: (p) => [p.type], dataset_type: (p) => [p.type], state: (p) => [p.state],
  capacity: () => ["public"], groups: () => [],
  metadata_modified: (p) => [p.metadata_modified], metadata_created: (p) => [p.metadata_created],
  num_resources: (p) => [String(p.num_resources)], num_tags: (p) => [String(p.num_tags)],
  maintainer: (p) => [p.maintainer], url: (p) => [p.url], version: (p) => [p.version],
  text: (p) => textOf(p),
};
const TEXT_FIELDS = new Set(["title", "notes", "res_name", "maintainer", "text"]);
/** CKAN's "textgen" fields: its text analysis without the split at a case change. */
const TEXTGEN_FIELDS = new Set(["res_name", "maintainer"]);
/** CKAN's "text_ngram" field: every 2 to 10 characters of the title are indexed, a query word must be one of them. */
const NGRAM_FIELDS = new Set(["title_ngram"]);
/** Fields every package of this hub has the same value for: any query on them matches. */
const CONSTANT_FIELDS = new Set(["site_id", "entity_type"]);

function valuesOf(pkg: CkanPackage, field: string): string[] {
  const get = FIELDS[field];
  if (get) return get(pkg);
  const extra = pkg.extras.find((e) => e.key === field.slice("extras_".length));
  return extra ? [extra.value] : [];
}

const knownField = (field: string) => Object.hasOwn(FIELDS, field) || CONSTANT_FIELDS.has(field) || field.startsWith("extras_") || field === "*";
const isText = (field: string) => TEXT_FIELDS.has(field) || field.startsWith("extras_");
const splitsOnCaseChange = (field: string | null) => field === null || !TEXTGEN_FIELDS.has(field);
const isTime = (field: string | null) => field === "metadata_modified" || field === "metadata_created";

/** Text as a query matches it: NFKC, lower case. */
const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/** The values free text is matched in (CKAN's catch-all `text` field), each on its own: Solr's position gap between
 *  the values of a field keeps a phrase from running from one into the next. */
const textOf = (pkg: CkanPackage) =>
  [pkg.name, pkg.title, pkg.notes, pkg.organization.title, pkg.organization.name, ...pkg.tags.map((t) => t.name),
    ...pkg.extras.map((e) => e.value)];

/** A date in a query: unreadable dates are Solr's "Invalid Date String" (CKAN answers it as a 409 Search Error). */
function timeOf(text: string): string {
  const time = solrToCkanTime(text);
  if (time === null) {
    throw searchError(`Invalid Date String: '${text}'. Use ISO 8601 (2026-12-05T21:00:00Z, 2026-12-06T06:00:00+09:00) or Solr date math (NOW/DAY, NOW-1DAY)`);
  }
  return time;
}

/** A recursive-descent reader of the Lucene standard query syntax. */
class QueryReader {
  private pos = 0;
  /** `defaultOr`: words without AND/OR/+ are optional (DisMax), not required (Lucene under CKAN's q.op=AND). */
  constructor(private readonly text: string, private readonly defaultOr = false) {}

  read(): Query {
    const query = this.clauses(null, false);
    if (this.pos < this.text.length) throw searchError(`unbalanced ")" at position ${this.pos + 1} of ${JSON.stringify(this.text)}`);
    return query;
  }

  private peek(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    return m ? m[0] : null;
  }

  private skipSpace() { while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++; }

  /** Clauses up to the end (or ")" inside a group), combined as Lucene's QueryParserBase.addClause does with q.op=AND. */
  private clauses(field: string | null, inGroup: boolean): Query {
    const out: Array<{ occur: Occur; query: Query }> = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.text.length || this.text[this.pos] === ")") break;
      let conj: "and" | "or" | null = null;
      const word = this.peek(/(AND|OR|&&|\|\|)(?=[\s(]|$)/y);
      if (word) {
        conj = word === "AND" || word === "&&" ? "and" : "or";
        this.pos += word.length;
        this.skipSpace();
      }
      let modifier: "required" | "not" | null = null;
      const not = this.peek(/NOT(?=[\s(]|$)/y);
      if (not) { modifier = "not"; this.pos += 3; this.skipSpace(); }
      else if (this.text[this.pos] === "+") { modifier = "required"; this.pos++; }
      else if (this.text[this.pos] === "-" || this.text[this.pos] === "!") { modifier = "not"; this.pos++; }
      if (this.pos >= this.text.length || this.text[this.pos] === ")") {
        if (conj || modifier) throw searchError(`a query cannot end with an operator: ${JSON.stringify(this.text)}`);
        break;
      }
      const query = this.clause(field);
      const last = out.at(-1);
      if (last && last.occur !== "not") {
        if (conj === "and") last.occur = "must";
        if (conj === "or" && !this.defaultOr) last.occur = "should";
      }
      out.push({ occur: this.occurOf(conj, modifier), query });
    }
    if (inGroup && this.text[this.pos] !== ")") throw searchError(`missing ")" in ${JSON.stringify(this.text)}`);
    return out.length === 1 && out[0]!.occur === "must" ? out[0]!.query : { kind: "bool", clauses: out };
  }

  /** Lucene's QueryParserBase.addClause: the clause's own modifier first, then its conjunction, then the default operator. */
  private occurOf(conj: "and" | "or" | null, modifier: "required" | "not" | null): Occur {
    if (modifier === "not") return "not";
    if (modifier === "required" || conj === "and") return "must";
    return conj === "or" || this.defaultOr ? "should" : "must";
  }

  private group(field: string | null): Query {
    this.pos++;   // (
    const query = this.clauses(field, true);
    this.pos++;   // )
    return query;
  }

  private clause(defaultField: string | null): Query {
    if (this.text[this.pos] === "(") return this.boosted(this.group(defaultField));
    const named = this.peek(/(\*|[A-Za-z_][\w.]*):(?!\s)/y);
    let field = defaultField;
    if (named) {
      field = named.slice(0, -1);
      if (!knownField(field)) throw searchError(`undefined field ${field}`);
      this.pos += named.length;
      if (this.text[this.pos] === "(") return this.boosted(this.group(field));
    }
    return this.boosted({ kind: "match", field, value: this.value(field) });
  }

  /** A boost (^2) changes only scores, which this hub does not rank by: read and dropped. */
  private boosted(query: Query): Query {
    const boost = this.peek(/\^\d+(\.\d+)?/y);
    if (boost) this.pos += boost.length;
    if (this.text[this.pos] === "~") throw searchError(`fuzzy and proximity searches (~) are not supported: ${JSON.stringify(this.text)}`);
    return query;
  }

  private value(field: string | null): Value {
    const ch = this.text[this.pos]!;
    if (ch === "[" || ch === "{") return this.range(field);
    if (ch === "/") throw searchError(`regular expressions (/…/) are not supported: ${JSON.stringify(this.text)}`);
    if (ch === '"') {
      const phrase = this.peek(/"((?:[^"\\]|\\.)*)"/y);
      if (!phrase) throw searchError(`unbalanced quote in ${JSON.stringify(this.text)}`);
      this.pos += phrase.length;
      return { kind: "term", text: unescape(phrase.slice(1, -1)), phrase: true };
    }
    const raw = this.peek(/(?:[^\s()"\\^~]|\\.)+/y);
    if (!raw) throw searchError(`cannot read ${JSON.stringify(this.text.slice(this.pos))}`);
    this.pos += raw.length;
    if (raw.startsWith("{!")) throw searchError(`local parameters ({!…}) are not supported`);
    if (raw === "*") return { kind: "any" };
    if (/(?<!\\)[*?]/.test(raw)) return { kind: "pattern", re: wildcard(raw) };
    return { kind: "term", text: unescape(raw), phrase: false };
  }

  /** [a TO b], {a TO b} and the mixed forms: "[" and "]" include their bound, "{" and "}" exclude it. */
  private range(field: string | null): Value {
    const bound = String.raw`("(?:[^"\\]|\\.)*"|(?:[^\s\]}\\]|\\.)+)`;
    const re = new RegExp(String.raw`([[{])\s*${bound}\s+TO\s+${bound}\s*([\]}])`, "y");
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) throw searchError(`cannot read the range in ${JSON.stringify(this.text.slice(this.pos))}; write [from TO to] or {from TO to}`);
    this.pos += m[0].length;
    const end = (s: string) => {
      if (s === "*") return null;
      const text = unescape(s.replace(/^"|"$/g, ""));
      return isTime(field) ? timeOf(text) : text;
    };
    return { kind: "range", from: end(m[2]!), to: end(m[3]!), fromIncluded: m[1] === "[", toIncluded: m[4] === "]" };
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A Lucene wildcard term (* any run, ? one character, a backslash escapes) as an anchored, case-blind RegExp. */
function wildcard(raw: string): RegExp {
  let re = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "\\" && i + 1 < raw.length) re += escapeRe(raw[++i]!);
    else re += c === "*" ? ".*" : c === "?" ? "." : escapeRe(c);
  }
  return new RegExp(`^${re}$`, "i");
}

function matchValue(values: string[], value: Value, field: string | null): boolean {
  const text = field === null || isText(field);
  const ngram = field !== null && NGRAM_FIELDS.has(field);
  switch (value.kind) {
    case "any": return values.length > 0;
    case "term": {
      if (isTime(field)) { const t = timeOf(value.text); return values.includes(t); }
      const t = fold(value.text);
      if (ngram) return [...t].length >= 2 && [...t].length <= 10 && values.some((v) => fold(v).includes(t));
      return text ? values.some((v) => textMatches(v, value.text, value.phrase, splitsOnCaseChange(field)))
        : values.some((v) => fold(v) === t);
    }
    case "pattern":
      // Solr matches a pattern against indexed terms: a tokenised field's words, a string field's whole value
      return values.some((v) => (text ? termMatches(v, value.re, splitsOnCaseChange(field)) : value.re.test(v)));
    case "range": {
      const numeric = !isTime(field) && [value.from, value.to].every((b) => b === null || Number.isFinite(Number(b)));
      const cmp = (a: string, b: string) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0);
      return values.some((v) => {
        const lo = value.from === null ? 1 : cmp(v, value.from);
        const hi = value.to === null ? -1 : cmp(v, value.to);
        return (value.fromIncluded ? lo >= 0 : lo > 0) && (value.toIncluded ? hi <= 0 : hi < 0);
      });
    }
  }
}

function matches(pkg: CkanPackage, q: Query): boolean {
  if (q.kind === "match") {
    if (q.field === "*" || (q.field !== null && CONSTANT_FIELDS.has(q.field))) return true;
    return matchValue(q.field === null ? textOf(pkg) : valuesOf(pkg, q.field), q.value, q.field);
  }
  // Lucene's BooleanQuery: no prohibited clause may match; every required one must; without required clauses one
  // optional clause must. A group of prohibited clauses only matches what they leave out (Solr adds *:* to it).
  // A minimum of optional clauses (DisMax's mm) must match, all of them counted.
  let required = 0, optional = 0, optionalHits = 0;
  for (const { occur, query } of q.clauses) {
    if (occur === "not") { if (matches(pkg, query)) return false; continue; }
    if (occur === "must") { required++; if (!matches(pkg, query)) return false; continue; }
    optional++;
    if ((optionalHits === 0 || q.minShouldMatch !== undefined) && matches(pkg, query)) optionalHits++;
  }
  if (q.minShouldMatch !== undefined && optionalHits < q.minShouldMatch) return false;
  return required > 0 || optional === 0 || optionalHits > 0;
}

/** A compiled q or fq. Unknown fields, unreadable dates and syntax outside the supported subset throw here, at once. */
export function compileQuery(text: string | undefined): (pkg: CkanPackage) => boolean {
  if (!text || text.trim() === "" || text.trim() === "*:*") return () => true;
  const query = new QueryReader(text.trim()).read();
  return (pkg) => matches(pkg, query);
}

/** package_search's q, chosen as CKAN's query.py chooses: a q with ":" (or any q under another defType) is Lucene
 *  syntax, one without is free text for Solr's DisMax. */
export function compileSearchQ(q: string | undefined, defType?: string): (pkg: CkanPackage) => boolean {
  // CKAN's query.py reads an empty q, and q="" or q='' (empty quotes), as *:*
  if (q?.trim() === '""' || q?.trim() === "''") return () => true;
  if (!q?.trim() || q.includes(":") || (defType ?? "dismax") !== "dismax") return compileQuery(q);
  const read = new QueryReader(dismaxText(q.trim()), true).read();
  const clauses = (read.kind === "bool" ? read.clauses : [{ occur: "must" as Occur, query: read }]).flatMap(({ occur, query }) => {
    const word = analysedWord(query);
    return word ? [{ occur, query: word }] : [];
  });
  // words that analyse to nothing (`?`, `（`) are dropped; with none left Solr's query is empty and matches nothing
  if (!clauses.length) return () => false;
  const optional = clauses.filter((c) => c.occur === "should").length;
  const query: Query = { kind: "bool", clauses, minShouldMatch: ckanMinShouldMatch(optional) };
  return (pkg) => matches(pkg, query);
}

/** A free-text word that CKAN's text analysis reads to nothing (`?`, `（`): Solr drops it from the query. */
function analysedWord(query: Query): Query | null {
  if (query.kind !== "match" || query.value.kind !== "term") return query;
  return queryParts(query.value.text).length ? query : null;
}

/** What Solr's DisMax makes of free text before parsing it (SolrPluginUtils): quotes go when unbalanced
 *  (stripUnbalancedQuotes), every special character but + - " is a literal (partialEscape: `保育園 (認可`, `AED?`,
 *  `Wi-Fi*` read as words), and doubled or dangling +/- go (stripIllegalOperators: `AED +-`). */
function dismaxText(q: string): string {
  const quotes = q.split('"').length - 1;
  const balanced = quotes % 2 === 0 ? q : q.replaceAll('"', "");
  return balanced.replace(/[\\!():^[\]{}~*?/]/g, "\\$&")
    .replace(/\s+[+-](?:\s*[+-]+)+/g, " ").replace(/\s+[-+\s]+$/, "");
}

/** CKAN's mm, '2<-1 5<80%': of n optional words, up to 2 all must match, up to 5 all but one, more 80% (rounded down). */
const ckanMinShouldMatch = (n: number) => (n <= 2 ? n : n <= 5 ? n - 1 : Math.floor(n * 0.8));

// ---- sort ----

const SORT_FIELDS: Record<string, (p: CkanPackage) => string | number> = {
  id: (p) => p.id, name: (p) => p.name, title_string: (p) => p.title, title: (p) => p.title,
  metadata_modified: (p) => p.metadata_modified, metadata_created: (p) => p.metadata_created,
  num_resources: (p) => p.num_resources, num_tags: (p) => p.num_tags, score: () => 0,
};

export const DEFAULT_SORT = "score desc, metadata_modified desc";

/** Solr's sort directions (StrParser.getSortDirection): asc/desc and top (desc)/bottom (asc), in any case. */
const SORT_SIGN = new Map([["asc", 1], ["bottom", 1], ["desc", -1], ["top", -1]]);

export function compileSort(text: string | undefined): (a: CkanPackage, b: CkanPackage) => number {
  const keys = (text?.trim() ? text : DEFAULT_SORT).split(",").map((s) => s.trim()).filter(Boolean).map((part) => {
    const [field = "", dir = "asc", ...rest] = part.split(/\s+/);
    const get = Object.hasOwn(SORT_FIELDS, field) ? SORT_FIELDS[field] : undefined;
    const sign = SORT_SIGN.get(dir.toLowerCase());
    if (!get || rest.length || sign === undefined) throw searchQueryError(`Can't sort by "${part}"`);
    return { get, sign };
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
    const get = Object.hasOwn(FACETS, field) ? FACETS[field] : undefined;
    if (!get) throw searchError(`can't facet on field ${field}`);
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
