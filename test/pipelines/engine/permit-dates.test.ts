// The dates of a food business permit as 保健所 lists write them: an expiry printed in 平成 past its end, Excel's
// one-kanji era display, and the validity period written in one cell.
import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "施設名称,施設所在地,営業者氏名,営業の種類,許可番号,許可年月日,有効期限";

describe("an expiry written in 平成 past the era's end, as certificates printed before 令和 carry it", () => {
  it("is read as its Gregorian year with an era_boundary_date warning, and the row stays valid", async () => {
    const { rows, report } = await runBytes([HEADER,
      "町屋食堂,荒川区町屋1-1-1,町屋太郎,飲食店営業,第1号,平成30年4月1日,平成35年3月31日",
      "日暮里パン,荒川区西日暮里2-2-2,日暮里製パン株式会社,菓子製造業,第2号,平成31年4月1日,平成37年3月31日",
      "南千住そば,荒川区南千住4-4-4,南千住三郎,飲食店営業,第4号,H30.6.1,H36.5.31"].join("\n"), "131181_food_business.csv");
    expect(rows.map((r) => [r.record.permit_expiry_date, r.valid])).toEqual([["2023-03-31", true], ["2025-03-31", true], ["2024-05-31", true]]);
    expect(report.issues.filter((i) => i.field === "permit_expiry_date").map((i) => [i.row, i.code, i.severity, i.value])).toEqual([
      [1, "era_boundary_date", "warning", "平成35年3月31日"], [2, "era_boundary_date", "warning", "平成37年3月31日"],
      [3, "era_boundary_date", "warning", "H36.5.31"]]);
  });
});

describe("dates in Excel's one-kanji era display (gge.m.d, gge年m月d日), saved as CSV (CP932, CRLF)", () => {
  it("are read like R6.4.1: the dates fill their columns, wareki_converted, and nothing goes to 備考", async () => {
    const csv = [HEADER, "自由が丘カフェ,目黒区自由が丘1-1-1,株式会社自由が丘,飲食店営業,第501号,令6.4.1,令12.3.31",
      "中目黒バル,目黒区上目黒2-2-2,中目黒太郎,飲食店営業,第502号,平31.4.25,令7年4月30日", ""].join("\r\n");
    const { rows, report } = await runBytes(encodeCp932(csv), "131105_food_business.csv");
    expect(rows.map((r) => [r.record.permit_date, r.record.permit_expiry_date, r.record.remarks]))
      .toEqual([["2024-04-01", "2030-03-31", null], ["2019-04-25", "2025-04-30", null]]);
    expect(tuples(report, "wareki_converted", "unparseable_date")).toEqual([[1, "permit_date", "wareki_converted"],
      [1, "permit_expiry_date", "wareki_converted"], [2, "permit_date", "wareki_converted"], [2, "permit_expiry_date", "wareki_converted"]]);
  });
});

describe("a 有効期間 cell holding the permit's whole period", () => {
  it("自…至… (one line or two), an end without its era, and a dash between wareki dates give 許可開始日 and 許可満了日", async () => {
    const cells = ["自 令和6年4月1日 至 令和12年3月31日", "\"自　令和6年4月1日\n至　令和12年3月31日\"", "令和6年4月1日～12年3月31日",
      "令和6年4月1日－令和12年3月31日", "R6.4.1-R12.3.31"];
    const { rows, report } = await runBytes(["許可番号,営業所名称,営業者氏名,営業所所在地,営業の種類,許可年月日,有効期間",
      ...cells.map((cell, i) => `第${2001 + i}号,王子食堂${i},王子一郎,北区王子1-1-1,飲食店営業,令和6年4月1日,${cell}`)].join("\n"), "131172_food_business.csv");
    expect(rows.map((r) => [r.record.permit_start_date, r.record.permit_expiry_date, r.record.remarks, r.valid]))
      .toEqual(cells.map(() => ["2024-04-01", "2030-03-31", null, true]));
    expect(tuples(report, "unparseable_date")).toEqual([]);
    expect(report.issues.filter((i) => i.row === 2 && i.code === "date_range_split").map((i) => [i.field, i.value]))
      .toEqual([["permit_start_date", "自　令和6年4月1日\n至　令和12年3月31日"], ["permit_expiry_date", "自　令和6年4月1日\n至　令和12年3月31日"]]);
  });
});

