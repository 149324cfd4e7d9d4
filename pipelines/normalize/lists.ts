// Multi-valued cells: items separated by `;` (the standard), full-width `；` or line breaks → string[]. An item (or a
// cell) that lists short items with 、 or commas (内科、外科、小児科), slashes or spaces is split there, and so are its
// items in turn (内科・小児科、皮膚科), with an info telling the officer the standard's separator; a sentence written with
// 、 stays one item. ・ parts only medical departments, towns with their 丁目 or named 町会 (桜台一丁目・桜台二丁目) and a
// column's known items (CSV・PDF): elsewhere it is part of names (町会・自治会).
import type { ItemWords } from "../../schemas/types.ts";
import { type At, type Fixed, problem, problemAt } from "./fixed.ts";
import { designationsShared } from "./shared-designation.ts";
import { isWebAddressAlone, normalizeText, plainText, plainWords } from "./text.ts";

/** Longest item a 、-separated list is taken to have: longer parts, or parts that end as a sentence or a conjunction
 *  does (…あります、 / 上原区または、), are clauses of a sentence. */
const SHORT_ITEM = 15;
const isListItem = (part: string) => part.length <= SHORT_ITEM
  && !/(?:ます|です|ません|でした|ました|ください|下さい|または|又は|及び|および|並びに|ならびに)。?$/.test(part) && !/^(?:ただし|但し)/.test(part)
  && !continuesSentence(part);
/** A part that joins on to the one before it (`及びPDF`, `または郵送`, `その他の事業`) or only says there is more (`ほか`,
 *  `等`, `など`): the cell is a sentence (`Shift_JIS形式のCSV、及びPDF`, `訪問介護、ほか`), not a list of values, and stays as
 *  written; cut, it would publish `及びPDF` or `ほか` as a value. */
const continuesSentence = (part: string) =>
  /^(?:及び|および|並びに|ならびに|又は|または|もしくは|若しくは|その他)/.test(part) || /^(?:ほか|他|等|など|その他)。?$/.test(part);

const OPENING = "（(「『【［[";
const CLOSING = "）)」』】］]";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** A cell cut at `separators` outside brackets (内科（月、水）stays whole) and not between digits (1,2丁目). */
function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(c) && !(isDigit(text[i - 1]) && isDigit(text[i + 1]))) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

const splitAtCommas = (text: string) => splitOutsideBrackets(text, "、,，");
/** A department's name without what brackets after it add: 内科（循環器・消化器） → 内科. */
const withoutTrailingBrackets = (part: string) => part.replace(/[（(][^（）()]*[）)]$/, "").trim();

/** Departments named without 科 (医療法's ペインクリニック; リハビリテーション as lists shorten it). */
const DEPARTMENTS_WITHOUT_KA = new Set(["ペインクリニック", "リハビリテーション"]);
/** A word that names a department at a list's end (内科・小児科・アレルギー), but before a department qualifies it
 *  (アレルギー・膠原病内科 is one department). */
const DEPARTMENTS_AT_END = new Set([...DEPARTMENTS_WITHOUT_KA, "アレルギー"]);
const namesDepartment = (part: string, names: ReadonlySet<string>) => {
  const name = withoutTrailingBrackets(part);
  return (name.length >= 2 && name.endsWith("科")) || names.has(name);
};

/** Medical departments joined with ・ (内科・小児科・皮膚科, 内科（循環器・消化器）・外科・ペインクリニック), or null: a
 *  ・ after a department parts it from the next, while one after a disease or an organ belongs to the department
 *  it qualifies (糖尿病・代謝内科, 内科・腎臓・高血圧内科 → 内科, 腎臓・高血圧内科). Words that end on no department are a
 *  name (町会・自治会), not a list. */
function departmentsAtDots(cell: string): string[] | null {
  const items: string[] = [];
  let pending: string[] = [];
  for (const part of splitOutsideBrackets(cell, "・")) {
    pending.push(part);
    if (!namesDepartment(part, DEPARTMENTS_WITHOUT_KA)) continue;
    items.push(pending.join("・"));
    pending = [];
  }
  if (pending.length > 0) {
    if (pending.length > 1 || !namesDepartment(pending[0], DEPARTMENTS_AT_END)) return null;
    items.push(pending[0]);
  }
  return items.length > 1 ? items : null;
}

