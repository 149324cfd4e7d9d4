import type { z } from "zod";

/** ◎ 必須 / ○ 推奨 / blank 任意 in the official definition. */
export type Requirement = "required" | "recommended" | "optional";

export interface Column {
  /** canonical key: snake_case of the official English name */
  key: string;
  /** official 項目名 of the new (正式版) format */
  ja: string;
  /** official English name (camelCase, 英語名) */
  en: string;
  /** from types.ts only: JSON-Schema-representable, carries its kind */
  type: z.ZodType;
  requirement: Requirement;
  /** other headers seen in real files: old 推奨 names, physical English names, variants */
  aliases?: readonly string[];
  /** headers that name this column only when no better header of the file gives it (Yielding): alone they name it;
   *  beside another header of it they lose it, kept in extra or taken by a column they are a fallback alias of. A
   *  column needing such a header adds one entry here. Part of the header index. */
  yieldingAliases?: readonly Yielding[];
  /** headers that are another column's alias but name this one when that column is already given by another header
   *  of the file: an AED list's 設置場所 is where the AED is (設置位置) beside 施設名, and the facility (名称) beside
   *  設置位置. Not part of the header index (a header still names one column first). */
  fallbackAliases?: readonly string[];
  /** headers of a column the standard does not have whose values this text column takes after the header as a label
   *  (休館日 `土曜日、日曜日` → 利用可能日時特記事項 `休館日：土曜日、日曜日`): bare, a list of closed days would read as the
   *  days of use. Taken when no header of the file gives this column; not part of the header index. */
  labelledAliases?: readonly string[];
  /** headers of yes/no columns the standard does not have, taken as labelledAliases are, whose yes this text column
   *  takes as the header's words alone (an AED list's 外部利用不可 `○` → 備考 `外部利用不可`: staff only, which an app must
   *  be able to show) and whose no adds nothing (`外部利用不可：0` would read as the restriction); any other cell after the
   *  header as a label. */
  labelledFlags?: readonly string[];
  /** headers too generic to name this column alone (区分, which groups rows of any kind) that name it when no header of
   *  the file does and the filled cells under them in the head of the file all start with one of `values` (区分 of
   *  国指定, 都指定 …: the designation), or, with `values: "read"`, all read as this column's kind (an event list's
   *  開始 of dates is its 開始日, of times its 開始時間), or, with `values: "words"`, all read so and none is only a yes
   *  or a no (バリアフリー of `エレベーター、多目的トイレ` is バリアフリー情報, of ○ / × none). Not part of the header index:
   *  the values decide, so they never weigh in telling a file's dataset. */
  valueAliases?: { headers: readonly string[]; values: readonly string[] | "read" | "words" };
  /** values that are another thing than this column's (a nursery's 種別 of 区立, 私立: who runs it, not its kind): a
   *  column the header gave this key whose every filled cell in the head of the file is one of them gives the key to
   *  another column of the file whose header names it too (施設種別 of 認可保育園) and holds other values; it is kept in
   *  extra (column-by-values.ts). */
  notItsValues?: readonly string[];
  /** the code table of a national system's column (MHLW's 医療情報ネット 機関区分: 1 病院, 2 診療所, 3 歯科診療所): a file's
   *  column headed by one of `headers` and read as this one has its codes read as the words, as a legend in the file
   *  would give them (codes_from_legend, once for the file) */
  codeTable?: { headers: readonly string[]; codes: Readonly<Record<string, string>> };
  /** headers of columns that each count a part of this one (病床数: 一般病床数, 療養病床数 …): two or more of them, with no
   *  header of the whole, give this column as their sum (derived-columns.ts), the parts kept in extra. A header that is
   *  also another column's (男子トイレ（小）, the urinals, a part of 男性トイレ総数 beside 男子トイレ（大）) stays that
   *  column and is a part too. Of a yes/no column, headers of its parts (崖崩れ | 土石流 | 地滑り of 災害種別_崖崩れ、土石流
   *  及び地滑り): two or more give it as yes when any part is; one alone may be an alias of the whole. Not part of the
   *  header index. */
  partAliases?: readonly string[];
  /** of a count, the labels a cell may give its parts by (病床数 `一般50床、療養30床`, 男性トイレ総数 `大1・小2`), each with
   *  the kinds it counts (大: the stalls, 和式 and 洋式 together): parts so labelled, no kind twice, add up to the count
   *  (normalize/numbers.ts) */
  countParts?: CountParts;
  /** of such a count, the standard's columns that count one kind of its parts (小便器 → 男性トイレ数（小便器））: a part of
   *  one such kind in the count's cell (女性用 `洋式3 和式1`) fills its column where the row has it empty
   *  (normalize/count-part-columns.ts) */
  partColumns?: Readonly<Record<string, string>>;
  /** a text column that names several things (営業の種類 `飲食店営業;菓子製造業`), which files also give as numbered
   *  columns (営業の種類1, 営業の種類2 …): their values join into it, `;` between (a list column does so anyway) */
  numberedParts?: true;
  /** a value files also give over numbered columns of another name, in order (papamama's nursery lists: the address as
   *  Add1 | Add2, the municipality then the rest): their values join into it as written, nothing between. The headers
   *  before the number (`Add`); the column's own names numbered (住所１ | 住所２) are its lines too. */
  numberedLines?: readonly string[];
  /** a required column a workbook may give as one sheet per value (a food list's sheets 飲食店営業 | 菓子製造業 | …, none
   *  with a 営業の種類 column): when the sheets read lack the column, each sheet whose name reads as a value gives it to
   *  its rows, and that is said (sheet-name-values.ts) */
  fromSheetName?: SheetNameValues;
  /** a text column that files also give as one column per value, each marked on the rows it holds for (診療曜日 as
   *  月 | 火 | … of ○ / × or hours): derived-columns.ts lists the marked ones */
  markedBy?: MarkedBy;
  /** a yes/no column's own words, beside those every yes/no column reads (有, あり, ○ …): `subjects`, more names of what it
   *  asks about than its headers give, which a cell may write alone (福祉避難所 in 指定避難所との重複: a yes) or before its
   *  yes or no (小児モード有); `no`, cells that answer no in its terms (成人用のみ in 小児対応設備の有無) */
  flagWords?: { subjects?: readonly string[]; no?: readonly string[] };
  /** a column of the same row that a cell 同左 in this one stands for (FAX番号 `同左`: the 電話番号 beside it) */
  sameAs?: string;
  /** a name column the standard fills for a 法人 only (a food list's 法人名, with 法人番号 beside it): a cell that does
   *  not evidently name a body (a person's name, or a person's trade name, from 営業者氏名) is not published in it but
   *  kept in extra under its header, said (not_a_corporation, corporate-only.ts); a row with a 法人番号 keeps it */
  corporateOnly?: true;
  /** a short description for schema docs and the portal */
  description?: string;
  /** a text column that takes this column's cell, as written, when it does not read (営業時間 `9時～17時（入館は16時
   *  まで）` → 利用可能日時特記事項): what the officer wrote stays in the record, not only in the report */
  overflow?: string;
}

