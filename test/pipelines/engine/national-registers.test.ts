// Lists a ward republishes from a national system as the system exports them: MHLW's food permits and notifications
// (食品衛生申請等システム, {code}_food_business_all.csv), a 保健所 ledger that joins 屋号 to 営業所, and MHLW's 医療情報ネット
// facility file (01-1_hospital_facility_info.csv).
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const MHLW_FOOD = "自治体コード,行番号,都道府県名,市区町村名,営業施設名称、屋号又は商号,フリガナ,営業の種類,業態,営業施設所在地,営業施設方書,緯度,経度,"
  + "営業施設電話番号,法人名,法人番号,法人住所,許可番号,初回許可年月日,許可年月日,許可開始日,許可満了日,廃業年月日,申請区分,許可条件,備考";

describe("MHLW's national food list (営業施設名称、屋号又は商号, ① 飲食店営業)", () => {
  it("reads the trade name, its reading, building, phone and code, and the kind without its circled number (before: no name, every row invalid, `① 飲食店営業` kept)", async () => {
    const { rows, report } = await runBytes([MHLW_FOOD,
      "13113,1,東京都,渋谷区,喫茶はなみずき,キッサハナミズキ,① 飲食店営業,喫茶店,東京都渋谷区神宮前9-8-7,はなビル2階,35.6702,139.7026,03-5555-0101,,,,第R3-0101号,2021/06/01,2021/06/01,2021/06/01,2027/05/31,,許可,,",
      "13113,2,東京都,渋谷区,宇田川ストア,ウダガワストア,㉜ 販売業（冷凍冷蔵倉庫業を除く）,コンビニ,東京都渋谷区宇田川町9-9,,,,,,,,,,,,,,届出,,"].join("\n"),
    "131130_food_business.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.name_kana, r.record.business_type, r.record.business_form, r.record.building_name,
      r.record.phone_number, r.record.local_government_code])).toEqual([
      [true, "喫茶はなみずき", "キッサハナミズキ", "飲食店営業", "喫茶店", "はなビル2階", "03-5555-0101", "131130"],
      [true, "宇田川ストア", "ウダガワストア", "販売業（冷凍冷蔵倉庫業を除く）", "コンビニ", null, null, "131130"]]);
    expect(tuples(report, "item_number_removed", "missing_column")).toEqual([[1, "business_type", "item_number_removed"],
      [2, "business_type", "item_number_removed"]]);
    const said = report.issues.find((i) => i.code === "item_number_removed");
    expect(said?.message_ja).toContain("① 飲食店営業");
    expect(said?.message_en).toContain("business_type");
  });

  it("takes a circled number off each line of a cell of two kinds", async () => {
    const { rows } = await runBytes([MHLW_FOOD,
      "13113,1,東京都,渋谷区,ベーカリー松濤,,\"① 飲食店営業\n⑪ 菓子製造業\",,東京都渋谷区松濤1-2-3,,,,,,,,,,,,,,許可,,"].join("\n"), "131130_food_business.csv");
    expect(rows.map((r) => r.record.business_type)).toEqual(["飲食店営業;菓子製造業"]);
  });
});