/** A town (町字) with its 丁目 (桜台一丁目, 豊玉北2丁目) or a named 町会 / 自治会 (栄町会, 本町自治会): each has its own name
 *  before the word, unlike 二丁目 alone (of the town before it) or the generic 町会・自治会. */
const NAMED_PLACE = /^\S*[^\s0-9一二三四五六七八九十〇・](?:[0-9一二三四五六七八九十]+丁目|町会|自治会|町内会)$/;

/** Towns or named 町会 joined with ・ (桜台一丁目・桜台二丁目, 栄町会・本町自治会: a site's 対象となる町会・自治会), or null:
 *  elsewhere ・ is part of names (町会・自治会, 豊玉北一丁目・二丁目 whose second part is no town of its own). */
function placesAtDots(cell: string): string[] | null {
  const parts = splitOutsideBrackets(cell, "・");
  return parts.length > 1 && parts.every((part) => NAMED_PLACE.test(part.normalize("NFKC"))) ? parts : null;
}

/** Parts of a cell cut at spaces outside brackets (内科（循環器 消化器） stays whole). */
const splitAtSpaces = (cell: string) => splitOutsideBrackets(cell, " \t\u3000");

/** A cell's items by the separators people use instead of the standard's `;`: 、 and commas; else slashes
 *  (内科／皮膚科, not in a web address, nor in brackets: `CSV（Shift_JIS/UTF-8）` is one item); else ・ between departments; else spaces between words that are not English
 *  (内科 外科　小児科). */
function otherSeparators(cell: string, spaces = true): string[] {
  const commas = splitAtCommas(cell);
  if (commas.length > 1) return commas;
  if (/[/／]/.test(cell) && !cell.includes("://")) return splitOutsideBrackets(cell, "/／");
  const departments = cell.includes("・") ? departmentsAtDots(cell) ?? placesAtDots(cell) : null;
  if (departments !== null) return departments;
  if (!spaces || /[A-Za-z]/.test(cell)) return commas;
  return splitAtSpaces(cell);
}

/** A count with its unit (`4台`, `20名`): beside words, what they have so many of (`車いすの貸出し／4台`), not an item. */
const isCount = (part: string) => /^\d+\D{0,3}$/.test(part.normalize("NFKC"));

/** An item split by the separators people use, and each of its items in turn (内科・小児科、皮膚科: 、 first, then ・),
 *  when every part is a short item, not a clause, or one of the column's `known` items however long its note
 *  (`CSV（Shift_JIS/UTF-8）、PDF`), and no count goes with words; else the item as written. */
function splitItem(item: string, spaces: boolean, known?: KnownItems): string[] {
  if (isWebAddressAlone(item)) return [item];
  const parts = otherSeparators(item, spaces);
  if (parts.length < 2 || !parts.every((part) => isListItem(part) || (known !== undefined && knownItemOf(part, known) !== undefined))) return [item];
  const counts = parts.filter(isCount).length;
  if (counts > 0 && counts < parts.length) return [item];
  return parts.flatMap((part) => splitItem(part, spaces, known));
}

/** How a column's known items are compared: NFKC, lower case, no spaces (ＣＳＶ, csv, Excel). */
const itemKey = (item: string) => plainWords(item).toLowerCase();
/** A column's known items (textListOf): `spellings`, each item and its variants by the form they are compared in, to
 *  the item's own spelling (csv → CSV, エクセル → Excel); `suffixes` (compared so too) and `notes` as ItemWords says. */
