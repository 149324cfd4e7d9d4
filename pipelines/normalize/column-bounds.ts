// Which end of a period a column holds, read from its canonical key alone. Its own module so that the header stages
// and the row repairs (date-years.ts) can ask without importing normalize/index.ts, which imports them back.
import type { Bound } from "./times.ts";

/** `start_time`, `consultation_start_time` → start; `end_time` → end (what 終日, 24:00 and ranges become). */
export function boundOf(key: string): Bound | undefined {
  if (/(?:^|_)start(?:_|$)/.test(key)) return "start";
  if (/(?:^|_)(?:end|expiry)(?:_|$)/.test(key)) return "end";
  return undefined;
}

/** The end column's key of a start column's (`start_time` → `end_time`, `application_start_date` → `application_end_date`). */
export const endKeyOf = (key: string): string => key.replace(/(^|_)start(_|$)/, "$1end$2");