/** Labels of a count's parts, each with the kinds of thing it counts (Column.countParts). */
export type CountParts = Readonly<Record<string, readonly string[]>>;

/** How a text column is given as one column per value (Column.markedBy, DatasetDefinition.markLists). */
export interface MarkedBy {
  /** the values that may head such columns (訪問介護, CSV, 月) */
  values: readonly string[];
  /** the value a header stands for when it is not the header's own name (月曜日 → 月); else the header as written */
  as?: Readonly<Record<string, string>>;
  /** what joins the values marked on a row (`;`, the default; the standard writes days run together: 月火木金) */
  separator?: string;
  /** how many such columns make the list (two, the default: one alone is a yes/no column of its own) */
  least?: number;
  /** a text column that takes, after its header, a cell that says more than a mark (月 `9:00～12:00` → 月：9:00～12:00) */
  details?: string;
  /** the parts of a day a value's column may be split into (午前 | 午後): a column headed by a value and one of these
   *  (月_午前, 午後_月, 月（午前）, 月曜午前) is that value's, which is marked when any of its sessions is; a value marked in
   *  some of its sessions only is said in `details` (木：午前のみ) */
  sessions?: readonly string[];
}

/** What a sheet's name must be to give a column its value (Column.fromSheetName): one of `values`, or of the shape of
 *  `pattern`, read in NFKC without spaces and without a period before or after it (飲食店営業（令和6年度）). */
