// Yes/no cells → booleans. The standard writes 有/無, and 1/empty for 03's flags (kind "mark", where an empty cell
// is a "no"); everything else that clearly means yes or no is read with an info issue that names the column's own
// wording; a yes or no with a note (`有（2台）`, `病児保育：有`) is read with a warning, and the record keeps the cell in
// 備考 (record.ts); the column's subject before the yes or no (小児用パッド有, 小児用パッドの設置あり) is read as the yes
// or no, with its note if it has one (小児用パッド（未就学児用）あり), and the subject alone, as a list cell names its
// column (ベビーシート, ベビーチェア・ベビーシート, 福祉避難所), as a yes; a column's own words for no (成人用のみ) are a no; a count
// in a 有/無 column with its counter word (`2台`) is 有 when 1 or more and 無 when 0, kept in 備考 as a note is; a cell that
// says only part (`病後児保育のみ`) and anything else → null + a warning with the value; a bare `2` (a code: 1=有、2=無)
// → null + an error, unless the file's legend or its column of 1 and 2 only says what it is (legend.ts);
// 不詳 in a 1/empty column, what the hub's CSV writes for a value not known, → null + an info.
import { type ListVocabulary, readList } from "../listed-flags.ts";
import { type At, type Fixed, problem, problemAt } from "./fixed.ts";
import { withoutNote } from "./notes.ts";
import { cleanCell, plainWords } from "./text.ts";
import { STANDARD_YES_NO as STANDARD, yesNoOf } from "./yes-no.ts";
import { UNKNOWN_MARK } from "../../schemas/types.ts";

/** The value of a cell written as the standard writes it (有/無/1/0), else undefined (then it takes normalizeFlag). */
export const plainFlag = (raw: string): boolean | undefined => STANDARD.get(raw);

/** A 1/empty column's cell written as the standard writes it (`1`), else undefined (then it takes normalizeMark). */
export const plainMark = (raw: string): boolean | undefined => (raw === "1" ? true : undefined);

/** What the two wordings of a yes/no column differ in: the cells they take as written, and their issue codes. */
interface Wording {
  exact: (clean: string) => boolean | undefined;
  /** the value of a cell with nothing in it once cleaned (a blank 1/empty cell is a "no") */
  empty: boolean | null;
  nonstandard: "nonstandard_flag" | "nonstandard_mark";
  unparseable: "unparseable_flag" | "unparseable_mark";
  /** a cell that says only part: its message asks for the column's own marks (有/無, or 1/empty) */
  partial: "partial_flag" | "partial_mark";
  /** the word for a value not known (a 1/empty column's, whose empty cell is a no), read as null */
  unknown?: string;
  /** a count of the thing with its counter word (`2台`) says whether it is there; a 1/empty column's cells are marks */
  counts?: true;
  /** a bare number other than 1 and 0 (`2`) is a code, as files write 有/無 as 1/2: read only by a legend (legend.ts,
   *  value-repairs.ts applyMarkLegend), an error until then; a 1/empty column's `2` is no mark */
  coded?: true;
}

const YES_NO: Wording = { exact: (c) => STANDARD.get(c), empty: null, nonstandard: "nonstandard_flag", unparseable: "unparseable_flag",
  partial: "partial_flag", counts: true, coded: true };
/** A blank cell of a 1/empty column: a "no" (what the standard writes for it), whether empty or only spaces. */
export const BLANK_MARK = false;

const ONE_OR_EMPTY: Wording = { exact: plainMark, empty: BLANK_MARK, nonstandard: "nonstandard_mark", unparseable: "unparseable_mark",
  partial: "partial_mark", unknown: UNKNOWN_MARK };

