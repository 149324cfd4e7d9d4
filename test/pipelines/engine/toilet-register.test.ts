// 東京都福祉局's register of accessible toilets (だれでもトイレ / 車椅子使用者対応トイレ), read as a public toilet list: one
// row per toilet, under its facility (施設名 | トイレ名 | 設置フロア), ○ / × for each piece of equipment asked as a
// question, hours per day, and the dates the row was made, changed and deleted. Crafted rows (invented facilities and
// places) under the register's header as published; the file is Shift_JIS, as the register is.
import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { runBytes, tuples } from "./helpers.ts";

const DAYS = ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日", "祝日", "その他"];
const SEASON = "季節によって利用可能が異なる場合の期間";
const HEADER = ["管理者種別番号", "部局番号", "施設種別番号", "施設通し番号", "施設内トイレ通し番号", "施設名", "都道府県", "市区町村・番地",
  "ビル建物名", "トイレ名", "設置フロア", "経度", "緯度", "座標系", "性別の分け", "トイレへの誘導路として点字ブロックを敷設している",
  "トイレの位置等を音声で案内している", "戸の形式", "車椅子が出入りできる（出入口の有効幅員80cm以上）", "車椅子が転回できる（直径150cm以上の円が内接できる）",
  "便座に背もたれがある", "便座に手すりがある", "オストメイト用設備がある", "オストメイト用設備が温水対応している", "大型ベッドを備えている",
  "乳幼児用おむつ交換台等を備えている", "乳幼児用椅子を備えている", "非常用呼び出しボタンを設置している", "利用できる時間は、通年変わらない",
  ...DAYS, SEASON, ...DAYS.map((d) => `${d}2`), SEASON, ...DAYS.map((d) => `${d}3`), SEASON,
  "写真データ（トイレの入り口）", "写真データ（トイレ内）", "写真データ（トイレ内（別角度））", "備考", "データの作成年月 ", " データの変更年月", " データの削除年月"];

/** One toilet: its facility, place, equipment (○ / × for 車椅子が出入りできる, オストメイト, おむつ交換台, 乳幼児用椅子) and
 *  the row's 備考 and deletion month. */
function toilet(no: string, facility: string, address: string, building: string, name: string, floor: string,
  marks: { wheelchair: string; ostomate: string; table: string; chair: string }, remarks = "", deleted = ""): string {
  const { wheelchair, ostomate, table, chair } = marks;
  const cells = ["13000", "6", "1", no, "1", facility, "東京都", address, building, name, floor, "139.751234", "35.694321", "JGD2011", "共用", "×", "×",
    "C.手動引き戸", wheelchair, "○", "×", "○", ostomate, "×", "×", table, chair, "○", "○", ...Array(7).fill("0830_2200"), "", "", "",
    ...Array(20).fill(""), "", "", "", remarks, "201901", "", deleted];
  return cells.join(",");
}

const REGISTER = [HEADER.join(","),
  toilet("1", "架空区民会館", "千代田区九段南一丁目2番1号", "架空区民会館", "車椅子使用者対応トイレ", "1F", { wheelchair: "○", ostomate: "○", table: "○", chair: "×" }),
  toilet("2", "架空中央公園", "千代田区神田駿河台四丁目9番", "", "公園トイレ", "", { wheelchair: "○", ostomate: "×", table: "×", chair: "×" }),
  toilet("3", "架空旧庁舎", "千代田区一ツ橋二丁目1番", "架空旧庁舎", "多機能トイレ", "B1F", { wheelchair: "○", ostomate: "×", table: "×", chair: "○" }, "", "202403"),
  toilet("4", "架空図書館", "千代田区一ツ橋二丁目3番", "", "だれでもトイレ", "2F", { wheelchair: "×", ostomate: "×", table: "×", chair: "×" }, "", "-"),
].join("\r\n") + "\r\n";

