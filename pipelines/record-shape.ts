// Objects with one fixed set of keys, built in one step. A row's cells and its record have the same keys on every
// row of a file. Filling a copied template by computed keys (`record[key] = …`, a different key each time) made V8
// look every key up on every row, the largest single cost of the row stage; code compiled once per key set builds
// an object literal instead, so each row's object is born with its final hidden class.

/** `key` as a property of an object literal in generated code: a JSON string literal, so any text is a safe key;
 *  `__proto__` is written computed, so it is a key and not the prototype. */
export function propertyKey(key: string): string {
  return key === "__proto__" ? `[${JSON.stringify(key)}]` : JSON.stringify(key);
}

export type CellPicker = (values: readonly string[]) => Record<string, string>;

const PICKERS = new Map<string, CellPicker>();

/** `(values) => ({ [keys[0]]: values[positions[0]] ?? "", … })`, compiled once per key and position list: a row's
 *  cells by key with no array in between. */
export function cellPicker(keys: readonly string[], positions: readonly number[]): CellPicker {
  if (keys.length !== positions.length || !positions.every((p) => Number.isInteger(p) && p >= 0)) throw new Error("bad cell positions");
  const id = JSON.stringify([keys, positions]);
  let picker = PICKERS.get(id);
  if (picker === undefined) {
    const entries = keys.map((key, i) => `${propertyKey(key)}: v[${positions[i]}] ?? ""`);
    // eslint-disable-next-line no-new-func -- generated from data (keys and positions), like Ajv's compiled validators
    picker = new Function("v", `return { ${entries.join(", ")} };`) as CellPicker;
    // one per file layout: bounded for a server that harvests many
    if (PICKERS.size >= 256) PICKERS.clear();
    PICKERS.set(id, picker);
  }
  return picker;
}

export type ObjectJson = (o: Record<string, unknown>) => string;

const JSON_WRITERS = new Map<string, ObjectJson>();

/**
 * JSON.stringify(o), compiled once per key list, for objects with exactly `keys` in that order (a file's records, built
 * by row-program.ts as one literal). JSON.stringify of a whole record walked its 30–40 properties through V8's
 * generic path (~6 µs a record, more than half of `odh normalize`'s extra time over `odh validate`); this writes the
 * keys as literals and quotes each value with JSON.stringify itself. An object with other keys, or the same keys in
 * another order, is given to JSON.stringify, so the text is always JSON.stringify's.
 */
export function objectJson(keys: readonly string[]): ObjectJson {
  const id = JSON.stringify(keys);
  let write = JSON_WRITERS.get(id);
  if (write === undefined) {
    const parts = keys.map((key, i) => {
      const name = `${i === 0 ? "" : ","}${JSON.stringify(key)}:`;
      return `v = o[${JSON.stringify(key)}];
        if (v === null) s += ${JSON.stringify(`${name}null`)};
        else if ((t = J(v)) !== undefined) s += ${JSON.stringify(name)} + t;
        else return J(o);`;
    });
    // the key check walks the object's own enumerable keys in JSON.stringify's order; keys are interned, so each
    // comparison is a pointer's
    const body = `const K = ${JSON.stringify(keys)};
      return function objectJson(o) {
        let n = 0;
        for (const k in o) if (k !== K[n++]) return J(o);
        if (n !== ${keys.length}) return J(o);
        let s = "{", v, t;
        ${parts.join("\n        ")}
        return s + "}";
      };`;
    // eslint-disable-next-line no-new-func -- generated from data (the keys), like cellPicker
    write = new Function("J", body)(JSON.stringify) as ObjectJson;
    if (JSON_WRITERS.size >= 256) JSON_WRITERS.clear();
    JSON_WRITERS.set(id, write);
  }
  return write;
}
