// Value types of canonical records. Each carries a `kind` in a registry of its own (kept out of JSON Schema),
// and the normalizer for a column is chosen by that kind, never by dataset id.
import * as z from "zod";

export type Kind =
  | "text" | "code" | "integer" | "number" | "latitude" | "longitude" | "date" | "time"
  | "boolean" | "mark" | "list" | "url" | "email" | "phone" | "postal_code" | "corporate_number";

/** `dashIsZero`: a lone 「-」 in the column is the statistical tables' sign for none (0), not a placeholder.
 *  `noneIsZero`: `なし` in the column says there is none of what it counts (0), not that the count is unknown.
 *  `noneIsNoLimit`: `なし` (定員なし, 制限なし) in the column says there is no limit: no number, said, the cell kept.
 *  `units`: the only units a number column takes (written before or after the number); absent: any unit that only
 *  names what is counted (人, 台, m …). `countUnits`: the units of what an integer column counts (people: 人, 名); a
 *  count in another (20組, 3台) is of something else, and no value of the column. `otherQuantity`: a quantity files
 *  write in a number column that is none of its values, told by its units (口径 `40t`, `40㎥`: a tank's 容量); compared
 *  in NFKC, lower case. `aside`: words a number column's cells write around the number that say what it is, not how
 *  much (口径 `呼び径150`, `双口100`, `100×2`: the pipe of 100 mm with two outlets): the number is read, the cell kept.
 *  `whole`: words that name, among a count's other figures in one cell, the one that is the column's (WholeWords).
 *  `zeroIsNone`: `0` in the column says the thing has none of what it measures (a tank's 口径: no pipe), no size of 0.
 *  `otherDatums`: the heights a height column's cells give from another datum than the column's (OtherDatum).
 *  `scaled`: units of the column's quantity other than its own, each with what one is in the column's unit (口径 `7.5cm`:
 *  75 mm). `inches`: a pipe's nominal size in inches with its size in the column's millimetres (JIS: 6インチ, 6B is 150A).
 *  `underThousand`: the column's values stay under a thousand (a hydrant's 口径), so a comma between digits parts two of
 *  them (`75,100`: two sizes), no thousands. */
export const kinds = z.registry<{ kind: Kind; dashIsZero?: boolean; noneIsZero?: boolean; noneIsNoLimit?: boolean; units?: readonly string[]; countUnits?: readonly string[]; zeroIsNone?: boolean; vocabulary?: readonly string[];
  height?: boolean; extension?: boolean; issued?: boolean; kana?: boolean; ssid?: boolean; machiazaId?: boolean; blockNumber?: boolean; listed?: boolean; items?: readonly string[]; itemWords?: ItemWords; code?: CodeShape; otherQuantity?: OtherQuantity; oneLine?: OneLine;
  boundWords?: readonly string[]; sharedBy?: readonly string[]; inBrackets?: readonly string[]; inBracketsKinds?: Readonly<Record<string, string>>; aside?: AsideWords; whole?: WholeWords; otherDatums?: readonly OtherDatum[];
  scaled?: Readonly<Record<string, number>>; inches?: Readonly<Record<string, number>>; underThousand?: boolean } & Omit<Vocabulary, "values">>();

/** A text of one line (a name, its reading, an address, a building), whose line breaks a cell wrapped in Excel
 *  (Alt+Enter) has are joined (normalize/line-breaks.ts): `words` with a space between its parts, `address` with
 *  nothing between, but a full-width space before the building's part, as the standard writes it (`…○-○　○○ビル1階`). */
export type OneLine = "words" | "address";

/** A quantity of another kind than a number column's (Kind registry `otherQuantity`): its name, as 備考 labels it. */
export interface OtherQuantity {
  name: string;
  units: readonly string[];
}

/** A datum a height is given from that is not the column's (Kind registry `otherDatums`): the labels a cell writes it by
 *  before the number (`A.P.+3.2m`), its name and how far below the column's datum it lies (metres, as text). Such a
 *  height is no value of the column: converting it would publish a figure the file never wrote, so it is kept. */
export interface OtherDatum {
  labels: readonly string[];
  name: string;
  below: string;
}