describe("東京都福祉局's register of accessible toilets as a public toilet list", () => {
  it("names each toilet's place by its toilet name and floor, and reads its facility, address and equipment", async () => {
    const { rows, report } = await runBytes(encodeCp932(REGISTER), "130001_public_toilet.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.name, r.record.installation_position, r.record.full_address, r.record.building_name,
      r.record.latitude, r.record.longitude])).toEqual([
      [1, true, "架空区民会館", "車椅子使用者対応トイレ / 設置フロア：1F", "東京都千代田区九段南一丁目2番1号", "架空区民会館", 35.694321, 139.751234],
      [2, true, "架空中央公園", "公園トイレ", "東京都千代田区神田駿河台四丁目9番", null, 35.694321, 139.751234],
      [4, true, "架空図書館", "だれでもトイレ / 設置フロア：2F", "東京都千代田区一ツ橋二丁目3番", null, 35.694321, 139.751234]]);
    // the changing table or the baby chair is the standard's baby facility
    expect(rows.map((r) => [r.record.wheelchair_toilet, r.record.ostomate_toilet, r.record.baby_care_toilet])).toEqual([
      [true, true, true], [true, false, false], [false, false, false]]);
    // what the standard has no column for stays under the register's own headers
    expect([rows[0].extra["設置フロア"], rows[0].extra["戸の形式"], rows[0].extra["月曜日"], rows[0].extra["大型ベッドを備えている"]])
      .toEqual(["1F", "C.手動引き戸", "0830_2200", "×"]);
    expect(report.issues.map((i) => i.code)).not.toContain("missing_column");
    expect(tuples(report, "column_labelled", "flag_columns_joined")).toEqual([
      [null, "baby_care_toilet", "flag_columns_joined"], [null, "installation_position", "column_labelled"]]);
  });

  it("does not publish a row deleted from the register (データの削除年月 filled), and names it; a dash there deletes nothing", async () => {
    const { rows, report } = await runBytes(encodeCp932(REGISTER), "130001_public_toilet.csv");
    expect(rows.map((r) => r.record.name)).not.toContain("架空旧庁舎");
    const deleted = report.issues.filter((i) => i.code === "deleted_row");
    expect(deleted.map((i) => [i.row, i.field, i.detail, i.severity])).toEqual([[3, "データの削除年月", "202403", "warning"]]);
    expect(deleted[0].value).toContain("架空旧庁舎");
    expect(deleted[0].message_ja).toContain("「データの削除年月」が「202403」の行");
    expect(deleted[0].message_ja).toContain("公開しませんでした");
    expect(deleted[0].message_en).toContain("not published as a current place");
    expect(report.rows).toBe(3);
  });

  it("reads a deletion date of another list the same way (削除日), and a list without one as before", async () => {
    const csv = "名称,所在地,設置位置,削除日\n架空公園トイレ,東京都千代田区九段南1-2-1,公園北側,\n架空駅前トイレ,東京都千代田区九段南1-2-2,駅前広場,令和6年3月31日\n";
    const { rows, report } = await runBytes(csv, "131016_public_toilet.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["架空公園トイレ"]);
    expect(tuples(report, "deleted_row")).toEqual([[2, "削除日", "deleted_row"]]);
    const plain = await runBytes(csv.replace("削除日", "変更日"), "131016_public_toilet.csv");
    expect(plain.rows.map((r) => r.record.name)).toEqual(["架空公園トイレ", "架空駅前トイレ"]);
  });

  it("reads every placeholder in a deletion column as not deleted (−, --, N/A, なし), as any other column reads it", async () => {
    const cells = ["−", "--", "N/A", "ーー", "なし", "null"];
    const csv = "名称,所在地,設置位置,データの削除年月\n" +
      cells.map((cell, i) => `架空トイレ${i + 1},東京都千代田区九段南1-2-${i + 1},公園北側,${cell}`).join("\n") +
      "\n架空旧トイレ,東京都千代田区九段南1-3-1,駅前広場,2024年3月\n";
    const { rows, report } = await runBytes(csv, "131016_public_toilet.csv");
    expect(rows.map((r) => r.record.name)).toEqual(cells.map((_, i) => `架空トイレ${i + 1}`));
    expect(tuples(report, "deleted_row")).toEqual([[7, "データの削除年月", "deleted_row"]]);
  });

  it("names a station's toilets by the station (鉄道駅名), as the register of railway stations does", async () => {
    const csv = "鉄道会社名,鉄道駅名,市区町村・番地,トイレ名,設置フロア,経度,緯度\n架空鉄道,架空中央駅,千代田区九段南一丁目5番1号,改札内多機能トイレ,B1F,139.75,35.69\n";
    const { rows } = await runBytes(csv, "130001_public_toilet.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.installation_position, r.extra["鉄道会社名"]])).toEqual([
      [true, "架空中央駅", "改札内多機能トイレ / 設置フロア：B1F", "架空鉄道"]]);
  });
});

