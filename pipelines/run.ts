// Contract A: harmonize one file. Composes the stages — decode (or xlsx) → parse → detect → map headers →
// normalize (contract B) → validate — streaming rows to the caller in batches, and returns the Report.
// Bad data never throws: it becomes issues; an unreadable file is a report with a file-level error (row null).
import type { DateYears } from "./date-years-of-file.ts";
import type { ListKind } from "./list-kind.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { DATASETS, getDataset } from "../schemas/index.ts";
import { decodeChunks, type Utf8LinesFound, utf8LinesIssue } from "./decode.ts";
import { sniffEncoding } from "./encoding-sniff.ts";
import { notReadableIssue, SNIFF_BYTES, sniffKind } from "./file-kind.ts";
import { GzipError, gzipIssue } from "./gzip.ts";
import { learnFromStoredName, openGzip } from "./gzip-open.ts";
import { baseName, dateFromFileName, fileNameMatch, mistypedCodeInFileName, monthCodeInFileName, municipalityFromFileName, unknownCodeInFileName } from "./detect.ts";
import { type HarmonizeInput, isSystemError, MAX_WHOLE_FILE_BYTES, openSource, type Source } from "./input.ts";
import { createIssueLog, type IssueLog } from "./issue-log.ts";
import type { FilePlaneAxes } from "./normalize/plane-axes.ts";
import type { PhoneForm } from "./normalize/phone-groups.ts";
import type { Footnotes } from "./footnotes.ts";
import type { LegendPlace, Legends } from "./legend.ts";
import { type Issue, type IssueCode, issue, rendered } from "./issues.ts";
import { type ParsedRecord, parseCsv } from "./parse.ts";
import { readFileEnd } from "./file-end.ts";
import { cutSource } from "./end-mark.ts";
import { type HeaderMapping, lineOf, type Report, type SheetSpan } from "./report.ts";
import { type ParallelOptions, type ParallelOutput, readTextInParallel, splittable, threadsFor, PARALLEL_MIN_BYTES } from "./parallel.ts";
import { type RecordFormat, recordWriter } from "./record-output.ts";
import { processTable } from "./table.ts";
import { Utf8Blocks } from "./utf8-blocks.ts";
import { asOfInText } from "./as-of.ts";
import { chooseSheets, type SheetPart } from "./sheet-choice.ts";
import { type SheetLines, sheetRecords, sheetSpans } from "./sheet-records.ts";
import { MAX_TAIL_BYTES } from "./sheet-tail.ts";
import { XlsxError } from "./workbook-xml.ts";
import type { AcrossMerge } from "./merged-cells.ts";
import { describeZip, openXlsx, type SheetReading } from "./xlsx.ts";
import { readZipEntry, ZipError, type ZipEntry } from "./zip.ts";
import { dataFileOf } from "./zip-member.ts";

export type { HarmonizeInput } from "./input.ts";

export interface HarmonizeOptions {
  /** dataset id, or "auto" (default): detected from the file name slug, then the header */
  dataset?: string;
  /** publisher's 6-digit code; fills an empty local_government_code */
  municipality?: string;
  /** optional hint ("shift_jis", "utf-8", …); sniffed when absent */
  encoding?: string;
  onProgress?: (p: { rows: number }) => void;
  /** called once the dataset and the header are known, before the first batch; `extra`: the names the unmapped
   *  columns have in each row's `extra`, in file order */
  onHeader?: (h: { dataset: string; header: HeaderMapping[]; extra: string[] }) => Promise<void> | void;
}

export interface HarmonizedRow {
  /** 1-based data row of the source file (DESIGN.md) */
  row: number;
  /** canonical record: every column key of the dataset present, typed, null when empty */
  record: Record<string, unknown>;
  /** unmapped source columns, by source header (never dropped) */
  extra: Record<string, string>;
  /** the row's cells by canonical key, as the file wrote them (after 同上 fills and rejoins): the CSV output writes a
   *  value that did not read as its cell (record-output.ts); not part of the NDJSON/JSON output */
  cells?: Readonly<Record<string, string>>;
  /** false when the row has any issue of severity "error" */
  valid: boolean;
}

export type OnBatch = (rows: HarmonizedRow[]) => Promise<void> | void;

