import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations } from "../../storage/migrate.ts";
import { foldSearch, KANJI_VARIANTS, recordSearchText, searchForms } from "../../storage/search-text.ts";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers.ts";

describe("foldSearch: one spelling for the ways people type a name or an address", () => {
  it.each([
    ["kana", ["しんじゅく", "シンジュク", "ｼﾝｼﾞｭｸ"], "シンジュク"],
    ["voiced half-width kana", ["ｶﾞｲﾄﾞ", "がいど", "ガイド"], "ガイド"],
    ["width and case", ["ＡＥＤ　Ｓｔａｔｉｏｎ", "aed station", "AED Station"], "aedstation"],
    ["long vowel marks", ["センター", "センタ", "センタ－", "ｾﾝﾀｰ", "せんたー"], "センタ"],
    ["ケ between kanji", ["霞が関", "霞ヶ関", "霞ケ関", "霞ガ関"], "霞ケ関"],
    ["ヵ, ヶ and か after a number", ["1ヵ月", "1ヶ月", "1か月", "１カ月"], "1ケ月"],
    ["丁目 in digits or kanji, or a dash", ["新宿1丁目", "新宿一丁目", "新宿１丁目", "新宿 1 丁目", "新宿1-"], "新宿1"],
    ["tens of 丁目", ["十二丁目", "12丁目", "１２－"], "12"],
    ["丁目, 番地 and 号", ["新宿一丁目2番3号", "新宿1丁目2番地3", "新宿1丁目2番地の3", "新宿1-2-3", "新宿１－２－３", "新宿1ー2ー3", "新宿1−2−3", "新宿1‐2‐3"], "新宿1-2-3"],
    ["の between numbers", ["内藤町87番地の2", "内藤町87の2", "内藤町87-2"], "内藤町87-2"],
    ["之, の and ノ between kanji", ["一之江", "一の江", "一ノ江"], "一ノ江"],
    ["old kanji forms", ["檜原村", "桧原村"], "桧原村"],
    ["old kanji forms in a name", ["髙島平", "高島平"], "高島平"],
  ])("%s", (_what, spellings, folded) => {
    expect(spellings.map(foldSearch)).toEqual(spellings.map(() => folded));
  });

  it.each([
    ["五番町", "五番町"],          // a kanji numeral before 番 is a place name, not a number
    ["一番町2番地", "一番町2"],
    ["千駄ヶ谷", "千駄ケ谷"],
    ["ヶ", "ケ"],
    ["二十三丁目", "23"],
    ["ラーメン", "ラメン"],
    ["0120-00-1234", "0120-00-1234"],
    ["ドの江", "ドノ江"],          // の after kana is no joining kana: only the katakana fold
    ["カノン", "カノン"],          // ノ of a katakana word stays itself
  ])("%s → %s", (text, folded) => expect(foldSearch(text)).toBe(folded));

  it("finds a name by a word that ends or starts with 之, as the word is folded alone", () => {
    const stored = recordSearchText({ name: "山田博之記念館", name_kana: null, full_address: "東京都江戸川区一之江1-1" });
    for (const word of ["博之", "一之", "之江", "一の江", "一之江"]) expect(stored).toContain(foldSearch(word));
  });

  it("reads old kanji forms with the very table the portal's home search folds with", async () => {
    // @ts-expect-error: the portal is plain JavaScript without type declarations
    const { KANJI_VARIANTS: portal } = await import("../../portal/assets/search-words.js");
    expect(KANJI_VARIANTS).toEqual(portal);
  });

  it("a record's search text is its name, reading and address, each folded, a space between them", () => {
    expect(recordSearchText({ name: "四谷区民センター", name_kana: "ヨツヤクミンセンター", full_address: "東京都新宿区内藤町87番地", remarks: "2階" }))
      .toBe("四谷区民センタ ヨツヤクミンセンタ 東京都新宿区内藤町87");
    expect(recordSearchText({ name: "霞が関 分室", name_kana: null, full_address: "" })).toBe("霞ケ関分室");
  });
});

describe("searchForms: a joining kana the fold cannot see is searched in each way it is stored", () => {
  const stored = (name: string) => recordSearchText({ name, name_kana: null, full_address: "" });
  const finds = (word: string, name: string) => searchForms(foldSearch(word)).some((form) => stored(name).includes(form));

  it.each([
    ["自由が", "自由が丘駅前広場"], ["自由ヶ", "自由ヶ丘駅前広場"], ["霞が", "霞ヶ関分室"],     // the word stops after it
    ["ひばりヶ丘", "ひばりが丘児童館"], ["ひばりが丘", "ひばりヶ丘児童館"], ["つつじが丘", "つつじケ丘公園"], // after kana
    ["ヶ丘", "桜ヶ丘公園"], ["が丘", "つつじケ丘公園"],                                    // the word starts with it
  ])("%s finds %s", (word, name) => expect(finds(word, name)).toBe(true));

  it("leaves a katakana word's own ending alone, and a word without a joining kana as it is", () => {
    expect(searchForms(foldSearch("ヨガ"))).toEqual(["ヨガ"]);
    expect(searchForms(foldSearch("アメリカ"))).toEqual(["アメリカ"]);
    expect(searchForms(foldSearch("新宿一丁目"))).toEqual(["新宿1"]);
    expect(finds("ヨガ", "ヨカ堂")).toBe(false);
    expect(finds("自由が", "自由学園")).toBe(false);
  });

  it("keeps a word with many open joining kana to its own fold", () => {
    expect(searchForms("ガ丘ハガ丘")).toHaveLength(9);
    expect(searchForms("ガ丘ハガ丘ハガ丘")).toEqual(["ガ丘ハガ丘ハガ丘"]);
  });
});

