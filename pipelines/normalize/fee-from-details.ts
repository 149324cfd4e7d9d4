// A basic fee from a list with one 料金 column. 料金 alone is 料金(詳細) (its cells are often prices by kind of person,
// 大人500円・子ども200円), so a ward's event or tourism list headed 料金 never gave 料金(基本), the number apps filter and
// sort by, even where the cell is no more than an amount (無料, 500円, 3,500円). Such a cell now gives it too, said once
// for the file; the cell stays in 料金(詳細). So does an amount with no more than the fee's name before it (参加費 500円,
// 入場料：300円), what it is paid by, one session or one person (1回100円, 500円/人), a note that frees some people of it
// (`300円（中学生以下無料）`), or one on how to take part (`無料（要申込）`): none of these makes it any other fee. Amounts by
// kind of person (`大人200円 小人100円`, `一般 300円`) give the general one (fees-by-person.ts), said on the row; with no
// general one (`小学生100円、中学生200円`) none, said too; a unit of time (1時間100円) says a rate, not read. A file's own
// 料金(基本) cell is read so too when it did not read as a number; one that is a rate (`500円(2時間)`, `1時間300円`,
// `100円/30分`) is no fee of one visit: left empty, said as fee_per_time (before: 500 read, said as a note only).
import type { Issue } from "../issues.ts";
import { basicFee, feesByPerson } from "./fees-by-person.ts";
import { normalizeNumber } from "./numbers.ts";
import type { RowRepair } from "./row-repair.ts";

/** What may be said of an amount that is no more than an amount: its yen (500円) or its digits' form. */
const PLAIN_AMOUNT: ReadonlySet<string> = new Set(["unit_stripped"]);
const isPlain = (i: Issue) => i.severity === "info" || PLAIN_AMOUNT.has(i.code);

/** One session, person or group, in digits or kanji (1人, 一人, お一人様, 1組). */
const ONE = "(?:1|お?一)\\s*(?:回|人|名|組|家族|世帯|枚)様?";
/** The fee's name before the amount (参加費 500円, 入場料：300円, 料金は500円), one session, person or group it is paid
 *  by (1回100円, 1人につき500円, 一人300円, お一人様300円, 1組300円), or both (参加費 1回500円) (NFKC); matches nothing at
 *  all in other text. */
const NAMED = new RegExp(`^(?:(?:(?:参加|入場|入館|入園|観覧|受講|利用|見学|拝観|聴講|鑑賞|施設利用)(?:費|料金?)|料金|費用)\\s*[:：は]?\\s*)?(?:${ONE}(?:につき|あたり|当たり)?)?\\s*`);
/** One session, person or group after the amount (500円/人, 500円/1回, 300円/1組, 300円（1人）, 300円（1人あたり）). */
const PER_ONE = new RegExp(`\\s*(?:[/／]\\s*1?\\s*(?:回|人|名|組|家族|世帯|枚)|[(（]\\s*${ONE}(?:につき|あたり|当たり)?\\s*[)）])$`);
/** A note that frees some people of the fee (（中学生以下無料）, （未就学児は無料）): no other amount in it. */
const FREE_FOR_SOME = /\s*[(（][^()（）円¥￥]*無料\s*[)）]$/;
/** A note on how to take part, which leaves the fee as it is (無料（要申込）, 500円（要予約）, 無料※事前申込制). */
const APPLY_WORDS = "(?:要|事前|申込み?|申し込み|予約|不要|必要|制|先着順?|抽選|[・、\\s])+";
const HOW_TO_APPLY = new RegExp(`\\s*(?:[(（]\\s*${APPLY_WORDS}\\s*[)）]|※\\s*${APPLY_WORDS})$`);
/** A cheap test that an unread cell may still be such an amount. */
const HAS_YEN = /[円¥￥]|無料/;

/** The amount of a fee written with its name, per one, or with a note that frees some people; null for any other text. */
function namedAmount(details: string, r: RowRepair): number | null {
  const text = details.normalize("NFKC").trim();
  const core = text.replace(HOW_TO_APPLY, "").replace(FREE_FOR_SOME, "").replace(PER_ONE, "").replace(NAMED, "");
  if (core === text || core === "") return null;
  const read = normalizeNumber(core, { row: r.row, field: "fee_basic" });
  return typeof read.value === "number" && read.value >= 0 && read.issues.every(isPlain) ? read.value : null;
}

/** A file's own 料金(基本) cell (費用, 参加費) written with the fee's name or per one (`1回200円`, `参加費 1回500円`): the
 *  amount, as a 料金 column's gives it, its words a note (number_with_note) kept in 料金(詳細) as before; it was unread. */
