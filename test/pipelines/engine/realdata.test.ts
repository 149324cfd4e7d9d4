// The 32 real municipal files of test/fixtures/realdata (MANIFEST.md, ATTRIBUTION.md): each read with zero
// configuration, every data row kept (against MANIFEST's row count), name and coordinate columns mapped, and
// concrete values checked: a name, a lat/lon pair, an ISO date, a repaired code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type HarmonizedRow, harmonize } from "../../../pipelines/run.ts";
import type { Report } from "../../../pipelines/report.ts";
import { FIXTURES } from "../../helpers.ts";

const DIR = path.join(FIXTURES, "realdata");

/** file → rows from MANIFEST.md's table (its own count: data records after the header it detected). */
function manifestRows(): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of readFileSync(path.join(DIR, "MANIFEST.md"), "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const file = /^`([^`]+)`$/.exec(cells[2] ?? "")?.[1];
    if (file) rows.set(file, Number(cells[8]));
  }
  return rows;
}

interface Expected {
  dataset: string;
  encoding: string;
  rows: number;
  /** rows MANIFEST counts that are not data, each reported by an issue of these codes (row-level or file-level) */
  notData?: { count: number; codes: string[] };
  /** source header → canonical key for name / latitude / longitude (null: the file has no such column) */
  name: string | null;
  latitude: string | null;
  longitude: string | null;
  /** one row's values, checked with toMatchObject */
  sample?: { row: number; record: Record<string, unknown>; extra?: Record<string, string> };
  /** [row, field, code, value after repair] of a repair that must be reported */
  repair?: [number, string, string, unknown];
}