export interface KnownItems {
  readonly spellings: ReadonlyMap<string, string>;
  readonly suffixes: readonly string[];
  readonly notes: boolean | "other_name";
}
export const knownItemsOf = (items: readonly string[], words: ItemWords = {}): KnownItems => ({
  spellings: new Map([...items.map((item): [string, string] => [itemKey(item), item]),
    ...Object.entries(words.variants ?? {}).flatMap(([item, variants]) => variants.map((v): [string, string] => [itemKey(v), item]))]),
  suffixes: (words.suffixes ?? []).map(itemKey),
  notes: words.notes ?? false,
});

/** The known item a word spells (csv, エクセル), or with a suffix that adds nothing after it (CSV形式); else undefined. */
function spelledItem(word: string, known: KnownItems): string | undefined {
  const key = itemKey(word);
  const own = known.spellings.get(key);
  if (own !== undefined) return own;
  for (const suffix of known.suffixes) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const item = known.spellings.get(key.slice(0, -suffix.length));
      if (item !== undefined) return item;
    }
  }
  return undefined;
}

/** An item with a note in brackets at its end (`CSV(UTF-8)`, `shp（シェープファイル）`): the item before it and the note. */
const NOTED_ITEM = /^(.+?)\s*[（(]([^（）()]+)[）)]$/;

/** The known item an item is, as spelledItem reads it or, where the column takes notes, before a note in brackets
 *  (`noted`); else undefined. */
function knownItemOf(item: string, known: KnownItems): { own: string; noted: boolean } | undefined {
  const own = spelledItem(item, known);
  if (own !== undefined) return { own, noted: false };
  const m = known.notes === false ? null : NOTED_ITEM.exec(item);
  if (m === null) return undefined;
  const before = spelledItem(m[1], known);
  if (before === undefined || (known.notes === "other_name" && !namesKnownItem(m[2], known))) return undefined;
  return { own: before, noted: true };
}

/** Whether a note holds a known item's spelling (`地域密着型特別養護老人ホーム` holds 特別養護老人ホーム): another name of the
 *  item before it, not a word that tells it from another (`訪問型`). */
function namesKnownItem(note: string, known: KnownItems): boolean {
  const key = itemKey(note);
  for (const spelling of known.spellings.keys()) if (key.includes(spelling)) return true;
  return false;
}

/** Words that join two items as a sentence does (CSV及びPDF, CSVとPDF, CSV & PDF), a 、 before them or not. */
const JOINING_WORDS = /\s*[、,，]?\s*(?:及び|および|並びに|ならびに|又は|または|と|&|＆)\s*/;

/** An item that is known items joined by such words (CSV及びPDF) split into them; undefined unless every part is one
 *  (Shift_JIS形式のCSV、及びPDF is a sentence, and stays as written). */
function knownItemsJoined(item: string, known: KnownItems): string[] | undefined {
  const parts = item.split(JOINING_WORDS).filter((p) => p !== "");
  return parts.length > 1 && parts.every((p) => spelledItem(p, known) !== undefined) ? parts : undefined;
}

/** A line that is only a note in brackets (`（地域密着型特別養護老人ホーム）` under the service it names): no item. */
const NOTE_LINE = /^[（(][^（）()]*[）)]$/;

/** Items with a line that is only a note in brackets joined to the item above it, as its note. */
function withNoteLinesJoined(items: string[]): string[] {
  if (!items.some((item, i) => i > 0 && NOTE_LINE.test(item))) return items;
  const joined: string[] = [];
  for (const item of items) {
    if (joined.length > 0 && NOTE_LINE.test(item)) joined[joined.length - 1] += item;
    else joined.push(item);
  }
  return joined;
}

/** An item in corner brackets, whole: 「糖尿病・内分泌内科」. */
const QUOTED_ITEM = /^[「『]([^「」『』]+)[」』]$/;

/** The known items of a list in their own spelling (csv → CSV, ＸＬＳＸ → XLSX, CSV形式 → CSV), the items so
 *  respelled, and those read without their note (CSV(UTF-8) → CSV). */