/** A register row with each day's hours (月曜日 … 祝日), its その他, and a second season's days and period (月曜日2 … and
 *  the 季節… column before them), the rest as `toilet` writes it. */
function withHours(no: string, facility: string, days: readonly string[], other = "", season?: { period: string; days: readonly string[] }): string {
  const cells = toilet(no, facility, "千代田区九段南一丁目2番1号", "", "多機能トイレ", "1F", { wheelchair: "○", ostomate: "○", table: "○", chair: "×" }).split(",");
  const at = HEADER.indexOf("月曜日");
  cells.splice(at, DAYS.length, ...days, other);
  if (season !== undefined) {
    cells[at + DAYS.length] = season.period;
    cells.splice(HEADER.indexOf("月曜日2"), DAYS.length - 1, ...season.days);
  }
  return cells.join(",");
}

const week = (hours: string) => Array(8).fill(hours);
const HOURS = [HEADER.join(","),
  withHours("1", "架空区民会館", week("0830_2200")),
  withHours("2", "架空合同庁舎", ["0830_1700", "0830_1700", "0830_1700", "0830_1700", "0830_1700", "", "", ""]),
  withHours("3", "架空図書館", ["0900_2000", "0900_2000", "0900_2000", "0900_2000", "0900_2000", "０９００＿１７００", "0900_1700", "0900_1700"], "年末年始は休館"),
  withHours("4", "架空公園", week("終日_終日")),
  withHours("5", "架空消防署", week("0000_2400")),
  withHours("6", "架空区役所", week(""), "", { period: "1月4日～12月28日", days: [...Array(5).fill("0800_2200"), "0800_1900", "0900_1700", "0900_1700"] }),
  withHours("7", "架空倉庫", week("")),
].join("\r\n") + "\r\n";