/** Words around a number that describe it (Kind registry `aside`): `before` it, and what may follow it (`after`, the
 *  source of a pattern matched at the cell's end, NFKC). `labels`: words before it that only name what the column
 *  measures (口径 `呼び径75`: the nominal size, which the column is), taken off as a unit is, the cell not kept.
 *  `below`: words before or after it (in brackets) that say it lies below the column's zero (標高 `海面下1.0m`): the
 *  number negated, as a minus would be. */
export interface AsideWords {
  before: readonly string[];
  after?: string;
  labels?: readonly string[];
  below?: readonly string[];
}

/** Words that name a count's whole among other figures of its cell (Kind registry `whole`): a label before it
 *  (`登録29名（通い18名、泊まり9名）`, `通い15名・泊まり5名（計20名）`), or the groups it is over, a number of them before it
 *  (`2ユニット18名`). */
export interface WholeWords {
  labels: readonly string[];
  groups: readonly string[];
  /** the column's kinds are all it counts (医療法's five kinds of beds are every bed), so kinds in a note beside the
   *  number must add up to it (`199床（一般150 療養40）` does not); a toilet's `3（洋式1・和式1）` may leave a kind out */
  kindsAreAll?: boolean;
  /** groups of people a count per group is times a number of (`9名×2ユニット`, `12人×2クラス`, `2クラス×12名`: 18, 24) */
  perGroup?: readonly string[];
}

/** The form of a number that identifies, kept as text (fixedCode): `pattern`, also the JSON Schema's, and `length`,
 *  the characters a message asks for. */
export interface CodeShape {
  pattern: RegExp;
  length: number;
  /** the code may begin with 0 (医療機関コード 0112345), which a cell saved as a number loses */
  leadingZero?: boolean;
  /** the digits a longer form writes before the code, the first two of them the prefecture's number (医療機関コード's
   *  都道府県番号 and 点数表番号: 3): checked against the row's own prefecture (prefectured-code.ts) */
  prefectureDigits?: number;
  /** the last digit is MHLW's 検証番号, computed over the long form (institution-check-digit.ts); a short form is
   *  checked with the row's prefecture and each of `feeTables` (点数表番号: 医科 1, 歯科 3, 薬局 4: a list of
   *  医療機関 may list pharmacies too), the one it has unknown */
  checkDigit?: { feeTables: readonly string[] };
  /** the groups of digits a register prints the code in, commas between (the 厚生局's 医療機関コード `01,1234,5`:
   *  郡市区 2, 医療機関番号 4, 検証番号 1), read as the code; the prefectureDigits may go before them (`13,1,01,1234,5`) */
  groups?: readonly number[];
}

/** The values a text column takes (oneOf). `variants`: other words for a value, kept as written but known as it
 *  (防火水槽 for 防火水そう); `qualified`: a value or variant with words before it or a note after it (公設消火栓,
 *  消火栓（地下式単口）) is that value too. */
export interface Vocabulary {
  values: readonly string[];
  variants?: Readonly<Record<string, readonly string[]>>;
  qualified?: boolean;
}

/** Japan's extent, a little generous: anything outside is not a place in Japan. */
export const JAPAN_BOUNDS = { minLat: 20, maxLat: 46, minLon: 122, maxLon: 154 } as const;

export const text = z.string().register(kinds, { kind: "text" });
/** A name or another text of one line (kinds `oneLine`). */
export const line = z.string().register(kinds, { kind: "text", oneLine: "words" });
/** An address of one line, the building's part after a full-width space (kinds `oneLine`). */
export const addressLine = z.string().register(kinds, { kind: "text", oneLine: "address" });
/** 高度の値: text of half-width digits, a floor (ground 1, B1 -1, a mezzanine 1.5) or metres (§1.3). */
export const height = z.string().register(kinds, { kind: "text", height: true });
/** A number an office gives (許可番号 `第6421号`), as text as written; a cell of words with no numeral (`届出`) is none. */
export const issuedNumber = z.string().register(kinds, { kind: "text", issued: true });
/** 内線番号: an extension's digits, as text (`00000`), without the 内線 a cell may write before them. */
export const extensionNumber = z.string().register(kinds, { kind: "text", extension: true });
/** 町字ID (Address Base Registry): the 大字・町 (4 digits) and the 丁目・小字 (3), written together. */
export const MACHIAZA_ID = /^\d{7}$/;
export const machiazaId = z.string().regex(MACHIAZA_ID).register(kinds, { kind: "text", machiazaId: true });
/** A name's reading, which the standard writes in 全角カナ: hiragana (しんじゅくく) is read as katakana. */
export const kana = z.string().register(kinds, { kind: "text", kana: true, oneLine: "words" });
/** Text the standard says is one of `values` (医療機関の種類: 病院/有床診療所/無床診療所). Another value is kept with a
 *  warning, not refused: the publisher's word is data, and the list is the standard's advice. */