/** What a run knows so far; becomes the Report. */
export interface RunState {
  fileName: string;
  options: HarmonizeOptions;
  log: IssueLog;
  dataset: Dataset | null;
  encoding: string | null;
  municipality: string | null;
  /** the date the file's figures are as of (`population_20240101`, a title row `令和6年1月1日現在`, a line under the data): an empty
   *  調査年月日 takes it */
  asOf?: string;
  /** asOf came from a title row, which outranks the file name */
  asOfFromTitle?: boolean;
  /** the municipality's name, when the head rows leave every area empty (Dataset.wholeArea): each such row is its own */
  wholeArea?: string;
  /** a text file's last lines, or the chosen sheet's last rows, read before the rows (file-end.ts, xlsx.ts): what a
   *  line under the data says (an as-of date, a legend) holds for the rows above it */
  linesAtEnd?: ReadonlyArray<readonly string[]>;
  header: HeaderMapping[];
  /** which column of the file's plane coordinates (metres) is X, told from the head of the file */
  planeAxes?: FilePlaneAxes;
  /** what the file says of its coordinates being in the Tokyo Datum (datum-of-file.ts); absent: the standard's */
  tokyoDatum?: string;
  /** the column naming each record where several records share one row number (a table of areas across: every area's
   *  record is numbered by the table's first age row), so that a record's issues name it (RecordContext.namedBy) */
  namedBy?: string;
  /** how the file writes the numbers of each phone column, told from the head of the file (phone-form-of-file.ts) */
  phoneForms?: Readonly<Record<string, PhoneForm>>;
  /** what the file says of its dates' years, from its title rows and the head of its date columns (date-years-of-file.ts) */
  dateYears?: DateYears;
  /** the workbook counts its dates from 1904-01-01 (xlsx.ts Workbook.date1904): a number in a date column is read so */
  date1904?: boolean;
  /** the kind the list's title or file name says its rows are (list-kind.ts: 歯科診療所一覧) */
  listKind?: ListKind;
  /** what the file's footnote marks stand for, from the lines above the header and under the data (footnotes.ts) */
  footnotes?: Footnotes;
  /** what the codes of a column stand for, from a legend above the header or under the data (legend.ts) */
  legends?: Legends;
  /** where each column's legend was found, for the report (codes_from_legend, said once a code was read by it) */
  legendsAt?: Readonly<Record<string, LegendPlace>>;
  /** the header's row in the file or sheet (1-based), once found */
  headerRow?: number;
  /** a workbook whose sheets were read as one table: which data rows are whose sheet */
  sheets?: SheetSpan[];
  /** the hidden columns of the workbook sheet the header is read from, 0-based [first, last] ranges (a visible
   *  column of a field outranks them) */
  hiddenColumns?: { sheet: string; ranges: ReadonlyArray<readonly [number, number]> };
  /** the merged ranges across columns in the head of the workbook sheet the header is read from (0-based rows) */
  acrossMerges?: ReadonlyArray<AcrossMerge>;
  detection?: Report["detection"];
  /** the dataset came from a keyword of the file name, which a clear header of another dataset outweighs */
  namedByKeyword?: boolean;
  rows: number;
  valid: number;
  invalid: number;
}

/** Streams batches of rows (≤ MAX_BATCH_ROWS = 250 each) to onBatch while reading; resolves with the full Report at the end.
 *  Never throws for bad data: an unreadable file is a Report with rows 0 and an error issue with row null. */
export function harmonize(input: HarmonizeInput, options: HarmonizeOptions = {}, onBatch?: OnBatch): Promise<Report> {
  return harmonizeRun(input, options, { onBatch, format: null });
}

export interface TextOutput {
  /** the rows rendered in this format (record-output.ts) go to onText, as text or as UTF-8 bytes (rendered on
   *  another thread); absent: rows are not kept at all */
  format?: RecordFormat;
  onText?: (text: string | Uint8Array) => Promise<void> | void;
  /** a large CSV file is read by several threads (parallel.ts); absent: by this one */
  parallel?: ParallelOptions;
}

/**
 * harmonize() for a caller that wants the rows as text (`odh normalize`) or not at all (`odh validate`): the rows
 * can then be made on several threads, each rendering its own, and the text comes to onText in file order.
 */