export interface SheetNameValues {
  /** the values the standard names (飲食店営業, コンビニエンスストア) */
  values?: readonly string[];
  /** names shaped as a value (…営業, …業) */
  pattern?: RegExp;
}

/** Headers that give way to a better header of their column in the same file, and how (Column.yieldingAliases). */
export interface Yielding {
  headers: readonly string[];
  /** what they name beside the better header, which sets how far they give way:
   *  - `general`: too general a word for the column (a food list's 施設名 beside 屋号: the building the business is in,
   *    with 屋号 its name): ranks as a qualified header does (`電話番号（代表）`), after any plain header of the column
   *  - `coarser`: a coarser unit than the column's own (地区 of the 町丁 a population table counts: the 町丁 is the area,
   *    the 地区 its group): ranks after qualified headers too, and losing is said as such (broader_header, at info level),
   *    not as a duplicate column to merge
   *  - `rowNumber`: a row's place in the list (No, 通し番号) beside the thing's own number (施設ID): ranks as a general
   *    one, and losing is said as such (row_number_header, at info level), as both columns are right to keep
   *  - `alternate`: the same field for other rows (a food list's 届出年月日 beside 許可年月日: a permit's date in one, a
   *    notification's in the other, both the standard's 許可年月日): ranks as a general one, and losing is said as such
   *    (alternate_column, at info level); with standIn, each row's value comes from whichever of the two is filled */
  as: "general" | "coarser" | "rowNumber" | "alternate";
  /** on a row where the column that won is blank, this header's cell is its value (stand-in-cells.ts,
   *  preferred_column_blank): a shop run under its own name has no 屋号, and its 施設名 is then its name */
  standIn?: true;
}

/** The headers of a column's yielding aliases, all kinds together. */
export const yieldingHeaders = (c: Pick<Column, "yieldingAliases">): string[] => (c.yieldingAliases ?? []).flatMap((y) => y.headers);

export const col = <const C extends Column>(c: C): C => c;

type KeyOf<B extends readonly Column[]> = B[number]["key"];

/** A shared column under a dataset's own name or wording: its block's header (ja) and aliases still map to it, with
 *  `own.aliases` besides, so a file written with the shared names is read in every dataset. */
export function renamed<const C extends Column>(column: C, own: Partial<Omit<Column, "key" | "type">>): C {
  const aliases = [...(column.aliases ?? []), ...(own.ja !== undefined && own.ja !== column.ja ? [column.ja] : []), ...(own.aliases ?? [])];
  return { ...column, ...own, aliases: [...new Set(aliases)].filter((a) => a !== (own.ja ?? column.ja)) };
}

/** The column `key` of a block, typed precisely, for datasets that order shared columns their own way. */
export function pick<const B extends readonly Column[], const K extends KeyOf<B>>(block: B, key: K): Extract<B[number], { key: K }> {
  const found = block.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key} in block`);
  return found as Extract<B[number], { key: K }>;
}

/** A block without some of its columns (e.g. 消防水利 has no 郵便番号). */
export function omit<const B extends readonly Column[], const K extends KeyOf<B>>(block: B, ...keys: K[]): readonly Exclude<B[number], { key: K }>[] {
  return block.filter((c) => !(keys as string[]).includes(c.key)) as Exclude<B[number], { key: K }>[];
}

/** A block where some columns are swapped for a dataset's own spelling of them (same key, same place). */
export function replace<const B extends readonly Column[], const R extends readonly Column[]>(block: B, ...own: R):
  readonly (Exclude<B[number], { key: R[number]["key"] }> | R[number])[] {
  for (const c of own) if (!block.some((b) => b.key === c.key)) throw new Error(`no column ${c.key} in block to replace`);
  return block.map((c) => own.find((o) => o.key === c.key) ?? c) as (Exclude<B[number], { key: R[number]["key"] }> | R[number])[];
}