function inKnownSpelling(items: readonly string[], known: KnownItems): { items: string[]; respelled: string[]; noted: string[] } {
  const respelled: string[] = [];
  const noted: string[] = [];
  const out = items.map((written) => {
    // 「糖尿病・内分泌内科」: quotes that keep an item whole where ・ parts others (札幌市's 診療科目) are no part of it
    const item = QUOTED_ITEM.exec(written)?.[1] ?? written;
    if (item !== written) respelled.push(`${written}→${item}`);
    const found = knownItemOf(item, known);
    if (found === undefined || found.own === item) return item;
    (found.noted ? noted : respelled).push(`${item}→${found.own}`);
    return found.own;
  });
  return { items: out, respelled, noted };
}

/** An item that is known items with ・ between (CSV・PDF・XLSX) split into them, as written; undefined when a part is no
 *  known item (町会・自治会) or the whole is one (定期巡回・随時対応型訪問介護看護, whose ・ is its own). At each part the
 *  longest run of parts that is a known item is taken. */
function knownItemsAtDots(item: string, known: KnownItems): string[] | undefined {
  if (!item.includes("・")) return undefined;
  const parts = item.split("・").map((p) => p.trim());
  const items: string[] = [];
  for (let i = 0; i < parts.length;) {
    let j = parts.length;
    while (j > i && spelledItem(parts.slice(i, j).join("・"), known) === undefined) j--;
    if (j === i) return undefined;
    items.push(parts.slice(i, j).join("・"));
    i = j;
  }
  return items.length > 1 ? items : undefined;
}

/** The last item of a list with など (or 等, ほか) written on to it (`小児科など`, `PDF等`): the item, and the word. Written
 *  apart (`内科、外科、ほか`, `内科 ほか`), the word is a part of a sentence, which stays as written. */
const ETC = /^(.*[^\s、,，・;；/／])(など|等|ほか)$/u;

/** A cell of a list that says only that there is some (○, 有): kept as written, though it names no item. */
const YES_MARKS = new Set(["○", "〇", "◯", "●", "◎", "有", "有り", "あり"]);

/** Items trimmed and empty ones dropped; null when no item is left. A cell whose parts join as a sentence does
 *  (continuesSentence) is one item, as written. `；` shows up as `full_width_converted` (text keeps
 *  full-width symbols as written; a separator is no text). `known`: the column's known items (knownItemsOf), which ・
 *  separates too. */
export function normalizeList(raw: string, at: At, spaces = true, known?: KnownItems, bound?: RegExp,
  shared?: { designations: readonly string[]; kinds: ReadonlySet<string> }): Fixed<string[] | null> {
  return withoutLinkItems(listItems(raw, at, spaces, known, bound, shared), at, raw);
}

/** A web address written as an item (バリアフリー情報 `https://www.osaka-heartfulweb.jp/100501.html`, the place's page on a
 *  barrier-free site): no item of the list, so left out of it, said (list_item_link), and the cell kept in the remarks. */
function withoutLinkItems(list: Fixed<string[] | null>, at: At, raw: string): Fixed<string[] | null> {
  if (list.value === null || !list.value.some(isWebAddressAlone)) return list;
  const items = list.value.filter((item) => !isWebAddressAlone(item));
  return { value: items.length === 0 ? null : items, issues: [...list.issues, problem("list_item_link", at, raw)] };
}

