// Dates as harvesters send them to CKAN: ISO 8601 with Z, an offset (+09:00) or none (naive UTC, CKAN's own form),
// and Solr date math (NOW, NOW/DAY, NOW-1DAY/DAY, 2026-12-05T00:00:00Z+1MONTH). Everything becomes CKAN's naive UTC
// form with microseconds, so that instants compare as strings; text that is none of these is null, never a guess.

/** An instant: milliseconds since the epoch, plus the microseconds below the millisecond (0–999). */
interface Instant { ms: number; micros: number }

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function parseIso(text: string): Instant | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((s) => (s === undefined ? undefined : Number(s))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysIn(year!, month!) || hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== "Z") {
    const [, sign, hh, mm = "0"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    if (Number(hh) > 23 || Number(mm) > 59) return null;
    offset = (sign === "-" ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000;
  }
  const fraction = (m[7] ?? "").padEnd(6, "0").slice(0, 6);
  const ms = Date.UTC(year!, month! - 1, day!, hour, minute, second, Number(fraction.slice(0, 3))) - offset;
  return { ms, micros: Number(fraction.slice(3)) };
}

const UNIT = "(YEARS?|MONTHS?|DAYS?|DATE|HOURS?|MINUTES?|SECONDS?|MILLIS?|MILLISECONDS?)";
const MATH = new RegExp(`^(.*?)((?:[+-]\\d+${UNIT}|/${UNIT})*)$`, "i");
const STEP = new RegExp(`([+-]\\d+|/)${UNIT}`, "gi");

function unitOf(word: string): "Y" | "MO" | "D" | "H" | "MI" | "S" | "MS" {
  const w = word.toUpperCase();
  if (w.startsWith("YEAR")) return "Y";
  if (w.startsWith("MONTH")) return "MO";
  if (w.startsWith("DA")) return "D";
  if (w.startsWith("HOUR")) return "H";
  if (w.startsWith("MINUTE")) return "MI";
  if (w.startsWith("MILLI")) return "MS";
  return "S";
}

function addCalendar(t: Instant, months: number): Instant {
  const d = new Date(t.ms);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12), month = total - year * 12;
  const day = Math.min(d.getUTCDate(), daysIn(year, month + 1));   // Jan 31 + 1 MONTH = Feb 28, as Solr does
  return { ms: Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()), micros: t.micros };
}

const FIXED_MS = { D: 86_400_000, H: 3_600_000, MI: 60_000, S: 1000, MS: 1 } as const;

function roundDown(t: Instant, unit: ReturnType<typeof unitOf>): Instant {
  const d = new Date(t.ms);
  const parts = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()];
  const keep = { Y: 1, MO: 2, D: 3, H: 4, MI: 5, S: 6, MS: 7 }[unit];
  const [y, mo = 0, day = 1, h = 0, mi = 0, s = 0, ms = 0] = parts.slice(0, keep);
  return { ms: Date.UTC(y!, mo, day, h, mi, s, ms), micros: 0 };
}

function format(t: Instant): string {
  if (!Number.isFinite(t.ms) || t.ms < Date.UTC(0, 0, 1) || t.ms > Date.UTC(9999, 11, 31, 23, 59, 59, 999)) return "";
  return `${new Date(t.ms).toISOString().slice(0, 23)}${String(t.micros).padStart(3, "0")}`;
}

/** An ISO 8601 date or date-time (Z, ±hh:mm or naive UTC) in CKAN's naive UTC form with microseconds; null if unreadable. */
export function isoToCkanTime(text: string): string | null {
  const t = parseIso(text);
  return t ? format(t) || null : null;
}

/** A Solr date (ISO 8601 or NOW, with date math) in CKAN's naive UTC form with microseconds; null if unreadable. */
export function solrToCkanTime(text: string, now = Date.now()): string | null {
  const m = MATH.exec(text.trim());
  if (!m) return null;
  let t = m[1]!.toUpperCase() === "NOW" ? { ms: now, micros: 0 } : parseIso(m[1]!);
  if (!t) return null;
  for (const [, op, word] of m[2]!.matchAll(STEP)) {
    const unit = unitOf(word!);
    if (op === "/") { t = roundDown(t, unit); continue; }
    const n = Number(op);
    t = unit === "Y" ? addCalendar(t, 12 * n) : unit === "MO" ? addCalendar(t, n) : { ms: t.ms + n * FIXED_MS[unit], micros: t.micros };
  }
  return format(t) || null;
}
