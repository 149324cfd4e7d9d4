// Validate: each normalized record against its dataset's JSON Schema (schemas/json-schema.ts), compiled once per
// dataset with Ajv (2020-12). Ajv errors are translated here, at this one boundary, into issue codes with row,
// field, the raw value and a fix; no Ajv message text reaches people.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Dataset } from "../schemas/dataset.ts";
import { datasetJsonSchema } from "../schemas/json-schema.ts";
import { type Issue, type IssueCode, issue } from "./issues.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

const COMPILED = new WeakMap<Dataset, ValidateFunction>();

/** The dataset's compiled validator (compiled on first use, then reused). */
export function compiledSchema(dataset: Dataset): ValidateFunction {
  let validate = COMPILED.get(dataset);
  if (!validate) {
    const schema = datasetJsonSchema(dataset);
    validate = ajv.getSchema(schema.$id as string) ?? ajv.compile(schema);
    COMPILED.set(dataset, validate);
  }
  return validate;
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
const PRIORITY: IssueCode[] = ["missing_required", "out_of_range", "bad_format", "invalid_value", "wrong_type"];

const fieldOf = (e: ErrorObject): string =>
  e.keyword === "required" ? String((e.params as { missingProperty: string }).missingProperty) : e.instancePath.split("/")[1] ?? "";

function shownValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Issues for one normalized record: one per failing field. `raw` holds the cells as written in the file, so each
 * issue shows the value the data officer will find there. A required field that is null is `missing_required`.
 */
export function validateRecord(dataset: Dataset, record: Record<string, unknown>, row: number, raw: Readonly<Record<string, string>> = {}): Issue[] {
  const validate = compiledSchema(dataset);
  if (validate(record)) return [];
  const byField = new Map<string, IssueCode>();
  for (const e of validate.errors ?? []) {
    if (e.keyword === "anyOf" || e.keyword === "oneOf") continue;
    if (e.keyword === "type" && (e.params as { type: string }).type === "null") continue;
    const field = fieldOf(e);
    const value = record[field];
    let code = CODE_BY_KEYWORD[e.keyword] ?? "wrong_type";
    if (code === "wrong_type" && (value === null || value === undefined) && dataset.columnByKey.get(field)?.requirement === "required") code = "missing_required";
    const seen = byField.get(field);
    if (!seen || PRIORITY.indexOf(code) < PRIORITY.indexOf(seen)) byField.set(field, code);
  }
  if (byField.size === 0) return [issue("wrong_type", { row })];
  return [...byField].map(([field, code]) =>
    issue(code, { row, field, value: raw[field] !== undefined && raw[field] !== "" ? raw[field] : shownValue(record[field]) }));
}
