// Rendered pages of the records route, kept by a key that names what is published (see routes/records.ts): a page is
// rendered once per published state, then served as the same bytes until anything of its dataset is republished.
// Least-recently-used eviction under a byte budget; a budget of 0 turns the cache off.

export interface CachedPage { body: Buffer; type: string; link: string | null }

export class ResponseCache {
  private readonly entries = new Map<string, CachedPage & { bytes: number }>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // re-insert: Map keeps insertion order, so the first key is always the least recently used
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, page: CachedPage): void {
    const bytes = page.body.length + 2 * key.length + 64;
    if (bytes > this.maxBytes / 8) return;   // one page never takes over the cache
    const old = this.entries.get(key);
    if (old) { this.used -= old.bytes; this.entries.delete(key); }
    this.entries.set(key, { ...page, bytes });
    this.used += bytes;
    for (const [k, v] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(k);
      this.used -= v.bytes;
    }
  }

  get size(): number { return this.entries.size; }
  get bytes(): number { return this.used; }
}
