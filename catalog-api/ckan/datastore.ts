// datastore_search on a resource: the records of one published (municipality, dataset), with CKAN's filters, q,
// fields, sort, limit/offset, `fields` metadata and path-relative `_links` (CKAN ≤ 2.11).
import type { Column } from "../../schemas/column.ts";
import type { Dataset } from "../../schemas/dataset.ts";
import { kindOf, type Kind } from "../../schemas/types.ts";
import type { Db } from "../../storage/db.ts";
import { countRecords, offsetRecords, type FieldFilter, type RecordFilter, type SortKey } from "../../storage/records.ts";
import { BOOLEAN_WORDS, isDecimal, MATCH_BY_KIND } from "../records-query.ts";
import { nulMessage, paramWithNul } from "../nul.ts";
import { orderedRecord } from "../render/item.ts";
import { invalid, missing, notFound } from "./envelope.ts";
import type { CkanCatalog } from "./packages.ts";
import { bool, type CkanParams, list, natural, object, scalar, str } from "./params.ts";

/** The words of a string q: NFKC and lower case, each looked for in the record's values as stored (all of them, not
 *  the records API's folded search_text of name, reading and address). */
const valueWords = (q: string) => q.normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean);

const ROWS_DEFAULT = 100;
const ROWS_MAX = 32_000;

const PG_TYPE: Record<Kind, string> = {
  text: "text", code: "text", url: "text", email: "text", phone: "text", postal_code: "text", corporate_number: "text",
  integer: "int4", number: "numeric", latitude: "numeric", longitude: "numeric", date: "date", time: "time", boolean: "bool", mark: "bool", list: "text[]",
};

export function datastoreFields(dataset: Dataset) {
  return [
    { id: "_id", type: "int" },
    ...dataset.columns.map((c) => ({ id: c.key, type: PG_TYPE[kindOf(c.type)], info: { label: c.ja, notes: c.en, type_override: "" } })),
  ];
}

/** A column by key or by its Japanese name (Tokyo's datastore tables use the Japanese headers). */
function columnOf(dataset: Dataset, name: string): Column | undefined {
  return dataset.columnByKey.get(name) ?? dataset.columns.find((c) => c.ja === name);
}

/** JSON text (filters, q as an object) can spell a NUL as \u0000, which the raw request check cannot see. */
function refuseNul(param: string, value: unknown): void {
  const inside = paramWithNul(value);
  if (inside === undefined) return;
  const { ja, en } = nulMessage(inside ? `${param}.${inside}` : param);
  throw invalid(param, `${ja} / ${en}`);
}

function filterOf(dataset: Dataset, filters: Record<string, unknown>): FieldFilter[] {
  refuseNul("filters", filters);
  return Object.entries(filters).map(([name, raw]) => {
    const column = columnOf(dataset, name);
    if (!column) throw invalid("filters", `field "${name}" not in table`);
    const match = MATCH_BY_KIND[kindOf(column.type)];
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => {
      const text = String(v);
      if (match === "json") return BOOLEAN_WORDS[text.toLowerCase()] ?? text;
      return text;
    });
    if (match === "number" && values.some((v) => !isDecimal(v))) throw invalid("filters", `field "${name}" takes numbers`);
    if (match === "json" && values.some((v) => v !== "true" && v !== "false")) throw invalid("filters", `field "${name}" takes true or false`);
    return { key: column.key, values, match };
  });
}

function sortOf(dataset: Dataset, text: string | undefined): SortKey[] {
  if (!text) return [];
  return text.split(",").map((s) => s.trim()).filter(Boolean).map((part) => {
    const m = /^"?([^"]+?)"?(?:\s+(asc|desc))?$/i.exec(part);
    const name = m?.[1] ?? "";
    const column = name === "_id" ? { key: "_id" } : columnOf(dataset, name);
    if (!m || !column) throw invalid("sort", `Cannot sort by field \`${name || part}\``);
    return { key: column.key, desc: (m[2] ?? "asc").toLowerCase() === "desc" };
  });
}

/** Path-relative links built from the request path and query, as CKAN 2.11 does. */
function links(path: string, search: URLSearchParams, offset: number, limit: number) {
  const start = new URLSearchParams(search);
  start.delete("offset");
  const make = (q: URLSearchParams) => (q.toString() ? `${path}?${q}` : path);
  const next = new URLSearchParams(start);
  next.set("offset", String(offset + limit));
  const out: Record<string, string> = { start: make(start), next: make(next) };
  if (offset - limit > 0) {
    const prev = new URLSearchParams(start);
    prev.set("offset", String(offset - limit));
    out.prev = make(prev);
  }
  return out;
}

export async function datastoreSearch(db: Db, catalog: CkanCatalog, params: CkanParams, requestUrl: URL) {
  const resourceId = str(params, "resource_id") ?? str(params, "id");
  if (!resourceId) throw missing("resource_id");
  const found = catalog.resourceById(resourceId);
  if (!found) throw notFound(`Resource "${resourceId}" was not found.`);
  const { dataset, municipality } = found.entry;
  const limit = natural(params, "limit", ROWS_DEFAULT, ROWS_MAX);
  const offset = natural(params, "offset", 0);
  const includeTotal = bool(params, "include_total", true);
  const format = str(params, "records_format") ?? "objects";
  if (format !== "objects" && format !== "lists") throw invalid("records_format", "records_format must be objects or lists");

  const filter: RecordFilter = { dataset: dataset.id, municipalities: [municipality.code] };
  const filters = object(params, "filters") ?? {};
  filter.fields = filterOf(dataset, filters);
  const q = scalar(params, "q");
  const qObject = typeof q === "object" && q !== null ? q as Record<string, unknown>
    : typeof q === "string" && q.trim().startsWith("{") ? object(params, "q") : undefined;
  if (qObject) {
    refuseNul("q", qObject);
    filter.contains = Object.entries(qObject).map(([name, v]) => {
      const column = columnOf(dataset, name);
      if (!column) throw invalid("q", `field "${name}" not in table`);
      return { key: column.key, value: String(v) };
    });
  } else if (typeof q === "string" && q.trim()) {
    filter.anyText = valueWords(q);
  }
  const sort = sortOf(dataset, str(params, "sort"));
  const wanted = list(params, "fields");
  const allFields = datastoreFields(dataset);
  const fields = wanted?.length
    ? wanted.map((name) => {
      const hit = allFields.find((f) => f.id === name || ("info" in f && f.info?.label === name));
      if (!hit) throw invalid("fields", `field "${name}" not in table`);
      return hit;
    })
    : allFields;

  const [rows, total] = await Promise.all([
    limit > 0 ? offsetRecords(db, filter, { limit, offset, sort }) : Promise.resolve([]),
    includeTotal ? countRecords(db, filter) : Promise.resolve(undefined),
  ]);
  const records = rows.map((r) => {
    const full: Record<string, unknown> = { _id: r.row_number, ...orderedRecord(dataset, r.record) };
    return format === "lists" ? fields.map((f) => full[f.id] ?? null) : Object.fromEntries(fields.map((f) => [f.id, full[f.id] ?? null]));
  });
  return {
    include_total: includeTotal, limit, records_format: format, resource_id: resourceId, total_estimation_threshold: null,
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(q !== undefined && q !== "" ? { q } : {}),
    ...(params.offset !== undefined ? { offset } : {}),
    ...(params.sort !== undefined ? { sort: str(params, "sort") } : {}),
    records, fields,
    _links: links(requestUrl.pathname, requestUrl.searchParams, offset, limit),
    ...(total !== undefined ? { total, total_was_estimated: false } : {}),
  };
}