export const oneOf = (values: readonly string[], words: Omit<Vocabulary, "values"> = {}) =>
  z.string().register(kinds, { kind: "text", vocabulary: values, ...words });
/** Text whose standard values (文化財 種類: 建造物, 美術工芸品 …) a cell may write in brackets after the class they are of
 *  (`有形文化財（建造物）`) or before a note (`建造物（附 棟札）`): the value read, the cell kept (normalize/bracketed-value.ts);
 *  any other text is kept as written, no choice being required. */
/** `kindsOf`: narrower kinds a cell may name in brackets instead, each with the standard value it is of (絵画: 美術工芸品). */
export const namedInBrackets = (values: readonly string[], kindsOf: Readonly<Record<string, string>> = {}) =>
  z.string().register(kinds, { kind: "text", inBrackets: values, inBracketsKinds: kindsOf });
/** The block number part of an address (所在地_番地以下: `1-4-1`, `87`), which Excel turns into a date when typed
 *  into a cell not formatted as 文字列 (`1-4-1` → 2001/4/1, `4-5` → this year's 4月5日). */
export const blockNumber = z.string().register(kinds, { kind: "text", blockNumber: true });
/** A Wi-Fi network's name (SSID): one name per cell, half-width as it is broadcast. */
export const ssid = z.string().register(kinds, { kind: "text", ssid: true });
/** Text that may name several values (実施サービス, ファイル形式), which the standard writes separated by `;`: a cell
 *  written with 、, commas, slashes or line breaks between its values is published with `;`, said (list_separator). */
export const textList = z.string().register(kinds, { kind: "text", listed: true });
/** How a list's known items are also written (textListOf): `variants`, other words for an item (エクセル for Excel);
 *  `suffixes`, words after an item that add nothing to it (CSV形式, PDFファイル); `notes`: an item with a note in
 *  brackets after it (`CSV(UTF-8)`, `shp（シェープファイル）`) is that item, the cell kept in 備考 for its note; `"other_name"`:
 *  only a note that names a known item too (`介護老人福祉施設（特別養護老人ホーム）`, `（地域密着型特別養護老人ホーム）`), for a
 *  column whose brackets may also tell one item from another (`総合事業（訪問型）` and `総合事業（通所型）` are two services). */
export interface ItemWords {
  variants?: Readonly<Record<string, readonly string[]>>;
  suffixes?: readonly string[];
  notes?: boolean | "other_name";
}

/** A textList whose values are known words (ファイル形式: CSV, PDF …): a cell of them with ・ between (CSV・PDF) lists
 *  them too, though ・ elsewhere is part of a name (町会・自治会). Another word is kept as written, not warned. `words`:
 *  how else the items are written (ItemWords), read as the item. */
export const textListOf = (items: readonly string[], words?: ItemWords) =>
  z.string().register(kinds, { kind: "text", listed: true, items, ...(words === undefined ? {} : { itemWords: words }) });
export const localGovernmentCode = z.string().regex(/^\d{6}$/).register(kinds, { kind: "code" });
export const integer = z.int().min(0).register(kinds, { kind: "integer" });
/** A count of people (定員): `20組` (groups, pairs of parent and child), `3台`, `2世帯` count something else. 席 and
 *  床 (a care home's beds) are one person each. */
export const headCount = z.int().min(0).register(kinds, { kind: "integer", countUnits: ["人", "名", "人分", "席", "床"], noneIsNoLimit: true,
  // a capacity of each session or day (各回20名, 1日30人, also after it: 18名/日, 20人／回), or of whom (親子20組: still no
  // head count): the number read, the cell kept
  aside: { before: ["各回", "各日", "毎回", "1回", "1日", "各", "親子"], after: "\\s*/\\s*1?(?:日|回)$" },
  // a care home's capacity among its parts (登録29名（通い18名、泊まり9名）, 2ユニット18名), an event's groups and the
  // people in them (親子15組30名, 10組（20名）): the people read, the cell kept
  whole: { labels: ["登録定員", "登録", "総定員", "利用定員", "定員", "合計", "総数", "計"], groups: ["ユニット", "組"],
    // a care home's or a class's people times the groups there are at once (9名×2ユニット, 12人×2クラス): their product;
    // not sessions (20名×3回: each session's 20, not 60 at once), which stay unread
    perGroup: ["ユニット", "クラス", "単位", "班", "グループ", "組", "室"] } });
