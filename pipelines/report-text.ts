// A validation report as text for a municipal data officer: the summary first, then the issues grouped by column
// (file and header first), each group with its rows and values and the fix. Japanese by default, or English.
import { getDataset } from "../schemas/index.ts";
import { type Issue, ISSUE_CODES, type Severity } from "./issues.ts";
import { lineOf, type Report } from "./report.ts";

export type Lang = "ja" | "en";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** A value on one line of the report: a line break in a cell shows as ↵ (it would start a new line of the report). */
const oneLine = (value: string) => value.replace(/\r?\n/g, "↵");
/** An issue's detail on one line: some details join two headers with a tab (preferred_column_blank), shown as `joiner`. */
const detailLine = (detail: string, joiner: string) => oneLine(detail).replace(/\t/g, joiner);
const ROWS_SHOWN = 20;
/** Sheets of the same table whose rows were not read (another header, another version of the list). */
const SHEETS_LEFT: ReadonlySet<string> = new Set(["other_table_sheets", "other_version_sheet", "repeated_rows_sheet",
  "older_version_sheet", "undated_version_sheet"]);

/** Issues whose value is a range of data rows (blank_rows, reference_rows: `16-18`), listed as the file's lines, not
 *  as a value. */
const ROW_RANGE: ReadonlySet<string> = new Set(["blank_rows", "reference_rows", "not_current_rows", "other_table_rows"]);

/** `20–22` from the first line and a value `16-18`. */
function lineRange(line: number, i: Issue): string {
  const [from, to] = (i.value ?? "").split("-").map(Number);
  return Number.isInteger(from) && Number.isInteger(to) && to > from ? `${line}–${line + to - from}` : String(line);
}

const L = {
  ja: {
    file: "ファイル", dataset: "データセット", encoding: "文字コード", municipality: "団体コード", rows: "行数",
    counts: (r: Report) => `${r.rows}（有効 ${r.valid}、無効 ${r.invalid}）`,
    issues: "指摘", severity: { error: "エラー", warning: "警告", info: "情報" } as Record<Severity, string>,
    n: (n: number) => `${n}件`, sep: "、",
    by: { option: "指定", file_name: "ファイル名から判定", header: "見出しから判定", rows: "列の値から判定（見出しのない行が標準の列の順に合う）" },
    unknownDataset: "（判定できません）",
    verdict: { 0: "結果: すべての行が有効です。", 1: (n: number) => `結果: 無効な行が${n}行あります。下の指摘を直してください。`, 2: "結果: ファイルを読み取れませんでした。" },
    unread: "結果: ファイルはデータとして読めませんでした。下の指摘を確認してください。", noRows: "結果: データ行がありません。",
    undetected: "結果: どの標準データセットか判定できないため、行を読んでいません。--dataset で指定してください。",
    sheetsLeft: "結果: 読んだ行はすべて有効ですが、ほかのシートの表は読んでいません（下の警告）。",
    fileSection: "ファイルと見出し", rowSection: "行全体",
    /** the file's own header of a column, where it is not the standard's name */
    asWritten: (sources: string[]) => ` — ファイルの列「${sources.join("」「")}」`,
    title: (id: string, name: string) => `${id}（${name}）`,
    rowValue: (line: number, i: Issue, sheet?: string) => `${sheet === undefined ? "" : `「${sheet}」`}${ROW_RANGE.has(i.code) ? `${lineRange(line, i)}行目`
      : `${line}行目${i.value === null ? "" : `「${oneLine(i.value)}」`}${i.detail === undefined ? "" : `（${detailLine(i.detail, "、")}）`}`}`,
    /** detect.ts's "11/11 columns; next public_toilet 9" (and "; kinds in rows" when the rows' kinds told it) */
    detail: (d: string) => `（${d.replace(/^(\d+)\/(\d+) columns(?:; next (\S+) (\d+))?(; kinds in rows)?$/, (_, n: string, of: string, next?: string, m?: string, kinds?: string) =>
      `見出し${of}列のうち${n}列が一致${next ? `。次点 ${next}：${m}列` : ""}${kinds ? "。種別などの列の値で判定" : ""}`)}）`,
    more: (n: number) => `ほか${n}件`, fix: "直し方", orMore: "以上", capped: "（指摘が多いため一部だけ載せています。件数は全体の数です）",
  },
  en: {
    file: "File", dataset: "Dataset", encoding: "Encoding", municipality: "Municipality", rows: "Rows",
    counts: (r: Report) => `${r.rows} (valid ${r.valid}, invalid ${r.invalid})`,
    issues: "Issues", severity: { error: "error", warning: "warning", info: "info" } as Record<Severity, string>,
    n: (n: number) => String(n), sep: ", ",
    by: { option: "given", file_name: "from the file name", header: "from the header", rows: "from the values (rows without a header fit the standard's columns in order)" },
    unknownDataset: "(not recognized)",
    verdict: { 0: "Result: every row is valid.", 1: (n: number) => `Result: ${n} invalid row${n === 1 ? "" : "s"}. Fix the issues below.`, 2: "Result: the file could not be read." },
    unread: "Result: the file was read but not as data; see the issue below.", noRows: "Result: no data rows.",
    undetected: "Result: no standard dataset could be told, so no row was read. Name one with --dataset.",
    sheetsLeft: "Result: every row read is valid, but the tables on other sheets were not read (see the warning below).",
    fileSection: "File and header", rowSection: "Whole rows",
    asWritten: (sources: string[]) => ` — file column ${sources.map((x) => `"${x}"`).join(", ")}`,
    title: (id: string, name: string) => `${id} (${name})`,
    rowValue: (line: number, i: Issue, sheet?: string) => `${sheet === undefined ? "" : `"${sheet}" `}${ROW_RANGE.has(i.code) ? `row${lineRange(line, i).includes("–") ? "s" : ""} ${lineRange(line, i)}`
      : `row ${line}${i.value === null ? "" : ` "${oneLine(i.value)}"`}${i.detail === undefined ? "" : ` (${detailLine(i.detail, ", ")})`}`}`,
    detail: (d: string) => ` (${d})`,
    more: (n: number) => `${n} more`, fix: "Fix", orMore: " or more", capped: "(many issues: only the first are listed; counts are totals)",
  },
} as const;

