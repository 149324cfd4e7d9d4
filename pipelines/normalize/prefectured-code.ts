// A code whose long form begins with the prefecture's number (医療機関コード: 都道府県番号 2 + 点数表番号 1 + the 7 digits,
// schemas/types.ts CodeShape.prefectureDigits), read against the row's own prefecture: the first two digits of its
// 全国地方公共団体コード (13 in Tokyo). The cell alone cannot tell either: a long code of another prefecture is no code
// of this list's, and a long code one digit short is one that lost its leading 0 only when the 0 gives the row's
// prefecture (Excel's 110123456 for 0110123456 in a Hokkaido list; never in Tokyo's, whose codes begin with 13).
import type { Dataset } from "../../schemas/dataset.ts";
import { type CodeShape, codeShapeOf } from "../../schemas/types.ts";
import { NUMBER_SAVED_AS_DECIMAL, SEPARATORS } from "./codes.ts";
import { checkInstitutionDigit } from "./institution-check-digit.ts";
import { codeOfPrefecture } from "./location.ts";
import { withdrawIssue } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";
import { toHalfWidthAscii } from "./text.ts";

interface PrefecturedColumn {
  key: string;
  /** the long form's length: the code's and the digits before it */
  long: number;
  shape: CodeShape;
}

const COLUMNS = new WeakMap<Dataset, readonly PrefecturedColumn[]>();

/** The dataset's columns of such codes (none in most). */
export function prefecturedColumnsOf(dataset: Dataset): readonly PrefecturedColumn[] {
  let found = COLUMNS.get(dataset);
  if (found === undefined) {
    found = dataset.columns.flatMap((c) => {
      const shape = codeShapeOf(c.type);
      return shape?.prefectureDigits === undefined ? [] : [{ key: c.key, long: shape.length + shape.prefectureDigits, shape }];
    });
    COLUMNS.set(dataset, found);
  }
  return found;
}

/** The cell's digits as normalizeFixedCode joins them: half-width, separators out, a number's `.0` off. */
function digitsOf(raw: string): string {
  const joined = toHalfWidthAscii(raw.trim()).replace(SEPARATORS, "");
  return NUMBER_SAVED_AS_DECIMAL.test(joined) ? joined.replace(/\.0+$/, "") : joined;
}

/** The prefecture's number of where the row is (its 所在地 code, else its prefecture: a Tokyo list's hospital over the
 *  border, 神奈川県川崎市…, has no located code), else of who published it: 13 in Tokyo. */
function prefectureOfRow(r: RowRepair): string | null {
  const located = r.record.located_local_government_code;
  if (typeof located === "string" && /^\d{6}$/.test(located)) return located.slice(0, 2);
  const named = codeOfPrefecture(r.record.prefecture);
  if (named !== undefined) return named;
  const publisher = r.record.local_government_code;
  return typeof publisher === "string" && /^\d{6}$/.test(publisher) ? publisher.slice(0, 2) : null;
}

/** Each such code against the row's prefecture: one of another prefecture is not published (warned; the cell is
 *  kept in 備考 by keepUnread), one a leading 0 short whose 0 gives the row's prefecture is restored and warned, and
 *  any other cell of digits that is no code (a digit lost inside, 8 digits) is warned naming both forms. A code
 *  published has its 検証番号 checked (institution-check-digit.ts): a wrong one is kept, and warned. */
export function checkCodePrefecture(r: RowRepair, columns: readonly PrefecturedColumn[]): void {
  const prefecture = prefectureOfRow(r);
  if (prefecture === null) return;
  for (const { key, long, shape } of columns) {
    const value = r.record[key];
    const raw = r.cells[key];
    if (typeof value === "string") {
      if (value.length === long && !value.startsWith(prefecture)) {
        r.record[key] = null;
        r.problem("code_other_prefecture", key, raw ?? value, prefecture);
      }
      else checkInstitutionDigit(r, key, prefecture, shape);
      continue;
    }
    if (value !== null || raw === undefined) continue;
    // digits only, of neither form (a cell of words, `申請中`, keeps unparseable_fixed_code's warning)
    const digits = digitsOf(raw);
    if (!/^\d+$/.test(digits) || !r.issues.some((i) => i.field === key && i.code === "unparseable_fixed_code")) continue;
    withdrawIssue(r, key, "unparseable_fixed_code");
    if (digits.length === long - 1 && `0${digits}`.startsWith(prefecture)) {
      r.record[key] = `0${digits}`;
      r.problem("lost_leading_zero", key, raw);
      checkInstitutionDigit(r, key, prefecture, shape);
    }
    // said with both forms and the row's prefecture, which the fix needs
    else r.problem("unparseable_prefectured_code", key, raw, prefecture);
  }
}
