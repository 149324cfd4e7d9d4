// A 文化財分類 that names one designation over several kinds (国指定特別史跡・特別名勝, 国指定史跡及び名勝, or 国指定史跡、名勝
// once 、 has parted them): each kind is designated so, and the standard lists each as its own value
// (国指定特別史跡;国指定特別名勝). Without it an app looking for 国指定特別名勝 misses the garden that is both.

/** What joins kinds under one designation in a cell: ・ (also half-width), 及び, 並びに. */
const JOINS = /\s*(?:[・･]|及び|および|並びに|ならびに)\s*/u;

/** The items with the designation written once given to each kind after it, and what was read so (for the issue), or
 *  null when no item shares its designation. `designations`: the words an item starts with (国指定, 都指定 …); `kinds`:
 *  the kinds designated together (史跡, 名勝, 特別天然記念物 …): parts of any other words leave the item as written. */
export function designationsShared(items: readonly string[], designations: readonly string[], kinds: ReadonlySet<string>): string[] | null {
  const out: string[] = [];
  let shared = false;
  let before: string | null = null;
  for (const item of items) {
    const designation: string | null = designations.find((d) => item.startsWith(d)) ?? null;
    const own = designation === null ? item : item.slice(designation.length);
    const parts = own.split(JOINS);
    const allKinds = parts.every((p) => kinds.has(p));
    const by: string | null = designation ?? before;
    if (by !== null && allKinds && (parts.length > 1 || designation === null)) {
      out.push(...parts.map((p) => `${by}${p}`));
      shared = true;
    } else out.push(item);
    // a kind with no designation takes the one of the item right before it (国指定史跡、名勝), not of one further up
    before = allKinds ? by : null;
  }
  return shared ? out : null;
}