export async function harmonizeText(input: HarmonizeInput, options: HarmonizeOptions, output: TextOutput): Promise<Report> {
  const writer = output.format === undefined ? null : recordWriter(output.format);
  // this thread's rows, encoded as they are made; what is in them goes out before any other text, in order
  const blocks = new Utf8Blocks();
  const send = async (parts: readonly Uint8Array[]) => {
    for (const part of parts) await output.onText?.(part);
  };
  const emit = async (text: string | Uint8Array) => {
    await send(blocks.take(true));
    if (text.length > 0) await output.onText?.(text);
  };
  const report = await harmonizeRun(input, {
    ...options,
    onHeader: async (h) => {
      await options.onHeader?.(h);
      const dataset = getDataset(h.dataset);
      if (writer !== null && dataset) await emit(writer.start(dataset, h.extra));
    },
  }, {
    onBatch: writer === null ? undefined : async (rows) => {
      writer.batchInto(rows, blocks.add);
      await send(blocks.take());
    },
    format: output.format ?? null, onText: emit, parallel: output.parallel,
  });
  await send(blocks.take(true));
  if (writer !== null && report.dataset !== null && report.header.length > 0) await emit(writer.end());
  return report;
}

/** Where a run's rows go: batches of rows on this thread; text from other threads when reading in parallel. */
type RunOutput = ParallelOutput & { parallel?: ParallelOptions };

async function harmonizeRun(input: HarmonizeInput, options: HarmonizeOptions, output: RunOutput): Promise<Report> {
  const run: RunState = {
    fileName: input.fileName, options, log: createIssueLog(), dataset: null, encoding: null,
    municipality: options.municipality ?? municipalityFromFileName(input.fileName), header: [], rows: 0, valid: 0, invalid: 0,
    asOf: dateFromFileName(input.fileName) ?? undefined,
  };
  const unknownCode = options.municipality === undefined ? unknownCodeInFileName(input.fileName) : null;
  if (unknownCode !== null) run.log.add(issue("file_name_code_unknown", { value: unknownCode }));
  const monthCode = options.municipality === undefined ? monthCodeInFileName(input.fileName) : null;
  if (monthCode !== null) run.log.add(issue("file_name_month_code", { value: monthCode }));
  const mistyped = options.municipality === undefined ? mistypedCodeInFileName(input.fileName) : null;
  if (mistyped !== null) {
    run.log.add(issue("file_name_check_digit", { value: mistyped.written, detail: `${mistyped.name}（${mistyped.code}）` }));
  }
  try {
    await readInput(openSource(input), run, output);
  } catch (err) {
    if (err instanceof GzipError) run.log.add(gzipIssue(err, input.fileName));
    else if (isSystemError(err)) run.log.add(fileSystemIssue(err, input));
    else if (err instanceof ZipError || err instanceof XlsxError) run.log.add(issue("unreadable_file", { value: err.message }));
    else throw err;
  }
  return toReport(run);
}

/** The file-level error for a file the system would not read: what the person can do about it, by the error's code. */
const SYSTEM_ERROR_CODES: Record<string, IssueCode> = {
  ENOENT: "file_not_found", ENOTDIR: "file_not_found", EISDIR: "not_a_file", EACCES: "file_not_permitted", EPERM: "file_not_permitted",
};

function fileSystemIssue(err: NodeJS.ErrnoException, input: HarmonizeInput): Issue {
  const code = err.code === undefined ? undefined : SYSTEM_ERROR_CODES[err.code];
  if (code !== undefined) return issue(code, { value: "path" in input ? input.path : input.fileName });
  return issue("unreadable_file", { value: err.code ?? err.message });
}

/** A row's issue as a person finds it: at the row a spreadsheet shows (the header's row + the data row; on its sheet
 *  when several were read as one table), and in Japanese about the column by its Japanese name. */
function shownForPeople(found: Issue, run: RunState): Issue {
  const column = found.field === null ? undefined : run.dataset?.columnByKey.get(found.field);
  // a file-level issue about a column (column_filled, missing_column) names it in Japanese too
  if (found.row === null) return column === undefined ? found : rendered(found, { fieldJa: column.ja, publisher: run.municipality });
  if (run.headerRow === undefined) return rendered(found, { fieldJa: column?.ja, publisher: run.municipality });
  const { line, sheet } = lineOf({ header_row: run.headerRow, sheets: run.sheets }, found.row);
  return rendered(found, { fieldJa: column?.ja, line, sheet, publisher: run.municipality });
}

