import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schemas/dataset.ts";
import { getDataset } from "../../schemas/index.ts";
import { NEW_ROWS, OLD_TEMPLATES, REAL_FILES } from "./header-rows.ts";

function datasetOf(id: string): Dataset {
  const dataset = getDataset(id);
  if (!dataset) throw new Error(`no dataset ${id}`);
  return dataset;
}

/** Maps one header row through the dataset's header index (exact or alias only, as a file would be read). */
function mapRow(dataset: Dataset, header: string) {
  const cells = header.split(",");
  const mapped = cells.flatMap((h) => {
    const hit = dataset.headerIndex.get(h);
    return hit ? [[h, hit.key] as const] : [];
  });
  return { mapped, unmapped: cells.filter((h) => !dataset.headerIndex.has(h)) };
}

/** Keys that two headers of the same row would both fill. */
function doubleTargets(mapped: readonly (readonly [string, string])[]): string[] {
  const seen = new Map<string, string>();
  const doubles: string[] = [];
  for (const [header, key] of mapped) {
    const first = seen.get(key);
    if (first !== undefined) doubles.push(`${first} + ${header} → ${key}`);
    seen.set(key, header);
  }
  return doubles;
}

describe.each([
  ["A.1 old templates", OLD_TEMPLATES],
  ["A.2 new-format rows", NEW_ROWS],
  ["real files", REAL_FILES],
])("%s", (_label, rows) => {
  it.each(rows.map((r) => [r.source, r] as const))("%s: every header maps to its own column", (_source, row) => {
    const { mapped, unmapped } = mapRow(datasetOf(row.dataset), row.header);
    expect(unmapped).toEqual(row.unmapped ?? []);
    expect(doubleTargets(mapped)).toEqual([]);
  });
});

describe("header mappings that matter", () => {
  it.each([
    ["aed", "都道府県コード又は市区町村コード", "local_government_code", "alias"],
    ["aed", "NO", "id", "alias"],
    ["aed", "住所", "full_address", "alias"],
    ["aed", "方書", "building_name", "alias"],
    ["aed", "都道府県名", "prefecture", "alias"],
    ["aed", "市区町村名", "city", "alias"],
    ["aed", "名称かな", "name_kana", "alias"],
    ["aed", "所在地", "full_address", "alias"],
    ["aed", "設置位置", "installation_position", "exact"],
    ["tourism", "市区町村コード", "local_government_code", "alias"],
    ["tourism", "料金.基本.", "fee_basic", "alias"],
    ["tourism", "料金（詳細）", "fee_details", "alias"],
    ["tourism", "料金(基本)", "fee_basic", "exact"],
    ["tourism", "連絡先電話番号", "phone_number", "exact"],
    ["tourism", "localgov_code", "local_government_code", "alias"],
    ["tourism", "pref_name", "prefecture", "alias"],
    ["tourism", "barrier_free", "barrier_free_info", "alias"],
    ["evacuation_space", "市区町村コード", "municipality_code", "exact"],
    ["evacuation_space", "災害種別_崖崩れ・土石流及び地滑り", "hazard_landslide", "alias"],
    ["evacuation_space", "対象となる地区", "target_communities", "alias"],
    ["evacuation_space", "lat", "latitude", "alias"],
    ["evacuation_space", "海抜", "elevation_m", "alias"],
    ["public_toilet", "seat_copulative_spell", "full_address", "alias"],
    ["public_toilet", "多機能トイレ数", "multifunctional_toilet", "exact"],
    ["public_toilet", "バリアフリートイレ数", "multipurpose_toilet", "exact"],
    ["public_toilet", "車いす使用者用トイレ有無", "wheelchair_toilet", "alias"],
    ["public_toilet", "利用開始時間", "start_time", "exact"],
    ["public_toilet", "利用可能日時特記事項", "availability_remarks", "alias"],
    ["public_toilet", "X座標", "longitude", "alias"],
    ["hospital", "診療開始時間", "start_time", "exact"],
    ["care_service", "介護サービス事業所名称", "name", "exact"],
    ["care_service", "利用可能曜日特記事項", "availability_remarks", "exact"],
    ["event", "イベント名", "name", "exact"],
    ["event", "住所", "full_address", "alias"],
    ["food_business", "営業所名称", "name", "alias"],
    ["food_business", "営業所所在地", "full_address", "alias"],
    ["food_business", "施設所在地_都道府県", "prefecture", "exact"],
    ["food_business", "営業所方書", "building_name", "alias"],
    ["food_business", "営業所電話番号", "phone_number", "alias"],
    ["open_data_list", "データ名称", "title", "alias"],
    ["open_data_list", "データ形式", "file_format", "alias"],
    ["open_data_list", "データセット_ID", "id", "exact"],
    ["population", "85歳以上の女性", "age_85_plus_female", "exact"],
    ["population", "0～4歳の男性", "age_0_4_male", "alias"],
    ["cultural_property", "員数（数）", "quantity", "exact"],
    ["cultural_property", "指定年月日", "designated_date", "alias"],
  ] as const)("%s: %s → %s (%s)", (id, header, key, method) => {
    expect(datasetOf(id).headerIndex.get(header)).toEqual({ key, method });
  });
});
