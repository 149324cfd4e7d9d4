// Rows: tells data rows from the non-data rows real files carry (blank and comma-only rows, ◎/○ requirement rows,
// `#` metadata rows, a second header row, ※ footnotes), and splits a data row into canonical cells and `extra`.
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { scoreHeader } from "./headers.ts";
import { type Issue, type IssueCode, issue, NO_ISSUES } from "./issues.ts";
import { isPrivateLink } from "./normalize/private-link.ts";
import { plainWords, TEMPLATE_BLANK } from "./normalize/text.ts";
import { isAsOfText } from "./as-of.ts";
import { saysNotCurrent } from "./state-words.ts";
import { type CellPicker, cellPicker } from "./record-shape.ts";
import { quotedCell, withoutNeutralize } from "./record-output.ts";

/** Whitespace and control characters only: NULs or a Ctrl-Z on a line of their own (a block of a file zeroed by a
 *  failed copy) are no value, which the text normalizer would take out of the cell. */
const BLANK_OR_CONTROLS = /^[\s\x00-\x1f\x7f]*$/;

/** A cell of nothing, whitespace or control characters only. */
export function isBlankCell(c: string): boolean {
  if (c === "") return true;
  // a cell starting with visible ASCII or a character above U+3000 (no whitespace there but U+FEFF) is not blank
  const first = c.charCodeAt(0);
  return !((first > 0x20 && first < 0x7f) || (first > 0x3000 && first !== 0xfeff)) && BLANK_OR_CONTROLS.test(c);
}

/** The filled cells of column `at` in the rows, as the engine reads text (NFKC, trimmed). */
export const filledCellsOf = (rows: ReadonlyArray<readonly string[]>, at: number): string[] =>
  rows.map((r) => r[at] ?? "").filter((c) => !isBlankCell(c)).map((c) => c.normalize("NFKC").trim());

export function isBlankRow(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

const REQUIREMENT_MARKS = /^(?:◎|○|〇|◯|●|△|×|必須|推奨|任意|条件付必須|[◎○〇◯△]\s*(?:必須|推奨|任意))$/;

/** `◎,○,,○…`: the requirement marks of the official definition copied below the header. */
export function isRequirementRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length >= 2 && filled.every((c) => REQUIREMENT_MARKS.test(c));
}

/** A unit in brackets, as a units row under the header writes it: (度), （m）, [人], 【円】, (単位：m). */
const UNIT = /^[(（[［【](?:単位[:：]?)?[^()（）[\]［］【】]{1,8}[)）\]］】]$/;

/** A row that gives the columns' units, `(度),(度),(m),(人)`: two or more filled cells, each a bracketed unit. */
export function isUnitsRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length >= 2 && filled.every((c) => UNIT.test(c));
}

/** A LinkData-style `#property…` metadata row. */
export const isCommentRow = (cells: readonly string[]) => (cells[0] ?? "").trimStart().startsWith("#");

/** How a footnote starts: ※, ＊/*, a ★ or ☆ that says what it marks (★：区の指定施設, ★ 新設, ★印は…), 注 (注1) (注) 注: 注１．, 出典, 資料：, 備考：, 参考：, 更新日：, 注意事項：, 【凡例】…,
 *  a contact line (問合せ先：, 担当課：, 作成　○○課: the label and a space); a legend of the marks (`1：指定あり、空欄：指定なし`, `●：設備あり　空欄：設備なし`,
 *  also after the column's name: `種別　1：消火栓　2：防火水槽`);
 *  or the whole of a version or as-of line: 第3.0版, Ver.1.2（令和6年4月1日更新）, 令和6年4月1日現在, 作成年月日
 *  2025年4月1日. Not
 *  注文…, 資料館 or a name that starts with a year. */
