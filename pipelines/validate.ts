// Validate: each normalized record against its dataset's JSON Schema (schemas/json-schema.ts), compiled once per
// dataset with Ajv (2020-12). Ajv errors are translated here, at this one boundary, into issue codes with row,
// field, the raw value and a fix; no Ajv message text reaches people.
import { createRequire } from "node:module";
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
import type { Dataset } from "../schemas/dataset.ts";
import { datasetJsonSchema } from "../schemas/json-schema.ts";
import { type Issue, type IssueCode, issue, NO_ISSUES } from "./issues.ts";
import { cleanCell } from "./normalize/text.ts";

const require = createRequire(import.meta.url);
let ajv: Ajv2020 | undefined;

/**
 * Ajv with ajv-formats, loaded on first use: when a record is not passed by the quick check. Loading Ajv (86 modules)
 * was ~30 ms of every `odh` command's start, and a file whose records all pass the quick check never needs it.
 * Both packages are CommonJS, so require() loads them synchronously, in the middle of a row.
 */
function ajvInstance(): Ajv2020 {
  if (ajv === undefined) {
    const { Ajv2020: AjvClass } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
    const addFormats = require("ajv-formats") as (instance: Ajv2020) => Ajv2020;
    ajv = addFormats(new AjvClass({ allErrors: true, strict: false }));
  }
  return ajv;
}

const COMPILED = new WeakMap<Dataset, ValidateFunction>();
const QUICK = new WeakMap<Dataset, QuickCheck | null>();

/** The dataset's compiled validator (compiled on first use, then reused). */
export function compiledSchema(dataset: Dataset): ValidateFunction {
  let validate = COMPILED.get(dataset);
  if (!validate) {
    const schema = datasetJsonSchema(dataset);
    const instance = ajvInstance();
    validate = instance.getSchema(schema.$id as string) ?? instance.compile(schema);
    COMPILED.set(dataset, validate);
  }
  return validate;
}

/** true only for a record Ajv would pass; false means "ask Ajv" (for its errors, or a case this does not read). */
type QuickCheck = (record: unknown) => boolean;
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["title", "description"]);
const BRANCH_KEYWORDS = new Set(["type", "pattern", "format", "minimum", "maximum", "items", ...ANNOTATIONS]);
const TYPE_TESTS: Record<string, (v: string) => string> = {
  string: (v) => `typeof ${v} === "string"`,
  boolean: (v) => `typeof ${v} === "boolean"`,
  null: (v) => `${v} === null`,
  // stricter than Ajv (which lets NaN and ±Infinity through `type` alone): never looser, so always sound
  number: (v) => `(typeof ${v} === "number" && Number.isFinite(${v}))`,
  integer: (v) => `Number.isInteger(${v})`,
  array: (v) => `Array.isArray(${v})`,
};

/**
 * The JS condition for `v` passing schema `s`, with the values it needs pushed to `refs` (read as `r[i]`); null when
 * `s` uses a keyword or a combination this does not read. Each keyword is tested as Ajv tests it (patterns with the
 * `u` flag, formats by Ajv's own format functions), or more strictly: the condition never passes what Ajv fails.
 */
function conditionOf(s: Schema, v: string, refs: unknown[]): string | null {
  const ref = (x: unknown) => `r[${refs.push(x) - 1}]`;
  const keys = Object.keys(s);
  if (Array.isArray(s.anyOf)) {
    if (keys.some((k) => k !== "anyOf" && !ANNOTATIONS.has(k)) || s.anyOf.length === 0) return null;
    const branches = (s.anyOf as Schema[]).map((b) => (b !== null && typeof b === "object" ? conditionOf(b, v, refs) : null));
    return branches.some((b) => b === null) ? null : `(${branches.join(" || ")})`;
  }
  if (keys.some((k) => !BRANCH_KEYWORDS.has(k))) return null;
  const types = typeof s.type === "string" ? [s.type] : s.type;
  if (!Array.isArray(types) || types.length === 0 || types.some((t) => !(t in TYPE_TESTS))) return null;
  const constraints = keys.filter((k) => k !== "type" && !ANNOTATIONS.has(k));
  if (types.length > 1) return constraints.length ? null : `(${types.map((t) => TYPE_TESTS[t](v)).join(" || ")})`;
  const type = types[0] as string;
  const parts = [TYPE_TESTS[type](v)];
  for (const k of constraints) {
    const x = s[k];
    if ((k === "pattern" || k === "format") && type !== "string") return null;
    if ((k === "minimum" || k === "maximum") && type !== "number" && type !== "integer") return null;
    if (k === "items" && type !== "array") return null;
    if (k === "pattern") {
      if (typeof x !== "string") return null;
      parts.push(patternTest(x, v) ?? `${ref(new RegExp(x, "u"))}.test(${v})`);
    } else if (k === "format") {
      const test = typeof x === "string" ? formatTest(x) : null;
      if (test === null) return null;
      parts.push(`${ref(test)}(${v})`);
    } else if (k === "minimum" || k === "maximum") {
      if (typeof x !== "number" || !Number.isFinite(x)) return null;
      parts.push(`${v} ${k === "minimum" ? ">=" : "<="} ${x}`);
    } else {
      const item = x !== null && typeof x === "object" ? compiledCheck(x as Schema) : null;
      if (item === null) return null;
      parts.push(`${v}.every(${ref(item)})`);
    }
  }
  return `(${parts.join(" && ")})`;
}

