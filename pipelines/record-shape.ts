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