function listItems(raw: string, at: At, spaces: boolean, known?: KnownItems, bound?: RegExp,
  shared?: { designations: readonly string[]; kinds: ReadonlySet<string> }): Fixed<string[] | null> {
  const text = normalizeText(raw, at);
  if (text.value === null) return { value: null, issues: text.issues };
  // a list of features (バリアフリー情報) marked as a yes/no column is: ○ says there are some, not which. A no (なし, ×)
  // stays as written: an empty list would say nothing is known, where the file says there is none
  if (YES_MARKS.has(text.value)) return { value: [text.value], issues: [...text.issues, problem("list_only_yes", at, raw)] };
  // 国指定　特別史跡: one item, the space dropped; so is 国　宝, a word spaced out to the width of the others
  const cell = bound !== undefined && /[ \t\u3000]/.test(text.value) ? unspacedWord(text.value).replace(bound, "$1$2") : text.value;
  if (cell.includes("；") && !text.issues.some((i) => i.code === "full_width_converted")) {
    text.issues = [...text.issues, problem("full_width_converted", at, raw)];
  }
  let items = withNoteLinesJoined(cell.split(/[;；\n]/).map((item) => item.trim()).filter((item) => item !== ""));
  // lines that join into one sentence (`Shift_JIS形式のCSV` and on the next line `及びPDF`) are one value
  if (items.length > 1 && !/[;；]/.test(cell) && items.some((item, i) => i > 0 && continuesSentence(item))) items = [cell.trim()];
  let split = items.flatMap((item) => splitItem(item, spaces, known));
  if (known !== undefined) split = split.flatMap((item) => knownItemsAtDots(item, known) ?? knownItemsJoined(item, known) ?? [item]);
  // 内科、小児科など: the last item's など says the list goes on, and is no part of the item (before: `小児科など` an item)
  const etc = ETC.exec(split[split.length - 1] ?? "");
  if (etc !== null) {
    const parts = splitItem(etc[1], spaces, known);
    split = [...split.slice(0, -1), ...(known === undefined ? parts : parts.flatMap((item) => knownItemsAtDots(item, known) ?? [item]))];
  }
  let issues = split.length > items.length ? [...text.issues, problem("list_separator", at, raw)] : text.issues;
  if (etc !== null) issues = [...issues, problemAt("list_ends_with_etc", at.row, at.field, at.onlyCounts, raw, etc[2])];
  const sharing = shared === undefined || shared.kinds.size === 0 ? null : designationsShared(split, shared.designations, shared.kinds);
  if (sharing !== null) {
    split = sharing;
    issues = [...issues, problemAt("designation_shared", at.row, at.field, at.onlyCounts, raw, sharing.join(";"))];
  }
  if (known === undefined) return { value: split.length === 0 ? null : split, issues };
  const spelled = inKnownSpelling(split, known);
  if (spelled.respelled.length > 0) issues.push(problemAt("list_item_respelled", at.row, at.field, at.onlyCounts, raw, spelled.respelled.join("、")));
  if (spelled.noted.length > 0) issues.push(problemAt("list_item_with_note", at.row, at.field, at.onlyCounts, raw, spelled.noted.join("、")));
  return { value: spelled.items.length === 0 ? null : spelled.items, issues };
}

/** A cell of single kanji or kana with spaces between (国　宝, 史 跡): one word spaced out to line up with longer ones
 *  (均等割付), not a list of characters (before: 国;宝). */
const SPACED_WORD = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}](?:[ \t\u3000]+[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])+$/u;
const unspacedWord = (cell: string): string => (SPACED_WORD.test(cell) ? cell.replace(/[ \t\u3000]+/g, "") : cell);

/** What finds a bound word (listBoundBy: 国指定) at the start of an item with spaces after it and more words: the
 *  spaces are dropped (国指定　特別史跡 → 国指定特別史跡), as the word qualifies the rest and parts nothing. */
export function boundWordsPattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(`(^|[;；\\n、,，/／]\\s*)(${escaped})[ \\t\u3000]+(?=[^\\s;；、,，/／])`, "g");
}

/** Text that may name several values (実施サービス, ファイル形式), in the standard's form: its values joined with `;`,
 *  as a list column's are when written out. A cell that separated them otherwise (、, commas, slashes, line breaks, `；`,
 *  ・ between `known` items) is said (list_separator, or full_width_converted for `；`); spaces do not part values here
 *  (訪問介護 （総合事業）), nor does 、 in a sentence. */
export function normalizeTextList(raw: string, at: At, known?: KnownItems): Fixed<string | null> {
  const list = listItems(raw, at, false, known);
  if (list.value === null) return { value: null, issues: list.issues };
  const value = list.value.join(";");
  const written = normalizeText(raw, at).value;
  const reported = list.issues.some((i) => i.code === "list_separator" || i.code === "full_width_converted" || i.code === "list_item_respelled"
    || i.code === "list_item_with_note");
  // `;` with spaces around it or an empty value between two is the standard's form already
  const standard = written?.split(";").map((item) => item.trim()).filter((item) => item !== "").join(";");
  if (reported || standard === value) return { value, issues: list.issues };
  return { value, issues: [...list.issues, problem("list_separator", at, raw)] };
}

