// Content negotiation on Accept (RFC 9110 §12.5.1), for any table of served media types: the records route's
// formats and the DCAT IRIs' documents.

/** How well a media range of Accept names a type: exact 3, type/* 2, any (the full wildcard) 1, no match 0 (the most
 *  specific range sets the type's q). */
function specificity(range: string, type: string): number {
  if (range === type) return 3;
  if (range === "*/*") return 1;
  return range.endsWith("/*") && type.startsWith(range.slice(0, -1)) ? 2 : 0;
}

/** Among the served types Accept names (q=0: not acceptable), the highest q, ties to the one listed first; a type
 *  reached only through a wildcard (*\/*, text/*) comes after every type named outright, in the order `served` lists
 *  them; else `fallback`. */
export function negotiate<T>(accept: string | undefined, served: ReadonlyArray<readonly [string, T]>, fallback: T): T {
  const ranges = (accept ?? "").split(",").map((part, index) => {
    const [range = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return { range, q: Number.isFinite(weight) ? weight : 0, index };
  }).filter((r) => r.range);
  type Choice = { value: T; named: boolean; q: number; index: number };
  const better = (a: Choice, b: Choice | undefined) =>
    !b || (a.named !== b.named ? a.named : a.q !== b.q ? a.q > b.q : a.index < b.index);
  let best: Choice | undefined;
  for (const [type, value] of served) {
    let match: { q: number; index: number; rank: number } | undefined;
    for (const r of ranges) {
      const rank = specificity(r.range, type);
      if (rank > 0 && (!match || rank > match.rank)) match = { q: r.q, index: r.index, rank };
    }
    if (!match || match.q <= 0) continue;
    const choice = { value, named: match.rank === 3, q: match.q, index: match.rank === 3 ? match.index : Number.MAX_SAFE_INTEGER };
    if (better(choice, best)) best = choice;
  }
  return best?.value ?? fallback;
}