function toReport(run: RunState): Report {
  const { issues, issue_counts, issue_counts_by_field } = run.log.finish();
  // file- and header-level issues first, then the rows in order
  const ordered = [...issues.filter((i) => i.row === null), ...issues.filter((i) => i.row !== null)].map((i) => shownForPeople(i, run));
  return {
    dataset: run.dataset?.id ?? null, encoding: run.encoding, rows: run.rows, valid: run.valid, invalid: run.invalid,
    header: run.header, ...(run.headerRow === undefined ? {} : { header_row: run.headerRow }),
    ...(run.sheets === undefined ? {} : { sheets: run.sheets }), issues: ordered,
    ...(run.detection ? { detection: run.detection } : {}),
    municipality: run.municipality, ...(issue_counts ? { issue_counts } : {}), ...(issue_counts_by_field ? { issue_counts_by_field } : {}),
  };
}

async function readInput(source: Source, run: RunState, output: RunOutput): Promise<void> {
  if (run.options.dataset && run.options.dataset !== "auto") {
    run.dataset = getDataset(run.options.dataset) ?? null;
    if (!run.dataset) return run.log.add(issue("unknown_dataset_id", { value: run.options.dataset }));
    run.detection = { by: "option", detail: run.dataset.id };
  } else {
    const named = fileNameMatch(run.fileName, DATASETS);
    run.dataset = named?.dataset ?? null;
    run.namedByKeyword = named?.by === "keyword";
    if (run.dataset) run.detection = { by: "file_name", detail: baseName(run.fileName) };
  }
  return readContent(source, run, output, false);
}

/** The file's bytes as what they are: a gzip or zip opened, a workbook, or text. `inZip`: a zip's file, which is not
 *  opened as a zip again. */
async function readContent(source: Source, run: RunState, output: RunOutput, inZip: boolean): Promise<void> {
  const { onBatch } = output;
  let head = await source.head(SNIFF_BYTES);
  let kind = sniffKind(head);
  if (kind === "gzip") {
    source = await openGzip(source, run);
    head = await source.head(SNIFF_BYTES);
    kind = sniffKind(head);
    if (kind === "gzip") return run.log.add(issue("gzip_in_gzip", { value: run.fileName }));
  }
  if (kind === "zip") return readWorkbook(source, run, output, inZip);
  if (kind !== "text") return run.log.add(notReadableIssue(kind, run.fileName));
  const { encoding, issues } = await sniffEncoding(head, () => source.scan(), run.options.encoding);
  run.encoding = encoding;
  for (const i of issues) run.log.add(i);
  const end = await readFileEnd(source, encoding);
  if (end.beforeMark !== null) {
    source = cutSource(source, end.beforeMark);
    if (end.mark?.ctrlZ) run.log.add(issue("end_of_file_mark"));
    if (end.mark?.nuls) run.log.add(issue("end_of_file_padding", { value: String(end.mark.nuls) }));
  }
  run.linesAtEnd = end.lines;
  if (output.parallel && splittable(encoding) && threadsFor(output.parallel) > 1
    && (await source.size()) >= (output.parallel.minBytes ?? PARALLEL_MIN_BYTES)
    && (await readTextInParallel(source, encoding, run, output, output.parallel))) return;
  const utf8Lines: Utf8LinesFound = { count: 0 };
  const table = await processTable(parseCsv(decodeChunks(source.scan(), encoding, false, utf8Lines)), run, true, onBatch);
  const mixed = utf8LinesIssue(utf8Lines);
  if (mixed) run.log.add(mixed);
  await table?.sink.end();
}

/** A zip's one data file, read as the file itself, and said. */
async function readZipMember(bytes: Uint8Array, member: ZipEntry, run: RunState, output: RunOutput): Promise<void> {
  run.log.add(issue("zip_member_read", { value: run.fileName, detail: member.name }));
  learnFromStoredName(baseName(member.name), run);
  return readContent(openSource({ bytes: readZipEntry(bytes, member), fileName: member.name }), run, output, true);
}

const ARCHIVE_NAMES = { xlsb: "Excelバイナリブック（.xlsb） / Excel binary workbook (.xlsb)", ods: "OpenDocument（.ods）", docx: "Word（.docx）" } as const;

