// The records API's q as people type it: hiragana for katakana, half-width kana, 一丁目 / 1丁目 / 1-, ケ / ヶ / が,
// long vowel marks; the records are published through the write path (ingestFile), as a harvest stores them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { ingestFile } from "../../pipelines/publish.ts";
import { DB_KINDS, listen, openTestDb, type TestDb } from "../helpers.ts";
import { ingestFixture } from "./seed.ts";

/** 千代田区 places written the ways municipal files write them. */
const SPELLINGS_CSV = [
  "全国地方公共団体コード,ID,名称,名称_カナ,所在地_連結表記,緯度,経度,設置位置",
  "131016,S1,霞が関コモンゲート,カスミガセキコモンゲート,東京都千代田区霞が関三丁目2番1号,35.6720,139.7480,1階",
  "131016,S2,市ケ谷駅前集会室,イチガヤエキマエシュウカイシツ,東京都千代田区五番町2番地の1,35.6905,139.7355,2階",
  "131016,S3,ｺﾐｭﾆﾃｨｾﾝﾀｰ神田,コミュニティセンターカンダ,東京都千代田区神田司町2－2,35.6925,139.7680,1階",
  "131016,S4,ひばりが丘ひろば分室,ヒバリガオカヒロバブンシツ,東京都千代田区神田司町2－3,35.6926,139.7681,1階",
].join("\r\n");

describe.each(DB_KINDS)("records q folds kana, widths and address spellings (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    t = await openTestDb(kind);
    await ingestFixture(t.db, "131041_aed.csv");
    await ingestFile(t.db, { bytes: new TextEncoder().encode(`${SPELLINGS_CSV}\r\n`), fileName: "131016_aed.csv" },
      { municipality: "131016", dataset: "aed", source_id: "spellings-131016", license: "CC-BY-4.0", sample: false, trigger: "harvest" });
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  const names = async (q: string) => {
    const res = await fetch(`${base}/api/v1/datasets/aed/records?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return ((await res.json()).items as Array<{ record: { name: string } }>).map((i) => i.record.name);
  };

  it.each([
    ["しんじゅく すぽーつ", ["新宿スポーツセンター"]],                       // hiragana, no long vowel mark, for カナ
    ["ｽﾎﾟｰﾂｾﾝﾀ", ["新宿スポーツセンター"]],                                 // half-width kana
    ["ちいきせんたー 新宿区", ["落合第一地域センター", "戸塚地域センター", "柏木地域センター"]],
    ["歌舞伎町1丁目", ["新宿区役所", "新宿区役所第二分庁舎"]],                // stored 歌舞伎町一丁目
    ["歌舞伎町1-5", ["新宿区役所第二分庁舎"]],                               // stored 一丁目5番1号
    ["大久保３ー５ー１", ["新宿スポーツセンター"]],                          // full-width digits, a long vowel mark for the dash
    ["高田馬場二丁目18-1", ["戸塚地域センター"]],
    ["内藤町87", ["四谷区民センター"]],                                      // stored 87番地
    ["霞ヶ関", ["霞が関コモンゲート"]],
    ["霞ケ関3-2-1", ["霞が関コモンゲート"]],
    ["かすみがせき", ["霞が関コモンゲート"]],
    ["市ヶ谷", ["市ケ谷駅前集会室"]],
    ["市が谷", ["市ケ谷駅前集会室"]],
    ["霞が", ["霞が関コモンゲート"]],                                       // the word stops after が: stored 霞ケ関
    ["市が", ["市ケ谷駅前集会室"]],
    ["ひばりヶ丘", ["ひばりが丘ひろば分室"]],                              // after kana the stored が stays as written
    ["ヶ丘", ["ひばりが丘ひろば分室"]],
    ["五番町2-1", ["市ケ谷駅前集会室"]],                                      // stored 五番町2番地の1: 五番町 is kept
    ["コミュニティセンター", ["コミュニティセンター神田"]],
    ["神田司町2丁目2番", ["コミュニティセンター神田"]],                      // stored 2－2
    ["神田司町2-2", ["コミュニティセンター神田"]],
  ])("q=%s", async (q, expected) => expect(await names(q)).toEqual(expected));
});