const NOTE_START = /^(?:※|＊|\*|[★☆][0-9０-９]*(?:印|[\s\u3000]*[:：＝=]|[\s\u3000]+\S)|[(（]注[0-9０-９]*[)）]|[(（]参考[)）]|注[0-9０-９]*[)）.．:：、]|出典|(?:資料|備考|参考|更新日|作成日|最終更新日?|公開日|注意事項|凡例|お?問い?合わ?せ先?|連絡先|担当(?:課|部署|部局)?|所管(?:課|部署)?|作成(?:者|課|部署)?|発行(?:者|元)?|掲載日|TEL|Tel|電話|FAX|Fax)[:：]|(?:お?問い?合わ?せ先?|作成(?:者|課|部署)?|担当(?:課|部署|部局)?|所管(?:課|部署)?|発行(?:者|元)?)[\s\u3000]|(?:データ)?(?:更新|作成|掲載|公開)日[\s\u3000]*[0-9０-９令平R]|[^,]{6,}[。．]$|【(?:凡例|注意?|注意事項|備考|出典|お?問い?合わ?せ先?|連絡先|担当課?)】|凡例$|(?:[^\s\u3000,:：＝=]{1,10}[\s\u3000]+)?[0-9０-９○〇◯●◎△×][\s\u3000]*[:：＝=][^,]*[、，,;；\s\u3000][^,]*[:：＝=]|第[0-9０-９.．]+版$|[Vv]er(?:sion)?\.?\s*[0-9０-９][0-9０-９.．]*(?:\s*[(（][^)）]*[)）])?$|[(（]?(?:令和|平成|昭和|[RHS])?[0-9０-９元]+[年.．/][^,]*(?:現在|時点|更新|作成|公開|公表)[)）]?$|(?:作成|更新|公開|掲載)年月日[\s\u3000:：])/;

/** A note written as a sentence, without a mark, in whatever column (`詳しくは各施設へお問い合わせください`, `なお、…`): a
 *  polite ending (ください, ます, です) or an opening that only starts a sentence (なお、 ただし 詳しくは お問い合わせは). A name
 *  ends in none of these. */
const UNMARKED_SENTENCE = /^(?:(?:なお|ただし|但し|また)[、，,\s\u3000]|(?:詳しく|詳細|お問い?合わ?せ|ご不明な点|ご利用)は|[^,]{3,}(?:ください|下さい|ます|ません|です|でした|ました|ございます)[。．!！]?$)/;
/** A note on when a place is not open, without a mark (`冬期は17時閉鎖`, `月曜日は休館`, `年末年始を除く`): `… は …` ending in
 *  what a place does not do then (閉鎖, 休館, 除く, のみ, できません), or `…を除く`; or the days alone it is open (`土日のみ`,
 *  `土日祝のみ`, `平日のみ開館`), which no place is named. A は inside a name (はらっぱ公園, こはる保育園) comes with none of the endings. */
const UNMARKED_HOURS_NOTE = /^(?:[^,]{1,30}?は[^,]{0,30}(?:閉鎖|閉館|休館|休業|休み|休止|不可|除く|のみ|まで|なし|できません)[。．]?|[^,]{2,}を除く[。．]?|(?:平日|休日|週末|祝祭?日|[月火水木金土日](?:曜日?)?[～~〜][月火水木金土日](?:曜日?)?|(?:[月火水木金土日祝]曜日?[・、･]?|[土日祝]日?[・、･]?){1,7})(?:のみ|だけ|限定)(?:開館|開所|開園|開場|営業|利用可?|実施|運営|受付)?[。．]?)$/;

/** Whether a cell's text (trimmed) is a note on a place's hours written without a mark: a note on the record above it
 *  when another follows (note-on-row-above.ts). A sentence (…ください) between records is as often a note on the list
 *  or an event's title written as one (…を開催します): said as a note, not joined. */
export const isUnmarkedHoursNote = (text: string): boolean => UNMARKED_HOURS_NOTE.test(text);

/** A line that says the list has nothing (該当なし, データなし, （該当施設なし）): no place of that name. */
const NOTHING_LISTED = /^[(（]?(?:該当(?:施設|データ|事項|者)?|データ|登録|掲載)?[\s\u3000]*(?:なし|無し)[)）]?$/;

const NOTE_LINE = { test: (text: string) => NOTE_START.test(text) || UNMARKED_SENTENCE.test(text) || UNMARKED_HOURS_NOTE.test(text) || NOTHING_LISTED.test(text) };

/**
 * A footnote Excel tables carry under (or between) the data: a single filled cell that starts as a note does
 * (`※この一覧は毎月更新します。`, `出典：新宿区`). A data row with only its first column filled is not one unless
 * that cell reads as a note, so no record is taken for a note by length alone.
 */
