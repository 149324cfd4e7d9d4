// same-as-beside.ts: 同左 / 同右 take the value of the column beside when the two columns are of one kind (the weekend's
// hours beside the weekdays'), said as same_as_beside; beside a column of another kind they are kept as written and
// warned (same_as_beside_kept); FAX番号 同左 is still the record's repair's (Column.sameAs).
import { describe, expect, it } from "vitest";
import { sameKindColumns } from "../../../pipelines/same-as-beside.ts";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,電話番号,FAX番号,利用時間（平日）,利用時間（土日祝）,開始時間,終了時間";
const run = (...rows: string[]) => runBytes([HEADER, ...rows].join("\n"), "131091_public_facility.csv");
const PLACE = "131091,1,品川区民会館,東京都品川区北品川1-1-1,35.61,139.73,03-1111-2222";

describe("sameKindColumns", () => {
  it("headers the same but for the days or a bracketed part are of one kind; a start and an end, or one header twice, are not", () => {
    const headers = ["利用時間（平日）", "利用時間（土日祝）", "開館時間_平日", "開館時間_土日", "開始時間", "終了時間", "備考", "備考"];
    expect([[0, 1], [2, 3], [4, 5], [1, 2], [6, 7]].map(([a, b]) => sameKindColumns(headers, a, b))).toEqual([true, true, false, false, false]);
  });
});

describe("同左 / 同右", () => {
  it("take the value of the column beside of one kind, after a 同上 there is filled, each said with the value taken", async () => {
    const r = await run(`${PLACE},,9:00～22:00,同左,,`, `131091,2,大井会館,東京都品川区大井1-1-1,35.60,139.73,03-1111-3333,,右に同じ,9:00～17:00,,`,
      `131091,3,八潮会館,東京都品川区八潮1-1-1,35.60,139.75,03-1111-4444,,同上,同左,,`);
    expect(r.rows.map((row) => row.extra)).toEqual([
      { "利用時間（平日）": "9:00～22:00", "利用時間（土日祝）": "9:00～22:00" },
      { "利用時間（平日）": "9:00～17:00", "利用時間（土日祝）": "9:00～17:00" },
      { "利用時間（平日）": "9:00～17:00", "利用時間（土日祝）": "9:00～17:00" },
    ]);
    expect(r.rows[0].record.availability_remarks).toBe("利用時間（平日）：9:00～22:00 / 利用時間（土日祝）：9:00～22:00");
    expect(r.report.issues.filter((i) => i.code === "same_as_beside").map((i) => [i.row, i.field, i.value])).toEqual([
      [1, "利用時間（土日祝）", "同左 → 9:00～22:00"], [2, "利用時間（平日）", "右に同じ → 9:00～17:00"], [3, "利用時間（土日祝）", "同左 → 9:00～17:00"]]);
    expect(tuples(r.report, "same_as_beside_kept")).toEqual([]);
  });

  it("beside a column of another kind (終了時間 beside 開始時間) or a blank one: kept as written and warned, naming the column beside", async () => {
    const r = await run(`${PLACE},,9:00～22:00,,9:00,同左`, `${PLACE.replace(",1,", ",2,")},,同左,,,`);
    const kept = r.report.issues.filter((i) => i.code === "same_as_beside_kept");
    expect(kept.map((i) => [i.row, i.field, i.value, i.detail, i.severity])).toEqual([
      [1, "end_time", "同左", "開始時間", "warning"], [2, "利用時間（平日）", "同左", "FAX番号", "warning"]]);
    expect(r.rows[0].record.end_time).toBeNull();
    expect(r.rows[1].extra["利用時間（平日）"]).toBe("同左");
  });

  it("FAX番号 同左 is the phone number, as before, said once", async () => {
    const r = await runBytes([HEADER.replace(/,開始時間,終了時間$/, ""), `${PLACE.replace("品川区民会館", "品川保育園")},同左,7:00～19:00,同左`].join("\n"), "131091_preschool.csv");
    expect(r.rows[0].record.fax_number).toBe("03-1111-2222");
    expect(tuples(r.report, "same_as_beside", "same_as_beside_kept")).toEqual([[1, "利用時間（土日祝）", "same_as_beside"], [1, "fax_number", "same_as_beside"]]);
  });
});