/**
 * The two patterns of the dataset schemas, as code that gives what the regex gives (`u` flag: \d is 0-9 only)
 * without a regex call: `^\d{n}$` (codes, postal codes, corporate numbers) and the time of day `HH:MM`.
 * null for any other pattern (it is tested by its regex).
 */
function patternTest(pattern: string, v: string): string | null {
  const digit = (i: number) => `(${v}.charCodeAt(${i}) >= 48 && ${v}.charCodeAt(${i}) <= 57)`;
  const digits = /^\^\\d\{(\d{1,2})\}\$$/.exec(pattern);
  if (digits) {
    const n = Number(digits[1]);
    return `(${v}.length === ${n}${Array.from({ length: n }, (_, i) => ` && ${digit(i)}`).join("")})`;
  }
  if (pattern === "^(?:[01]\\d|2[0-3]):[0-5]\\d$") {
    const c = (i: number) => `${v}.charCodeAt(${i})`;
    return `(${v}.length === 5 && ${digit(1)} && (${c(0)} === 48 || ${c(0)} === 49 || (${c(0)} === 50 && ${c(1)} <= 51))`
      + ` && ${c(2)} === 58 && ${c(3)} >= 48 && ${c(3)} <= 53 && ${digit(4)})`;
  }
  return null;
}

/** Ajv's own test of a string format (the one ajv-formats gives Ajv), or null for a format that is async or not a
 *  string format. */
function formatTest(name: string): ((s: string) => boolean) | null {
  const f = (fullFormats as Record<string, unknown>)[name] as Ajv2020["formats"][string] | undefined;
  if (f === undefined) return null;
  const rule = f !== null && typeof f === "object" && !(f instanceof RegExp) ? (f.async || (f.type !== undefined && f.type !== "string") ? undefined : f.validate) : f;
  if (rule instanceof RegExp) return (s) => rule.test(s);
  if (typeof rule === "function") return (s) => (rule as (s: string) => boolean)(s) === true;
  return null;
}

/** `(v) => condition`, compiled once; null when the schema is not read here. */
function compiledCheck(s: Schema): QuickCheck | null {
  const refs: unknown[] = [];
  const condition = conditionOf(s, "v", refs);
  // eslint-disable-next-line no-new-func -- generated from the dataset's JSON Schema, as Ajv compiles it
  return condition === null ? null : (new Function("r", `return (v) => ${condition};`)(refs) as QuickCheck);
}

/**
 * A record check compiled from the dataset's JSON Schema: every property required, no other (additionalProperties
 * false), each property by conditionOf. The keys are compared in schema order, as a record built by the row stage
 * has them; a record with its keys in another order is left to Ajv. null when the schema is not of this shape.
 */
function quickCheckOf(schema: Schema): QuickCheck | null {
  const { properties, required } = schema;
  if (schema.type !== "object" || schema.additionalProperties !== false || properties === null || typeof properties !== "object"
    || !Array.isArray(required)) return null;
  if (Object.keys(schema).some((k) => !["$id", "$schema", "type", "properties", "required", "additionalProperties", ...ANNOTATIONS].includes(k))) return null;
  const keys = Object.keys(properties);
  if (required.length !== keys.length || !keys.every((k) => required.includes(k))) return null;
  const refs: unknown[] = [keys];
  const lines: string[] = [];
  for (const [i, key] of keys.entries()) {
    const condition = conditionOf((properties as Record<string, Schema>)[key], `v${i}`, refs);
    if (condition === null) return null;
    lines.push(`const v${i} = d[${JSON.stringify(key)}]; if (!${condition}) return false;`);
  }
  const body = `if (d === null || typeof d !== "object" || Array.isArray(d)) return false;
    const keys = r[0]; let n = 0;
    for (const k in d) { if (k !== keys[n]) return false; n++; }
    if (n !== ${keys.length}) return false;
    ${lines.join("\n")}
    return true;`;
  // eslint-disable-next-line no-new-func -- generated from the dataset's JSON Schema, as Ajv compiles it
  return new Function("r", `return (d) => { ${body} };`)(refs) as QuickCheck;
}

