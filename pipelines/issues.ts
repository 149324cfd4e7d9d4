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
  // `value` carries the detail: status and URL, limit, content type, address. Row and field are null.
  source_http_error: {
    severity: "error", title_ja: "取得先がエラーを返した", title_en: "Source answered with an HTTP error",
    ja: (w) => `取得先がエラーを返しました（${v(w)}）。URLが正しいか、ファイルがまだ公開されているか確認してください。`,
    en: (w) => `The source answered with an error (${v(w)}). Check that the URL is right and the file is still published.`,
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
} satisfies Record<string, IssueType>;

export type IssueCode = keyof typeof ISSUE_CODES;

export function issue(code: IssueCode, at: Partial<Where> = {}): Issue {
  const where: Where = { row: at.row ?? null, field: at.field ?? null, value: at.value ?? null };
  const type: IssueType = ISSUE_CODES[code];
  return { code, severity: type.severity, ...where, message_ja: type.ja(where), message_en: type.en(where) };
}
