// A list with its own status column (Tokyo's hospital lists carry 状況 or 現存・休止): a row whose status says the place
// is closed (休止, 廃止) is no current place, so it is not published, warned with its status; a partial or planned
// state (一部休止, 廃止予定) and any other value leave the row as it is. Also from the same real layout (a prefecture's
// hospital list, MHLW-style header): 市町村 is the city column, and a prefecture's own list keeps its own name.
import { describe, expect, it } from "vitest";
import { closedStatusInName, isClosedStatus } from "../../../pipelines/state-words.ts";
import { runBytes } from "./helpers.ts";

describe("isClosedStatus", () => {
  it.each(["休止", "廃止", "休止中", "廃止済み", "閉院", "廃業", " 休 止 ", "閉院済み"])("%s: closed", (s) => expect(isClosedStatus(s)).toBe(true));
  it.each(["現存", "開設", "", "一部休止", "廃止予定", "休止予定", "休診日あり", "稼働中", "閉鎖", "移転", "移転済み"])("%s: not closed", (s) => expect(isClosedStatus(s)).toBe(false));
});

const header = "都道府県コード又は市区町村コード,No,都道府県名,市町村,名称,医療機関の種類,所在地,緯度,経度,電話番号,診療科目,病床数,状況\n";
const row = (no: number, status: string) =>
  `130001,${no},東京都,新宿区,病院${no},病院,新宿区西新宿2-8-${no},35.69,139.69,03-5320-${1000 + no},内;外,100,${status}`;