/** The dataset's quick check (compiled on first use), or null when its schema is not of the shape quickCheckOf reads. */
export function quickCheck(dataset: Dataset): QuickCheck | null {
  let check = QUICK.get(dataset);
  if (check === undefined) QUICK.set(dataset, (check = quickCheckOf(datasetJsonSchema(dataset))));
  return check;
}

const CODE_BY_KEYWORD: Record<string, IssueCode> = {
  required: "missing_required",
  minimum: "out_of_range", maximum: "out_of_range", exclusiveMinimum: "out_of_range", exclusiveMaximum: "out_of_range",
  minLength: "out_of_range", maxLength: "out_of_range", minItems: "out_of_range", maxItems: "out_of_range",
  pattern: "bad_format", format: "bad_format",
  enum: "invalid_value", const: "invalid_value",
  type: "wrong_type",
};
/** When a field fails several ways (a nullable field fails both its type and null), the most telling one is reported. */
const PRIORITY: IssueCode[] = ["required_not_integer", "required_not_number", "required_unreadable", "missing_required", "not_integer",
  "out_of_range", "bad_format", "invalid_value", "wrong_type"];

const VALUE_TYPES = new WeakMap<Dataset, Map<string, string>>();

/** The JSON Schema type of a field's values (its non-null type: integer, number, string …), from the dataset's
 *  schema, once per dataset. */
function valueTypeOf(dataset: Dataset, field: string): string | undefined {
  let types = VALUE_TYPES.get(dataset);
  if (types === undefined) {
    types = new Map();
    const properties = (datasetJsonSchema(dataset).properties ?? {}) as Record<string, Schema>;
    for (const [key, s] of Object.entries(properties)) {
      const branches = Array.isArray(s.anyOf) ? (s.anyOf as Schema[]) : [s];
      const named = branches.flatMap((b) => (Array.isArray(b.type) ? b.type : [b.type])).find((t) => typeof t === "string" && t !== "null");
      if (typeof named === "string") types.set(key, named);
    }
    VALUE_TYPES.set(dataset, types);
  }
  return types.get(field);
}

/** A required field left empty although its cell was not: the cell did not read as the field's type. */
function unreadRequired(dataset: Dataset, field: string): IssueCode {
  const type = valueTypeOf(dataset, field);
  return type === "integer" ? "required_not_integer" : type === "number" ? "required_not_number" : "required_unreadable";
}

/** A cell with something in it beyond what cleaning empties (a lone －, なし, a blank of spaces). */
const isWritten = (raw: string | undefined, row: number, field: string): boolean =>
  raw !== undefined && raw.trim() !== "" && cleanCell(raw, { row, field }).value !== null;

/** Codes that say a required cell did not read as a number: the normalizer's unparseable_number says it once more. */
export const REQUIRED_NOT_NUMBER: ReadonlySet<IssueCode> = new Set(["required_not_integer", "required_not_number"]);

const fieldOf = (e: ErrorObject): string =>
  e.keyword === "required" ? String((e.params as { missingProperty: string }).missingProperty) : e.instancePath.split("/")[1] ?? "";

function shownValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Issues for one normalized record: one per failing field. `raw` holds the cells as written in the file, so each
 * issue shows the value the data officer will find there. A required field that is null is `missing_required`. A
 * valid record gives NO_ISSUES.
 */
export function validateRecord(dataset: Dataset, record: Record<string, unknown>, row: number, raw: Readonly<Record<string, string>> = {}): Issue[] {
  const quick = quickCheck(dataset);
  if (quick !== null && quick(record)) return NO_ISSUES;
  const validate = compiledSchema(dataset);
  if (validate(record)) return NO_ISSUES;
  const byField = new Map<string, IssueCode>();
  for (const e of validate.errors ?? []) {
    if (e.keyword === "anyOf" || e.keyword === "oneOf") continue;
    if (e.keyword === "type" && (e.params as { type: string }).type === "null") continue;
    const field = fieldOf(e);
    const value = record[field];
    let code = CODE_BY_KEYWORD[e.keyword] ?? "wrong_type";
    if (code === "wrong_type" && (value === null || value === undefined) && dataset.columnByKey.get(field)?.requirement === "required") code = "missing_required";
    // a cell that was written but did not read is not empty; a number with decimals where a whole one is wanted
    if (code === "missing_required" && isWritten(raw[field], row, field)) code = unreadRequired(dataset, field);
    else if (code === "wrong_type" && typeof value === "number" && (e.params as { type: string | string[] }).type.includes("integer")) code = "not_integer";
    const seen = byField.get(field);
    if (!seen || PRIORITY.indexOf(code) < PRIORITY.indexOf(seen)) byField.set(field, code);
  }
  if (byField.size === 0) return [issue("wrong_type", { row })];
  return [...byField].map(([field, code]) =>
    issue(code, { row, field, value: raw[field] !== undefined && raw[field] !== "" ? raw[field] : shownValue(record[field]) }));
}
