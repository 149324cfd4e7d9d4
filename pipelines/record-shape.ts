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