describe("a hospital list with a status column", () => {
  const statuses = ["現存", "休止", "廃止", "一部休止", "廃止予定", ""];
  const csv = header + statuses.map((s, i) => row(i + 1, s)).join("\n") + "\n";

  it("publishes no record of a closed place and tells the officer which row and status", async () => {
    const { report, rows } = await runBytes(csv, "130001_hospital.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["病院1", "病院4", "病院5", "病院6"]);
    expect(rows.map((r) => r.extra["状況"])).toEqual(["現存", "一部休止", "廃止予定", undefined]);
    const closed = report.issues.filter((i) => i.code === "closed_row");
    expect(closed.map((i) => [i.row, i.severity, i.detail])).toEqual([[2, "warning", "休止"], [3, "warning", "廃止"]]);
    expect(closed[0].value).toContain("病院2");
    expect(closed[0].message_ja).toContain("状況の列が「休止」の行");
    expect(closed[0].message_en).toContain("status column says \"休止\"");
    expect(report.rows).toBe(4);
  });

  it("reads 市町村 as the city, and names a prefecture's own list by its code, not by each row's city", async () => {
    const { rows } = await runBytes(csv, "130001_hospital.csv");
    expect(rows.map((r) => [r.record.city, r.record.local_government_name, r.record.located_local_government_code])[0])
      .toEqual(["新宿区", "東京都", "131041"]);
  });

  it("reads a file without a status column as before, whatever its cells say", async () => {
    const plain = header.replace(",状況", ",備考") + row(1, "休止").replace(/,休止$/, ",休止") + "\n";
    const { rows, report } = await runBytes(plain, "130001_hospital.csv");
    expect(rows).toHaveLength(1);
    expect(report.issues.map((i) => i.code)).not.toContain("closed_row");
  });
});

describe("a shelter list's 開設状況", () => {
  it("is how the shelter is now (開設 / 閉鎖), not whether the place is: every row stays", async () => {
    const csv = "名称,所在地_連結表記,緯度,経度,開設状況,状況\n第一小学校,東京都新宿区西新宿1-1,35.69,139.69,閉鎖,閉鎖\n第二小学校,東京都新宿区西新宿1-2,35.69,139.69,開設,開設\n";
    const { rows, report } = await runBytes(csv, "131041_evacuation_space.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["第一小学校", "第二小学校"]);
    expect(report.issues.map((i) => i.code)).not.toContain("closed_row");
  });
});

describe("a status column that says no place is closed", () => {
  it("keeps a moved place (移転): it still is, at the row's address", async () => {
    const csv = "全国地方公共団体コード,ID,名称,種別,所在地_連結表記,緯度,経度,電話番号,状況\n"
      + "131041,1,新宿ほし保育園,認可保育所,東京都新宿区西新宿2-8-5,35.69,139.69,03-1111-1115,移転\n"
      + "131041,2,新宿みどり保育園,認可保育所,東京都新宿区西新宿2-8-2,35.69,139.69,03-1111-1112,休止\n";
    const { rows, report } = await runBytes(csv, "131041_preschool.csv");
    expect(rows.map((r) => [r.record.name, r.extra["状況"]])).toEqual([["新宿ほし保育園", "移転"]]);
    expect(report.issues.filter((i) => i.code === "closed_row").map((i) => [i.row, i.detail])).toEqual([[2, "休止"]]);
  });

  it("keeps every cultural property: its 状況 is of its designation or viewing (公開休止), and it stays designated", async () => {
    const csv = "全国地方公共団体コード,ID,名称,文化財分類,種類,所在地_連結表記,緯度,経度,状況\n"
      + "131016,1,古い門,区指定,有形文化財,東京都千代田区千代田1-5,35.68,139.75,休止\n"
      + "131016,2,古民家,区登録,有形文化財,東京都千代田区千代田1-3,35.68,139.75,指定\n";
    const { rows, report } = await runBytes(csv, "131016_cultural_property.csv");
    expect(rows.map((r) => [r.record.name, r.extra["状況"]])).toEqual([["古い門", "休止"], ["古民家", "指定"]]);
    expect(report.issues.map((i) => i.code)).not.toContain("closed_row");
  });
});

describe("a register of permits' status (食品営業許可)", () => {
  it("keeps a permit whose holder pauses (休業): it is still in force; one whose business ended (廃業) is no permit now", async () => {
    const csv = "全国地方公共団体コード,ID,施設名称,営業の種類,所在地_連結表記,許可番号,許可年月日,営業状況\n"
      + "131016,1,千代田食堂,飲食店営業,東京都千代田区千代田1-1,第123号,2024-04-01,営業中\n"
      + "131016,2,千代田亭,飲食店営業,東京都千代田区千代田1-2,第124号,2024-04-01,休業中\n"
      + "131016,3,千代田屋,飲食店営業,東京都千代田区千代田1-3,第125号,2024-04-01,廃業\n";
    const { rows, report } = await runBytes(csv, "131016_food_business.csv");
    expect(rows.map((r) => [r.record.name, r.extra["営業状況"]])).toEqual([["千代田食堂", "営業中"], ["千代田亭", "休業中"]]);
    expect(report.issues.filter((i) => i.code === "closed_row").map((i) => [i.row, i.detail])).toEqual([[3, "廃業"]]);
  });
});

describe("a status column headed with the word the list calls each row's thing by (事業所の状況, 医療機関状況)", () => {
  // before: 事業所の状況 went to extra as an unknown column and its 休止 row was published as a current office
  it("is the status column: a closed office is not published, and said", async () => {
    const csv = "事業所名,サービス種類,所在地,電話番号,事業所の状況\n"
      + "金町デイ,通所介護,東京都葛飾区金町2-2-2,03-3607-2222,休止\n新小岩ショート,短期入所生活介護,東京都葛飾区新小岩4-4-4,03-3651-4444,営業中\n";
    const { rows, report } = await runBytes(csv, "131229_care_service.csv");
    expect(rows.map((r) => [r.record.name, r.extra["事業所の状況"]])).toEqual([["新小岩ショート", "営業中"]]);
    expect(report.issues.filter((i) => i.code === "closed_row").map((i) => [i.row, i.detail])).toEqual([[1, "休止"]]);
    const hospital = await runBytes("名称,医療機関の種類,所在地,医療機関状況\n葛飾病院,病院,東京都葛飾区立石1-1-1,廃止\n", "131229_hospital.csv");
    expect([hospital.rows.length, hospital.report.issues.filter((i) => i.code === "closed_row").map((i) => i.detail)]).toEqual([0, ["廃止"]]);
  });
});

describe("a name that ends with a closed status in brackets (葛飾ヘルパー（休止中）)", () => {
  it.each<[string, string | null]>([["葛飾ヘルパー（休止中）", "休止中"], ["亀有医院(廃止)", "廃止"], ["金町デイ【休止】", "休止"], ["新小岩ケア［廃止済み］", "廃止済み"],
    ["（休止中）", null], ["立石ケア（一部休止）", null], ["青戸ケア（旧青戸デイ）", null], ["堀切ケア（休止中）2号館", null], ["葛飾ケア", null]])(
    "%s → %s", (name, status) => expect(closedStatusInName(name)).toBe(status));

  // before: the row was published as a current office, 休止中 in its name, with no word
  it("is no current place: not published, said with the status its name gives; a row whose status cell is filled goes by that cell", async () => {
    const csv = "事業所名,サービス種類,所在地,電話番号,状況\n"
      + "葛飾ヘルパー（休止中）,訪問介護,東京都葛飾区立石5-13-1,03-3695-1111,\n"
      + "金町ヘルパー（休止中）,訪問介護,東京都葛飾区金町5-13-1,03-3695-2222,再開\n"
      + "亀有ケアプラン,居宅介護支援,東京都葛飾区亀有3-3-3,03-3601-3333,\n";
    const { rows, report } = await runBytes(csv, "131229_care_service.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["金町ヘルパー（休止中）", "亀有ケアプラン"]);
    const closed = report.issues.filter((i) => i.code === "closed_name_row");
    expect(closed.map((i) => [i.row, i.severity, i.detail])).toEqual([[1, "warning", "休止中"]]);
    expect(closed[0].message_ja).toContain("名称の末尾に「（休止中）」とある行");
    const noStatus = await runBytes("名称,医療機関の種類,所在地\n立石医院（廃止）,無床診療所,東京都葛飾区立石1-1-1\n立石病院,病院,東京都葛飾区立石1-1-2\n", "131229_hospital.csv");
    expect([noStatus.rows.map((r) => r.record.name), noStatus.report.issues.filter((i) => i.code === "closed_name_row").map((i) => i.detail)])
      .toEqual([["立石病院"], ["廃止"]]);
  });
});

describe("a name ending with a dated closure in brackets (高松市's 幼稚園 list: `高松市立田井幼稚園（令和2年4月1日から休園）`)", () => {
  it("is no current place once that day is past: not published, said; a closure to come or ended leaves the row", async () => {
    const text = "name,address,telephoneNumber,note\n"
      + "高松市立前田幼稚園,高松市前田東町788-1,087-847-6582,市立幼稚園\n"
      + "高松市立田井幼稚園（令和2年4月1日から休園）,高松市牟礼町牟礼1243-2,087-845-3701,市立幼稚園\n"
      + "高松市立東幼稚園（令和2年3月31日で廃止）,高松市東町1-1,087-845-3702,市立幼稚園\n"
      + "高松市立北幼稚園（令和30年4月1日から休園）,高松市北町1-1,087-845-3703,市立幼稚園\n"
      + "高松市立南幼稚園（令和2年3月まで休園）,高松市南町1-1,087-845-3704,市立幼稚園\n";
    const { rows, report } = await runBytes(text, "372013_preschool.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["高松市立前田幼稚園", "高松市立北幼稚園（令和30年4月1日から休園）", "高松市立南幼稚園（令和2年3月まで休園）"]);
    expect(report.issues.filter((i) => i.code === "closed_name_row").map((i) => [i.row, i.detail])).toEqual([
      [2, "令和2年4月1日から休園"], [3, "令和2年3月31日で廃止"]]);
  });
});