export function isNoteRow(cells: readonly string[]): boolean {
  return isNoteLineRow(cells) || isPrintRow(cells);
}

/** isNoteRow without the printed page's rows, for a caller that has told those apart already (row-kinds.ts). */
export function isNoteLineRow(cells: readonly string[]): boolean {
  return onlyCellIs(cells, NOTE_LINE) || isMarkBesideNote(cells);
}

/** A note mark alone in its cell: ※, ※1, ＊, 注, 注1, （注）. */
const MARK_CELL = /^(?:※|＊|\*|注|[(（]注[)）])[0-9０-９]*[.．:：)）]?$/;
const MARK_FIRST = new Set([..."※＊*注(（"].map((c) => c.charCodeAt(0)));

/** A note whose mark was typed in a cell of its own, the note in the next (`※,冬期は閉館時間が変わります`): two filled
 *  cells, the first a mark. Read as a record, its name was the mark. */
function isMarkBesideNote(cells: readonly string[]): boolean {
  let first = 0;
  while (first < cells.length && isBlankCell(cells[first])) first++;
  if (first === cells.length || !MARK_FIRST.has(cells[first].trimStart().charCodeAt(0)) || !MARK_CELL.test(cells[first].trim())) return false;
  let next = first + 1;
  while (next < cells.length && isBlankCell(cells[next])) next++;
  if (next === cells.length) return false;
  for (let i = next + 1; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

/** A page number a printed table leaves between its pages (－ 1 －, 2/5ページ, P.3, (1/2), Page 2), or the line that ends
 *  a printed form's rows (以下余白, --- 以下余白 ---, 以上). A bare 1/2 is a page only when the first is no more than the second. */
const PRINT_MARK = /^(?:[-－―ー‐—–]\s*[0-9０-９]+(?:\s*[/／]\s*[0-9０-９]+)?\s*[-－―ー‐—–]|[(（]?[0-9０-９]+\s*[/／]\s*[0-9０-９]+\s*(?:ページ|頁)?[)）]?|(?:[Pp]\.|ページ|[Pp]age\s*)\s*[0-9０-９]+(?:\s*(?:[/／]|of)\s*[0-9０-９]+)?|第?[0-9０-９]+\s*(?:ページ|頁)|[(（\-－―ー‐—–]*\s*(?:以下[、，]?(?:余白|空白)|以上)\s*[)）\-－―ー‐—–。．]*)$/;
const FRACTION = /^[(（]?([0-9０-９]+)\s*[/／]\s*([0-9０-９]+)[)）]?$/;

const PRINT_LINE = { test: (text: string) => {
  if (!PRINT_MARK.test(text)) return false;
  const fraction = FRACTION.exec(text);
  // 3/1 is no page of a table (a date: 1/2 alone under the rows is read as a page)
  return fraction === null || Number(fraction[1].normalize("NFKC")) <= Number(fraction[2].normalize("NFKC"));
} };

/** What a ruled line is drawn with when a printed table is typed out (――――, ＝＝＝, ----, ━━━). */
const RULE = /^[-－―ー‐—–─━═=＝_＿~～〜\s\u3000]{2,}$/;
const RULE_START = new Set([..."-－―ー‐—–─━═=＝_＿~～〜"].map((c) => c.charCodeAt(0)));

/** A row of a printed page, no record: its page number, 以下余白 under its last row, or a ruled line across it (every
 *  filled cell a line: `＝＝＝＝,＝＝＝`). */
export function isPrintRow(cells: readonly string[]): boolean {
  let first = 0;
  while (first < cells.length && isBlankCell(cells[first])) first++;
  if (first === cells.length) return false;
  if (RULE_START.has(cells[first].trimStart().charCodeAt(0)) && cells.every((c) => isBlankCell(c) || RULE.test(c))) return true;
  return onlyCellIs(cells, PRINT_LINE);
}

const AS_OF_LINE = { test: isAsOfText };

/** A line in the table that holds an as-of date among other words (`令和6年4月1日現在　住民基本台帳による`), whose date
 *  dates the file (as-of.ts). Above the header such a line is a title, which may name the publisher: not a note there. */
export function isAsOfRow(cells: readonly string[]): boolean {
  return onlyCellIs(cells, AS_OF_LINE);
}

/** A cell of a legend: a mark or yes/no word and what it means (`有：設置あり`, `○＝対象`, `空欄：なし`). */
// a digit's meaning (1：あり), never a time (9:00～20:00, 0:00): a digit after the colon is no legend
const LEGEND_CELL = /^(?:[○〇◯●◎△×✓]|有|無|あり|なし|可|不可|空欄|[0-9０-９])[\s\u3000]*[：:＝=](?![\s\u3000]*[0-9０-９])/;

/** A contact label alone in the first filled cell, its text in the next ones (`問合せ先：,中野区保健所,,03-…`). */
const CONTACT_LABEL = /^(?:お?問い?合わ?せ先?|連絡先|担当(?:課|部署)?|所管(?:課)?|作成|出典)[:：]?$/;

/** A legend or contact line spread over a few cells (`小児用パッド,有：設置あり,無：設置なし`, `問合せ先：,中野区保健所,,03-…`):
 *  four filled cells at most, two or more of them mark:meaning, or the first a contact label. */
export function isLegendRow(cells: readonly string[]): boolean {
  // most rows are turned away by their number of filled cells, before any pattern is tried
  let filled = 0;
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i]) && ++filled > 4) return false;
  const first = cells.find((c) => !isBlankCell(c));
  if (filled >= 2 && first !== undefined && CONTACT_LABEL.test(first.trim())) return true;
  let legend = 0;
  for (const c of cells) if (!isBlankCell(c) && LEGEND_CELL.test(c.trim())) legend++;
  return legend >= 2;
}

