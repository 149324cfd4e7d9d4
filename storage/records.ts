// Reads of published records: filters, keyset pages, offset pages (CKAN datastore), counts, single records.
// One SQL dialect for PGlite and PostgreSQL. Only versions named in `published` are ever read.
import type { Db, Queryable } from "./db.ts";
import { searchForms } from "./search-text.ts";

/** How a column filter compares: text equality, numeric equality, JSON equality (booleans), or list membership. */
export type FieldMatch = "text" | "number" | "json" | "list";

/** Matches when the column equals any of `values`. */
export interface FieldFilter { key: string; values: readonly string[]; match: FieldMatch }

export interface RecordFilter {
  dataset: string;
  /** 6-digit codes; empty or absent = every municipality */
  municipalities?: readonly string[];
  /** every term must occur in search_text (both folded by search-text.ts foldSearch), in one of its searchForms */
  terms?: readonly string[];
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: readonly [number, number, number, number];
  /** order by distance from here; only records with coordinates; within `radius` metres when given */
  near?: { lat: number; lon: number; radius?: number };
  fields?: readonly FieldFilter[];
  /** per-column substring search (CKAN datastore `q` as an object) */
  contains?: ReadonlyArray<{ key: string; value: string }>;
  /** every term must occur in some value of the record (CKAN datastore `q` as a string) */
  anyText?: readonly string[];
}

export interface StoredRecord {
  record_id: string;
  municipality_code: string;
  municipality_name_ja: string | null;
  municipality_name_en: string | null;
  dataset_id: string;
  version_id: number;
  row_number: number;
  source_url: string | null;
  license: string | null;
  sample: boolean;
  published_at: string;
  distance_m?: number;
  record: Record<string, unknown>;
  extra: Record<string, string>;
}

/** The sort key of the last row of a page; the next page starts strictly after it. */
export type Cursor = { municipality: string; row: number; distance?: number };

/** Collects positional parameters while a statement is built. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const EARTH_RADIUS_M = 6_371_008.8;

function distanceSql(p: Params, lat: number, lon: number): string {
  const la = p.add(lat), lo = p.add(lon);
  return `(${EARTH_RADIUS_M} * 2 * asin(least(1, sqrt(
    power(sin(radians(r.latitude - ${la}::float8) / 2), 2)
    + cos(radians(${la}::float8)) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - ${lo}::float8) / 2), 2)))))`;
}

function whereSql(f: RecordFilter, p: Params): string {
  // the conditions name records' own columns too, so that records_by_dataset_order (dataset, municipality, row)
  // serves both the filter and the keyset order, and a page reads `limit` index entries instead of the dataset
  const dataset = p.add(f.dataset);
  const where = [`p.dataset_id = ${dataset}`, `r.dataset_id = ${dataset}`];
  if (f.municipalities?.length) {
    const codes = p.add(f.municipalities);
    where.push(`p.municipality_code = any(${codes}::text[])`, `r.municipality_code = any(${codes}::text[])`);
  }
  for (const term of f.terms ?? []) {
    where.push(`(${searchForms(term).map((form) => `strpos(r.search_text, ${p.add(form)}) > 0`).join(" or ")})`);
  }
  if (f.bbox) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    where.push(`r.longitude between ${p.add(minLon)} and ${p.add(maxLon)} and r.latitude between ${p.add(minLat)} and ${p.add(maxLat)}`);
  }
  if (f.near) where.push("r.latitude is not null and r.longitude is not null");
  for (const { key, values, match } of f.fields ?? []) {
    // an empty IN-list matches nothing (CKAN's datastore); adding the key anyway would leave a parameter untyped
    if (values.length === 0) { where.push("false"); continue; }
    const k = `${p.add(key)}::text`;
    const any = values.map((value) => {
      if (match === "list") return `r.data->${k} @> jsonb_build_array(${p.add(value)}::text)`;
      if (match === "json") return `r.data->${k} = ${p.add(value)}::jsonb`;
      if (match === "number") return `(jsonb_typeof(r.data->${k}) = 'number' and (r.data->>${k})::numeric = ${p.add(value)}::numeric)`;
      return `r.data->>${k} = ${p.add(value)}`;
    });
    where.push(`(${any.join(" or ")})`);
  }
  for (const term of f.anyText ?? []) {
    where.push(`strpos(lower((select string_agg(e.value, ' ') from jsonb_each_text(r.data) as e)), ${p.add(term)}) > 0`);
  }
  for (const { key, value } of f.contains ?? []) {
    where.push(`strpos(lower(r.data->>${p.add(key)}::text), ${p.add(value.normalize("NFKC").toLowerCase())}) > 0`);
  }
  return where.join(" and ");
}

/** Columns of a RecordItem; `distance` is the SQL of distance_m, or null. */
function selectSql(distance: string | null): string {
  return `r.record_id, r.municipality_code, m.name_ja as municipality_name_ja, m.name_en as municipality_name_en,
    r.dataset_id, r.version_id::int as version_id, r.row_number, v.source_url, v.license, v.sample,
    to_char(p.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as published_at,
    ${distance ?? "null::float8"} as distance_m, r.data as record, r.extra`;
}

