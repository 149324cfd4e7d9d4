// What the records API's q searches: a record's name, reading and address, folded so that a person finds the record
// however they type it. The same foldSearch makes the stored search_text (write path, and the 004 backfill) and the
// search words of a query, so the two always meet.
import type { Queryable } from "./db.ts";

/** The canonical keys whose text q searches. */
export const SEARCHED_KEYS = ["name", "name_kana", "full_address"] as const;

const KANJI = "\\p{Script=Han}々〆";
const DASHES = "ー‐‑–—―−-";   // after NFKC: the long vowel mark, hyphens, dashes, the minus sign, the hyphen-minus
const KE_BETWEEN_KANJI = new RegExp(`(?<=[${KANJI}0-9])[ケヶカヵガ](?=[${KANJI}])`, "gu");
const LONG_VOWEL_AFTER_KATAKANA = new RegExp(`(?<=[ァ-ヺ])[${DASHES}]+`, "g");
const DASH_BETWEEN_DIGITS = new RegExp(`(?<=[0-9])[${DASHES}](?=[0-9])`, "g");
/** 之, read as ノ (の after the katakana fold) wherever it stands: 一之江 = 一の江 = 一ノ江. Not only between kanji: a search
 *  word is folded alone, so 之 at its end (一之, 博之 typed for 一之江, 山田博之記念館) must fold as it does inside a name. */
const NO_KANJI = /之/g;

/** Kanji written two ways in names and addresses (old and simplified forms: 檜原村 = 桧原村, 髙島平 = 高島平): the left
 *  one is read as the right one. The portal's home search folds with the same table (portal/assets/search-words.js
 *  KANJI_VARIANTS; a test keeps the two equal). */
export const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  檜: "桧", 澁: "渋", 國: "国", 澤: "沢", 邊: "辺", 邉: "辺", 髙: "高", 﨑: "崎", 嵜: "崎", 濱: "浜", 廣: "広",
  嶋: "島", 嶌: "島", 關: "関", 瀧: "滝", 齋: "斎", 齊: "斉", 藏: "蔵", 德: "徳", 眞: "真", 櫻: "桜", 曾: "曽",
};
const VARIANT = new RegExp(`[${Object.keys(KANJI_VARIANTS).join("")}]`, "gu");

/** 一 … 九十九 (and 〇 as a digit: 一〇) as a number; a 丁目 is never more. */
function kanjiNumber(text: string): number {
  const digit = (c: string) => "〇一二三四五六七八九".indexOf(c);
  const ten = text.indexOf("十");
  if (ten < 0) return [...text].reduce((n, c) => n * 10 + digit(c), 0);
  return (ten === 0 ? 1 : kanjiNumber(text.slice(0, ten))) * 10 + (ten === text.length - 1 ? 0 : kanjiNumber(text.slice(ten + 1)));
}

/**
 * One spelling for the ways people write the same name or address:
 * - NFKC (full-width letters and digits, half-width kana), lower case, no spaces;
 * - hiragana as katakana (しんじゅく = シンジュク);
 * - old kanji forms as today's (檜 → 桧, 髙 → 高);
 * - ケ, ヶ, が, か between kanji (or after a digit) as ケ: 霞が関 = 霞ヶ関 = 霞ケ関, 一ヵ月 = 一か月; 之 as ノ, as の
 *   is after the kana fold: 一之江 = 一の江 = 一ノ江;
 * - no long vowel mark (or a dash written for one) after katakana: センター = センタ－ = センタ;
 * - addresses: 一丁目 = 1丁目 = 1-, 2番地 = 2番 = 2-, 3号 = 3, 2の3 = 2-3, and any dash between digits as "-",
 *   so 新宿一丁目2番3号 = 新宿1丁目2-3 = 新宿１－２－３ = 新宿1-2-3; a dash at the end goes, so that 2丁目2番 (2-2)
 *   finds an address written 2-2 as well as 2丁目2番5号 (2-2-5).
 */
