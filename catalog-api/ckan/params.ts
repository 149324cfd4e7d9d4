// CKAN request parameters: query string on GET, JSON (or jQuery's one-field form) on POST, coerced the way
// CKAN's validators do: "10" and 10 are both a number, "False" and "0" are false, limits are clamped.
import { CkanError, invalid } from "./envelope.ts";

export type CkanParams = Record<string, unknown>;

const TRUE = new Set(["true", "yes", "on", "y", "t", "1"]);
const FALSE = new Set(["false", "no", "off", "n", "f", "0", ""]);

/** A single value: a repeated query key gives its first value. */
export function scalar(params: CkanParams, key: string): unknown {
  const v = params[key];
  return Array.isArray(v) && typeof v[0] !== "object" ? v[0] : v;
}

export function str(params: CkanParams, key: string): string | undefined {
  const v = scalar(params, key);
  if (v === undefined || v === null) return undefined;
  return typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
}

export function bool(params: CkanParams, key: string, fallback: boolean): boolean {
  const v = scalar(params, key);
  if (v === undefined || v === null) return fallback;
  if (typeof v === "boolean") return v;
  const text = String(v).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw invalid(key, `Invalid boolean: ${String(v)}`);
}

/** An integer, negative ones too (CKAN's int_validator: "-1", -1 and 2.0 are integers, "x" and 1.5 are not). */
export function integer(params: CkanParams, key: string, fallback: number): number {
  const v = scalar(params, key);
  if (v === undefined || v === null || v === "") return fallback;
  const n = typeof v === "number" ? v : /^\s*-?\d+\s*$/.test(String(v)) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n)) throw invalid(key, "Invalid integer");
  return n;
}

/** A natural number (≥ 0), clamped to `max` like CKAN's limit_to_configured_maximum. */
export function natural(params: CkanParams, key: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = integer(params, key, fallback);
  if (n < 0) throw invalid(key, "Must be a natural number");
  return Math.min(n, max);
}

/** Each field's validator, run as CKAN's navl schema runs them: all of them, their errors answered together in one
 *  Validation Error (`{"rows": [...], "facet.field": [...]}`), not only the first. */
export function validateAll<T extends Record<string, () => unknown>>(checks: T): { [K in keyof T]: ReturnType<T[K]> } {
  const out: Record<string, unknown> = {};
  const errors: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(checks)) {
    try {
      out[key] = check();
    } catch (err) {
      if (!(err instanceof CkanError) || err.type !== "Validation Error") throw err;
      Object.assign(errors, err.detail);
    }
  }
  if (Object.keys(errors).length) throw new CkanError("Validation Error", errors);
  return out as { [K in keyof T]: ReturnType<T[K]> };
}

/** A list: JSON array, JSON array in a string, repeated key, or comma-separated text. */
export function list(params: CkanParams, key: string): string[] | undefined {
  const v = params[key];
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String);
  const text = String(v).trim();
  if (text.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch { /* falls through to the error below */ }
    throw invalid(key, "Invalid list: not a JSON array");
  }
  return text ? text.split(",").map((s) => s.trim()).filter(Boolean) : [];
}

/** Python's str() of a JSON value, as CKAN's messages print it (True, None, 1.5). */
function pythonText(v: unknown): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** A list CKAN reads with convert_to_json_if_string and list_of_strings (package_search's facet.field): text must be
 *  JSON (`["organization","tags"]`; a plain `organization` is "Could not parse as valid JSON"), and then a list of strings;
 *  a repeated query key is a list already. */
export function jsonList(params: CkanParams, key: string): string[] | undefined {
  const v = params[key];
  if (v === undefined || v === null) return undefined;
  let parsed: unknown = v;
  if (typeof v === "string") {
    try { parsed = JSON.parse(v); } catch { throw invalid(key, "Could not parse as valid JSON"); }
  }
  if (!Array.isArray(parsed)) throw invalid(key, "Not a list");
  const notString = parsed.find((x) => typeof x !== "string");
  if (notString !== undefined) throw invalid(key, `Not a string: ${pythonText(notString)}`);
  return parsed as string[];
}

/** An object: a JSON object, or JSON text of one (GET). */
export function object(params: CkanParams, key: string): Record<string, unknown> | undefined {
  const v = scalar(params, key);
  if (v === undefined || v === null || v === "") return undefined;
  const parsed = typeof v === "string" ? safeJson(v) : v;
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw invalid(key, "Not a JSON object");
  return parsed as Record<string, unknown>;
}

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return undefined; }
}

/** The body of a jQuery-style form POST: one field whose name is JSON and whose value is "" or "1". */
export function parseFormBody(text: string): CkanParams {
  const form = new URLSearchParams(text);
  const entries = [...form.entries()];
  if (entries.length === 1 && (entries[0]![1] === "" || entries[0]![1] === "1")) {
    const parsed = safeJson(entries[0]![0]);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as CkanParams;
  }
  const out: CkanParams = {};
  for (const [k, v] of entries) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export { CkanError };