const FROM = `from published p
  join records r on r.version_id = p.version_id
  join versions v on v.id = p.version_id
  left join municipalities m on m.code = p.municipality_code`;

function toRecord(row: StoredRecord): StoredRecord {
  const { distance_m, ...rest } = row;
  return distance_m === null || distance_m === undefined ? rest : { ...rest, distance_m };
}

/** One keyset page: rows strictly after `after`, in (distance,) municipality, source row order. Reads limit + 1 to know if more follow. */
export async function findRecords(db: Queryable, f: RecordFilter, page: { limit: number; after?: Cursor | null }):
  Promise<{ rows: StoredRecord[]; next: Cursor | null }> {
  const p = new Params();
  const distance = f.near ? distanceSql(p, f.near.lat, f.near.lon) : null;
  const inner = `select ${selectSql(distance)} ${FROM} where ${whereSql(f, p)}`;
  const outer: string[] = [];
  if (f.near?.radius !== undefined) outer.push(`s.distance_m <= ${p.add(f.near.radius)}`);
  if (page.after) {
    outer.push(f.near
      ? `(s.distance_m, s.municipality_code, s.row_number) > (${p.add(page.after.distance ?? 0)}::float8, ${p.add(page.after.municipality)}, ${p.add(page.after.row)}::int)`
      : `(s.municipality_code, s.row_number) > (${p.add(page.after.municipality)}, ${p.add(page.after.row)}::int)`);
  }
  const order = f.near ? "s.distance_m, s.municipality_code, s.row_number" : "s.municipality_code, s.row_number";
  const sql = `select * from (${inner}) s ${outer.length ? `where ${outer.join(" and ")}` : ""} order by ${order} limit ${p.add(page.limit + 1)}`;
  const { rows } = await db.query<StoredRecord>(sql, p.values);
  const more = rows.length > page.limit;
  const items = (more ? rows.slice(0, page.limit) : rows).map(toRecord);
  const last = items.at(-1);
  const next = more && last ? { municipality: last.municipality_code, row: last.row_number, ...(f.near ? { distance: last.distance_m ?? 0 } : {}) } : null;
  return { rows: items, next };
}

/** Only dataset and municipalities: every published record of those pairs matches. */
const isWholePairs = (f: RecordFilter) => !f.terms?.length && !f.bbox && !f.near && !f.fields?.length && !f.contains?.length && !f.anyText?.length;

/** How many published records match. Whole pairs are counted from their versions (a version's records are exactly
 *  its valid rows: publishVersion copies the staged valid rows, nothing else), the rest by scanning. */
export async function countRecords(db: Queryable, f: RecordFilter): Promise<number> {
  const p = new Params();
  if (isWholePairs(f)) {
    const where = [`p.dataset_id = ${p.add(f.dataset)}`];
    if (f.municipalities?.length) where.push(`p.municipality_code = any(${p.add(f.municipalities)}::text[])`);
    const { rows } = await db.query<{ n: number }>(
      `select coalesce(sum(v.valid), 0)::int as n from published p join versions v on v.id = p.version_id where ${where.join(" and ")}`, p.values);
    return rows[0]?.n ?? 0;
  }
  let sql = `select count(*)::int as n ${FROM} where ${whereSql(f, p)}`;
  if (f.near?.radius !== undefined) sql += ` and ${distanceSql(p, f.near.lat, f.near.lon)} <= ${p.add(f.near.radius)}`;
  const { rows } = await db.query<{ n: number }>(sql, p.values);
  return rows[0]?.n ?? 0;
}

/** Every matching record, batch by batch, by keyset: memory stays flat however large the export. */
export async function* streamRecords(db: Queryable, f: RecordFilter, batch = 1000): AsyncGenerator<StoredRecord[]> {
  let after: Cursor | null = null;
  do {
    const page: { rows: StoredRecord[]; next: Cursor | null } = await findRecords(db, f, { limit: batch, after });
    if (page.rows.length) yield page.rows;
    after = page.next;
  } while (after);
}

export interface SortKey { key: string; desc: boolean }