describe.each(DB_KINDS)("migration 004 on %s: search_text of rows stored before it is folded", (kind) => {
  let t: TestDb;
  beforeAll(async () => { t = await openTestDb(kind, { migrate: false }); });
  afterAll(async () => { await t.cleanup(); });

  it("recomputes every stored row, records and staged rows, as the write path now stores them", async () => {
    const before = listMigrations().filter((m) => m.version < 4);
    expect(await applyMigrations(t.db, before)).toEqual([1, 2, 3]);
    // as 003 and earlier stored them: NFKC and lower case only
    const old = (record: Record<string, unknown>) => Object.values(record).filter((v) => typeof v === "string").join(" ").normalize("NFKC").toLowerCase();
    const rows = Array.from({ length: 2500 }, (_, i) => ({
      row_number: i + 1, record_id: `131041-aed-r${i + 1}`,
      data: i === 0 ? { name: "霞が関 分室", name_kana: "カスミガセキブンシツ", full_address: "東京都千代田区霞が関一丁目2番3号" }
        : { name: `施設${i + 1}`, name_kana: "シセツ", full_address: `東京都新宿区新宿${(i % 9) + 1}丁目${i}番` },
    }));
    const { rows: [version] } = await t.db.query<{ id: string }>(
      "insert into versions (municipality_code, dataset_id, source_id, report) values ('131041', 'aed', 's', '{}') returning id::text");
    await t.db.query(
      `insert into records (version_id, row_number, record_id, municipality_code, dataset_id, search_text, data)
       select $1::bigint, r.row_number, r.record_id, '131041', 'aed', r.search_text, r.data
       from jsonb_to_recordset($2::jsonb) as r(row_number int, record_id text, search_text text, data jsonb)`,
      [version!.id, JSON.stringify(rows.map((r) => ({ ...r, search_text: old(r.data) })))]);
    await t.db.query(
      "insert into staged_records (stage_id, row_number, record_id, search_text, data) values ('stage', 1, 'x', $1, $2::jsonb)",
      [old(rows[0]!.data), JSON.stringify(rows[0]!.data)]);

    expect(await applyMigrations(t.db)).toEqual(listMigrations().filter((m) => m.version >= 4).map((m) => m.version));

    const { rows: stored } = await t.db.query<{ search_text: string; data: Record<string, unknown> }>(
      "select search_text, data from records order by row_number");
    expect(stored[0]!.search_text).toBe("霞ケ関分室 カスミガセキブンシツ 東京都千代田区霞ケ関1-2-3");
    expect(stored.filter((r) => r.search_text !== recordSearchText(r.data))).toEqual([]);
    expect(stored.at(-1)!.search_text).toBe("施設2500 シセツ 東京都新宿区新宿7-2499");
    const { rows: staged } = await t.db.query<{ search_text: string }>("select search_text from staged_records");
    expect(staged).toEqual([{ search_text: "霞ケ関分室 カスミガセキブンシツ 東京都千代田区霞ケ関1-2-3" }]);
  });
});

describe.each(DB_KINDS)("migration 005 on %s: rows folded by 004 are folded again with the kanji forms", (kind) => {
  let t: TestDb;
  beforeAll(async () => { t = await openTestDb(kind, { migrate: false }); });
  afterAll(async () => { await t.cleanup(); });

  it("recomputes search_text stored before it, so q 桧原村 finds a row written 檜原村", async () => {
    expect(await applyMigrations(t.db, listMigrations().filter((m) => m.version < 5))).toEqual([1, 2, 3, 4]);
    const data = { name: "檜原村役場", name_kana: null, full_address: "東京都西多摩郡檜原村467番地の1" };
    const { rows: [version] } = await t.db.query<{ id: string }>(
      "insert into versions (municipality_code, dataset_id, source_id, report) values ('133078', 'aed', 's', '{}') returning id::text");
    // as 004 folded it: no kanji forms
    await t.db.query(`insert into records (version_id, row_number, record_id, municipality_code, dataset_id, search_text, data)
      values ($1::bigint, 1, '133078-aed-r1', '133078', 'aed', $2, $3::jsonb)`, [version!.id, "檜原村役場 東京都西多摩郡檜原村467-1", JSON.stringify(data)]);
    expect(await applyMigrations(t.db)).toEqual(listMigrations().filter((m) => m.version >= 5).map((m) => m.version));
    const { rows } = await t.db.query<{ search_text: string }>("select search_text from records");
    expect(rows).toEqual([{ search_text: "桧原村役場 東京都西多摩郡桧原村467-1" }]);
    expect(rows[0]!.search_text).toContain(foldSearch("桧原村"));
  });
});