function namedBasicFee(r: RowRepair, cell: string): void {
  const unread = r.issues.findIndex((i) => i.field === "fee_basic" && i.code === "unparseable_number");
  if (unread < 0) return;
  const value = HAS_YEN.test(cell) ? namedAmount(cell, r) : null;
  if (value !== null) {
    r.issues.splice(unread, 1);
    r.record.fee_basic = value;
    r.problem("number_with_note", "fee_basic", cell);
  } else if (basicByPerson(r, cell)) {
    r.issues.splice(unread, 1);
  }
}

/** 料金(基本) from a cell of amounts by kind of person (`大人200円 小人100円`): the general one, said with its label (the
 *  cell is, or is kept in, 料金(詳細)); with no general amount, none, said with the kinds written; false when the cell
 *  is no such list. */
function basicByPerson(r: RowRepair, cell: string): boolean {
  const parts = feesByPerson(cell.normalize("NFKC").trim().replace(NAMED, ""));
  if (parts === null) return false;
  const basic = basicFee(parts);
  if (basic === null) {
    r.problem("fees_by_person_no_general", "fee_basic", cell, parts.map((p) => p.label).join("・"));
    return true;
  }
  r.record.fee_basic = basic.amount;
  r.problem("fees_by_person", "fee_basic", cell, basic.label === null ? String(basic.amount) : `${basic.label}\t${basic.amount}`);
  return true;
}

/** A length of time a fee is paid by, before or after the amount (1時間300円, 300円/30分, 500円(2時間), 1時間あたり300円)
 *  (NFKC), the length in group 1 or 3; group 2 or 4 a word that says "per" (ごと, あたり). After the amount the length
 *  ends the cell or its bracket, or comes before a further rate (500円（2時間）、以降1時間ごと200円). */
const DURATION = "((?:最初の)?\\d+(?:\\.\\d+)?\\s*(?:時間|分))(ごと|毎|あたり|当たり|につき|まで|以内)?";
const PER_TIME = new RegExp(`^(?:${DURATION}\\s*[:：]?\\s*[\\d,]+\\s*円|[\\d,]+\\s*円\\s*(?:[/／]|[(（])\\s*${DURATION}\\s*(?:[)）]|[、,]|$))`);

/** A file's own 料金(基本) cell that is a rate per length of time: the value dropped (or left unread) and said as
 *  fee_per_time with the length, in place of the note or unreadable number it was said as. */
function ratePerTime(r: RowRepair, cell: string): boolean {
  // a cell that read as a plain amount is no rate: asked first, as it is of every row
  const said = r.issues.findIndex((i) => i.field === "fee_basic" && (i.code === "number_with_note" || i.code === "unparseable_number"));
  if (said < 0) return false;
  const text = cell.normalize("NFKC").trim();
  const m = PER_TIME.exec(text);
  if (m === null) return false;
  const per = m[2] ?? m[4] ?? (/^[\d,]+\s*円\s*[/／]/.test(text) ? "/" : undefined);
  // an event's `500円（2時間）` may be a session that long (Dataset.feeRatesByLength)
  if (per === undefined && r.dataset.feeRatesByLength !== true) return false;
  r.issues.splice(said, 1);
  r.record.fee_basic = null;
  r.problem("fee_per_time", "fee_basic", cell, (m[1] ?? m[3]).replace(/\s+/g, "") + (m[2] ?? m[4] ?? ""));
  return true;
}

/** 料金(基本) empty, in a file without its column, beside a 料金(詳細) that reads as an amount and nothing else. */
export function feeFromDetails(r: RowRepair): void {
  const own = r.cells.fee_basic;
  if (own !== undefined && own !== "" && ratePerTime(r, own)) return;
  if (r.record.fee_basic !== null) return;
  if (r.cells.fee_basic !== undefined) {
    if (r.cells.fee_basic !== "") namedBasicFee(r, r.cells.fee_basic);
    return;
  }
  const details = r.record.fee_details;
  if (typeof details !== "string") return;
  const read = normalizeNumber(details, { row: r.row, field: "fee_basic" });
  const plain = typeof read.value === "number" && read.value >= 0 && read.issues.every(isPlain) ? read.value : null;
  const value = plain ?? (HAS_YEN.test(details) ? namedAmount(details, r) : null);
  if (value === null) {
    basicByPerson(r, details);
    return;
  }
  r.record.fee_basic = value;
  r.filled("fee_from_details", "fee_basic", String(value));
}