/** Whether the row has exactly one filled cell (a title or a heading line). */
export function isOneCellRow(cells: readonly string[]): boolean {
  let filled = 0;
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i]) && ++filled > 1) return false;
  return filled === 1;
}

/** Whether the row has one filled cell, and it matches `pattern` (trimmed). */
export function onlyCellIs(cells: readonly string[], pattern: { test(text: string): boolean }): boolean {
  // most data rows have their first two cells filled: no such row
  if (cells.length > 1 && cells[0] !== "" && !isBlankCell(cells[1])) return false;
  let found = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isBlankCell(c)) continue;
    if (found || !pattern.test(c.trim())) return false;
    found = true;
  }
  return found;
}

/** The marks a heading inside the table is written with: brackets around its words, or a bullet before them. */
export const HEADING_BRACKETS: readonly string[] = ["【】", "［］", "＜＞", "〈〉"];
export const HEADING_BULLETS = "■◆□◇▼▽";

/** A heading inside the table, the only filled cell of its row: 【認可保育所】, ＜地域センター＞, ■公園, and after a bullet
 *  up to three words with a space between (■ 認可保育所　北部地区), 30 characters at most. */
const SECTION = new RegExp(`^(?:${HEADING_BRACKETS.map(([open, close]) => `${open}[^${close}]{1,30}${close}`).join("|")}`
  + `|[${HEADING_BULLETS}]\\s*(?=[^,]{1,30}$)[^\\s,]+(?:[ \u3000][^\\s,]+){0,2})$`);

/** A row that heads a group of the rows under it (a list in sections): not a record. `kinds`: words of the dataset's
 *  own lists (種別: 認可公立保育所), which head a group when they stand alone on a row (often merged across the table). */
export function isSectionRow(cells: readonly string[], kinds?: { test(text: string): boolean }): boolean {
  return onlyCellIs(cells, SECTION) || (kinds !== undefined && onlyCellIs(cells, kinds));
}

/** The title of a printed table's next page pasted under its rows (AED設置場所一覧（続き）, 町丁別人口 (続), （つづき）, 一覧　続き),
 *  with or without a blank row before it: the list goes on under it. Not a name ending in the word (各種手続き). */
const CONTINUED = /^(?:[^,]{0,40}[(（](?:続き?|つづき)[)）]|[^,]{0,40}[\s　](?:続き|つづき)|続き|つづき)$/u;

export function isContinuedTitle(cells: readonly string[]): boolean {
  return onlyCellIs(cells, CONTINUED);
}

/** A line that opens reference material under the list (【参考】区外の施設, （参考）, 参考資料：): what follows is
 *  another table, not rows of this one. */
const REFERENCE = /^(?:【参考[^】]{0,20}】|[(（]参考[^)）]{0,20}[)）]|参考(?:資料|情報)?(?:[:：]|$)).{0,60}$/;