const EXPECTED: Record<string, Expected> = {
  "022063_tourism__tablelinker-res036.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 15, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 15, record: { name: "十和田湖観光交流センター", latitude: 40.426016, longitude: 140.893141, local_government_code: "022063" } },
  },
  "072028_tourism__tablelinker-res080.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 41, name: "name", latitude: "latitude", longitude: "longitude",
    sample: { row: 1, record: { name: "さざえ堂(国指定重要文化財)", latitude: 37.504543, longitude: 139.953976, full_address: "福島県会津若松市一箕町八幡滝沢155" } },
    repair: [1, "local_government_code", "lost_leading_zero", "072028"],
  },
  "122319_care_service__open-data-inzai.csv": {
    dataset: "care_service", encoding: "shift_jis", rows: 110, name: "介護サービス事業所名称", latitude: "緯度", longitude: "経度",
    // 町字ID 15000: saved as a number, its zeros lost
    sample: { row: 1, record: { name: "老人デイサービスセンターホワイトヴィラ印西", latitude: null, longitude: null, local_government_code: "122319", machiaza_id: "0015000" } },
    repair: [1, "name_kana", "half_width_kana", "ロウジンデイサービスセンターホワイトヴィラインザイ"],
  },
  "122319_cultural_property__open-data-inzai.csv": {
    dataset: "cultural_property", encoding: "shift_jis", rows: 50, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "宝珠院観音堂", latitude: 35.819614, longitude: 140.117204, designated_date: "1934-01-30" } },
    repair: [1, "designated_date", "wareki_converted", "1934-01-30"],
  },
  "122319_event__open-data-inzai.csv": {
    dataset: "event", encoding: "shift_jis", rows: 2, name: "イベント名", latitude: "緯度", longitude: "経度",
    sample: { row: 2, record: { name: "イルミライ★INZAI", latitude: null, longitude: null } },
    repair: [1, "schedule_pattern", "full_width_converted", "毎年11月に開催"],
  },
  "122319_open_data_list__open-data-inzai.csv": {
    dataset: "open_data_list", encoding: "shift_jis", rows: 24, name: null, latitude: null, longitude: null,
    sample: { row: 1, record: { issued: "2024-01-19", local_government_code: "122319" } },
    repair: [1, "issued", "date_reformatted", "2024-01-19"],
  },
  "122319_preschool__open-data-inzai.csv": {
    dataset: "preschool", encoding: "shift_jis", rows: 6, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "印西市立中央駅前地域交流館　子育てルーム", latitude: 35.80049, longitude: 140.11925, full_address: "千葉県印西市中央南1-2",
      machiaza_id: "0060001" } },
    repair: [1, "full_address", "full_width_converted", "千葉県印西市中央南1-2"],
  },
  "131067_public_toilet__tablelinker-taito.csv": {
    dataset: "public_toilet", encoding: "shift_jis", rows: 69, name: "名称", latitude: "Y座標", longitude: "X座標",
    sample: { row: 69, record: { name: "黒門児童遊園トイレ", latitude: 35.70664824, longitude: 139.7722664 },
      extra: { 大分類: "公衆・公園トイレ", 小分類: "公衆・公園トイレ", 電話番号: "０３－５２４６－１３２１", 情報: "男女兼用" } },
    // 台東区's list writes its addresses from the ward: 東京都 is put in front (address_completed too)
    repair: [1, "full_address", "full_width_converted", "東京都台東区上野公園10-17前"],
  },
  "131083_tourism__tablelinker-res017.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 25, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "都立清澄庭園", latitude: 35.680737, longitude: 139.797794, full_address: "東京都江東区清澄3-3-9" },
      extra: { 最終確認日: "2019:11:25" } },
  },
  "131148_tourism__tablelinker-res054.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 116, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "多田神社", latitude: 35.682835, longitude: 139.663406, full_address: "東京都中野区南台3-43-1" } },
  },
  "131229_tourism__tablelinker-res021.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 3, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "葛飾柴又寅さん記念館", latitude: 35.757368, longitude: 139.88053 } },
  },
  "132012_cultural_property__tokyo-mogu-mogu.xlsx": {
    dataset: "cultural_property", encoding: "xlsx", rows: 258, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 5, record: { name: "椚田遺跡", latitude: 35.636939, longitude: 139.305324, full_address: "東京都八王子市椚田町541" } },
    repair: [5, "latitude", "swapped_lat_lon", 35.636939],
  },
  "132055_food_business__tokyo-mogu-mogu.xlsx": {
    dataset: "food_business", encoding: "xlsx", rows: 1593, name: "施設名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "塩船観音寺売店", latitude: 35.803665, longitude: 139.281718, first_permit_date: "2022-05-17" } },
    repair: [165, "name", "half_width_kana", "医療法人社団三清会小作クリニック内栄養科"],
  },
  "132098_public_toilet__tablelinker.csv": {
    dataset: "public_toilet", encoding: "utf-8-bom", rows: 84, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "ローソン町田成瀬街道店", latitude: 35.538163, longitude: 139.48026, full_address: "東京都町田市西成瀬6-6-14", wheelchair_toilet: true, ostomate_toilet: false } },
    repair: [1, "full_address", "address_completed", "東京都町田市西成瀬6-6-14"],
  },
  "132195_tourism__tablelinker-res064.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 8, notData: { count: 0, codes: [] }, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "多摩川五本松", latitude: 35.632433, longitude: 139.33579, start_time: "00:00", end_time: "23:59" } },
    repair: [1, "end_time", "all_day_time", "23:59"],
  },
  "132284_tourism__tablelinker-res063.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 6, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "秋川渓谷瀬音の湯", latitude: 35.727163, longitude: 139.187838, full_address: "東京都あきる野市乙津565" } },
  },
  "132292_tourism__tablelinker-res065.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 12, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 12, record: { name: "西東京市ひばりが丘図書館", latitude: 35.751952, longitude: 139.54371 } },
  },
  "222232_tourism__tablelinker-res031.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 12, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "御前埼灯台", latitude: null, longitude: null } },
  },
  "262099_tourism__tablelinker-res073.csv": {
    // LinkData: the #property row is the header, its first column the name; MANIFEST counted the 6 # rows as data
    dataset: "tourism", encoding: "utf-8", rows: 35, notData: { count: 6, codes: ["rows_above_header", "comment_row"] },
    name: "#property<-- プロパティの名前またはURI", latitude: "緯度", longitude: "経度",
    sample: { row: 3, record: { name: "観光情報センター（JR）", latitude: 34.922814, longitude: 135.700067 }, extra: { 種類: "観る" } },
  },
  "271004_tourism__tablelinker-res067.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 563, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "大阪市立浪速図書館", latitude: 34.6585779, longitude: 135.4959688, full_address: "大阪府大阪市浪速区敷津西1-5-23" } },
  },
  "322075_tourism__tablelinker-res046.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 18, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "今井美術館", latitude: 34.9543, longitude: 132.335, local_government_code: "322075" } },
  },
  "350001_tourism__tablelinker.csv": {
    dataset: "tourism", encoding: "shift_jis", rows: 792, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 792, record: { name: "本光院", latitude: 34.507549, longitude: 131.564529 } },
    // the file's phone numbers lost their last digit: kept as written, and named
    repair: [6, "phone_number", "phone_digit_count", "083-245-649"],
  },
  "353418_tourism__tablelinker-res034.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 4, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "中ノ浦海浜公園", latitude: 33.850005, longitude: 132.078351 } },
  },
  "372013_public_toilet__takamatsu-city.csv": {
    dataset: "public_toilet", encoding: "utf-8", rows: 169, name: "name", latitude: "latitude", longitude: "longitude",
    sample: { row: 1, record: { name: "高松市片原町公衆便所", latitude: 34.34551, longitude: 134.05267, local_government_code: "372013" }, extra: { "#property": "1" } },
    repair: [1, "local_government_code", "five_digit_code", "372013"],
  },
  "382019_aed__aohana-python.csv": {
    dataset: "aed", encoding: "utf-8-bom", rows: 502, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "安居島集会所", latitude: 34.07027739, longitude: 132.7071662, local_government_code: "382019" } },
    repair: [122, "installation_position", "half_width_kana", "消防ポンプ蔵置所内×1"],
  },
  "423211_tourism__tablelinker-res019.csv": {
    dataset: "tourism", encoding: "utf-8", rows: 6, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "千綿渓谷", latitude: 33.0256, longitude: 129.9849 } },
    repair: [1, "local_government_code", "five_digit_code", "423211"],
  },
  "424111_tourism__tablelinker-res043.csv": {
    // title row, a comma row, then the header `No.,経度`: MANIFEST took the title for the header and counted `No.,経度`
    dataset: "tourism", encoding: "utf-8", rows: 16, notData: { count: 1, codes: [] }, name: null, latitude: null, longitude: "経度",
    sample: { row: 16, record: { name: null, longitude: 129.050548 } },
  },
  "442011_aed__medimap.csv": {
    dataset: "aed", encoding: "utf-8-bom", rows: 2181, name: "名称", latitude: "緯度", longitude: "経度",
    sample: { row: 1, record: { name: "大分県庁舎　本館", latitude: 33.238128, longitude: 131.612605, full_address: "大分県大分市大手町3丁目1番1号" } },
    repair: [1, "full_address", "full_width_converted", "大分県大分市大手町3丁目1番1号"],
  },
  "470007_hospital__createtile.csv": {
    dataset: "hospital", encoding: "utf-8-bom", rows: 1209, name: "名称", latitude: "lat", longitude: "lon",
    sample: { row: 1, record: { name: "国立療養所沖縄愛楽園", latitude: 26.6762233, longitude: 128.01896001, local_government_code: "472093" } },
    repair: [72, "name", "full_width_converted", "カヌチャKIN　クリニック"],
  },
  "473022_evacuation_space__createtile.csv": {
    dataset: "evacuation_space", encoding: "utf-8-bom", rows: 19, name: "名称", latitude: "lat", longitude: "lon",
    // disaster flags as 1/blank: a blank is "not designated", false (not unknown)
    sample: { row: 1, record: { name: "大宜味村役場", latitude: 26.70161, longitude: 128.120542, full_address: "沖縄県大宜味村字大兼久157番地",
      hazard_flood: true, hazard_tsunami: true, hazard_large_fire: false, hazard_volcano: false, also_designated_shelter: true } },
  },
  "unknown_aed__tablelinker-official-template.csv": {
    dataset: "aed", encoding: "shift_jis", rows: 0, name: "名称", latitude: "緯度", longitude: "経度",
  },
  "unknown_population__tablelinker-official-template.csv": {
    dataset: "population", encoding: "shift_jis", rows: 0, name: null, latitude: null, longitude: null,
  },
};