function countsBySeverity(report: Report): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  if (report.issue_counts) {
    for (const [code, n] of Object.entries(report.issue_counts)) {
      if (code !== "issues_truncated") counts[ISSUE_CODES[code as keyof typeof ISSUE_CODES]?.severity ?? "info"] += n;
    }
  } else {
    for (const i of report.issues) if (i.code !== "issues_truncated") counts[i.severity]++;
  }
  return counts;
}

/** The summary's last line: all valid, how many invalid, no rows at all, or why nothing was read (the bytes could not
 *  be read as text or a workbook, or they were, but held no table of a standard dataset). */
function verdict(report: Report, exit: 0 | 1 | 2, t: (typeof L)[Lang]): string {
  if (exit === 1) return t.verdict[1](report.invalid);
  if (exit === 2) {
    if (report.encoding === null) return t.verdict[2];
    // a garbled file is not read whatever the dataset: naming one would not help
    return report.dataset === null && !report.issues.some((i) => i.code === "mojibake") ? t.undetected : t.unread;
  }
  if (report.rows === 0) return t.noRows;
  // a workbook whose other sheets hold the same table: what was read is valid, not the whole file
  return report.issues.some((i) => SHEETS_LEFT.has(i.code)) ? t.sheetsLeft : t.verdict[0];
}

function summary(report: Report, fileName: string, lang: Lang, exit: 0 | 1 | 2): string[] {
  const t = L[lang];
  const dataset = report.dataset ? getDataset(report.dataset) : undefined;
  const title = dataset ? t.title(dataset.id, lang === "ja" ? dataset.ja : dataset.en) : report.dataset ?? t.unknownDataset;
  const by = report.detection ? ` — ${t.by[report.detection.by]}${report.detection.by === "header" ? t.detail(report.detection.detail) : ""}` : "";
  const counts = countsBySeverity(report);
  const lines = [
    `${t.file}: ${fileName}`,
    `${t.dataset}: ${title}${by}`,
    `${t.encoding}: ${report.encoding ?? "-"}`,
    ...(report.municipality ? [`${t.municipality}: ${report.municipality}`] : []),
    `${t.rows}: ${t.counts(report)}`,
    `${t.issues}: ${SEVERITIES.map((s) => `${t.severity[s]} ${t.n(counts[s])}`).join(t.sep)}${report.issue_counts ? ` ${t.capped}` : ""}`,
    verdict(report, exit, t),
  ];
  return lines;
}

/** One block per code within a group: the count, the rows with their values, and the first message as the fix.
 *  `unkept`: the issues of the block's code and column past the report's cap, counted but not listed. */
function codeBlock(issues: Issue[], lang: Lang, report: Report, unkept: number | null): string[] {
  const t = L[lang];
  const first = issues[0];
  const type = ISSUE_CODES[first.code];
  // the block's own total: the file's total of a capped code is its issues_truncated line's
  const total = issues.length + (unkept ?? 0);
  const count = unkept === null ? `${t.n(total)}${t.orMore}` : t.n(total);
  const lines = [`  [${t.severity[first.severity]}] ${lang === "ja" ? type.title_ja : type.title_en} (${first.code}): ${count}`];
  const withRows = issues.filter((i) => i.row !== null);
  if (withRows.length > 0) {
    // rows as a spreadsheet numbers them, on their sheet when several were read (the messages give the data row beside it)
    const listed = withRows.slice(0, ROWS_SHOWN);
    const shown = listed.map((i) => {
      const { line, sheet } = lineOf(report, i.row as number);
      return t.rowValue(line, i, sheet);
    }).join(t.sep);
    lines.push(`    ${shown}${total > listed.length ? `${t.sep}${t.more(total - listed.length)}` : ""}`);
    // a message quotes the cell, whose line breaks would break the report's lines too
    lines.push(`    ${t.fix}: ${oneLine(lang === "ja" ? first.message_ja : first.message_en)}`);
  } else {
    const listed = issues.slice(0, ROWS_SHOWN);
    for (const i of listed) lines.push(`    ${oneLine(lang === "ja" ? i.message_ja : i.message_en)}`);
    if (total > listed.length) lines.push(`    ${t.more(total - listed.length)}`);
  }
  return lines;
}