export function isReferenceStart(cells: readonly string[]): boolean {
  return onlyCellIs(cells, REFERENCE);
}

/** A line that heads places no longer or not yet in the list (【撤去済み】, 以下、撤去済み（参考）, ■廃止した施設): what
 *  follows is not the current list. A note (※撤去予定の施設を含む) says something of the rows, not where they end. */
/** A time of day in a line (`冬期は17時閉鎖`, `17:00終了`): it says when, of the hours, not that places are gone. */
const TIME_IN_LINE = /\d\s*(?:時|:\d\d)/;
const NOT_CURRENT_LINE = { test: (text: string) => {
  if (text.length > 40 || /^[※＊*注]/.test(text)) return false;
  const plain = text.normalize("NFKC");
  return !TIME_IN_LINE.test(plain) && saysNotCurrent(plain);
} };

export function isNotCurrentStart(cells: readonly string[]): boolean {
  return onlyCellIs(cells, NOT_CURRENT_LINE);
}

/** The column that names a row (名称, or a population table's 地域名), -1 when the file has none. */
export const labelColumnOf = (keys: readonly (string | null)[]): number => (keys.includes("name") ? keys.indexOf("name") : keys.indexOf("area_name"));

/** A second header row (English names, 物理名) under the first one. */
export function isHeaderRow(cells: readonly string[], dataset: Dataset, headerMapped: number): boolean {
  const { mapped } = scoreHeader(cells, dataset);
  return mapped >= 2 && mapped >= headerMapped / 2;
}

/** Which kind of non-data row this is, for rows between the header and the first data row. */
export function leadingNonDataRow(cells: readonly string[], dataset: Dataset, headerMapped: number): IssueCode | null {
  if (isRequirementRow(cells)) return "requirement_row";
  if (isTemplateExampleRow(cells)) return "template_example_row";
  if (isUnitsRow(cells)) return "units_row";
  if (isCommentRow(cells)) return "comment_row";
  if (isHeaderRow(cells, dataset, headerMapped)) return "repeated_header_row";
  return null;
}

/** The first characters of a template's blank for a name: 〇 ○ ◯ ● ＊ * ×, and 例 / ( / （ / 記 of an example said so. */
const PLACEHOLDER_FIRST = new Set([..."〇○◯●＊*×例(（記"].map((c) => c.charCodeAt(0)));
/** A name that is only a template's blank (NFKC, spaces out): two or more marks, alone or before the word of a kind of
 *  place (〇〇会館, ○○公園, ●●小学校, ＊＊). Marks before a word of a name's own (〇〇珈琲, ○○商会) may be a real name (a
 *  shop so named): such a row stays data, warned on its cell (template_example). */
const BLANK_NAME = new RegExp("^[〇○◯●*×]{2,}(?:会館|公園|施設|センター|ホール|ビル|小学校|中学校|高等学校|高校|学校|保育園|保育所|幼稚園|こども園|"
  + "図書館|公民館|集会所|体育館|病院|医院|クリニック|診療所|薬局|神社|庁舎|役所|区役所|市役所|役場|出張所|事務所|避難所|広場|駅|寺|町|丁目|地区|館|園|所)?$");
/** A name that says it is an example: 例：…, （例）…, 記入例… */
const EXAMPLE_NAME = /^(?:例:|\(例\)|記入例)/;

/** Whether a row's name cell is a template's blank or example (BLANK_NAME, EXAMPLE_NAME): the template's example row,
 *  not data. Nearly every name is turned away on its first character. */
export function isPlaceholderName(name: string | undefined): boolean {
  if (name === undefined || name === "") return false;
  const s = name.trim();
  if (!PLACEHOLDER_FIRST.has(s.charCodeAt(0))) return false;
  const n = plainWords(s);
  return BLANK_NAME.test(n) || EXAMPLE_NAME.test(n);
}

/** The official template's example row, left in above the data: two or more of its cells hold the template's blanks
 *  (〇〇会館, ○○カイカン, 青葉町一丁目○-○). One such cell in a real row is only reported (template_example). */
function isTemplateExampleRow(cells: readonly string[]): boolean {
  let blanks = 0;
  for (const c of cells) if (TEMPLATE_BLANK.test(c.normalize("NFKC")) && ++blanks >= 2) return true;
  return false;
}