/** An offset page in an explicit column order (CKAN datastore_search); `_id` is the source row. */
export async function offsetRecords(db: Queryable, f: RecordFilter, page: { limit: number; offset: number; sort: readonly SortKey[] }): Promise<StoredRecord[]> {
  const p = new Params();
  const order = [
    ...page.sort.map((s) => s.key === "_id"
      ? `r.row_number ${s.desc ? "desc" : "asc"}`
      // a JSON null is a jsonb value that sorts below every string; as SQL NULL it sorts like CKAN's DataStore
      // columns: last ascending, first descending
      : `nullif(r.data->${p.add(s.key)}::text, 'null'::jsonb) ${s.desc ? "desc nulls first" : "asc nulls last"}`),
    "r.municipality_code", "r.row_number",
  ].join(", ");
  const sql = `select ${selectSql(null)} ${FROM} where ${whereSql(f, p)} order by ${order} limit ${p.add(page.limit)} offset ${p.add(page.offset)}`;
  const { rows } = await db.query<StoredRecord>(sql, p.values);
  return rows.map(toRecord);
}

/** One published record by its id, within a dataset. */
export async function getRecord(db: Queryable, dataset: string, recordId: string): Promise<StoredRecord | undefined> {
  const p = new Params();
  const sql = `select ${selectSql(null)} ${FROM} where p.dataset_id = ${p.add(dataset)} and r.record_id = ${p.add(recordId)} limit 1`;
  const { rows } = await db.query<StoredRecord>(sql, p.values);
  return rows[0] && toRecord(rows[0]);
}

/** What is published, as two validators: `state` changes whenever anything published for the dataset changes (the
 *  ETag of every records answer, and the key of cached pages); `all` does the same for every dataset. Version ids only
 *  grow and every publish stamps published_at, so a new version, a new pair, a removed pair or a switch back to an
 *  older version each change (count, sum of ids, latest publish). One small read. */
export async function publishedState(db: Queryable, dataset: string): Promise<{ state: string; all: string }> {
  const { rows } = await db.query<{ state: string; all: string }>(
    `select count(*) filter (where dataset_id = $1)::text || ':' || coalesce(sum(version_id) filter (where dataset_id = $1), 0)::text
         || ':' || coalesce((max(published_at) filter (where dataset_id = $1))::text, '') as state,
       count(*)::text || ':' || coalesce(sum(version_id), 0)::text || ':' || coalesce(max(published_at)::text, '') as all
     from published`, [dataset]);
  return rows[0] ?? { state: "", all: "" };
}

interface WriteWatch { generation: number; writing: number; memo: Map<string, { generation: number; value: { state: string; all: string } }> }
const watches = new WeakMap<object, WriteWatch>();

/** Counts writes through an embedded database: every statement that is not a plain SELECT, every exec and every
 *  transaction bumps the generation when it starts and again when it ends. The embedded data dir is locked to one
 *  process, so every write to it passes through this one Db object; a server database has other writers and is
 *  never watched. */
function watchWrites(db: Db): WriteWatch | undefined {
  if (db.kind !== "pglite") return undefined;
  let w = watches.get(db);
  if (w) return w;
  const watch: WriteWatch = { generation: 0, writing: 0, memo: new Map() };
  w = watch;
  const around = async <T>(run: () => Promise<T>): Promise<T> => {
    watch.generation++; watch.writing++;
    try { return await run(); } finally { watch.writing--; watch.generation++; }
  };
  const { query, exec, transaction } = db;
  const target = db as { -readonly [K in keyof Db]: Db[K] };
  target.query = ((sql: string, params?: unknown[]) =>
    /^\s*select\b/i.test(sql) ? query.call(db, sql, params) : around(() => query.call(db, sql, params))) as Db["query"];
  target.exec = (sql) => around(() => exec.call(db, sql));
  target.transaction = ((fn: (tx: Queryable) => Promise<unknown>) => around(() => transaction.call(db, fn))) as Db["transaction"];
  watches.set(db, w);
  return w;
}

/** publishedState, read once per change of an embedded database (nothing can have been published in between), and
 *  on every call for a server database. */
export async function currentPublishedState(db: Db, dataset: string): Promise<{ state: string; all: string }> {
  const w = watchWrites(db);
  if (!w) return publishedState(db, dataset);
  const hit = w.memo.get(dataset);
  if (hit && hit.generation === w.generation && w.writing === 0) return hit.value;
  const before = w.generation;
  const value = await publishedState(db, dataset);
  if (w.generation === before && w.writing === 0) w.memo.set(dataset, { generation: before, value });
  return value;
}

const analyzedAt = new WeakMap<object, string>();

/**
 * The embedded database runs no autovacuum, so nothing would ever ANALYZE it, and without statistics the planner
 * sorts a whole dataset for every page instead of walking records_by_dataset_order. When what is published changed
 * since the last ANALYZE of this database, one runs in the background (PostgreSQL servers do this themselves).
 */
export function analyzeWhenChanged(db: Db, all: string): void {
  if (db.kind !== "pglite" || analyzedAt.get(db) === all) return;
  analyzedAt.set(db, all);
  db.query("analyze published, versions, records, municipalities").catch(() => analyzedAt.delete(db));
}
