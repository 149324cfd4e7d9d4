// Rows whose ID another row of the same file has. The standard wants an ID unique within the publisher; two rows with
// one ID make an app treat two places as one, and the hub's record_id (publish.ts) falls back to the row number.
// The table keeps a 53-bit hash of each ID and the row it was first seen on, in typed arrays (12 bytes an ID at half
// load), not the IDs: a cell is a slice of the chunk it was parsed from, and a Map of them would keep every chunk of
// the file alive. Two different IDs share a hash with odds of about n²/2⁵⁴ (1 in 290,000 for 250,000 IDs).
import type { Dataset } from "../schemas/dataset.ts";

/** IDs past this many are not checked: the table then holds 2¹⁹ slots (6 MB), so memory stops growing with the file
 *  (municipal files are far smaller; a larger one is told which IDs were not checked). */
export const MAX_CHECKED_IDS = 250_000;

/** A row that shares its ID with another row of the file. */
export interface DuplicateId {
  row: number;
  id: string;
}

/** 53 bits from two 32-bit multiply-xor hashes of the UTF-16 units. */
export function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x85ebca6b);
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d);
  b = Math.imul(b ^ (b >>> 15), 0x846ca68b);
  return (b >>> 11) * 0x1_0000_0000 + (a >>> 0);
}

export class DuplicateIds {
  #hashes = new Float64Array(4096);
  /** the row each hash was first seen on; negative once that row has been named as a duplicate too */
  #rows = new Int32Array(4096);
  #size = 0;
  /** the first `keep` duplicates found, in the order found (the first row of a group before the row that revealed it) */
  readonly found: DuplicateId[] = [];
  /** rows named as duplicates, kept or not */
  count = 0;
  /** IDs not checked because MAX_CHECKED_IDS were already held */
  unchecked = 0;

  constructor(private readonly keep: number, private readonly maxIds = MAX_CHECKED_IDS) {}

  #note(row: number, id: string): void {
    if (this.count++ < this.keep) this.found.push({ row, id });
  }

  /** Notes that `row` has ID `id` (already normalized, not empty); rows must come in file order. */
  add(id: string, row: number): void {
    const h = hash53(id) || 1; // 0 marks an empty slot
    const mask = this.#hashes.length - 1;
    let at = (h >>> 0) & mask; // the low 32 bits (a double's % is a slow division)
    for (;;) {
      const held = this.#hashes[at];
      if (held === 0) break;
      if (held === h) {
        const first = this.#rows[at];
        if (first > 0) {
          this.#note(first, id);
          this.#rows[at] = -first;
        }
        this.#note(row, id);
        return;
      }
      at = (at + 1) & mask;
    }
    if (this.#size >= this.maxIds) {
      this.unchecked++;
      return;
    }
    this.#hashes[at] = h;
    this.#rows[at] = row;
    if (++this.#size * 2 > this.#hashes.length) this.#grow();
  }

  #grow(): void {
    const [hashes, rows] = [this.#hashes, this.#rows];
    this.#hashes = new Float64Array(hashes.length * 2);
    this.#rows = new Int32Array(rows.length * 2);
    const mask = this.#hashes.length - 1;
    for (let i = 0; i < hashes.length; i++) {
      if (hashes[i] === 0) continue;
      let at = (hashes[i] >>> 0) & mask;
      while (this.#hashes[at] !== 0) at = (at + 1) & mask;
      this.#hashes[at] = hashes[i];
      this.#rows[at] = rows[i];
    }
  }
}

/** Between a record's name and the values that tell it from another of that name, in a distinctName key. */
export const NAME_SEPARATOR = "\u0000";

/** The name of a record as distinctName compares it (`本町一丁目` with its 調査年月日 after NAME_SEPARATOR); null for
 *  a dataset without distinctName, not a string when the name is empty. */
export function rowName(dataset: Dataset): ((record: Record<string, unknown>) => unknown) | null {
  const spec = dataset.distinctName;
  if (spec === undefined) return null;
  const others = (spec.with ?? []).filter((key) => dataset.columnByKey.has(key));
  return (record) => {
    const name = record[spec.key];
    if (typeof name !== "string" || name === "") return name;
    return [name, ...others.map((key) => String(record[key] ?? ""))].join(NAME_SEPARATOR);
  };
}

/** What tells a record from the others (Dataset.identity): its ID, with the other columns' values that are given
 *  (`d0001 / AED設置箇所一覧（CSV） / https://…/aed.csv`); not a string when the ID is empty. */
export function rowIdentity(dataset: Dataset): (record: Record<string, unknown>) => unknown {
  const others = (dataset.identity ?? []).filter((key) => key !== "id" && dataset.columnByKey.has(key));
  if (others.length === 0) return (record) => record.id;
  return (record) => {
    const id = record.id;
    if (typeof id !== "string" || id === "") return id;
    let identity = id;
    for (const key of others) {
      const value = record[key];
      if (typeof value === "string" && value !== "") identity += ` / ${value}`;
    }
    return identity;
  };
}
