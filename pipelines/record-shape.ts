// Objects with one fixed set of keys, built in one step. A row's cells and its record have the same keys on every
// row of a file. Filling a copied template by computed keys (`record[key] = …`, a different key each time) made V8
// look every key up on every row, the largest single cost of the row stage; a factory compiled once per key set
// builds an object literal instead, so each row's object is born with its final hidden class.
export type ObjectFactory<T> = (values: ArrayLike<T>) => Record<string, T>;

const FACTORIES = new Map<string, ObjectFactory<unknown>>();

/** `(values) => ({ [keys[0]]: values[0], … })`, compiled once per key list. Keys enter the code as JSON string
 *  literals, so any text is a safe key; `__proto__` is written computed, so it is a key and not the prototype. */
export function objectFactory<T>(keys: readonly string[]): ObjectFactory<T> {
  const id = JSON.stringify(keys);
  let factory = FACTORIES.get(id);
  if (factory === undefined) {
    const entries = keys.map((key, i) => `${key === "__proto__" ? `[${JSON.stringify(key)}]` : JSON.stringify(key)}: v[${i}]`);
    // eslint-disable-next-line no-new-func -- generated from data (the key list), like Ajv's compiled validators
    factory = new Function("v", `return { ${entries.join(", ")} };`) as ObjectFactory<unknown>;
    FACTORIES.set(id, factory);
  }
  return factory as ObjectFactory<T>;
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
    const entries = keys.map((key, i) => `${key === "__proto__" ? `[${JSON.stringify(key)}]` : JSON.stringify(key)}: v[${positions[i]}] ?? ""`);
    // eslint-disable-next-line no-new-func -- generated from data (keys and positions), like objectFactory
    picker = new Function("v", `return { ${entries.join(", ")} };`) as CellPicker;
    // one per file layout: bounded for a server that harvests many
    if (PICKERS.size >= 256) PICKERS.clear();
    PICKERS.set(id, picker);
  }
  return picker;
}