describe("the permit's whole period written under 許可年月日, with no 許可満了日 of its own", () => {
  it("gives 許可年月日 its first date and the empty 許可満了日 its last, each said date_range_split (before: both null, the cell in 備考)", async () => {
    const { rows, report } = await runBytes(["営業所名称,営業の種類,営業所所在地,許可番号,許可年月日",
      "王子食堂,飲食店営業,北区王子1-1-1,第1号,令和3年6月1日～令和9年5月31日", "王子パン,菓子製造業,北区王子1-1-2,第2号,R3.6.1-R9.5.31",
      "王子そば,飲食店営業,北区王子1-1-3,第3号,令和4年6月1日"].join("\n"), "131172_food_business.csv");
    expect(rows.map((r) => [r.record.permit_date, r.record.permit_expiry_date, r.record.remarks, r.valid])).toEqual([
      ["2021-06-01", "2027-05-31", null, true], ["2021-06-01", "2027-05-31", null, true], ["2022-06-01", null, null, true]]);
    expect(report.issues.filter((i) => i.code === "date_range_split" || i.code === "unparseable_date").map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[1, "permit_date", "date_range_split", "令和3年6月1日～令和9年5月31日"], [1, "permit_expiry_date", "date_range_split", "令和3年6月1日～令和9年5月31日"],
        [2, "permit_date", "date_range_split", "R3.6.1-R9.5.31"], [2, "permit_expiry_date", "date_range_split", "R3.6.1-R9.5.31"]]);
  });

  it("beside a 有効期限 of the row's own: read where it is the same day, kept unread in 備考 where it is another", async () => {
    const { rows, report } = await runBytes(["営業所名称,営業の種類,営業所所在地,許可番号,許可年月日,有効期限",
      "王子食堂,飲食店営業,北区王子1-1-1,第1号,令和3年6月1日～令和9年5月31日,令和9年5月31日",
      "王子パン,菓子製造業,北区王子1-1-2,第2号,令和3年6月1日～令和9年5月31日,令和10年5月31日"].join("\n"), "131172_food_business.csv");
    expect(rows.map((r) => [r.record.permit_date, r.record.permit_expiry_date, r.record.remarks])).toEqual([
      ["2021-06-01", "2027-05-31", null], [null, "2028-05-31", "許可年月日：令和3年6月1日～令和9年5月31日"]]);
    expect(tuples(report, "date_range_split", "unparseable_date", "date_range_end_disagrees", "kept_as_remarks")).toEqual([
      [1, "permit_date", "date_range_split"], [2, "permit_date", "date_range_end_disagrees"]]);
  });

  it("says which end it kept and which the period writes where they are other days (before: unparseable_date, no word of either)", async () => {
    const { report } = await runBytes(["営業所名称,営業の種類,営業所所在地,許可番号,許可年月日,許可満了日",
      "王子パン,菓子製造業,北区王子1-1-2,第2号,R3.6.1-R9.5.31,2028/5/31"].join("\n"), "131172_food_business.csv");
    const said = report.issues.find((i) => i.code === "date_range_end_disagrees");
    expect([said?.row, said?.field, said?.severity, said?.value, said?.detail]).toEqual([1, "permit_date", "warning", "R3.6.1-R9.5.31", "2027-05-31\t許可満了日\t2028-05-31"]);
    expect(said?.message_ja).toContain("その終わりの日（2027-05-31）がこの行の「許可満了日」（2028-05-31）と違います");
    expect(said?.message_ja).toContain("「許可満了日」は行の値（2028-05-31）のままにしました");
    expect(said?.message_en).toContain("its last day (2027-05-31) is not the row's 許可満了日 (2028-05-31)");
  });
});