/** The row's text as an issue shows it: filled cells joined by commas as CSV writes them (quoted where they hold one,
 *  so that the text shows where each cell ends), at most 100 characters. A row of one filled cell (a note, a section's
 *  heading) is that cell as written: nothing to tell apart. */
export function rowText(cells: readonly string[]): string {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  const text = filled.length === 1 ? filled[0] : filled.map(quotedCell).join(",");
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

export interface SplitRow {
  /** canonical key → raw text ("" when the file has no such column or cell) */
  cells: Record<string, string>;
  /** unmapped columns with a value, by source header */
  extra: Record<string, string>;
  /** too_many_fields (cells_past_header in a workbook) or too_few_fields; a shared frozen empty array when neither */
  issues: Issue[];
  /** cells past the header that are all empty (a CSV row with more separators than the header): harmless trailing
   *  commas, or a comma inside an unquoted value that shifted the row, which the row's errors then tell */
  emptyExcess: number;
}

// A memo of pure data derived from a plan: the cells object of a row, read from the source column of each mapped key.
const PICKERS = new WeakMap<ColumnPlan, CellPicker>();

function pickerOf(plan: ColumnPlan): CellPicker {
  let picker = PICKERS.get(plan);
  if (picker === undefined) {
    const mapped = plan.keys.flatMap((key, i) => (key === null ? [] : [{ key, i }]));
    PICKERS.set(plan, (picker = cellPicker(mapped.map((m) => m.key), mapped.map((m) => m.i))));
  }
  return picker;
}

/** extra[name] = value, also for a column headed `__proto__`, which an assignment would take as the object's
 *  prototype (the cells lost, the header said kept). */
function setExtra(extra: Record<string, string>, name: string, value: string): void {
  if (name === "__proto__") Object.defineProperty(extra, name, { value, enumerable: true, writable: true, configurable: true });
  else extra[name] = value;
}

/** Whether a cell may be a link private-link.ts reads (http…, file:…, \\server, ¥¥server), by its first character:
 *  most extra cells are not tried. */
function mayBeLink(value: string): boolean {
  const c = value.charCodeAt(0) | 0x20;
  return value.length > 6 && (c === 0x68 || c === 0x66 || c === 0x7c || c === 0xa5);
}

/**
 * Splits a data row by the column plan. Cells beyond the header go to extra as `column_N` (too_many_fields; in a
 * workbook, where no comma splits a cell, cells_past_header); a short row is read with the missing cells empty
 * (too_few_fields) when `checkWidth` (CSV; xlsx rows end early). An extra cell is kept as written, but for a ' before a
 * formula start (`'=A1`, `'-`), which is how a spreadsheet (and the hub's CSV) keeps such text from being a formula.
 */
export function splitRow(values: readonly string[], plan: ColumnPlan, row: number, checkWidth: boolean): SplitRow {
  const cells = pickerOf(plan)(values);
  const extra: Record<string, string> = {};
  let issues = NO_ISSUES;
  const width = plan.keys.length;
  for (let i = 0; i < width; i++) {
    if (plan.keys[i] !== null) continue;
    const value = values[i] ?? "";
    if (value.trim() === "") continue;
    // a link only the office can open is published nowhere, an extra column neither (private-link.ts)
    if (mayBeLink(value) && isPrivateLink(value)) {
      issues = [...issues, issue("url_private", { row, field: plan.extraNames[i], value })];
      continue;
    }
    setExtra(extra, plan.extraNames[i], withoutNeutralize(value));
  }
  let emptyExcess = 0;
  if (values.length > width) {
    const excess: string[] = [];
    for (let i = width; i < values.length; i++) {
      if (values[i].trim() === "") continue;
      extra[`column_${i + 1}`] = withoutNeutralize(values[i]);
      excess.push(values[i]);
    }
    if (excess.length) issues = [...issues, issue(checkWidth ? "too_many_fields" : "cells_past_header", { row, value: rowText(excess) })];
    else if (checkWidth) emptyExcess = values.length - width;
  } else if (checkWidth && values.length < width) {
    issues = [...issues, issue("too_few_fields", { row, value: `${values.length}/${width}` })];
  }
  return { cells, extra, issues, emptyExcess };
}
