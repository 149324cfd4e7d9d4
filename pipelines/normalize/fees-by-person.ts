// A fee cell that gives amounts by kind of person (`大人200円 小人100円`, `一般 300円`, `300円（65歳以上150円）`,
// `中学生以上500円、小学生以下無料`): its basic fee is the general one, the amount with no label or labelled 一般, 大人,
// 成人, 小学生以上, 18歳以上 …; the other amounts stay in the cell (料金(詳細)). A cell with no general amount
// (`小学生100円、中学生200円`, `中学生以下無料`) has no basic fee: the first amount is one kind's, and as 料金(基本) it
// would be compared with other rows' general fees (a museum free for children listed as free). Any other word in the
// cell (資料代, 1時間, 約) makes it no such list.

/** Kinds of person a fee is labelled by (NFKC), with 以上 / 以下 / 未満 after one where it fits (中学生以下, 65歳以上). */
const PERSON = "(?:一般|大人|成人|おとな|一般成人|小人|こども|子ども|子供|児童|生徒|学生|幼児|乳幼児|未就学児|小学生|中学生|高校生|大学生|高大生|中高生|小中学生"
  + "|小・中学生|高校・大学生|大学・高校生|大学生・高校生|高校生・大学生|シニア|高齢者|障害者|障がい者|障害のある方|\\d{1,2}歳"
  // who pays alone or as a group (個人300円 団体240円, 20名以上の団体400円)
  + "|個人|(?:\\d{1,3}名以上の?)?団体)(?:以上|以下|未満)?";
/** A kind of person with who it is in brackets after it (`大人（高校生以上）`, `大人(中学生以上)`, in words without a number,
 *  `障がい者（手帳所持者）`, `小人（小学生）`): the kind is the label. A number in words (`大人（2時間）`) is no person's. */
const PERSON_QUALIFIED = `${PERSON}(?:\\s*[(（](?:${PERSON}|[^()（）\\d０-９]{1,12})[)）])?`;
/** The labels of the general fee, which the basic fee is: the first amount when it has no label. From an age or a
 *  school upward is everyone older too (小学生以上, 18歳以上); from 60 upward is the seniors' (65歳以上). */
const GENERAL = /^(?:一般|大人|成人|おとな|一般成人|個人|(?:小学|中学|高校|大学)生以上|(?:[1-9]|[1-5]\d)歳以上)(?:\s*[(（].*[)）])?$/;
/** What the amount is paid by, one of (1人, 1回, 1組: a family or a pair pays one fee), before it or after it. */
const ONE = "(?:人|名|回|組|家族|世帯|枚)";
/** One labelled amount (`大人200円`, `一般：1回500円`, `小学生以下無料`, `¥300/人`), at the position the regex is set to; a
 *  bare number only after a label (`大人：600`, as columns of fees by kind are joined into 料金(詳細)). */
const PART = new RegExp(`(?:(${PERSON_QUALIFIED})\\s*[:：は]?\\s*)?(?:1\\s*${ONE}(?:につき|あたり|当たり)?\\s*)?`
  + `(?:(\\d[\\d,]*)\\s*円|¥\\s*(\\d[\\d,]*)|(無料)|(\\d[\\d,]*))(?:\\s*[/／]\\s*1?\\s*${ONE})?`, "y");
/** Between the amounts: spaces, commas, slashes, dots and brackets (`大人200円・小人100円`, `300円（65歳以上150円）`). */
const BETWEEN = /[\s、,，/／;；・()（）［］[\]【】]*/y;

export interface FeeOfPerson { amount: number; label: string | null }

/** The amounts of a cell of labelled fees, each with its label (null: none), in the order written; null when the cell
 *  holds anything else or labels none of its amounts (then it is a plain amount or no fee list). */
export function feesByPerson(text: string): FeeOfPerson[] | null {
  const parts: FeeOfPerson[] = [];
  let at = 0;
  while (at < text.length) {
    BETWEEN.lastIndex = at;
    if (BETWEEN.exec(text) !== null) at = BETWEEN.lastIndex;
    if (at >= text.length) break;
    PART.lastIndex = at;
    const m = PART.exec(text);
    if (m === null || PART.lastIndex === at || (m[5] !== undefined && m[1] === undefined)) return null;
    const digits = m[2] ?? m[3] ?? m[5];
    parts.push({ amount: digits === undefined ? 0 : Number(digits.replaceAll(",", "")), label: m[1] ?? null });
    at = PART.lastIndex;
  }
  return parts.some((p) => p.label !== null) && parts.every((p) => Number.isFinite(p.amount)) ? parts : null;
}

/** The basic fee of such a cell: the first amount that is the general one (no label, 一般, 大人 …); null when every
 *  amount is one kind of person's (小学生, 中学生以下, 65歳以上). */
export function basicFee(parts: readonly FeeOfPerson[]): FeeOfPerson | null {
  return parts.find((p) => p.label === null || GENERAL.test(p.label)) ?? null;
}