/** A care provider's 定員 (headCount): `0`, as MHLW's 介護サービス情報公表 file writes it for a service with no capacity
 *  (訪問介護, 居宅介護支援), says it has none, no capacity of nobody (zero_capacity_as_none). */
export const serviceCapacity = z.int().min(0).register(kinds, { ...(kinds.get(headCount) ?? { kind: "integer" }), zeroIsNone: true });
/** A count of the things a place has (a toilet's seats, a hospital's beds), where `なし` is none of them: 0. Not a
 *  capacity (定員なし: no limit) nor a measure. */
export const thingCount = z.int().min(0).register(kinds, { kind: "integer", noneIsZero: true });
/** A hospital's beds (病床数): the beds 医療法 permits (許可病床), which the other figures a register writes beside them
 *  (稼働80床, うち休床20床) do not change. `許可病床100床` names the number; `計80` (合計, 総数) names the whole among the
 *  beds by kind (一般50 療養30 計80: 80, read only where the kinds add up to it). */
export const bedCount = z.int().min(0).register(kinds, { kind: "integer", noneIsZero: true,
  aside: { before: [], labels: ["許可病床数", "許可病床", "許可", "総病床数", "病床数", "病床"] },
  whole: { labels: ["合計", "総数", "計", "許可病床数", "許可病床", "許可", "総病床数"], groups: ["病棟"], kindsAreAll: true } });
/** A count in a statistical table (population by age and area), where a lone 「-」 is the sign for none: 0. */
export const count = z.int().min(0).register(kinds, { kind: "integer", dashIsZero: true });
export const decimal = z.number().register(kinds, { kind: "number" });
/** A height above sea level in metres (標高 15.3, 15.3m); 15km or 15人 is no such height. T.P. (東京湾平均海面) is the
 *  datum 標高 is measured from, so T.P.+3.5m is 3.5, T.P. only naming what the column is (taken off as a unit is, the
 *  cell not kept); A.P. (荒川工事基準面, 1.1344 m below it) is another datum, not read. 海抜 and 標高 before the number
 *  only name it too (海抜2.0m, 海抜マイナス1.0m: -1); 海面下 says the height is below the sea (海面下1.0m, 1.0m（海面下）: -1). */
export const metresAboveSea = z.number().register(kinds, { kind: "number", units: ["m", "ｍ", "M", "メートル"],
  aside: { before: [], labels: ["T.P.", "T.P", "TP", "東京湾平均海面", "海抜", "標高"], below: ["海面下", "海水面下"] },
  // the datums of the rivers' works on the lists of the wards by the Arakawa and the Edogawa (江東区, 江戸川区)
  otherDatums: [{ labels: ["A.P.", "A.P", "AP", "荒川工事基準面"], name: "A.P.（荒川工事基準面）", below: "1.1344" },
    { labels: ["Y.P.", "Y.P", "YP", "江戸川工事基準面"], name: "Y.P.（江戸川工事基準面）", below: "0.8402" }] });
/** A pipe's size in millimetres, as hydrant lists write it: 150, 150mm, φ150, 150φ, 150A (the nominal size). A tank's
 *  40t or 40m³ is no size: it is a tank's capacity (容量); its `0` says it has no pipe (zeroIsNone). */
export const diameterMm = z.number().min(0).register(kinds, { kind: "number", units: ["mm", "φ", "Φ", "ø", "Ø", "A", "ミリ", "ミリメートル"], zeroIsNone: true,
  underThousand: true,
  otherQuantity: { name: "容量", units: ["t", "トン", "m3", "立米", "立方メートル", "立方m", "kl", "l", "リットル"] },
  // the outlets (単口, 双口: one or two hoses) and their count after a cross (100×2); the nominal size (呼び径) is what
  // the column gives, a name of the number only
  aside: { before: ["単口式", "双口式", "単口", "双口"], after: "\\s*[×xX*]\\s*[12]\\s*口?$", labels: ["呼び径", "呼径", "口径", "管径"] },
  // not m: `150m` is a pipe's 150mm mistyped more likely than a size in metres
  scaled: { cm: 10, センチ: 10, センチメートル: 10 },
  // JIS G 3452's nominal sizes: B (inches) beside A (millimetres); an inch size not among them is no pipe's
  inches: { "1": 25, "1.5": 40, "2": 50, "2.5": 65, "3": 80, "4": 100, "5": 125, "6": 150, "8": 200, "10": 250, "12": 300 } });