describe("a 保健所 ledger headed 営業所屋号名称 | 業種 | 種目 | 許可始期 | 許可終期", () => {
  it("gives the name, the form and the permit's term (before: no name, every row invalid, 種目 and the term in extra)", async () => {
    const { rows } = await runBytes(["営業所屋号名称,営業所所在地,業種,種目,許可始期,許可終期",
      "喫茶こもれび,東京都府中市宮町9-1-1,飲食店営業,喫茶店,2021/6/1,2027/5/31"].join("\n"), "132063_food_business.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.business_form, r.record.permit_start_date, r.record.permit_expiry_date]))
      .toEqual([[true, "喫茶こもれび", "喫茶店", "2021-06-01", "2027-05-31"]]);
  });
});

describe("MHLW's 医療情報ネット facility file (正式名称, 英語表記（ローマ字表記）, 所在地座標（緯度）, 案内用ホームページアドレス)", () => {
  it("reads the name, English name, point and page (before: no name, every row invalid, the point and page in extra)", async () => {
    const { rows } = await runBytes(["ID,正式名称,正式名称（フリガナ）,略称,英語表記（ローマ字表記）,機関区分,都道府県コード,市区町村コード,所在地,"
      + "所在地座標（緯度）,所在地座標（経度）,案内用ホームページアドレス",
    "1311010000099,医療法人社団さくら会　さくら通り病院,イリョウホウジンシャダンサクラカイ　サクラドオリビョウイン,さくら通り病院,Sakuradori Hospital,1,13,101,"
      + "東京都千代田区神田錦町9-9,35.6912,139.7640,https://example.jp/sakura"].join("\n"), "hospital_facility_info.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.name_en, r.record.latitude, r.record.longitude, r.record.url, r.record.local_government_code,
      r.record.facility_kind])).toEqual([[true, "医療法人社団さくら会　さくら通り病院", "Sakuradori Hospital", 35.6912, 139.764, "https://example.jp/sakura",
      "131016", "病院"]]);
  });
});

describe("a nursery list's WebサイトURL", () => {
  it("is the URL (before: kept in extra)", async () => {
    const { rows } = await runBytes(["保育園名,所在地,WebサイトURL", "しばうら保育園,港区芝浦9-1-1,https://example.jp/shibaura"].join("\n"), "131032_preschool.csv");
    expect(rows.map((r) => r.record.url)).toEqual(["https://example.jp/shibaura"]);
  });
});

describe("WAM's 障害福祉サービス等情報公表 file: 利用可能な時間帯（平日） … （祝日） beside 定休日", () => {
  it("keeps each day's hours in 利用可能曜日特記事項 after its header (before: only in extra)", async () => {
    const { rows } = await runBytes(["サービス種別,事業所の名称,事業所番号,事業所住所（市区町村）,事業所住所（番地以降）,事業所電話番号,利用可能な時間帯（平日）,利用可能な時間帯（土曜）,"
      + "利用可能な時間帯（日曜）,利用可能な時間帯（祝日）,定休日,利用可能曜日特記事項（留意事項）",
    "生活介護,こもれび作業所,1311500091,東京都文京区,本郷9-9-9,03-3811-9999,09:00～17:00,09:00～12:00,,,日祝,年末年始休み"].join("\n"), "131059_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.availability_remarks])).toEqual([[true,
      "年末年始休み / 利用可能な時間帯（平日）：09:00～17:00 / 利用可能な時間帯（土曜）：09:00～12:00 / 定休日：日祝"]]);
  });
});

