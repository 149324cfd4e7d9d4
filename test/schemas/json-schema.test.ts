import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { DATASETS } from "../../schemas/index.ts";
import { datasetJsonSchema } from "../../schemas/json-schema.ts";
import { canonical, SAMPLES } from "./samples.ts";

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);

describe.each(DATASETS.map((d) => [d.id, d] as const))("%s JSON Schema", (id, dataset) => {
  const schema = datasetJsonSchema(dataset);
  const validate = ajv.compile(schema);
  const sample = SAMPLES[id]!;

  it("is JSON Schema 2020-12 with an $id, titles and one property per column", () => {
    expect([schema.$schema, schema.$id, schema.title, schema.additionalProperties])
      .toEqual(["https://json-schema.org/draft/2020-12/schema", `https://tokyo-opendata-hub.example/api/v1/schemas/${id}`, dataset.ja, false]);
    const properties = schema.properties as Record<string, { title: string }>;
    expect(Object.keys(properties)).toEqual(dataset.columns.map((c) => c.key));
    expect(Object.values(properties).map((p) => p.title)).toEqual(dataset.columns.map((c) => c.ja));
    expect(schema.required).toEqual(dataset.columns.map((c) => c.key));
  });

  it("accepts a realistic record, and zod agrees", () => {
    const record = canonical(dataset, sample.values);
    expect([validate(record), validate.errors]).toEqual([true, null]);
    expect(dataset.record.parse(record)).toEqual(record);
  });

  it("rejects a wrong record with the error at the field, and zod agrees", () => {
    const record = { ...canonical(dataset, sample.values), ...sample.wrong.patch };
    expect(validate(record)).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toEqual(sample.wrong.errors);
    expect(dataset.record.safeParse(record).success).toBe(false);
  });

  it("rejects a record with a key missing", () => {
    const { [dataset.columns[0]!.key]: _dropped, ...rest } = canonical(dataset, sample.values);
    expect(validate(rest)).toBe(false);
    expect(validate.errors?.map((e) => [e.keyword, e.params])).toEqual([["required", { missingProperty: dataset.columns[0]!.key }]]);
  });
});