export const latitude = z.number().min(JAPAN_BOUNDS.minLat).max(JAPAN_BOUNDS.maxLat).register(kinds, { kind: "latitude" });
export const longitude = z.number().min(JAPAN_BOUNDS.minLon).max(JAPAN_BOUNDS.maxLon).register(kinds, { kind: "longitude" });
export const isoDate = z.iso.date().register(kinds, { kind: "date" });
export const hhmm = z.iso.time({ precision: -1 }).register(kinds, { kind: "time" });
export const flag = z.boolean().register(kinds, { kind: "boolean" });
/** A yes/no column the standard writes as `1` (yes) or an empty cell (no), like 03's 災害種別_* flags: an empty cell
 *  is a "no", not a missing value. */
export const mark = z.boolean().register(kinds, { kind: "mark" });
/** How a CSV the hub writes gives a 1/empty column's value that is not known (null: the file said 不明, or had no such
 *  column): 不詳, the statistics' word for "not known", since an empty cell is a "no". Read back as null. */
export const UNKNOWN_MARK = "不詳";
export const list = z.array(z.string()).register(kinds, { kind: "list" });
/** A list whose items are often known words (バリアフリー情報: エレベーター, スロープ …): a cell of them with ・ between
 *  (エレベーター・多目的トイレ) lists them too, though ・ elsewhere is part of one item. Another word is kept as written;
 *  `words.variants`, other spellings of an item (a 厚生局 register's 内 for 内科), are read as it (list_item_respelled). */
export const listOf = (items: readonly string[], words?: ItemWords) =>
  z.array(z.string()).register(kinds, { kind: "list", items, ...(words === undefined ? {} : { itemWords: words }) });
/** A list whose items may start with one of `words` that a space parts from the rest of the item (国指定　特別史跡):
 *  the word qualifies the rest, one item (国指定特別史跡), not two. `shared`: the kinds one such word may be written
 *  once over (国指定特別史跡・特別名勝), each then an item of its own with the word (国指定特別名勝). */
export const listBoundBy = (words: readonly string[], shared: readonly string[] = []) =>
  z.array(z.string()).register(kinds, { kind: "list", boundWords: words, sharedBy: shared });
export const url = z.string().register(kinds, { kind: "url" });
/** A mail address: text as written (a workbook cell that links with mailto: gives its address). */
export const email = z.string().register(kinds, { kind: "email" });
export const phone = z.string().register(kinds, { kind: "phone" });
export const postalCode = z.string().regex(/^\d{7}$/).register(kinds, { kind: "postal_code" });
export const corporateNumber = z.string().regex(/^\d{13}$/).register(kinds, { kind: "corporate_number" });
/** A number that identifies, of one fixed form, kept as text: a cell of another form (a digit lost, Excel's 1.37E+09)
 *  is not published but kept in 備考 and warned, as no value can be made of it without guessing. */
export const fixedCode = (shape: CodeShape) => z.string().regex(shape.pattern).register(kinds, { kind: "text", code: shape });
/** 介護保険事業所番号: the prefecture (2 digits), the 事業所区分 (a digit, or a capital letter but I, O and Q: A for the
 *  総合事業's providers), the 郡市区 (2), the provider (4) and a check digit: 10 characters (厚生労働省, 介護保険事業所番号の構成). */
export const providerNumber = fixedCode({ pattern: /^\d{2}[0-9A-HJ-NPR-Z]\d{7}$/, length: 10 });
/** 医療機関コード: the 郡市区 (2 digits, 01 in 千代田区), the institution (4) and a check digit: 7 digits; 10 with the
 *  prefecture (2) and the 点数表 (1) before them, as some registers write it. Either is published as written: the standard
 *  gives the column no form, and the 10 digits cannot be made from the 7 without the 点数表 (医科 1, 歯科 3, 薬局 4), which
 *  the 7 do not say and a Tokyo code's 検証番号 (of the 7 digits alone) does not tell, nor the 7 from the 10 without
 *  losing it. An app joins two lists on the last 7 digits and the row's prefecture. */