export function foldSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "")
    .replace(/[ぁ-ゖゝゞ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(VARIANT, (c) => KANJI_VARIANTS[c] ?? c)
    .replace(KE_BETWEEN_KANJI, "ケ")
    .replace(NO_KANJI, "ノ")
    .replace(/ヶ/g, "ケ").replace(/ヵ/g, "カ")
    .replace(LONG_VOWEL_AFTER_KATAKANA, "")
    .replace(DASH_BETWEEN_DIGITS, "-")
    .replace(/[〇一二三四五六七八九十]+(?=丁目)/g, (n) => String(kanjiNumber(n)))
    .replace(/([0-9]+)丁目/g, "$1-")
    .replace(/([0-9]+)番地?ノ?/g, "$1-")
    .replace(/([0-9]+)号/g, "$1")
    .replace(/(?<=[0-9])ノ(?=[0-9])/g, "-")
    .replace(/-+$/, "");
}

/** A joining kana (ケ ヶ が ガ か カ) that the fold above could not see is one: the word stops after it (自由が, typed
 *  for 自由が丘, meets the stored 自由ケ丘 only as 自由ケ), or it follows kana (ひばりが丘, つつじケ丘: kana before it may
 *  end a katakana word, ヨガ教室, so the stored text keeps it as written). After kana at a word's end it is left alone:
 *  ヨガ, アメリカ. */
const OPEN_JOINING_KANA = new RegExp(`(?<=[${KANJI}])[ケガカ]$|(?<=[ァ-ヺ]|^)[ケガカ](?=[${KANJI}])`, "gu");
const JOINING_FORMS = ["ケ", "ガ", "カ"] as const;
/** Search words past this many forms keep their own fold only (a word with many joining kana is no place name). */
const MAX_FORMS = 9;

/**
 * The forms a folded search word may take in stored search_text: itself, and, where a joining kana stands open
 * (OPEN_JOINING_KANA), each way it may be stored: 自由ガ → 自由ケ (自由ケ丘); ヒバリケ丘 → ヒバリガ丘 (ひばりが丘);
 * ケ丘 → ガ丘, カ丘. A record matches the word when it holds any of them.
 */
export function searchForms(folded: string): string[] {
  const open = [...folded.matchAll(OPEN_JOINING_KANA)].map((m) => m.index);
  if (open.length === 0 || JOINING_FORMS.length ** open.length > MAX_FORMS) return [folded];
  let forms = [""];
  let from = 0;
  for (const at of open) {
    const before = folded.slice(from, at);
    forms = forms.flatMap((f) => JOINING_FORMS.map((kana) => f + before + kana));
    from = at + 1;
  }
  const after = folded.slice(from);
  return [folded, ...forms.map((f) => f + after).filter((f) => f !== folded)];
}

/** The stored search_text of a record: its searched texts, each folded, one space between them (a search word holds
 *  no space, so no word matches across two of them). */
export function recordSearchText(record: Readonly<Record<string, unknown>>): string {
  return SEARCHED_KEYS.map((k) => record[k]).filter((v): v is string => typeof v === "string" && v !== "").map(foldSearch).join(" ");
}

const BACKFILL_BATCH = 2000;

/** The tables that store search_text, with their primary keys (the keyset of the backfill). */
const STORED = [
  { table: "records", key: ["version_id", "row_number"], types: ["bigint", "int"] },
  { table: "staged_records", key: ["stage_id", "row_number"], types: ["text", "int"] },
] as const;

type KeyedTexts = { k0: string; k1: string; searched: Record<string, unknown> };

/** Recomputes search_text of every stored row (records of every version, and rows staged by an ingest in progress),
 *  batch by batch in key order, one UPDATE a batch. Migrations 004's and 005's step; run again (a new migration) whenever foldSearch changes. */
export async function backfillSearchText(tx: Queryable): Promise<void> {
  const searched = `jsonb_build_object(${SEARCHED_KEYS.map((k) => `'${k}', data->'${k}'`).join(", ")})`;
  for (const { table, key: [a, b], types: [ta, tb] } of STORED) {
    let after: [string, string] | null = null;
    let read: number;
    do {
      const { rows }: { rows: KeyedTexts[] } = await tx.query<KeyedTexts>(
        `select ${a}::text as k0, ${b}::text as k1, ${searched} as searched from ${table}
         ${after ? `where (${a}, ${b}) > ($1::${ta}, $2::${tb})` : ""} order by ${a}, ${b} limit ${BACKFILL_BATCH}`, after ?? []);
      read = rows.length;
      if (read === 0) break;
      await tx.query(
        `update ${table} t set search_text = u.search_text
         from jsonb_to_recordset($1::jsonb) as u(k0 ${ta}, k1 ${tb}, search_text text) where t.${a} = u.k0 and t.${b} = u.k1`,
        [JSON.stringify(rows.map((r) => ({ k0: r.k0, k1: r.k1, search_text: recordSearchText(r.searched) })))]);
      after = [rows.at(-1)!.k0, rows.at(-1)!.k1];
    } while (read === BACKFILL_BATCH);
  }
}