describe("the register's hours of each day (月曜日 … 祝日 `0830_2200`) as the start and end every open day shares", () => {
  it("reads the times every open day has; days closed, times that differ and a season's go into 利用可能時間特記事項 (before: all in extra, no hours)", async () => {
    const { rows, report } = await runBytes(encodeCp932(HOURS), "130001_public_toilet.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      [1, true, "08:30", "22:00", null],
      [2, true, "08:30", "17:00", "月火水木金：08:30～17:00 / 土日祝：休み"],
      [3, true, "09:00", null, "月火水木金：09:00～20:00 / 土日祝：09:00～17:00 / その他：年末年始は休館"],
      [4, true, "00:00", "23:59", null],
      [5, true, "00:00", "23:59", null],
      [6, true, null, null, "【1月4日～12月28日】月火水木金：08:00～22:00、土：08:00～19:00、日祝：09:00～17:00"],
      [7, true, null, null, null]]);
    // the day columns stay in extra as written
    expect([rows[2].extra["土曜日"], rows[5].extra["月曜日2"]]).toEqual(["０９００＿１７００", "0800_2200"]);
    // they are read, so no unknown column
    const unknown = report.issues.filter((i) => i.code === "unknown_header").map((i) => i.field);
    expect(unknown).not.toContain("月曜日");
    expect(unknown).not.toContain("祝日3");
    expect(unknown).not.toContain("その他");
  });

  it("warns where a time differs by day, naming each day's hours, and says once where the times came from", async () => {
    const { report } = await runBytes(encodeCp932(HOURS), "130001_public_toilet.csv");
    expect(tuples(report, "hours_differ_by_day", "hours_from_day_columns")).toEqual([
      [null, "availability_remarks", "hours_from_day_columns"],
      [3, "end_time", "hours_differ_by_day"], [6, "start_time", "hours_differ_by_day"], [6, "end_time", "hours_differ_by_day"]]);
    const differ = report.issues.find((i) => i.code === "hours_differ_by_day" && i.row === 3);
    expect([differ?.severity, differ?.value]).toEqual(["warning", "月火水木金：09:00～20:00 / 土日祝：09:00～17:00"]);
    expect(differ?.message_ja).toContain("曜日によって「利用終了時間」が違います");
    expect(differ?.message_ja).toContain("「利用可能時間特記事項」に入れています");
    expect(differ?.message_en).toContain("left empty");
    const from = report.issues.find((i) => i.code === "hours_from_day_columns");
    expect(from?.value).toBe("月曜日、火曜日、水曜日、木曜日、金曜日、土曜日、日曜日、祝日、その他、季節によって利用可能が異なる場合の期間、…");
    expect(from?.message_ja).toContain("「利用開始時間」「利用終了時間」に入れました");
  });

  it("beside the file's own remarks column, adds after it; a start or end column of the file's own leaves the days alone", async () => {
    const csv = "名称,所在地,設置位置,月曜日,火曜日,水曜日,木曜日,金曜日,土曜日,日曜日,利用可能時間特記事項\n"
      + "架空公園トイレ,東京都千代田区九段南1-2-1,公園北側,0900_1700,0900_1700,0900_1700,0900_1700,0900_1700,,,清掃時は利用不可\n";
    const { rows } = await runBytes(csv, "131016_public_toilet.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["09:00", "17:00", "清掃時は利用不可 / 月火水木金：09:00～17:00 / 土日：休み"]]);
    const own = await runBytes(csv.replace("設置位置,", "設置位置,開始時間,").replace("公園北側,", "公園北側,08:00,"), "131016_public_toilet.csv");
    expect(own.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([["08:00", null, "清掃時は利用不可"]]);
  });
});

describe("the register's days closed, holidays not filled in, and seasons", () => {
  /** A row with its groups of days (月曜日 … 祝日, then 月曜日2 … 祝日2), each with the period written after it. */
  function seasons(no: string, groups: ReadonlyArray<{ days: readonly string[]; period: string }>): string {
    const cells = toilet(no, "架空庭園", "千代田区九段南一丁目2番1号", "", "多機能トイレ", "1F", { wheelchair: "○", ostomate: "○", table: "○", chair: "×" }).split(",");
    groups.forEach(({ days, period }, k) => {
      const at = HEADER.indexOf(`月曜日${k === 0 ? "" : k + 1}`);
      cells.splice(at, days.length, ...days);
      cells[at + DAYS.length] = period;
    });
    return cells.join(",");
  }
  const weekdays = (hours: string, weekend: string[]) => [...Array(5).fill(hours), ...weekend];

  it("says a blank day beside open ones closed, and a blank 祝日 beside every other day open not known (before: not said)", async () => {
    const csv = [HEADER.join(","),
      seasons("1", [{ days: [...Array(7).fill("0830_2200"), ""], period: "" }]),
      seasons("2", [{ days: weekdays("0900_2000", ["0900＿1700", "", ""]), period: "" }]),
      seasons("3", [{ days: weekdays("0900_1700", ["0900_1700", "×", ""]), period: "" }])].join("\r\n") + "\r\n";
    const { rows, report } = await runBytes(encodeCp932(csv), "130001_public_toilet.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["08:30", "22:00", "月火水木金土日：08:30～22:00 / 祝：記載なし"],
      ["09:00", null, "月火水木金：09:00～20:00 / 土：09:00～17:00 / 日祝：休み"],
      ["09:00", "17:00", "月火水木金土：09:00～17:00 / 日祝：休み"]]);
    expect(tuples(report, "hours_differ_by_day")).toEqual([[2, "end_time", "hours_differ_by_day"]]);
  });

  it("labels each group's days with the period written after it (before: the periods in file order, apart from their days)", async () => {
    const csv = [HEADER.join(","),
      seasons("1", [{ days: weekdays("0900_1800", ["", "", ""]), period: "4月1日～9月30日" }, { days: weekdays("0900_1700", ["", "", ""]), period: "10月1日～3月31日" }]),
      // a period after a group left blank, before a group with none of its own, is that group's (as row 6 above)
      seasons("2", [{ days: Array(8).fill(""), period: "7月1日～8月31日" }, { days: Array(8).fill("0600_2100"), period: "" }])].join("\r\n") + "\r\n";
    const { rows } = await runBytes(encodeCp932(csv), "130001_public_toilet.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["09:00", null, "【4月1日～9月30日】月火水木金：09:00～18:00、土日祝：休み / 【10月1日～3月31日】月火水木金：09:00～17:00、土日祝：休み"],
      ["06:00", "21:00", "季節によって利用可能が異なる場合の期間：7月1日～8月31日"]]);
  });
});