const MANIFEST = manifestRows();
const FILES = readdirSync(DIR).filter((f) => /\.(?:csv|xlsx)$/.test(f)).sort();

it("the fixture folder holds the 32 files of MANIFEST.md, each with expectations here", () => {
  expect(FILES).toHaveLength(32);
  expect([...MANIFEST.keys()].sort()).toEqual(FILES);
  expect(Object.keys(EXPECTED).sort()).toEqual(FILES);
});

describe.each(FILES)("%s", (file) => {
  const expected = EXPECTED[file];
  let report: Report;
  let rows: HarmonizedRow[];
  beforeAll(async () => {
    rows = [];
    report = await harmonize({ path: path.join(DIR, file), fileName: file }, {}, (batch) => { rows.push(...batch); });
  });

  it("is read with zero configuration: dataset, encoding, no file-level error", () => {
    expect({ dataset: report.dataset, encoding: report.encoding }).toEqual({ dataset: expected.dataset, encoding: expected.encoding });
    expect(report.issues.filter((i) => i.severity === "error" && i.row === null && i.field === null)).toEqual([]);
  });

  it("keeps every data row MANIFEST counts; anything else is reported", () => {
    expect(rows).toHaveLength(expected.rows);
    expect(report.rows).toBe(expected.rows);
    expect(report.valid + report.invalid).toBe(report.rows);
    expect(rows.filter((r) => !r.valid)).toHaveLength(report.invalid);
    const notData = expected.notData ?? { count: 0, codes: [] };
    expect(expected.rows + notData.count).toBe(MANIFEST.get(file));
    const reported = report.issues.filter((i) => notData.codes.includes(i.code));
    expect(reported).toHaveLength(notData.codes.length ? notData.count : 0);
    const numbers = rows.map((r) => r.row);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    if (expected.rows === 0) expect(report.issues.map((i) => i.code)).toContain("no_data_rows");
  });

  it("maps its name and coordinate columns, and reports every source column", () => {
    const sourceOf = (field: string) => report.header.find((h) => h.field === field)?.source ?? null;
    expect({ name: sourceOf("name"), latitude: sourceOf("latitude"), longitude: sourceOf("longitude") })
      .toEqual({ name: expected.name, latitude: expected.latitude, longitude: expected.longitude });
    for (const h of report.header) expect(["exact", "alias", "fuzzy", "none"]).toContain(h.method);
    for (const h of report.header) expect(h.method === "none").toBe(h.field === null);
    const fields = report.header.map((h) => h.field).filter((f) => f !== null);
    expect(new Set(fields).size).toBe(fields.length);
  });

  // only files with data rows have values to check (the official templates hold a header alone)
  if (expected.sample !== undefined) it("has the values of the file, typed", () => {
    const sample = expected.sample as NonNullable<Expected["sample"]>;
    const row = rows.find((r) => r.row === sample.row);
    expect(row?.record).toMatchObject(sample.record);
    if (sample.extra) expect(row?.extra).toEqual(sample.extra);
  });

  if (expected.repair !== undefined) it("reports the repair it made", () => {
    const [row, field, code, value] = expected.repair as NonNullable<Expected["repair"]>;
    expect(report.issues.find((i) => i.row === row && i.field === field && i.code === code)).toMatchObject({ row, field, code });
    expect(rows.find((r) => r.row === row)?.record[field]).toEqual(value);
  });
});
