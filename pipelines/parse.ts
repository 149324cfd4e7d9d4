// Parse: decoded text chunks → CSV records, streaming (memory stays flat however big the file is).
// PapaParse's parser does the quoting; this module feeds it chunks, keeps the unfinished last record for the next
// chunk, sniffs the delimiter, and turns its quote errors into data (translated to issues in run.ts with the row).
import Papa from "papaparse";
import { lineFeedsAre, quoteOverRows, type RowWidth, widthAfter } from "./quote-over-rows.ts";

/** One record of the file, before any header is known. */
export interface ParsedRecord {
  /** 1-based position of the record in the file (the header row is a record too) */
  index: number;
  cells: string[];
  /** a quote that never closes or closes in the wrong place; the record was read as well as it could be
   *  (quote_over_rows: a quote that would have made whole rows one value, read literally) */
  quoteProblem?: "missing_quotes" | "invalid_quotes" | "quote_over_rows";
  /** a workbook row's cells that link to a web page: 0-based column → address */
  links?: ReadonlyMap<number, string>;
  /** a workbook row's cells shown with their number format's text (`"第"0"号"` shows 77 as 第77号, `0"人"` 50 as 50人):
   *  0-based column → the value stored, which number columns read */
  stored?: ReadonlyMap<number, string>;
  /** a workbook row's number cells that a plain format shows rounded (1234.6 under `0` as 1235): 0-based column → the
   *  decimal places shown, to which text columns round the number (想定収容人数 is what the officer saw) */
  rounded?: ReadonlyMap<number, number>;
  /** a workbook row's cell given by its sheet's name (飲食店営業 for 営業の種類: sheet-name-values.ts), filled in when the
   *  row is read as data (its cells as written decide what kind of row it is); one object for every row of the sheet */
  fromSheet?: { readonly column: number; readonly value: string };
  /** a workbook row whose filled cells are all struck through by their font (struck-rows.ts): a place staff deleted */
  struck?: true;
  /** a text line quoted whole (`"131041,1,新宿区役所,…"`), its cell split on the delimiter as the line it holds */
  unquotedLine?: true;
  /** a workbook row with a cell whose formula adds up the cells above it in its column (`=SUM(B4:B20)`): a totals row,
   *  labelled or not */
  sumsAbove?: true;
}

export type Delimiter = "," | "\t" | ";" | "|";
/** In order of preference on a tie: a pipe last, as some ledger systems export (`131041|1|新宿区役所|…`) */
export const DELIMITERS: readonly Delimiter[] = [",", "\t", ";", "|"];

/** Text needed before the delimiter is sniffed. */
const SNIFF_CHARS = 64 * 1024;
/** An unfinished record longer than this is an unclosed quote, not a long cell: it is read line by line instead. */
export const MAX_PENDING_CHARS = 1024 * 1024;

interface PapaError { code: string; row: number }

function papaParser(delimiter: Delimiter, preview = 0) {
  return new Papa.Parser({ delimiter, newline: "\n", quoteChar: "\"", preview }) as unknown as {
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; errors: PapaError[]; meta: { cursor: number } };
  };
}

/**
 * The delimiter whose records agree best on their field count: comma, tab, semicolon or pipe. Title rows and short rows
 * don't count against it, because only the most common field count (above one) is scored. The score is the rows at
 * that count times the count: a comma file whose every row holds one `月;火;水` list agrees on 5 fields by semicolon
 * as well as on 22 by comma, and a few rows shifted by a comma inside a value must not hand the file to the semicolon.
 */
export function sniffDelimiter(sample: string): Delimiter {
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const rows = papaParser(d, 30).parse(sample, 0, sample.length >= SNIFF_CHARS).data;
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let score = 0;
    for (const [fields, n] of counts) score = Math.max(score, n * Math.min(fields, 1000));
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** A line that is one quoted cell (`"a,b,c"`, its quotes inside doubled). */
const WHOLE_QUOTED_LINE = /^"(?:[^"]|"")*"\r?$/;

