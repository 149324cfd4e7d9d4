import * as z from "zod";
import { type Column, type MarkedBy, yieldingHeaders } from "./column.ts";

/** The outer level of a column given at two levels, written as its first word alone (DatasetDefinition.levels): the
 *  `words` it may be (国, 都 …) and the `acts` that complete it (指定, 登録 …), the first when the other level names none. */
export interface BareOuter { words: readonly string[]; acts: readonly string[] }

export interface DatasetDefinition<Cols extends readonly Column[] = readonly Column[]> {
  /** official file slug, e.g. `aed` */
  id: string;
  /** number in the Digital Agency book A, e.g. "08" */
  number: string;
  ja: string;
  en: string;
  description_ja?: string;
  description_en?: string;
  /** words that identify the dataset in a catalogue title or tag (BODIK style) */
  keywords?: readonly string[];
  /** names of other lists that hold the dataset's words or are taken for it (予防接種実施医療機関 is no 医療機関一覧,
   *  指定避難所 no 指定緊急避難場所; §0, §6): a title, file name or catalogue entry that names the dataset only inside them
   *  names another list, and a title row over the header that names one (指定避難所一覧) is said or, when no one
   *  named the dataset, stops the file (detect.ts otherListInTitle) */
  exclude_keywords?: readonly string[];
  columns: Cols;
  /** columns that are the sum of others (総人口 = 男性 + 女性): a row whose figures disagree is named. `rest`: a column
   *  no standard column takes that counts the rest of the total (年齢不詳_男: the men of unknown age, in 男性 but in no
   *  band), by the `headers` files give it: its count is one of the parts; `name` says it in messages */
  sums?: ReadonlyArray<{ total: string; parts: readonly string[]; rest?: { name: string; headers: readonly string[] } }>;
  /** columns that each count a range (age bands: 0–4 歳 of men): a file that splits a range finer than the standard
   *  (85～89歳, 90～94歳 … 100歳以上) gives the standard's column as the sum of its own. `groups`: the words that name
   *  each group in a header (男性, 男); `to` null: the range has no end (85歳以上) */
  bands?: {
    columns: ReadonlyArray<{ key: string; from: number; to: number | null; group: string }>;
    groups: Readonly<Record<string, readonly string[]>>;
  };
  /** text columns that files also give as one ○ column per value (訪問介護 ○, 通所介護 ○ → 実施サービス): the values
   *  that may head such columns; a column's own markedBy is added to these */
  markLists?: ReadonlyArray<{ key: string } & MarkedBy>;
  /** yes/no columns that files also give as one text column naming those that hold (対象災害: `洪水、地震` →
   *  災害種別_洪水 and 災害種別_地震 marked): the headers of such a column, the words that name each column in it,
   *  and words that may stand there and name no column (they stay in extra without a warning); `all`: words that, as
   *  the whole cell, name every column (対象災害 `すべて`, `全災害`) */
  listedFlags?: ReadonlyArray<{ headers: readonly string[]; flags: ReadonlyArray<{ key: string; words: readonly string[] }>; ignore?: readonly string[];
    all?: readonly string[] }>;
  /** a column that is no column of the standard but says which part of a place a row counts (区分: 日本人 / 外国人 /
   *  計): the `whole` rows are the records, the `parts` rows are left out (said as breakdown_row) */
  breakdown?: { headers: readonly string[]; whole: readonly string[]; parts: readonly string[] };
  /** columns that mean nothing for some values of another column (口径 of a 防火水そう: a tank has no pipe): a value
   *  given there is not published, but kept in the column's overflow (else 備考) and named. `values`: the standard's
   *  values of `when` (a oneOf column: its variants count as them) */
  notFor?: ReadonlyArray<{ key: string; when: string; values: readonly string[] }>;
  /** values the standard splits by a count of the row (医療法: a 診療所 with no bed is a 無床診療所, one with 1–19 a
   *  有床診療所): a row whose `key` holds one of `values` (written as plainWords reads a cell: NFKC, so `診療所(歯科)`
   *  is also `診療所（歯科）`) and whose `count` is known takes the value of the first of
   *  `bands` whose `max` the count does not pass; past the last band, or with no count, it stays as written. `noted`:
   *  those of `values` whose words say more than the value they become (歯科診療所: a dentist's), the cell kept in 備考 */
  valueByCount?: ReadonlyArray<{ key: string; values: readonly string[]; count: string; bands: ReadonlyArray<{ max: number; value: string }>;
    noted?: readonly string[] }>;
  /** a value left empty, or of a column the file lacks, that the law makes of the row's own name or count (医療法: a
   *  place of 20 beds or more is a 病院, of fewer a 診療所, and no 診療所 may be named 病院): a name matching `name.pattern`
   *  gives `name.value`; else a known `count` the value of the first of `bands` it does not pass */
  valueWhenEmpty?: ReadonlyArray<{ key: string; name?: { key: string; pattern: RegExp; value: string }; count: string;
    bands: ReadonlyArray<{ max: number; value: string }>;
    /** when neither tells: a value of the law the standard splits by `count` (歯科診療所, 診療所) that the list's title or
     *  file name says every row is (`歯科診療所一覧`: the first of `kinds` whose words it has; one that names `unless`,
     *  病院・診療所一覧, says none), else the row's name (`さくら歯科医院`: the first of `names` whose pattern it matches); a name with `unless` in it
     *  (〇〇病院歯科) takes neither. Kept as that value, said with where it was read and what the count would make it */
    listKinds?: { unless: RegExp; kinds: ReadonlyArray<{ words: RegExp; value: string }>; names: ReadonlyArray<{ pattern: RegExp; value: string }> } }>;
  /** a column that is no column of the standard but says a word which, before the value of `key`, names another of
   *  its standard values (公設・私設 `私設` beside 種別 `消火栓`: 私設消火栓): the row takes that value; a word that names
   *  none (公設: 公設消火栓 is 消火栓 itself) leaves it. `headers`: how files head such a column */
  qualifiedBy?: ReadonlyArray<{ key: string; headers: readonly string[] }>;
  /** a length of time beside a 料金(基本) is its rate, whether or not a word says "per" (a place's fee: 駐車場 `500円(2時間)`);
   *  without it (an event's `500円（2時間）` may be a session that long) only with ごと, あたり or a slash */
  feeRatesByLength?: boolean;
  /** required columns that some kinds of row have none of (所在地 of a 無形文化財: a performing art, a craft technique or a
   *  festival has no place): a row whose `when` columns hold one of `words` (in its value, or in an item of a list) may
   *  leave `keys` empty; that is said at info level (not_required_for_kind), not as missing_required. `withheld`: the
   *  words tell a value withheld by practice, not one the row has none of (所在地 of a privately owned 文化財, 所有者
   *  個人): said as a warning (value_withheld_for_owner), asking for 非公開 */
  notRequiredFor?: ReadonlyArray<{ keys: readonly string[]; when: readonly string[]; words: readonly string[]; withheld?: true }>;
  /** a name a file may give over two columns, a place then its numbered part (町名 | 丁目: 阿佐谷北 | 1), the place
   *  written on the first row of its parts only: the key's column is the place, `headers` name the part's column, and a
   *  part written as a number alone takes `unit` (1 → 1丁目) */
  subdivision?: { key: string; headers: readonly string[]; unit: string };
  /** a column a file may give at two levels over two columns (指定区分 | 種別: 国指定 | 有形文化財, 指定区分 | 文化財分類):
   *  `key`'s own header and a second header of it or of one of `from` that loses its column as a duplicate; the value is
   *  the two joined, a bare `outer` word (国指定) before the other (国指定有形文化財, two-levels.ts). `bare`: the outer
   *  level written as its first word alone (区分 of 国 / 都 / 区: who designated), beside a column of the other level
   *  (種別): completed by the act the other level starts with (国 + 登録有形文化財 → 国登録有形文化財), else by the first
   *  of `acts` (国 + 重要文化財 → 国指定重要文化財), as the file gives the act only there (bare-levels.ts). `classes`: the
   *  inner level's words a cell of another `from` column may be alone (種類 `史跡`, `史跡・名勝`), which complete a bare
   *  outer word of `key` (区指定 → 区指定史跡, class-from-kind.ts). `classOfKind`: a value another `from` column reads as that
   *  one class alone holds (美術工芸品, as 絵画 reads: 有形文化財), which completes a bare outer word as well */
  levels?: { key: string; from: readonly string[]; outer: readonly string[]; bare?: BareOuter; classes?: readonly string[];
    classOfKind?: Readonly<Record<string, string>> };
  /** columns whose values are names (文化財分類 区指定, 種類 建造物): a number alone there (`1`, `5`) is a code of the
   *  publisher's ledger, published as written but warned (code_not_name) */
  namedNotCoded?: readonly string[];
  /** the words a list calls the thing each row is by (a care list's 事業所, a medical register's 医療機関), which it writes
   *  before a column's header to say the column is the thing's own, not its operator's (事業所電話番号, 事業所の所在地,
   *  医療機関_FAX番号 beside 法人所在地): such a header is the column the rest names (header-subject.ts) */
  subjects?: readonly string[];
  /** the same in English, lower case (a care list's office, a medical register's hospital and clinic): an English header
   *  that names a column with one before it (`Office Name`, `Facility Address`) or after it (`Name of Facility`) is that
   *  column (header-english.ts). Only where the rows are those things: in an event list a facility is the venue */
  subjects_en?: readonly string[];
  /** each row's name is the place itself (a clinic, a care office, a nursery), so a closed status in brackets at its end
   *  (`葛飾ヘルパー（休止中）`) is the row's: not published, as a status column's 休止 (row-kinds.ts). Not so of an AED
   *  named after the building it is in (`保育園（休園中）`) */
  closedByName?: true;
  /** counts by sex (男性トイレ総数, 女性トイレ総数) whose note says the seats are shared by both (`1（男女兼用）`): the
   *  shared ones' column (`to`, 男女共用トイレ総数), and the note's words (shared-seats.ts) */
  sharedBySexes?: { keys: readonly string[]; to: string; words: readonly string[] };
  /** the columns of each row's kind (a fire water source's 種別), whose cell says the place is closed with its kind
   *  (`消火栓（廃止）`, `消火栓※休止中`, `撤去済み消火栓`) or alone (`廃止`): no working place, so not published, as a status
   *  column's 休止 (row-kinds.ts), where the kind would otherwise be read as the kind it names (消火栓) */
  closedByKind?: readonly string[];
  /** the remarks columns (備考, 利用可能日時特記事項) whose cell may say the place is not usable now (`使用不可`, `休止中`,
   *  `工事中のため使用不可`, `令和6年3月31日で廃止`; closed-remarks.ts): not published, as a status column's 休止 (row-kinds.ts).
   *  `notStates`: state words that are no end of the place in this list (a shelter's 閉鎖 is of its opening in a disaster);
   *  `subjects`: the list's own thing, which may stand before the state (`トイレ閉鎖中`, `本AEDは撤去済み`), where a part of
   *  it (`多目的トイレ使用不可`) leaves the place open */
  closedByRemarks?: { keys: readonly string[]; notStates?: readonly string[]; subjects?: readonly string[] };
  /** a list of places of any kind (公共施設: an office, a library, a gym), whose columns are all ones other lists have
   *  too: a header of such shared columns (名称, 施設種別, 所在地, FAX, 開館時間), which no list can be told by, is
   *  closest to it, not to a list that happens to name more of them (detect.ts closestDatasets) */
  general?: true;
  /** what a header must have to be told as this list (detect.ts) beside columns any list has: one of the columns
   *  `keys`, or a header cell that holds one of `words`. A list of notices (タイトル, 掲載日, 内容, URL) reads as an
   *  オープンデータ一覧's title, 公開日 and URL but lists no data: an open data list says something of its files (ファイル形式,
   *  ライセンス, 更新頻度 …) or calls its rows data (データ名称, データセット名) */
  toldBy?: { keys: readonly string[]; words: readonly string[] };
  /** a list that holds other lists' places beside its own (a ward's 避難所・避難場所一覧: 指定避難所 rows beside the
   *  指定緊急避難場所), told by a column of no standard field that says each row's kind (種別, 区分): a row whose kind names
   *  none of `own` and one of `other` (種別 `指定避難所`, `福祉避難所`) is no place of the dataset, so not published
   *  (other-list-rows.ts); one that names an own word too (`指定避難所・指定緊急避難場所`), or neither, is read. `marks`:
   *  headers of a column of marks that says whether each row is one of the dataset's places (指定緊急避難場所 ○ beside
   *  指定避難所 ○): a row whose cell there is blank or a no is of the other list. `list`: headers of a column only a list
   *  of the other kind has (a 指定避難所 list's 指定緊急避難場所との住所同一, GSI's pointer to the sites): a file with one
   *  and none of the standard columns `unless` (the hazards) is that list, `name`, not read unless the dataset was
   *  named (table.ts readsDespiteHeader) */
  otherListRows?: { headers: readonly string[]; own: readonly string[]; other: readonly string[]; marks?: readonly string[];
    list?: { name: string; headers: readonly string[]; unless: readonly string[] };
    /** the mark column that a kind naming both lists (指定緊急避難場所・指定避難所) says yes to, in a file without it */
    both?: string };
  /** rows that sum the rows under them (a 町 over its 丁目: 池尻 over 池尻一丁目 …, told by the names, by indentation or
   *  by a level column headed one of `levelHeaders`): such a row whose counts are that sum is left out (said as
   *  subtotal_row), so that each record is one place of `key` and a sum over records counts no one twice. `groups`: the
   *  words that end the name of a row over all the rows after it up to the next such row (四谷地区 over 四谷一丁目 …
   *  and 箪笥町地区 over 市谷砂土原町一丁目 …, whose names do not start with its own). `wholes`: the names of a row over
   *  every row of the table (全域, 区全体; the publisher's own name, 新宿区, is one too) */
  subtotals?: { key: string; levelHeaders: readonly string[]; groups?: readonly string[]; wholes?: readonly string[] };
  /** tables that give each `key` (an area) over consecutive rows, one per sex named in a column headed one of
   *  `headers` (性別: 男 / 女 / 計): the rows of one area are one record, and each of the other columns is read once per
   *  sex, as if its name stood over the sex's (総数 over 男 → 男性, 0～4歳 over 女 → 0-4歳の女性). `sexes`: each sex's
   *  name as that joined header writes it and the words a cell says it with; `required`: an area lacking its row is named */
  sexRows?: { key: string; headers: readonly string[]; sexes: ReadonlyArray<{ name: string; words: readonly string[]; required: boolean }> };
  /** the columns that together tell one row from another, the ID first: a row repeating all of them is a duplicate
   *  (duplicate_id). Absent: the ID alone. オープンデータ一覧 lists one row per file, so its データセット_ID repeats for
   *  each file of a dataset, and only the same ID with the same file is a repeat */
  identity?: readonly string[];
  /** lists that give several records of one holder, a row each (the AEDs of a building, the permits of a business,
   *  the files of a dataset), which a spreadsheet prints with the holder's cells merged down over its records' rows:
   *  saved as CSV, they are blank under the holder's first row. `holder`: the holder's columns (its ID when it has
   *  one, its name, its place); `own`: the columns by which each record is one of its own (設置位置, 営業の種類, the
   *  file's title). A row with the holder's required columns blank and an own value of its own is the next record of
   *  the holder above (fill-down.ts) */
  heldRecords?: { holder: readonly string[]; own: readonly string[] };
  /** the columns a list printed in sections names with its headings (【認可保育所】 over the nurseries of that kind, ■訪問介護
   *  over those offices; 【区指定】 over ■ 史跡 for a 文化財's 文化財分類 and 種類): a heading that reads as a column's value (one
   *  of the column's list, or matches `words`, in NFKC without spaces) gives it to the rows under it whose cell is blank
   *  or whose file lacks the column (section-kind.ts) */
  sectionKinds?: ReadonlyArray<{ key: string; words?: { test(words: string): boolean } }>;
  /** the column that names each record, with the columns that may tell two records of one name apart (地域名, with
   *  調査年月日 for a file of several dates): two records of one name are two places no one can tell apart by it
   *  (duplicate_name) */
  distinctName?: { key: string; with?: readonly string[] };
  /** the column that names each record's area (地域名), which a table of the whole municipality leaves empty on every row
   *  (a series by month of the city's figures: 地域コード and 地域名 blank): in such a file, told by its head rows, a row
   *  whose `key` and `with` cells are empty is the municipality's own and takes its name (area_of_whole_municipality) */
  wholeArea?: { key: string; with?: readonly string[] };
  /** the remarks columns whose note may say the closing time is the end of extended care (延長保育18-19時 beside a
   *  終了時間 of 19:00, as papamama's nursery lists write it): the usual end is the end time (normalize/extended-care.ts) */
  extendedCareNotes?: readonly string[];
  /** headers of a column the standard does not have that says whether a row has extended care (papamama's Extra `Y`):
   *  with a yes, the closing time is the end of it (normalize/extended-care.ts) */
  extendedCareFlags?: readonly string[];
  /** date columns that come in order, [earlier, later] (許可年月日 before 許可満了日), beyond the start_/end_ pairs the
   *  engine finds by key */
  dateOrder?: ReadonlyArray<readonly [string, string]>;
}