describe("the permit's whole period under 許可年月日 beside a 有効期限 in words that give no day", () => {
  it("takes the period's last day for 有効期限 and says so with both, the words kept in 備考 (before: both unparseable_date, nothing read)", async () => {
    const { rows, report } = await runBytes(["営業所名称,営業の種類,営業所所在地,許可番号,許可年月日,有効期限",
      "王子食堂,飲食店営業,北区王子1-1-1,第1号,2023年4月1日～2029年3月31日,未定",
      "王子パン,菓子製造業,北区王子1-1-2,第2号,令和5年4月1日～令和11年3月31日,更新中",
      "王子そば,飲食店営業,北区王子1-1-3,第3号,R5.4.1-R11.3.31,申請中",
      "王子茶房,喫茶店営業,北区王子1-1-4,第4号,2023年4月1日～2029年3月31日,-"].join("\n"), "131172_food_business.csv");
    expect(rows.map((r) => [r.record.permit_date, r.record.permit_expiry_date, r.record.remarks, r.valid])).toEqual([
      ["2023-04-01", "2029-03-31", "許可満了日：未定", true], ["2023-04-01", "2029-03-31", "許可満了日：更新中", true],
      ["2023-04-01", "2029-03-31", "許可満了日：申請中", true], ["2023-04-01", "2029-03-31", null, true]]);
    expect(tuples(report, "date_range_split", "unparseable_date", "date_range_end_beside_words", "kept_as_remarks")).toEqual([
      [1, "permit_expiry_date", "date_range_end_beside_words"], [1, "permit_date", "date_range_split"],
      [2, "permit_expiry_date", "date_range_end_beside_words"], [2, "permit_date", "date_range_split"],
      [3, "permit_expiry_date", "date_range_end_beside_words"], [3, "permit_date", "date_range_split"],
      [4, "permit_date", "date_range_split"], [4, "permit_expiry_date", "date_range_split"]]);
    const said = report.issues.find((i) => i.code === "date_range_end_beside_words");
    expect([said?.severity, said?.value, said?.detail]).toEqual(["warning", "未定", "2029-03-31\t許可年月日\t2023年4月1日～2029年3月31日"]);
    expect(said?.message_ja).toContain("「未定」は日付ではありませんが、同じ行の「許可年月日」の期間「2023年4月1日～2029年3月31日」に終わりの日（2029-03-31）が書かれているため");
    expect(said?.message_ja).toContain("「未定」は備考の列（あれば）に残しました");
    expect(said?.message_en).toContain("\"未定\" (permit_expiry_date) is not a date, but the period \"2023年4月1日～2029年3月31日\" in the row's 許可年月日 writes its last day (2029-03-31)");
  });

  it("reads neither where the words say there is no end, or the cell tries a day of its own (as before)", async () => {
    const { rows, report } = await runBytes(["営業所名称,営業の種類,営業所所在地,許可番号,許可年月日,有効期限",
      "王子食堂,飲食店営業,北区王子1-1-1,第1号,2023年4月1日～2029年3月31日,無期限",
      "王子パン,菓子製造業,北区王子1-1-2,第2号,2023年4月1日～2029年3月31日,令和11年3月末頃"].join("\n"), "131172_food_business.csv");
    expect(rows.map((r) => [r.record.permit_date, r.record.permit_expiry_date])).toEqual([[null, null], [null, null]]);
    expect(tuples(report, "unparseable_date", "date_range_end_beside_words")).toEqual([[1, "permit_date", "unparseable_date"],
      [1, "permit_expiry_date", "unparseable_date"], [2, "permit_date", "unparseable_date"], [2, "permit_expiry_date", "unparseable_date"]]);
  });
});

// before: `有効期限：令和12年3月31日` and `満了日 令和12年3月31日` were left empty (unparseable_date), kept in 備考
describe("a date after a label that names its own column (a ledger's copied text)", () => {
  it("is read, the label taken off and said at info level; a label of another column leaves the cell unread", async () => {
    const { rows, report } = await runBytes([HEADER,
      "町屋食堂,荒川区町屋1-1-1,町屋太郎,飲食店営業,第1号,許可日：令和6年4月1日,有効期限：令和12年3月31日",
      "日暮里パン,荒川区西日暮里2-2-2,日暮里製パン株式会社,菓子製造業,第2号,令和6年4月1日,満了日 令和12年3月31日",
      "南千住そば,荒川区南千住4-4-4,南千住三郎,飲食店営業,第4号,令和6年4月1日,許可日：令和6年4月1日"].join("\n"), "131181_food_business.csv");
    expect(rows.map((r) => [r.record.permit_date, r.record.permit_expiry_date, r.record.remarks, r.valid])).toEqual([
      ["2024-04-01", "2030-03-31", null, true], ["2024-04-01", "2030-03-31", null, true], ["2024-04-01", null, "許可満了日：許可日：令和6年4月1日", true]]);
    expect(report.issues.filter((i) => i.code === "date_label_removed").map((i) => [i.row, i.field, i.severity, i.value, i.detail])).toEqual([
      [1, "permit_date", "info", "許可日：令和6年4月1日", "許可日"], [1, "permit_expiry_date", "info", "有効期限：令和12年3月31日", "有効期限"],
      [2, "permit_expiry_date", "info", "満了日 令和12年3月31日", "満了日"]]);
    expect(tuples(report, "unparseable_date")).toEqual([[3, "permit_expiry_date", "unparseable_date"]]);
  });
});

// before: `令和12年3月31日まで有効` under 有効期限 was left empty (unparseable_date), only `…まで` read
describe("an expiry written with まで有効 (valid until)", () => {
  it("is read in the end column; in 許可年月日 the words stay and the cell is unread", async () => {
    const { rows } = await runBytes([HEADER,
      "町屋食堂,荒川区町屋1-1-1,町屋太郎,飲食店営業,第1号,令和6年4月1日,令和12年3月31日まで有効",
      "日暮里パン,荒川区西日暮里2-2-2,日暮里製パン株式会社,菓子製造業,第2号,令和6年4月1日まで有効,令和12年3月31日迄有効"].join("\n"), "131181_food_business.csv");
    expect(rows.map((r) => [r.record.permit_date, r.record.permit_expiry_date])).toEqual([["2024-04-01", "2030-03-31"], [null, "2030-03-31"]]);
  });
});