function readFlag(raw: string, at: At, wording: Wording, subjects?: Subjects): Fixed<boolean | null> {
  const exact = wording.exact(raw);
  if (exact !== undefined) return { value: exact, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: wording.empty, issues: clean.issues };
  const issues = clean.issues;
  const standard = wording.exact(clean.value);
  if (standard !== undefined) return { value: standard, issues };
  // what the hub's own CSV writes for a value not known (record-output.ts): read back as not known, not as a no
  if (clean.value === wording.unknown) return { value: null, issues: [...issues, problem("unknown_mark", at, raw)] };
  const value = yesNoOf(clean.value);
  if (value !== undefined) return { value, issues: [...issues, problem(wording.nonstandard, at, raw)] };
  if (wording.coded && CODE.test(plainWords(clean.value))) return { value: null, issues: [...issues, problem("coded_flag", at, raw)] };
  const count = wording.counts ? countOf(clean.value) : undefined;
  if (count !== undefined) return { value: count > 0, issues: [...issues, problemAt("count_as_flag", at.row, at.field, at.onlyCounts, raw, count > 0 ? "有" : "無")] };
  // 有（2台）, あり(成人・小児兼用): a yes or no with a note in brackets after it; not one whose note may undo it
  // (有（R7年度設置予定）, 有（ただし故障中）)
  const nfkc = clean.value.normalize("NFKC");
  const core = withoutNote(nfkc);
  const withNote = notUndone(core, clean.value);
  if (withNote !== undefined) return { value: withNote, issues: [...issues, problem("flag_with_note", at, raw)] };
  const labelled = LABELLED.exec(nfkc)?.[1];
  const afterLabel = labelled === undefined ? undefined : notUndone(labelled, clean.value);
  if (afterLabel !== undefined) return { value: afterLabel, issues: [...issues, problem("flag_with_note", at, raw)] };
  const said = subjects === undefined ? undefined : afterSubject(clean.value, subjects.words) ?? namesSubject(clean.value, subjects.list);
  if (said !== undefined) {
    // the subject alone says nothing more (read, told to write 有 or 無); a note beside it is kept, as any note is
    const found = said.noted ? problem("flag_with_note", at, raw) : problemAt(wording.nonstandard, at.row, at.field, at.onlyCounts, raw, said.value ? "有" : "無");
    return { value: said.value, issues: [...issues, found] };
  }
  // 成人用のみ in a column of children's pads: a no in the column's own terms, not a part
  if (subjects !== undefined && subjects.no.has(plainWords(clean.value))) {
    return { value: false, issues: [...issues, problemAt(wording.nonstandard, at.row, at.field, at.onlyCounts, raw, "無")] };
  }
  if (PARTIAL.test(clean.value)) return { value: null, issues: [...issues, problem(wording.partial, at, raw)] };
  return { value: null, issues: [...issues, problem(wording.unparseable, at, raw)] };
}

/** A whole number of the thing with the word it is counted in: `2台`, `1基`, `3箇所` (NFKC). A bare `2` is no count here:
 *  files code 有/無 as 1/2 (凡例 1=有、2=無) as often as they count, and 1 and 0 already read as yes and no. */
const COUNT = /^(\d{1,4})(?:台|基|個|箇所|か所|カ所|ヶ所|ケ所|ヵ所|室|床)$/;
/** A bare number: 1 and 0 are the standard's yes and no (read before this), any other a code of the file's. */
const CODE = /^\d{1,3}$/;

/** The number a cell counts the column's thing with (`2台`), else undefined. */
function countOf(text: string): number | undefined {
  const m = COUNT.exec(plainWords(text));
  return m === null ? undefined : Number(m[1]);
}

/** `病児保育：有`: the column's own name (or another label) before the yes or no. NFKC: the colon is ASCII here. */
const LABELLED = /^[^:]{1,20}:\s*(.+)$/;

/** `病後児保育のみ`, `一部`, `土曜のみ`: only part of what the column asks about, neither a yes nor a no. */
const PARTIAL = /のみ|だけ|一部|限り|限定/;
/** `のみ`, `だけ`: the words of PARTIAL that a list cell also says (地震のみ), where they name no part. */
const ONLY = /のみ|だけ/;

/** Words of a note that can turn the yes or no before it around. */
const UNDOING_NOTE = /予定|故障|停止|休止|撤去|中止|廃止|未|ただし|但し|除く|以外|一部|期限切れ|交換中|使用不可|利用不可|貸出中/;
/** A note that may undo a no only: `なし（成人・小児兼用パッド装着）` has what the column asks for after all, while `有（男女
 *  兼用）` is a yes that says whom it serves. */
const UNDOING_NO_NOTE = /兼用/;
/** Whether a cell's note may undo its yes or no (`value`, when known): 未就学(児) is the children a thing is for, no
 *  "not yet". */
const undoes = (text: string, value?: boolean): boolean =>
  UNDOING_NOTE.test(text.replace(/未就学/g, "")) || (value !== true && UNDOING_NO_NOTE.test(text));
/** The yes or no a cell's core says (yesNoOf), unless its note may undo it. */
const notUndone = (core: string | null, text: string): boolean | undefined => {
  const value = core === null ? undefined : yesNoOf(core);
  return value === undefined || undoes(text, value) ? undefined : value;
};

/** What a column's names (and further subjects, Column.flagWords) say it asks about, as a cell may write it alone or
 *  before its yes or no (小児対応設備の有無 → 小児対応設備; its alias 小児用パッド; API対応有無 → API対応, and its alias
 *  API: an acronym in capitals is a word a cell writes too, `API有`): NFKC, without 有無 and notes, longest first. Not
 *  a name in lower-case letters, a physical name's form. */
