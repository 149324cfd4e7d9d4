// Marked columns split into the sessions of a day (月_午前 | 月_午後, 午前 over 月 | 火): which value and session a
// header names, and the values marked in some of their sessions only (木：午前のみ).
import { markName, marks } from "./marked-cells.ts";
import { plainWords } from "./normalize/text.ts";

/** A marked column's value and the part of the day it is for (月_午前 → 月, 午前). */
export interface PartSession { value: string; session: string }

/** Brackets and underscores between a value and its session (月（午前）, 午前_月), set aside to compare. */
const SESSION_JOINERS = /[()_]/g;

/** The value and the session a header names (月_午前, 午後_月, 月（午前）, 月曜午前, 土曜日PM), the session one of `sessions`
 *  before or after a value `known` holds (as markName gives it); null for any other header. */
export function sessionOf(header: string, sessions: readonly string[], known: ReadonlySet<string>): PartSession | null {
  const text = plainWords(header).replace(SESSION_JOINERS, "");
  const lower = text.toLowerCase();
  for (const session of [...sessions].sort((a, b) => b.length - a.length)) {
    const word = session.normalize("NFKC").toLowerCase();
    const rest = lower.startsWith(word) ? text.slice(word.length) : lower.endsWith(word) ? text.slice(0, text.length - word.length) : null;
    if (rest !== null && rest !== "" && known.has(markName(rest))) return { value: markName(rest), session };
  }
  return null;
}

/** Of marked columns split into sessions, the values marked in some of their sessions only, each said once before
 *  its first part (木：午前のみ), by the position in `parts` of that first part. */
export function partialSessions(values: readonly string[], parts: readonly number[], sessions: ReadonlyArray<PartSession | null>): Map<number, string> {
  const byValue = new Map<string, number[]>();
  sessions.forEach((s, k) => { if (s !== null) byValue.set(s.value, [...(byValue.get(s.value) ?? []), k]); });
  const out = new Map<number, string>();
  for (const [value, ks] of byValue) {
    const open = ks.filter((k) => marks((values[parts[k]] ?? "").trim())).map((k) => (sessions[k] as PartSession).session);
    if (open.length > 0 && open.length < ks.length) out.set(ks[0], `${value}：${open.join("・")}のみ`);
  }
  return out;
}
