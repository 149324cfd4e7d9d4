// validateRecord asks a check compiled from the JSON Schema first and Ajv only when it fails: that check must never
// pass a record Ajv fails (else an issue would be lost), and should pass what Ajv passes (else it saves nothing).
// Records are drawn from pools of values each column kind may or may not accept, keys dropped, added or reordered.
import { describe, expect, it } from "vitest";
import { compiledSchema, quickCheck } from "../../../pipelines/validate.ts";
import { random } from "../../../pipelines/sample/random.ts";
import { DATASETS } from "../../../schemas/index.ts";

const VALUES: unknown[] = [
  null, undefined, "", "x", "東京都", "131016", "13101", "１３１０１６", "1638001", "163-8001", "1234567890123", "09:00", "24:00", "9:00",
  "23:59", "2024-02-29", "2023-02-29", "2024-13-01", "2024-04-31", "2024-4-1", 0, -1, 1, 35.6, 139.7, 20, 46, 46.0001, 122, 154, 154.5,
  19.99, 3.5, 2 ** 53, 2 ** 53 - 1, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], ["a"], ["a", 1], [null], {}, { a: 1 },
  // around the patterns (^\d{n}$, HH:MM): lengths, digits of other scripts, a trailing line break
  ...["00:00", "19:59", "20:00", "23:60", "29:00", "30:00", "0a:00", "00:0a", "00;00", "000:00", "09:00\n", "１３１０４１", "١٣١٠٤١", "13101a",
    "1310411", "163800", "16380011", "1234567890123\n", "123456789012a", "12345678901234"],
];

describe("validateRecord's quick check", () => {
  it.each(DATASETS.map((d, i) => [d.id, d, i] as const))("%s: passes exactly the records Ajv passes", (_, dataset, i) => {
    const quick = quickCheck(dataset);
    expect(quick).not.toBeNull();
    const ajv = compiledSchema(dataset);
    const keys = dataset.columns.map((c) => c.key);
    const rng = random(7000 + i);
    // per column, the values Ajv finds no fault with there (its errors name the field)
    const faulted = (k: string, v: unknown) => {
      ajv({ [k]: v });
      return (ajv.errors ?? []).some((e) => e.instancePath === `/${k}` || (e.params as { missingProperty?: string }).missingProperty === k);
    };
    const accepted = new Map(keys.map((k) => [k, VALUES.filter((v) => !faulted(k, v))]));
    let passed = 0;
    for (let n = 0; n < 3000; n++) {
      const record: Record<string, unknown> = {};
      for (const k of keys) record[k] = rng.chance(0.97) ? rng.pick(accepted.get(k)!) : rng.pick(VALUES);
      for (const k of keys) if (record[k] === undefined) delete record[k];
      if (rng.chance(0.02)) record.extra_key = "x";
      const shaped = rng.chance(0.02) ? Object.fromEntries(Object.entries(record).reverse()) : record;
      const byAjv = ajv(shaped);
      const byQuick = quick!(shaped);
      if (byQuick) passed++;
      // never looser than Ajv; as strict only where it says so (NaN and ±Infinity, and keys in another order)
      const lenient = Object.values(shaped).some((v) => typeof v === "number" && !Number.isFinite(v)) || shaped !== record;
      if (byQuick || !lenient) expect([n, byQuick]).toEqual([n, byAjv]);
    }
    expect(passed).toBeGreaterThan(100);
  });

  it("passes a record in the order the row stage builds it, and fails one key short or one key more", () => {
    const dataset = DATASETS.find((d) => d.id === "aed")!;
    const record = Object.fromEntries(dataset.columns.map((c) => [c.key, c.requirement === "required" ? "x" : null]));
    expect(quickCheck(dataset)!(record)).toBe(true);
    const { name: _, ...short } = record;
    expect(quickCheck(dataset)!(short)).toBe(false);
    expect(quickCheck(dataset)!({ ...record, more: null })).toBe(false);
    expect(quickCheck(dataset)!({ ...record, latitude: 19.5 })).toBe(false);
    expect(quickCheck(dataset)!({ ...record, start_time: "24:00" })).toBe(false);
  });
});
