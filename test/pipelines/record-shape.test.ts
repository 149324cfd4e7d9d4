// record-shape.ts objectJson: JSON.stringify's text for any object, fast only for objects with the compiled key list in
// its order; every other object (another order, a key more or less, an undefined value) goes to JSON.stringify.
import { describe, expect, it } from "vitest";
import { objectJson } from "../../pipelines/record-shape.ts";

const KEYS = ["local_government_code", "id", "name", "latitude", "pediatric_pads", "remarks"];
const write = objectJson(KEYS);
const record = (values: unknown[]): Record<string, unknown> => Object.fromEntries(KEYS.map((k, i) => [k, values[i]]));

describe("objectJson", () => {
  it("writes a record of its keys as JSON.stringify does, whatever the values", () => {
    const values: unknown[][] = [
      ["131016", "1", "千代田区立第1区民センター", 35.6, true, null],
      [null, null, null, null, null, null],
      ["\"\\\n", "\ud83d", "😀\u2028", -0, false, ["a;b", 1, null, NaN]],
      ["", "0", "x", Infinity, NaN, { nested: [1, "two"] }],
    ];
    for (const v of values) expect(write(record(v))).toBe(JSON.stringify(record(v)));
  });

  it("an object with the keys in another order, one key more or one less, is JSON.stringify's", () => {
    const reversed = Object.fromEntries([...KEYS].reverse().map((k) => [k, k]));
    const more = { ...record([1, 2, 3, 4, 5, 6]), extra: "余分" };
    const less = record([1, 2, 3, 4, 5, 6]);
    delete less.name;
    for (const o of [reversed, more, less, {}]) expect(write(o)).toBe(JSON.stringify(o));
  });

  it("an undefined value is left out with its key, as JSON.stringify does, wherever it is", () => {
    for (let at = 0; at < KEYS.length; at++) {
      const o = record(KEYS.map((_, i) => (i === at ? undefined : i)));
      expect(write(o)).toBe(JSON.stringify(o));
    }
    const fn = record([() => 1, 2, Symbol("s"), 4, 5, 6]);
    expect(write(fn)).toBe(JSON.stringify(fn));
  });

  it("keys that are array indexes, __proto__ and quotes are written as JSON.stringify writes them", () => {
    const odd = ["2", "1", "__proto__", "a\"b", "改行\n"];
    const o = JSON.parse(`{${odd.map((k, i) => `${JSON.stringify(k)}: ${i}`).join(",")}}`) as Record<string, unknown>;
    // JSON.parse makes __proto__ an own key; "1" and "2" come first in ascending order
    expect(objectJson(odd)(o)).toBe(JSON.stringify(o));
    expect(objectJson(Object.keys(o))(o)).toBe(JSON.stringify(o));
  });

  it("an enumerable property inherited from a prototype is not written (JSON.stringify's own keys only)", () => {
    const o = Object.create({ inherited: 1 }) as Record<string, unknown>;
    for (const [i, k] of KEYS.entries()) o[k] = i;
    expect(write(o)).toBe(JSON.stringify(o));
    expect(JSON.parse(write(o))).not.toHaveProperty("inherited");
  });

  it("one writer per key list: the same list gives the same function", () => {
    expect(objectJson([...KEYS])).toBe(write);
    expect(objectJson(["id"])).not.toBe(write);
  });
});
