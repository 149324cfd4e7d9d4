// Every issue a run can report, in one catalog. Codes name the problem, not the fix.
// Messages are rendered from the location (row, field, value), Japanese and English side by side.

export type Severity = "error" | "warning" | "info";

export interface Where {
  /** 1-based data row of the source file; null for file- or header-level issues */
  row: number | null;
  /** canonical key, or the source header for header issues */
  field: string | null;
  /** the raw text before any repair */
  value: string | null;
}

export interface Issue extends Where {
  code: IssueCode;
  severity: Severity;
  message_ja: string;
  message_en: string;
}

interface IssueType {
  severity: Severity;
  /** one line for the docs: what the problem is */
  title_ja: string;
  title_en: string;
  ja: (w: Where) => string;
  en: (w: Where) => string;
}

const v = (w: Where) => w.value ?? "";
const f = (w: Where) => w.field ?? "";

export const ISSUE_CODES = {
  // ---- file, decode, parse, detection and header stages (pipelines/decode.ts … headers.ts) ----
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
  unknown_dataset: {
    severity: "error", title_ja: "データセットを判定できない", title_en: "Dataset not recognized",
    ja: () => "どの標準データセットか判定できません。ファイル名を「131041_aed.csv」の形にするか、--dataset で指定してください。",
    en: () => "Could not tell which standard dataset this is. Name the file like \"131041_aed.csv\" or pass --dataset.",
  },
  unknown_header: {
    severity: "info", title_ja: "標準にない列", title_en: "Column not in the standard",
    ja: (w) => `列「${f(w)}」は標準データセットの項目にありません。データは extra に残しました。`,
    en: (w) => `Column "${f(w)}" is not part of the standard dataset; its values are kept under extra.`,
  },
  // ---- validation (pipelines/validate.ts) ----
  missing_required: {
    severity: "error", title_ja: "必須項目が空", title_en: "Required value missing",
    ja: (w) => `必須項目「${f(w)}」が空です。値を入力してください。`,
    en: (w) => `Required field "${f(w)}" is empty. Fill it in.`,
  },
  out_of_range: {
    severity: "error", title_ja: "範囲外の値", title_en: "Value out of range",
    ja: (w) => `「${f(w)}」の値「${v(w)}」が範囲外です。正しい値を入力してください。`,
    en: (w) => `The value "${v(w)}" of "${f(w)}" is out of range. Enter a correct value.`,
  },
  // ---- value normalizers (pipelines/normalize/*) ----
  swapped_lat_lon: {
    severity: "warning", title_ja: "緯度と経度が逆", title_en: "Latitude and longitude swapped",
    ja: (w) => `緯度と経度が逆でした（${v(w)}）。入れ替えました。元データの列を確認してください。`,
    en: (w) => `Latitude and longitude were swapped (${v(w)}); swapped back. Check the columns in the source.`,
  },
  five_digit_code: {
    severity: "warning", title_ja: "5桁の団体コード", title_en: "Five-digit code",
    ja: (w) => `団体コード「${v(w)}」は5桁です。検査数字を補って6桁にしました。6桁のコードで記入してください。`,
    en: (w) => `Code "${v(w)}" has five digits; the check digit was added. Write the six-digit code.`,
  },
  bad_check_digit: {
    severity: "error", title_ja: "団体コードの検査数字が誤り", title_en: "Wrong check digit",
    ja: (w) => `団体コード「${v(w)}」の検査数字（6桁目）が正しくありません。全国地方公共団体コードを確認してください。`,
    en: (w) => `The check digit (6th digit) of code "${v(w)}" is wrong. Look up the local government code.`,
  },
  // ---- harvest and publish (pipelines/publish.ts, sources/*) ----
} satisfies Record<string, IssueType>;

export type IssueCode = keyof typeof ISSUE_CODES;

export function issue(code: IssueCode, at: Partial<Where> = {}): Issue {
  const where: Where = { row: at.row ?? null, field: at.field ?? null, value: at.value ?? null };
  const type: IssueType = ISSUE_CODES[code];
  return { code, severity: type.severity, ...where, message_ja: type.ja(where), message_en: type.en(where) };
}