describe("columns of each day's hours in a list with a days column (利用可能曜日 marked by them)", () => {
  it("gives the start and end every open day shares; the days and each day's hours are the marked list's, その他 left unread", async () => {
    const csv = "名称,所在地,月曜日,火曜日,水曜日,木曜日,金曜日,土曜日,その他\n"
      + "架空区民センター,江東区大島4-5-1,9:00～21:00,9:00～21:00,9:00～21:00,9:00～21:00,9:00～21:00,9:00～17:00,第2日曜休館\n";
    const { rows, report } = await runBytes(csv, "131083_public_facility.csv");
    expect(rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金土", "09:00", null, "月曜日：9:00～21:00 / 火曜日：9:00～21:00 / 水曜日：9:00～21:00 / 木曜日：9:00～21:00 / 金曜日：9:00～21:00 / 土曜日：9:00～17:00"]]);
    expect(tuples(report, "hours_differ_by_day", "unknown_header")).toEqual([[null, "その他", "unknown_header"], [1, "end_time", "hours_differ_by_day"]]);
    expect(report.issues.find((i) => i.code === "hours_from_day_columns")?.value).toBe("月曜日、火曜日、水曜日、木曜日、金曜日、土曜日");
  });
});

describe("the register under its own file name (3_koukyoshisetsu_barieer_free_wc.csv) told by its header", () => {
  it("reads its toilet's own columns (トイレ名, 車椅子, オストメイト, おむつ交換台) as a toilet list, though they are few of its 66 (before: unknown_dataset, --dataset needed)", async () => {
    const named = await runBytes(encodeCp932(REGISTER), "130001_public_toilet.csv");
    // 東京都's register, told so (its rows, all in one ward here, would name that ward the publisher)
    const { rows, report } = await runBytes(encodeCp932(REGISTER), "3_koukyoshisetsu_barieer_free_wc.csv", { municipality: "130001" });
    expect([report.dataset, report.detection?.by, report.detection?.detail]).toEqual(["public_toilet", "header", "10/66 columns; next public_facility 6"]);
    expect(rows.map((r) => r.record)).toEqual(named.rows.map((r) => r.record));
    expect(report.issues.map((i) => i.code)).not.toContain("unknown_dataset");
  });

  it("the railway stations' register too; a wide table with two such columns stays unknown, as before", async () => {
    const station = "鉄道会社名,鉄道駅名,市区町村・番地,トイレ名,設置フロア,経度,緯度,"
      + HEADER.slice(HEADER.indexOf("性別の分け")).join(",");
    const cells = station.split(",").length;
    const row = ["架空鉄道", "架空中央駅", "千代田区九段南一丁目5番1号", "改札内多機能トイレ", "B1F", "139.75", "35.69", ...Array(cells - 7).fill("")].join(",");
    const { rows, report } = await runBytes(`${station}\n${row}\n`, "4_tonaitetsudoueki_barrier-free-wc.csv");
    expect([report.dataset, rows[0]?.record.name]).toEqual(["public_toilet", "架空中央駅"]);
    // 車椅子 and オストメイト beside thirty columns no list reads: too little to tell a list by
    const wide = ["名称", "所在地", "車椅子対応トイレ", "オストメイト", ...Array.from({ length: 30 }, (_, i) => `調査項目${i + 1}`)];
    const unknown = await runBytes(`${wide.join(",")}\n${["架空会館", "東京都千代田区九段南1-2-1", "○", "○", ...Array(30).fill("")].join(",")}\n`, "chosa.csv");
    expect(unknown.report.dataset).toBeNull();
    expect(unknown.report.issues.map((i) => i.code)).toContain("unknown_dataset");
  });
});