describe("医療情報ネット's 機関区分 (1 病院, 2 診療所, 3 歯科診療所)", () => {
  it("reads the codes as the kinds, a 診療所 then by its beds, said once (before: in extra, no kind for a clinic, the row invalid)", async () => {
    const { rows, report } = await runBytes(["正式名称,機関区分,所在地,病床数",
      "さくら通り病院,1,東京都千代田区神田錦町9-9,120",
      "かえで内科クリニック,2,東京都千代田区神田錦町9-8,0",
      "もみじ歯科,3,東京都千代田区神田錦町9-7,0",
      "けやき医院,2,東京都千代田区神田錦町9-6,"].join("\n"), "131016_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.facility_kind])).toEqual([[true, "病院"], [true, "無床診療所"], [true, "無床診療所"], [true, "診療所"]]);
    expect(tuples(report, "codes_from_legend", "value_by_count", "value_by_count_noted", "value_needs_count", "not_in_vocabulary")).toEqual([
      [null, "facility_kind", "codes_from_legend"], [2, "facility_kind", "value_by_count"], [3, "facility_kind", "value_by_count_noted"],
      [4, "facility_kind", "value_needs_count"]]);
    expect(report.issues.find((i) => i.code === "value_needs_count")?.value).toBe("診療所");
    expect(report.issues.find((i) => i.code === "codes_from_legend")?.message_en).toContain("1=病院、2=診療所、3=歯科診療所");
  });
});

describe("a 厚生局 register's departments by their 略称 (内;外;耳い;整外, as 北海道's hospital list publishes them)", () => {
  it("are the departments they stand for, said (before: 内, 外 … published, which a filter on 内科 misses)", async () => {
    const { rows, report } = await runBytes(["名称,所在地,医療機関の種類,診療科目",
      "みなみ総合病院,東京都千代田区神田錦町9-5,病院,内;外;耳い;整外;ひ;歯外",
      "きた医院,東京都千代田区神田錦町9-4,病院,内科 小 皮",
      "ひがし病院,東京都千代田区神田錦町9-3,病院,糖尿病・代謝内科;内科"].join("\n"), "131016_hospital.csv");
    expect(rows.map((r) => r.record.departments)).toEqual([["内科", "外科", "耳鼻いんこう科", "整形外科", "泌尿器科", "歯科口腔外科"],
      ["内科", "小児科", "皮膚科"], ["糖尿病・代謝内科", "内科"]]);
    expect(tuples(report, "list_item_respelled")).toEqual([[1, "departments", "list_item_respelled"], [2, "departments", "list_item_respelled"]]);
  });
});

describe("札幌市's 医療機関一覧: departments by its own 略称 (整, 形, 泌, 耳) and the newer 内科 / 外科 by theirs (消内, 循内, 消外, 乳外)", () => {
  it("are the departments they stand for, said (before: published as 消内, 整 …, which a filter on 消化器内科 or 整形外科 misses)", async () => {
    const { rows, report } = await runBytes(["名称,住所,医療機関の種類,診療科目,病床数",
      "さくら記念病院,北海道札幌市中央区北1条西1丁目1,病院,内;循内;消内;整;形;泌;耳;リハ,82",
      "みなみ病院,北海道札幌市中央区南1条西1丁目1,病院,消外;乳外;腫内;救;病;気;心,120",
      "きた病院,北海道札幌市北区北1条西1丁目1,病院,内;「糖尿病・内分泌内科」;「血液・腫瘍内科」,50"].join("\n"), "011002_hospital.csv");
    expect(rows.map((r) => r.record.departments)).toEqual([
      ["内科", "循環器内科", "消化器内科", "整形外科", "形成外科", "泌尿器科", "耳鼻いんこう科", "リハビリテーション科"],
      ["消化器外科", "乳腺外科", "腫瘍内科", "救急科", "病理診断科", "気管食道科", "心"],
      // the corner brackets that keep a department whole where ・ parts others are no part of its name
      ["内科", "糖尿病・内分泌内科", "血液・腫瘍内科"]]);
    expect(tuples(report, "list_item_respelled")).toEqual([[1, "departments", "list_item_respelled"], [2, "departments", "list_item_respelled"],
      [3, "departments", "list_item_respelled"]]);
  });
});

// 高松市's LinkData table of medical institutions heads its columns in its schema's English (before: the departments, the
// kind, the 開設者 and the after-hours service all left in extra, the kind then guessed from the beds)
describe("高松市's LinkData hospital table: medicalSubjects, alternativeName, establisher, overtimeResponse, medicalCode", () => {
  it("are 診療科目, 医療機関の種類 (by its values), 法人の名称, 時間外における対応 and 医療機関コード", async () => {
    const { rows, report } = await runBytes(["\"#property\",\"latitude\",\"longitude\",\"address\",\"alternativeName\",\"name\",\"establisher\",\"telephoneNumber\",\"medicalCode\",\"medicalSubjects\",\"numberOfBeds\",\"overtimeResponse\",\"prefCode\"",
      "\"jp.example.Hospital.1\",\"34.30\",\"134.03\",\"香川県高松市田村町1-1\",\"病院\",\"さくら総合病院\",\"医療法人社団さくら会\",\"087-000-0001\",\"0110012\",\"内科、整形外科、リハビリ科\",\"18\",\"救急外来あり\",\"372013\"",
      "\"jp.example.Hospital.2\",\"34.31\",\"134.04\",\"香川県高松市田村町1-2\",\"有床診療所\",\"みどり内科医院\",\"医療法人社団みどり会\",\"087-000-0002\",,\"内科\",\"19\",,\"372013\""].join("\n"), "372013_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.record.organization_name, r.record.departments, r.record.after_hours, r.record.medical_institution_code, r.extra])).toEqual([
      ["病院", "医療法人社団さくら会", ["内科", "整形外科", "リハビリテーション科"], "救急外来あり", "0110012", { "#property": "jp.example.Hospital.1" }],
      ["有床診療所", "医療法人社団みどり会", ["内科"], null, null, { "#property": "jp.example.Hospital.2" }]]);
    expect(report.issues.filter((i) => i.code === "unknown_header").map((i) => i.field)).toEqual(["#property"]);
  });

  it("its clinic table (a file named clinic) is a hospital list, availableDate its 診療曜日 and availableDateNote its 診療日時特記事項", async () => {
    const { rows, report } = await runBytes(["#property,latitude,longitude,name,address,telephoneNumber,availableDate,availableDateNote",
      "1,34.39,134.05,みなと診療所,高松市女木町1,087-000-0003,月火木金,土日祝・年末年始（12月29日～1月3日）休診"].join("\n"), "372013_clinic.csv");
    expect(report.dataset).toBe("hospital");
    expect(rows.map((r) => [r.record.available_days, r.record.availability_remarks])).toEqual([["月火木金", "土日祝・年末年始（12月29日～1月3日）休診"]]);
    expect(report.issues.filter((i) => i.code === "fuzzy_header")).toEqual([]);
  });
});