async function readWorkbook(source: Source, run: RunState, output: RunOutput, inZip: boolean): Promise<void> {
  const { onBatch } = output;
  if ((await source.size()) > MAX_WHOLE_FILE_BYTES) return run.log.add(issue("unreadable_file", { value: "file too large / 大きすぎるファイル" }));
  const bytes = await source.all();
  const zip = describeZip(bytes);
  if (zip.kind === "zip") {
    const member = inZip ? null : dataFileOf(zip.entries);
    if (member === null) return run.log.add(issue("zip_archive", { value: zip.names.slice(0, 10).join(", ") + (zip.names.length > 10 ? " …" : "") }));
    return readZipMember(bytes, member, run, output);
  }
  if (zip.kind !== "xlsx") return run.log.add(issue("unsupported_workbook", { value: ARCHIVE_NAMES[zip.kind] }));
  run.encoding = "xlsx";
  if (/\.(?:csv|txt|tsv)(?:\.gz)?$/i.test(run.fileName)) run.log.add(issue("xlsx_named_csv", { value: run.fileName }));
  const workbook = openXlsx(bytes);
  const { parts, table } = await chooseSheets(workbook, run);
  if (parts.length === 0) return run.log.add(issue("empty_file", { value: run.fileName }));
  if (workbook.date1904) {
    run.date1904 = true;
    run.log.add(issue("date_system_1904", { value: "date1904" }));
  }
  // a sheet named by its date (令和6年4月1日, R6.4.1: one sheet per survey) dates its rows, rather than a date in the
  // file name; a title's date still outranks it (table.ts)
  const sheetDate = parts.length === 1 ? asOfInText(parts[0].sheet.name) : undefined;
  if (sheetDate !== undefined) run.asOf = sheetDate;
  const readings: Array<{ part: SheetPart; reading: SheetReading }> = [];
  const lines: SheetLines[] = [];
  const above: Issue[] = [];
  const records = sheetRecords(workbook, { parts, table, lines, above }, run, (part, reading) => readings.push({ part, reading }));
  const tableRead = await processTable(records, run, false, onBatch);
  for (const said of above) run.log.add(said);
  if (readings.length > 1) {
    run.sheets = sheetSpans(lines, run.headerRow ?? 0);
    // a sheet without a header (headless-sheet.ts) is read under the first sheet's header, not matched by names
    const headless = parts.slice(1).filter((p) => p.header === null).map((p) => p.sheet.name).join("\n");
    run.log.add(issue("sheets_joined", {
      field: parts[0].sheet.name, value: run.sheets.map((s) => `${s.name} ${s.first_row}–${s.last_row}`).join(", "), ...(headless === "" ? {} : { detail: headless }),
    }));
  }
  // known once every row is read; the report puts file-level issues first. Merged header cells (a 大項目 over its
  // columns, 名称 over two header rows) are how headers are made: only merges in the data are the officer's to undo.
  const refs = (list: string[]) => list.slice(0, 10).join(", ") + (list.length > 10 ? ` … (${list.length})` : "");
  for (const { part, reading } of readings) {
    const { sheet } = part;
    const { merged, mergedHidden, uncalculated, workedOut, hiddenValues, links, outOfOrder, missingStrings, tailCut, hiddenRows } = reading;
    const headerLine = part === parts[0] ? run.headerRow ?? 0 : (part.header?.at ?? part.title ?? -1) + 1;
    const hiddenData = hiddenRows.filter((row) => row > headerLine);
    if (hiddenData.length) run.log.add(issue("hidden_rows_read", { field: sheet.name, value: refs(hiddenData.map(String)) }));
    const inData = merged.filter((ref) => Number(/\d+/.exec(ref)?.[0]) > headerLine);
    if (inData.length) run.log.add(issue("merged_cells_filled", { field: sheet.name, value: refs(inData) }));
    const hiddenInData = mergedHidden.filter((ref) => Number(/\d+/.exec(ref)?.[0]) > headerLine);
    if (hiddenInData.length) run.log.add(issue("merged_cells_hide_values", { field: sheet.name, value: refs(hiddenInData) }));
    if (uncalculated.length) run.log.add(issue("formula_without_value", { field: sheet.name, value: refs(uncalculated) }));
    if (hiddenValues.length) run.log.add(issue("value_hidden_by_format", { field: sheet.name, value: refs(hiddenValues) }));
    if (workedOut.length) run.log.add(issue("formula_worked_out", { field: sheet.name, value: refs(workedOut) }));
    if (outOfOrder.length) run.log.add(issue("sheet_rows_out_of_order", { field: sheet.name, value: refs(outOfOrder.map(String)) }));
    if (missingStrings.length) run.log.add(issue("shared_string_missing", { field: sheet.name, value: refs(missingStrings) }));
    if (links.skipped) run.log.add(issue("hyperlinks_not_read", { field: sheet.name, value: String(links.skipped) }));
    if (tailCut) run.log.add(issue("sheet_tail_cut", { field: sheet.name, value: MAX_TAIL_BYTES.toLocaleString("en-US") }));
  }
  await tableRead?.sink.end();
}