/** Text that names several things, one per line (営業の種類: `飲食店営業` and `菓子製造業` on two lines of a cell), in the
 *  form the engine gives its numbered columns (Column.numberedParts): the lines joined with `;`, said (list_separator).
 *  Other separators stay, as 、 may be inside one thing's name (百貨店、総合スーパー), but between names that are each one
 *  thing by `names` (飲食店営業、菓子製造業, 飲食店営業・喫茶店営業): they part them as a line break does. So does a cell
 *  whose line carries on the one before (`及び…`, a note in brackets). */
export function normalizeLineList(raw: string, at: At, names?: (part: string) => boolean): Fixed<string | null> {
  const text = withoutItemNumbers(normalizeText(raw, at), at, raw);
  if (text.value === null) return text;
  const lines = text.value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  if (lines.some((line, i) => i > 0 && (continuesSentence(line) || OPENING.includes(line[0])))) return text;
  const items = lines.flatMap((line) => namedParts(line, names) ?? [line]);
  if (items.length < 2) return text;
  return { value: items.join(";"), issues: [...text.issues, problem("list_separator", at, raw)] };
}

/** A circled number before a line's words (`① 飲食店営業`, `㉜ 販売業`): the number MHLW's national file gives each kind
 *  of business in 食品衛生法施行令's order, no part of its name. */
const CIRCLED_NUMBER = "[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]";
const ITEM_NUMBER = new RegExp(`^${CIRCLED_NUMBER}\\s*(?=\\S)`, "u");
/** Whether a cell holds a circled number anywhere (then it is no plain cell: withoutItemNumbers may take one off). */
const HAS_ITEM_NUMBER = new RegExp(CIRCLED_NUMBER, "u");

/** A plain test for a column of numbered kinds (Column.numberedParts) made from `plain`: no cell with a circled number. */
export const withoutItemNumberPlain = (plain: (raw: string) => string | undefined) => (raw: string): string | undefined =>
  (HAS_ITEM_NUMBER.test(raw) ? undefined : plain(raw));

/** The text with each line's circled number taken off, said (item_number_removed); the same text when none has one. */
function withoutItemNumbers(text: Fixed<string | null>, at: At, raw: string): Fixed<string | null> {
  if (text.value === null || !HAS_ITEM_NUMBER.test(text.value)) return text;
  const value = text.value.split("\n").map((line) => line.replace(ITEM_NUMBER, "")).join("\n");
  return value === text.value ? text : { value, issues: [...text.issues, problem("item_number_removed", at, raw)] };
}

/** A line's parts at 、, commas, slashes or ・ outside brackets when each is one thing's name (百貨店、総合スーパー is one
 *  kind, as 百貨店 alone is none); else undefined. */
function namedParts(line: string, names?: (part: string) => boolean): string[] | undefined {
  if (names === undefined) return undefined;
  const parts = splitOutsideBrackets(line, "、,，/／・");
  return parts.length > 1 && parts.every(names) ? parts : undefined;
}

/** What may make a text list's cell change: a separator other than `;`, a space beside one. */
const MAY_SEPARATE = /[、,，/／；\n・]|\s;|;\s/;

/** A text list's cell no repair would change, or undefined. */
export const plainTextList = (raw: string): string | undefined => (MAY_SEPARATE.test(raw) ? undefined : plainText(raw));

/** plainTextList for a column of known items: not a cell that joins them with words (CSV及びPDF) or spells one
 *  otherwise (csv, CSV形式, CSV(UTF-8)). */
export const plainKnownTextList = (known: KnownItems) => (raw: string): string | undefined => {
  const plain = plainTextList(raw);
  if (plain === undefined || JOINING_WORDS.test(plain)) return undefined;
  const found = knownItemOf(plain, known);
  return found === undefined || found.own === plain ? plain : undefined;
};