export function subjectsOf(names: readonly string[]): string[] {
  const subjects = names.map((n) => plainWords(n).replace(/\([^)]*\)/g, "").replace(/の?有無$/, ""))
    .filter((s) => s.length >= 2 && !/[a-z]/.test(s));
  return [...new Set(subjects)].sort((a, b) => b.length - a.length);
}

/** What a yes/no column asks about, as its cells may name it: `words` (subjectsOf) before a yes or no, and the same
 *  words as a list's vocabulary of this one column, which a cell may name alone (the list shape, listed-flags.ts); `no`,
 *  cells that answer no in its own terms (成人用のみ in 小児対応設備の有無; plainWords). */
export interface Subjects {
  words: readonly string[];
  list: ListVocabulary;
  no: ReadonlySet<string>;
}

/** The Subjects of a column by its names: its name, its aliases, the words a list column names it with (Dataset
 *  listedFlags: ベビーキープ of 乳幼児用設備設置トイレ有無) and its own (Column.flagWords: 小児モード, 福祉避難所), and its
 *  own words for no. */
export function columnSubjectsOf(names: readonly string[], no: readonly string[] = []): Subjects {
  const words = subjectsOf(names);
  return { words, list: { header: "", words: words.map((w) => [w, ""] as const), ignore: new Set(), all: new Set() }, no: new Set(no.map(plainWords)) };
}

/** A cell that names what the column asks about and nothing else, read as a list cell names its columns (`ベビーシート`,
 *  `ベビーチェア・ベビーシート`, `車いす用有` in their columns, as in `設備: 車いす対応、ベビーシート`): a yes; with a note
 *  (`ベビーシート（2階）`) a noted one, unless the note may undo it (故障中). A cell that says what is absent
 *  (ベビーシートなし, afterSubject's) or names anything else is none. */
function namesSubject(text: string, list: ListVocabulary): { value: true; noted: boolean } | undefined {
  // `小児用パッドのみ` names only part of what one column asks about (PARTIAL), where a list's `地震のみ` names its columns
  if (ONLY.test(text)) return undefined;
  const read = readList(text, list);
  if (read.named.size === 0 || read.unknown.length > 0 || read.all) return undefined;
  if (read.unread === null) return { value: true, noted: false };
  return read.unread === "note" && !undoes(text, true) ? { value: true, noted: true } : undefined;
}

/** A particle between the subject and its yes or no (小児用パッドの設置あり, 小児用パッドが有ります) or a colon. */
const PARTICLE = /^(?:の|が|は|:)/;
/** A note in brackets right after the subject: 小児用パッド（未就学児用）あり. */
const SUBJECT_NOTE = /^\([^)]{1,30}\)/;

/** The yes or no a cell says after the column's subject (小児用パッド有, 小児用パッド（未就学児用）あり); undefined when it
 *  starts with none, says no yes or no after it, or has a note that may undo it (予定, 故障 …). `noted`: a note besides. */
function afterSubject(text: string, subjects: readonly string[]): { value: boolean; noted: boolean } | undefined {
  const nfkc = plainWords(text);
  const subject = subjects.find((s) => nfkc.startsWith(s) && nfkc.length > s.length);
  if (subject === undefined) return undefined;
  let rest = nfkc.slice(subject.length);
  const note = SUBJECT_NOTE.exec(rest);
  if (note !== null) {
    if (undoes(note[0])) return undefined;
    rest = rest.slice(note[0].length);
  }
  rest = rest.replace(PARTICLE, "");
  // 未設置, なし: the words themselves say it; a note after them may undo it (有（R7年度設置予定）)
  const plain = yesNoOf(rest);
  if (plain !== undefined) return { value: plain, noted: note !== null };
  const core = withoutNote(rest);
  const value = notUndone(core, rest);
  return value === undefined ? undefined : { value, noted: true };
}


/** A 有/無 column; `subjects` (columnSubjectsOf): what the column asks about, which a cell may write before its yes or
 *  no, or alone. */
export const normalizeFlag = (raw: string, at: At, subjects?: Subjects): Fixed<boolean | null> => readFlag(raw, at, YES_NO, subjects);

/** A 1/empty column: `1` is yes, a blank cell no; 有/無, ○/×, 0 and the like are read and told to write 1 or nothing. */
export const normalizeMark = (raw: string, at: At, subjects?: Subjects): Fixed<boolean | null> => readFlag(raw, at, ONE_OR_EMPTY, subjects);
