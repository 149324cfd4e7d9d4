// Every issue a run can report, in one catalog. Codes name the problem, not the fix.
// Messages are rendered from the location (row, field, value), Japanese and English side by side.
import { getDataset } from "../schemas/index.ts";
import { checkDigit } from "../schemas/local-government-code.ts";
import { MAX_CHECKED_IDS } from "./duplicate-ids.ts";
import { DEEP_HEAD_RECORDS, HEAD_RECORDS } from "./head-depth.ts";
import { type ContactKind, contactKindOf } from "./normalize/address-shape.ts";
import { nextDayTime } from "./normalize/clock.ts";
import { expectedPhoneDigits, leadingDigits, type PhoneParts, phoneParts } from "./normalize/phone-shape.ts";
import { markGaiji } from "./normalize/gaiji.ts";
import { repairUrlScheme } from "./normalize/url-scheme.ts";
import { yesNoOf } from "./normalize/yes-no.ts";

export type Severity = "error" | "warning" | "info";

export interface Where {
  /** 1-based data row of the source file; null for file- or header-level issues */
  row: number | null;
  /** canonical key, or the source header for header issues */
  field: string | null;
  /** the raw text before any repair */
  value: string | null;
  /** what the message says beside the cell's own text, where it builds more than the cell (the value a 同上 took, the
   *  area coordinates fall outside, a total and the sum of its parts); absent on most issues */
  detail?: string;
}

export interface Issue extends Where {
  code: IssueCode;
  severity: Severity;
  message_ja: string;
  message_en: string;
}

/** No issues: one frozen empty list shared by every caller that returns "nothing found" and whose callers only read
 *  it (a valid record, a row of the right width, a memoized cell), so nothing is allocated for the common case. */
export const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];

/** Where, as a message shows it: also, once the header is found, the row a spreadsheet shows the data row on, and
 *  the code of the publisher the run was told of (file name or --municipality). */
interface Shown extends Where {
  line?: number;
  /** the sheet the line is on, when the table was read from several sheets */
  sheet?: string;
  publisher?: string | null;
}

interface IssueType {
  severity: Severity;
  /** one line for the docs: what the problem is */
  title_ja: string;
  title_en: string;
  ja: (w: Shown) => string;
  en: (w: Shown) => string;
}

const v = (w: Shown) => w.value ?? "";
/** MAX_CHECKED_IDS with its thousands grouped (250,000), as both messages write it: grouped here, as a process's first
 *  toLocaleString loads ICU's number formats (~20 ms for the one file that reaches the limit). */
const MAX_CHECKED_IDS_SHOWN = String(MAX_CHECKED_IDS).replace(/\B(?=(?:\d{3})+$)/g, ",");
/** marks_from_legend: the legend reads a dash (`○=有、－=無`), not only codes (`1=有、2=無`). */
const dashLegend = (w: Shown) => (w.value ?? "").includes("－");
/** rows_by_age_tables_side_by_side detail: the block's header, then `：` and the areas side by side. */
const tablesHeader = (w: Shown) => (w.detail ?? "").split("：")[0];
const tablesAreas = (w: Shown) => (w.detail ?? "").split("：").slice(1).join("：");
/** value_needs_count detail: the count's column, then `：` and what each count makes the value (病床数：0なら無床診療所、…). */
const neededCount = (w: Shown) => (w.detail ?? "").split("：")[0];
const countBands = (w: Shown) => (w.detail ?? "").split("：").slice(1).join("：");
/** kind_from_list_or_name detail: where the kind was read (表題「…」), `｜`, then a value_needs_count detail. */
const listKindSource = (w: Shown) => (w.detail ?? "").split("｜")[0];
const listKindCount = (w: Shown): Shown => ({ ...w, detail: (w.detail ?? "").split("｜").slice(1).join("｜") });
/** row_rejoined detail: why the join was taken, `tail` (a last value cut off the figure before it) and/or `sums`. */
const rejoinedTail = (w: Shown) => (w.detail ?? "").split(",").includes("tail");
const rejoinedBySums = (w: Shown) => (w.detail ?? "").split(",").includes("sums");
/** short_row_realigned detail: the columns left empty, then `|sums` when the sums chose where. */
const shortColumns = (w: Shown) => (w.detail ?? "").split("|")[0];
const shortBySums = (w: Shown) => (w.detail ?? "").split("|")[1] === "sums";
/** short_row_realigned detail `columns|shape`: the columns' values on the file's other rows chose among placements. */
const shortByShape = (w: Shown) => (w.detail ?? "").split("|")[1] === "shape";
/** short_row_realigned detail `columns|stray|column|value`: every value read as written, but the text column took a
 *  value of another column's shape (9:00 as 利用可能曜日). */
const shortStray = (w: Shown): { column: string; value: string } | null => {
  const [, why, column, ...value] = (w.detail ?? "").split("|");
  return why === "stray" ? { column, value: value.join("|") } : null;
};
const shortAsReadJa = (w: Shown) => {
  const stray = shortStray(w);
  return stray === null ? "最後の列が欠けたとして読むと読めない値があります" : `最後の列が欠けたとして読むと、文字の列「${stray.column}」に別の列の形の値「${stray.value}」が入ります`;
};
const shortAsReadEn = (w: Shown) => {
  const stray = shortStray(w);
  return stray === null ? "read with its last cells missing, some values did not read" : `read with its last cells missing, the text column ${stray.column} got a value of another column's shape, 「${stray.value}」`;
};
/** blank_rows detail `sheet`: the rows are a workbook's, where no comma makes a row. */
const onSheet = (w: Shown) => w.detail === "sheet";
/** The built part of a message (Where.detail); the value for an issue made before it had one. */
const d = (w: Shown) => w.detail ?? w.value ?? "";
/** What told the publisher (municipality_inferred's field). */
const PUBLISHER_SOURCE_JA: Record<string, string> = { file_name: "ファイル名", title: "表題の行", rows: "各行の市区町村名・住所" };
const PUBLISHER_SOURCE_EN: Record<string, string> = { file_name: "the file name", title: "the title rows", rows: "the rows' city or address" };
/** What told the publisher, naming the column the rows gave it by (Where.detail: its header as written). */
const publisherSourceJa = (w: Shown) => (f(w) === "rows" && w.detail !== undefined ? `各行の「${w.detail}」の列` : PUBLISHER_SOURCE_JA[f(w)] ?? f(w));
const publisherSourceEn = (w: Shown) => (f(w) === "rows" && w.detail !== undefined ? `the rows' column "${w.detail}"` : PUBLISHER_SOURCE_EN[f(w)] ?? f(w));
/** A five-digit code with its check digit, between `open` and `close` ("" when the value is not five digits). */
function withCheckDigit(w: Shown, open: string, close: string): string {
  const digits = v(w).normalize("NFKC").trim();
  return /^\d{5}$/.test(digits) ? `${open}${digits}${checkDigit(digits)}${close}` : "";
}
const f = (w: Shown) => w.field ?? "";
/** days_with_hours's detail: the days, then the start and end time filled (empty where none), tab-separated. */
const daysWithHoursDays = (w: Shown) => (w.detail ?? "").split("\t")[0] ?? "";
const daysWithHoursTimes = (w: Shown) => {
  const [, from = "", to = ""] = (w.detail ?? "").split("\t");
  return from === "" && to === "" ? "" : `${from}～${to}`;
};
/** fees_by_person's detail: the label of the amount taken and the amount, tab-separated, or the amount alone (no label). */
/** The n-th part of a detail of several parts (parted by tabs). */
const detailPart = (w: Shown, n: number) => (w.detail ?? "").split("\t")[n] ?? "";
const feeLabel = (w: Shown) => { const parts = (w.detail ?? "").split("\t"); return parts.length > 1 ? parts[0] : ""; };
const feeAmount = (w: Shown) => (w.detail ?? "").split("\t").at(-1) ?? "";
/** header_names_other_list detail: the other list's name, then `｜` and one of the dataset's columns the file lacks. */
const otherListName = (w: Shown) => (w.detail ?? "").split("｜")[0];
const ownColumnName = (w: Shown) => (w.detail ?? "").split("｜")[1] ?? "";
/** whole_differs_from_parts detail: the whole as the cell names it (計90), then `｜` and the sum of the parts. */
const wholeOfParts = (w: Shown) => (w.detail ?? "").split("｜")[0];
const partsSumOf = (w: Shown) => (w.detail ?? "").split("｜")[1] ?? "";
/** height_other_datum detail: the datum's name, then `｜` and how far below T.P. it lies. */
const datumName = (w: Shown) => (w.detail ?? "").split("｜")[0];
const datumBelow = (w: Shown) => (w.detail ?? "").split("｜")[1] ?? "";
/** age_bands_both_sexes detail: the standard's columns, each in 「」. */
const bracketedJa = (w: Shown) => (w.detail ?? "").split("、").map((name) => `「${name}」`).join("");
/** age_columns_unnamed detail `0歳児定員|収容定員`: a header that reads, then the standard's column it sums into. */
const exampleJa = (w: Shown) => (w.detail ?? "").split("|")[0];
const standardJa = (w: Shown) => (w.detail ?? "").split("|")[1] ?? "";
/** bad_institution_check_digit detail `1:5,3:1|2`: each 点数表番号 and its 検証番号, then the older rule's (or empty). */
const FEE_TABLES_JA: Record<string, string> = { 1: "医科", 3: "歯科", 4: "薬局" };
const FEE_TABLES_EN: Record<string, string> = { 1: "medical", 3: "dental", 4: "pharmacy" };
const checkByFeeTable = (w: Shown) => (w.detail ?? "").split("|")[0].split(",").map((pair) => pair.split(":"));
const olderCheck = (w: Shown) => (w.detail ?? "").split("|")[1] ?? "";
const expectedCheckJa = (w: Shown) => {
  const pairs = checkByFeeTable(w);
  return pairs.length === 1 ? `「${pairs[0][1]}」` : pairs.map(([fee, digit]) => `${FEE_TABLES_JA[fee] ?? ""}（点数表番号${fee}）なら「${digit}」`).join("、");
};
const expectedCheckEn = (w: Shown) => {
  const pairs = checkByFeeTable(w);
  return pairs.length === 1 ? `"${pairs[0][1]}"` : pairs.map(([fee, digit]) => `"${digit}" if ${FEE_TABLES_EN[fee] ?? ""} (fee table ${fee})`).join(", ");
};
/** separators_removed: a code printed in its groups with commas between (医療機関コード `01,1234,5`). */
const commaGrouped = (w: Shown) => /[,，、]/.test(v(w));
/** A value as a CSV cell in quotes, its quotes doubled (`"ふれあい"公園` → `"""ふれあい""公園"`). */
const quotedCsv = (value: string) => `"${value.replaceAll("\"", "\"\"")}"`;
/** A dataset's title from its id (upload_dataset_mismatch: value the dataset the header fits, detail the one chosen). */
const datasetJa = (id: string | null | undefined) => (id ? getDataset(id)?.ja ?? id : "");
const datasetEn = (id: string | null | undefined) => (id ? getDataset(id)?.en ?? id : "");

/** A value in Japanese words (placeholder_value `なし`, not `－` or `N/A`). */
const JAPANESE_WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** What a yes/no cell was read as: its detail (有/無) when it said more than a yes/no word (小児用パッド有), else its word. */
const saidYes = (w: Shown) => (w.detail === undefined ? yesNoOf(v(w)) : w.detail === "有");
/** holder_filled_from_above detail: the columns filled (the file's headers), `｜`, the row's own value that made it the
 *  holder's next record (設置位置「4階 区民課前」). */
export const heldDetail = (columns: readonly string[], own: string): string => `${columns.join("、")}｜${own}`;
const heldList = (w: Shown) => (w.detail ?? "").split("｜")[0].split("、");
const heldColumns = (w: Shown, lang: "ja" | "en") => heldList(w).map((c) => (lang === "ja" ? `「${c}」` : `"${c}"`)).join(lang === "ja" ? "、" : ", ");
/** kind_from_section detail: the column's name (種別), the kind the heading gives, the rows given it (2-4, 6, or the first
 *  of many then …) and their count, `｜` between. */
export const sectionDetail = (column: string, kind: string, rows: string, count: number): string => `${column}｜${kind}｜${rows}｜${count}`;
const sectionColumn = (w: Shown) => (w.detail ?? "").split("｜")[0];
const sectionKind = (w: Shown) => (w.detail ?? "").split("｜")[1] ?? "";
const sectionRows = (w: Shown) => (w.detail ?? "").split("｜")[2] ?? "";
const sectionCount = (w: Shown) => (w.detail ?? "").split("｜")[3] ?? "";
const heldOwn = (w: Shown) => (w.detail ?? "").split("｜").slice(1).join("｜");
/** preferred_column_blank detail: the blank column's header and the one whose cell stood in for it, a tab between */
const headersOf = (w: Shown) => d(w).split("\t");
/** column_by_values values: `文化財分類（都指定、町指定）`, the column and the values that told it */
const columnNamed = (w: Shown) => v(w).replace(/（.*$/, "");
const valuesNamed = (w: Shown) => /（(.*)）$/.exec(v(w))?.[1] ?? "";
/** subtotal_row / subtotal_differs values: `池尻 = 池尻一丁目 + 池尻二丁目` or, for a figure, `池尻 14950 ≠ 14949 = 池尻一丁目 + 池尻二丁目` */
const subtotalOf = (w: Shown) => v(w).split(" = ")[0].replace(/ \S+ ≠ \S+$/, "");
const partsOf = (w: Shown) => v(w).split(" = ").slice(1).join(" = ");
const figuresOf = (w: Shown) => /(\S+ ≠ \S+)$/.exec(v(w).split(" = ")[0])?.[1] ?? "";
/** sum_row detail `1-3|values`: the data rows the total sums, and what told it (formula, values, whole). */
const sumRowSpan = (w: Shown) => (w.detail ?? "").split("|")[0];
const sumRowBy = (w: Shown) => (w.detail ?? "").split("|")[1] ?? "";
/** sum_row_differs detail `1-3|2`: the rows, and how many columns besides the field's are not their sums either. */
const sumRowOthers = (w: Shown) => Number((w.detail ?? "").split("|")[1] ?? 0) || 0;
const spanJa = (span: string) => span.replace("-", "～");
/** An issue code's title (for issues about issues); the code itself when it is none. */
function titleOf(code: string, lang: "ja" | "en"): string {
  const type: IssueType | undefined = (ISSUE_CODES as Record<string, IssueType>)[code];
  return type === undefined ? code : lang === "ja" ? type.title_ja : type.title_en;
}
/** A held harvest whose rows are there but invalid (rows_now_invalid's detail): the dataset, the published version's
 *  valid rows, the file's rows and its invalid ones, and the commonest errors behind them, most rows first. */
export interface InvalidRows {
  dataset: string | null;
  published: number;
  rows: number;
  invalid: number;
  /** field null: the row as a whole */
  causes: Array<{ code: string; field: string | null; count: number }>;
}
/** rows_now_invalid's detail: `dataset;published;rows;invalid`, then `;code:field:count` a cause (codes and canonical
 *  keys hold no : or ;, and a field that did is written with _ for them). */
export const invalidRowsDetail = (r: InvalidRows): string =>
  [r.dataset ?? "", r.published, r.rows, r.invalid, ...r.causes.map((c) => `${c.code}:${(c.field ?? "").replace(/[:;]/g, "_")}:${c.count}`)].join(";");
function invalidRowsOf(w: Shown): InvalidRows {
  const [dataset, published, rows, invalid, ...causes] = (w.detail ?? "").split(";");
  return {
    dataset: dataset || null, published: Number(published), rows: Number(rows), invalid: Number(invalid),
    causes: causes.map((c) => {
      const [code, field, count] = c.split(":");
      return { code, field: field || null, count: Number(count) };
    }),
  };
}
/** The causes of rows_now_invalid as a sentence: each column (by its Japanese name in ja), error and rows. */
function invalidCauses(w: Shown, lang: "ja" | "en"): string {
  const r = invalidRowsOf(w);
  const columns = r.dataset === null ? undefined : getDataset(r.dataset)?.columnByKey;
  const said = r.causes.map((c) => (lang === "ja"
    ? `${c.field === null ? "" : `「${columns?.get(c.field)?.ja ?? c.field}」の`}${titleOf(c.code, "ja")}（${c.count}行）`
    : `${c.field === null ? "" : `${c.field}: `}${titleOf(c.code, "en")} (${c.count} rows)`));
  if (said.length === 0) return "";
  return lang === "ja" ? `おもな原因は${said.join("、")}です。` : ` Commonest causes: ${said.join("; ")}.`;
}
/** file_cut_off: the column and value the file ends with (detail; "" right after a separator), when known. */
const cutCellJa = (w: Shown) => (w.detail === undefined ? "" : w.detail === "" ? `。「${f(w)}」列の区切りの直後で終わっています`
  : `。最後の値は「${f(w)}」列の「${w.detail}」`);
const cutCellEn = (w: Shown) => (w.detail === undefined ? "" : w.detail === "" ? `, ending right after the separator before column ${f(w)}`
  : `, ending with "${w.detail}" in column ${f(w)}`);
/** The time a value past 24:00 becomes (25:30 → 01:30, 翌1時半 → 01:30), between `open` and `close`; "" when it
 *  cannot be read here. */
function nextDay(w: Shown, open: string, close: string): string {
  const time = nextDayTime(v(w));
  return time === null ? "" : `${open}${time}${close}`;
}
/** The digits of the number a phone cell keeps (phoneParts), its lost leading 0 counted, when their count is wrong
 *  (issue phone_digit_count); else "". */
function wrongNumber(w: Shown): string {
  const found = leadingDigits(phoneParts(v(w).normalize("NFKC").trim())?.number ?? "");
  const digits = found.startsWith("0") ? found : `0${found}`;
  return found.length >= 5 && digits.length !== expectedPhoneDigits(digits) ? digits : "";
}
/** The digits of the number a phone cell starts with (phone_too_short). */
const digitCount = (w: Shown) => leadingDigits(phoneParts(v(w).normalize("NFKC").trim())?.number ?? "").length;
const phoneCount = (w: Shown, ja: boolean) => {
  const digits = wrongNumber(w);
  if (digits === "") return "";
  // the prefix is worth naming where it decides the length (080 and the other eleven-digit numbers)
  const prefix = expectedPhoneDigits(digits) === 11 ? digits.slice(0, 3) : null;
  if (ja) return `数字が${digits.length}桁です。${prefix ? `${prefix}で始まる番号は11桁です。` : ""}`;
  return `has ${digits.length} digits${prefix ? `; a number starting ${prefix} has 11` : ""}.`;
};
/** The parts of a phone cell as normalizePhone read it (for what its messages quote); null when it holds no number. */
const phonePartsOf = (w: Shown): PhoneParts | null => phoneParts(v(w).normalize("NFKC").trim());
/** Pieces of text quoted one after the other: 「a」「b」 / "a", "b". */
/** `2/6` of a detail: [part, whole]. */
const shareOf = (w: Shown): [string, string] => {
  const [part = "", whole = ""] = (w.detail ?? "").split("/");
  return [part, whole];
};
const CONTACT_JA: Readonly<Record<ContactKind, string>> = { phone: "電話番号", url: "URL", mail: "メールアドレス", postal_code: "郵便番号" };
const CONTACT_EN: Readonly<Record<ContactKind, string>> = { phone: "a phone number", url: "a URL", mail: "a mail address", postal_code: "a postal code" };
const quoted = (pieces: readonly string[], ja: boolean) => pieces.map((p) => (ja ? `「${p}」` : `"${p}"`)).join(ja ? "" : ", ");
/** headless_sheet_read detail: the header the sheet was read under, then `｜` and the title line skipped, if any. */
const headlessHeader = (w: Shown) => d(w).split("｜")[0];
const headlessTitle = (w: Shown) => d(w).split("｜").slice(1).join("｜");
/** sheets_joined: how the later sheets' columns were matched. value: each sheet and its data rows (`一覧 1–20`, `, `
 *  between); detail: the sheets without a header, read under the first sheet's header in its columns' order
 *  (headless_sheet_read), a line each. The others were matched by header name. */
const headlessSheets = (w: Shown) => (w.detail ?? "").split("\n").filter((n) => n !== "");
const joinedByName = (w: Shown) => headlessSheets(w).length < (v(w).match(/\d+–\d+(?=, |$)/g) ?? []).length - 1;
const joinedHowJa = (w: Shown) => {
  const headless = headlessSheets(w);
  const byName = "2枚目以降のシートの見出しとその上の表題などの行は読み飛ばしました。";
  if (headless.length === 0) return `各シートの列は見出しの名前で対応づけ、${byName}`;
  const under = `見出しのないシート（${headless.join("、")}）は、最初のシートの見出しの列の順に読みました。`;
  return joinedByName(w) ? `見出しのあるシートの列は見出しの名前で対応づけ、その見出しとその上の表題などの行は読み飛ばしました。${under}` : under;
};
const joinedHowEn = (w: Shown) => {
  const headless = headlessSheets(w);
  if (headless.length === 0) return "Each sheet's columns were matched by their header names; the later sheets' headers and the title rows above them were skipped.";
  const under = `The sheets without a header (${headless.join(", ")}) were read under the first sheet's header, in its columns' order.`;
  return joinedByName(w) ? `The columns of the sheets with a header were matched by their header names, and those headers and the title rows above them were skipped. ${under}` : under;
};
/** sheet_header_differs: the sheet's own columns (value) and the chosen sheet's it lacks (detail), or the order. */
const sheetColumnsJa = (w: Shown) => [v(w) === "" ? "" : `このシートだけの列：${v(w)}`, (w.detail ?? "") === "" ? "" : `このシートにない列：${w.detail}`]
  .filter((p) => p !== "").join("／") || "列の並びが違います";
const sheetColumnsEn = (w: Shown) => [v(w) === "" ? "" : `columns only it has: ${v(w)}`, (w.detail ?? "") === "" ? "" : `columns it lacks: ${w.detail}`]
  .filter((p) => p !== "").join("; ") || "its columns stand in another order";
/** other_table_sheets detail: per sheet turned away for its header, a line of its name, its own columns and the
 *  columns it lacks, `｜` between. */
export const sheetDifferenceDetail = (sheet: string, own: readonly string[], missing: readonly string[]): string =>
  `${sheet}｜${own.join("、")}｜${missing.join("、")}`;
const sheetDifferences = (w: Shown, lang: "ja" | "en") => (w.detail ?? "").split("\n").filter((line) => line !== "").map((line) => {
  const [sheet, own, missing] = line.split("｜");
  return lang === "ja" ? `シート「${sheet}」：${sheetColumnsJa({ ...w, value: own, detail: missing })}`
    : `sheet "${sheet}": ${sheetColumnsEn({ ...w, value: own, detail: missing })}`;
}).join(lang === "ja" ? "。" : "; ");
/** older_version_sheet detail: the share of places, the older sheet's as-of date and the chosen one's, `｜` between. */
export const versionDetail = (share: string, dates: { own: string; chosen: string }): string => `${share}｜${dates.own}｜${dates.chosen}`;
const versionParts = (w: Shown) => {
  const [share = "", own = "", chosen = ""] = (w.detail ?? "").split("｜");
  return { share, own, chosen };
};
/** 「すべての行（40/40）」 or 「行の多く（5/6）」: a share of a sheet's rows. */
const rowsShareJa = (share: string) => `${share.split("/")[0] === share.split("/")[1] ? "すべての行" : "行の多く"}（${share}）`;
const rowsShareEn = (share: string) => `${share.split("/")[0] === share.split("/")[1] ? "all" : "most"} of its rows (${share})`;
/** The URL (one per line, shown on one line) with the scheme normalizeUrl gives it. */
const withUrlScheme = (w: Shown) => v(w).normalize("NFKC").trim().split(/\r?\n/).map((line) => repairUrlScheme(line.trim())).join(" ");
const gaijiMarked = (w: Shown) => markGaiji(v(w));
/** phone_from_contact_name detail: the number moved, `｜`, the name left ("" when none). */
const contactMoved = (w: Shown): [string, string] => {
  const [number, name] = (w.detail ?? "").split("｜");
  return [number ?? "", name ?? ""];
};
/** Where a column the file lacks was filled from (column_filled's detail: the column's key), ja and en; `true` third
 *  where only the rows that source reads for are filled (a 料金 cell of an amount, a known 病床数), not every row. */
const FILL_SOURCE: Readonly<Record<string, readonly [string, string, true?]>> = {
  local_government_code: ["公開元（ファイル名など）の団体コードを", " from the publisher's code"],
  located_local_government_code: ["同じ行の団体コードか住所から", " from the row's own code or its address"],
  municipality_code: ["同じ行の団体コード、公開元か所在地の市区町村のものを", " from the row's own code, the publisher's or the site's municipality"],
  local_government_name: ["都道府県名・市区町村名か団体コードから", " from the prefecture and city columns or the code"],
  prefecture: ["住所から", " from the address"],
  city: ["住所から", " from the address"],
  survey_date: ["ファイル名、表題または表の下の「○年○月○日現在」から", " from the file name, a title, or a line under the table such as 令和6年1月1日現在"],
  area_name: ["区市町村全体の表（どの行にも地域名・地域コードがなく、調査年月日が行ごとに異なる）として区市町村名を", " as the municipality's own name, the file being a table of the whole municipality (no row names an area or its code, and each row has its own survey date)"],
  end_date: ["開催日（1日のイベントの日）を", " from the event's one date (開催日)"],
  available_days: ["時間の列のセルの曜日の語（平日、土日祝、毎日、月～金、月・水・金。曜日ごとに時間を書いたセルはそのすべての曜日、「土日祝日を除く」のように休みの曜日だけを書いたセルはそれ以外の曜日）から", " from the days word of the hours cells (平日, 土日祝, 毎日, 月～金, 月・水・金; in a cell giving hours for each set of days, all their days; in one naming only the days it is closed on, such as 土日祝日を除く, the other days)", true],
  fee_basic: ["「料金」の列の金額だけのセル（無料、500円、参加費 500円、1回100円、500円/人）から", " from the cells of 料金 that are no more than an amount (無料, 500円, 参加費 500円, 1回100円, 500円/人)", true],
  facility_kind: ["病床数（医療法：20床以上は病院、1～19床は有床診療所、0床は無床診療所）か「病院」で終わる名称から", " from 病床数 (医療法: 20 beds or more 病院, 1–19 有床診療所, none 無床診療所) or a name ending in 病院", true],
};
/** sum_mismatch detail: the record's name and `｜` first where records share a row number (本町一丁目｜266 ≠ 239（男性＋女性）). */
const sumName = (w: Shown) => { const d0 = w.detail ?? ""; const at = d0.indexOf("｜"); return at < 0 ? "" : d0.slice(0, at); };
const sumOf = (w: Shown) => { const d0 = d(w); const at = d0.indexOf("｜"); return at < 0 ? d0 : d0.slice(at + 1); };
const namedJa = (w: Shown) => (sumName(w) === "" ? "" : `地域「${sumName(w)}」の`);
const namedEn = (w: Shown) => (sumName(w) === "" ? "" : `area ${sumName(w)}: `);
/** "3行目：" / "Row 3: " when the issue has a row; "5行目（データの3行目）：" when the header is on row 2. */
const atJa = (w: Shown) => (w.row === null ? "" : w.line === undefined ? `${w.row}行目：`
  : `${w.sheet === undefined ? "" : `シート「${w.sheet}」の`}${w.line}行目（データの${w.row}行目）：`);
const atEn = (w: Shown) => (w.row === null ? "" : w.line === undefined ? `Row ${w.row}: `
  : `${w.sheet === undefined ? "Row" : `Sheet "${w.sheet}", row`} ${w.line} (data row ${w.row}): `);

export const ISSUE_CODES = {
  // ---- file, decode, parse, detection and header stages (pipelines/file-kind.ts, encoding-sniff.ts, decode.ts … headers.ts) ----
  empty_file: {
    severity: "error", title_ja: "空のファイル", title_en: "Empty file",
    ja: () => "ファイルが空です。データを含むCSVまたはExcelファイルを指定してください。",
    en: () => "The file is empty. Provide a CSV or Excel file that contains data.",
  },
  unreadable_file: {
    severity: "error", title_ja: "読み取れないファイル", title_en: "Unreadable file",
    ja: (w) => `ファイルを読み取れません（${v(w)}）。CSV（UTF-8またはShift_JIS）かExcel（.xlsx）で保存し直してください。`,
    en: (w) => `The file cannot be read (${v(w)}). Save it again as CSV (UTF-8 or Shift_JIS) or Excel (.xlsx).`,
  },
  file_not_found: {
    severity: "error", title_ja: "ファイルが見つからない", title_en: "File not found",
    ja: (w) => `ファイルが見つかりません（${v(w)}）。ファイル名とフォルダを確認してください。`,
    en: (w) => `The file was not found (${v(w)}). Check the file name and the folder.`,
  },
  not_a_file: {
    severity: "error", title_ja: "ファイルではなくフォルダ", title_en: "A folder, not a file",
    ja: (w) => `フォルダが指定されました（${v(w)}）。フォルダの中のCSVまたはExcelファイルを指定してください。`,
    en: (w) => `This is a folder, not a file (${v(w)}). Give the CSV or Excel file inside it.`,
  },
  file_not_permitted: {
    severity: "error", title_ja: "ファイルを開く権限がない", title_en: "No permission to read the file",
    ja: (w) => `ファイルを開く権限がありません（${v(w)}）。ファイルの権限を確認するか、読み取れる場所にコピーしてください。`,
    en: (w) => `There is no permission to read the file (${v(w)}). Check its permissions, or copy it somewhere readable.`,
  },
  dataset_mismatch: {
    severity: "warning", title_ja: "見出しが別のデータセットに合う", title_en: "Header fits another dataset",
    ja: (w) => `データセットは「${f(w)}」として読みましたが、見出しは別のデータセット「${v(w)}」によく合います。ファイルの中身とデータセットが合っているか確認し、違う場合はファイル名を直すか --dataset で指定してください。`,
    en: (w) => `The file was read as "${f(w)}", but its header fits another dataset better ("${v(w)}"). Check that the file is that dataset; if not, rename the file or pass --dataset.`,
  },
  upload_dataset_mismatch: {
    severity: "error", title_ja: "選んだデータセットと中身が違う", title_en: "File is another dataset than the one chosen",
    ja: (w) => `データセット「${datasetJa(w.detail)}」として読みましたが、ファイルの見出しは別のデータセット「${datasetJa(w.value)}」によく合います。このまま公開すると「${datasetJa(w.detail)}」が別のデータで置き換わるため、公開できません。ファイルが「${datasetJa(w.value)}」なら、「データセット」欄で「${datasetJa(w.value)}」を選んで、もう一度検証してください。`,
    en: (w) => `The file was read as "${datasetEn(w.detail)}", but its header fits another dataset, "${datasetEn(w.value)}". Publishing it would replace "${datasetEn(w.detail)}" with other data, so it cannot be published. If the file is "${datasetEn(w.value)}", choose it as the dataset in the form and validate again.`,
  },
  title_names_other_list: {
    severity: "error", title_ja: "表題が別の一覧を示す", title_en: "The title names another list",
    // field: the dataset the header (or file name) reads as, value: the title row, detail: the other list's name in it
    ja: (w) => `表題の行「${v(w)}」は「${d(w)}」で、標準の「${datasetJa(w.field)}」（${f(w)}）とは別の一覧です。見出しや名前は「${datasetJa(w.field)}」に合いますが、別の一覧の行をそれとして公開しないよう、このファイルは読んでいません。中身が「${datasetJa(w.field)}」なら、表題を直すか --dataset ${f(w)} を指定してください。`,
    en: (w) => `The title row "${v(w)}" names "${d(w)}", a list other than the standard's ${datasetEn(w.field)} (${f(w)}). The header or file name fits ${datasetEn(w.field)}, but the file was not read, so that another list's rows are not published as it. If the file is ${datasetEn(w.field)}, correct the title or pass --dataset ${f(w)}.`,
  },
  dataset_named_over_title: {
    severity: "warning", title_ja: "表題が別の一覧を示すが指定どおり読んだ", title_en: "Read as the dataset named, though the title names another list",
    ja: (w) => `表題の行「${v(w)}」は「${d(w)}」で、標準の「${datasetJa(w.field)}」（${f(w)}）とは別の一覧ですが、指定どおり「${datasetJa(w.field)}」として読みました。中身が「${datasetJa(w.field)}」か確かめ、そうなら表題を直してください。`,
    en: (w) => `The title row "${v(w)}" names "${d(w)}", a list other than the standard's ${datasetEn(w.field)} (${f(w)}), but the file was read as ${datasetEn(w.field)}, as named. Check that the file is ${datasetEn(w.field)}; if it is, correct the title.`,
  },
  header_names_other_list: {
    severity: "error", title_ja: "見出しが別の一覧を示す", title_en: "The header shows another list",
    // field: the dataset the file name reads as, value: the header cell, detail: the other list, then ｜ and a column the dataset has
    ja: (w) => `列「${v(w)}」は「${otherListName(w)}」にある列で、このファイルには標準の「${datasetJa(w.field)}」（${f(w)}）の「${ownColumnName(w)}」などの列がありません。別の一覧の行を「${datasetJa(w.field)}」として公開しないよう、このファイルは読んでいません。「${otherListName(w)}」は標準データセットにないため、この形式では公開できません。中身が「${datasetJa(w.field)}」なら「${ownColumnName(w)}」などの列を加えるか --dataset ${f(w)} を指定してください。`,
    en: (w) => `The column "${v(w)}" is one of a ${otherListName(w)} list, and the file has none of the standard ${datasetEn(w.field)} (${f(w)}) columns such as ${ownColumnName(w)}. The file was not read, so that another list's rows are not published as ${datasetEn(w.field)}; there is no standard dataset for a ${otherListName(w)}. If the file is ${datasetEn(w.field)}, add the columns such as ${ownColumnName(w)}, or pass --dataset ${f(w)}.`,
  },
  dataset_named_over_header: {
    severity: "warning", title_ja: "見出しが別の一覧を示すが指定どおり読んだ", title_en: "Read as the dataset named, though the header shows another list",
    ja: (w) => `列「${v(w)}」は「${otherListName(w)}」にある列で、このファイルには標準の「${datasetJa(w.field)}」（${f(w)}）の「${ownColumnName(w)}」などの列がありませんが、指定どおり「${datasetJa(w.field)}」として読みました。中身が「${datasetJa(w.field)}」か確かめてください。`,
    en: (w) => `The column "${v(w)}" is one of a ${otherListName(w)} list, and the file has none of the standard ${datasetEn(w.field)} (${f(w)}) columns such as ${ownColumnName(w)}, but the file was read as ${datasetEn(w.field)}, as named. Check that the file is ${datasetEn(w.field)}.`,
  },
  file_name_outweighed: {
    severity: "info", title_ja: "ファイル名より見出しで判定", title_en: "Header outweighed the file name",
    ja: (w) => `ファイル名の言葉からは「${f(w)}」と読めますが（${v(w)}）、見出しは別のデータセットの列を3つ以上多く含むため、見出しで判定しました（要約の「データセット」欄）。ファイル名のほうが正しい場合は --dataset ${f(w)} を指定してください。`,
    en: (w) => `The words of the file name suggest "${f(w)}" (${v(w)}), but the header has three or more columns more of another dataset, so the header decided (see "Dataset" in the summary). If the file name is right, pass --dataset ${f(w)}.`,
  },
  municipality_inferred: {
    severity: "info", title_ja: "公開元の団体を推定", title_en: "Publisher inferred",
    ja: (w) => `ファイル名に団体コード（検査数字つきの6桁、または東京都の区市町村の5桁）がないため、${publisherSourceJa(w)}から公開元を「${v(w)}」と判断しました。団体コードの空欄や住所の補完に使います。違う場合は --municipality で団体コードを指定してください。ファイル名を「131041_aed.csv」のように6桁の団体コードで始めると確実です。`,
    en: (w) => `The file name carries no municipality code (six digits with the check digit, or the five digits of a Tokyo municipality), so the publisher was taken to be ${v(w)}, from ${publisherSourceEn(w)}. It fills empty codes and completes addresses. If it is wrong, pass --municipality CODE; a file name that starts with the six-digit code (131041_aed.csv) settles it.`,
  },
  file_name_code_unknown: {
    severity: "warning", title_ja: "ファイル名にない団体のコード", title_en: "File name code of no municipality",
    ja: (w) => `ファイル名の団体コード「${v(w)}」は東京都の区市町村のコードにありません（検査数字は合っています）。公開元のコードとはみなさず、表題やデータから公開元を判断しました。ファイル名のコードが正しいか確かめてください。`,
    en: (w) => `The code "${v(w)}" in the file name (its check digit is right) is no Tokyo municipality's code. It was not taken as the publisher's; the publisher was told from the title or the rows. Check the code in the file name.`,
  },
  file_name_check_digit: {
    severity: "warning", title_ja: "ファイル名の団体コードの検査数字が違う", title_en: "Wrong check digit in the file name's code",
    ja: (w) => `ファイル名の団体コード「${v(w)}」は検査数字（6桁目）が合いません。先頭5桁の団体なら${d(w)}です。打ち間違いが別の桁にあれば別の団体を指すため、公開元とはみなさず、表題やデータから判断します。ファイル名を正しい6桁の団体コードで始めてください。`,
    en: (w) => `The code "${v(w)}" in the file name has a wrong check digit (its sixth). Its first five digits are those of ${d(w)}. A mistyped digit among the five would name another municipality, so it is not taken as the publisher's; the publisher is told from the title or the rows. Start the file name with the right six-digit code.`,
  },
  file_name_month_code: {
    severity: "warning", title_ja: "ファイル名の年月を団体コードとみなさず", title_en: "File name month not taken as a code",
    ja: (w) => `ファイル名の「${v(w)}」は${v(w).slice(0, 4)}年${Number(v(w).slice(4, 6))}月と読め、他県（長野県）の団体コードとしても検査数字が合いますが、どちらか決められないため公開元のコードとはみなさず、公開元は表題やデータから探します。団体コードなら --municipality ${v(w)} を指定し、年月ならファイル名を「131041_${v(w)}….csv」のように団体コードで始めてください。`,
    en: (w) => `"${v(w)}" in the file name reads as a month (${v(w).slice(0, 4)}-${v(w).slice(4, 6)}) and also passes the check digit as another prefecture's (長野県) code. It can't be told which, so it was not taken as the publisher's code; the publisher is looked for in the title or the rows instead. If it is the code, pass --municipality ${v(w)}; if it is a month, start the file name with the municipality's code (131041_${v(w)}….csv).`,
  },
  municipality_unknown: {
    severity: "warning", title_ja: "公開元の団体が分からない", title_en: "Publisher unknown",
    ja: () => "ファイル名・表題・データのどれからも公開元の団体が分からないため、全国地方公共団体コードなどの空欄を補えません。--municipality で団体コード（例：131041）を指定するか、ファイル名を「131041_aed.csv」のように団体コードで始めてください。",
    en: () => "Neither the file name, a title nor the rows tell which municipality publishes this file, so empty codes cannot be filled. Pass --municipality CODE (e.g. 131041) or start the file name with the code (131041_aed.csv).",
  },
  unknown_dataset: {
    severity: "error", title_ja: "データセットを判定できない", title_en: "Dataset not recognized",
    // field: the closest dataset, value: the candidates as "ja / en" (detect.ts unknownDatasetWhere), when any
    ja: (w) => w.field === null
      ? "どの標準データセットか判定できません。ファイル名を「131041_aed.csv」の形にするか、--dataset で指定してください。"
      : `どの標準データセットか判定できません。見出しがいちばん近いのは${v(w).split(" / ")[0]}です。そのデータセットなら --dataset ${f(w)} を指定するか、ファイル名を「131041_${f(w)}.csv」の形にしてください。`,
    en: (w) => w.field === null
      ? "Could not tell which standard dataset this is. Name the file like \"131041_aed.csv\" or pass --dataset."
      : `Could not tell which standard dataset this is. The header is closest to ${v(w).split(" / ")[1] ?? v(w)}. If it is that dataset, pass --dataset ${f(w)} or name the file like "131041_${f(w)}.csv".`,
  },
  address_column_by_content: {
    severity: "warning", title_ja: "住所の列を中身から判定", title_en: "Address column told by its content",
    ja: (w) => `列「${f(w)}」は見出しからは分かりませんが、中身が住所のため「${v(w)}」として読みました。列名を「${v(w)}」にしてください。`,
    en: (w) => `The column "${f(w)}" does not say what it is, but it holds addresses: it was read as ${v(w)} (full address). Name the column ${v(w)}.`,
  },
  address_column_mixed: {
    severity: "warning", title_ja: "住所が一部の行だけの列", title_en: "Column with addresses on some rows only",
    ja: (w) => `列「${f(w)}」は、記入のある${shareOf(w)[1]}行のうち${shareOf(w)[0]}行だけが住所で、ほかは「${v(w)}」のように住所ではないため、所在地の列として読まず、値は extra に残しました。所在地_連結表記の列を設けて各行に住所を書き、建物内の場所や施設名はそれぞれの列に書いてください。`,
    en: (w) => `The column "${f(w)}" holds addresses on only ${shareOf(w)[0]} of its ${shareOf(w)[1]} filled rows, and other things on the rest ("${v(w)}"), so it was not read as the address; its values are kept under extra. Add a full address column with an address on every row, and put places in the building or facility names in their own columns.`,
  },
  preferred_column_blank: {
    severity: "info", title_ja: "優先する列が空の行", title_en: "Preferred column blank on a row",
    ja: (w) => `${atJa(w)}「${headersOf(w)[0]}」が空のため、この行の「${headersOf(w)[1]}」の「${v(w)}」を「${f(w)}」としました（ほかの行の「${headersOf(w)[1]}」は別の項目です）。この行の「${headersOf(w)[0]}」にも名前を書いてください。`,
    en: (w) => `${atEn(w)}"${headersOf(w)[0]}" is blank, so this row's "${headersOf(w)[1]}", "${v(w)}", was taken as ${f(w)} (on the other rows "${headersOf(w)[1]}" is another field). Write the name in "${headersOf(w)[0]}" on this row too.`,
  },
  column_by_values: {
    severity: "info", title_ja: "列を値から判定", title_en: "Column told by its values",
    ja: (w) => `列「${f(w)}」は見出しだけでは何の列か分かりませんが、値（${valuesNamed(w)}）から「${columnNamed(w)}」として読みました。列名を「${columnNamed(w)}」にしてください。`,
    en: (w) => `The column "${f(w)}" does not say what it holds, but its values (${valuesNamed(w)}) make it ${columnNamed(w)}: it was read so. Name the column ${columnNamed(w)}.`,
  },
  column_values_of_other: {
    severity: "warning", title_ja: "別の項目の値だけの列", title_en: "Column holding another field's values",
    ja: (w) => `列「${f(w)}」は見出しでは「${d(w)}」ですが、値（${valuesNamed(w)}）は運営主体など別の項目で、「${d(w)}」ではありません。同じ項目を見出しにする列「${columnNamed(w)}」を「${d(w)}」として読み、列「${f(w)}」の値は extra に残しました。「${d(w)}」には施設の種別（認可保育所など）を入力し、運営主体（区立、私立など）は別の列（設置主体など）にしてください。`,
    en: (w) => `The column "${f(w)}" is headed as ${d(w)}, but its values (${valuesNamed(w)}) are another field (who runs the place), not ${d(w)}: the column "${columnNamed(w)}", whose header names the same field, was read as ${d(w)}, and "${f(w)}"'s values are kept under extra. Enter the kind of place (認可保育所 …) under ${d(w)}, and who runs it (区立, 私立 …) in a column of its own (設置主体).`,
  },
  unknown_header: {
    severity: "info", title_ja: "標準にない列", title_en: "Column not in the standard",
    ja: (w) => `列「${f(w)}」は標準データセットの項目にありません。データは extra に残しました。`,
    en: (w) => `Column "${f(w)}" is not part of the standard dataset; its values are kept under extra.`,
  },
  html_file: {
    severity: "error", title_ja: "HTMLのファイル", title_en: "HTML file",
    ja: (w) => `ファイル「${v(w)}」の中身はHTML（ウェブページ）です。エラーページや案内ページをダウンロードした可能性があります。データのCSVかExcelファイルそのものを指定してください。`,
    en: (w) => `The file "${v(w)}" is HTML (a web page), perhaps an error or landing page. Provide the CSV or Excel data file itself.`,
  },
  xml_file: {
    severity: "error", title_ja: "XMLのファイル", title_en: "XML file",
    ja: (w) => `ファイル「${v(w)}」の中身はXMLです。CSV（UTF-8またはShift_JIS）かExcel（.xlsx）で保存し直してください。`,
    en: (w) => `The file "${v(w)}" is XML. Save it as CSV (UTF-8 or Shift_JIS) or Excel (.xlsx).`,
  },
  pdf_file: {
    severity: "error", title_ja: "PDFのファイル", title_en: "PDF file",
    ja: (w) => `ファイル「${v(w)}」の中身はPDFです。表のデータはPDFから読み取れません。CSVかExcel（.xlsx）で公開してください。`,
    en: (w) => `The file "${v(w)}" is a PDF; table data cannot be read from it. Publish it as CSV or Excel (.xlsx).`,
  },
  encrypted_file: {
    severity: "error", title_ja: "パスワード付きのファイル", title_en: "Password-protected file",
    ja: (w) => `「${v(w)}」はパスワードで保護（暗号化）されたExcelファイルのため読めません。Excelで開き、パスワードを解除して（ファイル→情報→ブックの保護）保存し直してください。`,
    en: (w) => `"${v(w)}" is a password-protected (encrypted) Excel file and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.`,
  },
  old_excel_file: {
    severity: "error", title_ja: "古いExcel形式（.xls）", title_en: "Old Excel format (.xls)",
    ja: (w) => `ファイル「${v(w)}」は古いExcel形式（.xls）などのOffice文書です。Excelで開き「Excelブック（.xlsx）」かCSVで保存し直してください。`,
    en: (w) => `The file "${v(w)}" is an old Excel (.xls) or other legacy Office document. Open it in Excel and save it as .xlsx or CSV.`,
  },
  binary_file: {
    severity: "error", title_ja: "テキストでないファイル", title_en: "Not a text file",
    ja: (w) => `ファイル「${v(w)}」はテキストではありません（NUL文字などの制御文字を含みます）。CSVかExcel（.xlsx）で保存し直してください。`,
    en: (w) => `The file "${v(w)}" is not text (it contains NUL or other control bytes). Save it as CSV or Excel (.xlsx).`,
  },
  zip_archive: {
    severity: "error", title_ja: "ZIP圧縮ファイル", title_en: "ZIP archive",
    ja: (w) => `ファイルはExcelではないZIP圧縮ファイルです（中身：${v(w)}）。展開して、中のCSVかExcelファイルを1つずつ指定してください。`,
    en: (w) => `The file is a ZIP archive, not an Excel workbook (contents: ${v(w)}). Unpack it and provide the CSV or Excel files one by one.`,
  },
  nul_row: {
    severity: "warning", title_ja: "NUL文字だけの行", title_en: "Row of NUL bytes only",
    ja: (w) => `${atJa(w)}この行はNUL文字（0x00）だけでした（${v(w)}文字）。ファイルのこの部分が壊れている（コピーの失敗やディスクの障害でゼロに置き換わった）おそれがあります。行としては読み飛ばしましたが、ここにあった行が欠けていないか元のファイルと比べ、保存し直してください。`,
    en: (w) => `${atEn(w)}the row holds only NUL bytes (0x00) (${v(w)} of them): this part of the file may be damaged (zeroed by a failed copy or a disk fault). It was skipped as a row; compare with the original file to check no row is missing here, and save the file again.`,
  },
  zip_member_read: {
    severity: "info", title_ja: "ZIP圧縮ファイルの中のファイル", title_en: "File inside a ZIP archive",
    ja: (w) => `ファイル「${v(w)}」はZIP圧縮ファイルで、CSVかExcelのファイルは1つだけのため、中の「${w.detail ?? ""}」を読みました（ほかのファイルは読んでいません）。`,
    en: (w) => `The file "${v(w)}" is a ZIP archive holding one CSV or Excel file; the file inside ("${w.detail ?? ""}") was read (no other file of it).`,
  },
  gzip_compressed: {
    severity: "info", title_ja: "gzip圧縮ファイル", title_en: "gzip-compressed file",
    ja: (w) => `ファイル「${v(w)}」はgzipで圧縮されていたため、展開して中のファイル${w.detail ? `「${w.detail}」` : ""}を読みました。`,
    en: (w) => `The file "${v(w)}" was gzip-compressed; it was decompressed and the file inside${w.detail ? ` ("${w.detail}")` : ""} was read.`,
  },
  gzip_damaged: {
    severity: "error", title_ja: "壊れたgzip圧縮ファイル", title_en: "Damaged gzip file",
    ja: (w) => `ファイル「${v(w)}」はgzip圧縮ファイルですが、壊れているか途中で切れているため展開できません（${w.detail ?? ""}）。ファイルをダウンロードし直すか、元のファイルを圧縮し直してください。`,
    en: (w) => `The file "${v(w)}" is gzip-compressed but damaged or cut short, so it cannot be decompressed (${w.detail ?? ""}). Download the file again, or compress the original file again.`,
  },
  gzip_trailing_data: {
    severity: "warning", title_ja: "gzipの後ろの余分なデータ", title_en: "Data after the end of a gzip file",
    ja: (w) => `ファイル「${v(w)}」のgzip圧縮データの後ろに、gzipではないデータ（${w.detail ?? ""}バイト）が付いていました。gunzipと同じく無視し、圧縮データの中のファイルを読みました。ファイルが正しく保存・配信されているか確かめてください。`,
    en: (w) => `The file "${v(w)}" has data that is not gzip after its compressed data (${w.detail ?? ""} bytes). As gunzip does, it was ignored and the file inside the compressed data was read. Check that the file is saved and served correctly.`,
  },
  gzip_too_large: {
    severity: "error", title_ja: "展開すると大きすぎるgzip", title_en: "gzip file too large once decompressed",
    ja: (w) => `ファイル「${v(w)}」はgzip圧縮ファイルで、展開すると${w.detail ?? ""}バイトを超えるため読みません（圧縮爆弾への備え）。ファイルを分けて圧縮するか、展開して中身を確かめてください。`,
    en: (w) => `The file "${v(w)}" is gzip-compressed and decompresses to more than ${w.detail ?? ""} bytes, so it is not read (a guard against compression bombs). Split it into smaller files, or decompress it and check what it holds.`,
  },
  gzip_in_gzip: {
    severity: "error", title_ja: "二重のgzip圧縮", title_en: "gzip inside gzip",
    ja: (w) => `ファイル「${v(w)}」はgzipで二重に圧縮されています。一度展開したCSVかExcel（.xlsx）を、圧縮せずか一度だけ圧縮して指定してください。`,
    en: (w) => `The file "${v(w)}" is gzip-compressed twice. Provide the CSV or Excel (.xlsx) file uncompressed or compressed once.`,
  },
  unsupported_workbook: {
    severity: "error", title_ja: "読めない表計算形式", title_en: "Unsupported spreadsheet format",
    ja: (w) => `ファイルは${v(w)}形式で、読み取れません。Excelブック（.xlsx）かCSVで保存し直してください。`,
    en: (w) => `The file is in ${v(w)} format, which cannot be read. Save it as an Excel workbook (.xlsx) or CSV.`,
  },
  xlsx_named_csv: {
    severity: "info", title_ja: "中身がExcelのCSV", title_en: "Excel workbook named .csv",
    ja: (w) => `ファイル「${v(w)}」は名前はCSVですが中身はExcel（.xlsx）でした。Excelとして読みました。CSVとして公開する場合はCSV形式で保存してください。`,
    en: (w) => `The file "${v(w)}" is named like a CSV but is an Excel workbook (.xlsx); it was read as Excel. Save it as CSV to publish a CSV.`,
  },
  formula_without_value: {
    severity: "warning", title_ja: "計算結果のない数式", title_en: "Formulas without a saved result",
    ja: (w) => `シート「${f(w)}」の数式セル（${v(w)}）に計算結果が保存されていないため、空欄として読みました（計算をしないプログラムで作られたファイル）。Excelで開いて保存し直すか、値を入力してください。`,
    en: (w) => `Formula cells on sheet "${f(w)}" (${v(w)}) hold no saved result (the file was written by a program that does not calculate), so they were read as empty. Open and save the file in Excel, or enter the values.`,
  },
  value_hidden_by_format: {
    severity: "warning", title_ja: "表示形式で見えない値", title_en: "Values hidden by their number format",
    ja: (w) => `シート「${f(w)}」のセル（${v(w)}）は、値が入っていますが表示形式（;;; など、その値の区分が空の形式）によりExcelでは空欄に見えるため、空欄として読みました（公開しません。値はこの報告に残しています）。公開する値なら表示形式を「標準」に戻し、公開しない値ならセルを空にしてください。`,
    en: (w) => `Cells on sheet "${f(w)}" (${v(w)}) hold values that their number format (;;;, or a format whose section for the value is empty) shows as an empty cell in Excel, so they were read as empty (not published; the values are kept in this report). Set the format back to General to publish them, or clear the cells.`,
  },
  formula_worked_out: {
    severity: "info", title_ja: "数式の結果を計算", title_en: "Joining formulas worked out",
    ja: (w) => `シート「${f(w)}」の数式セル（${v(w)}）に計算結果が保存されていなかったため、同じ行のセルと文字をつなぐだけの式（=B2&C2、CONCATENATE など）として、その行の値から結果を求めて読みました。Excelで開いて保存し直すと、結果がファイルに保存されます。`,
    en: (w) => `Formula cells on sheet "${f(w)}" (${v(w)}) held no saved result; as they only join text and cells of their row (=B2&C2, CONCATENATE), their text was worked out from the row's values. Open and save the file in Excel to store the results.`,
  },
  reference_rows: {
    severity: "warning", title_ja: "参考の表は読まない", title_en: "Reference table not read",
    ja: (w) => `「参考」の行より下（データの${v(w)}行目）は別の表とみなし、読みませんでした。この一覧のデータなら「参考」の行を削除してください。別の表は別のファイルで公開してください。`,
    en: (w) => `The rows under the "参考" (reference) line (data rows ${v(w)}) were taken as another table and not read. If they belong to this list, delete the 参考 line; publish another table as a file of its own.`,
  },
  not_current_rows: {
    severity: "warning", title_ja: "撤去・廃止などの場所の行は読まない", title_en: "Rows of removed or closed places not read",
    ja: (w) => `「${d(w)}」の行より下（データの${v(w)}行目）は撤去・廃止・閉鎖などで今は一覧にない場所とみなし、読みませんでした。今ある場所なら「${d(w)}」の行を削除してください。今ない場所は一覧から削除してください。`,
    en: (w) => `The rows under the line "${d(w)}" (data rows ${v(w)}) were taken as places no longer (or not yet) in the list — removed, closed, abolished — and not read. If they are current places, delete the "${d(w)}" line; otherwise delete those rows from the list.`,
  },
  struck_row: {
    severity: "warning", title_ja: "取り消し線を引いた行は読まない", title_en: "Rows struck through not read",
    ja: (w) => `データの${w.row ?? ""}行目（${v(w)}）は、入力のあるセルすべてに取り消し線が引かれているため、削除された場所とみなし、読みませんでした（公開されません）。削除した場所なら行を削除してください。今ある場所なら取り消し線を外してください。`,
    en: (w) => `Data row ${w.row ?? ""} (${v(w)}) is struck through in every filled cell, so it was taken as a place deleted and not read (not published). If it was deleted, delete the row; if it is a current place, remove the strikethrough.`,
  },
  struck_rows_read: {
    severity: "warning", title_ja: "すべての行に取り消し線：書式とみなして読んだ", title_en: "Every row struck through: read as the sheet's look",
    ja: (w) => `データの行すべて（${v(w)}行）に取り消し線が引かれていて、取り消し線のない行が1つもないため、取り消し線は削除の印ではなく表の書式とみなし、すべての行を読みました。削除した場所があれば行を削除し、書式の取り消し線は外してください。`,
    en: (w) => `Every data row (${v(w)} rows) is struck through and none is not, so the strikethrough was taken as the table's look, not as places deleted, and every row was read. Delete the rows of places that are gone, and remove the strikethrough used as formatting.`,
  },
  other_table_rows: {
    severity: "warning", title_ja: "下に続く別の表は読まない", title_en: "Another table below not read",
    ja: (w) => `データの${v(w)}行目は、見出し「${d(w)}」で始まる別の表とみなし、読みませんでした。この一覧のデータなら見出しの行を削除して列をそろえてください。別の表は別のファイルで公開してください。`,
    en: (w) => `Data rows ${v(w)} were taken as another table, headed "${d(w)}", and not read. If they belong to this list, delete that header row and line their columns up with this one's; publish another table as a file of its own.`,
  },
  same_as_above: {
    severity: "info", title_ja: "「同上」を上の行の値に", title_en: "Ditto filled from the row above",
    ja: (w) => `${atJa(w)}「${f(w)}」の「同上」「〃」を、上の行の値「${d(w)}」として読みました。各行に値そのものを入力してください。`,
    en: (w) => `${atEn(w)}the ditto mark in ${f(w)} was read as the value of the row above, "${d(w)}". Enter the value itself on each row.`,
  },
  same_as_beside_kept: {
    // value: the cell as written (同左); detail: the header of the column beside
    severity: "warning", title_ja: "「同左」「同右」の隣が別の種類の列", title_en: "Same-as-beside next to a column of another kind",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、隣の列「${d(w)}」が別の種類の値の列か空欄のため、何と同じか分かりません。そのまま残しました。値そのものを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} stands beside "${d(w)}", a column of another kind or blank, so it is not known what it repeats; it was kept as written. Enter the value itself.`,
  },
  ditto_after_example: {
    severity: "error", title_ja: "記入例の行の下の「同上」", title_en: "Ditto under the template's example row",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、上の行がテンプレートの記入例（〇〇会館など）でデータとして読まないため、記入例の値を写さずそのまま残し、この行を無効としました。値そのものを入力してください。`,
    en: (w) => `${atEn(w)}the ditto mark "${v(w)}" in ${f(w)} is under the template's example row (〇〇会館 …), which is not data: the example's blank was not copied, the mark was kept as written and the row is invalid. Enter the value itself.`,
  },
  nothing_above: {
    severity: "warning", title_ja: "「同上」の上に値がない", title_en: "Ditto with nothing above",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」（同上）は、上の行が空欄か見出しのため、何と同じか分かりません。値をそのまま残しました。値そのものを入力してください。`,
    en: (w) => `${atEn(w)}the ditto mark "${v(w)}" in ${f(w)} has no value above it (a blank cell or a heading), so it was kept as written. Enter the value itself.`,
  },
  blank_filled_from_above: {
    severity: "warning", title_ja: "空欄を上の行の値で補った", title_en: "Blank read as the value above",
    ja: (w) => `${atJa(w)}「${f(w)}」は名称より左の分類の列で、この行では空欄のため、上の行と同じ分類の続き（縦に結合したセルをCSVで保存した名残）とみなし、上の行の値「${v(w)}」を入れました。各行に値を入力してください。空欄が「該当なし」の意味なら、値を確認してください。`,
    en: (w) => `${atEn(w)}${f(w)} is a grouping column left of the name, blank on this row, so the row was read as continuing the group above (cells merged down and saved as CSV) and took the value above, "${v(w)}". Enter the value on each row; if blank meant "none", check the value.`,
  },
  holder_filled_from_above: {
    severity: "warning", title_ja: "続きの行の空欄を上の行の値で補った", title_en: "Blanks of a continued row read as the row above",
    ja: (w) => `${atJa(w)}「${f(w)}」${heldList(w).length > 1 ? "など" : ""}が空欄で、この行だけの値（${heldOwn(w)}）があるため、上の行と同じもの（「${v(w)}」）の続きの行と読み、空欄の${heldColumns(w, "ja")}に上の行の値を入れました（縦に結合したセルをCSVで保存すると、値は最初の行にだけ残ります）。各行に値を入力してください。別のものの行なら、その値を入力してください。`,
    en: (w) => `${atEn(w)}${f(w)}${heldList(w).length > 1 ? " and others are" : " is"} blank while the row has a value of its own (${heldOwn(w)}), so it was read as the next row of the same one as the row above ("${v(w)}"), and its blank ${heldColumns(w, "en")} took the values above (cells merged down and saved as CSV keep the value on the first row only). Enter the values on each row; if the row is another one's, enter its own.`,
  },
  merged_cells_filled: {
    severity: "info", title_ja: "結合されたセル", title_en: "Merged cells",
    ja: (w) => `シート「${f(w)}」の縦に結合されたセル（${v(w)}）は、結合されたすべての行に同じ値が入っているものとして読みました。セルの結合は解除し、各行に値を入力してください。`,
    en: (w) => `The cells merged across rows on sheet "${f(w)}" (${v(w)}) were read as that value on every row they cover. Unmerge the cells and enter the value on each row.`,
  },
  merged_cells_hide_values: {
    severity: "warning", title_ja: "結合セルの下に隠れた値", title_en: "Values hidden under merged cells",
    ja: (w) => `シート「${f(w)}」の縦に結合されたセルの下のセル（${v(w)}）に、Excelでは表示されない値が残っています。Excelで見えるとおり結合セルの値として読み、隠れた値は公開していません（値はこの報告に残しています）。行ごとに違う値を公開するなら、結合を解除して各行に値を入力してください。`,
    en: (w) => `Cells under cells merged across rows on sheet "${f(w)}" (${v(w)}) hold values that Excel does not show. They were read as the merged cell's value, as Excel shows them, and the hidden values were not published (they are kept in this report). To publish a different value on each row, unmerge the cells and enter each row's value.`,
  },
  sheet_rows_out_of_order: {
    severity: "warning", title_ja: "シートの行番号の順序", title_en: "Sheet rows out of order",
    ja: (w) => `シート「${f(w)}」の行番号（${v(w)}）が前の行より前にあります（Excel以外のプログラムで作られたファイル）。行はファイルに書かれた順に読んだため、行番号がずれています。Excelで開いて保存し直してください。`,
    en: (w) => `Sheet "${f(w)}" numbers rows (${v(w)}) before the rows written above them (a file written by a program other than Excel). Rows were read in the order written, so row numbers are shifted. Open and save it again in Excel.`,
  },
  shared_string_missing: {
    severity: "warning", title_ja: "共有文字列表にない文字列", title_en: "Strings missing from the shared-string table",
    ja: (w) => `シート「${f(w)}」のセル（${v(w)}）は、ブックの共有文字列表にない文字列を指しているため、空欄として読みました（ファイルが壊れているか、途中で切れています）。元のファイルをExcelで開いて値を確かめ、保存し直してください。`,
    en: (w) => `Cells on sheet "${f(w)}" (${v(w)}) point to strings the workbook's shared-string table does not have, so they were read as empty (the file is damaged or cut short). Open the original in Excel, check the values and save it again.`,
  },
  hyperlinks_not_read: {
    severity: "warning", title_ja: "読まなかったハイパーリンク", title_en: "Hyperlinks not read",
    ja: (w) => `シート「${f(w)}」のハイパーリンク${v(w)}件は、範囲が広すぎる（列が多すぎる、または広い範囲が多すぎる）ため読んでいません。リンク先は、リンクを付けたセルごとに設定するか、URLをセルに直接入力してください。`,
    en: (w) => `${v(w)} hyperlink(s) on sheet "${f(w)}" were not read: they cover too much (too many columns, or too many wide ranges). Link each cell on its own, or write the URL in the cell.`,
  },
  sheet_tail_cut: {
    severity: "warning", title_ja: "結合セル・リンク情報の一部を読まず", title_en: "Merged ranges and links partly not read",
    ja: (w) => `シート「${f(w)}」の行の後に続く部分（結合セル・ハイパーリンクの情報）が${v(w)}バイトを超えるため、その先は読んでいません。結合セルの値の補完とリンク先の読み取りが一部の行で行われていません。セルの結合を解除し、URLはセルに直接入力してください。`,
    en: (w) => `What follows the rows of sheet "${f(w)}" (its merged ranges and hyperlinks) runs past ${v(w)} bytes; the rest was not read, so some rows are missing merged values or link addresses. Unmerge the cells and write URLs in the cells themselves.`,
  },
  sheets_joined: {
    severity: "info", title_ja: "複数のシートを1つの表として読んだ", title_en: "Sheets read as one table",
    ja: (w) => `同じ表が続く複数のシートを、選んだシートから順に1つの表として読みました（シートとそのデータ行：${v(w)}）。${joinedHowJa(w)}指摘の行はシート名とそのシートの行番号で示します。`,
    en: (w) => `The sheets of one table were read as one table, the chosen sheet first (the sheets and their data rows: ${v(w)}). ${joinedHowEn(w)} Issues name the sheet and its row.`,
  },
  sheet_header_differs: {
    severity: "info", title_ja: "見出しの違うシート", title_en: "Sheet with another header",
    ja: (w) => `シート「${f(w)}」の見出しは、選んだシートの見出しと違います（${sheetColumnsJa(w)}）。列は位置ではなく見出しの名前で対応づけて読みました${v(w) === "" ? "" : "（このシートだけの列は表の最後の列として読みました）"}。シートの見出しをそろえると確実です。`,
    en: (w) => `The header of sheet "${f(w)}" differs from the chosen sheet's (${sheetColumnsEn(w)}). Its columns were matched by their header names, not by position${v(w) === "" ? "" : " (its own columns were read as the table's last columns)"}. Give every sheet the same header to be sure.`,
  },
  value_from_sheet_name: {
    severity: "warning", title_ja: "シート名から補った値", title_en: "Value taken from a sheet's name",
    ja: (w) => `シートに「${f(w)}」の列がないため、シート「${v(w)}」の各行の${f(w)}を、シート名から「${d(w)}」としました。「${f(w)}」の列を追加して各行に値を入力してください。`,
    en: (w) => `The sheets have no ${f(w)} column, so each row of sheet "${v(w)}" was given the ${f(w)} "${d(w)}" from the sheet's name. Add a ${f(w)} column with each row's value.`,
  },
  as_of_by_sheet: {
    severity: "info", title_ja: "シートごとの基準日", title_en: "Each sheet's own as-of date",
    ja: (w) => `シートごとに基準日（シート名や表題の「○年○月○日現在」）が違うため、シート「${v(w)}」の各行の「${f(w)}」をそのシートの日付「${d(w)}」としました（ほかのシートの日付は使っていません）。「${f(w)}」の列を加えて各行に値を入力すると確実です。`,
    en: (w) => `The sheets give different as-of dates (in their names or titles), so each row of sheet "${v(w)}" was given its sheet's ${f(w)} "${d(w)}" (not another sheet's). Add a ${f(w)} column with each row's value to be sure.`,
  },
  sheet_name_not_value: {
    severity: "warning", title_ja: "シート名から値を補えなかったシート", title_en: "Sheets whose name gives no value",
    ja: (w) => `シートに「${f(w)}」の列がなく、ほかのシートの行にはシート名から補いましたが、シート（${v(w)}）の名前は${f(w)}として読めないため、その行の${f(w)}は空のままです。「${f(w)}」の列を追加して各行に値を入力してください。`,
    en: (w) => `The sheets have no ${f(w)} column; the rows of other sheets were given it from their sheet's name, but the names of the sheets ${v(w)} do not read as a ${f(w)}, so their rows have none. Add a ${f(w)} column with each row's value.`,
  },
  other_table_sheets: {
    severity: "warning", title_ja: "読まなかった表のシート", title_en: "Sheets with tables not read",
    ja: (w) => `シート「${f(w)}」を読みました。同じ種類の表があるほかのシート（${v(w)}）は、見出しの列が選んだシートと大きく違うか非表示のため、行を読んでいません${w.detail ? `（${sheetDifferences(w, "ja")}）` : ""}。1つのシートにまとめるか、シートごとに別のファイルにしてください。`,
    en: (w) => `The sheet "${f(w)}" was read; the rows of other sheets with a table of the same kind (${v(w)}) were not, since their header's columns differ much from the chosen sheet's or the sheet is hidden${w.detail ? ` (${sheetDifferences(w, "en")})` : ""}. Put them on one sheet, or each sheet in a file of its own.`,
  },
  other_version_sheet: {
    severity: "warning", title_ja: "別の版とみなしたシート", title_en: "Sheets taken as another version",
    ja: (w) => `シート「${f(w)}」を読みました。同じ表のシート（${v(w)}）は、名前（旧・old・バックアップ・作業用・コピー、または撤去・廃止・休止・予定など）から古い版や今の一覧にない場所の表とみなし、行を読んでいません。今の一覧の行なら、読んだシートに移すかシート名を変えてください。`,
    en: (w) => `The sheet "${f(w)}" was read; the sheets of the same table (${v(w)}) were not, as their names (旧, old, backup, 作業用, copy, or 撤去 removed, 廃止 closed, 休止, 予定 planned …) say they hold an old version or places not in the current list. If their rows are current, move them to the sheet read or rename the sheet.`,
  },
  repeated_rows_sheet: {
    severity: "warning", title_ja: "行がほかのシートと重なるシート", title_en: "Sheet repeating another sheet's rows",
    ja: (w) => `シート「${f(w)}」の${rowsShareJa(d(w))}は、読んだシート「${v(w)}」の行と同じ場所（名称・所在地、または地域名が同じ）を指すため、読んだ行の写し（全体の一覧の一部を地区ごとに分けたシートなど）とみなし、読んでいません。別の場所の行なら、読んだシートに移すか別のファイルにしてください。`,
    en: (w) => `In sheet "${f(w)}", ${rowsShareEn(d(w))} name the same places as rows of sheet "${v(w)}", which was read, so it was taken as a copy of rows read (a part of the whole list, one area's sheet) and not read. If they are other places, move them to the sheet read or publish them as a file of their own.`,
  },
  older_version_sheet: {
    severity: "warning", title_ja: "古い版とみなしたシート", title_en: "Sheet taken as an older version",
    ja: (w) => `シート「${f(w)}」（${versionParts(w).own}現在）の${rowsShareJa(versionParts(w).share)}は、読んだシート「${v(w)}」（${versionParts(w).chosen}現在）の行と同じ場所（名称・所在地、または地域名が同じ）を指すため、同じ一覧の古い版とみなし、読んでいません。日付の新しい「${v(w)}」を読みました。今の一覧だけを残すか、古い版は別のファイルにしてください。`,
    en: (w) => `In sheet "${f(w)}" (as of ${versionParts(w).own}), ${rowsShareEn(versionParts(w).share)} name the same places (by name and address, or area name) as rows of sheet "${v(w)}" (as of ${versionParts(w).chosen}), so it was taken as an older version of the list and not read; "${v(w)}", the later one, was read. Keep only the current list, or put old versions in a file of their own.`,
  },
  undated_version_sheet: {
    severity: "warning", title_ja: "別の版とみなしたシート（日付なし）", title_en: "Sheet taken as another version (no dates)",
    ja: (w) => `シート「${f(w)}」の${rowsShareJa(d(w))}は、読んだシート「${v(w)}」の行と同じ場所（名称・所在地、または地域名が同じ）を指すため、同じ一覧の別の版（写しや別の時点の版）とみなし、読んでいません。シート名や表題に日付（「令和6年4月1日現在」など）がなく、どちらが新しいかわからないため、前にあるシート「${v(w)}」を読みました。今の一覧だけを残すか、それぞれのシート名か表題に日付を書いてください。`,
    en: (w) => `In sheet "${f(w)}", ${rowsShareEn(d(w))} name the same places as rows of sheet "${v(w)}", so it was taken as another version of the list (a copy, or one of another date) and not read. Neither sheet's name or title gives a date (such as 令和6年4月1日現在) to tell which is newer, so "${v(w)}", the one before it in the workbook, was read. Keep only the current list, or write the date in each sheet's name or title.`,
  },
  side_table: {
    severity: "warning", title_ja: "表の横にある別の表", title_en: "Another table beside the list",
    ja: (w) => `空の列の右にある列（${v(w)}）は、一覧の上の数行だけに値がある別の表（集計など）とみなし、読みませんでした。別の表なら別のシートに移してください。一覧の列なら、間の空の列を削除してください。`,
    en: (w) => `The columns right of an empty column (${v(w)}) hold values on the list's first rows only: they were taken as another table (a summary) and not read. Move that table to a sheet of its own; if they are columns of the list, delete the empty column between.`,
  },
  lines_quoted_whole: {
    severity: "warning", title_ja: "行全体が引用符で囲まれたCSV", title_en: "CSV lines quoted whole",
    ja: (w) => `各行が行全体で1つの引用符（"…"）に囲まれていたため、引用符の中を1行として区切って読みました（見出し：${v(w)}）。一般的なCSVの読み込みでは各行が1つの値になります。引用符は各値だけに付けて（または付けずに）保存してください。`,
    en: (w) => `Each line was quoted whole ("…"), so the text inside the quotes was read as the line and split into cells (header: ${v(w)}). Most CSV readers read each such line as one value: save with quotes around each value only (or none).`,
  },
  side_by_side_list: {
    severity: "warning", title_ja: "横に2段に並べた一覧", title_en: "A list printed side by side",
    ja: (w) => `空の列の右に一覧と同じ見出しが並んでいます（${v(w)}）。一覧を横に2段（以上）に並べた印刷用の表とみなし、右の段は左の行の項目にせず、左の段の最後の行の後に、それぞれ元の行番号の別の行として読みました（先頭から見た範囲で右の段に値がある行：${w.detail ?? ""}行目）。右の段の行を左の段の下に移し、見出しを1つにしてください。`,
    en: (w) => `The list's header is repeated right of an empty column (${v(w)}): the list is printed in two (or more) blocks side by side. The right block was not attached to the rows on its left: its rows were read after the left block's last row, as rows of their own under their own row numbers (rows with values there, of the first rows looked at: ${w.detail ?? ""}). Move the right block's rows under the left block's, under one header.`,
  },
  side_by_side_row: {
    severity: "info", title_ja: "横に2段に並べた一覧の右の段の行", title_en: "A row of a list's right block",
    ja: (w) => `データの${w.row ?? ""}行目の右の段（${w.detail ?? ""}：${v(w)}）は、同じ行の左の段とは別の場所とみなし、左の段の最後の行の後に、${w.row ?? ""}行目の別の行として読みました。この行の値の指摘は右の段（${w.detail ?? ""}）のセルについてです。右の段の行を左の段の下に移してください。`,
    en: (w) => `The right block of data row ${w.row ?? ""} (${w.detail ?? ""}: ${v(w)}) is another place than the row's left block: it was read after the left block's last row, as a row of its own numbered ${w.row ?? ""}. What is said of this row's values is of the right block's cells (${w.detail ?? ""}). Move the right block's rows under the left block's.`,
  },
  hidden_sheet_read: {
    severity: "warning", title_ja: "非表示のシートを読んだ", title_en: "A hidden sheet was read",
    ja: (w) => `表が見つかったのは非表示のシート「${f(w)}」だけのため、このシートを読みました（表示されているシート ${v(w)} には表がありません）。公開する表のシートを表示するか、表のシートだけのファイルにしてください。`,
    en: (w) => `Only the hidden sheet "${f(w)}" holds a table, so it was read (the visible sheets, ${v(w)}, hold none). Unhide the sheet of the table to publish, or keep only that sheet in the file.`,
  },
  merged_header_split: {
    severity: "info", title_ja: "2列に結合された座標の見出し", title_en: "A coordinates header merged over two columns",
    ja: (w) => `見出し「${f(w)}」は2列に結合されていたため、2列を見出しの順に「${v(w)}」として読みました。結合を解除し、それぞれの列に「緯度」「経度」の見出しを入れてください。`,
    en: (w) => `The header "${f(w)}" was merged over two columns, so they were read, in the header's order, as ${v(w)}. Unmerge it and give each column its own header, 緯度 and 経度.`,
  },
  merged_header_second_value: {
    severity: "info", title_ja: "結合された見出しの下の2つ目の値", title_en: "A second value under a merged header",
    ja: (w) => `見出し「${f(w)}」は複数の列に結合されていて、右の列（${v(w)}）には「${f(w)}」と同じ種類の別の値があります。この列は「${v(w)}」として extra に残しました。結合を解除し、列ごとに見出し（FAX番号など標準の項目名）を入れてください。`,
    en: (w) => `The header "${f(w)}" was merged over several columns, and the columns to its right (${v(w)}) hold other values of the same kind. They were kept in extra as ${v(w)}. Unmerge the header and give each column its own (a standard name such as FAX番号 where there is one).`,
  },
  merged_header_second_place: {
    severity: "info", title_ja: "結合された見出しの下のFAX番号など", title_en: "A value under a merged header read into its own column",
    ja: (w) => `見出し「${f(w)}」は複数の列に結合されていて、右の列の値はどれも「${v(w)}」にあたる値（FAXと書かれた番号、カナの読み、開始の右の時刻など）だったため、その列を「${v(w)}」として読みました。結合を解除し、列ごとに見出しを入れてください。`,
    en: (w) => `The header "${f(w)}" was merged over several columns, and every value of a column to its right reads as a ${v(w)} (a number labelled FAX, a reading in kana, a time right of the start), so that column was read as ${v(w)}. Unmerge the header and give each column its own.`,
  },
  merged_header_marks: {
    severity: "info", title_ja: "結合された見出しの下の印の列", title_en: "Columns of marks under a merged header",
    ja: (w) => `見出し「${f(w)}」は複数の列に結合されていて、右の列（${v(w)}）には○などの印しかないため、「${f(w)}」にはつながず、「${v(w)}」として extra に残しました（つなぐと、どの曜日などに印があるかが分からなくなります）。結合を解除し、列ごとに見出し（月、火など）を入れるか、「${f(w)}」の列に値を文字で書いてください（例：月～金）。`,
    en: (w) => `The header "${f(w)}" was merged over several columns, and the columns to its right (${v(w)}) hold only marks such as ○, so they were not joined into ${f(w)} but kept in extra as ${v(w)} (joined, they would no longer say which day each mark is for). Unmerge the header and give each column its own header (月, 火, …), or write the value in words in ${f(w)} (e.g. 月～金).`,
  },
  merged_header_parts_joined: {
    severity: "info", title_ja: "結合された見出しの下の値をつないだ", title_en: "Parts of a value under a merged header joined",
    ja: (w) => `見出し「${f(w)}」は複数の列に結合されていて、右の列（${v(w)}）は1つの値の続き（町名に続く番地など）とみなし、各行の「${f(w)}」につないで読みました（元の列は「${v(w)}」として extra に残しています）。1つの列に1つの値を入れ、結合を解除してください。`,
    en: (w) => `The header "${f(w)}" was merged over several columns, and the columns to its right (${v(w)}) were taken as the rest of one value (the block number after a town) and joined into each row's ${f(w)} (the columns are kept in extra as ${v(w)}). Write each value whole in one column and unmerge the header.`,
  },
  headless_sheets: {
    severity: "warning", title_ja: "見出しのないシートは読まない", title_en: "Sheets without a header not read",
    ja: (w) => `シート「${v(w)}」には見出しの行がなく、読んだシート「${f(w)}」と同じ列数のデータの行があります。「${f(w)}」の続きなら、その行は読んでいません（公開されません）。続きのシートの1行目に「${f(w)}」と同じ見出しを入れるか、「${f(w)}」の下に行を移してください。`,
    en: (w) => `Sheet(s) "${v(w)}" have no header row but rows as wide as those of the sheet read, "${f(w)}". If they continue "${f(w)}", their rows were not read (not published): give them the same header on their first row, or move the rows under "${f(w)}".`,
  },
  headless_sheet_read: {
    severity: "warning", title_ja: "見出しのないシートを続きとして読んだ", title_en: "A sheet without a header read as a continuation",
    ja: (w) => `シート「${f(w)}」には見出しの行がありませんが、列数と各列の値がシート「${v(w)}」の見出し（${headlessHeader(w)}）に合うため、「${v(w)}」の続きとしてその見出しで読みました${headlessTitle(w) === "" ? "" : `（続きであることを示す表題の行「${headlessTitle(w)}」は読み飛ばしました）`}。列がずれていないか確かめ、続きのシートの${headlessTitle(w) === "" ? "1行目" : "表題の下"}に「${v(w)}」と同じ見出しを入れてください。`,
    en: (w) => `Sheet "${f(w)}" has no header row, but its width and the values of each column fit the header of sheet "${v(w)}" (${headlessHeader(w)}), so it was read as the continuation of "${v(w)}" under that header${headlessTitle(w) === "" ? "" : ` (its title line "${headlessTitle(w)}", which says it continues the list, was skipped)`}. Check that its columns line up, and give the sheet the same header ${headlessTitle(w) === "" ? "on its first row" : "under its title"}.`,
  },
  other_sheets: {
    severity: "info", title_ja: "読まなかったシート", title_en: "Sheets not read",
    ja: (w) => `見出しが標準に最も合うシート「${f(w)}」を読みました。ほかのシート（${v(w)}）は読んでいません。1ファイル1シートにしてください。`,
    en: (w) => `The sheet "${f(w)}", whose header matches the standard best, was read; the other sheets (${v(w)}) were not. Keep one sheet per file.`,
  },
  unknown_encoding_hint: {
    severity: "warning", title_ja: "不明な文字コード指定", title_en: "Unknown encoding hint",
    ja: (w) => `指定された文字コード「${v(w)}」は扱えないため、ファイルから判定しました。utf-8 または shift_jis を指定してください。`,
    en: (w) => `The encoding "${v(w)}" is not supported; the encoding was detected from the file instead. Use utf-8 or shift_jis.`,
  },
  damaged_utf8: {
    severity: "warning", title_ja: "UTF-8として読めない箇所", title_en: "Damaged UTF-8",
    ja: (w) => `ファイルはUTF-8ですが、${v(w)}か所がUTF-8として読めず「�」に置き換えました（一部の行だけ別の文字コードで保存された、最後の文字が途中で切れている、など）。「�」を含むセルは行ごとに示します。ファイル全体をUTF-8で保存し直してください。`,
    en: (w) => `The file is UTF-8, but ${v(w)} place(s) are not valid UTF-8 and were replaced by "�" (some rows saved in another encoding, a last character cut off, …). Cells holding "�" are listed by row. Save the whole file as UTF-8 again.`,
  },
  shift_jis_lines: {
    severity: "warning", title_ja: "Shift_JISで保存された行", title_en: "Lines saved in Shift_JIS",
    ja: (w) => `ファイルはUTF-8ですが、${v(w)}行目はShift_JISで保存されていたため、その行はShift_JISとして読みました（別のファイルから貼り付けた行など）。文字化けがないか確認し、ファイル全体をUTF-8で保存し直してください。`,
    en: (w) => `The file is UTF-8, but line(s) ${v(w)} were saved in Shift_JIS (rows pasted from another file, …) and were read as Shift_JIS. Check them for garbled text and save the whole file as UTF-8.`,
  },
  shift_jis_cells: {
    severity: "warning", title_ja: "Shift_JISで保存された値", title_en: "Values saved in Shift_JIS",
    ja: (w) => `ファイルはUTF-8ですが、${v(w)}行目には一部の値だけShift_JISで保存されていたため、その値はShift_JISとして読みました（別のファイルから貼り付けた値など）。文字化けがないか確認し、ファイル全体をUTF-8で保存し直してください。`,
    en: (w) => `The file is UTF-8, but on line(s) ${v(w)} some values were saved in Shift_JIS (values pasted from another file, …) and were read as Shift_JIS. Check them for garbled text and save the whole file as UTF-8.`,
  },
  utf8_lines: {
    severity: "warning", title_ja: "UTF-8で保存された行", title_en: "Lines saved in UTF-8",
    ja: (w) => `ファイルはShift_JISですが、${v(w)}行はUTF-8で保存されていたため、その行はUTF-8として読みました（別のファイルから貼り付けた行、つなげたファイルなど${w.detail ? `。最初の行：「${w.detail}」` : ""}）。文字化けがないか確認し、ファイル全体を1つの文字コード（UTF-8）で保存し直してください。`,
    en: (w) => `The file is Shift_JIS, but ${v(w)} line(s) were saved in UTF-8 (rows pasted from another file, files joined${w.detail ? `; the first: "${w.detail}"` : ""}) and were read as UTF-8. Check them for garbled text and save the whole file in one encoding (UTF-8).`,
  },
  end_of_file_mark: {
    severity: "info", title_ja: "ファイル末尾のEOF記号（Ctrl-Z）", title_en: "End-of-file mark (Ctrl-Z)",
    ja: () => "ファイルの末尾に古いWindows/DOSの終端記号（0x1A、Ctrl-Z）がありました。行ではないため読み飛ばしました。保存し直すときは取り除いてかまいません。",
    en: () => "The file ends with an old Windows/DOS end-of-file mark (0x1A, Ctrl-Z). It is no row and was skipped; it may be removed when the file is saved again.",
  },
  end_of_file_padding: {
    severity: "warning", title_ja: "ファイル末尾のNUL文字", title_en: "NUL bytes at the end of the file",
    ja: (w) => `ファイルの末尾にNUL文字（0x00）が${v(w)}個続いていました（決まった大きさで書き出すシステムや、途中で止まったコピーが残すもの）。行ではないため読み飛ばしました。最後の行が欠けていないか確認し、NUL文字を除いて保存し直してください。`,
    en: (w) => `The file ends with ${v(w)} NUL byte(s) (0x00), as systems writing files in fixed-size blocks or a copy that stopped leave. They are no row and were skipped. Check that no row is missing at the end, and save the file again without them.`,
  },
  bom_before_shift_jis: {
    severity: "warning", title_ja: "UTF-8のBOMがついたShift_JIS", title_en: "UTF-8 BOM before Shift_JIS text",
    ja: () => "ファイルの先頭にUTF-8の印（BOM）がありますが、中身はShift_JISでした。Shift_JISとして読みました。文字化けがないか確認し、UTF-8（BOM付き）かShift_JISのどちらかで保存し直してください。",
    en: () => "The file starts with a UTF-8 mark (BOM) but its text is Shift_JIS; it was read as Shift_JIS. Check for garbled text and save it again as either UTF-8 (with BOM) or Shift_JIS.",
  },
  iso_2022_jp_file: {
    severity: "info", title_ja: "ISO-2022-JP（JIS）のファイル", title_en: "ISO-2022-JP (JIS) file",
    ja: () => "ファイルの文字コードはISO-2022-JP（JISコード、メールで使われる形式）でした。ISO-2022-JPとして読みました。多くのアプリが読めるよう、UTF-8（BOM付き可）で保存し直してください。",
    en: () => "The file is in ISO-2022-JP (JIS, as mail programs save Japanese) and was read as ISO-2022-JP. Save it again as UTF-8 (with or without BOM), which most apps read.",
  },
  euc_jp_file: {
    severity: "info", title_ja: "EUC-JPのファイル", title_en: "EUC-JP file",
    ja: () => "ファイルの文字コードはEUC-JPでした（Shift_JISやUTF-8としては読めません）。EUC-JPとして読みました。多くのアプリが読めるよう、UTF-8（BOM付き可）で保存し直してください。",
    en: () => "The file is in EUC-JP (it does not read as Shift_JIS or UTF-8) and was read as EUC-JP. Save it again as UTF-8 (with or without BOM), which most apps read.",
  },
  mojibake: {
    severity: "error", title_ja: "ファイル全体の文字化け", title_en: "Garbled file (mojibake)",
    ja: (w) => `ファイルの文字が化けているため、データとして読みませんでした（1行目「${v(w)}」）。UTF-8の文字を別の文字コード（Windows-1252やShift_JISなど）で開いて保存し直したときや、文字コードの違うファイルをつなぎ合わせたときに起こります。化ける前の元のファイルを開き、UTF-8（Excelなら「CSV UTF-8（コンマ区切り）」）で保存し直してください。見出しの名前を直す必要はありません。`,
    en: (w) => `The file's text is garbled (mojibake), so it was not read as data (first row "${v(w)}"). This happens when UTF-8 text is opened in another encoding (Windows-1252, Shift_JIS …) and saved again, or files of different encodings are joined. Open the original file, from before it was garbled, and save it as UTF-8 (in Excel, "CSV UTF-8 (Comma delimited)"). The header names need no change.`,
  },
  encoding_mismatch: {
    severity: "warning", title_ja: "文字コードの指定と中身が違う", title_en: "Encoding hint does not match",
    ja: (w) => `文字コードは「${v(w)}」と指定されていますが、ファイルはその文字コードとして読めません。Shift_JISとして読みました。文字化けがないか確認してください。`,
    en: (w) => `The encoding was given as "${v(w)}" but the file is not valid in it; it was read as Shift_JIS. Check for garbled text.`,
  },
  unknown_dataset_id: {
    severity: "error", title_ja: "存在しないデータセット", title_en: "No such dataset",
    ja: (w) => `データセット「${v(w)}」はありません。「odh schema」で一覧を確認し、aed などのIDを指定してください。`,
    en: (w) => `There is no dataset "${v(w)}". List them with "odh schema" and give an id such as aed.`,
  },
  header_not_found: {
    severity: "warning", title_ja: "見出し行が見つからない", title_en: "Header row not found",
    ja: (w) => `標準の項目名に合う見出し行が先頭の${DEEP_HEAD_RECORDS}行までに見つからないため、${d(w) || "1"}行目「${v(w)}」を見出しとみなしました。すべての列は extra に残しました。見出し行に標準の項目名（名称、所在地_連結表記など）を書き、その上の注記などの行は削除して、見出しを1行目にしてください。`,
    en: (w) => `No row among the first ${DEEP_HEAD_RECORDS} lines matches the standard's column names, so line ${d(w) || "1"} ("${v(w)}") was taken as the header and every column kept under extra. Write the standard column names (名称, 所在地_連結表記 …) in the header row, delete the notes above it, and put it on the first line.`,
  },
  header_far_down: {
    severity: "warning", title_ja: "見出しの行が下のほうにある", title_en: "Header row far down the file",
    ja: (w) => `見出しの行「${v(w)}」は${d(w)}行目にあり、その上の行（注記、凡例など）が多いため、先頭の${HEAD_RECORDS}行では見つからず、さらに下を探して読みました。見出しの上の行は表のデータとして読んでいません。ほかのシステムでも読めるよう、見出しの上の行を削除するか別のシート・ファイルに移し、見出しを1行目にしてください。`,
    en: (w) => `The header row ("${v(w)}") is on line ${d(w)}, under so many lines (notes, a legend) that it was not among the first ${HEAD_RECORDS} lines; it was looked for further down and read. The lines above it were not read as data. So that other systems read the file too, delete the lines above the header or move them to another sheet or file, and put the header on the first line.`,
  },
  headless_file_read: {
    severity: "warning", title_ja: "見出し行のないファイルを標準の列順で読んだ", title_en: "A file without a header read in the standard's column order",
    ja: (w) => `ファイルに見出しの行がなく、1行目「${v(w)}」からデータです。各列の値が標準の項目の順（${d(w)}）に合うため、その順の列として読み、1行目も行として読みました。列がずれていないか確かめ、1行目に標準の項目名の見出しを入れてください。`,
    en: (w) => `The file has no header row: its first row ("${v(w)}") is data. The values of each column fit the standard's columns in their order (${d(w)}), so the rows were read as those columns, the first row as a row too. Check that the columns line up, and put the standard column names on a first row.`,
  },
  header_one_column_short: {
    severity: "warning", title_ja: "見出しが1列足りない", title_en: "The header one column short",
    ja: (w) => `見出しの行「${v(w)}」はデータの行より1列少なく、各行の値は見出しを1列右にずらすと合うため、見出しのない先頭の列（1列目）を足して読みました。値が1列ずれて読まれないよう、先頭の列にも見出し（「No.」など）を入れてください。`,
    en: (w) => `The header ("${v(w)}") has one column fewer than the data rows, whose values fit it only moved one column right, so it was read with a first column without a header added. So that no value is read one column off, give the first column a header too (such as "No.").`,
  },
  headless_file_numbered: {
    severity: "warning", title_ja: "見出し行がなく列が分からない", title_en: "No header row; columns not known",
    ja: (w) => `ファイルに見出しの行がなく、1行目「${v(w)}」からデータです。列の並びが標準の項目の順に合わないため、どの列が何かが分かりません。1行目も行として残し、各列を「${d(w).split("、")[0]}」「${d(w).split("、")[1] ?? ""}」…として extra に残しました。1行目に標準の項目名の見出し（名称、所在地_連結表記など）を入れてください。`,
    en: (w) => `The file has no header row: its first row ("${v(w)}") is data. Its columns are not in the standard's order, so which column is which is not known; the first row was kept as a row too, and every column kept under extra as ${d(w).split("、").slice(0, 2).join(", ")} …. Put the standard column names (名称, 所在地_連結表記 …) on a first row.`,
  },
  as_of_from_table_title: {
    severity: "info", title_ja: "表題の日付を下の表の調査年月日とした", title_en: "A later table's title date taken as its as-of date",
    ja: (w) => `${atJa(w)}表題「${v(w)}」の下の表は、この日付 ${d(w)} のものとして、以降の行の「${f(w)}」を ${d(w)} としました（上の表はそれまでの日付のままです）。調査年月日の列を設け、各行に日付を入力してください。`,
    en: (w) => `${atEn(w)}the table under the title "${v(w)}" is taken as of ${d(w)}: the rows from here on have ${f(w)} ${d(w)} (the tables above keep their date). Add a survey date column with each row's date.`,
  },
  as_of_from_title_date: {
    severity: "info", title_ja: "表題の日付を基準日とした", title_en: "The title's date taken as the as-of date",
    ja: (w) => `表題「${v(w)}」の日付 ${d(w)} には「現在」「基準日」も「更新」「作成」もないため、人口の基準日として空欄の「${f(w)}」に使いました。基準日でなければ、表題に「○年○月○日現在」と書くか、調査年月日の列に値を入力してください。`,
    en: (w) => `The title "${v(w)}" gives the date ${d(w)} with neither "as of" (現在, 基準日) nor "updated" or "made" (更新, 作成) beside it, so it was taken as the population's as-of date for an empty ${f(w)}. If it is not, write "○年○月○日現在" in the title or fill in the survey date column.`,
  },
  as_of_dates_differ: {
    severity: "warning", title_ja: "ファイル名と表題の日付が違う", title_en: "File name and title give different dates",
    ja: (w) => `ファイル名の日付と表題の「○年○月○日現在」の日付が違います（${v(w)}）。空欄の「${f(w)}」には表題の日付を使いました。ファイル名の日付は作成日でなく調査日にするか、調査年月日の列に値を入力してください。`,
    en: (w) => `The file name's date and the title's "as of" date differ (${v(w)}); an empty ${f(w)} took the title's. Name the file by the survey date, not the day it was made, or fill in the survey date column.`,
  },
  rows_above_header: {
    severity: "info", title_ja: "見出しより上の行", title_en: "Rows above the header",
    ja: (w) => `見出し行より上の行「${v(w)}」は表題・注記とみなして読み飛ばしました。1行目を見出し行にしてください。`,
    en: (w) => `The row "${v(w)}" above the header was read as a title or note and skipped. Make the header the first row.`,
  },
  header_groups_row: {
    severity: "info", title_ja: "見出しの上の大項目の行", title_en: "Column groups above the header",
    ja: (w) => `見出し行の上の行「${v(w)}」は見出しの大項目とみなしました（見出しは下の行で読めました）。見出しは1行にしてください。`,
    en: (w) => `The row "${v(w)}" above the header was read as column groups (the header below was read alone). Use one header row.`,
  },
  split_header_joined: {
    // detail: the number of header rows, when more than two
    severity: "info", title_ja: "2行以上の見出し", title_en: "Header over two rows or more",
    ja: (w) => `${w.detail ?? "2"}行にわたる見出し（大項目と小項目）を1行にまとめて読みました：${v(w)}。見出しは1行にし、標準の項目名を使ってください。`,
    en: (w) => `A header written over ${w.detail === "3" ? "three" : "two"} rows (groups above columns) was read as one row: ${v(w)}. Use one header row with the standard names.`,
  },
  requirement_row: {
    severity: "info", title_ja: "区分（◎○）の行", title_en: "Requirement-mark row",
    ja: (w) => `${atJa(w)}「${v(w)}」は項目の区分（◎必須・○推奨）を示す行とみなし、データとして読みませんでした。この行は削除してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" marks which columns are required (◎/○); it was not read as data. Delete this row.`,
  },
  template_example_row: {
    severity: "warning", title_ja: "テンプレートの記入例の行", title_en: "Template example row",
    ja: (w) => `${atJa(w)}「${v(w)}」はテンプレートの記入例（〇〇会館など）の行とみなし、データとして読みませんでした。この行は削除してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" is the template's example row (〇〇会館 …); it was not read as data. Delete this row.`,
  },
  units_row: {
    severity: "info", title_ja: "単位の行", title_en: "Units row",
    ja: (w) => `${atJa(w)}「${v(w)}」は各列の単位を示す行とみなし、データとして読みませんでした。単位は見出しや説明に書き、この行は削除してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" gives the columns' units; it was not read as data. Put units in the headers or the description and delete this row.`,
  },
  repeated_header_row: {
    severity: "info", title_ja: "2行目以降の見出し行", title_en: "Extra header row",
    ja: (w) => `${atJa(w)}「${v(w)}」は見出しの行（英語名の行や、ページごとに繰り返した見出し）とみなし、データとして読みませんでした。見出し行は表の先頭の1行だけにしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" is another header row (English names, or the header repeated on each printed page); it was not read as data. Keep a single header row at the top.`,
  },
  comment_row: {
    severity: "info", title_ja: "注記の行（#で始まる行）", title_en: "Comment row",
    ja: (w) => `${atJa(w)}「#」で始まる行「${v(w)}」は注記・メタデータとみなし、データとして読みませんでした。`,
    en: (w) => `${atEn(w)}the row "${v(w)}" starts with "#" and was read as a comment or metadata row, not as data.`,
  },
  print_row: {
    severity: "info", title_ja: "印刷用の行（ページ番号・以下余白・罫線）", title_en: "Print layout row",
    ja: (w) => `${atJa(w)}「${v(w)}」は印刷した表のページ番号・「以下余白」・罫線の行とみなし、データとして読みませんでした。表には一覧の行だけを入れ、この行は削除してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" is a line of a printed page (a page number, 以下余白 "blank below", or a ruled line) and was not read as data. Keep only the list's rows in the table and delete this row.`,
  },
  note_row: {
    severity: "info", title_ja: "注記の行（※・注・出典・凡例）", title_en: "Note row",
    ja: (w) => `${atJa(w)}「${v(w)}」は注記（※・注・出典などで始まる行、凡例、「○年○月○日現在」の行）とみなし、データとして読みませんでした。注記や凡例はデータの表の外（データセットの説明など）に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" is a note (a line starting with ※, 注, 出典 or the like, a legend, or an "as of" date line) and was not read as data. Put notes and legends outside the table (in the dataset's description, for example).`,
  },
  note_joined: {
    // row: the note's; field: the column it joined; value: the note; detail: the record's row
    severity: "warning", title_ja: "下の行の注記を上の行の備考に", title_en: "Note row joined to the row above",
    ja: (w) => `${atJa(w)}セルが1つだけの行「${v(w)}」は上のデータの${d(w)}行目への注記とみなし、その行の「${f(w)}」に加えました。注記は独立した行にせず、該当する行の「${f(w)}」に書いてください。`,
    en: (w) => `${atEn(w)}the row of one cell "${v(w)}" was read as a note on data row ${d(w)} above and added to that row's ${f(w)}. Write a note in its row's ${f(w)}, not on a row of its own.`,
  },
  section_row: {
    severity: "info", title_ja: "表の中の見出しの行", title_en: "Section heading row",
    ja: (w) => `${atJa(w)}「${v(w)}」は表の中の見出し（区分）の行とみなし、データとして読みませんでした。区分は列（種別など）にして各行に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" is a section heading inside the table and was not read as data. Put the section in a column (a type) on every row instead.`,
  },
  kind_from_section: {
    // row: the heading's; value: the heading as written; detail: sectionDetail (the column, the kind, the rows)
    severity: "info", title_ja: "見出しの行から補った種別", title_en: "Kind taken from a section heading",
    ja: (w) => `${atJa(w)}見出しの行「${v(w)}」の下の${sectionCount(w)}行（データの${sectionRows(w)}行目）は「${sectionColumn(w)}」が空欄か列がないため、見出しから「${sectionKind(w)}」としました。「${sectionColumn(w)}」の列を設けて各行に入力し、見出しの行は削除してください。`,
    en: (w) => `${atEn(w)}${sectionCount(w) === "1" ? "the row" : `the ${sectionCount(w)} rows`} under the heading "${v(w)}" (data ${sectionCount(w) === "1" ? "row" : "rows"} ${sectionRows(w)}) ${sectionCount(w) === "1" ? "has" : "have"} no ${sectionColumn(w)} (the cell is blank or the column is missing), so ${sectionCount(w) === "1" ? "it was" : "they were"} given "${sectionKind(w)}" from the heading. Add a ${sectionColumn(w)} column with each row's value and delete the heading row.`,
  },
  breakdown_row: {
    severity: "info", title_ja: "内訳の行", title_en: "Breakdown row",
    ja: (w) => `${atJa(w)}「${v(w)}」は区分（日本人・外国人など）の内訳の行とみなし、データとしては読みませんでした。地域ごとに「計」の行を読みます。`,
    en: (w) => `${atEn(w)}"${v(w)}" is a breakdown row (Japanese / foreign residents …) and was not read as data: each area's 計 (total) row is.`,
  },
  closed_row: {
    severity: "warning", title_ja: "休止・廃止の場所の行は公開しない", title_en: "Row of a closed place not published",
    ja: (w) => `${atJa(w)}状況の列が「${d(w)}」の行（${v(w)}）は、今は利用できない場所とみなし、公開しませんでした。再開した場所なら状況を直してください。廃止した場所は一覧から削除してください。`,
    en: (w) => `${atEn(w)}the row's status column says "${d(w)}" (${v(w)}): taken as a place not open now, and not published. If it has reopened, correct the status; if it is closed for good, delete the row from the list.`,
  },
  deleted_row: {
    // field: the deletion column's header; detail: the date it gives
    severity: "warning", title_ja: "削除年月のある行は公開しない", title_en: "Row deleted from the register not published",
    ja: (w) => `${atJa(w)}「${f(w)}」が「${d(w)}」の行（${v(w)}）は、台帳から削除されたデータとみなし、今ある場所としては公開しませんでした。削除していない行なら「${f(w)}」を空欄にしてください。削除したデータは一覧から除いて公開してください。`,
    en: (w) => `${atEn(w)}the row's "${f(w)}" is "${d(w)}" (${v(w)}): taken as data deleted from the register, and not published as a current place. If the row was not deleted, leave "${f(w)}" blank; leave deleted data out of the list you publish.`,
  },
  closed_name_row: {
    severity: "warning", title_ja: "名称に休止・廃止とある行は公開しない", title_en: "Row named as closed not published",
    ja: (w) => `${atJa(w)}名称の末尾に「（${d(w)}）」とある行（${v(w)}）は、今は利用できない場所とみなし、公開しませんでした。再開した場所なら名称から「（${d(w)}）」を外してください。廃止した場所は一覧から削除してください。休止などの状態は名称ではなく状況や備考の列に書いてください。`,
    en: (w) => `${atEn(w)}the row's name ends with "(${d(w)})" (${v(w)}): taken as a place not open now, and not published. If it has reopened, take "(${d(w)})" out of the name; if it is closed for good, delete the row from the list. Write a state such as 休止 in a status or remarks column, not in the name.`,
  },
  closed_kind_row: {
    severity: "warning", title_ja: "種別に廃止・撤去などとある行は公開しない", title_en: "Row whose kind says closed not published",
    ja: (w) => `${atJa(w)}「${f(w)}」に「${d(w)}」とある行（${v(w)}）は、廃止・撤去・休止などで今は使えない場所とみなし、公開しませんでした（種別のまま使える場所として公開しないため）。使える場所なら「${f(w)}」から「${d(w)}」を外してください。廃止・撤去した場所は一覧から削除してください。休止などの状態は種別ではなく状況や備考の列に書いてください。`,
    en: (w) => `${atEn(w)}the row's "${f(w)}" says "${d(w)}" (${v(w)}): taken as a place not usable now (closed, removed, out of service), and not published, so that it is not listed as a working one of its kind. If it is usable, take "${d(w)}" out of "${f(w)}"; if it is closed or removed for good, delete the row from the list. Write a state such as 休止 in a status or remarks column, not in the kind.`,
  },
  closed_remarks_row: {
    severity: "warning", title_ja: "備考に使用不可・休止などとある行は公開しない", title_en: "Row whose remarks say closed not published",
    ja: (w) => `${atJa(w)}「${f(w)}」に「${d(w)}」とある行（${v(w)}）は、今は利用できない場所（使用不可・休止・閉鎖・廃止・撤去など）とみなし、公開しませんでした。利用できるようになった場所なら「${f(w)}」から「${d(w)}」を外してください。廃止・撤去した場所は一覧から削除してください。`,
    en: (w) => `${atEn(w)}the row's "${f(w)}" says "${d(w)}" (${v(w)}): taken as a place not usable now (out of use, suspended, closed, abolished, removed), and not published, so that no one is sent to it. If it is usable again, take "${d(w)}" out of "${f(w)}"; if it is closed or removed for good, delete the row from the list.`,
  },
  unsure_remarks_state: {
    severity: "warning", title_ja: "備考に工事中とだけある行は利用できるか不明", title_en: "Row whose remarks say only works in progress",
    ja: (w) => `${atJa(w)}「${f(w)}」に「${d(w)}」とだけある行（${v(w)}）は、今利用できるかどうかが分からないため、利用できる場所として公開しました。工事中で利用できないなら「${f(w)}」に「工事中のため使用不可」のように書いてください（公開されなくなります）。利用できるなら「工事中（利用可）」のように書いてください。`,
    en: (w) => `${atEn(w)}the row's "${f(w)}" says only "${d(w)}" (${v(w)}): it does not say whether the place can be used now, so it was published as usable. If it cannot be used during the works, write so in "${f(w)}" (as 工事中のため使用不可; it is then not published); if it can, say so (as 工事中（利用可）).`,
  },
  over_remarks_state: {
    severity: "warning", title_ja: "備考の閉鎖・休止などの期限が過ぎている", title_en: "Row whose remarks say closed until a day gone",
    ja: (w) => `${atJa(w)}「${f(w)}」に「${d(w)}」とある行（${v(w)}）は、書かれた期限が過ぎているため、再び利用できる場所とみなして公開しました。利用できるなら「${f(w)}」から「${d(w)}」を消してください。まだ利用できないなら期限を書き直してください（「工事中のため使用不可」のように期限なしでも構いません。公開されなくなります）。`,
    en: (w) => `${atEn(w)}the row's "${f(w)}" says "${d(w)}" (${v(w)}), a day that has passed, so the place was taken as usable again and published. If it is, delete "${d(w)}" from "${f(w)}"; if it is still not usable, write the new date (or no date, as 工事中のため使用不可; it is then not published).`,
  },
  other_list_row: {
    severity: "warning", title_ja: "別の一覧の施設の行は公開しない", title_en: "Row of another list's place not published",
    ja: (w) => `${atJa(w)}「${f(w)}」が「${d(w)}」の行（${v(w)}）は、このデータセットの施設ではなく別の一覧の施設（指定緊急避難場所の一覧なら指定避難所など）とみなし、公開しませんでした。このデータセットの施設でもあるなら「${f(w)}」にそう書いてください（種別の列なら「指定避難所・指定緊急避難場所」のように両方を、○の列なら○を）。そうでなければ、このファイルから除いて別の一覧で公開してください。`,
    en: (w) => `${atEn(w)}the row's "${f(w)}" is "${d(w)}" (${v(w)}): taken as a place of another list, not of this dataset (a 指定避難所 in a list of 指定緊急避難場所), and not published. If it is a place of this dataset too, say so in "${f(w)}" (both kinds in a kind column, as 指定避難所・指定緊急避難場所; ○ in a column of marks); if not, take it out of this file and publish it in its own list.`,
  },
  other_list_kind_read: {
    severity: "info", title_ja: "別の一覧の種別の行を兼ねる施設として公開", title_en: "Row of another list's kind published as a place of both",
    ja: (w) => `${atJa(w)}「${f(w)}」が「${d(w)}」の行（${v(w)}）は、ファイルの「${f(w)}」にこのデータセットの施設の種別（指定緊急避難場所など）を書いた行がないため、両方を兼ねる施設（指定避難所でもある指定緊急避難場所など）とみなして公開しました。このデータセットの施設でなければ、このファイルから除いてください。兼ねる施設なら「${f(w)}」に「指定避難所・指定緊急避難場所」のように両方を書くと確実です。`,
    en: (w) => `${atEn(w)}the row's "${f(w)}" is "${d(w)}" (${v(w)}): no row of the file names this dataset's own kind in "${f(w)}" (such as 指定緊急避難場所), so it was taken as a place of both lists (a 指定緊急避難場所 that is also a 指定避難所) and published. If it is no place of this dataset, take it out of this file; if it is both, write both kinds in "${f(w)}" (as 指定避難所・指定緊急避難場所) to be sure.`,
  },
  totals_row: {
    severity: "info", title_ja: "合計の行", title_en: "Totals row",
    ja: (w) => `${atJa(w)}「${v(w)}」は合計の行とみなし、データとして読みませんでした。合計は利用者が計算できるので、データの表には入れないでください。`,
    en: (w) => `${atEn(w)}"${v(w)}" is a totals row and was not read as data. Leave totals out of the table: users can add them up.`,
  },
  change_row: {
    severity: "info", title_ja: "増減の行", title_en: "Row of changes",
    ja: (w) => `${atJa(w)}「${v(w)}」は前月・前年などとの増減の行とみなし、データとして読みませんでした。増減はどの地域の数でもないので、データの表には入れないでください（必要なら別の表にしてください）。`,
    en: (w) => `${atEn(w)}"${v(w)}" gives changes (増減, 前月比: against the last month or year) and was not read as data: it is no area's figures. Leave it out of the table (or give it a table of its own).`,
  },
  subtotal_row: {
    severity: "info", title_ja: "小計の行（町の合計など）", title_en: "Subtotal row",
    ja: (w) => `${atJa(w)}「${subtotalOf(w)}」の行は、すぐ下に続くその一部の行（${partsOf(w)}）の合計と数値が同じため、小計の行（町の合計など）とみなし、データとして読みませんでした（読むと同じ人を二度数えます）。1行に1つの地域（町丁字）だけを入れ、小計の行は表に入れないでください。`,
    en: (w) => `${atEn(w)}the row "${subtotalOf(w)}" has the sum of the rows of its parts right under it (${partsOf(w)}), so it was read as a subtotal (a 町's total, say) and not as data: read as an area, it would count the same people twice. Give one area (町丁字) per row and leave subtotal rows out of the table.`,
  },
  subtotal_differs: {
    severity: "warning", title_ja: "下の行の合計と合わない上位の地域", title_en: "Area over parts that do not sum to it",
    ja: (w) => `${atJa(w)}「${subtotalOf(w)}」の行の下に、その一部とみられる行（${partsOf(w)}）が続きますが、「${f(w)}」の数値がそれらの合計と合わない（${figuresOf(w)}）ため、1つの地域として読みました。この行が町などの小計なら表から除き（二重に数えないため）、小計でなければ地域名と数値を確認してください。`,
    en: (w) => `${atEn(w)}the row "${subtotalOf(w)}" is followed by rows that look like its parts (${partsOf(w)}), but its ${f(w)} is not their sum (${figuresOf(w)}), so it was read as an area of its own. If it is a subtotal (a 町's total), leave it out of the table so that no one is counted twice; if not, check its name and figures.`,
  },
  sum_row: {
    severity: "warning", title_ja: "上の行の合計の行（見出しなし・式）", title_en: "Row that sums the rows above",
    ja: (w) => `${atJa(w)}「${v(w)}」の行は、${sumRowBy(w) === "formula" ? "上の行を合計する式（=SUM(…)など）の行の" : sumRowBy(w) === "whole" ? "区市町村全体の名前で、数値が上の行の合計と同じ" : "名前の欄が空で、数値が上の行の合計と同じ"}ため、データの${spanJa(sumRowSpan(w))}行目の合計の行とみなし、データとして読みませんでした（公開しません）。合計の行は表に入れないでください（利用者が計算できます）。${sumRowBy(w) === "values" ? "合計でなく1つの地域の数値なら、名前（地域名）を入力してください。" : ""}`,
    en: (w) => `${atEn(w)}the row "${v(w)}" ${sumRowBy(w) === "formula" ? "holds formulas that add up the rows above (=SUM(…))" : sumRowBy(w) === "whole" ? "names the whole municipality and its figures are the sums of the rows above" : "has no name and its figures are the sums of the rows above"}, so it was read as the total of data rows ${sumRowSpan(w)} and not as data (not published). Leave totals out of the table: users can add them up.${sumRowBy(w) === "values" ? " If the row is one area's figures, enter its name." : ""}`,
  },
  sum_row_differs: {
    severity: "warning", title_ja: "行の合計と合わない合計の行", title_en: "Total that is not the sum of its rows",
    ja: (w) => `${atJa(w)}合計の行の「${f(w)}」${sumRowOthers(w) > 0 ? `（ほか${sumRowOthers(w)}列）` : ""}が、データの${spanJa(sumRowSpan(w))}行目の合計と合いません（${v(w)}）。合計の行は公開しませんが、合計か上の行の数値のどちらかが誤っているおそれがあります。式の範囲（=SUM(…)）がすべての行を含むか、数値が正しいかを確認してください。`,
    en: (w) => `${atEn(w)}the totals row's ${f(w)}${sumRowOthers(w) > 0 ? ` (and ${sumRowOthers(w)} more columns)` : ""} is not the sum of data rows ${sumRowSpan(w)} (${v(w)}). The totals row is not published, but either it or a figure above may be wrong: check that the formula's range (=SUM(…)) takes in every row, and the figures.`,
  },
  sex_in_rows: {
    severity: "info", title_ja: "男女別に分かれた行", title_en: "Sex given in rows",
    ja: (w) => `列「${f(w)}」で男女別に分かれた行（${v(w)}）を、地域ごとに1つのデータとして読みました：「計」の行は総人口、「男」「女」の行は男性・女性の人口と年齢別の男性・女性の人口です。地域名が最初の行にだけあるときは、下の行も同じ地域とみなしました。各データの行番号はその地域の最初の行です。標準データセットでは1地域を1行にし、男性・女性を別の列にしてください。`,
    en: (w) => `Rows split by sex in column ${f(w)} (${v(w)}) were read as one record per area: the 計 row gives the total, the 男 and 女 rows the male and female population, also by age. An area named on its first row only is that area on the rows under it too. Each record's row is its area's first row. The standard wants one row per area, with male and female in their own columns.`,
  },
  rows_by_age: {
    severity: "error", title_ja: "1行が1つの年齢の表（地域ごとにまとめられない）", title_en: "Table with one row per age that cannot be folded",
    ja: (w) => `列「${f(w)}」の値（${v(w)}）は年齢で、この表は1行が1つの年齢です。${w.detail === undefined ? "男・女・計（総数）の列がないため" : `列「${w.detail}」も年齢ごとの値で、標準のどの列にも入らないため`}、地域ごとの1つのデータにまとめられませんでした。標準の地域・年齢別人口は1行が1つの地域（町丁など）で、年齢は列（0-4歳の男性 … 85歳以上の女性）です。このまま読むと各年齢の人数が地域の総人口として公開されるため、すべての行を無効にしました。地域ごとに1行にし、総人口・男性・女性の列に地域の合計を、5歳階級ごとの男女の列（0～4歳男、0～4歳女 …、85歳以上女）にその年齢の人数を入力してください（区全体の表なら、地域名を区の名前にした1行です）。`,
    en: (w) => `The values of column ${f(w)} (${v(w)}) are ages: each row of this table is one age. ${w.detail === undefined ? "The table has no column of 男, 女 or 計 (総数)" : `Column ${w.detail} is a figure by age too, which no standard column takes`}, so its rows could not be folded into one record per area. The standard's population record is one area (a town block) per row, with the ages as columns (age0To4Male … age85PlusFemale). Read as they are, each age's count would be published as an area's total population, so every row is invalid. Write one row per area, with the area's totals in 総人口, 男性 and 女性 and each five-year band's count in its male and female columns (0～4歳男, 0～4歳女 … 85歳以上女); for a table of the whole municipality, one row named after it.`,
  },
  rows_by_age_tables_side_by_side: {
    severity: "error", title_ja: "別々の地域の年齢別の表が横に並んでいる", title_en: "Tables by age of different areas side by side",
    ja: (w) => `見出し（${tablesHeader(w)}）が横に${v(w)}回くり返され、別々の地域（${tablesAreas(w)}）の年齢別の表が${v(w)}つ横に並んでいます（1行に${v(w)}つの地域の同じ年齢が入っています）。1つの表ずつでなければ地域ごとのデータにまとめられないため、すべての行を無効にしました。表を1シート（1ファイル）に1つずつにするか、縦に1つにつないで見出しを1回だけにしてください。`,
    en: (w) => `The header (${tablesHeader(w)}) is repeated ${v(w)} times across: tables by age of different areas (${tablesAreas(w)}) stand side by side, each row holding the same age of ${v(w)} areas. They cannot be folded into one record per area unless each is read as a table of its own, so every row is invalid. Put one table per sheet (or file), or put them one under the other with the header once.`,
  },
  age_table_area_from_title: {
    severity: "info", title_ja: "表の上の見出しの地域名を年齢別の表の地域名とした", title_en: "Table by age named after the area in its title",
    ja: (w) => `${atJa(w)}この年齢別の表には地域の列がないため、表の上の見出し「${v(w)}」の「${d(w)}」を「${f(w)}」としました。標準データセットでは「地域名」の列を設け、地域ごとに1行にしてください。`,
    en: (w) => `${atEn(w)}this table by age has no area column, so "${d(w)}" from the title above it ("${v(w)}") was taken as its ${f(w)}. The standard wants an area name column, with one row per area.`,
  },
  rows_by_age_folded: {
    severity: "info", title_ja: "1行が1つの年齢の表を地域ごとにまとめた", title_en: "Table with one row per age folded into areas",
    ja: (w) => `列「${f(w)}」の値（${v(w)}）は年齢で、この表は1行が1つの年齢でした。標準の地域・年齢別人口は1行が1つの地域で、年齢は列（0-4歳の男性 … 85歳以上の女性）のため、${w.detail === undefined ? "地域ごとに、その地域の行" : `区市町村全体の表として、すべての行（地域名は「${w.detail || "（不明）"}」）`}を1つのデータにまとめました：男性・女性・総人口は各年齢の人数の和（年齢不詳を含む。合計・総数の行があればその値で、和と合わなければ指摘します）、5歳階級の列はその階級の年齢の人数の和です（年齢不詳は extra の「年齢不詳_男」などに残しています）。各データの行番号はその地域の最初の行です。標準データセットでは地域ごとに1行にし、年齢を列にしてください。`,
    en: (w) => `The values of column ${f(w)} (${v(w)}) are ages: each row of this table was one age. The standard's population record is one area per row with the ages as columns (age0To4Male … age85PlusFemale), so ${w.detail === undefined ? "each area's rows" : `all the rows, as a table of the whole municipality (its area name "${w.detail || "(unknown)"}")`} were folded into one record: male, female and total are the sums of the ages (the unknown age included; the area's 合計 or 総数 row when it has one, warned where the ages do not add up to it), and each five-year band is the sum of its ages (the unknown age is kept in extra, as 年齢不詳_男 …). Each record's row is its area's first row. The standard wants one row per area, with the ages as columns.`,
  },
  areas_across_columns: {
    severity: "info", title_ja: "地域が列の組になった年齢別の表", title_en: "Table by age with the areas as column groups",
    ja: (w) => `この表は1行が1つの年齢（列「${f(w)}」）で、地域（${v(w)}）ごとに ${d(w)} の列が横に並んでいます。行を地域ごとに分け、地域ごとに1つのデータにまとめました。標準の形は1行が1つの地域（地域名の列）で、年齢は列（0～4歳男、0～4歳女 …）です。`,
    en: (w) => `This table has one row per age (column ${f(w)}) and each area (${v(w)}) in columns of its own (${d(w)}): its rows were cut per area and each area folded into one record. The standard has one row per area (an area name column) with the ages as columns (0～4歳男, 0～4歳女 …).`,
  },
  rows_by_age_side_by_side: {
    severity: "info", title_ja: "横に並んだ年齢別の表", title_en: "Tables by age side by side",
    ja: (w) => `見出し（${d(w)}）が横に${v(w)}回くり返され、年齢別の表が${v(w)}つ横に並んでいたため、行ごとに左の表から順に、1つの表の行として読みました。表は縦に1つにつなぎ、見出しは1回だけにしてください。`,
    en: (w) => `The header (${d(w)}) was repeated ${v(w)} times across: ${v(w)} tables by age stood side by side, read row by row, left to right, as the rows of one table. Put them one under the other, with the header once.`,
  },
  ward_by_age_unnamed: {
    severity: "warning", title_ja: "区市町村全体の年齢別の表の地域名が分からない", title_en: "Whole-municipality table by age without a name",
    ja: (w) => `この表には地域の列がなく、区市町村全体の年齢別の表として1つのデータにまとめましたが、どの区市町村か分からないため地域名が空です（${v(w)}）。--municipality に団体コードを指定するか、ファイル名を団体コードで始めるか（131156_population.csv）、地域名の列を加えてください。`,
    en: (w) => `This table has no area column: it was folded into one record as a table of the whole municipality, but which municipality is not known, so its area name is empty (${v(w)}). Give --municipality CODE, start the file name with the code (131156_population.csv), or add an area name column.`,
  },
  age_total_mismatch: {
    severity: "warning", title_ja: "合計の行が年齢の和と合わない", title_en: "Total row disagrees with the sum of the ages",
    ja: (w) => `${atJa(w)}この地域の合計（総数）の行の「${f(w)}」が、年齢ごとの行の和と合いません（${d(w)}：合計の行、年齢の和）。データには合計の行の値「${v(w)}」を使いました。合計の行と年齢ごとの行の数を確認してください。`,
    en: (w) => `${atEn(w)}this area's total row gives ${f(w)} as "${v(w)}", which is not the sum of its rows by age (${d(w)}: the total row, then the sum of the ages). The record takes the total row's figure. Check the total row and the rows by age.`,
  },
  age_row_sum_mismatch: {
    severity: "warning", title_ja: "年齢の行の計が男女の和と合わない", title_en: "An age row's total disagrees with its sexes",
    ja: (w) => { const [area, age, m, fe] = (w.detail ?? "").split("｜"); return `${atJa(w)}${area === "" ? "" : `地域「${area}」の`}年齢「${age}」の行の「${f(w)}」（${v(w)}）が、男と女の和（${m} ＋ ${fe} ＝ ${Number(m) + Number(fe)}）と合いません。どれが誤りか分からないため、値はそのまま読みました（この地域の総人口は各年齢の行の計の和、合計の行があればその値です）。この行の男・女・計の数を確認してください。`; },
    en: (w) => { const [area, age, m, fe] = (w.detail ?? "").split("｜"); return `${atEn(w)}${area === "" ? "" : `area ${area}, `}the row of age ${age} gives ${f(w)} as "${v(w)}", which is not the sum of its male and female figures (${m} + ${fe} = ${Number(m) + Number(fe)}). Which one is wrong is not known, so the figures were read as they stand (this area's total is the sum of its rows' totals, or its total row's figure). Check the row's male, female and total figures.`; },
  },
  age_bands_cross: {
    severity: "warning", title_ja: "年齢の区切りが5歳階級と合わない", title_en: "Ages given across the five-year bands",
    ja: (w) => `${atJa(w)}列「${f(w)}」の年齢（${d(w)}）は標準の5歳階級の区切りをまたぐため、この地域の「${v(w)}」の列は作れず空にしました（総人口・男性・女性は読んでいます）。5歳階級（0～4歳、5～9歳 …、85歳以上）か各歳の人数を入力してください。`,
    en: (w) => `${atEn(w)}the ages of column ${f(w)} (${d(w)}) cross the standard's five-year bands, so this area's ${v(w)} bands could not be made and were left empty (the totals were read). Give the counts by five-year band (0～4歳, 5～9歳 … 85歳以上) or by single year.`,
  },
  age_bands_missing: {
    severity: "warning", title_ja: "5歳階級の年齢が足りない", title_en: "Ages of a five-year band missing",
    ja: (w) => `${atJa(w)}この地域には年齢「${d(w)}」の行がないため、「${v(w)}」の列は作れず空にしました。その年齢の行（人数が0なら0）を入力してください。`,
    en: (w) => `${atEn(w)}this area has no row of the ages ${d(w)}, so its ${v(w)} bands could not be made and were left empty. Add the rows of those ages (0 where no one is that age).`,
  },
  age_ranges_overlap: {
    severity: "warning", title_ja: "重なる年齢の行", title_en: "Rows of overlapping ages",
    ja: (w) => `${atJa(w)}この地域の列「${f(w)}」の年齢（${v(w)}）は重なっているため、年齢の和は求めず、総人口・男性・女性は合計の行があればその値、なければ空にしました。年齢が重ならないように入力してください。`,
    en: (w) => `${atEn(w)}this area's ages in column ${f(w)} (${v(w)}) overlap: they were not summed, and the totals are the area's total row's, or empty without one. Give ages that do not overlap.`,
  },
  age_bands_both_sexes: {
    severity: "warning", title_ja: "男女別でない年齢区分の列", title_en: "Age columns of both sexes together",
    ja: (w) => `年齢区分の列（${v(w)}）は男女を合わせた人数で、標準の列には読めません。値は extra に残しました。標準は年齢区分ごとに男女別の列です（${bracketedJa(w)}など）。男女別の人数を、列を分けて入力してください。`,
    en: (w) => `The age columns ${v(w).replaceAll("、", ", ")} count both sexes together, so no standard column can take them; their values are kept under extra. The standard counts each age band by sex (${d(w).replaceAll("、", ", ")} …): enter the male and female counts in columns of their own.`,
  },
  age_columns_unnamed: {
    severity: "warning", title_ja: "何の数か分からない年齢ごとの列", title_en: "Age columns that do not say what they count",
    ja: (w) => `年齢ごとの列（${v(w)}）は、見出しから何の人数（定員か、在籍児童数・空き人数か）か分からないため読みませんでした。値は extra に残しました。定員なら見出しを「${exampleJa(w)}」のように書いてください（「${standardJa(w)}」はその合計になります）。`,
    en: (w) => `The age columns ${v(w).replaceAll("、", ", ")} do not say what they count (the capacity, or the children enrolled or the places free), so they were not read; their values are kept under extra. If they are the capacity, head them as ${exampleJa(w)} does: ${standardJa(w)} is then their sum.`,
  },
  age_row_unread: {
    severity: "warning", title_ja: "年齢の読めない行", title_en: "Row of an age that does not read",
    ja: (w) => `${atJa(w)}列「${f(w)}」の「${v(w)}」は年齢（0歳、0～4歳、85歳以上）でも合計・年齢不詳でもないため、この行の人数はどの地域にも数えていません（再掲の行ならそのままで構いません）。年齢を「0歳」「0～4歳」「100歳以上」のように入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in column ${f(w)} is neither an age (0歳, 0～4歳, 85歳以上) nor the total or the unknown age, so this row's figures were counted in no area (fine for a row that repeats others, 再掲). Write ages as 0歳, 0～4歳 or 100歳以上.`,
  },
  age_row_restated: {
    severity: "info", title_ja: "再掲の行", title_en: "Restated row",
    ja: (w) => `${atJa(w)}列「${f(w)}」の「${v(w)}」は再掲（ほかの行の人数を重ねて示す行）のため、人数を数えずに読み飛ばしました。直す必要はありません。`,
    en: (w) => `${atEn(w)}"${v(w)}" in column ${f(w)} restates figures of other rows (再掲), so its figures were not counted again. Nothing to fix.`,
  },
  age_count_unreadable: {
    severity: "warning", title_ja: "年齢別の人数が数でない", title_en: "A count by age is no number",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は数でないため、この地域のその値を含む和（「${f(w)}」の合計と5歳階級）を空にしました。人数を半角の整数で入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} "${v(w)}" is no number, so this area's sums that include it (the ${f(w)} total and its five-year band) were left empty. Enter the count as a whole number.`,
  },
  sex_rows_in_blocks: {
    severity: "info", title_ja: "性別ごとにまとめて並んだ行", title_en: "Rows by sex listed in blocks",
    ja: (w) => `列「${f(w)}」の行は地域ごとではなく性別ごとのまとまり（全地域の「男」の行、次に全地域の「女」の行…）で並んでいたため、同じ地域名の行を組み合わせて地域ごとに1つのデータにしました（${v(w)}）。どれかのまとまりに行がない地域は、その地域の行で指摘しています。`,
    en: (w) => `The rows in column ${f(w)} were listed in blocks by sex (every area's 男 row, then every area's 女 row …), not area by area: each area's rows were matched by its name into one record (${v(w)}). An area missing from a block is warned on its row.`,
  },
  sex_row_missing: {
    severity: "warning", title_ja: "男女別の行が足りない地域", title_en: "Area without a row of one sex",
    ja: (w) => `${atJa(w)}この地域（男女別の行の最初の行）には「${f(w)}」が「${v(w)}」の行がないため、その人口は空のままです。地域ごとに男・女（と計）の行をそろえてください。`,
    en: (w) => `${atEn(w)}this area (the first of its rows by sex) has no row whose ${f(w)} is "${v(w)}", so those figures stay empty. Give every area its 男 and 女 (and 計) rows.`,
  },
  sex_unknown: {
    severity: "warning", title_ja: "男・女・計のどれでもない性別", title_en: "Sex that is none of male, female, total",
    ja: (w) => `${atJa(w)}「${f(w)}」の${v(w) === "" ? "空欄" : `「${v(w)}」`}は男・女・計のどれでもなく、この行の数がだれのものか分からないため、読みませんでした。男・女・計（男性・女性・合計）のいずれかを入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} ${v(w) === "" ? "is blank" : `"${v(w)}" is`} none of 男, 女 or 計 (male, female, total): whose figures the row gives is not known, so it was not read. Enter 男, 女 or 計.`,
  },
  blank_rows: {
    severity: "info", title_ja: "空の行", title_en: "Empty rows",
    ja: (w) => (onSheet(w)
      ? `${atJa(w)}空の行（どのセルにも値のない行：データの${v(w)}行目）を読み飛ばしました。罫線や色だけの行も含め、空の行は行ごと削除してください。`
      : `${atJa(w)}空の行（空欄やカンマだけの行：データの${v(w)}行目）を読み飛ばしました。空の行は削除してください。`),
    en: (w) => (onSheet(w)
      ? `${atEn(w)}empty rows (no value in any cell: data rows ${v(w)}) were skipped. Delete the empty rows, those with only borders or colours too.`
      : `${atEn(w)}empty rows (blank or commas only: data rows ${v(w)}) were skipped. Delete empty rows.`),
  },
  duplicate_header: {
    severity: "warning", title_ja: "重複した見出し", title_en: "Duplicated column",
    ja: (w) => `列「${f(w)}」は「${v(w)}」と同じ項目です。「${v(w)}」の列を使い、この列の値は extra に残しました。列を1つにまとめてください。`,
    en: (w) => `Column "${f(w)}" is the same field as "${v(w)}"; the "${v(w)}" column is used and this one's values are kept under extra. Keep one column per field.`,
  },
  hidden_column_duplicate: {
    severity: "warning", title_ja: "非表示の列と同じ項目の列", title_en: "A hidden column of the same field",
    ja: (w) => `非表示の列「${f(w)}」は、表示されている列「${v(w)}」と同じ項目です。表示されている列を使い、非表示の列の値は extra に残しました。古い値の列なら削除してください。`,
    en: (w) => `The hidden column "${f(w)}" is the same field as the visible column "${v(w)}": the visible one is used, and the hidden one's values are kept under extra. If the hidden column holds old values, delete it.`,
  },
  hidden_columns_read: {
    severity: "warning", title_ja: "非表示の列も読んだ", title_en: "Hidden columns read",
    ja: (w) => `シート「${f(w)}」の非表示の列（${v(w)}）も、表示されている列と同じように読んで公開します。公開しない内容なら列を削除してください。`,
    en: (w) => `The hidden columns of sheet "${f(w)}" (${v(w)}) were read and are published like the visible ones. Delete them if they are not to be published.`,
  },
  hidden_rows_read: {
    severity: "warning", title_ja: "非表示の行も読んだ", title_en: "Hidden rows read",
    ja: (w) => `シート「${f(w)}」の非表示の行（${v(w)}行目）も、データとして読んで公開します。撤去・廃止したものなど公開しない行なら、行を削除してください。`,
    en: (w) => `The hidden rows of sheet "${f(w)}" (lines ${v(w)}) were read as data and are published. If they are rows not to publish (removed or closed places), delete them.`,
  },
  qualified_header: {
    severity: "info", title_ja: "括弧書きを添えた同じ項目の見出し", title_en: "Same field with a bracketed qualifier",
    ja: (w) => `列「${f(w)}」は括弧書きを除くと列「${v(w)}」と同じ項目です。この項目は列「${v(w)}」から読み、この列の値は extra に残しました。同じ内容なら列を1つにまとめてください。括弧書きのとおり別の内容なら、このままでかまいません。`,
    en: (w) => `Column "${f(w)}" is the field of column "${v(w)}" with a qualifier in brackets. The field is read from "${v(w)}", and this column's values are kept under extra. If both hold the same, keep one column; if the qualifier makes this one something else, it can stay as it is.`,
  },
  broader_header: {
    severity: "info", title_ja: "より大きな区分の列", title_en: "Column of a coarser unit",
    ja: (w) => `列「${f(w)}」は列「${v(w)}」より大きな区分（地区など）の名前とみなしました。この項目は列「${v(w)}」から読み、この列の値は extra に残しました。`,
    en: (w) => `Column "${f(w)}" was taken as the name of a coarser unit (a 地区 or the like) than column "${v(w)}". The field is read from "${v(w)}", and this column's values are kept under extra.`,
  },
  row_number_header: {
    severity: "info", title_ja: "行の通し番号の列", title_en: "Column of row numbers",
    ja: (w) => `列「${f(w)}」は行の通し番号とみなしました。IDは列「${v(w)}」から読み、この列の値は extra に残しました。`,
    en: (w) => `Column "${f(w)}" was taken as the rows' running numbers. The ID is read from column "${v(w)}", and this column's values are kept under extra.`,
  },
  general_header: {
    severity: "info", title_ja: "より広い呼び方の見出し", title_en: "Column of a more general heading",
    ja: (w) => `列「${f(w)}」は、列「${v(w)}」の項目をより広く呼ぶ見出し（屋号に対する施設の名称など）とみなしました。この項目は列「${v(w)}」から読み、「${v(w)}」が空の行ではこの列の値を読みます。両方に値がある行では、この列の値（建物名や許可上の施設名など）は extra に残しました。別の内容の列なので、まとめる必要はありません。`,
    en: (w) => `Column "${f(w)}" was taken as a more general heading of the field of column "${v(w)}" (a facility's name beside its 屋号, the trading name). The field is read from "${v(w)}"; on a row where "${v(w)}" is blank this column's value is read, and where both are filled this one's (a building, the facility the permit names) is kept under extra. The columns hold different things: no need to merge them.`,
  },
  alternate_column: {
    severity: "info", title_ja: "同じ項目の別の行の列", title_en: "Column of the same field for other rows",
    ja: (w) => `列「${f(w)}」は「${v(w)}」と同じ標準の項目の、別の行のための列とみなしました（許可の行と届出の行など）。「${v(w)}」が空の行ではこの列の値を読み、両方に値がある行ではこの列の値を extra に残します。`,
    en: (w) => `Column "${f(w)}" was taken as the same standard field as "${v(w)}", for other rows (a permit's rows and a notification's). On a row where "${v(w)}" is blank this column's value is read; where both are filled, this one's is kept under extra.`,
  },
  blank_header: {
    severity: "info", title_ja: "見出しが空の列", title_en: "Column without a header",
    ja: (w) => `見出しが空の列（${v(w)}列目）があります。値は extra に「column_列番号」の名前で残しました。見出しを書くか、不要な列を削除してください。`,
    en: (w) => `Columns ${v(w)} have no header; their values are kept under extra as "column_N". Name them or delete them.`,
  },
  missing_column: {
    severity: "error", title_ja: "必須の列がない", title_en: "Required column missing",
    ja: (w) => `必須の列「${v(w)}」が見出しにありません。${w.detail === undefined ? "すべての行" : `値を補えなかった${d(w)}行`}が無効になります。この列を追加してください。`,
    en: (w) => `The required column "${v(w)}" (${f(w)}) is not in the header, so ${w.detail === undefined ? "every row is" : `the ${d(w)} rows it could not be filled for are`} invalid. Add the column.`,
  },
  fuzzy_header: {
    severity: "warning", title_ja: "表記ゆれのある見出し", title_en: "Column name spelled differently",
    ja: (w) => `列「${f(w)}」を標準の項目「${v(w)}」とみなしました。正しいか確認し、見出しを標準の項目名にしてください。`,
    en: (w) => `Column "${f(w)}" was read as the standard column "${v(w)}". Check this, and use the standard column name.`,
  },
  too_many_fields: {
    severity: "warning", title_ja: "見出しより多い列", title_en: "More cells than columns",
    ja: (w) => `${atJa(w)}見出しより多くのセルがあります。余分な値「${v(w)}」は extra に残しました。値の中のカンマは「"」で囲んでください。`,
    en: (w) => `${atEn(w)}the row has more cells than the header; the extra values "${v(w)}" are kept under extra. Quote values that contain commas.`,
  },
  cells_past_header: {
    severity: "warning", title_ja: "見出しのない列の値", title_en: "Values in columns without a header",
    ja: (w) => `${atJa(w)}見出しのある列より右のセルに値があります。その値「${v(w)}」は extra に残しました。その列に見出しを付けるか、表の一部でなければ消してください。`,
    en: (w) => `${atEn(w)}the row has values right of the last column with a header; they ("${v(w)}") are kept under extra. Give their column a header, or delete them if they are not part of the table.`,
  },
  hiragana_reading: {
    severity: "info", title_ja: "ひらがなの読み", title_en: "Reading in hiragana",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」のひらがなをカタカナにしました。読みは全角カタカナで入力してください。`,
    en: (w) => `${atEn(w)}the hiragana of "${v(w)}" (${f(w)}) was turned into katakana. Write readings in full-width katakana.`,
  },
  reading_with_note: {
    severity: "warning", title_ja: "読みに補足が付いている", title_en: "Reading with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の括弧内は読みではない補足のため読みから除き、セル全体を備考に残しました。読みの列には読みだけを全角カタカナで入力し、補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}the part in brackets of "${v(w)}" (${f(w)}) is a note, not the reading: it was taken out of the reading and the whole cell kept in the remarks. Write only the reading, in full-width katakana, and the note in the remarks.`,
  },
  not_a_reading: {
    severity: "warning", title_ja: "読みではない値", title_en: "Not a reading",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」にはカタカナがなく、読みではありません（ローマ字・英語、漢字など）。${w.detail === "name_en" ? "読みとしては公開せず、英字の名称（名称_英字）が空だったためそこに入れました。" : w.detail === "remarks" ? "読みとしては公開せず、備考に残しました。" : "値はそのまま残しました。"}読みを全角カタカナで入力し、ローマ字・英語の名称は名称_英字の列に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has no kana and is no reading (Latin letters, English, kanji …). ${w.detail === "name_en" ? "It is not published as the reading; the name in Latin letters (名称_英字) was empty, so it went there." : w.detail === "remarks" ? "It is not published as the reading; it is kept in the remarks." : "It was kept as written."} Write the reading in full-width katakana, and the name in Latin letters in 名称_英字.`,
  },
  reading_mostly_latin: {
    severity: "warning", title_ja: "読みの多くがローマ字・英語", title_en: "Reading mostly in Latin letters",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の多くが、名称にないローマ字・英語の語です。値はそのまま残しました。読みは全角カタカナで入力し（名称にある英字はそのままで構いません）、ローマ字・英語の名称は名称_英字の列に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is mostly Latin words the name does not have. It was kept as written. Write the reading in full-width katakana (Latin letters of the name itself may stay), and the name in Latin letters in 名称_英字.`,
  },
  address_kana_blocks: {
    // detail: the address read
    severity: "info", title_ja: "住所のカナの丁目・番・号", title_en: "丁目, 番 and 号 of an address written in katakana",
    ja: (w) => `${atJa(w)}住所「${v(w)}」の数字の後のカナ（ﾁｮｳﾒ、ﾊﾞﾝﾁ、ﾊﾞﾝ、ｺﾞｳ）をそれぞれ丁目・番地・番・号と読み、「${d(w)}」としました。住所は「1丁目2番3号」か「1-2-3」のように入力してください。`,
    en: (w) => `${atEn(w)}the katakana after the numbers of the address "${v(w)}" (ﾁｮｳﾒ, ﾊﾞﾝﾁ, ﾊﾞﾝ, ｺﾞｳ) were read as 丁目, 番地, 番 and 号 each: "${d(w)}". Write the address as 1丁目2番3号 or 1-2-3.`,
  },
  address_dash: {
    severity: "info", title_ja: "住所の番地の間の「ー」", title_en: "A long-vowel mark as the dash of an address",
    ja: (w) => `${atJa(w)}住所「${v(w)}」の数字の間の「ー」（長音記号など）を「-」にしました。番地の区切りは「-」で入力してください。`,
    en: (w) => `${atEn(w)}the "ー" (a long-vowel mark or similar) between the numbers of the address "${v(w)}" was read as "-". Write the dash of an address as "-".`,
  },
  address_dash_as_one: {
    severity: "warning", title_ja: "住所の丁目の前の「ー」", title_en: "A long-vowel mark for 一 before 丁目",
    ja: (w) => `${atJa(w)}住所「${v(w)}」の「丁目」の前の「ー」（長音記号など）は漢数字の「一」と読み、「${w.detail ?? ""}」としました。丁目が正しいか確認し、漢数字の「一」か数字で入力してください。`,
    en: (w) => `${atEn(w)}the "ー" (a long-vowel mark or similar) before 丁目 in the address "${v(w)}" was read as the numeral 一: "${w.detail ?? ""}". Check the 丁目, and write it with 一 or a digit.`,
  },
  row_rejoined: {
    severity: "warning", title_ja: "値の中のカンマで列がずれた行", title_en: "Row shifted by a comma in a value",
    ja: (w) => `${atJa(w)}${rejoinedTail(w) ? "最後の値が前の数の3桁の区切りの後ろの部分で、" : "区切りが見出しより多く、"}値が列からずれていました。値の中のカンマで分かれたセル（${v(w)}）をつなぐとすべての値が読めるため${rejoinedBySums(w) ? "（読めるつなぎ方のうち、合計が内訳と合うのはこれだけです）" : ""}、つないで読みました。つないだ値が正しいか確認し、カンマを含む値（1,000 など）は「"」で囲んでください。`,
    en: (w) => `${atEn(w)}${rejoinedTail(w) ? "the last value is the tail of the number before it (a 3-digit group after its comma), and" : "the row had more separators than the header and"} its values were out of their columns. Joining the cells a comma inside a value had split (${v(w)}) makes every value read${rejoinedBySums(w) ? " (of the joins that read, only this one makes the totals the sums of their parts)" : ""}, so they were joined. Check the joined value, and quote values that contain commas (such as 1,000).`,
  },
  row_shifted: {
    severity: "error", title_ja: "値の中のカンマで列がずれた行（どこか特定できない）", title_en: "Row shifted by a comma in a value (where is not clear)",
    ja: (w) => `${atJa(w)}区切りが見出しより多く、値が列からずれています。値の中のカンマで分かれたセルは${v(w)}の間のどこかですが、どれか決められないため、この行は無効にしました（このまま読むと値が別の列に入ります）。そこから後の値は別の列に入っているため、値ごとの確認は省きました（セルはそのまま残しています）。カンマを含む値（1,000 など）を「"」で囲んでください。`,
    en: (w) => `${atEn(w)}the row has more separators than the header and its values are out of their columns. A comma inside a value split a cell somewhere in ${v(w)}, but which one is not clear, so the row is invalid (read as it is, values would land in other columns). The values from there on are in other columns, so they were not checked one by one (the cells are kept as read). Quote values that contain commas (such as 1,000).`,
  },
  row_maybe_shifted: {
    severity: "warning", title_ja: "列がずれた可能性", title_en: "Row may be shifted",
    ja: (w) => `${atJa(w)}この行は、ほかの行と違って見出しより区切り（カンマやタブ）が多く（セル数${v(w)}、余分なセルは空）、読めない値があります。値の中の区切りで列が右にずれた可能性があります。区切りを含む値は「"」で囲んでください。`,
    en: (w) => `${atEn(w)}unlike the other rows, this one has more separators than the header (cells ${v(w)}, the extra ones empty) and values that did not read. A separator inside a value may have shifted the row to the right. Quote values that contain the separator.`,
  },
  short_row_realigned: {
    severity: "warning", title_ja: "途中のセルが抜けて列がずれた行", title_en: "Row shifted left by a missing cell",
    ja: (w) => `${atJa(w)}セルが見出しより少なく、途中のセルが抜けて後ろの値が左の列にずれていました（${shortAsReadJa(w)}）。「${shortColumns(w)}」を空にして後ろの値（${v(w)}）を右の列に戻すとすべての値が読めるため${shortBySums(w) ? "（読める置き方のうち、合計が内訳と合うのはこれだけです）" : shortByShape(w) ? "（読める置き方のうち、各列の値がほかの行の同じ列の値と同じ形（同じ団体名、カナだけ、英数字だけ、ほかの行で空の列は空など）になるのはこれだけです）" : ""}、そう読みました。戻した値が正しいか確認し、ファイルの「${shortColumns(w)}」のセルを元に戻してください（値がなければ空のセルを入れてください）。`,
    en: (w) => `${atEn(w)}the row has fewer cells than the header: a cell in the middle was missing and the values after it had shifted one column left (${shortAsReadEn(w)}). Leaving ${shortColumns(w)} empty and moving the later values (${v(w)}) back right makes every value read${shortBySums(w) ? " (of the placements that read, only this one makes the totals the sums of their parts)" : shortByShape(w) ? " (of the placements that read, only this one gives each column values of the shape it has on the other rows: the same municipality, kana only, ASCII only, empty where they are empty)" : ""}, so the row was read so. Check the moved values, and put the cell of ${shortColumns(w)} back in the file (an empty cell if it has no value).`,
  },
  short_row_shifted: {
    severity: "error", title_ja: "途中のセルが抜けて列がずれた行（どこか特定できない）", title_en: "Row shifted by a missing cell (where is not clear)",
    ja: (w) => `${atJa(w)}セルが見出しより少なく、途中のセルが抜けて値が列からずれています。抜けたセルは${v(w)}の間のどこかですが、どこか決められないため、この行は無効にしました（このまま読むと値が別の列に入ります）。そこから後の値は別の列に入っているため、値ごとの確認は省きました（セルはそのまま残しています）。抜けたセルをファイルに戻してください（値がなければ空のセルを入れてください）。`,
    en: (w) => `${atEn(w)}the row has fewer cells than the header: a cell in the middle is missing and its values are out of their columns. The missing cell is somewhere in ${v(w)}, but where is not clear, so the row is invalid (read as it is, values would land in other columns). The values from there on are in other columns, so they were not checked one by one (the cells are kept as read). Put the missing cell back in the file (an empty cell if it has no value).`,
  },
  too_few_fields: {
    severity: "warning", title_ja: "見出しより少ない列", title_en: "Fewer cells than columns",
    ja: (w) => `${atJa(w)}セルの数が見出しより少ないです（${v(w)}）。足りない列は空欄として読みました。列がずれていないか確認してください。`,
    en: (w) => `${atEn(w)}the row has fewer cells than the header (${v(w)}); the missing ones were read as empty. Check that the columns are not shifted.`,
  },
  missing_quotes: {
    severity: "warning", title_ja: "閉じていない引用符", title_en: "Unclosed quote",
    ja: (w) => `${atJa(w)}${w.value ? `値「${v(w)}」` : "「\"」で始まった値"}が閉じられていません（ファイルが値の途中で切れた、値の中の「"」など）。この行は区切りごとに書かれたとおり1行として読みました（「"」も値の文字として残ります）。値の終わりに「"」を付けるか、値の中の「"」は「""」と2つ重ねてください。`,
    en: (w) => `${atEn(w)}${w.value ? `the value ${v(w)}` : "a value opened with \""} is never closed (the file was cut inside it, a quote inside a value, …); the row was read as one line, split at each separator as written (the quote kept as a character of the value). Close the value with ", or write a quote inside a value as two quotes ("").`,
  },
  quote_over_rows: {
    severity: "warning", title_ja: "行をまたいだ引用符", title_en: "Quote running over whole rows",
    ja: (w) => `${atJa(w)}値「${v(w)}」が「"」で始まっているため、引用符のとおりに読むと、この行の残りと、見出しと同じ数の区切りがある次の行以降が1つの値になってしまいます。この行は引用符をそのまま値の文字として1行で読み、次の行からは別の行として読みました。値の中の「"」は「""」と2つ重ね、値全体を「"」で囲んでください（「${quotedCsv(v(w))}」）。`,
    en: (w) => `${atEn(w)}the value ${v(w)} opens with a quote ("), so read by its quotes, the rest of this row and the next lines, each with the header's number of separators, would become one value. This row was read as one line, the quotes kept as characters of the value, and the next lines as rows of their own. Write a quote inside a value as two quotes ("") and put the whole value in quotes: ${quotedCsv(v(w))}.`,
  },
  invalid_quotes: {
    severity: "warning", title_ja: "引用符の誤り", title_en: "Misplaced quote",
    ja: (w) => `${atJa(w)}引用符「"」の位置が正しくありません。値の中の「"」は「""」と2つ重ねてください。`,
    en: (w) => `${atEn(w)}a quote (") is misplaced. Write a quote inside a value as two quotes ("").`,
  },
  no_data_rows: {
    severity: "warning", title_ja: "データ行がない", title_en: "No data rows",
    ja: (w) => `ファイル「${v(w)}」には見出しの下にデータ行がありません。データを入力してから公開してください。`,
    en: (w) => `The file "${v(w)}" has no data rows under its header. Fill in the data before publishing.`,
  },
  issues_truncated: {
    severity: "info", title_ja: "省略した指摘", title_en: "Issues left out",
    ja: (w) => `「${titleOf(f(w), "ja")}」（${f(w)}）の指摘は全部で${v(w)}件あります。多すぎるため先頭の一部だけを載せました。`,
    en: (w) => `There are ${v(w)} issues of type "${titleOf(f(w), "en")}" (${f(w)}); only the first ones are listed.`,
  },
  // ---- validation (pipelines/validate.ts) ----
  missing_required: {
    severity: "error", title_ja: "必須項目が空", title_en: "Required value missing",
    ja: (w) => `${atJa(w)}必須項目「${f(w)}」が空です。値を入力してください。`,
    en: (w) => `${atEn(w)}required field "${f(w)}" is empty. Fill it in.`,
  },
  required_not_integer: {
    severity: "error", title_ja: "必須の数が数として読めない", title_en: "Required count is not a number",
    ja: (w) => `${atJa(w)}必須項目「${f(w)}」の値「${v(w)}」は数として読めません。この項目には半角数字の整数（例 1234）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in the required column ${f(w)} is not a number. Enter a whole number in half-width digits (e.g. 1234).`,
  },
  required_not_number: {
    severity: "error", title_ja: "必須の数値が数値として読めない", title_en: "Required number is not a number",
    ja: (w) => `${atJa(w)}必須項目「${f(w)}」の値「${v(w)}」は数値として読めません。この項目には半角数字（例 35.6895）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in the required column ${f(w)} is not a number. Enter a number in half-width digits (e.g. 35.6895).`,
  },
  required_unreadable: {
    severity: "error", title_ja: "必須項目の値が読めない", title_en: "Required value does not read",
    ja: (w) => `${atJa(w)}必須項目「${f(w)}」の値「${v(w)}」は、この項目の値として読めないため、この行を無効としました（読めない理由は同じ行の「${f(w)}」のほかの指摘にあります）。項目の説明に合う値を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in the required column ${f(w)} does not read as this column's value, so the row is invalid (the other issue on ${f(w)} in this row says why). Enter a value that fits the column.`,
  },
  required_not_given: {
    severity: "error", title_ja: "必須項目の値がない・公開しない", title_en: "Required value withheld or none",
    ja: (w) => `${atJa(w)}必須項目「${f(w)}」の「${v(w)}」は、値を公開しない（または値がない）ことを表すため、値は空欄にしました。標準ではこの項目は必須（◎）のため、この行を無効としました。公開できる値を入力してください（電話番号なら、施設の番号を公開しない・施設に電話がない場合も、問い合わせ先となる担当課などの番号）。`,
    en: (w) => `${atEn(w)}"${v(w)}" in the required column ${f(w)} says the value is withheld (or there is none), so it was left empty. The standard requires this column (◎), so the row is invalid. Enter a value that can be published (for a phone number, where the site's own is withheld or it has none, the number of the office to ask, such as the department in charge).`,
  },
  not_integer: {
    severity: "error", title_ja: "整数でない", title_en: "Not a whole number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は整数ではありません。この項目には小数点のない半角数字の整数（例 1234）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a whole number. This column takes whole numbers in half-width digits, with no decimal point (e.g. 1234).`,
  },
  out_of_range: {
    severity: "error", title_ja: "範囲外の値", title_en: "Value out of range",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」が範囲外です（緯度・経度は日本の範囲、数は0以上など）。正しい値を入力してください。`,
    en: (w) => `${atEn(w)}the value "${v(w)}" of "${f(w)}" is out of range (coordinates inside Japan, counts 0 or more …). Enter a correct value.`,
  },
  bad_format: {
    severity: "error", title_ja: "書式の誤り", title_en: "Wrong format",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は決められた書式になっていません。項目の説明の書式（例：コードは6桁の数字、郵便番号は7桁）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) does not have the required format. Follow the column's format (e.g. 6-digit codes, 7-digit postal codes).`,
  },
  wrong_type: {
    severity: "error", title_ja: "値の種類の誤り", title_en: "Wrong kind of value",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は、この項目の値の種類（数値・日付・有無など）として読めません。項目の説明に合う値を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not the kind of value this column holds (number, date, yes/no …). Enter a value that fits the column.`,
  },
  invalid_value: {
    severity: "error", title_ja: "選べない値", title_en: "Value not allowed",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は決められた選択肢にありません。項目の説明にある値から選んでください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not one of the allowed values. Choose one listed for the column.`,
  },
  // ---- value normalizers (pipelines/normalize/*) ----
  swapped_lat_lon: {
    severity: "warning", title_ja: "緯度と経度が逆", title_en: "Latitude and longitude swapped",
    ja: (w) => `${atJa(w)}緯度と経度が逆でした（${v(w)}）。入れ替えました。元データの列を確認してください。`,
    en: (w) => `${atEn(w)}latitude and longitude were swapped (${v(w)}); swapped back. Check the columns in the source.`,
  },
  five_digit_code: {
    severity: "warning", title_ja: "5桁の団体コード", title_en: "Five-digit code",
    ja: (w) => `${atJa(w)}「${f(w)}」の団体コード「${v(w)}」は5桁です。検査数字を補って${withCheckDigit(w, "「", "」") || "6桁"}にしました。6桁のコードで記入してください。`,
    en: (w) => `${atEn(w)}code "${v(w)}" (${f(w)}) has five digits; the check digit was added${withCheckDigit(w, " (", ")")}. Write the six-digit code.`,
  },
  code_as_number: {
    severity: "info", title_ja: "数値として保存された団体コード", title_en: "Code saved as a number",
    ja: (w) => `${atJa(w)}「${f(w)}」の団体コード「${v(w)}」は小数の形（数値）で保存されていたため、「.0」を除いて読みました。団体コードは文字列として入力してください。`,
    en: (w) => `${atEn(w)}code "${v(w)}" (${f(w)}) was saved as a decimal number; ".0" was dropped. Save codes as text.`,
  },
  code_number_format: {
    severity: "warning", title_ja: "数値の書式で書かれた団体コード", title_en: "Code written in a number format",
    ja: (w) => `${atJa(w)}「${f(w)}」の団体コード「${v(w)}」は数値の書式（桁区切りのカンマ、Excelの指数表記）で書かれていました。6桁がそろい検査数字も正しいため「${d(w)}」と読みました。団体コードのセルは書式を「文字列」にして6桁で入力してください。`,
    en: (w) => `${atEn(w)}code "${v(w)}" (${f(w)}) was written in a number format (a thousands comma, Excel's exponent notation); all six digits are there and the check digit holds, so it was read as "${d(w)}". Format code cells as text and enter the six digits.`,
  },
  bad_check_digit: {
    severity: "error", title_ja: "団体コードの検査数字が誤り", title_en: "Wrong check digit",
    ja: (w) => `${atJa(w)}「${f(w)}」の団体コード「${v(w)}」の検査数字（6桁目）が正しくありません。全国地方公共団体コードを確認してください。`,
    en: (w) => `${atEn(w)}the check digit (6th digit) of code "${v(w)}" (${f(w)}) is wrong. Look up the local government code.`,
  },
  // Severity rule for this section: a value that is not a value of its kind at all (free text in a date column,
  // 日没 in a time column) becomes null with a WARNING, so the row is still published and the text survives in the
  // issue; a value that claims to be a date/code but cannot be one (平成31年5月1日, 2月30日, wrong check digit) is an ERROR.
  full_width_converted: {
    severity: "info", title_ja: "全角英数字", title_en: "Full-width letters or digits",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の全角英数字・記号を半角にしました。半角で入力してください。`,
    en: (w) => `${atEn(w)}full-width letters, digits or symbols in "${v(w)}" (${f(w)}) were made half-width. Write them half-width.`,
  },
  half_width_kana: {
    severity: "info", title_ja: "半角カタカナ", title_en: "Half-width katakana",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の半角カタカナを全角にしました。カタカナは全角で入力してください。`,
    en: (w) => `${atEn(w)}half-width katakana in "${v(w)}" (${f(w)}) were made full-width. Write katakana full-width.`,
  },
  extra_whitespace: {
    severity: "info", title_ja: "余分な空白", title_en: "Extra whitespace",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の前後や連続する空白を詰めました。`,
    en: (w) => `${atEn(w)}leading, trailing or repeated spaces in "${v(w)}" (${f(w)}) were removed.`,
  },
  line_break_joined: {
    severity: "warning", title_ja: "セル内の改行", title_en: "Line break in a one-line value",
    ja: (w) => `${atJa(w)}「${f(w)}」はセル内で改行されていました（Alt+Enter）。1行で書く項目のため、行をつないで「${d(w)}」としました（住所は続けて、建物名の前と名称などの区切りには空白を入れて、語の途中の改行は詰めて）。つなぎ方が正しいか確かめ、改行せずに入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was broken over lines in its cell (Alt+Enter). It is a one-line value, so the lines were joined as "${d(w)}" (an address run together, with a space before its building; a name's parts with a space between, none inside a word). Check the joined text and enter it without line breaks.`,
  },
  garbled_text: {
    severity: "warning", title_ja: "文字化け（�）", title_en: "Garbled text (�)",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」に読めない文字（�）があります。この部分だけ別の文字コードで保存されたか、壊れています。正しい文字を入力し、ファイルを保存し直してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} holds characters that could not be read (�): this part was saved in another encoding or is damaged. Enter the right text and save the file again.`,
  },
  private_use_character: {
    severity: "warning", title_ja: "外字", title_en: "User-defined character (外字)",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${gaijiMarked(w)}」に外字（〓の位置。作成したコンピューターにしかない文字）があります。ほかのコンピューターでは表示できないか別の文字になります。値はそのまま残しました。標準の文字か、標準にある異体字（邊・邉・髙・﨑など）で書き直してください。`,
    en: (w) => `${atEn(w)}"${gaijiMarked(w)}" in ${f(w)} holds a user-defined character (外字, at 〓) that only the computer that wrote the file can show; other computers show a box or another character. The value was kept. Write the standard character, or a variant the standard has (邊, 邉, 髙, 﨑 …).`,
  },
  invalid_characters: {
    severity: "info", title_ja: "制御文字・不正な文字", title_en: "Control or invalid characters",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」から制御文字や不正な文字（�と表示）を取り除きました。元データを確認してください。`,
    en: (w) => `${atEn(w)}control or invalid characters (shown as �) were removed from "${v(w)}" (${f(w)}). Check the source.`,
  },
  excel_error_value: {
    severity: "error", title_ja: "Excelのエラー値（#REF! など）", title_en: "Excel error value (#REF! …)",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はExcelのエラー値（参照切れなどで計算できなかった数式）です。空欄として読みました。数式を直すか、値を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} is an Excel error value (a formula that could not be calculated, e.g. a broken reference); it was read as empty. Fix the formula or enter the value.`,
  },
  excel_text_formula: {
    severity: "info", title_ja: "=\"…\" で囲まれた値", title_en: "Value wrapped in =\"…\"",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は、Excelで先頭の0を残すための =\"…\" で囲まれていたため、中身だけを読みました。CSVには値だけを書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was wrapped in =\"…\" (a way to keep Excel from dropping leading zeros); its content was read. Write the plain value in CSV.`,
  },
  formula_escape_removed: {
    severity: "info", title_ja: "数式よけの「'」", title_en: "Formula-escape apostrophe",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の先頭の「'」は、表計算ソフトに数式として読まれないための印とみなして外しました。値だけを書いてください。`,
    en: (w) => `${atEn(w)}the leading ' of "${v(w)}" (${f(w)}) was taken as the mark that keeps a spreadsheet from reading it as a formula, and removed. Write the value alone.`,
  },
  text_mark_removed: {
    severity: "info", title_ja: "文字列の印の「'」", title_en: "Text-mark apostrophe",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の先頭の「'」は、表計算ソフトで数字や日付を文字列のまま残す（先頭の0を消さない）ための印とみなして外しました。値だけを書いてください。`,
    en: (w) => `${atEn(w)}the leading ' of "${v(w)}" (${f(w)}) was taken as the mark that keeps a spreadsheet from turning digits or a date into a number (and dropping leading zeros), and removed. Write the value alone.`,
  },
  placeholder_value: {
    severity: "info", title_ja: "「-」「なし」などの空欄代わりの記号・言葉", title_en: "Placeholder for an empty value",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は値がないことを表す${JAPANESE_WORD.test(v(w)) ? "言葉" : "記号"}とみなし、空欄にしました。該当なしの場合は空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} was read as "no value" and left empty. Leave cells empty when there is no value.`,
  },
  exponent_digits_lost: {
    severity: "warning", title_ja: "指数表記で桁が失われた値（Excel）", title_en: "Exponent notation with lost digits (Excel)",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はExcelの指数表記で、元の数字の一部が失われています（補うと別の番号になるため、そのまま残しました）。セルの書式を「文字列」にして正しい値を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is Excel exponent notation that has lost digits of the number (filling them in would make up another number, so it was kept as written). Format the cell as text and enter the full value.`,
  },
  exponent_notation: {
    severity: "warning", title_ja: "指数表記（Excel）", title_en: "Exponent notation (Excel)",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はExcelの指数表記です。数字に戻しましたが、桁が失われている可能性があります。セルを文字列にして正しい番号を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is Excel exponent notation; digits were restored but some may be lost. Format the cell as text and enter the full number.`,
  },
  thousands_separator: {
    severity: "info", title_ja: "桁区切りのカンマ", title_en: "Thousands separators",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の桁区切りを取り除きました。数値は区切りなしの半角数字で入力してください。`,
    en: (w) => `${atEn(w)}thousands separators were removed from "${v(w)}" (${f(w)}). Write numbers as plain half-width digits.`,
  },
  approximate_number: {
    severity: "warning", title_ja: "おおよその数", title_en: "Approximate number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は「約」「程度」などの付いたおおよその数です。数として読み、「約」「程度」が数から落ちるため、セル全体は備考の列があればそこに残しました。正確な数が分かれば数字だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is an approximate figure ("about", 約 or 程度). It was read as that number; as the number loses the "about", the whole cell is kept in the remarks where the dataset has them. Enter the exact figure, digits only, if it is known.`,
  },
  unit_moved: {
    severity: "info", title_ja: "単位を単位の列に移した", title_en: "Unit moved to its column",
    ja: (w) => `${atJa(w)}数と一緒に書かれた単位「${v(w)}」を「${f(w)}」に移しました。数の列には数字だけ、単位は単位の列に入力してください。`,
    en: (w) => `${atEn(w)}the unit "${v(w)}" written with the number was moved to ${f(w)}. Write only digits in the number column and the unit in its own column.`,
  },
  count_of_several_units: {
    severity: "info", title_ja: "単位の違う数を並べた員数", title_en: "A count in several units",
    ja: (w) => `${atJa(w)}数の列の「${v(w)}」は単位の違う数を並べたもの（2巻1冊など）で、一つの数と単位では書けないため、数は空欄にし、「${v(w)}」をそのまま「${f(w)}」に移しました。一つの単位で数えられるなら数の列に半角数字、単位の列にその単位を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in the count column counts things in several units (2巻1冊 …), which no one number and unit can say: the count was left empty and "${v(w)}" moved as written to ${f(w)}. Where one unit counts them all, enter the number in digits in the count column and the unit in the unit column.`,
  },
  count_as_lot: {
    severity: "info", title_ja: "数ではない員数（一括など）", title_en: "A lot, not a count",
    ja: (w) => `${atJa(w)}数の列の「${v(w)}」は数ではなく、まとめて一つとする数え方のため、数は空欄にし、「${v(w)}」を「${f(w)}」に移しました。数の列には半角数字（点数が分からなければ空欄）、「${v(w)}」は単位の列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in the count column is no count but a lot taken as one: the count was left empty and "${v(w)}" moved to ${f(w)}. Enter digits in the count column (empty if the number of items is not known) and "${v(w)}" in the unit column.`,
  },
  count_in_other_unit: {
    severity: "warning", title_ja: "別の単位で数えた数", title_en: "A count of something else",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は人数ではなく、別のもの（組・台など）を数えた数です。人数として読まず空欄にし、セルはそのまま備考の列に残しました。人数が分かれば数字だけを入力し、「${v(w)}」は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) counts something other than people (groups, vehicles …). It was not read as a head count and left empty; the cell is kept as written in the remarks column. Enter the number of people, digits only, if it is known, and write "${v(w)}" in the remarks.`,
  },
  unit_stripped: {
    severity: "warning", title_ja: "数値に単位", title_en: "Unit written with a number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」から単位を取り除き、数値だけにしました。数値の項目には数字だけを入力してください。`,
    en: (w) => `${atEn(w)}the unit was removed from "${v(w)}" (${f(w)}), keeping the number. Write only the number in numeric fields.`,
  },
  ten_thousands_read: {
    severity: "info", title_ja: "「万」の付いた数", title_en: "Number written with 万",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の「万」を読み、${d(w)}としました。数の項目には数字だけ（例 30000）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read with its 万 (ten thousand) as ${d(w)}. Write numbers in digits only (30000).`,
  },
  dash_as_zero: {
    severity: "info", title_ja: "「-」を0に", title_en: "Dash read as zero",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は統計表で該当なし（0）を表すため、0としました。0と入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is the statistical tables' sign for none, so it was read as 0. Enter 0.`,
  },
  suppressed_count: {
    severity: "info", title_ja: "秘匿された数", title_en: "Count kept secret",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は統計表で秘匿（数を伏せたもの）を表すため、空欄（不明）としました。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is the statistical tables' sign for a figure kept secret; it was left empty (not known).`,
  },
  zero_capacity_as_none: {
    severity: "warning", title_ja: "定員の0を値なしに", title_en: "Capacity 0 read as none",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、定員のないサービス（訪問介護、居宅介護支援など）を表す書き方で、受け入れる人数が0人という意味ではないため空欄にしました。定員がない場合は空欄にしてください。休止などで受け入れていない場合は、その旨を備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is how a service with no capacity (訪問介護, 居宅介護支援 …) is written, not a capacity of nobody, so it was left empty. Leave the cell empty when there is no capacity; if the provider takes no one now (suspended), say so in the remarks.`,
  },
  zero_as_none: {
    severity: "info", title_ja: "0を値なしに", title_en: "Zero read as none",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、その値がない（防火水槽などに管の口径はない）ことを表すため空欄にしました。値がない場合は空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says there is no such value (a tank has no pipe to measure), so it was left empty. Leave the cell empty.`,
  },
  none_as_zero: {
    severity: "info", title_ja: "「なし」を0に", title_en: "\"None\" read as zero",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は数えるものがないことを表すため、0としました。数の列には0と入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says there is none of what the column counts, so it was read as 0. Enter 0.`,
  },
  yes_as_count: {
    severity: "warning", title_ja: "数の列に「有」", title_en: "A yes in a count column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は「ある」ことだけを表し、数が分からないため空欄にしました。セルは備考の列があればそこに書かれたとおり残しました。数の列には数（例 1）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says only that there is one at least, not how many, so the count was left empty; where the dataset has a remarks column, the cell is kept there as written. Enter the number (e.g. 1).`,
  },
  count_after_yes: {
    severity: "info", title_ja: "「有」に添えた数", title_en: "A count beside a yes",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は「有」に数を添えたものとみなし、数${w.detail ?? ""}を読みました。数の列には「有」を付けずに数字だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives a yes with how many: the count ${w.detail ?? ""} was read. Enter only the number in a count column.`,
  },
  free_of_charge: {
    severity: "info", title_ja: "「無料」の金額", title_en: "\"Free\" as an amount",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」を0としました。金額は半角数字（無料なら0）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as 0. Write amounts as half-width digits (0 when free).`,
  },
  count_named_whole: {
    severity: "info", title_ja: "内訳と並ぶ全体の数", title_en: "A count named among its parts",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には数が複数あるため、全体の数と書かれた「${w.detail ?? ""}」の数を「${f(w)}」として読みました。セル全体は備考の列があればそこに残しました。この列には全体の数だけを入力し、内訳やほかの数（種類ごとの数、稼働数など）は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has several figures: the one the cell names as the whole, "${w.detail ?? ""}", was read; where the dataset has a remarks column, the cell is kept there. Enter only the whole count in this column, and its parts or other figures (the count of each kind, those in use …) in the remarks.`,
  },
  count_times_groups: {
    severity: "info", title_ja: "1組あたりの人数×組の数", title_en: "A count per group times the groups",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は1つのまとまり（クラス、ユニットなど）あたりの人数とその数の掛け算と読み、${w.detail ?? ""}人としました。セル全体は備考の列があればそこに残しました。合計が正しいか確認し、この列には全体の人数だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as the people per group (class, unit …) times the groups: ${w.detail ?? ""}; where the dataset has a remarks column, the cell is kept there. Check the total, and enter only the whole count in this column.`,
  },
  count_shared_by_sexes: {
    severity: "warning", title_ja: "男女兼用のトイレを男女別の数に記入", title_en: "Shared seats counted under one sex",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は男女兼用（共用）のトイレの数のため、この列の数としては公開せず、${w.detail ? `「${w.detail}」としました` : "空欄にしました（男女共用トイレ総数に別の数があるか、男女の列で数が違うため）"}。セル全体は備考に残しました。男女共用のトイレは男女共用トイレ総数の列に入力し、男性・女性の列にはそれぞれ専用のトイレの数だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) counts toilets shared by both sexes, so it is not published as this column's count; ${w.detail ? `it was read as "${w.detail}"` : "it was left empty (the shared toilets' total has another figure, or the sexes' columns disagree)"}. The cell is kept in the remarks. Enter shared toilets in 男女共用トイレ総数, and in the men's and women's columns only the toilets for each.`,
  },
  whole_differs_from_parts: {
    severity: "warning", title_ja: "セル内の合計が内訳と合わない", title_en: "A cell's whole disagrees with its parts",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は、全体の数「${wholeOfParts(w)}」と内訳の合計${partsSumOf(w)}が合わず、どちらが正しいか分からないため空欄にしました。セル全体は備考の列があればそこに残しました。数を確かめ、この列には全体の数だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the whole it names, "${wholeOfParts(w)}", is not the sum of its parts, ${partsSumOf(w)}, and which is right the cell does not say, so it was left empty; where the dataset has a remarks column, the cell is kept there. Check the figures and enter only the whole count in this column.`,
  },
  number_with_note: {
    severity: "warning", title_ja: "数に補足が付いている", title_en: "Number with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は補足（括弧内や※の後、前の「先着」など）を除いた数を読みました。セル全体は特記事項や備考の列があればそこに残します。数の列には数字だけを入力し、内訳や補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the number was read without its note (in brackets, after ※, or 先着 before it); where the dataset has a remarks column, the whole cell is kept there. Put only the number in this column and breakdowns or notes in the remarks.`,
  },
  date_label_removed: {
    severity: "info", title_ja: "日付の前の項目名", title_en: "Column name written before a date",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の先頭の「${w.detail ?? ""}」はこの列の項目名のため外し、続く日付を読みました。日付の列には日付だけを入力してください。`,
    en: (w) => `${atEn(w)}"${w.detail ?? ""}" before the date in "${v(w)}" (${f(w)}) only names the column: it was taken off and the date after it read. Enter only the date.`,
  },
  number_label_removed: {
    severity: "info", title_ja: "数の前の呼び名", title_en: "Name written before a number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の先頭の「${w.detail ?? ""}」は数の呼び名のため外し、続く数を読みました。数の列には数字だけを入力してください。`,
    en: (w) => `${atEn(w)}"${w.detail ?? ""}" before the number in "${v(w)}" (${f(w)}) only names what the number is: it was taken off and the number after it read. Enter only the number.`,
  },
  kanji_numeral: {
    severity: "info", title_ja: "漢数字の数", title_en: "Number in kanji numerals",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」を漢数字の数として読みました。数は半角数字で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as a number written in kanji numerals. Write numbers as half-width digits.`,
  },
  number_parts_summed: {
    severity: "info", title_ja: "内訳の数を合計", title_en: "Parts of a count added up",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は内訳ごとの数のため、その合計を数として読みました。セル全体は特記事項や備考の列があればそこに残します。数の列には合計だけを入力し、内訳は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives the count by its parts: their sum was read; where the dataset has a remarks column, the whole cell is kept there. Put only the total in this column and the breakdown in the remarks.`,
  },
  no_limit: {
    severity: "info", title_ja: "定員なし（制限なし）", title_en: "No limit",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は定員を設けない（制限なし）という意味のため、数としては読まず空欄にし、セルは定員備考（なければ備考）の列に残しました。定員がない場合はこの列を空欄にし、「定員なし」は定員備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says there is no limit: no number was read, the column was left empty, and the cell is kept in the capacity remarks (else the remarks). Where there is no limit, leave this column empty and write "no limit" in the capacity remarks.`,
  },
  unparseable_number: {
    severity: "warning", title_ja: "数値として読めない", title_en: "Not a number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は数値として読めないため空欄にしました。半角数字で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a number and was left empty. Write half-width digits.`,
  },
  wareki_converted: {
    severity: "info", title_ja: "和暦の日付", title_en: "Japanese-era date",
    ja: (w) => `${atJa(w)}「${f(w)}」の和暦「${v(w)}」を西暦（YYYY-MM-DD）にしました。日付は西暦で入力してください。`,
    en: (w) => `${atEn(w)}the Japanese-era date "${v(w)}" (${f(w)}) was converted to YYYY-MM-DD. Write dates as YYYY-MM-DD.`,
  },
  date_month_day_year: {
    // `4/13/2024`: a spreadsheet set to English (United States) saves its dates so
    severity: "warning", title_ja: "月/日/年の順の日付", title_en: "Date written month/day/year",
    ja: (w) => `${atJa(w)}「${f(w)}」の日付「${v(w)}」は年が最後にあり、2つ目の数が12より大きく月ではないため、月/日/年の順（英語版の表計算ソフトの書き方）と読みました。日付はYYYY-MM-DD形式（2024-04-13）で入力してください。`,
    en: (w) => `${atEn(w)}the date "${v(w)}" (${f(w)}) has its year last, and its second number, past 12, is no month: it was read as month/day/year, as a spreadsheet set to English writes it. Write dates as YYYY-MM-DD (2024-04-13).`,
  },
  date_day_month_year: {
    severity: "warning", title_ja: "日/月/年の順の日付", title_en: "Date written day/month/year",
    ja: (w) => `${atJa(w)}「${f(w)}」の日付「${v(w)}」は年が最後にあり、1つ目の数が12より大きく月ではないため、日/月/年の順と読みました。日付はYYYY-MM-DD形式（2024-04-13）で入力してください。`,
    en: (w) => `${atEn(w)}the date "${v(w)}" (${f(w)}) has its year last, and its first number, past 12, is no month: it was read as day/month/year. Write dates as YYYY-MM-DD (2024-04-13).`,
  },
  date_order_unknown: {
    // 高松市's population tables: `4/1/2019`, April 1st as an English spreadsheet writes it, or January 4th
    severity: "warning", title_ja: "月と日の順が分からない日付", title_en: "Date whose month and day cannot be told apart",
    ja: (w) => `${atJa(w)}「${f(w)}」の日付「${v(w)}」は年が最後にあり、月/日/年（英語版の表計算ソフトの書き方）とも日/月/年とも読めるため（${d(w)}）、どちらとも決めず、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。日付はYYYY-MM-DD形式（2024-04-01）で入力してください。`,
    en: (w) => `${atEn(w)}the date "${v(w)}" (${f(w)}) has its year last and reads as month/day/year (as a spreadsheet set to English writes it) or as day/month/year (${d(w)}), so neither was chosen: it was left empty rather than published, and the cell kept in the remarks. Write dates as YYYY-MM-DD (2024-04-01).`,
  },
  date_order_from_as_of: {
    severity: "warning", title_ja: "月と日の順をファイルの基準日で読んだ", title_en: "Month and day told by the file's as-of date",
    ja: (w) => `${atJa(w)}「${f(w)}」の日付「${v(w)}」は年が最後にあり、月/日/年とも日/月/年とも読めますが、ファイルの基準日（ファイル名や表題の日付）と同じ「${d(w)}」と読みました。日付はYYYY-MM-DD形式で入力してください。`,
    en: (w) => `${atEn(w)}the date "${v(w)}" (${f(w)}) has its year last and reads as month/day/year or day/month/year; it was read as ${d(w)}, the file's as-of date (in its name or title). Write dates as YYYY-MM-DD.`,
  },
  date_reformatted: {
    severity: "info", title_ja: "日付の書式", title_en: "Date format",
    ja: (w) => `${atJa(w)}「${f(w)}」の日付「${v(w)}」をYYYY-MM-DD形式にしました。日付はYYYY-MM-DD形式で入力してください。`,
    en: (w) => `${atEn(w)}the date "${v(w)}" (${f(w)}) was rewritten as YYYY-MM-DD. Write dates as YYYY-MM-DD.`,
  },
  date_time_to_jst: {
    severity: "warning", title_ja: "日本時間以外の日時", title_en: "Date-time not in Japan's time",
    ja: (w) => `${atJa(w)}「${f(w)}」の日時「${v(w)}」は日本時間（+09:00）以外の時差で書かれていたため、日本時間の${d(w)}に直して日付と時刻を読みました（UTCの「Z」は日本時間の9時間前）。日付と時刻は日本時間で入力してください。`,
    en: (w) => `${atEn(w)}the date-time "${v(w)}" (${f(w)}) is written in another offset than Japan's (+09:00): it was converted to Japan's time, ${d(w)}, before its date and time were read (UTC "Z" is 9 hours behind Japan). Write dates and times in Japan's time.`,
  },
  excel_serial_date: {
    severity: "warning", title_ja: "Excelのシリアル値の日付", title_en: "Excel serial date",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」をExcelの日付シリアル値として日付に変換しました${w.detail === undefined ? "" : `（ブックの1904年日付システムで数えて${w.detail}）`}。正しいか確認し、セルを日付の文字列（YYYY-MM-DD）にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as an Excel serial date${w.detail === undefined ? "" : ` (counted in the workbook's 1904 date system: ${w.detail})`}. Check it, and write the date as text (YYYY-MM-DD).`,
  },
  date_system_1904: {
    severity: "info", title_ja: "1904年日付システムのブック", title_en: "Workbook in the 1904 date system",
    ja: () => `このブックは1904年日付システム（古いMac版Excelの「1904年から計算する」設定）で保存されています。日付の表示形式のセルと、日付の列に数値（シリアル値）で入った値は、1904年1月1日から数えて読みました（1900年から数えると4年と1日早い日付になります）。Excelの「ファイル＞オプション＞詳細設定」で「1904年から計算する」を確認してください。`,
    en: () => `This workbook is saved in the 1904 date system (old Mac Excel's "Use 1904 date system"): date-formatted cells, and numbers (serials) in date columns, were counted from 1904-01-01 (counted from 1900 they would be 4 years and 1 day early). Check "Use 1904 date system" under Excel's File > Options > Advanced.`,
  },
  era_boundary_date: {
    severity: "warning", title_ja: "元号の変わり目の日付", title_en: "Date past its era's change",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はその元号の期間の外の日付です（平成31年5月1日、令和元年4月30日、改元前に書かれた有効期限の平成35年3月31日など）。年の数え方は同じなので西暦に直しましたが、元号を確認してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) lies outside its era (as Heisei 31-05-01, Reiwa 1-04-30 or an expiry written before the change, Heisei 35-03-31, do); the year counts the same, so it was converted, but check the era.`,
  },
  era_out_of_range: {
    severity: "error", title_ja: "元号の範囲外の日付", title_en: "Date outside its era",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はその元号の期間にない日付です（例：平成は2019年4月30日まで）。元号と日付を確認してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a date within that era (e.g. Heisei ends on 2019-04-30). Check the era and the date.`,
  },
  date_years_disagree: {
    severity: "error", title_ja: "和暦と西暦の年が合わない", title_en: "Era year and Western year disagree",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は和暦の年と括弧内の西暦の年が合いません（${d(w)}）。どちらが正しいか確認し、日付はYYYY-MM-DD形式で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes its year twice, and the era's year and the Western year in brackets disagree (${d(w)}). Check which is right and write the date as YYYY-MM-DD.`,
  },
  invalid_date: {
    severity: "error", title_ja: "存在しない日付", title_en: "Date that does not exist",
    ja: (w) => `${atJa(w)}「${f(w)}」の日付「${v(w)}」は存在しません（月は1〜12、日はその月の日数まで）。正しい日付を入力してください。`,
    en: (w) => `${atEn(w)}the date "${v(w)}" (${f(w)}) does not exist (month 1–12, day within the month). Enter a real date.`,
  },
  date_recurring: {
    severity: "warning", title_ja: "繰り返しの曜日・日（日付でない）", title_en: "A recurring day, not a date",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はくり返しの曜日・日で、特定の日付ではないため空欄にし、セルは開始日時特記事項（なければ備考）に残しました。開始日・終了日には開催期間の最初と最後の日（YYYY-MM-DD）を入力し、「${v(w)}」は開始日時特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a day that recurs, not a date: left empty, the cell kept in the schedule remarks (or 備考). Write the first and last day of the period in the start and end dates (YYYY-MM-DD), and "${v(w)}" in the schedule remarks.`,
  },
  date_recurring_from: {
    severity: "warning", title_ja: "開始日から繰り返す曜日・日", title_en: "A day that recurs from a start date",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は開始日のあとにくり返しの曜日・日が書かれているため、開始日を読み、セル全体は開始日時特記事項（なければ備考）に残しました。終了日は書かれていないため補っていません。開始日・終了日には開催期間の最初と最後の日（YYYY-MM-DD）を入力し、くり返しの曜日は開始日時特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes a start date and then a day that recurs: the start date was read, and the whole cell kept in the schedule remarks (or 備考). No end is written, so none was filled. Write the period's first and last day in the start and end dates (YYYY-MM-DD), and the recurring day in the schedule remarks.`,
  },
  date_range_end_disagrees: {
    severity: "warning", title_ja: "期間の終わりが行の終了の日付と違う", title_en: "A period's last day is not the row's end date",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は期間ですが、その終わりの日（${headersOf(w)[0]}）がこの行の「${headersOf(w)[1]}」（${headersOf(w)[2]}）と違います。どちらが正しいか分からないため、「${f(w)}」は空欄にしてセルを備考の列（あれば）に残し、「${headersOf(w)[1]}」は行の値（${headersOf(w)[2]}）のままにしました。「${f(w)}」には1つの日付だけを入力し、期間の終わりと「${headersOf(w)[1]}」のどちらが正しいか確かめてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a period, but its last day (${headersOf(w)[0]}) is not the row's ${headersOf(w)[1]} (${headersOf(w)[2]}). As which is right is not said, ${f(w)} was left empty and the cell kept in the remarks column (where there is one), and ${headersOf(w)[1]} keeps the row's value (${headersOf(w)[2]}). Write a single date in ${f(w)}, and check which of the period's end and ${headersOf(w)[1]} is right.`,
  },
  date_range_end_beside_words: {
    severity: "warning", title_ja: "日付でない終了の日を期間の終わりから", title_en: "An end in words taken from a period's last day",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は日付ではありませんが、同じ行の「${headersOf(w)[1]}」の期間「${headersOf(w)[2]}」に終わりの日（${headersOf(w)[0]}）が書かれているため、その日を「${f(w)}」にし、「${v(w)}」は備考の列（あれば）に残しました。期間の終わりが正しいか確かめ、「${f(w)}」には日付（YYYY-MM-DD）を、「${headersOf(w)[1]}」には1つの日付だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a date, but the period "${headersOf(w)[2]}" in the row's ${headersOf(w)[1]} writes its last day (${headersOf(w)[0]}): ${f(w)} took that day, and "${v(w)}" was kept in the remarks column (where there is one). Check that the period's end is right, and write a date (YYYY-MM-DD) in ${f(w)} and a single date in ${headersOf(w)[1]}.`,
  },
  date_range_end_not_taken: {
    severity: "warning", title_ja: "期間の終わりの日を終了日に入れず", title_en: "A period's last day not taken as the end",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は期間ですが、この行の「${headersOf(w)[1]}」が「${headersOf(w)[2]}」のため、期間の終わりの日（${headersOf(w)[0]}）は「${headersOf(w)[1]}」に入れず、「${f(w)}」には始まりの日を入れ、セルは特記事項の列（あれば）に残しました。期間の終わりと「${headersOf(w)[1]}」のどちらが正しいか確かめ、「${f(w)}」には1つの日付だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a period, but the row's ${headersOf(w)[1]} says "${headersOf(w)[2]}": the period's last day (${headersOf(w)[0]}) was not put in ${headersOf(w)[1]}, ${f(w)} took the first day, and the cell was kept in the remarks column (where there is one). Check which of the period's end and ${headersOf(w)[1]} is right, and write a single date in ${f(w)}.`,
  },
  unparseable_date: {
    severity: "warning", title_ja: "日付として読めない", title_en: "Not a date",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は日付として読めないため空欄にしました（${w.detail === undefined ? "内容はこの指摘に残っています" : `セルは「${w.detail}」に残しています`}）。日付（YYYY-MM-DD）を入力し、説明は備考などに書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a date and was left empty (${w.detail === undefined ? "its text is kept in this issue" : `the cell is kept in ${w.detail}`}). Write a date (YYYY-MM-DD) and put explanations in remarks.`,
  },
  time_reformatted: {
    severity: "info", title_ja: "時刻の書式", title_en: "Time format",
    ja: (w) => `${atJa(w)}「${f(w)}」の時刻「${v(w)}」をHH:MM形式にしました。時刻はHH:MM形式（例 09:00）で入力してください。`,
    en: (w) => `${atEn(w)}the time "${v(w)}" (${f(w)}) was rewritten as HH:MM. Write times as HH:MM (e.g. 09:00).`,
  },
  time_seconds_rounded: {
    severity: "warning", title_ja: "秒のある時刻", title_en: "Time with seconds",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の時刻には0でない秒があります。時刻は分まで（HH:MM）のため、秒を四捨五入して「${d(w)}」としました（Excelの計算で1秒ずれた16:59:59のような時刻は17:00になります）。時刻はHH:MM形式（例 17:00）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes a time with seconds other than 0, which HH:MM cannot hold: it was rounded to the nearest minute, ${d(w)} (a time Excel's arithmetic left a second short, such as 16:59:59, becomes 17:00). Write times as HH:MM (e.g. 17:00).`,
  },
  all_day_time: {
    severity: "info", title_ja: "「終日」「24時間」の時刻", title_en: "All-day hours",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」を終日とみなし、開始は00:00、終了は23:59にしました。時刻はHH:MM形式で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as all day: start 00:00, end 23:59. Write times as HH:MM.`,
  },
  url_from_name_link: {
    severity: "info", title_ja: "名称のリンク先をURLに", title_en: "URL from the name's link",
    ja: (w) => `${atJa(w)}名称のセルにリンク（${v(w)}）があり、${w.detail === undefined ? "URLの列がない" : `URLの列「${w.detail}」が空欄の`}ため、リンク先を「${f(w)}」にしました。${w.detail === undefined ? "URLの列を設けて入力してください" : "URLの列に入力してください"}。`,
    en: (w) => `${atEn(w)}the name links to ${v(w)} and ${w.detail === undefined ? "the file has no URL column" : `the URL column "${w.detail}" is empty`}: the link's address is the ${f(w)}. ${w.detail === undefined ? "Add a URL column" : "Write it in the URL column"}.`,
  },
  midnight_end: {
    severity: "info", title_ja: "0時の終了時間", title_en: "Closing at 0:00",
    ja: (w) => `${atJa(w)}「${f(w)}」が0時（${v(w)}）のため、その日の終わりとして23:59にしました。終了時間が深夜0時なら23:59と入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} is 0:00 (${v(w)}): read as the end of that day, 23:59. Write a midnight closing time as 23:59.`,
  },
  hour_24: {
    severity: "info", title_ja: "24時の時刻", title_en: "Hour 24",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」にある24時は標準の時刻（00:00〜23:59）にないため、開始の時刻なら00:00、終了の時刻なら23:59としました。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has hour 24, which the standard's times (00:00–23:59) do not have: recorded as 00:00 for a start and 23:59 for an end.`,
  },
  time_past_midnight: {
    severity: "warning", title_ja: "24時を過ぎた時刻", title_en: "Time past midnight",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は24時を過ぎているため、翌日の時刻${nextDay(w, "「", "」")}にしました（25時は翌日の1時）。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is past midnight; recorded as the next day's time${nextDay(w, " ", "")} (25:00 is 01:00 the next day).`,
  },
  date_range_split: {
    severity: "warning", title_ja: "日付の範囲が1つのセルに", title_en: "Date range in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」に日付の範囲「${v(w)}」が入っていたため、この列には範囲のうち、開始の列なら前の日付、終了の列なら後の日付を使いました。開始日と終了日は別の列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a date range; this column took its first date if it is a start, its last if it is an end. Use one date per column.`,
  },
  date_list_split: {
    severity: "warning", title_ja: "複数の日付が1つのセルに", title_en: "Several dates in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」に複数の日付「${v(w)}」が並んでいたため、開始の列には最初の日、終了の列には最後の日を使い、セル全体を日時の備考に残しました。間の日が開催日とは限りません。開催日ごとに行を分けるか、開始日と終了日を別の列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) lists several days: a start column took the first, an end column the last, and the whole cell was kept in the schedule remarks. The days between are not necessarily event days: give each day its own row, or one start and one end date.`,
  },
  time_meridiem_carried: {
    severity: "warning", title_ja: "終了時間を午後として読んだ", title_en: "End time read as p.m.",
    ja: (w) => `${atJa(w)}「${f(w)}」に午前・午後がなく、開始時間が午後のため、午後の時刻として読みました（${v(w)}）。終了時間は24時間制（例 17:00）で入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} had no a.m./p.m. and the start time is p.m., so it was read as p.m. (${v(w)}). Write times in 24-hour form (17:00).`,
  },
  date_list_days: {
    severity: "warning", title_ja: "とびとびの日付が1つのセルに", title_en: "Separate days in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は連続しない複数の日のため、終了の列には最後の日を使いました（開始の列には最初の日）。間の日は開催日ではありません。セル全体を日時の備考に残しました。開催日ごとに行を分けてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) lists separate days, not a period: the end column took the last day (a start column the first), but the days between are not event days. The whole cell was kept in the schedule remarks. Give each day its own row.`,
  },
  date_year_from_start: {
    severity: "warning", title_ja: "終了日の年を開始日から", title_en: "End date's year taken from the start date",
    ja: (w) => `${atJa(w)}「${f(w)}」に年がなかったため（${v(w)}）、開始日の年（開始日より前になる場合は翌年）として読みました。年を入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} had no year (${v(w)}); it was read in the start date's year (the next year if it would fall before the start). Enter the year.`,
  },
  template_example: {
    severity: "warning", title_ja: "記入例の行", title_en: "Template example row",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は様式の記入例（○○などの伏せ字）のようです。記入例の行は削除し、実際のデータを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) looks like the template's example (blanks such as ○○). Delete the example row and enter real data.`,
  },
  duplicate_id: {
    severity: "warning", title_ja: "IDの重複", title_en: "Duplicate ID",
    ja: (w) => `${atJa(w)}ID「${v(w)}」はこのファイルの別の行でも使われています（同じIDの行はすべてこの指摘に並びます。ファイルごとに1行の一覧では、IDとファイルの組）。IDは公開するデータの中で一意にしてください。重複していると、アプリが別々の行を同じものとして扱います。`,
    en: (w) => `${atEn(w)}ID "${v(w)}" is used by another row of this file too (every row with that ID is listed under this issue; in a list of one row per file, the ID with its file). Make each ID unique within your data: apps treat rows with one ID as one record.`,
  },
  duplicate_name: {
    severity: "warning", title_ja: "名前の重複", title_en: "Duplicate name",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はこのファイルの別の行にもあります（同じ名前の行はすべてこの指摘に並びます）。別々の地域なら、区別できる名前（地区名や丁目を添えるなど）にしてください。同じ地域を2回書いているなら、1行にしてください。名前が同じだと、アプリが別々の地域を見分けられません。`,
    en: (w) => `${atEn(w)}${f(w)} "${v(w)}" is on another row of this file too (every row with that name is listed under this issue). If they are different areas, give each a name that tells it apart (with its 地区 or 丁目); if one area is written twice, keep one row. Apps cannot tell areas of one name apart.`,
  },
  duplicate_ids_unchecked: {
    severity: "info", title_ja: "IDの重複を確かめていない行", title_en: "IDs not checked for duplicates",
    ja: (w) => `IDが${MAX_CHECKED_IDS_SHOWN}件を超えたため、残り${v(w)}件のIDは重複を確かめていません。ファイルを分けると全件確かめられます。`,
    en: (w) => `The file has over ${MAX_CHECKED_IDS_SHOWN} IDs: the other ${v(w)} were not checked for duplicates. Split the file to check them all.`,
  },
  date_weekday_mismatch: {
    severity: "warning", title_ja: "日付と曜日が合わない", title_en: "Date and weekday disagree",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、日付と曜日が合いません。日付を読みましたが、日付か曜日のどちらかが誤っています（前年の一覧の写しなど）。確認してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the weekday is not that date's. The date was read, but the date or the weekday is wrong (a list copied from last year?). Check it.`,
  },
  plane_coordinates_converted: {
    severity: "warning", title_ja: "平面直角座標を緯度経度に変換", title_en: "Plane coordinates converted to latitude and longitude",
    ja: (w) => `${atJa(w)}座標がメートル単位の平面直角座標（X座標・Y座標）だったため、平面直角座標系（世界測地系 JGD2011）で緯度・経度に変換しました（${v(w)}）。系や測地系が違う場合は位置がずれます。緯度・経度（度、10進数）で入力してください。`,
    en: (w) => `${atEn(w)}the coordinates are plane rectangular coordinates in metres (X, Y); they were converted to latitude and longitude in the Japan Plane Rectangular CS, JGD2011 (${v(w).replace(/^第(\w+)系/, "zone $1:")}). Another zone or datum puts the point elsewhere: enter latitude and longitude in decimal degrees.`,
  },
  tokyo_datum: {
    severity: "warning", title_ja: "座標が日本測地系（旧測地系）", title_en: "Coordinates in the Tokyo Datum",
    ja: (w) => `ファイルに緯度・経度が日本測地系（旧測地系、Tokyo Datum）と書かれているため（「${v(w)}」）、日本測地系とされた行の座標を世界測地系（JGD2011）に変換しました（国土地理院の3パラメータ変換、誤差は数メートル程度）。日本測地系のままでは地図上で約450メートルずれます。世界測地系（JGD2011）の緯度・経度で公開してください。`,
    en: (w) => `The file says its latitude and longitude are in the Tokyo Datum (old Japanese datum) ("${v(w)}"): the coordinates of the rows so stated were converted to JGD2011 (GSI's three-parameter shift, within a few metres). Left as they are they lie about 450 m off on a map. Publish latitude and longitude in JGD2011.`,
  },
  tokyo_datum_converted: {
    severity: "info", title_ja: "日本測地系の座標を世界測地系に変換", title_en: "Tokyo Datum coordinates converted",
    ja: (w) => `${atJa(w)}日本測地系の緯度・経度を世界測地系（JGD2011）に変換しました（${v(w)}）。`,
    en: (w) => `${atEn(w)}latitude and longitude in the Tokyo Datum were converted to JGD2011 (${v(w)}).`,
  },
  plane_coordinates_by_convention: {
    severity: "warning", title_ja: "平面直角座標のXを見出し・慣例で判定", title_en: "Plane coordinates: X taken by the header or convention",
    ja: (w) => `${atJa(w)}座標がメートル単位の平面直角座標ですが、どちらの列が北向き（X）かは位置（住所の市区町村・地域）からもファイルの他の行からも決められないため、見出しと公共測量の慣例（X＝北向き。見出しにXがなければ緯度の列）に従って緯度・経度に変換しました（${v(w)}）。逆の向きなら位置がずれます。緯度・経度（度、10進数）で入力してください。`,
    en: (w) => `${atEn(w)}the coordinates are plane rectangular coordinates in metres, and neither the place (the address's municipality, the area) nor the file's other rows tell which column is the northing (X): they were converted by the header and the survey convention (X is the northing; the latitude's column when no header says X) (${v(w).replace(/^第(\w+)系/, "zone $1:")}). The other way round puts the point elsewhere: enter latitude and longitude in decimal degrees.`,
  },
  plane_coordinates_conflict: {
    severity: "warning", title_ja: "平面直角座標の向きが行の位置と合わない", title_en: "Plane coordinates: the file's orientation does not fit the row",
    ja: (w) => `${atJa(w)}座標がメートル単位の平面直角座標です。ファイルの他の行から決めた列の向き（前者）で変換すると、この行の位置が住所の市区町村・地域（括弧内）と合わず、逆の向き（後者）なら合うため、変換していません（${v(w)}）。座標か住所を確かめ、緯度・経度（度、10進数）で入力してください。`,
    en: (w) => `${atEn(w)}the coordinates are plane rectangular coordinates in metres. Read the way the file's other rows are (the first reading), the point is not in the row's municipality or area (in brackets); read the other way (the second) it is, so it was not converted (${v(w).replace(/^第(\w+)系/, "zone $1:")}). Check the coordinates or the address, and enter latitude and longitude in decimal degrees.`,
  },
  degree_columns_by_content: {
    severity: "info", title_ja: "X・Yの列を中身から経度・緯度と判定", title_en: "X / Y columns told as longitude and latitude by their content",
    ja: (w) => `列「${f(w)}」は見出しだけでは何の値か分かりませんが、値が東京都内の地点の度数（経度139.7、緯度35.7など）のため、「${v(w)}」として読みました。列名を「${v(w)}」にしてください。`,
    en: (w) => `The column "${f(w)}" does not say what it holds, but its values are degrees of points in Tokyo (longitude 139.7, latitude 35.7 …): it was read as ${v(w)} (${v(w) === "経度" ? "longitude" : "latitude"}). Name the column ${v(w)}.`,
  },
  plane_columns_by_content: {
    severity: "info", title_ja: "X・Yの列を中身から平面直角座標と判定", title_en: "X / Y columns told as plane coordinates by their content",
    ja: (w) => `列「${f(w)}」は見出しだけでは何の値か分かりませんが、値がメートル（絶対値が1000を超え、度ではありえない）のため、平面直角座標の「${v(w)}」として読み、緯度・経度に変換しました。列名を「${v(w)}」にするか、緯度・経度で入力してください。`,
    en: (w) => `The column "${f(w)}" does not say what it holds, but its values are metres (over 1000, which no degree is): it was read as the plane coordinate ${v(w)} and converted to latitude and longitude. Name the column ${v(w)}, or give latitude and longitude.`,
  },
  plane_axes_from_rows: {
    severity: "info", title_ja: "平面直角座標のXとYをファイルの行から判定", title_en: "Plane coordinates: X and Y told by the file's rows",
    ja: (w) => `平面直角座標（メートル）の列のうち、どちらが北向き（X）かを、ファイルの先頭の行の位置（住所の市区町村・地域）から判定し、全行をこの向きで読みました（${v(w)}。数は判定できた行のうち合う行）。`,
    en: (w) => `Which of the plane rectangular coordinate columns (metres) is the northing (X) was told from the places (the address's municipality, the area) of the file's first rows, and every row was read that way (${v(w)}: the rows that agree, of those that told).`,
  },
  coordinates_column_split: {
    severity: "info", title_ja: "緯度と経度が1つの列に", title_en: "Latitude and longitude in one column",
    ja: (w) => `列「${f(w)}」には緯度と経度が一緒に入っているため、各行の値を分けて${v(w)}として読みました。緯度と経度は別の列（緯度、経度）に入力してください。`,
    en: (w) => `The column "${f(w)}" holds both coordinates: each row's value was split and read as ${w.value === "経度, 緯度" ? "longitude, latitude" : "latitude, longitude"}. Put latitude and longitude in columns of their own.`,
  },
  coordinates_in_one_cell: {
    severity: "info", title_ja: "緯度と経度が1つのセルに", title_en: "Latitude and longitude in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」のセルに緯度と経度が一緒に入っていたため（${v(w)}）、分けて緯度と経度として読みました。緯度は緯度の列に、経度は経度の列に入力してください。`,
    en: (w) => `${atEn(w)}the ${f(w)} cell holds both coordinates (${v(w)}): it was split and read as the latitude and the longitude. Put the latitude in the latitude column and the longitude in the longitude column.`,
  },
  kept_as_remarks: {
    severity: "info", title_ja: "読めない値を特記事項に残した", title_en: "Unread value kept as remarks",
    ja: (w) => `${atJa(w)}読めなかった（または一部だけ読んだ）値「${v(w)}」を「${f(w)}」に文字のまま残しました。時刻・数・電話番号などは決まった書き方で、補足は特記事項や備考の列に入力してください。`,
    en: (w) => `${atEn(w)}the value "${v(w)}", which did not read (or read only in part), was kept as text in ${f(w)}. Write times, numbers and phone numbers in the standard form, and notes in the remarks column.`,
  },
  withheld_kept_as_remarks: {
    severity: "info", title_ja: "公開しない旨を特記事項に残した", title_en: "Withheld value's note kept as remarks",
    ja: (w) => `${atJa(w)}値を公開しないことを表す「${v(w)}」を「${f(w)}」に文字のまま残しました。`,
    en: (w) => `${atEn(w)}"${v(w)}", which says the value is withheld, was kept as text in ${f(w)}.`,
  },
  sum_mismatch: {
    severity: "warning", title_ja: "合計が内訳と合わない", title_en: "Total disagrees with its parts",
    ja: (w) => `${atJa(w)}${namedJa(w)}「${f(w)}」が内訳の合計と合いません（${sumOf(w)}）。合計の列と内訳の列の数を確認してください。`,
    en: (w) => `${atEn(w)}${namedEn(w)}${f(w)} is not the sum of its parts (${sumOf(w)}: the total, then the sum of the parts named). Check the figures of the total and of its parts.`,
  },
  coordinate_parts_joined: {
    severity: "info", title_ja: "度・分・秒の列を合わせた座標", title_en: "Coordinate joined from degree, minute and second columns",
    ja: (w) => `ファイルに「${f(w)}」の列がないため、各行の「${v(w)}」を度・分・秒として合わせ、十進の度に変換して「${f(w)}」としました（元の列は extra に残しています）。「${f(w)}」は十進の度（例：緯度 35.689123、経度 139.691706）で1つの列に入力してください。`,
    en: (w) => `The file has no ${f(w)} column: each row's ${v(w)} were read as its degrees, minutes and seconds and converted to decimal degrees (those columns are kept in extra). Enter ${f(w)} in one column, in decimal degrees (e.g. latitude 35.689123, longitude 139.691706).`,
  },
  columns_summed: {
    severity: "info", title_ja: "ない列を他の列の合計から", title_en: "Column given as the sum of others",
    ja: (w) => `ファイルに「${f(w)}」の列がないため、各行の「${v(w)}」の合計を「${f(w)}」としました（元の列は extra に残しています）。標準の区分の列を加えると確実です。`,
    en: (w) => `The file has no ${f(w)} column: each row's ${f(w)} is the sum of ${v(w)} (those columns are kept in extra). Add the standard's column to be sure.`,
  },
  parts_not_summed: {
    severity: "warning", title_ja: "重なりうる内訳を合計せず", title_en: "Parts that may overlap not summed",
    ja: (w) => `「${f(w)}」を分けた列（${v(w)}）は、区分（一般と障害者、大人と65歳以上など）が重なることがあるため合計せず、「${f(w)}」は空欄にしました（`
      + `${w.detail ? `各行の値は区分を添えて「${w.detail}」に入れ、` : ""}元の列は extra に残しています）。全体の数を「${f(w)}」の列に入力してください。`,
    en: (w) => `The columns ${f(w)} is split into (${v(w)}) may overlap (general and disabled visitors, adults and those 65 and over …), so they were not `
      + `added up and ${f(w)} was left empty (${w.detail ? `each row's values went, after their kind, into ${w.detail}; ` : ""}the columns are kept in extra). `
      + `Enter the whole number in a ${f(w)} column.`,
  },
  marked_columns_not_listed: {
    severity: "warning", title_ja: "○の列を読めなかった", title_en: "Marked columns not listed",
    ja: (w) => `「${f(w)}」にまとめた○などの列の間にある列（${v(w)}）は、見出しが「${f(w)}」の値として分からないため、まとめに入れていません（値は extra に残しています）。この列に○などが付いた行では、その値が「${f(w)}」にありません。見出しを標準の値の名前にするか、「${f(w)}」の列を加えて値を入力してください。`,
    en: (w) => `Among the marked columns listed in ${f(w)}, the columns ${v(w)} have headers that name no known value of ${f(w)}, so they were not listed (their cells are kept in extra): a row marked there lacks that value in ${f(w)}. Head them with the standard value's name, or add the ${f(w)} column with the values.`,
  },
  columns_listed: {
    severity: "info", title_ja: "○の列を1つの列に", title_en: "Marked columns listed in one column",
    ja: (w) => `ファイルに「${f(w)}」の列がないため、各行で○などが付いた列（${v(w)}）の名前を「${f(w)}」にまとめました（元の列は extra に残しています）。「${f(w)}」の列を加えて値を入力すると確実です。`,
    en: (w) => `The file has no ${f(w)} column: each row's ${f(w)} lists the columns marked on it (${v(w)}; those columns are kept in extra). Add the ${f(w)} column to be sure.`,
  },
  marks_by_session: {
    severity: "info", title_ja: "○の列が午前・午後に分かれている", title_en: "Marked columns split by session",
    ja: (w) => `○などの列（${v(w)}）は値ごとに午前・午後などの時間帯に分かれているため、時間帯のどれかに○などが付いた値を1つとして「${f(w)}」にまとめました${w.detail === undefined ? "" : `。一部の時間帯だけの値は「木：午前のみ」のように「${w.detail}」に入れました`}（元の列は extra に残しています）。「${f(w)}」${w.detail === undefined ? "" : `と「${w.detail}」`}の列を加えて入力すると確実です。`,
    en: (w) => `The marked columns ${v(w)} split each value by session (午前 / 午後): a value marked in any of its sessions was listed once in ${f(w)}${w.detail === undefined ? "" : `, and one marked in some sessions only went into ${w.detail} as "木：午前のみ"`} (the columns are kept in extra). Add the ${f(w)} column${w.detail === undefined ? "" : ` and ${w.detail}`} to be sure.`,
  },
  columns_joined: {
    severity: "info", title_ja: "内訳の列を1つの列に", title_en: "Columns of parts joined into one",
    ja: (w) => `ファイルに「${f(w)}」の列がなく、括弧書きで分けた列（${v(w)}）があるため、各行の値を括弧書きを添えて「${f(w)}」にまとめました（${w.detail === undefined ? "" : `例：${w.detail}。`}元の列は extra に残しています）。「${f(w)}」の列を加えると確実です。`,
    en: (w) => `The file has no ${f(w)} column but columns of its parts (${v(w)}): each row's ${f(w)} joins their values, each after its qualifier (${w.detail === undefined ? "" : `as in ${w.detail}; `}the columns are kept in extra). Add the ${f(w)} column to be sure.`,
  },
  levels_joined: {
    severity: "info", title_ja: "2つの列に分かれた分類", title_en: "Classification over two columns",
    ja: (w) => `「${f(w)}」が2つの列（${v(w)}）に分かれているため、各行の2つの値をつなげて「${f(w)}」としました（例：国指定 + 有形文化財 → 国指定有形文化財。元の列の値は extra に残しています）。1つの列に「国指定有形文化財」のように入力してください。`,
    en: (w) => `${f(w)} is given over two columns (${v(w)}), so each row's two values were joined into ${f(w)} (such as 国指定 + 有形文化財 → 国指定有形文化財; both columns are kept in extra). Enter it in one column, as in 国指定有形文化財.`,
  },
  class_from_kind: {
    severity: "info", title_ja: "分類の類別を種類から", title_en: "Classification's class taken from the kind",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は指定した団体と指定・登録の別だけで、有形文化財などの類別は${detailPart(w, 2) === "" ? `種類「${detailPart(w, 0)}」に書かれている` : `種類「${detailPart(w, 0)}」から${detailPart(w, 2)}と分かる（文化財保護法で美術工芸品は有形文化財）`}ため、つなげて「${detailPart(w, 1)}」としました。「${f(w)}」に「${detailPart(w, 1)}」のように入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) names only who designated or registered it, and the kind "${detailPart(w, 0)}" ${detailPart(w, 2) === "" ? "names its class" : `is of one class, ${detailPart(w, 2)} (by the 文化財保護法, 美術工芸品 are 有形文化財)`}: the two were joined into ${detailPart(w, 1)}. Write ${f(w)} so, as in ${detailPart(w, 1)}.`,
  },
  levels_outer_bare: {
    severity: "info", title_ja: "指定した団体だけの分類", title_en: "Classification by its body only",
    ja: (w) => `列「${f(w)}」の値（${valuesNamed(w)}）は指定・登録した団体だけで、指定か登録かは列「${d(w)}」の値が示すため、各行の2つの値をつなげて「${columnNamed(w)}」としました（例：国 + 重要文化財 → 国指定重要文化財、国 + 登録有形文化財 → 国登録有形文化財。「登録」「選定」「選択」で始まらない値は指定としました。列「${f(w)}」の値は extra に残しています）。「${columnNamed(w)}」の列に「国指定重要文化財」のように入力してください。`,
    en: (w) => `The values of column "${f(w)}" (${valuesNamed(w)}) name only the body that designated or registered each item, and column "${d(w)}" says how: each row's two values were joined into ${columnNamed(w)} (国 + 重要文化財 → 国指定重要文化財, 国 + 登録有形文化財 → 国登録有形文化財; a value that does not start with 登録, 選定 or 選択 was taken as 指定; column "${f(w)}" is kept in extra). Write ${columnNamed(w)} in one column, as in 国指定重要文化財.`,
  },
  name_over_two_columns: {
    severity: "info", title_ja: "2つの列に分かれた地域名", title_en: "Name over two columns",
    ja: (w) => `「${f(w)}」が2つの列（${v(w)}）に分かれているため、各行の2つの値をつなげて「${f(w)}」としました（例：阿佐谷北 + 1 → 阿佐谷北1丁目。数字だけの丁目には「丁目」を付け、前の列が空欄の行は上の行の値を使います。後の列の値は extra にも残しています）。1つの列に「阿佐谷北一丁目」のように入力してください。`,
    en: (w) => `${f(w)} is given over two columns (${v(w)}), so each row's two values were joined into ${f(w)} (such as 阿佐谷北 + 1 → 阿佐谷北1丁目: a number alone takes 丁目, and a blank first cell takes the value above; the second column's values are also kept in extra). Enter the whole name in one column, as in 阿佐谷北一丁目.`,
  },
  end_before_extended_care: {
    // value: the end time as written; detail: the extended care kept (延長保育：18:00～19:00)
    severity: "warning", title_ja: "延長保育の終わりだった終了時間", title_en: "End time that was the end of extended care",
    ja: (w) => `${atJa(w)}終了時間「${v(w)}」は備考にある延長保育の終わりでした。延長保育の始まりを通常の終了時間とし、「${w.detail ?? ""}」を利用可能日時特記事項に残しました。終了時間には延長保育を含めない時刻を入力し、延長保育は利用可能日時特記事項に書いてください。`,
    en: (w) => `${atEn(w)}the end time "${v(w)}" was the end of the extended care the remarks give: the start of the extended care was taken as the usual end time, and "${w.detail ?? ""}" kept in the availability remarks. Give the end time without extended care, and the extended care in the availability remarks.`,
  },
  end_includes_extended_care: {
    // value: the end time as written; detail: what was kept (延長保育あり（～19:30）)
    severity: "warning", title_ja: "延長保育ありの行の終了時間", title_en: "End time of a row with extended care",
    ja: (w) => `${atJa(w)}延長保育ありの行（Extra・延長の列）で、終了時間「${v(w)}」は延長保育を含めた閉所の時刻です（保育園マップの Close は延長保育の終わり）。通常保育の終了時間が分からないため空欄にし、「${w.detail ?? ""}」を利用可能日時特記事項に残しました。延長保育を含めない終了時間を入力し、延長保育の時間は備考か利用可能日時特記事項に書いてください。`,
    en: (w) => `${atEn(w)}on a row with extended care (its Extra column), the end time "${v(w)}" is when the place closes, extended care included (a nursery map's Close is the end of it): the usual end is not told, so the end time was left empty and "${w.detail ?? ""}" kept in the availability remarks. Give the end time without extended care, and its hours in the remarks.`,
  },
  end_is_extended_care: {
    // value: the end time as written; detail: the extended care kept (延長保育：～19:00)
    severity: "warning", title_ja: "延長保育の終わりで通常の終了時間が分からない", title_en: "End time is the end of extended care, usual end unknown",
    ja: (w) => `${atJa(w)}終了時間「${v(w)}」は備考にある延長保育の終わりで、通常保育の終了時間が分からないため、終了時間を空欄にし「${w.detail ?? ""}」を利用可能日時特記事項に残しました。延長保育を含めない終了時間を入力してください。`,
    en: (w) => `${atEn(w)}the end time "${v(w)}" is the end of the extended care the remarks give, and the usual end is not told: the end time was left empty and "${w.detail ?? ""}" kept in the availability remarks. Give the end time without extended care.`,
  },
  numbered_lines_joined: {
    severity: "info", title_ja: "番号付きの列を1つの値に", title_en: "Numbered lines joined into one value",
    ja: (w) => `「${f(w)}」が番号を付けた複数の列（${v(w)}）に分かれていたため、各行の値を順につなげて「${f(w)}」としました（元の列は extra に残しています）。1つの「${f(w)}」の列に全体を入力してください。`,
    en: (w) => `${f(w)} was split over numbered columns (${v(w)}): each row's values were joined in order into ${f(w)} (the columns are kept in extra). Give the whole value in one ${f(w)} column.`,
  },
  numbered_columns_joined: {
    severity: "info", title_ja: "番号付きの列を1つの列に", title_en: "Numbered columns joined into one",
    ja: (w) => `「${f(w)}」が番号を付けた複数の列（${v(w)}）に分かれていたため、各行の値を「;」区切りで「${f(w)}」にまとめました（元の列は extra に残しています）。1つの「${f(w)}」の列に「;」区切りで入力してください。`,
    en: (w) => `${f(w)} was split over numbered columns (${v(w)}): each row's values were joined into ${f(w)} with ";" between (the columns are kept in extra). Give one ${f(w)} column with the values separated by ";".`,
  },
  marked_cells_labelled: {
    severity: "info", title_ja: "○の列の時間などを特記事項に", title_en: "Marked columns' hours kept in a remarks column",
    ja: (w) => `列（${v(w)}）のセルのうち○・×や「休」ではなく時間などが書かれたものは、列の見出しを付けて（「月：9:00～12:00」のように）「${f(w)}」に入れました（元の列は extra に残しています）。`,
    en: (w) => `Cells of the columns ${v(w)} that hold more than a mark (hours, not ○ / × or 休) went into ${f(w)} after their column's header ("月：9:00～12:00"; the columns are kept in extra).`,
  },
  hours_column_repeated: {
    severity: "warning", title_ja: "時間の列が重複", title_en: "Hours given by two columns",
    ja: (w) => `列「${f(w)}」は列「${v(w)}」と同じ時間の項目です。開始時間・終了時間は「${v(w)}」の列から読み、「${f(w)}」の各行の値は見出しを付けて（「${f(w)}：…」）「${d(w)}」に入れました（「${v(w)}」が空の行では「${f(w)}」の時刻を開始時間・終了時間に使いました。元の列は extra に残しています）。時刻が食い違う場合はどちらが正しいか確かめ、開始時間と終了時間は1組の列にし、別の時間帯は「${d(w)}」に書いてください。`,
    en: (w) => `Column "${f(w)}" gives the same hours as column "${v(w)}". The start and end times are read from "${v(w)}"; each row's value of "${f(w)}" went into ${d(w)} after its header ("${f(w)}：…"), and on rows where "${v(w)}" is blank its times were read as the start and end (the column is kept in extra). Where the times differ, check which is right; keep one pair of start and end columns and write other hours in ${d(w)}.`,
  },
  repeated_column_read: {
    severity: "info", title_ja: "重複した列の値を使った行", title_en: "Repeated column read on a row",
    ja: (w) => `${atJa(w)}「${headersOf(w)[0]}」が空のため、この行では同じ項目の列「${headersOf(w)[1]}」の「${v(w)}」を「${f(w)}」として読みました。この行の「${headersOf(w)[0]}」にも値を入力してください。`,
    en: (w) => `${atEn(w)}"${headersOf(w)[0]}" is blank, so this row's "${headersOf(w)[1]}", a column of the same field, "${v(w)}", was read as ${f(w)}. Enter the value in "${headersOf(w)[0]}" on this row too.`,
  },
  alternate_column_read: {
    severity: "info", title_ja: "別の行のための列の値を使った行", title_en: "Value read from the other rows' column",
    ja: (w) => `${atJa(w)}「${headersOf(w)[0]}」が空のため、同じ項目の列「${headersOf(w)[1]}」の「${v(w)}」を「${f(w)}」として読みました。標準では1つの列に入力します。`,
    en: (w) => `${atEn(w)}"${headersOf(w)[0]}" is blank, so "${v(w)}" in "${headersOf(w)[1]}", a column of the same field, was read as ${f(w)}. The standard gives both in one column.`,
  },
  name_mark_noted: {
    severity: "info", title_ja: "名称の注記の印を備考に", title_en: "A name's footnote mark: its note moved to the remarks",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の「${headersOf(w)[0]}」は注記の印のため名称から外し、その注記「${headersOf(w)[1] ?? ""}」を備考に入れました。名称には印を付けず、注記の内容は各行の備考に書いてください。`,
    en: (w) => `${atEn(w)}"${headersOf(w)[0]}" of "${v(w)}" (${f(w)}) refers to a footnote and is no part of the name: it was taken off, and the footnote, "${headersOf(w)[1] ?? ""}", put in the remarks. Write names without marks, and the note in each row's remarks.`,
  },
  name_note_after_mark: {
    // value: the name as written; detail: the note (after ※)
    severity: "info", title_ja: "名称の※の後の注記を備考に", title_en: "A note after ※ in a name moved to the remarks",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の「※${d(w)}」は名称ではなく注記のため、名称から外して備考に入れました。注記は名称に書かず、備考の列に書いてください。`,
    en: (w) => `${atEn(w)}"※${d(w)}" in "${v(w)}" (${f(w)}) is a note, no part of the name: it was taken off the name and put in the remarks. Write such notes in the remarks column, not in the name.`,
  },
  name_reading_in_brackets: {
    severity: "info", title_ja: "名称の後の読み仮名を名称_カナに", title_en: "A name's reading in brackets moved to name_kana",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の括弧内は読み仮名のため（見出しが読みを含むことを示しています）、名称から外して名称_カナ「${d(w)}」にしました。読み仮名は名称_カナの列に全角カタカナで入力してください。`,
    en: (w) => `${atEn(w)}the part in brackets of "${v(w)}" (${f(w)}) is its reading, as the header says: it was taken off the name and read as name_kana, "${d(w)}". Give the reading its own column, 名称_カナ, in full-width katakana.`,
  },
  name_mark_unexplained: {
    severity: "warning", title_ja: "名称の注記の印（注記なし）", title_en: "A name's footnote mark with no footnote",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の「${d(w)}」は注記の印とみられますが、その意味を書いた注記がファイルに見つからない（または複数ある）ため、印は名称から外して備考に残しました。印の意味（注記の内容）を備考に書き、名称には印を付けないでください。`,
    en: (w) => `${atEn(w)}"${d(w)}" of "${v(w)}" (${f(w)}) looks like a footnote mark, but the file has no footnote that says what it means (or has several): the mark was taken off the name and kept in the remarks. Write what it means in the remarks, and names without marks.`,
  },
  column_labelled: {
    severity: "info", title_ja: "標準にない列を見出し付きで特記事項に", title_en: "Column kept, with its header, in a remarks column",
    ja: (w) => `標準に列「${v(w)}」はないため、各行の値を見出しを付けて（「${w.detail ?? v(w)}：…」）「${f(w)}」に入れました（「${f(w)}」の列があればその後に。元の列は extra に残しています）。`,
    en: (w) => `The standard has no column "${v(w).replace(/」「/g, "\", \"")}": each row's value went into ${f(w)} after a label ("${(w.detail ?? v(w)).replace(/」「/g, "\", \"")}：…", after what the file's own ${f(w)} column says; the column is kept in extra).`,
  },
  column_labelled_by_qualifier: {
    severity: "info", title_ja: "見出しの括弧書きを値の見出しに", title_en: "Values labelled by their header's qualifier",
    ja: (w) => `列「${v(w)}」の括弧書きは値が何か（${d(w)}）を示すため、各行の値をその見出しを付けて（「${d(w)}：…」）「${f(w)}」に入れました。数値だけでは何の値か分からないためです。`,
    en: (w) => `The brackets of column "${v(w)}" say what its values are (${d(w)}), so each row's value went into ${f(w)} after that label ("${d(w)}：…"): a figure alone does not say what it is.`,
  },
  column_labelled_flag: {
    severity: "info", title_ja: "標準にない有無の列を特記事項に", title_en: "Yes/no column not in the standard kept in a remarks column",
    ja: (w) => `標準に列「${v(w)}」はないため、この列が「○」「1」「有」などの行は「${f(w)}」に「${v(w)}」と書き入れ、「×」「0」「無」などの行には何も入れませんでした（「${f(w)}」の列があればその後に。元の列は extra に残しています）。それ以外の値は「${v(w)}：…」として入れています。`,
    en: (w) => `The standard has no column "${v(w)}": a row whose cell says yes (○, 1, 有) has "${v(w)}" written in ${f(w)}, one that says no (×, 0, 無) nothing (after what the file's own ${f(w)} column says; the column is kept in extra). Any other value went in after a label ("${v(w)}：…").`,
  },
  column_from_kind: {
    severity: "info", title_ja: "種別から補った列", title_en: "Column read from the kind column",
    ja: (w) => `ファイルに「${v(w)}」の列がないため、「${f(w)}」が指定緊急避難場所と指定避難所の両方を挙げる行（「指定緊急避難場所・指定避難所」など）を「1」（兼ねる）としました。指定緊急避難場所だけの行は空欄（不明）のままです。「${v(w)}」の列を加えて、兼ねる施設に「1」を入力すると確実です。`,
    en: (w) => `The file has no ${v(w)} column: a row whose ${f(w)} names both lists (指定緊急避難場所・指定避難所) was given 1 (a shelter too); a row naming only 指定緊急避難場所 is left empty (unknown). Add the ${v(w)} column with 1 for each site that is a shelter too, to be sure.`,
  },
  columns_from_list: {
    severity: "info", title_ja: "1つの列の語から有無の列を", title_en: "Yes/no columns read from one list column",
    ja: (w) => `ファイルに「${v(w)}」の列がないため、各行の「${f(w)}」に書かれた語から求めました（書かれた項目を「対象・有」にし、書かれていない項目は空欄（災害種別のような1か空欄の列では「対象外」）にしました。読めない語や補足のあるセルでは、書かれていない項目を不明としました。元の列は extra に残しています）。標準の列を加えて値を入力すると確実です。`,
    en: (w) => `The file has no ${v(w)} columns: they were read from the words in each row's ${f(w)} (an item named there is a yes, one not named is left empty, which in a 1-or-empty column such as 災害種別 is a no; in a cell with a word that does not read or a note, the items not named are unknown; the column is kept in extra). Add the standard's columns to be sure.`,
  },
  listed_word_unknown: {
    severity: "warning", title_ja: "一覧の語が標準のどの項目か分からない", title_en: "A word of a list names no standard column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」が標準のどの項目にあたるか分からないため、どの列にも入れず、このセルに書かれていない項目も「対象外・無」とせず空欄（不明）にしました（セルは備考に「${f(w)}：…」として1回だけ残し、元の値は extra にもあります）。「${v(w)}」が指す項目を標準の項目名（「${f(w)}」から求めた列の名前の語。見出しの指摘「1つの列の語から有無の列を」に並んでいます）で書くか、項目ごとの列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} names none of the standard's columns, so it went into none, and the columns the cell does not name were left empty (unknown), not no (the cell is kept once in the remarks as "${f(w)}：…", and in extra). Write what "${v(w)}" means in the standard's names (the words of the columns read from ${f(w)}, listed in the header issue "Yes/no columns read from one list column"), or fill in one column per item.`,
  },
  flag_columns_joined: {
    severity: "warning", title_ja: "内訳の列を1つの項目に", title_en: "Yes/no columns of parts joined into one",
    ja: (w) => `ファイルに「${f(w)}」の列がなく、その内訳の列（${v(w)}）があるため、各行でいずれかが該当なら「${f(w)}」を該当（1）としました（元の列は extra に残しています）。標準では1つの項目です。「${f(w)}」の列1つにまとめてください。`,
    en: (w) => `The file has no ${f(w)} column but columns of its parts (${v(w)}): each row's ${f(w)} is yes (1) when any of them is (the columns are kept in extra). The standard has them as one: give one ${f(w)} column.`,
  },
  days_from_hours: {
    severity: "info", title_ja: "曜日別の時間の列から曜日を追加", title_en: "Days added from columns of a day's hours",
    ja: (w) => `曜日別の時間の列（${v(w)}）に時間がある行は、その曜日を「${f(w)}」に加えました（休診・―・空欄は加えません。「${f(w)}」が月火水木金のような曜日の並びのときのみ）。「${f(w)}」にすべての曜日を入力してください。`,
    en: (w) => `On rows where a column of a day's hours (${v(w)}) has hours, that day was added to ${f(w)} (not for 休診, a dash or an empty cell, and only where ${f(w)} is a run of days such as 月火水木金). Write every day in ${f(w)}.`,
  },
  column_text_and_count: {
    severity: "info", title_ja: "対象と人数を1つの列に", title_en: "One column for a text and a count of people",
    ja: (w) => `列「${f(w)}」は「${v(w)}」をまとめた列のため、各行の値の人数（30名、先着20名、15組など）を定員の値、それ以外を文字の項目の値として読みました（元の列は extra に残しています）。項目ごとに列を分けてください。`,
    en: (w) => `The column "${f(w)}" stands for ${v(w)} together: each row's count of people (30名, 先着20名, 15組 …) was read as the count's value and the rest as the text's (the column is kept in extra). Give each its own column.`,
  },
  column_combined: {
    severity: "info", title_ja: "複数の項目を1つの列に", title_en: "One column for several yes/no columns",
    ja: (w) => `列「${f(w)}」は「${v(w)}」をまとめた列のため、各行の値をそれぞれの項目の値として読みました（元の列は extra に残しています）。項目ごとに列を分けてください。`,
    en: (w) => `The column "${f(w)}" stands for ${v(w)} together: each row's value was read as the value of each of them (the column is kept in extra). Give each its own column.`,
  },
  combined_unread: {
    severity: "warning", title_ja: "複数の項目をまとめた列の値を読めない", title_en: "A cell of a column for several yes/no columns not read",
    ja: (w) => `${atJa(w)}列「${f(w)}」の値「${v(w)}」は該当の有無として読めない（または一部だけを表す）ため、この列がまとめる項目（${d(w)}）を「対象・有」とも「対象外・無」ともせず空欄（不明）にしました。セルは備考に「${f(w)}：…」として1回だけ残しました。項目ごとに列を分け、該当なら「1」（有無の列は「有」）、該当しないなら空欄（有無の列は「無」）を入力し、説明は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in the column ${f(w)} is no yes/no value (or says only part), so the columns it stands for (${d(w)}) were left empty (unknown), neither yes nor no. The cell is kept once in the remarks as "${f(w)}：…". Give each item its own column, write 1 (有) for yes or leave it empty (無) for no, and put explanations in the remarks.`,
  },
  listed_all: {
    severity: "info", title_ja: "一覧の語がすべての項目", title_en: "A list names every column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はすべての項目にあたるため、この列から求める項目をすべて「対象・有」にしました（元の値は extra に残しています）。項目ごとの列に入力すると確実です。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} names every item, so every column read from it is a yes (the cell is kept in extra). Fill in one column per item to be sure.`,
  },
  listed_all_except: {
    severity: "info", title_ja: "一覧の語が一部を除くすべての項目", title_en: "A list names every column but some",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は「${d(w)}」を除くすべての項目にあたるため、この列から求める項目のうち「${d(w)}」を「対象外・無」、ほかをすべて「対象・有」にしました（元の値は extra に残しています）。項目ごとの列に入力すると確実です。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} names every item but ${d(w)}: of the columns read from it, ${d(w)} is a no and every other a yes (the cell is kept in extra). Fill in one column per item to be sure.`,
  },
  listed_unread: {
    severity: "warning", title_ja: "一覧のセルを読めない", title_en: "A list cell not read",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、ないもの・除くもの（なし、以外、除く など）を書いているか、補足付きで、どの項目が「対象・有」かを確かに読めないため、この列から求める項目を空欄（不明）にしました。セルは備考に「${f(w)}：…」として1回だけ残しました。項目ごとの列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} says what is absent or left out (なし, 以外, 除く …) or carries a note, so which items hold cannot be read safely: the columns read from it were left empty (unknown). The cell is kept once in the remarks as "${f(w)}：…". Fill in one column per item.`,
  },
  listed_read_in_part: {
    severity: "warning", title_ja: "一覧のセルを一部だけ読んだ", title_en: "A list cell read in part",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」のうち、はっきり書かれた項目だけを「対象・有」にしました。補足（括弧内）や読めない部分があるため、書かれていない項目は「対象外・無」とせず空欄（不明）にし、補足の語は読んでいません。セルは備考に「${f(w)}：…」として1回だけ残しました。項目ごとの列に入力してください。`,
    en: (w) => `${atEn(w)}of "${v(w)}" in ${f(w)}, only the items written plainly were read as yes. It has a note (in brackets) or a part that did not read, so the items it does not name were left empty (unknown), not no, and the note's words were not read. The cell is kept once in the remarks as "${f(w)}：…". Fill in one column per item.`,
  },
  parts_beside_total: {
    severity: "info", title_ja: "合計の列と内訳の列", title_en: "Columns of parts beside the total",
    ja: (w) => `「${f(w)}」の列「${w.detail ?? ""}」のほかに内訳の列（${v(w)}）があるため、「${w.detail ?? ""}」が空欄の行では内訳の合計を「${f(w)}」としました（内訳の列は extra に残しています）。合計の列は各行に入力してください。`,
    en: (w) => `Beside the ${f(w)} column "${w.detail ?? ""}" the file has columns of its parts (${v(w)}): on a row where "${w.detail ?? ""}" is blank, ${f(w)} is their sum (the parts are kept in extra). Enter the total on every row.`,
  },
  total_blank_summed: {
    severity: "info", title_ja: "空欄の合計を内訳から", title_en: "Blank total summed from its parts",
    ja: (w) => `${atJa(w)}「${headersOf(w)[0]}」が空欄のため、同じ行の内訳（${v(w)}）の合計「${headersOf(w)[1] ?? ""}」を「${f(w)}」としました。合計の列にも値を入力してください。`,
    en: (w) => `${atEn(w)}"${headersOf(w)[0]}" is blank, so the sum of the row's parts (${v(w)}), ${headersOf(w)[1] ?? ""}, was taken as ${f(w)}. Enter the total in its column too.`,
  },
  total_differs_from_parts: {
    severity: "warning", title_ja: "合計が内訳の合計と合わない", title_en: "Total that is not the sum of its parts",
    ja: (w) => `${atJa(w)}「${headersOf(w)[0]}」の値「${headersOf(w)[1] ?? ""}」が、同じ行の内訳（${v(w)}）の合計「${headersOf(w)[2] ?? ""}」と合いません。「${f(w)}」には「${headersOf(w)[0]}」の値をそのまま公開しました。合計と内訳のどちらが正しいか確認し、直してください。`,
    en: (w) => `${atEn(w)}"${headersOf(w)[0]}" is ${headersOf(w)[1] ?? ""}, but the row's parts (${v(w)}) sum to ${headersOf(w)[2] ?? ""}. ${f(w)} was published as "${headersOf(w)[0]}" gives it. Check whether the total or a part is wrong, and correct it.`,
  },
  sum_part_unreadable: {
    severity: "warning", title_ja: "合計する値が数でない", title_en: "A part of a sum is no number",
    ja: (w) => `${atJa(w)}「${f(w)}」は他の列の合計から求めますが、その1つ「${v(w)}」が数でないため空にしました。人数などの数を入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} is the sum of other columns, but one of them, "${v(w)}", is no number: it was left empty. Enter a number.`,
  },
  end_time_before_start: {
    severity: "warning", title_ja: "終了時間が開始時間より前", title_en: "End time before start time",
    ja: (w) => `${atJa(w)}1日の行で「${f(w)}」が開始時間より前です（${v(w)}）。時刻が入れ替わっていないか確認してください。日をまたぐ場合は、終了日に翌日の日付を入力するか、終了時間を「翌2時」「26:00」のように書いてください。`,
    en: (w) => `${atEn(w)}on a one-day row, ${f(w)} is before the start time (${v(w)}). Check whether the times are swapped; if it runs past midnight, enter the next day as the end date or write the end as 翌2時 or 26:00.`,
  },
  time_in_date_cell_differs: {
    severity: "warning", title_ja: "日付のセルの時刻が時刻の列と違う", title_en: "Time in the date cell differs from the time column",
    ja: (w) => `${atJa(w)}日付のセル「${v(w)}」に書かれた時刻が「${f(w)}」の値と違うため（日付のセル／${f(w)}：${d(w)}）、「${f(w)}」の値を使い、日付のセルは特記事項・備考に残しました。どちらが正しいか確かめ、時刻は時刻の列だけに入力してください。`,
    en: (w) => `${atEn(w)}The date cell "${v(w)}" writes a time that is not ${f(w)}'s (date cell／${f(w)}: ${d(w)}): ${f(w)}'s was kept, and the date cell kept in the remarks. Check which is right, and write times in the time columns only.`,
  },
  time_from_date_cell: {
    severity: "info", title_ja: "日付のセルにあった時刻", title_en: "Time in the date cell",
    ja: (w) => `${atJa(w)}日付のセルに時刻が書かれていたため（${v(w)}）、空の「${f(w)}」に入れました。時刻は時刻の列に入力してください。`,
    en: (w) => `${atEn(w)}the date cell held a time (${v(w)}); it was put in the empty ${f(w)}. Write times in the time column.`,
  },
  time_from_schedule_remarks: {
    severity: "info", title_ja: "特記事項にあった時刻", title_en: "Time in the schedule remarks",
    ja: (w) => `${atJa(w)}開始日時特記事項にくり返しの曜日と時間が書かれていたため（${v(w)}）、空の「${f(w)}」に入れました。特記事項はそのままです。時刻は時刻の列にも入力してください。`,
    en: (w) => `${atEn(w)}the schedule remarks held a recurring day with its hours (${v(w)}); the time was put in the empty ${f(w)}, the remarks left as they are. Write times in the time column too.`,
  },
  dates_out_of_order: {
    severity: "warning", title_ja: "日付の順序", title_en: "Dates out of order",
    ja: (w) => `${atJa(w)}「${f(w)}」が、その前に来るはずの日付より前です（${v(w)}）。どちらかの日付を確認してください。`,
    en: (w) => `${atEn(w)}${f(w)} is before the date that should come first (${v(w)}). Check both dates.`,
  },
  end_date_next_day: {
    severity: "warning", title_ja: "日をまたぐ終了時間", title_en: "End time on the next day",
    ja: (w) => `${atJa(w)}終了時間が24時を過ぎている（翌日の時刻）ため、「${f(w)}」を開始日の翌日にしました（${v(w)}）。日をまたぐ場合は、終了日に翌日の日付を入力してください。`,
    en: (w) => `${atEn(w)}The end time is past midnight (a time of the next day), so ${f(w)} was set to the day after the start date (${v(w)}). When a row runs past midnight, enter the next day as its end date.`,
  },
  end_before_start: {
    severity: "error", title_ja: "終了日が開始日より前", title_en: "End date before start date",
    ja: (w) => `${atJa(w)}「${f(w)}」が開始日より前です（${v(w)}）。開始日と終了日を確認してください。`,
    en: (w) => `${atEn(w)}${f(w)} is before its start date (${v(w)}). Check both dates.`,
  },
  time_range_split: {
    severity: "warning", title_ja: "時刻の範囲が1つのセルに", title_en: "Time range in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」に時刻の範囲「${v(w)}」が入っていたため、この列には範囲のうち、開始の列なら前の時刻、終了の列なら後の時刻を使いました。開始時間と終了時間は別の列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a time range; this column took its first time if it is a start, its second if it is an end. Use one time per column.`,
  },
  time_range_beside_time: {
    severity: "warning", title_ja: "時刻の範囲と別の時刻", title_en: "Time range beside another time",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は時刻の範囲ですが、「${headersOf(w)[0]}」には別の時刻「${headersOf(w)[1]}」があります。「${headersOf(w)[0]}」は「${headersOf(w)[1]}」のままとし、範囲のもう一方の時刻（${headersOf(w)[2]}）も失われないよう、範囲のセルを「${headersOf(w)[3]}」に残しました。どちらが正しいか確かめ、開始時間と終了時間には1つずつ時刻を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a time range, but ${headersOf(w)[0]} gives another time, "${headersOf(w)[1]}". ${headersOf(w)[0]} keeps "${headersOf(w)[1]}", and so that the range's other time (${headersOf(w)[2]}) is not lost, the range cell was kept in ${headersOf(w)[3]}. Check which is right, and write one time in each of the start and end columns.`,
  },
  excel_serial_time: {
    severity: "warning", title_ja: "Excelのシリアル値の時刻", title_en: "Excel serial time",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」をExcelの時刻（1日の割合）として時刻にしました。セルをHH:MMの文字列にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as an Excel time (fraction of a day). Write the time as text (HH:MM).`,
  },
  value_by_count: {
    severity: "info", title_ja: "同じ行の数から標準の選択肢に", title_en: "Value made the standard's by a count of its row",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は標準の選択肢にないため、同じ行の数から読み替えました（${d(w)}）。標準の選択肢で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is none of the standard's values: read by a count of its row (${d(w)}). Write the standard's values.`,
  },
  fee_from_details: {
    severity: "info", title_ja: "料金(基本)を料金の列から", title_en: "Basic fee from the fee column",
    ja: (w) => `${atJa(w)}「${f(w)}」の列がないため、料金の列の金額だけのセル（料金の名前や「1回」「1人」が付いたものも）から「${v(w)}」を入れました。`,
    en: (w) => `${atEn(w)}the file has no ${f(w)} column: "${v(w)}" was taken from the fee column's cell, which is no more than an amount (also with the fee's name, or per one session or person).`,
  },
  fees_by_person: {
    severity: "info", title_ja: "区分ごとの料金から料金(基本)", title_en: "Basic fee from fees by kind of person",
    ja: (w) => `${atJa(w)}料金「${v(w)}」は人の区分ごとの料金のため、${feeLabel(w) === "" ? "区分のない最初の金額" : `「${feeLabel(w)}」の金額`}（${feeAmount(w)}円）を${f(w)}とし、セルは料金(詳細)にそのまま残しました。${f(w)}には基本となる1つの金額（一般・大人の料金）を、区分ごとの料金は料金(詳細)に入力してください。`,
    en: (w) => `${atEn(w)}the fee "${v(w)}" gives amounts by kind of person: ${feeLabel(w) === "" ? "the first amount, which has no label" : `the amount for ${feeLabel(w)}`} (${feeAmount(w)} yen) was taken as ${f(w)}, and the cell stays as written in 料金(詳細). Enter one basic amount (the general or adult fee) in ${f(w)}, and the fees by kind of person in 料金(詳細).`,
  },
  fees_by_person_no_general: {
    severity: "warning", title_ja: "一般の料金がない区分ごとの料金", title_en: "Fees by kind of person with no general fee",
    ja: (w) => `${atJa(w)}料金「${v(w)}」は人の区分（${d(w)}）ごとの料金で、一般・大人の料金がないため、${f(w)}は空欄にしました（セルは料金(詳細)に残しています）。1つの区分の金額を${f(w)}にすると、他の行の一般の料金と並べて比べられてしまうためです（子どもだけ無料の施設が無料と表示されるなど）。一般・大人の料金を${f(w)}に入力してください。対象者が限られる催し（小学生向けの教室など）なら、参加者が払う金額を${f(w)}に入力してください。`,
    en: (w) => `${atEn(w)}the fee "${v(w)}" gives amounts only by kind of person (${d(w)}), with no general or adult fee, so ${f(w)} was left empty (the cell stays in 料金(詳細)): one kind's amount as ${f(w)} would be compared with other rows' general fees (a museum free only for children shown as free). Enter the general or adult fee in ${f(w)}; for an event only for some people (a class for schoolchildren), enter the amount the participants pay.`,
  },
  fee_per_time: {
    severity: "warning", title_ja: "時間あたりの料金", title_en: "A fee per length of time",
    ja: (w) => `${atJa(w)}料金「${v(w)}」は時間あたりの料金（${d(w)}）で、1回の利用の料金ではないため、${f(w)}は空欄にしました（セルは料金(詳細)に残しています）。時間あたりの金額を${f(w)}にすると、他の行の1回の料金と並べて比べられてしまうためです。1回の利用・入場の料金があれば${f(w)}に入力し、時間ごとの料金は料金(詳細)に書いてください。`,
    en: (w) => `${atEn(w)}the fee "${v(w)}" is a rate per length of time (${d(w)}), not the fee of one visit, so ${f(w)} was left empty (the cell stays in 料金(詳細)): a rate as ${f(w)} would be compared with other rows' fees per visit. Enter the fee of one visit or entry in ${f(w)}, if there is one, and the rate in 料金(詳細).`,
  },
  days_from_time_cell: {
    severity: "info", title_ja: "利用可能曜日を時間の列から", title_en: "Days from the hours column",
    ja: (w) => `${atJa(w)}「${f(w)}」の列がないため、時間の列の曜日の語（平日、土日祝、毎日、月～金、月・水・金。曜日ごとに時間を書いたセルはそのすべての曜日、「土日祝日を除く」のように休みの曜日だけを書いたセルはそれ以外の曜日）から「${v(w)}」を入れました。`,
    en: (w) => `${atEn(w)}the file has no ${f(w)} column: "${v(w)}" was taken from the days word (平日, 土日祝, 毎日, 月～金, 月・水・金; in a cell giving hours for each set of days, all their days; in one naming only the days it is closed on, such as 土日祝日を除く, the other days) of the hours column's cell.`,
  },
  kind_by_law: {
    severity: "warning", title_ja: "空の種類を病床数・名称から", title_en: "Empty kind made by the beds or the name",
    ja: (w) => `${atJa(w)}「${f(w)}」が空のため、${d(w)}から「${v(w)}」としました（医療法：20床以上は病院、19床以下は診療所で、診療所は「病院」と名乗れません）。違う場合は「${f(w)}」を入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was empty: "${v(w)}" was taken from ${d(w)} (医療法: 20 beds or more make a 病院, fewer a 診療所, and no 診療所 may be named 病院). Enter ${f(w)} where it is otherwise.`,
  },
  kind_from_list_or_name: {
    // value: the kind given; detail: where it was read (表題「…」, ファイル名「…」, 名称「…」), `｜`, then as value_needs_count's
    severity: "warning", title_ja: "空の種類を一覧の表題・名称から", title_en: "Empty kind taken from the list's title or the name",
    ja: (w) => `${atJa(w)}「${f(w)}」が空か列がないため、${listKindSource(w)}から「${v(w)}」としました（医療法の種類）。標準の選択肢ではなく、「${neededCount(listKindCount(w))}」が空か列がないため有床か無床かは読めません。「${neededCount(listKindCount(w))}」を入力するか（${countBands(listKindCount(w))}）、「${f(w)}」を標準の選択肢で入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was empty or not in the file: "${v(w)}" (a kind of 医療法) was taken from ${listKindSource(w)}. It is none of the standard's values, and with "${neededCount(listKindCount(w))}" empty or not in the file whether it has beds cannot be read. Fill in "${neededCount(listKindCount(w))}" (${countBands(listKindCount(w)).replaceAll("なら", ": ").replaceAll("以上", " or more").replaceAll("、", "; ")}) or write one of the standard's values in ${f(w)}.`,
  },
  kind_disagrees_with_count: {
    severity: "warning", title_ja: "種類と病床数などの数が合わない", title_en: "Kind and count of the row disagree",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、同じ行の${neededCount(w)}と合いません（${countBands(w)}）。どちらかが誤っているため、値はそのまま残しました。種類か数を直してください（数が分からないときは0ではなく空欄に）。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) disagrees with its row's ${neededCount(w)} (${countBands(w).replaceAll("なら", ": ").replaceAll("以上", " or more").replaceAll("、", "; ")}); one of them is wrong, both kept as written. Correct the kind or the count (leave the count empty, not 0, where it is not known).`,
  },
  value_needs_count: {
    severity: "warning", title_ja: "同じ行の数がなく標準の選択肢にできない値", title_en: "Value the standard's only by a count its row lacks",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は標準の選択肢になく、「${neededCount(w)}」が空欄のため読み替えられません。値はそのまま残しました。「${neededCount(w)}」を入力するか（${countBands(w)}）、標準の選択肢で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is none of the standard's values, and cannot be read by "${neededCount(w)}", which is empty; kept as written. Fill in "${neededCount(w)}" (${countBands(w).replaceAll("なら", ": ").replaceAll("、", "; ")}) or write one of the standard's values.`,
  },
  value_qualified: {
    severity: "info", title_ja: "別の列の語と合わせて標準の選択肢に", title_en: "Value made the standard's by a word of another column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、同じ行の別の列の語と合わせて読み替えました（${d(w)}）。「${f(w)}」に標準の選択肢をそのまま入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read with a word of another column of its row: ${d(w)}. Write the standard's value in ${f(w)} itself.`,
  },
  codes_from_legend: {
    severity: "warning", title_ja: "凡例の番号を語に", title_en: "Codes read by the file's legend",
    ja: (w) => `「${f(w)}」の番号を、${w.detail === "code_table" ? "見出しが示す全国のシステムの区分（医療情報ネットの機関区分など）の" : w.detail === "below_data" ? "データの下にある" : "見出しの上にある"}凡例（${v(w)}）で語に置き換えました。番号はこの指摘に残っています。置き換えが正しいか確かめ、「${f(w)}」には番号でなく語（標準の選択肢）を入力してください。`,
    en: (w) => `The codes of ${f(w)} were read as words by ${w.detail === "code_table" ? "the code table of the national system its header names (医療情報ネット's 機関区分 …)" : `the legend ${w.detail === "below_data" ? "under the data" : "above the header"}`} (${v(w)}); the codes are kept in this issue. Check the words, and write the words (the standard's choices) in ${f(w)}, not codes.`,
  },
  marks_from_legend: {
    severity: "info", title_ja: "凡例の記号を有無に", title_en: "Marks read by the file's legend",
    ja: (w) => `「${f(w)}」の${dashLegend(w) ? "「－」などの記号" : "番号（1、2など）"}を、${w.detail === "below_data" ? "データの下" : "見出しの上"}にある凡例（${v(w)}）のとおり有無として読みました${dashLegend(w) ? "（「－」は空欄でなく「無」）" : ""}。「${f(w)}」には「有」または「無」を入力してください。`,
    en: (w) => `${dashLegend(w) ? "Marks such as \"－\"" : "Codes (1, 2 …)"} in ${f(w)} were read as yes or no by the legend ${w.detail === "below_data" ? "under the data" : "above the header"} (${v(w)})${dashLegend(w) ? ": \"－\" is no (無), not a blank" : ""}. Write 有 (yes) or 無 (no) in ${f(w)}.`,
  },
  dash_read_as_unknown: {
    // value: the legend (－=調査中)
    severity: "warning", title_ja: "1/空欄の列の「－」を凡例のとおり不明に", title_en: "A dash in a 1-or-empty column read as not known by the legend",
    ja: (w) => `「${f(w)}」の「－」は、ファイルの凡例（${v(w)}）が「該当しない」以外の意味としているため、空欄（該当しない）ではなく不明として読みました。該当なら「1」、該当しないなら空欄で入力し、分からない行は備考にその旨を書いてください。`,
    en: (w) => `The dashes in ${f(w)} were read as not known, not as empty (no), because the file's legend (${v(w)}) gives the dash another meaning. Write 1 for yes, leave the cell empty for no, and say in remarks where it is not known.`,
  },
  dash_read_as_no: {
    severity: "warning", title_ja: "○の列の「－」を無に", title_en: "A dash in a column of ○ read as no",
    ja: (w) => `「${f(w)}」の値は「○」などの印と「－」だけのため、「－」を「無」と読みました（凡例はありません）。「－」が「不明」や「該当なし」の意味なら空欄にし、そうでなければ「有」または「無」を入力してください。`,
    en: (w) => `${f(w)} holds only marks such as ○ and dashes, so "－" was read as no (無); the file gives no legend. If the dash means "not known" or "not applicable", leave the cell empty; otherwise write 有 (yes) or 無 (no).`,
  },
  blank_read_as_no: {
    severity: "warning", title_ja: "印の列の空欄を無に", title_en: "A blank in a column of marks read as no",
    ja: (w) => `「${f(w)}」の値は「●」「○」などの印と空欄だけのため、空欄を「無」と読みました（凡例はありません）。空欄が「不明」や「未調査」の意味なら「不明」などと書くか凡例を添え、そうでなければ「有」または「無」を入力してください。`,
    en: (w) => `${f(w)} holds only marks such as ● or ○ and blank cells, so a blank was read as no (無); the file gives no legend. If a blank means "not known" or "not surveyed", say so in the cell or in a legend; otherwise write 有 (yes) or 無 (no).`,
  },
  two_read_as_no: {
    severity: "warning", title_ja: "1と2の列の「2」を無に", title_en: "A 2 in a column of 1 and 2 read as no",
    ja: (w) => `「${f(w)}」の値は「1」と「2」だけのため、1=有、2=無 と読みました（凡例はありません）。「2」が別の意味（台数、不明など）なら直し、「${f(w)}」には「有」または「無」を入力してください。`,
    en: (w) => `${f(w)} holds only 1 and 2, so it was read as 1 = yes (有), 2 = no (無); the file gives no legend. If 2 means something else (a count, not known), correct it; write 有 (yes) or 無 (no) in ${f(w)}.`,
  },
  other_quantity: {
    severity: "warning", title_ja: "別の量の値", title_en: "A quantity of another kind",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は、単位から「${f(w)}」ではなく${d(w)}です。空欄にし、セルは備考に「${d(w)}：${v(w)}」として残しました。この行の「${f(w)}」は空欄にし（防火水槽・プールなどに管の口径はない）、${d(w)}などは備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is by its unit no ${f(w)} but another quantity (${d(w)}). It was left empty and the cell kept in the remarks as "${d(w)}：${v(w)}". Leave ${f(w)} empty on such rows (a tank or a pool has no pipe) and put the ${d(w)} in the remarks.`,
  },
  below_zero_in_words: {
    severity: "info", title_ja: "「海面下」などの言葉で書かれたマイナス", title_en: "Below zero in words",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は「海面下」などの言葉で0より下を表しているため、マイナスの数${w.detail ?? ""}として読みました。0より下の値はマイナス記号を付けた半角数字（例 ${w.detail ?? "-1.0"}）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says in words (海面下: below the sea) that it lies below zero, so it was read as ${w.detail ?? ""}. Write such a value as a number with a minus sign (e.g. ${w.detail ?? "-1.0"}).`,
  },
  zero_in_words: {
    severity: "warning", title_ja: "「ゼロ」と書かれた0", title_en: "Zero in words",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は「ゼロ」という言葉を0として読みました。「海抜ゼロメートル」のような土地の呼び名で、測った値でない場合は、実際の値を半角数字（例 0.5）で入力してください。0なら「0」と入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes zero as a word (ゼロ), read as 0. If it names the land (海抜ゼロメートル, "zero metres above the sea") rather than a measured figure, enter the measured value in half-width digits (e.g. 0.5); if it is 0, write 0.`,
  },
  number_range: {
    severity: "warning", title_ja: "数の範囲", title_en: "A range of numbers",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は${w.detail ?? ""}という範囲で、どちらの端（または間のどの値）がこの列の値か分からないため空欄にしました。セル全体は備考の列があればそこに残しました。この列には一つの数（標高なら代表地点の値など）を半角数字で入力し、範囲は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a range, ${w.detail ?? ""}, and which end (or which figure between) is the column's value the cell does not say, so it was left empty; where the dataset has a remarks column, the cell is kept there. Enter one number (for a height, that of the site's representative point, say) and the range in the remarks.`,
  },
  several_numbers: {
    severity: "warning", title_ja: "一つのセルに複数の数", title_en: "Several numbers in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には数が複数（${w.detail ?? ""}）書かれていて、どれがこの行の値か分からないため空欄にしました。セル全体は備考の列があればそこに残しました。この列には一つの数を半角数字で入力し（値ごとに行を分けるなど）、ほかは備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) lists several numbers (${w.detail ?? ""}), and which is the row's value the cell does not say, so it was left empty; where the dataset has a remarks column, the cell is kept there. Enter one number in half-width digits (one row for each value, say) and the others in the remarks.`,
  },
  height_other_datum: {
    severity: "warning", title_ja: "別の基準面からの高さ", title_en: "Height from another datum",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は${datumName(w)}からの高さで、「${f(w)}」の基準の東京湾平均海面（T.P.）からの高さではありません。読まずに空欄にし、セルは備考に残しました。T.P.からの高さ（${datumName(w)}の値から${datumBelow(w)}mを引いた値）を数字だけで入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a height from ${datumName(w)}, not from mean sea level at Tokyo Bay (T.P.), which ${f(w)} is measured from. It was left empty and the cell kept in the remarks. Write the height from T.P. (the ${datumName(w)} figure minus ${datumBelow(w)} m) as a number alone.`,
  },
  value_not_for_kind: {
    severity: "warning", title_ja: "種別に当てはまらない値", title_en: "Value that does not apply to the row's kind",
    ja: (w) => `${atJa(w)}「${f(w)}」の値は、この行の種別には当てはまりません：${v(w)}。この種別に「${f(w)}」はない（防火水槽・プールなどに管の口径はない）ため空欄にし、セルは備考に残しました。この種別の行では「${f(w)}」を空欄にし、容量などは備考に書いてください。`,
    en: (w) => `${atEn(w)}${f(w)} does not apply to the row's kind: ${v(w)}. That kind has no ${f(w)} (a tank or a pool has no pipe), so it was left empty and the cell kept in the remarks. Leave ${f(w)} empty on such rows and put a capacity in the remarks.`,
  },
  value_by_count_noted: {
    severity: "info", title_ja: "同じ行の数から標準の選択肢に（元の値は備考に）", title_en: "Value made the standard's by a count of its row, kept in the remarks",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は標準の選択肢にないため、同じ行の数から読み替えました（${d(w)}）。選択肢では言えない元の値は備考に残しました。標準の選択肢で入力し、元の区分（歯科など）は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is none of the standard's values: read by a count of its row (${d(w)}), and, as the value cannot say what it said (a dentist's …), the cell kept in the remarks. Write the standard's values, and the register's kind in the remarks.`,
  },
  not_in_vocabulary: {
    severity: "warning", title_ja: "標準の選択肢にない値", title_en: "Not one of the standard's values",
    ja: (w) => `${atJa(w)}「${f(w)}」が標準の選択肢にない値です：${v(w)}。値はそのまま残しました。選択肢のいずれかで入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} is none of the standard's choices (選択肢): ${v(w)}. It was kept as written; enter one of the choices.`,
  },
  vocabulary_kind_of: {
    severity: "info", title_ja: "標準の値に含まれる種類", title_en: "A kind the standard's value includes",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」${v(w) === detailPart(w, 0) ? "" : `の「${detailPart(w, 0)}」`}は、標準の値「${detailPart(w, 1)}」に含まれる種類のため（文化財保護法で絵画・彫刻・工芸品・書跡・典籍・古文書・考古資料・歴史資料は美術工芸品）、「${detailPart(w, 1)}」を値にし、セル全体は備考に残しました。アプリが値で絞り込めるよう、「${f(w)}」には標準の値だけを入力し、細かい種類は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) names ${detailPart(w, 0)}, a kind of the standard's value "${detailPart(w, 1)}" (by the 文化財保護法, paintings, sculptures, crafts, calligraphy, books, documents, archaeological and historical materials are 美術工芸品): it was read as that value, and the whole cell kept in the remarks. Enter the standard's value alone, so that apps can filter on it, and the narrower kind in the remarks.`,
  },
  vocabulary_in_brackets: {
    severity: "info", title_ja: "標準の値が括弧の中に", title_en: "Standard value written in brackets",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、標準の値「${d(w)}」を括弧とともに書いていたため（有形文化財（建造物）など）、「${d(w)}」を値にし、セル全体は備考に残しました。アプリが値で絞り込めるよう、「${f(w)}」には標準の値だけを入力し、有形文化財などの類別は文化財分類に、補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes the standard's value "${d(w)}" with words in brackets (as in 有形文化財（建造物）): it was read as that value, and the whole cell kept in the remarks. Enter the standard's value alone, so that apps can filter on it; the class (有形文化財 …) belongs in 文化財分類 and notes in the remarks.`,
  },
  vocabulary_with_note: {
    severity: "info", title_ja: "選択肢に補足が付いている", title_en: "Choice with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、括弧内の補足を除くと標準の選択肢「${d(w)}」のため、その値にしました。セル全体は備考に残しました。アプリが値で絞り込めるよう、選択肢だけを入力し、補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is the standard's choice "${d(w)}" with a note in brackets: it was read as that choice, and the whole cell kept in the remarks. Enter the choice alone, so that apps can filter on it, and the note in the remarks.`,
  },
  vocabulary_note_joined: {
    severity: "info", title_ja: "括弧内の語と合わせて選択肢に", title_en: "Choice written with part of it in brackets",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、括弧内の語と合わせて標準の選択肢「${d(w)}」のため、その値にしました。アプリが値で絞り込めるよう、選択肢のとおりに入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}), its words with those in brackets, is the standard's choice "${d(w)}" and was read as it. Write the choice as the standard does, so that apps can filter on it.`,
  },
  vocabulary_reworded: {
    severity: "info", title_ja: "選択肢の書き方を合わせた", title_en: "Choice written another way",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」を標準の選択肢の書き方に合わせました（全角・半角や空白の違い）。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was written as the standard's choice (width or spaces differed).`,
  },
  count_part_filled: {
    severity: "info", title_ja: "内訳の数を内訳の列に", title_en: "A part's count put in its column",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には内訳の数があり、内訳の列が空だったため、その数を内訳の列に入れました（${w.detail ?? ""}）。内訳の数はそれぞれの列に入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} "${v(w)}" gives the counts of its parts, whose own columns were empty: they were put there (${w.detail ?? ""}). Enter each part's count in its own column.`,
  },
  number_of_one_kind: {
    severity: "info", title_ja: "種類を付けた数", title_en: "A count of one kind",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は1つの種類だけの数のため、その数を読みました。セル全体は特記事項や備考の列があればそこに残します。数の列には数だけを入力し、種類は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) counts one kind only: its number was read; where the dataset has a remarks column, the whole cell is kept there. Put only the number in this column and the kind in the remarks.`,
  },
  flag_with_note: {
    severity: "warning", title_ja: "有無に補足が付いている", title_en: "Yes/no with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は補足（括弧内や見出し）を除いた有無で読み、セル全体は備考の列があればそこに残しました。有無の列には「有」か「無」だけを入力し、補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read by its yes or no without the note (in brackets, or a label before it); where the dataset has a remarks column, the whole cell is kept there. Write only 有 or 無 in a yes/no column and the note in the remarks.`,
  },
  height_reformatted: {
    severity: "info", title_ja: "高度の書き方", title_en: "Height written another way",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」を標準の書き方（階数は地上1階が1、地下1階が-1、中2階が1.5。メートルは数字だけ）にしました。半角数字で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was written as the standard writes heights (floors: ground 1, B1 -1, a mezzanine 1.5; metres as the number). Enter half-width digits.`,
  },
  unparseable_height: {
    severity: "warning", title_ja: "高度として読めない", title_en: "Not a height",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は階数やメートルとして読めないため空欄にしました（備考の列があればそこに残しました）。地上1階は1、地下1階は-1のように半角数字で入力し、説明は設置位置や備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is no floor or height in metres and was left empty (where the dataset has a remarks column, the cell is kept there). Enter digits (ground floor 1, B1 -1) and put words in the position or remarks.`,
  },
  height_approximate: {
    severity: "info", title_ja: "おおよその高度", title_en: "Approximate height",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はおおよその高さとして、その数（メートル）で読みました。「約」などの言葉が数から落ちるため、セル全体は備考の列があればそこに残しました。高度の値には半角数字だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is an approximate height and was read as its number (metres); as the number loses the "about", the whole cell is kept in the remarks where the dataset has them. Enter half-width digits only.`,
  },
  hours_by_season: {
    severity: "warning", title_ja: "時期によって違う時間", title_en: "Hours that differ by season",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は、時期（月）によって違う時間を書いています。この列には1年を通した時刻を1つしか入れられず、どれかの時期の時刻を選ぶとその時刻が1年中のものとして公開されるため、時刻としては読まずに空欄にしました。セル全体は、特記事項か備考の列があればそこに書かれたとおり残します。時期ごとの時間は特記事項に書き、この列には1年を通した時刻（時期で違うなら空欄）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives different hours for different parts of the year. This column holds one time for the whole year, and taking one season's would publish it as the year's, so it was not read as a time and left empty. Where the dataset has a remarks column, the whole cell is kept there as written. Write the hours of each season in the remarks, and in this column the time that holds all year (empty if it changes by season).`,
  },
  days_standardized: {
    severity: "info", title_ja: "曜日を標準の書き方に", title_en: "Days written as the standard writes them",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」を、標準の書き方（曜日を1字ずつ続ける）で「${d(w)}」としました。「平日」「毎日」は「日」を含むため日曜日と読まれ、「月～金」は火水木を含みません。曜日は「月火水木金土日祝」のように1字ずつ続けて入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was written as the standard writes days, one character each: "${d(w)}". 平日 and 毎日 contain 日 and read as Sunday, and 月～金 names no 火水木. Write the days one character each, as in 月火水木金土日祝.`,
  },
  days_kept_as_written: {
    severity: "info", title_ja: "曜日として読めない利用可能曜日", title_en: "Available days that are no days",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は曜日として読めないため、書かれたとおり載せました（曜日で絞り込むアプリには読めません）。曜日は「月火水木金土日祝」のように1字ずつ続けて入力し、「第2土曜日」や時期などの補足は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) does not read as days of the week, so it was published as written (apps that filter by the days cannot read it). Write the days one character each, as in 月火水木金土日祝, and notes such as 第2土曜日 or a season in the remarks.`,
  },
  days_with_note: {
    severity: "info", title_ja: "曜日に補足が付いている", title_en: "Days with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は補足を除いた曜日を、標準の書き方（曜日を1字ずつ続ける）で「${d(w)}」としました。セル全体は特記事項か備考の列があればそこに書かれたとおり残しました。曜日は「月火水木金土日祝」のように1字ずつ続けて入力し、補足は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the days were read without their note and written as the standard writes days, one character each: "${d(w)}". Where the dataset has a remarks column, the whole cell is kept there as written. Write the days one character each, as in 月火水木金土日祝, and the note in the remarks.`,
  },
  days_with_hours: {
    severity: "warning", title_ja: "曜日の列に時間も", title_en: "Hours in the days column",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には時間も書かれているため、曜日を標準の書き方で「${daysWithHoursDays(w)}」とし、${daysWithHoursTimes(w) === "" ? "" : `空の開始時間・終了時間に時間（${daysWithHoursTimes(w)}）を入れ、`}セル全体を利用可能日時特記事項に残しました。このままでは曜日としてアプリに読まれません。曜日は「月火水木金」のように1字ずつ、時間は開始時間・終了時間の列に、祝日や年末年始の休みは利用可能日時特記事項に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives hours as well as days: the days were written as the standard writes them, "${daysWithHoursDays(w)}"${daysWithHoursTimes(w) === "" ? "" : `, the hours (${daysWithHoursTimes(w)}) put into the empty start and end time columns`}, and the whole cell kept in 利用可能日時特記事項. As written, apps could not read the days. Write the days one character each (月火水木金), the hours in the start and end time columns, and closures on holidays or at the year's end in 利用可能日時特記事項.`,
  },
  hours_from_day_columns: {
    // field: the remarks column; value: the day columns' headers; detail: the start and end columns' names
    severity: "info", title_ja: "曜日ごとの時間の列から開始・終了時間を", title_en: "Start and end read from columns of each day's hours",
    ja: (w) => `曜日ごとの時間の列（${v(w)}）から、開いている曜日すべてに共通の時刻を「${d(w)}」に入れました（「0830_2200」は8:30～22:00と読みます）。閉まっている曜日や曜日によって違う時間、季節による時間がある行は、曜日ごとの時間を「月火水木金：08:30～17:00」のように、その他の日の列とともに「${f(w)}」に入れました（元の列は extra に残しています）。空欄の曜日は「土日祝：休み」（ほかの曜日がすべて開いている行の空欄の祝日は、書き漏れかもしれないため「祝：記載なし」）、期間の列はその曜日の前に「【4月1日～9月30日】」のように書きました。開始時間・終了時間の列を加えて入力すると確実です。`,
    en: (w) => `From the columns of each day's hours (${v(w)}), the time every open day shares was put into ${d(w)} ("0830_2200" reads as 8:30 to 22:00). On rows with days closed, hours that differ by day, or a season's hours, each day's hours went into ${f(w)} as "月火水木金：08:30～17:00", with the column of other days beside them (the columns are kept in extra); blank days as closed ("土日祝：休み"; a blank holiday where every other day is open as not known, "祝：記載なし", as it may be a cell left unfilled), and a period before the days it is for ("【4月1日～9月30日】"). Add start and end time columns to be sure.`,
  },
  hours_differ_by_day: {
    // field: the start or end column left empty; value: the row's days and their hours; detail: the remarks column
    severity: "warning", title_ja: "曜日ごとの時間の列で曜日によって違う時刻", title_en: "Columns of each day's hours that differ by day",
    ja: (w) => `${atJa(w)}曜日ごとの時間の列では、曜日によって「${f(w)}」が違います（${v(w)}）。この列には時刻を1つしか入れられず、どれかの曜日の時刻を選ぶとその時刻がすべての曜日のものとして公開されるため、空欄にしました。曜日ごとの時間は「${d(w)}」に入れています（元の列は extra に残しています）。すべての曜日に共通の時刻があればこの列に入力し、曜日ごとの時間は「${d(w)}」に書いてください。`,
    en: (w) => `${atEn(w)}the columns of each day's hours give a different ${f(w)} for different days (${v(w)}). This column holds one time, and taking one day's would publish it as every day's, so it was left empty; each day's hours went into ${d(w)} (the columns are kept in extra). Write in this column a time all the days share, and each day's hours in ${d(w)}.`,
  },
  hours_by_days: {
    severity: "warning", title_ja: "曜日によって違う時間", title_en: "Hours that differ by day",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は、曜日によって違う時間を書いています。この列には時刻を1つしか入れられず、どれかの曜日の時刻を選ぶとその時刻がすべての曜日のものとして公開されるため、時刻としては読まずに空欄にしました（すべての曜日で同じ方の時刻は読んでいます）。セル全体は、特記事項か備考の列があればそこに書かれたとおり残します。曜日ごとの時間は特記事項に書き、この列にはすべての曜日に共通の時刻（曜日で違うなら空欄）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives different hours for different days. This column holds one time, and taking one day's would publish it as every day's, so it was not read as a time and left empty (the other end, where all the days share it, was read). Where the dataset has a remarks column, the whole cell is kept there as written. Write the hours of each day in the remarks, and in this column the time all the days share (empty if it differs by day).`,
  },
  time_by_season: {
    severity: "warning", title_ja: "時期によって変わる開始か終了の時刻", title_en: "Start or end that moves with the season",
    ja: (w) => `${atJa(w)}「${v(w)}」は、「${f(w)}」の時刻が時期によって変わります（${d(w)}）。この列には1年を通した時刻を1つしか入れられないため、「${f(w)}」は空欄にしました。もう一方の時刻は1年を通して同じため読みました。セル全体は、特記事項か備考の列があればそこに書かれたとおり残します。時期ごとの時刻は特記事項に書き、「${f(w)}」には1年を通した時刻（時期で違うなら空欄）を入力してください。`,
    en: (w) => `${atEn(w)}in "${v(w)}", ${f(w)} moves with the season (${d(w)}). This column holds one time for the whole year, so ${f(w)} was left empty; the other end of the hours holds all year and was read. Where the dataset has a remarks column, the whole cell is kept there as written. Write each season's time in the remarks, and in ${f(w)} the time that holds all year (empty if it changes by season).`,
  },
  unparseable_time: {
    severity: "warning", title_ja: "時刻として読めない", title_en: "Not a time",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は時刻として読めないため空欄にしました（内容はこの指摘に残っています）。時刻はHH:MM形式で入力し、説明は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a time and was left empty (its text is kept in this issue). Write HH:MM and put explanations in the remarks column.`,
  },
  closed_half_day: {
    severity: "info", title_ja: "午後が休みの日の終了時間", title_en: "End time of a day closed in the afternoon",
    ja: (w) => `${atJa(w)}「${f(w)}」は午後の欄が休みを表す（${v(w)}）ため、午前の時間帯の終わりを終了時間にしました。両方の欄は特記事項に残しています。`,
    en: (w) => `${atEn(w)}the afternoon's cell says closed (${v(w)}), so ${f(w)} is the end of the morning's hours; both cells are kept in the remarks.`,
  },
  time_sessions: {
    severity: "info", title_ja: "1つのセルに複数の時間帯", title_en: "Several sessions in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は複数の時間帯なので、開始は最初の時間帯の開始、終了は最後の時間帯の終了にしました。セル全体は特記事項の列があればそこに残します（休憩の時間が分かるように）。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds several sessions: the start is the first one's start and the end the last one's end; where the dataset has a remarks column, the cell is kept there so the break is not lost.`,
  },
  two_digit_year_read: {
    severity: "warning", title_ja: "2桁の年をファイルの書き方で読んだ", title_en: "Two-digit year read as the file writes its years",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は年が2桁のため、この列（またはファイル）のほかの日付の年の書き方で「${d(w)}」と読みました。年は4桁の西暦（2024-04-01）か、元号つき（令和6年4月1日）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has a two-digit year; it was read as the column's (or the file's) other dates write their years: ${d(w)}. Write the year in four digits (2024-04-01) or with its era (令和6年4月1日).`,
  },
  era_first_year_read: {
    severity: "warning", title_ja: "元号のない元年をファイルの元号で読んだ", title_en: "元年 without its era read in the file's era",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の「元年」には元号がないため、この列（またはファイル）のほかの日付の元号（「${detailPart(w, 2)}」）で${detailPart(w, 0)}として「${detailPart(w, 1)}」と読みました。違う元号の元年（平成元年＝1989年など）なら直してください。日付は元号つき（令和元年5月1日）か西暦（2019-05-01）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes 元年, an era's first year, without the era: it was read in the era of the column's (or the file's) other dates ("${detailPart(w, 2)}") as ${detailPart(w, 0)}, ${detailPart(w, 1)}. If it is another era's first year (平成元年 is 1989), correct it. Write the date with its era (令和元年5月1日) or as 2019-05-01.`,
  },
  era_first_year_unknown: {
    severity: "warning", title_ja: "元号のない元年", title_en: "元年 without its era",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の「元年」には元号がなく、この列（またはファイル）のほかの日付も元号で書かれていないため、令和元年（2019年）か平成元年（1989年）かを決めず、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。日付は元号つき（令和元年5月1日）か西暦（2019-05-01）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes 元年, an era's first year, without the era, and the column's (or the file's) other dates name no era, so neither 令和元年 (2019) nor 平成元年 (1989) was chosen: it was left empty rather than published, and the cell kept in the remarks. Write the date with its era (令和元年5月1日) or as 2019-05-01.`,
  },
  unit_converted: {
    severity: "info", title_ja: "単位を換算した", title_en: "Unit converted",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は列の単位でないため、列の単位に換算して「${d(w)}」と読みました。列の単位（口径ならミリメートル）の数だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not in the column's unit; it was converted to it: ${d(w)}. Enter the number in the column's unit (millimetres for a diameter) only.`,
  },
  size_from_inches: {
    severity: "warning", title_ja: "インチの呼び径をミリの呼び径に", title_en: "Nominal size in inches read in millimetres",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はインチの呼び径（B）のため、JISの対応するミリの呼び径（A）「${d(w)}」と読みました（6B＝150Aなど）。実際の内径ではありません。ミリの呼び径（150）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a nominal size in inches (B); it was read as the JIS nominal size in millimetres (A) that matches it: ${d(w)} (6B is 150A), not a measured bore. Enter the nominal size in millimetres (150).`,
  },
  date_history: {
    severity: "warning", title_ja: "いくつもの日付の経過", title_en: "A history of several dates",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には日付がいくつもあり（${d(w)}）、どれがこの列の日付か分からないため、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。この列には今の指定などの日付を1つ（2024-04-01 の形）入力し、経過は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds several dates (${d(w)}), and which is this column's is not told, so it was left empty rather than published, and the cell kept in the remarks. Enter the one date (as 2024-04-01), such as the present designation's, and the history in the remarks.`,
  },
  date_month_only: {
    severity: "warning", title_ja: "年月だけの日付", title_en: "A month, no day",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は年月（${detailPart(w, 0)}～${detailPart(w, 1)}）だけで日がないため、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。日付（2024-04-01 の形）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives a month (${detailPart(w, 0)} to ${detailPart(w, 1)}) and no day, so it was left empty rather than published, and the cell kept in the remarks. Enter the date (as 2024-04-01).`,
  },
  date_fiscal_year_only: {
    severity: "warning", title_ja: "年度だけの日付", title_en: "A fiscal year, no date",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は年度（${detailPart(w, 0)}～${detailPart(w, 1)}）だけで日が決まっていないため、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。日が決まったら日付（2024-04-01 の形）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives a fiscal year (${detailPart(w, 0)} to ${detailPart(w, 1)}) and no day, so it was left empty rather than published, and the cell kept in the remarks. Enter the date (as 2024-04-01) once the day is fixed.`,
  },
  two_digit_year: {
    severity: "warning", title_ja: "2桁の年（西暦か和暦か不明）", title_en: "Two-digit year, Western or Japanese era unknown",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は年が2桁で、西暦の下2桁か元号の年かをファイルのほかの日付からも決められないため、日付としては公開せず空欄にし、セルは特記事項・備考に残しました（読み方：${d(w)}）。年は4桁の西暦（2024-04-01）か、元号つき（令和6年4月1日）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has a two-digit year that the file's other dates do not tell to be Western or of a Japanese era, so it was left empty rather than published, and the cell kept in the remarks (readings: ${d(w)}). Write the year in four digits (2024-04-01) or with its era (令和6年4月1日).`,
  },
  date_year_taken: {
    severity: "warning", title_ja: "年のない日付にファイルの年を補った", title_en: "Year taken from the file for a date without one",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には年がないため、ファイルが示す年で「${d(w)}」と読みました（年度なら1月～3月は翌年）。違う場合は、年を入れた日付（2024-04-01）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has no year; it was read with the year the file gives: ${d(w)} (in a fiscal year, January to March are the next calendar year). If that is wrong, write the date with its year (2024-04-01).`,
  },
  date_year_from_weekday: {
    severity: "warning", title_ja: "年のない日付の年を曜日から", title_en: "Year of a date without one told by its weekday",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には年がなく、ファイルからは年が1つに決まりませんが、書かれた曜日が合う年は1つだけのため、「${d(w)}」と読みました。年を入れた日付（2024-04-01）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has no year and the file allows more than one, but its weekday fits only one of them, so it was read as ${d(w)}. Write the date with its year (2024-04-01).`,
  },
  date_year_weekday_mismatch: {
    severity: "warning", title_ja: "年のない日付の曜日がファイルの年と合わない", title_en: "Weekday of a date without a year disagrees with the file's year",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には年がなく、ファイル（終了日なら開始日）が示す年で読むと${d(w)}で、書かれた曜日と合いません（前年の一覧の写しなど）。年を推測せず、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。日付か曜日を直し、年を入れた日付（2024-04-01）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has no year, and read in the year the file (for an end date, its start date) gives it is ${d(w)}, which its weekday contradicts (a list copied from last year?). No year was guessed: it was left empty rather than published, and the cell kept in the remarks. Correct the date or the weekday and write the date with its year (2024-04-01).`,
  },
  years_from_title_date: {
    severity: "info", title_ja: "表題の日付から年のない日付の年を判断", title_en: "The title's date taken for the years of dates without one",
    ja: (w) => `表題「${v(w)}」の日付 ${d(w)} には「現在」も「更新」「作成」もないため、一覧の日付とみなしました。「${f(w)}」などの年のない日付は、その年か翌年のうち書かれた曜日が合う年で読みます（曜日がなければ読みません）。一覧の日付でなければ、表題に「○年度」か「○年○月○日現在」と書くか、日付に年を入れてください（2024-04-01）。`,
    en: (w) => `The title "${v(w)}" gives the date ${d(w)} with neither "as of" (現在) nor "updated" or "made" (更新, 作成) beside it, so it was taken as the list's date: a date without a year in ${f(w)} and the other date columns reads in that year or the next, whichever its written weekday fits (without a weekday it is not read). If it is not the list's date, name the fiscal year (令和6年度) or write "○年○月○日現在" in the title, or write the dates with their year (2024-04-01).`,
  },
  date_year_title_disagrees: {
    severity: "warning", title_ja: "年のない日付：表題の年とほかの日付の年が合わない", title_en: "Date without a year: the title's year and the other dates disagree",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には年がなく、ファイルの表題の年とこの列のほかの日付の年が合わないため（${d(w)}）、どちらの年とも決めず、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。表題の年度（前年の一覧の写しなど）か日付を直し、年を入れた日付（2024-04-01）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has no year, and the file's title and the column's other dates name different years (${d(w)}), so neither was taken: it was left empty rather than published, and the cell kept in the remarks. Correct the title's year (copied from last year's list?) or the dates, and write the date with its year (2024-04-01).`,
  },
  year_missing: {
    severity: "warning", title_ja: "年のない日付", title_en: "Date without a year",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には年がなく、ファイルのタイトル（令和6年度など）にも、この列とその期間のもう一方の列（開始日なら終了日）のほかの行の日付にも年が示されていないため（ほかの期間の列、たとえば開催日の年は使いません）、日付としては公開せず空欄にし、セルは特記事項・備考に残しました。年を入れた日付（2024-04-01）で入力するか、表の上のタイトル行に「令和6年度イベント一覧」のように年度を書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has no year, and neither the file's title (a fiscal year such as 令和6年度) nor the other dates of this column and its period's other end give one (another period's columns, such as the event's dates, are not used), so it was left empty rather than published, and the cell kept in the remarks. Write the date with its year (2024-04-01), or name the fiscal year in a title row above the table (令和6年度イベント一覧).`,
  },
  date_latest_in_note: {
    severity: "warning", title_ja: "補足の中のより新しい日付", title_en: "A later date in the note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は補足により新しい日付があるため、最も新しい「${d(w)}」を値にし、セル全体を備考の列に残しました。「${f(w)}」には最新の日付だけを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives a later date in its note: the latest, ${d(w)}, was taken, and the whole cell was kept in the remarks column. Put only the latest date in this column.`,
  },
  date_with_note: {
    severity: "warning", title_ja: "日付に補足が付いている", title_en: "Date with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は補足を除いた日付を読み、セル全体を備考の列に残しました。日付の列には日付だけを入力し、補足（追加指定・変更の経緯など）は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the date was read without its note, and the whole cell was kept in the remarks column. Put only the date in this column and the note (a later designation, a change) in the remarks.`,
  },
  time_approximate: {
    severity: "info", title_ja: "おおよその時刻（頃）", title_en: "Approximate time",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は「頃」の付いたおおよその時刻です。時刻として読み、「頃」が時刻から落ちるため、セル全体は特記事項の列があればそこに残しました。時刻の列には時刻だけを入力し、「頃」などの補足は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is an approximate time ("about"). It was read as that time; as the time loses the "about", the whole cell is kept in the remarks where the dataset has them. Put only the time in this column and such notes in the remarks.`,
  },
  time_doors_open: {
    severity: "info", title_ja: "開場と開演の時刻", title_en: "Doors and show times",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には開場と開演の時刻があるため、開演の時刻を開始の時刻として読み、セル全体（開場の時刻）は特記事項の列があればそこに残しました。開始時間には開演の時刻だけを入力し、開場の時刻は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives when the doors open and when the show starts: the show's time was read as the start, and the whole cell (the doors' time) is kept in the remarks where the dataset has them. Enter only the show's time as the start and the doors' time in the remarks.`,
  },
  time_meeting_as_start: {
    severity: "warning", title_ja: "集合時刻を開始時間に", title_en: "Meeting time read as the start",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は集合の時刻のため、開始の時刻として読み、セル全体は特記事項の列があればそこに残しました。催しの始まりが集合より後なら、その時刻を開始時間に入力し、集合の時刻は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is when the participants meet: it was read as the start, and the whole cell is kept in the remarks where the dataset has them. If the event itself begins later, enter that time as the start and the meeting time in the remarks.`,
  },
  time_dispersal_as_end: {
    severity: "warning", title_ja: "解散時刻を終了時間に", title_en: "Parting time read as the end",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は解散の時刻のため、終了の時刻として読み、セル全体は特記事項の列があればそこに残しました。催しの終わりが解散より前なら、その時刻を終了時間に入力し、解散の時刻は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is when the participants part: it was read as the end, and the whole cell is kept in the remarks where the dataset has them. If the event itself ends earlier, enter that time as the end and the parting time in the remarks.`,
  },
  time_with_note: {
    severity: "info", title_ja: "時刻に補足が付いている", title_en: "Time with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は補足を除いた時刻を読みました。補足（括弧内や※の後、時刻の後の「雨天中止」などの言葉、時刻の前の「夜の部」「第1部」などの見出し、時刻の前後の「平日」「月～金」「365日」などの曜日）は特記事項の列があればそこに残します。時刻の列には時刻だけを入力し、補足は特記事項に、曜日は利用可能曜日の列があればそこに書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the time was read without its note (in brackets, after ※, words after it such as 雨天中止, a label before it such as 夜の部 or 第1部, or the days beside it such as 平日, 月～金 or 365日); where the dataset has a remarks column, the cell is kept there. Put only the time in this column, notes in the remarks, and the days in the available-days column where the dataset has one.`,
  },
  time_start_in_words: {
    severity: "info", title_ja: "始まりが言葉の時間（放課後～18:00）", title_en: "Hours that start with a word",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は始まりが時刻でなく言葉（放課後・下校時など）のため、開始の時刻は空欄にし、終わりの時刻だけを終了の時刻として読みました。セル全体は特記事項の列があればそこに残しました。開始時間にはおおよその時刻を入力し、「放課後から」などの説明は特記事項に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) starts with a word (after school, 放課後), not a time: the start was left empty and only the closing time read as the end; where the dataset has a remarks column, the cell is kept there. Enter an approximate start time and the words (放課後から) in the remarks.`,
  },
  time_until_in_start: {
    severity: "info", title_ja: "開始の列に終わりの時刻", title_en: "A closing time in a start column",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は終わりの時刻（まで）のため、開始の時刻には入れず空欄にしました。終了の時刻の列が空欄なら、この時刻を終了の時刻にしました。開始時間と終了時間は別の列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says when the hours end ("until"): it was not taken as the start, which was left empty; an empty end time took it. Write the start and end times in their own columns.`,
  },
  time_until_in_start_beside_end: {
    severity: "warning", title_ja: "開始の列に終わりの時刻（終了の列にも記入）", title_en: "A closing time in a start column beside a filled end column",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は終わりの時刻（まで）のため、開始の時刻には入れず空欄にしました。終了の時刻の列にも「${d(w)}」が入っているため、この時刻で置き換えず、このセルを特記事項の列（なければ備考）に残しました。開始の列には始まりの時刻を、終了の列には終わりの時刻を入力してください（終わりの時刻が2つあるなら、正しい方を終了の列に）。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says when the hours end ("until"): it was not taken as the start, which was left empty. The end time column holds "${d(w)}" as well, so this time did not replace it; the cell was kept in the remarks column. Write the opening time in the start column and the closing time in the end column (if two closing times are given, the right one there).`,
  },
  time_from_in_end: {
    severity: "warning", title_ja: "終了の列に始まりの時刻", title_en: "An opening time in an end column",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は始まりの時刻（から）のため、終了の時刻には入れず空欄にしました（セルは特記事項の列があればそこに残します）。開始時間と終了時間は別の列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says when the hours begin ("from"): it was not taken as the end, which was left empty (the cell is kept in the remarks column where the dataset has one). Write the start and end times in their own columns.`,
  },
  coordinate_reformatted: {
    severity: "info", title_ja: "座標の書式", title_en: "Coordinate format",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」を10進数の度にしました。緯度・経度は「35.6895」のような半角の10進数で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was rewritten as decimal degrees. Write coordinates as half-width decimals like 35.6895.`,
  },
  dms_converted: {
    severity: "info", title_ja: "度分秒の座標", title_en: "Degrees-minutes-seconds coordinate",
    ja: (w) => `${atJa(w)}「${f(w)}」の度分秒「${v(w)}」を10進数の度に変換しました。10進数（例 35.6895）で入力してください。`,
    en: (w) => `${atEn(w)}the degrees-minutes-seconds value "${v(w)}" (${f(w)}) was converted to decimal degrees. Write decimals (e.g. 35.6895).`,
  },
  packed_dms: {
    severity: "warning", title_ja: "度分秒を続けて書いた座標", title_en: "Degrees, minutes and seconds run together",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は度の値として日本の範囲外のため、度・分・秒を続けて書いた値（${d(w)}）と読み、10進数の度に変換しました。正しい位置か確認し、10進数の度（例 35.6895）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is outside Japan as degrees, so it was read as degrees, minutes and seconds run together (${d(w)}) and converted to decimal degrees. Check the position and write decimal degrees (e.g. 35.6895).`,
  },
  sentinel_coordinate: {
    severity: "warning", title_ja: "「0」「999」などの仮の座標", title_en: "Placeholder coordinate",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は座標ではなく仮の値とみなし、空欄にしました。座標がない場合は空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a placeholder, not a coordinate, and was left empty. Leave it empty when there is none.`,
  },
  missing_decimal_point: {
    severity: "warning", title_ja: "座標に小数点がない", title_en: "Coordinate without a decimal point",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」に小数点がないため、日本の範囲に入る位置に小数点を補いました。正しい値か確認してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) had no decimal point; one was inserted where the value falls inside Japan. Check the value.`,
  },
  not_required_for_kind: {
    severity: "info", title_ja: "種類により不要な必須項目", title_en: "Required field the row's kind has none of",
    ja: (w) => `${atJa(w)}「${f(w)}」は空ですが、この行は無形の文化財や居宅訪問型の保育など、その値を持たない種類（${v(w)}）のため、必須項目の欠けとはしませんでした。`,
    en: (w) => `${atEn(w)}${f(w)} is empty, but the row is of a kind that has none (${v(w)}, e.g. an intangible property, or childcare in the child's own home), so it is not counted as a missing required value.`,
  },
  code_not_name: {
    severity: "warning", title_ja: "名称ではなくコード", title_en: "A code, not a name",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は数字だけのコードで、コード表がなければ意味が分かりません。値はそのまま公開しました。コードではなく名称（区指定、建造物、訪問介護など標準の書き方）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} is a number alone, a code that means nothing without its code table. It was published as written. Enter the name (such as 区指定, 建造物, 訪問介護, as the standard writes it) instead of the code.`,
  },
  value_withheld_for_owner: {
    severity: "warning", title_ja: "所有者により公開しない所在地", title_en: "Location withheld for its owner",
    ja: (w) => `${atJa(w)}「${f(w)}」は空ですが、個人などが所有する文化財（${v(w)}）の所在地は公開しないのが通例のため、必須項目の欠けとはせず、行は有効のまま公開します。公開しない所在地であることがはっきり分かるよう、「${f(w)}」に「非公開」と入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} is empty, but the property is privately owned (${v(w)}), whose location is withheld by practice, so it is not counted as a missing required value and the row stays valid. Write 非公開 in ${f(w)} to make it explicit.`,
  },
  number_is_words: {
    severity: "warning", title_ja: "番号のない番号の欄", title_en: "Words where a number is given",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」には番号がなく、言葉だけです（届出の営業など、番号が付かないもの）。番号として公開せず空欄にし、セルはそのまま備考に残しました。番号の列には番号だけを入力し、番号がなければ空欄にして、「${v(w)}」のような説明は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds no number, only words (a notification, for one, is given no permit number). It was not published as the number but left empty, the cell kept as written in the remarks. Enter only the number, leave the cell empty when there is none, and write words such as "${v(w)}" in the remarks.`,
  },
  not_an_address: {
    severity: "warning", title_ja: "住所ではない所在地", title_en: "Location that is no address",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は住所ではない（非公開、区域の全体、不明、未定、オンライン開催、個人蔵、博物館への寄託、車両の番号など）ため空欄にし、セルは備考に残しました。必須項目ですが、公開しない・特定できない住所は入力できないため、行は有効のまま公開します。その場合は所在地を空欄にし、事情は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is no address (withheld, a whole area, unknown, not yet decided, online, privately held, deposited in a museum, a vehicle's number …): it was left empty and the cell kept in the remarks. The column is required, but an address withheld or of no one place cannot be entered, so the row stays valid and is published. In that case leave it empty and say why in the remarks.`,
  },
  address_part_no_place: {
    severity: "warning", title_ja: "場所を示さない住所の一部", title_en: "Part of an address that names no place",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は住所の一部ではない（非公開、区域の全体、不明など）ため空欄にし、セルは備考に残しました。住所を公開しない場合は所在地の各列を空欄にし、事情は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is no part of an address (withheld, a whole area, unknown …): it was left empty and the cell kept in the remarks. When an address is not published, leave its columns empty and say why in the remarks.`,
  },
  place_name_withheld: {
    severity: "warning", title_ja: "場所を伏せた場所名称", title_en: "Place name that withholds the place",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は場所の名称ではなく、場所を公開しない（または不明である）ことを表すため空欄にし、セルは備考に残しました。場所を公開しない場合は場所名称を空欄にし、事情は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) names no place but says that the place is withheld (or not known): it was left empty and the cell kept in the remarks. When a place is not published, leave its name empty and say why in the remarks.`,
  },
  building_name_qualifier: {
    severity: "info", title_ja: "番地に添える言葉だけの方書", title_en: "Building name that only qualifies the block number",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は建物名ではなく、その前の番地に添える言葉（地先、の一部、ほか、付近など）のため空欄にし、セルは備考に残しました。このような言葉は所在地_番地以下または所在地_連結表記に番地と続けて書き、建物名等(方書)には建物名を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is no building's name but words that qualify the block number before it (the land in front of it, a part of it, it and others, near it …): it was left empty and the cell kept in the remarks. Write such words after the block number (所在地_番地以下 or 所在地_連結表記), and only a building's name in 建物名等(方書).`,
  },
  coordinates_as_address: {
    severity: "warning", title_ja: "所在地に緯度・経度", title_en: "Coordinates given as the address",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は住所ではなく緯度・経度のため空欄にし、セルは備考に残しました${w.detail === undefined ? "" : `（緯度・経度の列が空だったため、緯度・経度（${w.detail}）として読みました）`}。「${f(w)}」には住所を入力し、緯度・経度はそれぞれの列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is no address but a latitude and longitude: it was left empty and the cell kept in the remarks${w.detail === undefined ? "" : ` (the latitude and longitude columns were empty, so it was read as them: ${w.detail})`}. Enter the address in ${f(w)}, and the latitude and longitude in their own columns.`,
  },
  coordinate_with_note: {
    severity: "warning", title_ja: "座標に補足が付いている", title_en: "Coordinate with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は補足（括弧内や※の後、測地系の名前）を除いた数を座標として読みました。補足が日本測地系（旧測地系）なら世界測地系に変換しました。セル全体は備考の列があればそこに残します。緯度・経度の列には数だけを入力し、測地系は見出しか測地系の列に、補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the coordinate was read without its note (in brackets, after ※, or a datum's name); a note naming the Tokyo Datum (日本測地系) had the point converted to JGD2011. Where the dataset has a remarks column, the whole cell is kept there. Put only the number in a coordinate column, the datum in its header or a 測地系 column, and notes in the remarks.`,
  },
  unparseable_coordinate: {
    severity: "warning", title_ja: "座標として読めない", title_en: "Not a coordinate",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は座標として読めないため空欄にしました。10進数の度（例 35.6895）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a coordinate and was left empty. Write decimal degrees (e.g. 35.6895).`,
  },
  lost_leading_zero: {
    severity: "warning", title_ja: "先頭の0が欠けている", title_en: "Leading zero lost",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は先頭の0が失われていたため補いました${w.detail === undefined ? "" : `（「${w.detail}」）`}。セルを文字列にして0から入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) had lost its leading zero${w.detail === undefined ? "; it was added back" : `s; they were added back: ${w.detail}`}. Format the cell as text and keep the zero${w.detail === undefined ? "" : "s"}.`,
  },
  code_city_part_only: {
    severity: "error", title_ja: "市区町村の3桁だけのコード", title_en: "Code of the municipality's three digits only",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は市区町村の3桁だけで、都道府県の2桁と検査数字がないため、団体コードとして読めません。6桁の全国地方公共団体コード（例：千代田区は131016）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is only the municipality's three digits, without the prefecture's two and the check digit, so it reads as no code. Enter the six-digit local government code (e.g. 131016 for 千代田区).`,
  },
  code_from_city_part: {
    severity: "warning", title_ja: "市区町村の3桁から団体コード", title_en: "Code from the municipality's three digits",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は市区町村の3桁だけでしたが、行の住所またはファイルの団体が同じ3桁の「${d(w)}」のため、「${d(w)}」として読みました。6桁の全国地方公共団体コードを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is only the municipality's three digits; the row's address or the file's publisher is ${d(w)}, whose digits they are, so it was read as ${d(w)}. Enter the six-digit local government code.`,
  },
  code_from_city_part_and_prefecture: {
    severity: "warning", title_ja: "市区町村の3桁と住所の都道府県から団体コード", title_en: "Code from the municipality's three digits and the address's prefecture",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は市区町村の3桁だけでしたが、行の住所の都道府県（${d(w).slice(0, 2)}）の2桁と検査数字を加えて「${d(w)}」として読みました。6桁の全国地方公共団体コードを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is only the municipality's three digits; the two digits of the row's address's prefecture (${d(w).slice(0, 2)}) and the check digit were added: ${d(w)}. Enter the six-digit local government code.`,
  },
  unparseable_code: {
    severity: "error", title_ja: "団体コードとして読めない", title_en: "Not a local government code",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は全国地方公共団体コード（6桁）として読めません。6桁のコードを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a local government code. Enter the six-digit code.`,
  },
  coordinate_without_pair: {
    severity: "warning", title_ja: "緯度・経度の片方だけ", title_en: "One coordinate without the other",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はありますが、「${d(w)}」が空欄か読めないため、この行は地図に置ける地点になりません（片方だけを0の地点として扱うアプリもあります）。「${d(w)}」も10進数の度（例 35.6895、139.6917）で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is given, but ${d(w)} is empty or unread, so the row has no point a map can place (some apps take the missing one as 0). Enter ${d(w)} too, in decimal degrees (e.g. 35.6895, 139.6917).`,
  },
  coordinates_outside_area: {
    severity: "warning", title_ja: "団体の範囲の外の座標", title_en: "Coordinates outside the municipality's area",
    ja: (w) => `${atJa(w)}緯度・経度が、所在地の団体のある地域の外です（${v(w)}${w.detail === undefined ? "" : ` → ${w.detail}`}）。座標が施設の場所か、緯度と経度が入れ替わったり桁がずれたりしていないか、団体コードが正しいかを確かめてください。`,
    en: (w) => `${atEn(w)}the coordinates lie outside the part of Tokyo the row's municipality is in (${v(w)}${w.detail === undefined ? "" : ` → ${w.detail}`}). Check that they are the site's, that latitude and longitude are not mixed up or cut, and that the code is right.`,
  },
  dotted_dms: {
    severity: "warning", title_ja: "度分秒を小数点の後に書いた座標", title_en: "Minutes and seconds written after the point",
    ja: (w) => `${atJa(w)}緯度・経度「${v(w)}」は10進数の度としては所在地の団体のある地域の外ですが、小数点の後を分・秒と読むと（${d(w)}）その地域の中になるため、度・分・秒を小数点の後に続けて書いた値と読み、10進数の度に変換しました。正しい位置か確認し、10進数の度（例 35.6895）で入力してください。`,
    en: (w) => `${atEn(w)}the coordinates "${v(w)}" lie outside the part of Tokyo the row's municipality is in as decimal degrees, but inside it when the digits after the point are read as minutes and seconds (${d(w)}): they were read so and converted to decimal degrees. Check the position and write decimal degrees (e.g. 35.6895).`,
  },
  coordinates_outside_tokyo: {
    severity: "warning", title_ja: "住所は東京都で座標は都外", title_en: "Coordinates outside Tokyo for an address in Tokyo",
    ja: (w) => `${atJa(w)}緯度・経度（${v(w)}）は東京都の外ですが、住所「${d(w)}」は東京都の中のため、座標が誤っているとみて公開しません（緯度・経度は空欄にし、セルは備考に残しました）。施設の位置の緯度・経度を10進数の度（例 35.6895）で入力してください。`,
    en: (w) => `${atEn(w)}the coordinates (${v(w)}) lie outside Tokyo, but the address "${d(w)}" is in Tokyo, so they are taken to be wrong and not published (latitude and longitude left empty, the cells kept in the remarks). Enter the site's latitude and longitude in decimal degrees (e.g. 35.6895).`,
  },
  place_from_address: {
    severity: "info", title_ja: "所在地の都道府県・市区町村を住所から", title_en: "Prefecture and city from the address",
    ja: (w) => `${atJa(w)}所在地の都道府県・市区町村が空のため、「${f(w)}」に住所から「${v(w)}」を入れました。所在地_都道府県・所在地_市区町村の列に入力してください。`,
    en: (w) => `${atEn(w)}the place's prefecture and city were empty; ${f(w)} was given "${v(w)}" from the address. Fill in the prefecture and city columns.`,
  },
  located_code_from_address: {
    severity: "info", title_ja: "所在地のコードを住所から", title_en: "Location code from the address",
    ja: (w) => `${atJa(w)}「${f(w)}」が空のため、住所にある市区町村のコード「${v(w)}」を入れました。コードを入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was empty; the code of the municipality the address names ("${v(w)}") was filled in. Enter the code.`,
  },
  located_code_differs_from_address: {
    severity: "warning", title_ja: "所在地のコードと住所の市区町村が違う", title_en: "Location code and address name different municipalities",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、同じ行の住所（所在地_連結表記）が示す市区町村のコードではありません。所在地のコードは住所に合わせて「${d(w)}」としました。施設のある場所を確かめ、コードと住所を同じ市区町村にしてください（隣の団体のコードを書いたり、列を上の行からコピーして埋めたりしていないか確かめてください）。`,
    en: (w) => `${atEn(w)}${f(w)} "${v(w)}" is not the code of the municipality the row's full address names. The location code was taken from the address: ${d(w)}. Check where the site is and make the code and the address name the same municipality (was a neighbour's code written, or the column filled down from the row above?).`,
  },
  postal_code_in_address: {
    severity: "info", title_ja: "住所の前の郵便番号", title_en: "Postal code in front of the address",
    ja: (w) => `${atJa(w)}住所「${v(w)}」の前の郵便番号を住所から外しました（郵便番号の列が空なら、そこに入れました）。郵便番号は「郵便番号」の列に書いてください。`,
    en: (w) => `${atEn(w)}the postal code in front of the address "${v(w)}" was taken out of it (and put in postal_code when that was empty). Write it in the postal code column.`,
  },
  location_from_address: {
    severity: "info", title_ja: "所在地を住所から", title_en: "Place taken from the address",
    ja: (w) => `${atJa(w)}住所が公開元と別の場所にあるため、所在地の都道府県・市区町村を住所から取りました（${v(w)}）。旧形式の「都道府県名」「市区町村名」は公開元を表します。新形式の「所在地_都道府県」「所在地_市区町村」の列に施設の場所を書くと確実です。`,
    en: (w) => `${atEn(w)}the address is not in the publisher's municipality, so the place's prefecture and city were taken from it (${v(w)}). In the old format, 都道府県名/市区町村名 name the publisher; the new format's location columns hold the place.`,
  },
  publisher_code_mismatch: {
    severity: "warning", title_ja: "公開団体と違う団体コード", title_en: "Code of another publisher",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、このデータを公開する団体のコード${w.publisher ? `「${w.publisher}」` : ""}と違います。`
      + "この列には公開する団体のコードを入力してください（施設が他の団体にあるときは「所在地_全国地方公共団体コード」に書きます）。",
    en: (w) => `${atEn(w)}${f(w)} "${v(w)}" is not the code of the publisher${w.publisher ? ` (${w.publisher})` : ""}. Enter the publisher's code `
      + "here (a site in another municipality goes in located_local_government_code).",
  },
  not_a_corporation: {
    severity: "warning", title_ja: "法人名ではない営業者の名前", title_en: "Operator's name that names no corporation",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は法人の名前（株式会社・有限会社・合同会社・一般社団法人・協同組合などを含む名前、自治体名）ではなく、個人の氏名か個人の屋号とみられるため、法人名としては公開せず、extra の「${d(w)}」に残しました。法人名には法人の正式な名前（「株式会社」などを含む）か法人番号を入力し、個人の営業者は空欄にしてください。個人の氏名は個人情報のため、公開してよいか確かめてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) names no corporation (no 株式会社, 有限会社, 合同会社, 一般社団法人, 協同組合 … in it, nor a local government): it looks like a person's name or a person's trade name, so it is not published as the corporation's name but kept under extra as "${d(w)}". Enter a corporation's full name (with 株式会社 or the like) or its 法人番号, and leave the cell empty for a person; a person's name is personal data: check it may be published.`,
  },
  representative_kept_out: {
    severity: "warning", title_ja: "法人名の後の代表者の氏名", title_en: "Representative's name after the corporation's",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は法人名の後に代表者の肩書と氏名があるため、法人名は「${(w.detail ?? "").split("\t")[0]}」だけを公開し、セル全体は extra の「${(w.detail ?? "").split("\t")[1] ?? ""}」に残しました。法人名には法人の名前だけを入力してください。代表者の氏名は個人情報のため、公開してよいか確かめてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) gives the corporation's name and then its representative's title and name: only "${(w.detail ?? "").split("\t")[0]}" is published as the corporation's name, and the whole cell is kept under extra as "${(w.detail ?? "").split("\t")[1] ?? ""}". Enter the corporation's name alone; a representative's name is personal data: check it may be published.`,
  },
  organization_is_person: {
    severity: "warning", title_ja: "団体名に「個人」", title_en: "\"Individual\" as the organization's name",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は名称ではなく、個人が営むことを表す語です。名称としては公開せず、セルは備考に残しました。個人の場合は、公開してよければ氏名を入力し、そうでなければ空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is no name: it says a person runs it. It is not published as the name; the cell is kept in the remarks. For a person, enter the name if it may be published, else leave the cell empty.`,
  },
  name_withheld: {
    severity: "info", title_ja: "伏せられた名前", title_en: "Name withheld",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は名前を伏せた印（個人の氏名を公開しないときなど）で、名前ではありません。名前としては公開せず（空欄）、セルは備考に残しました。公開しない名前は、記号を入れずに空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) stands in for a name withheld (a person's name not published), and is no name. It is not published as the name (left empty); the cell is kept in the remarks. Leave a name that is not published empty, without marks.`,
  },
  code_missing: {
    severity: "info", title_ja: "団体コードが空", title_en: "Local government code empty",
    ja: (w) => `${atJa(w)}「${f(w)}」が空のため、公開元（所在地のコードは同じ行の団体コード）の「${v(w)}」を入れました。コードを入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was empty; "${v(w)}" was filled in from the publisher (for the location code, from the row's own code). Enter the code.`,
  },
  end_date_one_day: {
    severity: "info", title_ja: "1日のイベントの終了日", title_en: "End date of a one-day event",
    ja: (w) => `${atJa(w)}終了日の列がなく、開催日が1日のため、「${f(w)}」を開始日と同じ「${v(w)}」にしました。終了日の列を加えて入力すると確実です。`,
    en: (w) => `${atEn(w)}the file has no end date column and the event is held on one day: ${f(w)} was set to its start date, "${v(w)}". Add an end date column to be sure.`,
  },
  event_dates_empty: {
    severity: "warning", title_ja: "開始日・終了日が空", title_en: "Start and end dates empty",
    ja: (w) => `${atJa(w)}開始日と終了日がどちらも空です${w.detail === undefined ? "" : `（開催は「${w.detail}」とだけあります）`}。アプリは開始日から終了日までの間に催しを示すため、この行は日付で探しても見つかりません。開催日を入力してください（1日の催しは開始日と終了日に同じ日付、会期のある展示などはその初日と最終日、毎年の催しは次回の日付）。`,
    en: (w) => `${atEn(w)}the start and end dates are both empty${w.detail === undefined ? "" : ` (the row says only "${w.detail}")`}. Apps show an event from its start date to its end date, so this row is never found when searched by date. Enter its dates (the same date in both for a one-day event, the first and last day of a run, the next one's for a yearly event).`,
  },
  end_date_same_day: {
    severity: "info", title_ja: "終了日が「同日」", title_en: "End date written as the same day",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は開始日と同じ日と読み、開始日（${d(w)}）を入れました。終了日も日付（YYYY-MM-DD）で入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} "${v(w)}" was read as the start's own day, and the start date (${d(w)}) was filled in. Enter the end date as a date (YYYY-MM-DD) too.`,
  },
  end_date_empty: {
    severity: "warning", title_ja: "終了日が空", title_en: "End date empty",
    ja: (w) => `${atJa(w)}開始日（${d(w)}）はありますが「${f(w)}」が空です。終了日は旧推奨データセットの定義で必須の項目で、アプリは開始日から終了日までを開催中とみなすため、空ではこの行が見つかりません。1日のイベントなら開始日と同じ日付を入力してください。`,
    en: (w) => `${atEn(w)}the start date (${d(w)}) is given but ${f(w)} is empty. The old 推奨 definition requires the end date, and apps take an event as on from its start date to its end date, so they miss this row. For a one-day event, enter the start date again.`,
  },
  column_filled: {
    severity: "info", title_ja: "ない列の値を補った", title_en: "Column not in the file, filled in",
    ja: (w) => `ファイルに「${f(w)}」の列がないため、${FILL_SOURCE[w.detail ?? ""]?.[0] ?? ""}${FILL_SOURCE[w.detail ?? ""]?.[2] ? "読める行に" : "各行に"}補いました（例：「${v(w)}」）。列を加えて値を入力すると確実です。`,
    en: (w) => `The file has no ${f(w)} column, so ${FILL_SOURCE[w.detail ?? ""]?.[2] ? "each row it reads for" : "each row"} was given one${FILL_SOURCE[w.detail ?? ""]?.[1] ?? ""} (e.g. "${v(w)}"). Add the column with its values to be sure.`,
  },
  date_time_midnight: {
    severity: "info", title_ja: "日付の0:00は時刻とみなさず", title_en: "A date's 0:00 not read as a time",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の時刻 0:00 は、日付を日時の形式で保存したときに付く時刻とみなし、日付だけを読みました（開始・終了時間にはしていません）。日付の列には日付だけを、時刻は開始時間・終了時間の列に入力してください。`,
    en: (w) => `${atEn(w)}the time 0:00 of ${f(w)} "${v(w)}" was taken as what a date saved in a date-time format carries, so only the date was read (no start or end time was taken from it). Enter only the date in the date column, and times in the time columns.`,
  },
  area_of_whole_municipality: {
    severity: "info", title_ja: "地域名が空（区市町村全体の表）", title_en: "Area name empty (a table of the whole municipality)",
    ja: (w) => `${atJa(w)}「${f(w)}」が空です。どの行にも地域名と地域コードがなく、調査年月日が行ごとに異なるため、区市町村全体の数字とみなし「${v(w)}」を入れました。区市町村全体の行には地域名に区市町村名（${v(w)}）を入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was empty. No row names an area or its code and each row has its own survey date, so the figures were read as the whole municipality's and "${v(w)}" was filled in. For the whole municipality's row, enter its name (${v(w)}) as the area name.`,
  },
  survey_date_filled: {
    severity: "info", title_ja: "調査年月日が空", title_en: "Survey date empty",
    ja: (w) => `${atJa(w)}「${f(w)}」が空のため、ファイル名、表題または表の下の行の日付「${v(w)}」を入れました。調査年月日を入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was empty; "${v(w)}", the date in the file name, the title or a line under the table, was filled in. Enter the survey date.`,
  },
  local_government_name_from_code: {
    severity: "info", title_ja: "地方公共団体名を団体コードから", title_en: "Local government name from the code",
    ja: (w) => `${atJa(w)}「${f(w)}」が空のため、全国地方公共団体コードから「${v(w)}」を入れました。`,
    en: (w) => `${atEn(w)}${f(w)} was empty; "${v(w)}" was filled in from the local government code.`,
  },
  local_government_name_differs_from_code: {
    severity: "warning", title_ja: "団体コードと違う地方公共団体名", title_en: "Local government name of another code",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、同じ行の全国地方公共団体コード「${headersOf(w)[0]}」の団体（${headersOf(w)[1]}）と違う団体の名前です。どちらが正しいか分からないため、両方を書かれたとおりに公開しました。公開する団体のコードと名前をそろえてください。`,
    en: (w) => `${atEn(w)}${f(w)} "${v(w)}" names another municipality than the row's local government code ${headersOf(w)[0]} (${headersOf(w)[1]}). As which is right is not said, both were published as written. Make the code and the name the publisher's.`,
  },
  local_government_name_missing: {
    severity: "info", title_ja: "地方公共団体名が空", title_en: "Local government name empty",
    ja: (w) => `${atJa(w)}「${f(w)}」が空のため、旧形式の都道府県名・市区町村名から「${v(w)}」を入れました。`,
    en: (w) => `${atEn(w)}${f(w)} was empty; "${v(w)}" was filled in from the old-format prefecture and city columns.`,
  },
  postal_code_reformatted: {
    severity: "info", title_ja: "郵便番号の書式", title_en: "Postal code format",
    ja: (w) => `${atJa(w)}「${f(w)}」の郵便番号「${v(w)}」をハイフンなしの7桁にしました。郵便番号は7桁の半角数字（例 1638001）で入力してください。`,
    en: (w) => `${atEn(w)}the postal code "${v(w)}" (${f(w)}) was rewritten as seven digits. Write seven half-width digits (e.g. 1638001).`,
  },
  unparseable_postal_code: {
    severity: "warning", title_ja: "郵便番号として読めない", title_en: "Not a postal code",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は郵便番号として読めないため空欄にしました。7桁の半角数字で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a postal code and was left empty. Write seven half-width digits.`,
  },
  fax_not_phone: {
    severity: "warning", title_ja: "電話番号の列にFAX番号", title_en: "Fax number in the phone column",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はFAX番号と書かれているため、電話番号としては使わず空欄にしました。FAX番号はFAX番号の列に、電話番号はこの列に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is labelled as a fax number, so it was not taken as the phone number. Put fax numbers in the fax column and the phone number here.`,
  },
  phone_hyphenated: {
    severity: "info", title_ja: "市外局番の括弧をハイフンに", title_en: "Area code brackets as a hyphen",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」は市外局番を括弧で書いた形（標準の例の書き方）です。どの団体のデータも同じ形で使えるよう、ハイフン区切り（例 03-1234-5678）にそろえて公開します。直す必要はありません。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) writes its area code in brackets, as the standard's example does. It is published hyphenated (e.g. 03-1234-5678), as every municipality's numbers are; nothing needs fixing.`,
  },
  phone_separators: {
    severity: "info", title_ja: "電話番号の区切り", title_en: "Phone number separators",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」は、番号の区切りに括弧・空白や、半角の「-」以外の記号（‐ － ー など）を使った形（または全角）です。どの団体のデータも同じ形で使えるよう、半角のハイフン区切り「${d(w)}」にそろえて公開します。半角数字とハイフン（例 03-1234-5678）で入力すると、そのまま使われます。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) separates its groups with brackets, spaces or a dash other than the half-width "-" (‐ － ー …), or is full-width. It is published as "${d(w)}", hyphenated as every municipality's numbers are. Write half-width digits and hyphens (e.g. 03-1234-5678) to have it used as written.`,
  },
  phone_regrouped: {
    severity: "warning", title_ja: "市外局番と合わない区切り", title_en: "Groups contradict the area code",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」は、ハイフンの位置が番号の市外局番（${d(w).split("-")[0]}）の区切りと合わないため、「${d(w)}」として公開します（Excelの表示形式 0##-###-#### で区切ると、どの番号もこの形になります）。セルを文字列にして、市外局番・市内局番・加入者番号の区切りで入力してください（例 03-1234-5678、0422-51-5131）。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) has hyphens that contradict its area code (${d(w).split("-")[0]}); it is published as "${d(w)}" (Excel's number format 0##-###-#### groups every number this way). Format the cell as text and hyphenate after the area code and the exchange (e.g. 03-1234-5678, 0422-51-5131).`,
  },
  phone_country_code: {
    severity: "info", title_ja: "国番号から書いた電話番号", title_en: "Phone number with the country code",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」は日本の国番号（+81）から書いた国際表記のため、国番号を外し市外局番の前に0を付けた国内の番号「${d(w)}」として公開します。国内でかける形（例 03-1234-5678）で入力してください。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) is written in international form, from Japan's country code (+81): it is published as the number dialled in Japan, "${d(w)}" (the code taken off, 0 before the area code). Write the number as dialled in Japan (e.g. 03-1234-5678).`,
  },
  phone_zero_beyond_format: {
    severity: "warning", title_ja: "表示形式の桁に収まらず0が消えた電話番号", title_en: "Phone number's 0 lost beyond its format's places",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」は、11桁の番号（携帯電話など）を数値として入力したため先頭の0が失われ、10桁用の表示形式（0##-###-####）でこう表示されたものと見て、「${d(w)}」として公開します。セルを文字列にして、0から区切りどおりに入力してください（例 090-1234-5678）。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) reads as an eleven-digit number (a mobile's) typed as a number, its leading 0 lost and the rest shown by a ten-digit number format (0##-###-####); it is published as "${d(w)}". Format the cell as text and type the number from its 0 in its groups (e.g. 090-1234-5678).`,
  },
  phone_reformatted: {
    severity: "info", title_ja: "電話番号の書式", title_en: "Phone number format",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」のハイフンや全角文字を半角にそろえ、「代表」などの添え書きがあれば外しました。番号だけを半角数字とハイフン（例 03-1234-5678）で入力してください。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) was made half-width, and a label such as 代表 (main line) taken off. Write the number alone, e.g. 03-1234-5678.`,
  },
  unparseable_phone: {
    severity: "warning", title_ja: "電話番号として読めない", title_en: "Not a phone number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には電話番号がなく（3桁以上の番号がない）、空欄にしました。電話番号（例 03-1234-5678）を入力し、説明は連絡先備考などに書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds no phone number (no number of 3 or more digits) and was left empty. Enter a number like 03-1234-5678 and put explanations in the contact remarks.`,
  },
  phone_withheld: {
    severity: "info", title_ja: "公開しない電話番号", title_en: "Phone number withheld",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は番号を公開しないことを表すため、番号の値は空欄にしました。必須でない列では誤りではなく、公開しない番号はこのまま空欄か「${v(w)}」で構いません（必須の列では、行を無効とした指摘が別にあります）。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} says the number is withheld on purpose: the number is left empty. In a column that is not required this is no fault, and a withheld number may stay empty or written so (in a required one, another issue says the row is invalid).`,
  },
  phone_digit_count: {
    severity: "warning", title_ja: "電話番号の桁数", title_en: "Phone number length",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」は桁数が合いません。${phoneCount(w, true)}市外局番からの番号は10桁（携帯電話・IP電話・0800は11桁）です。桁が抜けたり増えたりしていないか確かめてください。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) ${phoneCount(w, false) || "has the wrong number of digits."} A number with its area code has 10 digits (mobile, IP and 0800 numbers 11). Check for a lost or extra digit.`,
  },
  phone_too_short: {
    severity: "warning", title_ja: "電話番号として短すぎる値", title_en: "Too short for a phone number",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は数字が${digitCount(w)}桁で、電話番号ではありません（110・119などの特番を除き、市外局番からの番号は10桁です）。市外局番から書いてください。ほかの列の数字（1,000 のカンマで分かれた一部など）が入っていないかも確かめてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has ${digitCount(w)} digits and is no phone number (besides service numbers such as 110 and 119, a number with its area code has 10 digits). Write it with the area code, and check that no other column's figure (such as part of a 1,000 cut at its comma) landed here.`,
  },
  phone_without_area_code: {
    severity: "warning", title_ja: "市外局番がない電話番号", title_en: "Phone number without area code",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」に市外局番がありません。市外局番から書いてください（例 03-1234-5678）。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) has no area code. Write it with the area code (e.g. 03-1234-5678).`,
  },
  phone_letter_in_number: {
    severity: "warning", title_ja: "電話番号の数字の間に英字", title_en: "Letter inside a phone number",
    ja: (w) => `${atJa(w)}「${f(w)}」の電話番号「${v(w)}」の数字の間に英字があります。数字の0（ゼロ）や1を英字のOやlと打ち間違えていないか確かめてください。`,
    en: (w) => `${atEn(w)}the phone number "${v(w)}" (${f(w)}) has a letter between its digits. Check for the letter O typed for 0, or l for 1.`,
  },
  phone_from_contact_name: {
    severity: "info", title_ja: "連絡先名称の電話番号を移した", title_en: "Phone number moved out of the contact name",
    ja: (w) => `${atJa(w)}連絡先名称「${v(w)}」に電話番号があったため、番号「${contactMoved(w)[0]}」を「${f(w)}」に移し、${contactMoved(w)[1] === "" ? "連絡先名称は空にしました" : `連絡先名称を「${contactMoved(w)[1]}」にしました`}。電話番号は連絡先電話番号の列に、名称は連絡先名称の列に分けて入力してください。`,
    en: (w) => `${atEn(w)}the contact name "${v(w)}" held a phone number: "${contactMoved(w)[0]}" was moved to ${f(w)}${contactMoved(w)[1] === "" ? " and the contact name left empty" : `, and the contact name is "${contactMoved(w)[1]}"`}. Write the number in the phone column and the name in the contact name column.`,
  },
  phone_note_removed: {
    severity: "info", title_ja: "電話番号の注記を外した", title_en: "Note taken off a phone number",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」から、番号ではない${quoted(phonePartsOf(w)?.notes ?? [], true)}を外し、番号だけにしました。電話番号の列には番号だけを入力し、注記は連絡先備考などに書いてください。`,
    en: (w) => `${atEn(w)}${quoted(phonePartsOf(w)?.notes ?? [], false)}, which is no part of the number, was taken off "${v(w)}" (${f(w)}). Write the number alone; put notes in the contact remarks.`,
  },
  phone_several_numbers: {
    severity: "warning", title_ja: "1つの欄に複数の電話番号", title_en: "Several numbers in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」には番号が複数あります。最初の「${phonePartsOf(w)?.number ?? ""}」を残し、「${phonePartsOf(w)?.rest ?? ""}」は外しました。電話番号の列には番号を1つだけ入力し、ほかの番号（FAXなど）はその列か連絡先備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds several numbers: the first, ${phonePartsOf(w)?.number ?? ""}, was kept and "${phonePartsOf(w)?.rest ?? ""}" left out. Enter one number; put others (a fax number) in their column or the contact remarks.`,
  },
  phone_extension_moved: {
    severity: "info", title_ja: "内線を内線番号の列へ", title_en: "Extension moved to its column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」から内線「${phonePartsOf(w)?.extension ?? ""}」を外し、内線番号の列に入れました。内線は内線番号の列に入力してください。`,
    en: (w) => `${atEn(w)}the extension ${phonePartsOf(w)?.extension ?? ""} was taken off "${v(w)}" (${f(w)}) and put in the extension number column. Enter extensions there.`,
  },
  same_as_beside: {
    severity: "info", title_ja: "「同左」を隣の列の値に", title_en: "\"Same as\" read as the column beside",
    ja: (w) => `${atJa(w)}「${f(w)}」の「同左」「同上」などを、同じ行の電話番号など隣の列の値として読みました（${v(w)}）。各列に値そのものを入力してください。`,
    en: (w) => `${atEn(w)}"the same" in ${f(w)} was read as the value of the column beside it on the same row (${v(w)}). Enter the value itself in each column.`,
  },
  phone_extension_kept: {
    severity: "info", title_ja: "内線を連絡先備考に", title_en: "Extension kept in the contact remarks",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」から内線「${phonePartsOf(w)?.extension ?? ""}」を外し、連絡先備考（その列がないデータでは備考）に「内線${phonePartsOf(w)?.extension ?? ""}」として残しました。このデータには内線番号の列がないか、別の内線が入っています。電話番号の列には番号だけを入力してください。`,
    en: (w) => `${atEn(w)}the extension ${phonePartsOf(w)?.extension ?? ""} was taken off "${v(w)}" (${f(w)}) and kept in the contact remarks (the remarks where the data has no contact remarks) as 内線${phonePartsOf(w)?.extension ?? ""}: the data has no extension number column, or it holds another extension. Enter the number alone in the phone column.`,
  },
  phone_extension_removed: {
    severity: "warning", title_ja: "電話番号から内線を外した", title_en: "Extension taken off a phone number",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」から内線「${phonePartsOf(w)?.extension ?? ""}」を外しました。このデータに内線番号の列がないか、別の内線が入っているため、この内線はデータに残っていません。必要なら連絡先備考などに書いてください。`,
    en: (w) => `${atEn(w)}the extension ${phonePartsOf(w)?.extension ?? ""} was taken off "${v(w)}" (${f(w)}); the data has no extension number column, or it holds another extension, so this one is not kept. Put it in the contact remarks if it is needed.`,
  },
  extension_label_removed: {
    severity: "info", title_ja: "内線番号の前の「内線」", title_en: "Label before an extension",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の先頭の「内線」などの見出しを外し${w.detail === undefined ? "" : `、「${w.detail}」にし`}ました。内線番号の列には番号だけを入力してください。`,
    en: (w) => `${atEn(w)}the label "内線" (extension) before the number in "${v(w)}" (${f(w)}) was taken off${w.detail === undefined ? "" : `, giving "${w.detail}"`}. Enter only the extension's digits.`,
  },
  separators_removed: {
    severity: "info", title_ja: "番号の区切り文字", title_en: "Separators in a number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」から${commaGrouped(w) ? "桁の区切りのカンマ" : "ハイフンや空白"}を取り除きました。区切りなしの半角数字で入力してください。`,
    en: (w) => `${atEn(w)}${commaGrouped(w) ? "the commas between groups of digits were" : "hyphens or spaces were"} removed from "${v(w)}" (${f(w)}). Write the digits without separators.`,
  },
  bad_corporate_check_digit: {
    severity: "warning", title_ja: "法人番号の検査数字が誤り", title_en: "Wrong corporate number check digit",
    ja: (w) => `${atJa(w)}「${f(w)}」の法人番号「${v(w)}」の検査数字（1桁目）が合いません。国税庁法人番号公表サイトで確認してください。`,
    en: (w) => `${atEn(w)}the check digit (1st digit) of corporate number "${v(w)}" (${f(w)}) does not match. Look it up on the NTA corporate number site.`,
  },
  unparseable_corporate_number: {
    severity: "warning", title_ja: "法人番号として読めない", title_en: "Not a corporate number",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は13桁の法人番号として読めないため空欄にしました。13桁の半角数字で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a 13-digit corporate number and was left empty. Write 13 half-width digits.`,
  },
  fixed_code_several: {
    severity: "warning", title_ja: "複数の番号", title_en: "Several codes in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」には番号が複数（${w.detail ?? ""}）あり、どれがこの行の番号か分からないため、番号としては公開せず空欄にしました。セルは備考の列があればそこに残しました。番号ごと（サービスごと）に行を分け、1つのセルには番号を1つだけ入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds several codes (${w.detail ?? ""}), and which is this row's the cell does not say, so none was published; where the dataset has a remarks column, the cell is kept there. Give each code (each service) its own row, one code to a cell.`,
  },
  unparseable_fixed_code: {
    severity: "warning", title_ja: "決まった桁数の番号として読めない", title_en: "Not a number of the required form",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は${w.detail ?? ""}桁の番号の形ではないため、番号としては公開せず空欄にしました（桁を補うと別の番号になりかねないため）。${w.detail ?? ""}桁の番号を半角で入力してください。先頭の0や途中の桁が抜けていないか確かめてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a ${w.detail ?? ""}-character number, so it was left empty rather than published (filling in a digit could make another number). Enter the ${w.detail ?? ""}-character number in half-width; check that no leading zero or digit was lost.`,
  },
  fixed_code_with_note: {
    severity: "warning", title_ja: "番号に補足が付いている", title_en: "Number with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」から、補足を除いた番号「${d(w)}」を読みました。セル全体は備考の列があればそこに残します。番号の列には番号だけを入力し、補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): the number ${d(w)} was read without its note; where the dataset has a remarks column, the whole cell is kept there. Put only the number in this column and notes in the remarks.`,
  },
  code_other_prefecture: {
    severity: "warning", title_ja: "別の都道府県の番号", title_en: "Code of another prefecture",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は都道府県番号（先頭2桁）が、行の所在地の都道府県の「${w.detail ?? ""}」と違うため、番号としては公開せず空欄にし、備考に残しました。都道府県番号「${w.detail ?? ""}」・点数表番号（医科1、歯科3、薬局4）・医療機関コード7桁の10桁か、医療機関コード7桁だけを半角で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) begins with the number of another prefecture than the one the row is in ("${w.detail ?? ""}"), so it was left empty rather than published, and kept in the remarks. Enter the 10 digits (prefecture "${w.detail ?? ""}", fee table 1 medical, 3 dental or 4 pharmacy, then the 7-digit code) or the 7-digit code alone, in half-width.`,
  },
  unparseable_prefectured_code: {
    severity: "warning", title_ja: "医療機関コードの形でない", title_en: "Not a medical institution code",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は7桁の番号の形でも、都道府県番号「${w.detail ?? ""}」と点数表番号を前に付けた10桁の形でもないため、番号としては公開せず空欄にし、備考に残しました（桁を補うと別の医療機関の番号になりかねないため）。7桁（郡市区2桁・医療機関番号4桁・検証番号1桁）か、「${w.detail ?? ""}」と点数表番号（医科1、歯科3、薬局4）を付けた10桁を、文字列の書式で半角で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is neither a 7-digit code nor a 10-digit one beginning with the prefecture "${w.detail ?? ""}" and the fee table, so it was left empty rather than published, and kept in the remarks (filling in a digit could make another institution's code). Enter the 7 digits (district 2, institution 4, check digit 1) or the 10 digits ("${w.detail ?? ""}", fee table 1 medical, 3 dental or 4 pharmacy, then the 7), in half-width, in a cell formatted as text.`,
  },
  bad_institution_check_digit: {
    severity: "warning", title_ja: "医療機関コードの検証番号が合わない", title_en: "Wrong medical institution code check digit",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は、医療機関コードの末尾の検証番号が合いません。厚生労働省の設定要領の計算では、${expectedCheckJa(w)}のはずです${olderCheck(w) === "" ? "" : `（東京都など一部の古い番号は7桁だけで計算した「${olderCheck(w)}」）`}。番号はそのまま公開しました。地方厚生局の医療機関コード一覧で確かめ、誤りがあれば正しい番号を半角で入力してください。`,
    en: (w) => `${atEn(w)}the check digit (last digit) of medical institution code "${v(w)}" (${f(w)}) does not match: by MHLW's rule it should be ${expectedCheckEn(w)}${olderCheck(w) === "" ? "" : ` (some older codes of Tokyo and its neighbours are computed over the 7 digits alone: "${olderCheck(w)}")`}. The code was published as written. Look it up in the Regional Bureau of Health and Welfare's list and correct it if it is wrong, in half-width digits.`,
  },
  fixed_code_zero_lost: {
    severity: "warning", title_ja: "先頭の0が失われたとみられる番号", title_en: "Number that seems to have lost its leading zero",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は${d(w).length}桁の番号に1桁足りません。数値として保存されて先頭の0が失われたとみられます（0を補うと「${d(w)}」）が、別の番号になりかねないため補わず、番号としては公開せず空欄にしました。セルの書式を「文字列」にして、先頭の0から入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is one digit short of a ${d(w).length}-digit number: most likely saved as a number that lost its leading zero (with it: "${d(w)}"), but as filling in a digit could make another number, it was left empty rather than published. Format the cell as text and enter the number from its leading zero.`,
  },
  fixed_code_as_number: {
    severity: "info", title_ja: "数値として保存された番号", title_en: "Number saved as a decimal",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は小数の形（数値）で保存されていたため、「.0」を除いて読みました。番号は文字列として入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was saved as a decimal number; ".0" was dropped. Save numbers that identify as text.`,
  },
  fixed_code_upper_cased: {
    severity: "info", title_ja: "番号の英字を大文字に", title_en: "Letter of a number upper-cased",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の英字を大文字にして「${d(w)}」と読みました。番号の英字は大文字で入力してください。`,
    en: (w) => `${atEn(w)}the letter of "${v(w)}" (${f(w)}) was upper-cased: ${d(w)}. Write the number's letter in upper case.`,
  },
  machiaza_id_hyphenated: {
    severity: "info", title_ja: "町字IDのハイフン", title_en: "Hyphen in a street address ID",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は大字・町（4桁）と丁目・小字（3桁）の間にハイフンを入れた形（標準の例の書き方）です。どの団体のデータも同じ形で使えるよう、ハイフンを除いた7桁で公開します。直す必要はありません。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has a hyphen between the 大字・町 (4 digits) and the 丁目・小字 (3 digits), as the standard's example writes it. It is published as 7 digits without the hyphen, as every municipality's IDs are; nothing needs fixing.`,
  },
  unparseable_machiaza_id: {
    severity: "error", title_ja: "町字IDとして読めない", title_en: "Not a street address ID",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は町字IDではありません。町字IDはアドレス・ベース・レジストリの番号で、大字・町（4桁）と丁目・小字（3桁）の7桁の半角数字です（例 0008001、0008-001とも書けます）。デジタル庁のアドレス・ベース・レジストリ（町字マスター）でその町字の町字IDを調べて入力するか、分からなければ空欄にしてください。値は公開せず、セルは備考の列があればそこに残します。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a street address ID (町字ID): the Address Base Registry's 7 half-width digits, the 大字・町 (4) and the 丁目・小字 (3), e.g. 0008001 (also written 0008-001). Look the 町字 up in the Digital Agency's Address Base Registry (町字マスター) and enter its ID, or leave the cell empty. The value was not published; where the dataset has a remarks column, the cell is kept there.`,
  },
  exponent_code_lost: {
    severity: "warning", title_ja: "指数表記で桁が失われた番号（Excel）", title_en: "Number with digits lost to exponent notation (Excel)",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はExcelの指数表記で、番号の桁が失われているため、番号としては公開せず空欄にしました（補うと別の番号になります）。セルの書式を「文字列」にして、${w.detail ?? ""}桁の番号を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is Excel exponent notation that has lost digits of the number, so it was left empty rather than published (filling them in would make another number). Format the cell as text and enter the ${w.detail ?? ""}-character number.`,
  },
  nonstandard_flag: {
    severity: "info", title_ja: "有無の表記", title_en: "Yes/no wording",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」を「${saidYes(w) ? "有" : "無"}」として読みました。「有」または「無」で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as ${saidYes(w) ? "yes (有)" : "no (無)"}. Write 有 (yes) or 無 (no).`,
  },
  count_as_flag: {
    severity: "info", title_ja: "有無の列に数", title_en: "A count in a yes/no column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は数のため、${saidYes(w) ? "1以上を「有」" : "0を「無」"}として読み、セル全体は備考の列があればそこに残しました。有無の列には「有」か「無」だけを入力し、数は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a count: it was read as ${saidYes(w) ? "yes (有), being 1 or more" : "no (無), being 0"}, and where the dataset has a remarks column the whole cell is kept there. Write only 有 or 無 in a yes/no column and the count in the remarks.`,
  },
  unparseable_flag: {
    severity: "warning", title_ja: "有無として読めない", title_en: "Not a yes/no value",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は有無として読めないため空欄にしました。「有」または「無」で入力し、説明は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a yes/no value and was left empty. Write 有 or 無 and put explanations in remarks.`,
  },
  coded_flag: {
    severity: "error", title_ja: "有無の列の番号（凡例なし）", title_en: "A code in a yes/no column, with no legend",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は番号で、有無のどちらか分かりません（1=有、0=無 のほかの番号には凡例が要ります）。「有」または「無」で入力してください。番号のままにするなら、凡例（例「※${f(w)}　1=有、2=無」）をデータの下に書いてください。数（台数など）なら「${v(w)}台」のように単位を付けてください。値は公開せず、セルは備考の列があればそこに残します。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a code that says neither yes nor no (codes other than 1 = yes and 0 = no need a legend). Write 有 (yes) or 無 (no); to keep codes, put a legend under the data (e.g. "※${f(w)}　1=有、2=無"); for a count (of devices …), write its unit ("${v(w)}台"). The value was not published; where the dataset has a remarks column, the cell is kept there.`,
  },
  partial_flag: {
    severity: "warning", title_ja: "一部だけの有無", title_en: "Yes/no for part only",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は一部だけ（「のみ」「一部」など）を表すため、有とも無とも決めずに空欄にし、セルは備考の列があればそこに残しました。この項目に当たるなら「有」、当たらないなら「無」を入力し、一部だけであることは備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says only part (のみ, 一部): it was read as neither yes nor no and left empty; where the dataset has a remarks column, the cell is kept there. Write 有 if the item applies, 無 if not, and the limit in the remarks.`,
  },
  partial_mark: {
    severity: "warning", title_ja: "一部だけの該当", title_en: "Applies in part only",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は一部だけ（「のみ」「一部」など）を表すため、該当とも該当しないとも決めずに空欄（不明）にし、セルは備考の列があればそこに残しました。この列は該当なら「1」、該当しないなら空欄で入力し、一部だけであることは備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) says only part (のみ, 一部): it was read as neither yes nor no and left unknown; where the dataset has a remarks column, the cell is kept there. This column takes 1 if the item applies and an empty cell if not; put the limit in the remarks.`,
  },
  nonstandard_mark: {
    severity: "info", title_ja: "「1」以外の表記", title_en: "Not written as 1",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」を${saidYes(w) ? "「1」（該当）" : "空欄（該当しない）"}として読みました。この列は該当なら「1」、該当しないなら空欄で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as ${saidYes(w) ? "1 (yes)" : "empty (no)"}. This column takes 1 for yes and an empty cell for no.`,
  },
  unparseable_mark: {
    severity: "warning", title_ja: "「1」または空欄として読めない", title_en: "Not 1 or empty",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は該当の印として読めないため空欄にしました。該当なら「1」、該当しないなら空欄で入力し、説明は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is neither 1 nor empty and was left empty. Write 1 for yes, leave the cell empty for no, and put explanations in remarks.`,
  },
  unknown_mark: {
    severity: "info", title_ja: "「不詳」の印", title_en: "Marked as not known",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は該当するかどうか分からないことを表す印（ハブの書き出すCSVの表記）として読み、空欄（不明）にしました。該当なら「1」、該当しないなら空欄で入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) marks a value not known (as the hub's CSV writes it) and was read as unknown, not as no. Write 1 for yes and leave the cell empty for no.`,
  },
  list_only_yes: {
    severity: "warning", title_ja: "一覧の列に有無だけ", title_en: "Only a yes in a list column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は有無だけで、何があるかを表していません。値はそのまま残しました。あるものの名前を「;」で区切って入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} says only that there is something, not what; it was kept as written. Write the names of what there is, separated by ";".`,
  },
  list_item_link: {
    // 大阪市's マップナビ export: バリアフリー情報 holds the address of the place's page on a barrier-free site
    severity: "warning", title_ja: "一覧の列にURL", title_en: "A URL in a list column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」にはURLが書かれていました。URLは一覧の項目ではないため項目にせず、セルの内容は備考に残しました。あるものの名前を「;」で区切って入力し、詳しいページのURLは備考に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} holds a URL. A URL is no item of the list, so it was not published as one, and the cell was kept in the remarks. Write the names of what there is, separated by ";", and put the address of a page about them in the remarks.`,
  },
  list_separator: {
    severity: "info", title_ja: "「;」以外の区切り", title_en: "List not separated by ;",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」を「、」「,」「/」「・」、空白や改行で区切られた一覧として読みました。複数の値は「;」で区切ってください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) was read as a list separated by 、, commas, slashes, ・, spaces or line breaks. Separate values with ";".`,
  },
  item_number_removed: {
    severity: "info", title_ja: "値の前の丸数字", title_en: "Circled number before a value",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の先頭の丸数字（①など）は一覧での番号で、値の一部ではないため外して読みました。アプリが値で絞り込めるよう、番号を付けずに値だけを入力してください（例：飲食店営業）。`,
    en: (w) => `${atEn(w)}the circled number (① …) before "${v(w)}" (${f(w)}) is an item's number in a list, not part of the value: it was taken off. Enter the value alone (e.g. 飲食店営業), so that apps can filter on it.`,
  },
  designation_shared: {
    severity: "info", title_ja: "複数の分類に共通の指定区分", title_en: "One designation over several kinds",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は1つの指定区分（国指定など）が複数の分類（史跡・名勝など）に掛かるため、分類ごとに指定区分を付けて「${d(w)}」として読みました。アプリが分類で絞り込めるよう、分類ごとに指定区分を付け、「;」で区切って入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) writes one designation (国指定 …) over several kinds (史跡, 名勝 …): each kind was given it, read as "${d(w)}". So that apps can filter on each, write every kind with its designation, separated by ";".`,
  },
  list_item_respelled: {
    severity: "info", title_ja: "一覧の値を標準の表記に", title_en: "List values in their standard spelling",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の値を、この項目の決まった表記にしました（${d(w)}）。アプリが値で絞り込めるよう、この表記で入力してください。`,
    en: (w) => `${atEn(w)}the values of "${v(w)}" (${f(w)}) were written in this field's own spelling (${d(w)}), so that apps can filter on them. Write them so.`,
  },
  list_ends_with_etc: {
    severity: "info", title_ja: "一覧の最後に「など」", title_en: "List ending in etc.",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は最後の項目に「${d(w)}」が付いていたため、それを除いて項目を読みました。セル全体は備考に残しました。アプリが項目で絞り込めるよう、項目をすべて「;」で区切って入力し、「など」は付けないでください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}): its last item ended in "${d(w)}" (etc.), which was taken off to read the items; the whole cell was kept in the remarks. Enter every item, separated by ";", so that apps can filter on them, without "etc.".`,
  },
  list_item_with_note: {
    severity: "info", title_ja: "一覧の値に補足", title_en: "List value with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の括弧内は補足のため、値から除いてこの項目の決まった表記にしました（${d(w)}）。セル全体は備考に残しました。アプリが値で絞り込めるよう、値だけを入力し、補足（文字コードなど）は備考に書いてください。`,
    en: (w) => `${atEn(w)}the part in brackets of "${v(w)}" (${f(w)}) is a note: the values were read without it, in this field's own spelling (${d(w)}), and the whole cell kept in the remarks. Enter the values alone, so that apps can filter on them, and notes (an encoding …) in the remarks.`,
  },
  number_shown_with_text: {
    severity: "info", title_ja: "表示形式の文字を添えた数値", title_en: "Number shown with text of its format",
    ja: (w) => `「${f(w)}」のセルは、表示形式で数値に文字を添えて表示しています（例：「${v(w)}」）。数値だけを読みました。「以上」「約」など意味のある文字なら、セルに文字として入力してください。`,
    en: (w) => `The ${f(w)} cells show their numbers with text from the cell's number format (e.g. "${v(w)}"); the number alone was read. If that text means something (以上, 約), type it into the cell.`,
  },
  number_read_as_rounded: {
    severity: "info", title_ja: "表示形式で丸めた数値を表示どおりに", title_en: "Numbers read as their format rounds them",
    ja: (w) => `「${f(w)}」のセルは、表示形式（0、#,##0、0.0 など）で数値を丸めて表示しています（例：値 ${d(w)} を「${v(w)}」と表示）。文字の列のため、Excelの表示どおり「${v(w)}」として読みました。別の値を公開したい場合は、その値をセルに入力してください。`,
    en: (w) => `The ${f(w)} cells show their numbers rounded by the cell's number format (0, #,##0, 0.0…; e.g. ${d(w)} shown as "${v(w)}"). As a text column, it was read as Excel shows it: "${v(w)}". To publish another value, type it into the cell.`,
  },
  hyperlink_target: {
    severity: "info", title_ja: "リンクの文字", title_en: "Link text",
    ja: (w) => `${atJa(w)}「${f(w)}」のセルは「${v(w)}」と表示してリンクを張っていたため、リンク先（URLまたはメールアドレス）を値にしました。セルにはその値そのものを入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} showed "${v(w)}" and linked to a page or mail address: the link's target was taken as the value. Write the URL or address itself in the cell.`,
  },
  link_kept: {
    severity: "info", title_ja: "公開しない列のリンク", title_en: "Link in a column that publishes none",
    ja: (w) => `${atJa(w)}「${f(w)}」のセル「${v(w)}」のリンク先（${d(w)}）は、この列の値としては公開されないため、備考欄にセルの文字と並べて残しました。リンク先を公開するなら、URLの列か備考に文字で書いてください。`,
    en: (w) => `${atEn(w)}the ${f(w)} cell "${v(w)}" links to ${d(w)}, which the column does not publish; the address was kept in the remarks beside the cell's text. To publish it, write it in the URL column or the remarks as text.`,
  },
  url_scheme_repaired: {
    severity: "warning", title_ja: "URLの先頭の書き方", title_en: "URL scheme repaired",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は先頭の「https://」（http://）の書き方が違うため、「${withUrlScheme(w)}」にしました。リンク先を確かめ、正しく入力してください。`,
    en: (w) => `${atEn(w)}the start of "${v(w)}" (${f(w)}) is not written as https:// (or http://); it was read as "${withUrlScheme(w)}". Check the link and enter it as such.`,
  },
  url_private: {
    severity: "warning", title_ja: "庁内だけで開くリンク", title_en: "Link that opens only inside the office",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は庁内ネットワークやパソコン・共有フォルダの中だけで開くリンク（file://、\\\\サーバー、localhost、192.168.…・10.…などのアドレス、イントラネットのサーバー名）です。利用者には開けず、庁内の構成を外に示すため、公開せず空欄にしました（備考にも残していません）。公開されているページのURL（https://…）を入力するか、空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a link that opens only inside the office network or on its PCs and shares (file://, \\\\server, localhost, a 192.168.… or 10.… address, an intranet host): readers cannot open it, and it shows the office's network, so it was not published but left empty (nor kept in the remarks). Enter the URL of a public page (https://…) or leave the cell empty.`,
  },
  link_private: {
    severity: "warning", title_ja: "庁内だけで開くリンク先", title_en: "Cell linking inside the office",
    ja: (w) => `${atJa(w)}「${f(w)}」のセル「${v(w)}」のリンク先（${d(w)}）は庁内ネットワークやパソコン・共有フォルダの中だけで開くため、公開せず、備考にも残していません（セルの文字は値として読みました）。公開されているページがあれば、そのURL（https://…）をURLの列か備考に書いてください。`,
    en: (w) => `${atEn(w)}the ${f(w)} cell "${v(w)}" links to ${d(w)}, which opens only inside the office network or on its PCs and shares: the link was not published, nor kept in the remarks (the cell's text was read as its value). If there is a public page, write its URL (https://…) in the URL column or the remarks.`,
  },
  url_placeholder: {
    severity: "warning", title_ja: "URLがないことを表す言葉", title_en: "Word saying there is no URL",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はURLではなく、URLがない（まだない、分からない）ことを表す言葉か、アドレスのない「http://」だけのため、リンクとしては公開せず空欄にしました。ページがあればURLを入力し、なければ空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} is no URL but a word saying there is none (yet, or none known), or a bare http:// with no address: it was left empty, not published as a link. Enter the URL when there is a page; otherwise leave it empty.`,
  },
  not_a_url: {
    severity: "warning", title_ja: "URLではない値", title_en: "Not a URL",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」はhttp://またはhttps://で始まるURLではありません（値はそのまま残しました）。URLを入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not a URL starting with http:// or https:// (kept as written). Enter a URL.`,
  },
  url_link_text: {
    // a link's text whose link was lost (詳細はこちら), or a note in an image's column (写真あり): words, no address
    severity: "warning", title_ja: "URLのない文字", title_en: "Words without a URL",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は文字だけで（リンクに表示する文字や「写真あり」などの言葉）、URLがありません。リンクとしては開けないため公開せず空欄にし、セルの内容は備考に残しました。ページや画像のアドレス（https://…）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} is words only (the text a link shows, or a note such as "photo available"), with no URL in it. As it opens nothing, it was left empty, not published as a link, and the cell kept in the remarks. Enter the address of the page or image (https://…).`,
  },
  url_with_note: {
    severity: "warning", title_ja: "URLの後に補足", title_en: "A note after a URL",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はURLの後に補足が付いていたため、URLだけを値にし、セルの内容は備考に残しました。URLの列にはURLだけを入力し、補足（外部リンク、ファイル形式など）は備考に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has a note after its URL: the URL alone is the value and the cell is kept in the remarks. Enter only the URL; put notes (external link, file type) in the remarks.`,
  },
  url_with_label: {
    severity: "warning", title_ja: "URLの前にページの名前", title_en: "A page's name before its URL",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はURLの前にページの名前が書かれていたため、URLだけを値にし、セルの内容は備考に残しました。URLの列にはURLだけを入力し、ページの名前は備考に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has a page's name before its URL: the URL alone is the value and the cell is kept in the remarks. Enter only the URL; put the page's name in the remarks.`,
  },
  block_number_as_date: {
    severity: "error", title_ja: "日付になった番地", title_en: "Block number turned into a date",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」は日付です。Excelは書式が「文字列」でないセルに入力された番地（${d(w)}など）を日付に変えるため、番地として公開せず空欄にしました。列の書式を「文字列」にしてから番地を入力し直してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a date: Excel turns a block number (such as ${d(w)}) typed into a cell not formatted as text into a date, so it was left empty, not published as the address. Format the column as text (文字列) and enter the block number again.`,
  },
  ssid_placeholder: {
    severity: "warning", title_ja: "SSIDがないことを表す言葉", title_en: "Word saying there is no SSID",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はSSID（ネットワーク名）ではなく、SSIDがない（まだない、分からない）ことを表す言葉のため、ネットワーク名としては公開せず空欄にし、セルの内容は備考に残しました。SSIDが決まればその名前を入力し、なければ空欄にしてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} is no SSID (network name) but a word saying there is none (yet, or none known): it was left empty, not published as a network's name, and the cell kept in the remarks. Enter the network's name once there is one; otherwise leave it empty.`,
  },
  ssid_withheld: {
    severity: "info", title_ja: "公開しないSSID", title_en: "SSID withheld",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」はSSID（ネットワーク名）を公開しないことを表すため、誤りとはせず、ネットワーク名としては公開せずに空欄にし、セルの内容は備考に残しました。公開しないSSIDはこのまま空欄か「${v(w)}」で構いません。`,
    en: (w) => `${atEn(w)}"${v(w)}" in ${f(w)} says the SSID (network name) is withheld on purpose: no fault; it was left empty, not published as a network's name, and the cell kept in the remarks. A withheld SSID may stay empty or written so.`,
  },
  ssid_several: {
    severity: "warning", title_ja: "1つの欄に複数のSSID", title_en: "Several SSIDs in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」にはSSID（ネットワーク名）が複数あります。このままではどのネットワークにもない名前になるため、最初の「${d(w)}」を値にし、セル全体は備考に残しました。SSIDの列には1つだけ入力し、ほかのSSID（00000JAPAN など）や補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds several SSIDs (network names); as written it names no network, so the first, "${d(w)}", is the value and the whole cell is kept in the remarks. Enter one SSID, and the others (such as 00000JAPAN) or notes in the remarks.`,
  },
  ssid_with_note: {
    severity: "warning", title_ja: "SSIDに補足が付いている", title_en: "SSID with a note",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の括弧内（周波数帯の「(5GHz)」なども）や※の後は補足のため、SSID（ネットワーク名）から除き${w.detail === undefined ? "" : `「${w.detail}」にし`}、セル全体は備考に残しました。SSIDの列にはネットワーク名だけを入力し、補足は備考に書いてください。`,
    en: (w) => `${atEn(w)}the part in brackets (a band such as "(5GHz)" too) or after ※ of "${v(w)}" (${f(w)}) is a note, not part of the network's name: it was taken out${w.detail === undefined ? "" : ` ("${w.detail}")`} and the whole cell kept in the remarks. Enter only the network's name, and notes in the remarks.`,
  },
  ssid_label_removed: {
    severity: "info", title_ja: "SSIDの前の見出し", title_en: "Label before an SSID",
    ja: (w) => `${atJa(w)}「${f(w)}」の値「${v(w)}」の先頭の「SSID：」は見出しのため外し${w.detail === undefined ? "" : `、「${w.detail}」にし`}ました。SSIDの列にはネットワーク名だけを入力してください。`,
    en: (w) => `${atEn(w)}the label "SSID:" before "${v(w)}" (${f(w)}) was taken off${w.detail === undefined ? "" : `, giving "${w.detail}"`}. Enter only the network's name.`,
  },
  url_several: {
    severity: "warning", title_ja: "1つの欄に複数のURL", title_en: "Several URLs in one cell",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」にはURLが複数あります。最初のURLを値にし、セルの内容は備考に残しました。URLの列にはURLを1つだけ入力し、ほかのURLは備考や別の行（ファイルごとの行）に入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) holds several URLs: the first is the value and the cell is kept in the remarks. Enter one URL; put the others in the remarks or on rows of their own (one per file).`,
  },
  contact_in_address: {
    severity: "warning", title_ja: "所在地に電話番号・URLなど", title_en: "Phone number, URL or the like as the address",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は${CONTACT_JA[contactKindOf(v(w)) ?? "phone"]}で、住所ではありません。所在地は空欄とし、セルは${contactKindOf(v(w)) === "postal_code" ? "郵便番号の列（空のとき）か" : ""}備考に残しました。所在地には住所（町名・番地）を書き、${CONTACT_JA[contactKindOf(v(w)) ?? "phone"]}はその列に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is ${CONTACT_EN[contactKindOf(v(w)) ?? "phone"]}, not an address. The address was left empty and the cell kept in ${contactKindOf(v(w)) === "postal_code" ? "the postal code column (when empty) or " : ""}the remarks. Write the address (town and block number) there, and the ${CONTACT_EN[contactKindOf(v(w)) ?? "phone"].replace(/^an? /, "")} in its own column.`,
  },
  place_name_as_address: {
    severity: "warning", title_ja: "住所ではなく施設・場所の名前", title_en: "A building's or place's name as the address",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は建物・駅・公園などの名前で、町名・番地がありません。都道府県・市区町村は、書かれていなければ公開元の区市町村のものだけを補い（都の一覧や他の区市町村の行では補いません）、そのまま公開します。所在地には住所（町名・番地）を書き、建物名は方書や名称の列に書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) names a building, station, park or the like, with no town or block number. It was published as it is, with the prefecture and city added only when it names none and the list is one municipality's (not a prefecture's list, nor a row of another municipality). Write the address (town and block number) there, and the building's name in the building or name column.`,
  },
  address_municipality_only: {
    severity: "warning", title_ja: "市区町村までの所在地", title_en: "Address that stops at the municipality",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は市区町村までで、町名・番地がありません。そのまま公開します。所在地は町名・番地まで書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) stops at the municipality, with no town or block number. It was published as it is. Write the address down to the town and block number.`,
  },
  address_without_municipality: {
    severity: "warning", title_ja: "都道府県の一覧で市区町村名のない所在地", title_en: "Address without its municipality in a prefecture's list",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は市区町村名から始まっていません。この一覧は${w.detail ?? "都道府県"}のもので、行ごとに所在する区市町村が違うため、どの区市町村かは補えず、区市町村のないまま公開します（区市町村で絞り込む利用者や地図では見つかりません）。所在地は市区町村名から書く（例：新宿区西新宿二丁目8番1号）か、市区町村名または全国地方公共団体コードの列にその行の区市町村を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) does not start with its municipality. This is ${w.detail ?? "a prefecture"}'s own list, whose rows lie in many municipalities, so none could be added; it was published without one (an app filtering by municipality, or a map, will not find it). Write the address from the municipality (新宿区西新宿二丁目8番1号), or enter the row's municipality in the city (市区町村名) or code (全国地方公共団体コード) column.`,
  },
  address_label_removed: {
    severity: "info", title_ja: "所在地の前の見出しを備考へ", title_en: "Label in front of the address moved to the remarks",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」から、住所の前の見出し「${w.detail ?? ""}」を外して備考に残し、続く住所を所在地としました。所在地の列には住所だけを書き、見出しや注記は備考に書いてください。`,
    en: (w) => `${atEn(w)}the label "${w.detail ?? ""}" in front of the address in "${v(w)}" (${f(w)}) was taken off and kept in the remarks; the address after it was read. Write only the address in the column, and labels or notes in the remarks.`,
  },
  address_separator_removed: {
    severity: "info", title_ja: "所在地の途中の区切りを外した", title_en: "Separator inside the address taken out",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」の区切り（：や括弧）の前は住所の一部（都道府県・市区町村・町名）と読み、区切りだけを外して「${w.detail ?? ""}」としました。所在地は区切りを入れずに続けて書いてください。`,
    en: (w) => `${atEn(w)}the words before the separator (a colon or brackets) in "${v(w)}" (${f(w)}) are part of the address (prefecture, municipality or town); only the separator was taken out: "${w.detail ?? ""}". Write the address without separators.`,
  },
  address_doubled: {
    severity: "warning", title_ja: "都道府県名・市区町村名を2回書いた所在地", title_en: "Address with its prefecture or city written twice",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は都道府県名・市区町村名（または住所全体）を2回書いていたため、1回にして「${d(w)}」としました（都道府県名・市区町村名の列と、それらを含む住所をつなげるとこうなります）。所在地は都道府県から1回だけ書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) wrote its prefecture or city (or the whole address) twice; it was written once: "${d(w)}" (joining the prefecture and city columns to an address that has them gives this). Write the address once, from the prefecture.`,
  },
  address_after_own_place: {
    severity: "warning", title_ja: "行の市区町村名の後に別の場所の住所", title_en: "The row's own city in front of another place's address",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、この行の都道府県名・市区町村名（公開元）の後に、別の場所の住所が続いています（都道府県名・市区町村名の列と、それらを含む住所をつなげるとこうなります）。前の名前を外して「${d(w)}」とし、所在地はこの住所の場所としました。施設の住所か確かめ、所在地は施設のある都道府県から1回だけ書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) has the row's own prefecture and city (the publisher's) in front of another place's address (joining the prefecture and city columns to an address that has its own gives this). The names in front were taken off, "${d(w)}", and the row placed at that address. Check that it is the site's, and write the address once, from the site's prefecture.`,
  },
  address_two_places: {
    severity: "error", title_ja: "2つの場所を書いた所在地", title_en: "Address naming two places",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は2つの場所（${d(w)}）を続けて書いていて、どちらも行の市区町村ではないため、施設がどちらにあるか分かりません。行を無効としました。所在地は施設のある都道府県・市区町村から1回だけ書いてください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) names two places one after the other (${d(w)}), neither the row's own city, so where the site is cannot be told. The row is invalid. Write the address once, from the site's prefecture and city.`,
  },
  address_completed: {
    severity: "info", title_ja: "所在地に都道府県・市区町村を補完", title_en: "Address completed",
    ja: (w) => `${atJa(w)}「${f(w)}」の住所「${v(w)}」に都道府県名・市区町村名がなかったため補いました。所在地_連結表記は都道府県から書いてください。`,
    en: (w) => `${atEn(w)}the address "${v(w)}" (${f(w)}) lacked the prefecture or city; they were prefixed. Write the full address from the prefecture.`,
  },
  district_missing: {
    severity: "info", title_ja: "町村の郡名がない", title_en: "A town or village without its district",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」に町村の属する郡の名前がなかったため補いました。所在地_市区町村は郡から書きます（西多摩郡瑞穂町）。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) lacked the town's or village's 郡 (district); it was added. The standard writes the city with its district (西多摩郡瑞穂町).`,
  },
  island_in_city: {
    severity: "info", title_ja: "市区町村名の前の島の名前", title_en: "Island written before the town",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」から前の島の名前を外し、「${d(w)}」にしました。所在地_市区町村は島の名前なしで書きます（八丈町）。`,
    en: (w) => `${atEn(w)}the island's name in front of "${v(w)}" (${f(w)}) was taken off, leaving "${d(w)}". The standard writes the town without its island (八丈町).`,
  },
  city_differs_from_address: {
    severity: "warning", title_ja: "所在地_市区町村と住所の市区町村が違う", title_en: "City column and address name different places",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は、同じ行の住所（所在地_連結表記）が示す場所「${d(w)}」と違います。所在地は住所に合わせて「${d(w)}」としました（全国地方公共団体コードも住所に合わせます）。施設のある場所を確かめ、所在地_市区町村と住所を同じ場所にしてください（列を上の行からコピーして埋めていないか確かめてください）。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is not where the row's full address is ("${d(w)}"). The place was taken from the address, "${d(w)}" (its location code too). Check where the site is and make the city column and the address name the same place (was the column filled down from the row above?).`,
  },
  prefecture_in_city: {
    severity: "info", title_ja: "市区町村名の前の都道府県名", title_en: "Prefecture written before the city",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」から前の都道府県名を外し、市区町村名だけにしました（都道府県名は所在地_都道府県に入ります）。市区町村名の欄には市区町村名だけを入力してください。`,
    en: (w) => `${atEn(w)}the prefecture in front of "${v(w)}" (${f(w)}) was taken off, leaving the city (the prefecture belongs in the prefecture column). Enter only the city in the city column.`,
  },
  prefecture_as_city: {
    severity: "warning", title_ja: "市区町村名の欄に都道府県名", title_en: "A prefecture's name in the city column",
    ja: (w) => `${atJa(w)}「${f(w)}」の「${v(w)}」は都道府県名で、市区町村名ではありません。市区町村名は空欄にし、都道府県名は所在地_都道府県に入れました（空欄だった場合）。市区町村名の欄にはその行の区市町村（例：新宿区）を入力してください。`,
    en: (w) => `${atEn(w)}"${v(w)}" (${f(w)}) is a prefecture's name, not a municipality's. The city was left empty and the name put in the prefecture column (where that was empty). Enter the row's municipality (新宿区, for example) in the city column.`,
  },
  address_joined: {
    severity: "info", title_ja: "所在地_連結表記が空", title_en: "Full address empty",
    ja: (w) => `${atJa(w)}「${f(w)}」が空のため、所在地の各項目をつなげて作りました。所在地_連結表記を入力してください。`,
    en: (w) => `${atEn(w)}${f(w)} was empty; it was joined from the address parts. Fill in the full address.`,
  },
  // ---- harvest and publish (pipelines/publish.ts, sources/*) ----
  // `value` carries the detail: status and URL, limit, content type, address. Row and field are null.
  source_http_error: {
    severity: "error", title_ja: "取得先がエラーを返した", title_en: "Source answered with an HTTP error",
    ja: (w) => `取得先がエラーを返しました（${v(w)}）。URLが正しいか、ファイルがまだ公開されているか確認してください。`,
    en: (w) => `The source answered with an error (${v(w)}). Check that the URL is right and the file is still published.`,
  },
  source_server_error: {
    severity: "error", title_ja: "取得先サーバーの一時的なエラー", title_en: "Source server error",
    ja: (w) => `取得先のサーバーがエラーを返しました（${v(w)}）。メンテナンスや混雑など提供元のサーバー側の一時的な障害です。公開中のデータは前の版のままで、次回の収集で再取得します。何日も続く場合は提供元のサーバー管理者に連絡してください。`,
    en: (w) => `The source's server answered with an error (${v(w)}): trouble on the publisher's side, such as maintenance or overload. The last published data stays; it will be fetched again at the next harvest. If this lasts for days, contact the publisher's server administrator.`,
  },
  source_timeout: {
    severity: "error", title_ja: "取得先が時間内に応答しない", title_en: "Source timed out",
    ja: (w) => `取得先が時間内に応答しませんでした（${v(w)}）。時間をおいて再取得します。続く場合は提供元のサーバーを確認してください。`,
    en: (w) => `The source did not answer in time (${v(w)}). It will be fetched again later; if this persists, check the publisher's server.`,
  },
  source_unreachable: {
    severity: "error", title_ja: "取得先に接続できない", title_en: "Source unreachable",
    ja: (w) => `取得先に接続できません（${v(w)}）。ホスト名とネットワークを確認してください。`,
    en: (w) => `Could not connect to the source (${v(w)}). Check the host name and the network.`,
  },
  source_too_large: {
    severity: "error", title_ja: "ファイルが大きすぎる", title_en: "File too large",
    ja: (w) => `ファイルが上限を超えています（${v(w)}）。ファイルを分けるか、設定 max_bytes を見直してください。`,
    en: (w) => `The file is larger than the limit (${v(w)}). Split the file or raise max_bytes for this source.`,
  },
  source_truncated: {
    severity: "error", title_ja: "ファイルが途中で切れている", title_en: "Truncated download",
    ja: (w) => `ダウンロードが途中で切れました（${v(w)}）。前回公開したデータをそのまま使い、次回再取得します。`,
    en: (w) => `The download was cut short (${v(w)}). The last published data stays; it will be fetched again next time.`,
  },
  source_wrong_type: {
    severity: "error", title_ja: "CSV/Excel ではない応答", title_en: "Not a CSV or Excel response",
    ja: (w) => `取得先の応答がCSVやExcelではありません（${v(w)}）。URLがファイルそのものを指しているか確認してください（案内ページのURLになっていないか）。`,
    en: (w) => `The source did not answer with CSV or Excel (${v(w)}). Make sure the URL points at the file itself, not at a web page about it.`,
  },
  source_private_address: {
    severity: "error", title_ja: "内部アドレスへの接続を拒否", title_en: "Private address refused",
    ja: (w) => `内部ネットワークのアドレスへの接続は許可されていません（${v(w)}）。公開されているURLを指定してください。`,
    en: (w) => `Connections to private, loopback or link-local addresses are not allowed (${v(w)}). Use a public URL.`,
  },
  source_too_many_redirects: {
    severity: "error", title_ja: "リダイレクトが多すぎる", title_en: "Too many redirects",
    ja: (w) => `リダイレクトが多すぎます（${v(w)}）。最終的なファイルのURLを直接指定してください。`,
    en: (w) => `Too many redirects (${v(w)}). Configure the final URL of the file directly.`,
  },
  source_missing: {
    severity: "error", title_ja: "取得元ファイルが見つからない", title_en: "Source file not found",
    ja: (w) => `取得元のファイルが見つかりません（${v(w)}）。sources.json のパスを確認してください。`,
    en: (w) => `The source file was not found (${v(w)}). Check the path in sources.json.`,
  },
  catalog_no_resource: {
    severity: "error", title_ja: "カタログに該当するファイルがない", title_en: "No matching resource in the catalogue",
    ja: (w) => `カタログに該当するCSV/Excelのリソースが見つかりません（${v(w)}）。組織・タグ・タイトルの条件を確認してください。`,
    en: (w) => `No matching CSV/Excel resource was found in the catalogue (${v(w)}). Check the organization, tags and title of the source.`,
  },
  catalog_bad_response: {
    severity: "error", title_ja: "カタログAPIの応答が不正", title_en: "Malformed catalogue response",
    ja: (w) => `カタログAPIの応答を読み取れません（${v(w)}）。CKANのURL（…/api/3/action/）を確認してください。`,
    en: (w) => `The catalogue API answer could not be read (${v(w)}). Check the CKAN base URL (…/api/3/action/).`,
  },
  ingest_failed: {
    severity: "error", title_ja: "保存に失敗", title_en: "Storing failed",
    ja: (w) => `データの保存中に失敗しました（${v(w)}）。公開中のデータは前の版のままです。次回の収集で再試行します。`,
    en: (w) => `Storing the data failed (${v(w)}). The previously published version is still served; the next harvest retries.`,
  },
  no_valid_rows: {
    severity: "warning", title_ja: "有効な行がなく公開しない", title_en: "No valid row: not published",
    ja: () => "有効な行が1行もないため公開しませんでした。上のエラーを直して再提出してください。公開中のデータは前の版のままです。",
    en: () => "Not published: the file has no valid row. Fix the errors above and submit it again; the previous version stays published.",
  },
  file_cut_off: {
    severity: "warning", title_ja: "最後の行の途中で切れたファイル", title_en: "File cut off inside its last row",
    ja: (w) => `ファイルが最後の行（データの${v(w)}行目）の途中で終わっています（改行がなく、その行だけ列が足りません${cutCellJa(w)}）。ダウンロードかファイルの書き出しが途中で止まった可能性があるため、自動では公開せず、公開中のデータがあれば前の版のままです。取得元のファイルを最後の行まで保存し直してください。このファイルで正しい場合は、odh harvest --force で取り込めます。`,
    en: (w) => `The file ends inside its last row (data row ${v(w)}): no line end after it, and it alone is short of cells${cutCellEn(w)}. The download or the export may have stopped part way, so it was not published on its own; any published version stays. Save the source file again to its last row. If this file is right as it is, ingest it with odh harvest --force.`,
  },
  rows_dropped: {
    severity: "warning", title_ja: "有効な行が前の版の半分以下に減り公開しない", title_en: "Valid rows fell to half or less: not published",
    ja: (w) => `有効な行が、公開中の版の${d(w)}行から${v(w)}行に減りました（半分以下）。ファイルが途中で切れたか一部だけ出力された可能性があるため、自動では公開せず、公開中のデータは前の版（${d(w)}行）のままです。取得元のファイルを確かめて直してください。行が減ったのが正しい場合は、odh harvest --force で取り込むか、アップロードで公開してください。`,
    en: (w) => `The valid rows fell from the published version's ${d(w)} to ${v(w)} (half or less). The file may have been cut short or exported in part, so it was not published on its own; the previous version (${d(w)} rows) stays published. Check and fix the source file. If the rows really are fewer now, ingest it with odh harvest --force or publish it by upload.`,
  },
  rows_now_invalid: {
    severity: "warning", title_ja: "行が無効になり有効な行が前の版の半分以下に減り公開しない", title_en: "Rows turned invalid, valid rows fell to half or less: not published",
    ja: (w) => {
      const r = invalidRowsOf(w);
      return `有効な行が、公開中の版の${r.published}行から${v(w)}行に減りました（半分以下）。ファイルには${r.rows}行ありますが、そのうち${r.invalid}行が無効です（行が欠けたのではなく、値が読めなくなっています）。${invalidCauses(w, "ja")}見出しの名前や値の書き方が変わっていないか確かめ、取得元のファイルを直してください（odh validate で行ごとの指摘を確かめられます）。自動では公開せず、公開中のデータは前の版（${r.published}行）のままです。このファイルで正しい場合は、odh harvest --force で取り込むか、アップロードで公開してください。`;
    },
    en: (w) => {
      const r = invalidRowsOf(w);
      return `The valid rows fell from the published version's ${r.published} to ${v(w)} (half or less). The file has ${r.rows} rows, but ${r.invalid} of them are invalid: the rows are there, their values no longer read.${invalidCauses(w, "en")} Check whether the header names or the way values are written changed, and fix the source file (odh validate lists each row's issues). It was not published on its own; the previous version (${r.published} rows) stays published. If this file is right as it is, ingest it with odh harvest --force or publish it by upload.`;
    },
  },
} satisfies Record<string, IssueType>;

export type IssueCode = keyof typeof ISSUE_CODES;

/** Issues a run will only count, by code, then by field in a short list (a code is found in a few columns). */
const COUNTED = new Map<IssueCode, Issue[]>();
const COUNTED_ISSUES = new WeakSet<Issue>();

/** Whether `i` is a countedIssue stand-in (no row, value or message). */
export const isCountedIssue = (i: Issue): boolean => COUNTED_ISSUES.has(i);

/**
 * The stand-in for an issue of `code` that the run's issue log will only count (its examples for that code are all
 * kept already): code, severity and field, no row, value or message, so nothing is formatted or copied per cell.
 * Shared and frozen; never shown to anyone (the log counts it and drops it).
 */
export function countedIssue(code: IssueCode, field: string | null): Issue {
  let byField = COUNTED.get(code);
  if (byField === undefined) COUNTED.set(code, (byField = []));
  for (let k = 0; k < byField.length; k++) if (byField[k].field === field) return byField[k];
  const found = Object.freeze({ code, severity: ISSUE_CODES[code].severity as Severity, row: null, field, value: null, message_ja: "", message_en: "" });
  COUNTED_ISSUES.add(found);
  byField.push(found);
  return found;
}

/**
 * The issue with its messages as people read them: at `line`, the row a spreadsheet shows (data rows are counted from
 * the header, spreadsheets from the top) on `sheet` when the table was read from several, and the Japanese one naming
 * the column by `fieldJa`, its Japanese name (「所在地_連結表記」), not its canonical key (「full_address」), which `field`
 * keeps for programs and the English message keeps for developers.
 */
export function rendered(found: Issue, { fieldJa, line, sheet, publisher }: { fieldJa?: string; line?: number; sheet?: string; publisher?: string | null }): Issue {
  const type: IssueType = ISSUE_CODES[found.code];
  const where: Shown = { row: found.row, field: found.field, value: found.value, ...(found.detail === undefined ? {} : { detail: found.detail }), line, sheet, publisher };
  return { ...found, message_ja: type.ja({ ...where, field: fieldJa ?? found.field }), message_en: type.en(where) };
}

/**
 * The issue a run's report builds the messages of (run.ts shownForPeople renders every issue of a data row again, at
 * the line a spreadsheet shows and with the column's Japanese name): code, severity and where, its messages left
 * empty, so a kept issue's two messages are built once, not made, copied into the log and made again.
 */
export function unrenderedIssue(code: IssueCode, row: number, field: string, value: string | null, detail?: string): Issue {
  const severity = ISSUE_CODES[code].severity as Severity;
  // literals in issue()'s key order, so the report's JSON is the same
  return detail === undefined ? { code, severity, row, field, value, message_ja: "", message_en: "" }
    : { code, severity, row, field, value, detail, message_ja: "", message_en: "" };
}

export function issue(code: IssueCode, at: Partial<Where> = {}): Issue {
  const where: Where = { row: at.row ?? null, field: at.field ?? null, value: at.value ?? null, ...(at.detail === undefined ? {} : { detail: at.detail }) };
  const type: IssueType = ISSUE_CODES[code];
  return { code, severity: type.severity, ...where, message_ja: type.ja(where), message_en: type.en(where) };
}