/** How many lines not quoted whole (a title, notes, a header written plainly) may stand over the lines that are. */
const LINES_OVER_QUOTED = 5;

/**
 * The sample's lines unquoted when every one (the first 30 filled ones, two at least) is quoted whole: a program
 * that wrote each row as one text (`"131041,1,新宿区役所,…"`); read as CSV, every row is one cell. A title or a header
 * written plainly may stand over them (`AED設置場所一覧`, or `名称,所在地,…` over `"新宿区役所,東京都…"`): at most
 * LINES_OVER_QUOTED lines, and no more than the lines quoted whole under them; those lines are kept as written. Null for
 * any other.
 */
export function unquotedSample(sample: string): string | null {
  // nearly every file: no line starts with a quote
  const start = sample.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (sample.charCodeAt(start) !== 0x22 && !sample.includes('\n"')) return null;
  const lines = sample.slice(start).split("\n", 64).filter((line) => line.trim() !== "").slice(0, 30);
  // the last line may be cut inside by the chunk
  const whole = sample.length >= SNIFF_CHARS ? lines.slice(0, -1) : lines;
  const first = whole.findIndex((line) => WHOLE_QUOTED_LINE.test(line));
  if (first < 0 || first > LINES_OVER_QUOTED) return null;
  const quoted = whole.slice(first);
  if (quoted.length < 2 || quoted.length < first || !quoted.every((line) => WHOLE_QUOTED_LINE.test(line))) return null;
  return [...whole.slice(0, first), ...quoted.map((line) => line.trimEnd().slice(1, -1).replaceAll('""', '"'))].join("\n");
}

/** Whether the lines quoted whole hold rows split by the delimiter: two or more lines of three cells or more (a
 *  title line may hold none; a one-column list of names with a comma each is no such file). */
function quotedWholeBy(unquoted: string | null, delimiter: Delimiter): boolean {
  if (unquoted === null) return false;
  const split = unquoted.split("\n").map((line) => line.split(delimiter).length).filter((cells) => cells > 1);
  return split.length >= 2 && split.every((cells) => cells >= 3);
}

/**
 * Records of a CSV text stream, in batches (one per chunk). The delimiter is sniffed from the first 64 KiB unless
 * given. Line ends must already be LF (decode.ts does that). A trailing newline adds no empty record.
 * A quote that would make whole rows one value is read literally, its line as one row (quote_over_rows); what a whole
 * row is comes from the first records (quote-over-rows.ts rowWidthOf), or from `width` for a parse that starts inside the file.
 */
