// A harmonized row as JSON text, exactly as JSON.stringify({ row, valid, record, extra }) writes it, by code compiled
// once per dataset: the record's keys are known, so their names are constants and each value is written by its type.
// JSON.stringify walked the record's ~40 properties and escaped every string through its general path: a third of
// `odh normalize --format ndjson` (.prof: 306 of 1,690 ms on the bench's 100k rows; this code takes ~30% less).
// A record of another shape (a key added, missing or in another order) is written by JSON.stringify itself.
import { propertyKey } from "./record-shape.ts";
import type { HarmonizedRow } from "./run.ts";

export type RowJson = (r: HarmonizedRow) => string;

/** What JSON.stringify would escape in a string: a quote, a backslash, a control character, a (lone) surrogate. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Thrown for a value JSON.stringify would leave out or refuse (undefined, a function, a bigint): then it writes the row. */
const NOT_PLAIN = Symbol("not plain JSON");

function jsonValue(value: unknown): string {
  if (typeof value === "string") return ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
  if (value === null) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "object") return JSON.stringify(value);
  throw NOT_PLAIN;
}

export const plainRowJson: RowJson = (r) => JSON.stringify({ row: r.row, valid: r.valid, record: r.record, extra: r.extra });

const COMPILED = new Map<string, RowJson>();

/** The row writer for records with `keys`, in that order. */
export function rowJson(keys: readonly string[]): RowJson {
  const id = JSON.stringify(keys);
  let compiled = COMPILED.get(id);
  if (compiled === undefined) {
    // each key's `"key":` as written is a constant of the generated code (names[i]); the value is read by a literal key
    const names = keys.map((key, i) => `${i === 0 ? "" : ","}${JSON.stringify(key)}:`);
    const parts = keys.map((key, i) => `names[${i}] + value(rec[${propertyKey(key)}])`);
    // eslint-disable-next-line no-new-func -- generated from data (the dataset's keys), like record-shape.ts
    const write = new Function("names", "value", "keys", `return function (rec) {
      const own = Object.keys(rec);
      if (own.length !== keys.length) return null;
      for (let i = 0; i < own.length; i++) if (own[i] !== keys[i]) return null;
      return "{" + ${parts.length === 0 ? "\"\"" : parts.join(" + ")} + "}";
    };`)(names, jsonValue, keys) as (record: Record<string, unknown>) => string | null;
    compiled = (r) => {
      if (typeof r.row !== "number" || typeof r.valid !== "boolean") return plainRowJson(r);
      let record: string | null;
      try {
        record = write(r.record);
      } catch (error) {
        if (error !== NOT_PLAIN) throw error;
        record = null;
      }
      if (record === null) return plainRowJson(r);
      return `{"row":${jsonValue(r.row)},"valid":${r.valid},"record":${record},"extra":${JSON.stringify(r.extra)}}`;
    };
    if (COMPILED.size >= 64) COMPILED.clear();
    COMPILED.set(id, compiled);
  }
  return compiled;
}