// 札幌市's 食品営業許可施設一覧 (区名, 許可番号, 許可年月日, 申請者名, 屋号, 施設所在地, 業種区分名): before, no 営業の種類
// column (every row invalid) and the 営業者 in extra
describe("札幌市's food permit list: 業種区分名 and 申請者名", () => {
  it("are 営業の種類 and the 営業者 (a corporation's name published, a person's not)", async () => {
    const { rows } = await runBytes(["区名,許可番号,許可年月日,申請者名,屋号,施設所在地,業種区分名",
      "中央区,第1号,令和5年4月1日,株式会社さくら,さくら食堂,札幌市中央区南3条西4丁目1,飲食店営業",
      "北区,第3号,2023/04/05,山田花子,あおば菓子店,札幌市北区北7条西5丁目3,菓子製造業"].join("\n"), "011002_eigyokyoka.csv");
    expect(rows.map((r) => [r.record.name, r.record.business_type, r.record.organization_name, r.record.permit_date, r.valid, r.extra])).toEqual([
      ["さくら食堂", "飲食店営業", "株式会社さくら", "2023-04-01", true, { 区名: "中央区" }],
      ["あおば菓子店", "菓子製造業", null, "2023-04-05", true, { 区名: "北区", 申請者名: "山田花子" }]]);
  });
});

describe("MHLW's 介護サービス情報公表 file: 定員 0 for a service with no capacity (居宅介護支援, 訪問介護)", () => {
  it("is no capacity, left empty and warned (before: published as a capacity of 0); other counts read as before", async () => {
    const { rows, report } = await runBytes(["事業所名,サービスの種類,住所,電話番号,事業所番号,定員",
      "こもれび居宅介護支援,居宅介護支援,東京都千代田区一番町9-1,03-3333-9001,1370100991,0",
      "こもれびデイ,通所介護,東京都千代田区一番町9-2,03-3333-9002,1370100992,30",
      "こもれびヘルパー,訪問介護,東京都千代田区一番町9-3,03-3333-9003,1370100993,"].join("\n"), "131016_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.capacity, r.record.remarks])).toEqual([[true, null, null], [true, 30, null], [true, null, null]]);
    expect(tuples(report, "zero_capacity_as_none", "zero_as_none")).toEqual([[1, "capacity", "zero_capacity_as_none"]]);
  });
});