export async function* parseCsv(chunks: AsyncIterable<string>, options: { delimiter?: Delimiter; width?: number } = {}):
  AsyncGenerator<ParsedRecord[], Delimiter> {
  let buffer = "";
  let delimiter: Delimiter | undefined = options.delimiter;
  let parser: ReturnType<typeof papaParser> | undefined;
  let index = 0;
  let width: RowWidth = options.width === undefined ? { width: 0, learning: 1 } : { width: options.width, learning: null };

  /** every line quoted whole (linesQuotedWhole): each one-cell record is split as the line it holds */
  let quotedWhole = false;
  const push = (out: ParsedRecord[], read: string[], quoteProblem?: ParsedRecord["quoteProblem"]) => {
    index++;
    const unquoted = quotedWhole && read.length === 1 && quoteProblem === undefined && read[0].includes(delimiter as Delimiter);
    const cells = unquoted ? papaParser(delimiter as Delimiter).parse(read[0], 0, false).data[0] ?? read : read;
    width = widthAfter(width, cells, quoteProblem);
    out.push(quoteProblem ? { index, cells, quoteProblem } : unquoted ? { index, cells, unquotedLine: true } : { index, cells });
  };
  /** The first line of `buffer` split without quoting rules: how a record with an unclosed quote is read. */
  const pushFirstLineRaw = (out: ParsedRecord[], problem: "missing_quotes" | "quote_over_rows" = "missing_quotes") => {
    const nl = buffer.indexOf("\n");
    const line = nl === -1 ? buffer : buffer.slice(0, nl);
    push(out, line.split(delimiter as Delimiter), problem);
    buffer = nl === -1 ? "" : buffer.slice(nl + 1);
  };
  /** Whether a record of `records` (parsed from the first `length` characters of `buffer`, each ending with a line
   *  feed unless `last`) swallowed whole rows; if so, the records before it are pushed and its first line read
   *  literally, and the rest of `buffer` is left to be parsed again. */
  const splitQuoteOverRows = (out: ParsedRecord[], records: string[][], problems: ReadonlyMap<number, ParsedRecord["quoteProblem"]>,
    length: number, last = false): boolean => {
    if (lineFeedsAre(last ? records.length - 1 : records.length, buffer, length)) return false;
    const over = quoteOverRows(records, problems, buffer, delimiter as Delimiter, width);
    if (over === null) return false;
    for (let i = 0; i < over.at; i++) push(out, records[i], problems.get(i));
    buffer = buffer.slice(over.start);
    pushFirstLineRaw(out, "quote_over_rows");
    return true;
  };
  const problemOf = (code: string | undefined): ParsedRecord["quoteProblem"] =>
    code === undefined ? undefined : code === "MissingQuotes" ? "missing_quotes" : "invalid_quotes";
  const drain = (final: boolean): ParsedRecord[] => {
    const out: ParsedRecord[] = [];
    for (;;) {
      const result = (parser as NonNullable<typeof parser>).parse(buffer, 0, true);
      const bad = new Map(result.errors.filter((e) => e.row < result.data.length).map((e) => [e.row, problemOf(e.code)]));
      if (splitQuoteOverRows(out, result.data, bad, result.meta.cursor)) continue;
      result.data.forEach((cells, i) => push(out, cells, bad.get(i)));
      buffer = buffer.slice(result.meta.cursor);
      if (!final) {
        if (buffer.length <= MAX_PENDING_CHARS) return out;
        pushFirstLineRaw(out);
        continue;
      }
      if (buffer === "") return out;
      // the last record: read it whole, unless its quote never closes (a file cut inside a quoted cell, or a stray
      // quote): then its line is split as written, as any unclosed quote's is, so the cells after it keep their columns
      const last = (parser as NonNullable<typeof parser>).parse(buffer, 0, false);
      if (last.errors.some((e) => e.code === "MissingQuotes")) {
        pushFirstLineRaw(out);
        continue;
      }
      if (splitQuoteOverRows(out, last.data, new Map(), buffer.length, true)) continue;
      const code = problemOf(last.errors[0]?.code);
      for (const cells of last.data) push(out, cells, code);
      buffer = "";
      return out;
    }
  };

  for await (const chunk of chunks) {
    buffer += chunk;
    if (!parser) {
      if (buffer.length < SNIFF_CHARS) continue;
      const unquoted = unquotedSample(buffer);
      delimiter ??= sniffDelimiter(unquoted ?? buffer);
      quotedWhole = quotedWholeBy(unquoted, delimiter);
      parser = papaParser(delimiter);
    }
    const batch = drain(false);
    if (batch.length) yield batch;
  }
  if (!parser) {
    const unquoted = unquotedSample(buffer);
    delimiter ??= sniffDelimiter(unquoted ?? buffer);
    quotedWhole = quotedWholeBy(unquoted, delimiter);
    parser = papaParser(delimiter);
  }
  if (buffer.endsWith("\n")) buffer = buffer.slice(0, -1);
  if (buffer !== "") {
    const batch = drain(true);
    if (batch.length) yield batch;
  }
  return delimiter as Delimiter;
}