/**
 * The issues of a capped code that the report only counted, by code and column (report.issue_counts_by_field less
 * the examples kept); they belong with the column's rows. A code capped in a report without counts by column (one
 * stored before they were kept) has an unknown share in each column: null.
 */
function unkeptCounts(report: Report): (code: string, field: string | null) => number | null {
  const capped = new Set(report.issues.filter((i) => i.code === "issues_truncated").map((i) => i.field));
  const key = (code: string, field: string | null) => `${code}\u0000${field ?? ""}`;
  const unkept = new Map<string, number>();
  for (const c of report.issue_counts_by_field ?? []) unkept.set(key(c.code, c.field), c.count);
  for (const i of report.issues) {
    const k = key(i.code, i.field);
    if (unkept.has(k)) unkept.set(k, (unkept.get(k) as number) - 1);
  }
  return (code, field) => (!capped.has(code) ? 0 : report.issue_counts_by_field === undefined ? null : unkept.get(key(code, field)) ?? 0);
}

function groupBy<K>(issues: Issue[], key: (i: Issue) => K): Map<K, Issue[]> {
  const groups = new Map<K, Issue[]>();
  for (const i of issues) {
    const k = key(i);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

export function renderReport(report: Report, fileName: string, lang: Lang, exit: 0 | 1 | 2): string {
  const t = L[lang];
  const dataset = report.dataset ? getDataset(report.dataset) : undefined;
  const lines = [...summary(report, fileName, lang, exit)];
  const fileLevel = report.issues.filter((i) => i.row === null);
  const rowLevel = report.issues.filter((i) => i.row !== null);
  const unkept = unkeptCounts(report);
  // a code's issues only counted are listed with its column's rows; those of a code with none are the file's
  const withRows = new Set(rowLevel.map((i) => `${i.code}\u0000${i.field ?? ""}`));
  const unkeptOf = (group: Issue[], rows: boolean): number | null => {
    let n = 0;
    for (const field of new Set(group.map((i) => i.field))) {
      if (withRows.has(`${group[0].code}\u0000${field ?? ""}`) !== rows) continue;
      const more = unkept(group[0].code, field);
      if (more === null) return null;
      n += more;
    }
    return n;
  };
  const section = (title: string, issues: Issue[], rows: boolean) => {
    if (issues.length === 0) return;
    const bySeverity = [...issues].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    lines.push("", `■ ${title}`);
    for (const group of groupBy(bySeverity, (i) => i.code).values()) lines.push(...codeBlock(group, lang, report, unkeptOf(group, rows)));
  };
  section(t.fileSection, fileLevel, false);
  const byField = groupBy(rowLevel, (i) => i.field);
  const order = (field: string | null) => (field === null ? -1 : dataset?.columns.findIndex((c) => c.key === field) ?? 0);
  // columns with errors first (what makes rows invalid), then warnings, then the rest, each in column order
  const worst = (field: string | null) => Math.min(...(byField.get(field) ?? []).map((i) => SEVERITIES.indexOf(i.severity)));
  for (const field of [...byField.keys()].sort((a, b) => worst(a) - worst(b) || order(a) - order(b))) {
    const column = field === null ? undefined : dataset?.columnByKey.get(field);
    const name = column === undefined ? "" : lang === "ja" ? column.ja : column.en;
    // the officer finds the column by the header they wrote (an old 推奨 name, an English physical name)
    const sources = report.header.filter((h) => h.field === field && h.source !== name).map((h) => h.source);
    const title = field === null ? t.rowSection
      : column ? `${name} (${field})${sources.length > 0 ? t.asWritten(sources) : ""}` : field;
    section(title, byField.get(field) ?? [], true);
  }
  return `${lines.join("\n")}\n`;
}

/** The summary lines alone, for stderr beside `odh normalize` output; the file-level problems are spelled out. */
export function renderSummary(report: Report, fileName: string, lang: Lang, exit: 0 | 1 | 2): string {
  const fileLevel = report.issues.filter((i) => i.row === null && i.severity === "error").map((i) => (lang === "ja" ? i.message_ja : i.message_en));
  const hint = exit === 1 ? [lang === "ja" ? `詳しくは: odh validate ${fileName}` : `Details: odh validate ${fileName} --lang en`] : [];
  return `${[...summary(report, fileName, lang, exit), ...fileLevel, ...hint].join("\n")}\n`;
}