export const medicalInstitutionCode = fixedCode({ pattern: /^(?:\d{3})?\d{7}$/, length: 7, leadingZero: true, prefectureDigits: 3,
  checkDigit: { feeTables: ["1", "3", "4"] }, groups: [2, 4, 1] });

export function kindOf(type: z.ZodType): Kind {
  return kinds.get(type)?.kind ?? "text";
}

export const dashIsZero = (type: z.ZodType): boolean => kinds.get(type)?.dashIsZero === true;
export const noneIsZero = (type: z.ZodType): boolean => kinds.get(type)?.noneIsZero === true;
export const zeroIsNone = (type: z.ZodType): boolean => kinds.get(type)?.zeroIsNone === true;
export const underThousand = (type: z.ZodType): boolean => kinds.get(type)?.underThousand === true;
export const noneIsNoLimit = (type: z.ZodType): boolean => kinds.get(type)?.noneIsNoLimit === true;
export const unitsOf = (type: z.ZodType): readonly string[] | undefined => kinds.get(type)?.units;
export const countUnitsOf = (type: z.ZodType): readonly string[] | undefined => kinds.get(type)?.countUnits;
export const otherQuantityOf = (type: z.ZodType): OtherQuantity | undefined => kinds.get(type)?.otherQuantity;
export const otherDatumsOf = (type: z.ZodType): readonly OtherDatum[] | undefined => kinds.get(type)?.otherDatums;
export const asideWordsOf = (type: z.ZodType): AsideWords | undefined => kinds.get(type)?.aside;
export const wholeWordsOf = (type: z.ZodType): WholeWords | undefined => kinds.get(type)?.whole;
export const scaledUnitsOf = (type: z.ZodType) => kinds.get(type)?.scaled;
export const nominalInchesOf = (type: z.ZodType) => kinds.get(type)?.inches;
// One Vocabulary object per type, so that what is derived from it can be kept by it.
const VOCABULARIES = new WeakMap<z.ZodType, Vocabulary>();

export function vocabularyOf(type: z.ZodType): Vocabulary | undefined {
  let found = VOCABULARIES.get(type);
  if (found !== undefined) return found;
  const meta = kinds.get(type);
  if (meta?.vocabulary === undefined) return undefined;
  found = { values: meta.vocabulary, variants: meta.variants, qualified: meta.qualified };
  VOCABULARIES.set(type, found);
  return found;
}
export const isHeight = (type: z.ZodType): boolean => kinds.get(type)?.height === true;
export const isExtension = (type: z.ZodType): boolean => kinds.get(type)?.extension === true;
export const isIssuedNumber = (type: z.ZodType): boolean => kinds.get(type)?.issued === true;
export const isKana = (type: z.ZodType): boolean => kinds.get(type)?.kana === true;
export const oneLineOf = (type: z.ZodType): OneLine | undefined => kinds.get(type)?.oneLine;
export const isSsid = (type: z.ZodType): boolean => kinds.get(type)?.ssid === true;
export const isBlockNumber = (type: z.ZodType): boolean => kinds.get(type)?.blockNumber === true;
export const isMachiazaId = (type: z.ZodType): boolean => kinds.get(type)?.machiazaId === true;
export const isTextList = (type: z.ZodType): boolean => kinds.get(type)?.listed === true;
export const inBracketsOf = (type: z.ZodType): readonly string[] | undefined => kinds.get(type)?.inBrackets;
export const inBracketsKindsOf = (type: z.ZodType): Readonly<Record<string, string>> => kinds.get(type)?.inBracketsKinds ?? {};
export const listItemsOf = (type: z.ZodType): readonly string[] | undefined => kinds.get(type)?.items;
export const listItemWordsOf = (type: z.ZodType): ItemWords | undefined => kinds.get(type)?.itemWords;
export const boundWordsOf = (type: z.ZodType): readonly string[] | undefined => kinds.get(type)?.boundWords;
export const sharedByOf = (type: z.ZodType): readonly string[] => kinds.get(type)?.sharedBy ?? [];
// the registry's type of what it holds makes the RegExp a structural copy without RegExpExecArray: it is the RegExp
export const codeShapeOf = (type: z.ZodType): CodeShape | undefined => kinds.get(type)?.code as CodeShape | undefined;