type ColumnShape<Cols extends readonly Column[]> = {
  [C in Cols[number] as C["key"]]: C["requirement"] extends "required" ? C["type"] : z.ZodNullable<C["type"]>;
};

/** Any dataset, as pipelines and the API see it. */
export interface Dataset extends DatasetDefinition {
  /** canonical record: every key present, values typed, empty optional values are null */
  record: z.ZodType<Record<string, unknown>>;
  /** header text (ja, en, key, aliases) → canonical key, for exact and alias matching */
  headerIndex: ReadonlyMap<string, { key: string; method: "exact" | "alias" }>;
  columnByKey: ReadonlyMap<string, Column>;
}

/** One dataset module's export: the record schema keeps its precise type for `z.infer`. */
export type TypedDataset<Cols extends readonly Column[]> = Omit<Dataset, "columns" | "record"> & {
  columns: Cols;
  record: z.ZodObject<ColumnShape<Cols>, z.core.$strict>;
};

/**
 * A dataset from its definition. The zod record schema is built on first use: only JSON Schema generation reads it
 * (`odh schema`, the record check of the dataset a file turns out to be), and building all fifteen, ~600 columns each
 * cloned twice by zod, was a fifth of every `odh` start-up, paid again by each worker thread.
 */
export function defineDataset<const Cols extends readonly Column[]>(def: DatasetDefinition<Cols>): TypedDataset<Cols> {
  const headerIndex = new Map<string, { key: string; method: "exact" | "alias" }>();
  const columnByKey = new Map<string, Column>();
  for (const c of def.columns) {
    if (columnByKey.has(c.key)) throw new Error(`dataset ${def.id}: column key ${c.key} defined twice`);
    columnByKey.set(c.key, c);
    if (!headerIndex.has(c.ja)) headerIndex.set(c.ja, { key: c.key, method: "exact" });
  }
  for (const c of def.columns) {
    for (const alias of [c.en, c.key, ...(c.aliases ?? []), ...yieldingHeaders(c)]) {
      if (!headerIndex.has(alias)) headerIndex.set(alias, { key: c.key, method: "alias" });
    }
  }
  const markLists = [...(def.markLists ?? []), ...def.columns.flatMap((c) => (c.markedBy === undefined ? [] : [{ key: c.key, ...c.markedBy }]))];
  let record: TypedDataset<Cols>["record"] | undefined;
  const dataset = { ...def, ...(markLists.length > 0 ? { markLists } : {}), headerIndex, columnByKey } as Omit<TypedDataset<Cols>, "record">;
  return Object.defineProperty(dataset, "record", {
    enumerable: true,
    get: () => (record ??= recordSchema(def)),
  }) as TypedDataset<Cols>;
}

function recordSchema<const Cols extends readonly Column[]>(def: DatasetDefinition<Cols>): TypedDataset<Cols>["record"] {
  const shape: Record<string, z.ZodType> = {};
  for (const c of def.columns) {
    // The title sits on the property itself (not inside the nullable anyOf), so docs and forms find it.
    const valueType = c.requirement === "required" ? c.type : c.type.nullable();
    shape[c.key] = valueType.meta({ title: c.ja, description: c.description ? `${c.en}: ${c.description}` : c.en });
  }
  return z.strictObject(shape).meta({ title: def.ja, description: def.en }) as unknown as TypedDataset<Cols>["record"];
}

/** The column's Japanese name, as reports name it to a data officer; the key itself for a column the dataset lacks. */
export function columnJa(dataset: Pick<Dataset, "columnByKey">, key: string): string {
  return dataset.columnByKey.get(key)?.ja ?? key;
}
