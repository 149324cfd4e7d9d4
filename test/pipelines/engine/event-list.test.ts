import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { harmonizeText } from "../../../pipelines/run.ts";
import { splitTextAndCount } from "../../../pipelines/text-and-count.ts";
import { runBytes, tuples } from "./helpers.ts";

// A city's event list as published: 対象 (who may come) and 問い合わせ / 連絡先 (the department to ask, with or
// without its number) in the words lists use, not the standard's 対象者 and 連絡先名称.
const CHOFU = ["No,イベント名,開始日,終了日,時間,会場,住所,対象,料金,定員,申込方法,問い合わせ,URL",
  "1,春のバラフェスティバル,令和8年5月10日,令和8年5月18日,10:00～16:00,神代植物公園,調布市深大寺元町5-31-10,どなたでも,無料,,申込不要,緑と公園課 042-481-7084,https://www.city.chofu.lg.jp/",
  "2,親子ふれあい体操教室,2026/6/7,2026/6/7,午前10時～11時30分,総合体育館,調布市小島町2-35-1,3～5歳の子と保護者,500円,20組,電話で申込み(先着順),042-481-7543,",
  "3,市民文化祭,R8.10.31,R8.11.3,9時30分から17時,グリーンホール,調布市小島町2-47-1,市民,無料（一部有料）,,,文化振興課,"].join("\n");

describe("an event list's 対象 and 問い合わせ", () => {
  it("対象 is 対象者, and 問い合わせ of departments (some with a number) is 連絡先名称 by alias, with no header left to check", async () => {
    const { rows, report } = await runBytes(CHOFU, "132080_event.csv");
    expect(report.header.filter((h) => h.source === "対象" || h.source === "問い合わせ")).toEqual([
      { source: "対象", field: "audience", method: "alias" }, { source: "問い合わせ", field: "contact_name", method: "alias" }]);
    expect(rows.map((r) => [r.record.audience, r.record.contact_name, r.record.phone_number, r.extra])).toEqual([
      ["どなたでも", "緑と公園課", "042-481-7084", {}],
      ["3～5歳の子と保護者", null, "042-481-7543", {}],
      ["市民", "文化振興課", null, {}],
    ]);
    expect(tuples(report, "fuzzy_header", "unknown_header")).toEqual([]);
  });

  it("申込期間 is the period of applying (both dates from its range) and 申込締切 its last day, by alias (before: extra, and a fuzzy header)", async () => {
    const { rows, report } = await runBytes(["イベント名,開始日,会場,申込期間,申込締切", "工作教室,2024/7/20,文化館,7月1日～7月10日,2024/7/10",
      "自由研究講座,2024/8/3,区民プラザ,令和6年7月1日～7月15日,"].join("\n"), "131202_event.csv");
    expect(report.header.filter((h) => h.source.startsWith("申込"))).toEqual([
      { source: "申込期間", field: "application_start_date", method: "alias" }, { source: "申込締切", field: "application_end_date", method: "alias" }]);
    expect(rows.map((r) => [r.record.application_start_date, r.record.application_end_date, r.extra])).toEqual([
      ["2024-07-01", "2024-07-10", {}], ["2024-07-01", "2024-07-15", {}]]);
    expect(tuples(report, "fuzzy_header", "unknown_header")).toEqual([]);
  });

  it("連絡先 of a department is 連絡先名称 (it was no column and stayed in extra); of numbers alone, the phone", async () => {
    const list = (cells: string[]) => runBytes(["イベント名,開始日,終了日,連絡先",
      ...cells.map((c, i) => `催し${i + 1},2026-05-0${i + 1},2026-05-0${i + 1},${c}`)].join("\n"), "132080_event.csv");
    const names = await list(["文化振興課", "文化振興課 042-481-7000"]);
    expect(names.rows.map((r) => [r.record.contact_name, r.record.phone_number, r.extra])).toEqual([
      ["文化振興課", null, {}], ["文化振興課", "042-481-7000", {}]]);
    const numbers = await list(["042-481-7084", "042-481-7000"]);
    expect(numbers.report.header[3]).toEqual({ source: "連絡先", field: "phone_number", method: "alias" });
    expect(numbers.rows.map((r) => [r.record.contact_name, r.record.phone_number])).toEqual([[null, "042-481-7084"], [null, "042-481-7000"]]);
  });

  it("場所 is 場所名称, 申込 参加申込方法, and a show's time after the doors' (13:30開場 14:00開演) the start", async () => {
    const nakano = ["イベント名,開催日,時間,場所,対象,費用,定員,申込",
      "なかの夏まつり,2026年8月1日（土）,正午～20時,中野四季の森公園,どなたでも,無料,,不要",
      "高齢者健康体操,毎週水曜日,14:00～15:00,区民活動センター,65歳以上の区民,無料,30人,当日先着順",
      "シンポジウム,2026/9/12,13:30開場 14:00開演,なかのZERO,どなたでも,500円,300,"].join("\n");
    const { report, rows } = await runBytes(nakano, "131148_event.csv");
    expect(rows.map((r) => [r.record.start_date, r.record.start_time, r.record.end_time, r.record.schedule_remarks, r.record.place_name,
      r.record.application_method, r.record.audience, r.extra])).toEqual([
      ["2026-08-01", "12:00", "20:00", null, "中野四季の森公園", "不要", "どなたでも", {}],
      [null, "14:00", "15:00", "毎週水曜日", "区民活動センター", "当日先着順", "65歳以上の区民", {}],
      ["2026-09-12", "14:00", null, "13:30開場 14:00開演", "なかのZERO", null, "どなたでも", {}],
    ]);
    expect(tuples(report, "unknown_header", "time_doors_open")).toEqual([[3, "start_time", "time_doors_open"]]);
  });

  it("a one-day event of a list headed 開催日 ends on its day also when the day has no year (10月3日, the year the title's)", async () => {
    const list = ["令和8年度 イベント一覧", "イベント名,開催日,時間,会場",
      "区民まつり,10月3日,10:00～16:00,区役所前広場", "新春コンサート,1月10日,14:00～16:00,区民ホール", "防災フェア,2026年11月8日,13:00～15:00,防災センター"].join("\n");
    const { report, rows } = await runBytes(list, "131172_event.csv");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date])).toEqual([
      ["2026-10-03", "2026-10-03"], ["2027-01-10", "2027-01-10"], ["2026-11-08", "2026-11-08"]]);
    expect(tuples(report, "date_year_taken")).toEqual([[1, "start_date", "date_year_taken"], [2, "start_date", "date_year_taken"]]);
    // an empty 終了日 beside a 開始日 without a year is warned, as beside one with a year
    const withEnd = await runBytes(["令和8年度 イベント一覧", "イベント名,開始日,終了日", "区民まつり,10月3日,", "防災フェア,2026年11月8日,"].join("\n"),
      "131172_event.csv");
    expect(withEnd.rows.map((r) => [r.record.start_date, r.record.end_date])).toEqual([["2026-10-03", null], ["2026-11-08", null]]);
    expect(tuples(withEnd.report, "end_date_empty")).toEqual([[1, "end_date", "end_date_empty"], [2, "end_date", "end_date_empty"]]);
  });

  it("日時 / 日程 (the day with its hours, 2026年10月3日 10時～16時) is the event's date, its times and its one day's end", async () => {
    for (const header of ["日時", "日程", "開催日程"]) {
      const { report, rows } = await runBytes([`催し名,${header},会場,対象,費用`, "市民まつり,2026年10月3日 10時～16時,清瀬市役所,どなたでも,無料",
        "秋の音楽会,2026年11月8日,市民センター,どなたでも,500円"].join("\n"), "132217_event.csv");
      expect(report.header[1]).toEqual({ source: header, field: "start_date", method: "alias" });
      expect(rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time, r.extra])).toEqual([
        ["2026-10-03", "2026-10-03", "10:00", "16:00", {}], ["2026-11-08", "2026-11-08", null, null, {}]]);
    }
  });
});

describe("an event's period written in 開始日 beside a 終了日 in words (before: the period's end lost, only 未定 kept)", () => {
  it("gives 終了日 the period's last day, said with the words, which stay in 開始日時特記事項; beside 無期限 the period stays there too", async () => {
    const { rows, report } = await runBytes(["イベント名,開始日,終了日,場所名称", "バラ展,2024年4月6日～9月28日,未定,公民館",
      "菊花展,令和6年10月1日～11月30日,調整中,公民館", "常設展,2024年4月6日～9月28日,無期限,公民館", "講演会,2024年5月3日,未定,公民館"].join("\n"), "131016_event.csv");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date, r.record.schedule_remarks])).toEqual([
      ["2024-04-06", "2024-09-28", "未定"], ["2024-10-01", "2024-11-30", "調整中"], ["2024-04-06", null, "2024年4月6日～9月28日 / 無期限"], ["2024-05-03", null, "未定"]]);
    expect(tuples(report, "date_range_end_beside_words", "unparseable_date")).toEqual([[1, "end_date", "date_range_end_beside_words"],
      [2, "end_date", "date_range_end_beside_words"], [3, "end_date", "unparseable_date"], [4, "end_date", "unparseable_date"]]);
    expect(report.issues.find((i) => i.row === 2 && i.code === "date_range_end_beside_words")?.detail).toBe("2024-11-30\t開始日\t令和6年10月1日～11月30日");
    // 無期限 says there is no end, against the period's: 終了日 keeps its word, and the period's 9月28日 is not lost
    const notTaken = report.issues.find((i) => i.code === "date_range_end_not_taken");
    expect([notTaken?.row, notTaken?.field, notTaken?.severity]).toEqual([3, "start_date", "warning"]);
    expect(notTaken?.message_ja).toContain("この行の「終了日」が「無期限」のため、期間の終わりの日（2024-09-28）は「終了日」に入れず");
    expect(notTaken?.message_en).toContain("the period's last day (2024-09-28) was not put in 終了日");
  });

  it("beside another day in 終了日, the period's last day stays with the start cell in 開始日時特記事項 (before: lost)", async () => {
    const { rows, report } = await runBytes(["イベント名,開始日,終了日,場所名称", "常設展,2024年4月6日～9月28日,2024年9月30日,公民館",
      "企画展,2024年4月6日～9月28日,2024年9月28日,公民館"].join("\n"), "131016_event.csv");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date, r.record.schedule_remarks])).toEqual([
      ["2024-04-06", "2024-09-30", "2024年4月6日～9月28日"], ["2024-04-06", "2024-09-28", null]]);
    expect(tuples(report, "date_range_end_not_taken")).toEqual([[1, "start_date", "date_range_end_not_taken"]]);
  });
});

describe("an event's date cell with its time said by its word (14:00開演（13:30開場）; before: no date, no time)", () => {
  it("gives the date and the show's time; a cell with the doors' time too is kept in 開始日時特記事項, with or without its year", async () => {
    const cells = ["2024年12月22日（日）14:00開演（13:30開場）", "2024/12/22 14:00開演", "12月22日（日）14:00開演（13:30開場）"];
    const { rows, report } = await runBytes(["イベント名,開催日時,会場", "春祭り,2024/4/1,区民ホール", ...cells.map((c, i) => `コンサート${i},${c},文化ホール`)].join("\n"), "131211_event.csv");
    expect(rows.slice(1).map((r) => [r.record.start_date, r.record.start_time, r.record.schedule_remarks])).toEqual([
      ["2024-12-22", "14:00", cells[0]], ["2024-12-22", "14:00", null], ["2024-12-22", "14:00", cells[2]]]);
    expect(tuples(report, "date_with_note", "unparseable_date").filter(([, field]) => field === "start_date")).toEqual([
      [2, "start_date", "date_with_note"], [4, "start_date", "date_with_note"]]);
  });
});

describe("an event list with one 料金 column (services probe: a ward's own list)", () => {
  const csv = "イベント名,開催日,会場,料金\n区民ふれあい祭,2024年10月5日,代々木公園,無料\nスポーツフェスタ,2024年9月16日,スポーツセンター,¥300\n"
    + "マラソン大会,2024年12月8日,競技場,\"3,500円\"\n子育て講座,2024年6月15日,大和田,500円（材料費込み）\n美術館ツアー,2024年7月20日,松濤美術館,一般1000円\n"
    + "花火大会,2024年9月21日,河川敷,約3000円\n";

  it("gives 料金(基本) from a cell that is no more than an amount, said once for the file; the cell stays in 料金(詳細)", async () => {
    const { rows, report } = await runBytes(csv, "131130_event.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual([[0, "無料"], [300, "¥300"], [3500, "3,500円"],
      [null, "500円（材料費込み）"], [1000, "一般1000円"], [null, "約3000円"]]);
    // the general fee of a labelled one is said on its row
    expect(report.issues.filter((i) => i.field === "fee_basic").map((i) => [i.code, i.value, i.severity])).toEqual([["column_filled", "0", "info"],
      ["fees_by_person", "一般1000円", "info"]]);
    expect(report.issues.find((i) => i.field === "fee_basic")?.message_ja).toBe("ファイルに「料金(基本)」の列がないため、「料金」の列の金額だけのセル（無料、500円、参加費 500円、1回100円、500円/人）から"
      + "読める行に補いました（例：「0」）。列を加えて値を入力すると確実です。");
  });

  it("reads an amount with the fee's name, per one session or person, freeing some people, or by kind of person (the general one); not by time", async () => {
    const fees = ["参加費 500円", "入場料：300円", "1回100円", "1人につき500円", "500円/人", "300円（中学生以下無料）", "一般 300円（中学生以下無料）",
      "大人200円 小人100円", "1時間100円", "300円（65歳以上150円）", "資料代 500円", "参加費500円・材料費200円"];
    const { rows } = await runBytes(["イベント名,開催日,会場,料金", ...fees.map((fee, i) => `講座${i},2024年6月15日,公民館,${fee}`)].join("\n"), "131130_event.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual(fees.map((fee, i) => [[500, 300, 100, 500, 500, 300, 300, 200, null, 300][i] ?? null, fee]));
  });

  // before: none, though 1人300円 read
  it("reads the one person or session an amount is paid by in kanji (一人300円, お一人様300円) or in brackets after it (300円（1人）)", async () => {
    const fees = ["一人300円", "お一人様300円", "一回100円", "300円（1人）", "300円（お一人様あたり）", "300円（保険料込み）", "一人目無料"];
    const { rows } = await runBytes(["イベント名,開催日,会場,料金", ...fees.map((fee, i) => `講座${i},2024年6月15日,公民館,${fee}`)].join("\n"), "131130_event.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual(fees.map((fee, i) => [[300, 300, 100, 300, 300][i] ?? null, fee]));
  });

  it("reads an amount with a note on how to take part (無料（要申込）; before: none); a note on the fee itself still gives none", async () => {
    const fees = ["無料（要申込）", "500円（要予約）", "無料※事前申込制", "無料（申込不要）", "参加費500円（先着順）", "無料（一部有料）", "500円（材料費込み）"];
    const { rows } = await runBytes(["イベント名,開催日,会場,料金", ...fees.map((fee, i) => `講座${i},2024年6月15日,公民館,${fee}`)].join("\n"), "131130_event.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual(fees.map((fee, i) => [[0, 500, 0, 0, 500][i] ?? null, fee]));
    const own = await runBytes("イベント名,開催日,会場,料金(基本)\n講座,2024年6月15日,公民館,無料（要申込）\n", "131130_event.csv");
    expect([own.rows[0].record.fee_basic, own.rows[0].record.fee_details]).toEqual([0, "無料（要申込）"]);
  });

  it("reads an amount with both the fee's name and the one it is paid by (参加費 1回500円; before: none, though each alone read)", async () => {
    const fees = ["参加費 1回500円", "受講料：1人につき300円", "参加費 1回", "一般 1回500円"];
    const { rows } = await runBytes(["イベント名,開催日,会場,料金", ...fees.map((fee, i) => `講座${i},2024年6月15日,公民館,${fee}`)].join("\n"), "131130_event.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual(fees.map((fee, i) => [[500, 300, null, 500][i] ?? null, fee]));
  });

  it("reads a file's own 料金(基本) cell (費用) written with the fee's name or per one, kept in 料金(詳細) (before: unread)", async () => {
    const fees = ["1回200円", "参加費 1回500円", "入場料：300円", "材料費500円", "1組300円"];
    const { rows, report } = await runBytes(["イベント名,開催日,会場,費用", ...fees.map((fee, i) => `講座${i},2024年6月15日,公民館,${fee}`)].join("\n"), "131130_event.csv");
    // 1組300円: one group pays it, as one person does (before: unread)
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual(fees.map((fee, i) => [[200, 500, 300, null, 300][i] ?? null, fee]));
    expect(report.issues.filter((i) => i.field === "fee_basic").map((i) => [i.row, i.code])).toEqual([[1, "number_with_note"], [2, "number_with_note"],
      [3, "number_with_note"], [4, "unparseable_number"], [5, "number_with_note"]]);
  });

  it("gives the general fee of fees by kind of person, in a 料金 column or a file's own 費用, said on the row with the cell kept in 料金(詳細)", async () => {
    const tourism = await runBytes(encodeCp932(["名称,住所,料金", "郷土資料館,東京都渋谷区東4-9-1,一般 300円", "区民プール,東京都渋谷区東4-9-3,大人200円 小人100円",
      "美術館,東京都渋谷区東4-9-4,300円（65歳以上150円）"].join("\r\n")), "131130_tourism.csv");
    expect(tourism.rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual([[300, "一般 300円"], [200, "大人200円 小人100円"],
      [300, "300円（65歳以上150円）"]]);
    expect(tuples(tourism.report, "fees_by_person", "column_filled").filter(([, field]) => field === "fee_basic")).toEqual([
      [1, "fee_basic", "fees_by_person"], [2, "fee_basic", "fees_by_person"], [3, "fee_basic", "fees_by_person"]]);
    expect(tourism.report.issues.find((i) => i.code === "fees_by_person" && i.row === 2)?.message_ja).toBe("3行目（データの2行目）：料金「大人200円 小人100円」は人の区分ごとの料金のため、"
      + "「大人」の金額（200円）を料金(基本)とし、セルは料金(詳細)にそのまま残しました。料金(基本)には基本となる1つの金額（一般・大人の料金）を、区分ごとの料金は料金(詳細)に入力してください。");
    const own = await runBytes("イベント名,開催日,会場,費用\n親子体操,2024年6月15日,公民館,大人200円 小人100円\n", "131130_event.csv");
    expect([own.rows[0].record.fee_basic, own.rows[0].record.fee_details]).toEqual([200, "大人200円 小人100円"]);
    expect(tuples(own.report, "fees_by_person", "unparseable_number", "kept_as_remarks")).toEqual([[1, "fee_basic", "fees_by_person"]]);
  });

  it("gives no 料金(基本) from fees of some kinds of person only, warned, the cell kept in 料金(詳細) (before: the first amount)", async () => {
    const tourism = await runBytes(["名称,住所,料金", "郷土資料館,東京都渋谷区東4-9-1,中学生以下無料", "工作教室,東京都渋谷区東4-9-3,小学生100円、中学生200円"].join("\n"), "131130_tourism.csv");
    expect(tourism.rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual([[null, "中学生以下無料"], [null, "小学生100円、中学生200円"]]);
    expect(tourism.report.issues.filter((i) => i.field === "fee_basic").map((i) => [i.row, i.code, i.severity, i.detail])).toEqual([
      [1, "fees_by_person_no_general", "warning", "中学生以下"], [2, "fees_by_person_no_general", "warning", "小学生・中学生"]]);
    expect(tourism.report.issues.find((i) => i.code === "fees_by_person_no_general" && i.row === 2)?.message_ja).toBe("3行目（データの2行目）：料金「小学生100円、中学生200円」は"
      + "人の区分（小学生・中学生）ごとの料金で、一般・大人の料金がないため、料金(基本)は空欄にしました（セルは料金(詳細)に残しています）。1つの区分の金額を料金(基本)にすると、"
      + "他の行の一般の料金と並べて比べられてしまうためです（子どもだけ無料の施設が無料と表示されるなど）。一般・大人の料金を料金(基本)に入力してください。"
      + "対象者が限られる催し（小学生向けの教室など）なら、参加者が払う金額を料金(基本)に入力してください。");
    // a file's own 費用 cell so written is kept in 料金(詳細), said by the same warning alone
    const own = await runBytes("イベント名,開催日,会場,費用\n工作教室,2024年6月15日,公民館,小学生100円、中学生200円\n", "131130_event.csv");
    expect([own.rows[0].record.fee_basic, own.rows[0].record.fee_details]).toEqual([null, "小学生100円、中学生200円"]);
    expect(tuples(own.report, "fees_by_person_no_general", "unparseable_number", "kept_as_remarks")).toEqual([[1, "fee_basic", "fees_by_person_no_general"]]);
  });

  it("leaves a file's own 料金(基本) as it is", async () => {
    const { rows } = await runBytes(csv.replace("会場,料金", "会場,料金(基本),料金(詳細)").replaceAll(/,(無料|¥300)\n/g, ",,$1\n"), "131130_event.csv");
    expect(rows.slice(0, 2).map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual([[null, "無料"], [null, "¥300"]]);
  });
});

// A ward's event list with who may come and how many in one column, 対象・定員 (before: kept in extra only, so an app
// found neither the audience nor the capacity)
describe("an event list's 対象・定員 in one column", () => {
  const csv = ["イベント名,開始日,対象・定員,会場",
    "年末年始展,2024/12/28,小学生・30名,区民ホール",
    "親子教室,2024/12/1,親子15組30名,区民ホール",
    "おはなし会,2024/12/14,幼児と保護者・各回10組,図書館",
    "講座,2024/4/6,どなたでも（先着50名）,区民ホール",
    "映画会,2025/1/11,どなたでも,区民ホール",
    "体操,2025/1/11,18歳以上・２０人,区民ホール"].join("\n");

  it("gives 対象者 the words and 定員 the count of people, the cell kept in extra", async () => {
    const { rows, report } = await runBytes(csv, "131016_event.csv");
    expect(rows.map((r) => [r.valid, r.record.audience, r.record.capacity, r.record.capacity_remarks])).toEqual([
      [true, "小学生", 30, null],
      [true, null, 30, "親子15組30名"],
      [true, "幼児と保護者", null, "各回10組"],
      [true, "どなたでも", 50, "先着50名"],
      [true, "どなたでも", null, null],
      [true, "18歳以上", 20, null],
    ]);
    expect(rows[0].extra).toEqual({ "対象・定員": "小学生・30名" });
    expect(report.issues.find((i) => i.code === "column_text_and_count")).toMatchObject({ field: "対象・定員", value: "対象者 / 定員", severity: "info" });
    expect(tuples(report, "unknown_header")).toEqual([]);
  });

  it("a file's own 定員 beside it keeps its column: 対象・定員 gives 対象者 only", async () => {
    const { rows } = await runBytes(csv.replace("会場", "会場,定員").replace("区民ホール\n", "区民ホール,40\n"), "131016_event.csv");
    expect(rows.slice(0, 2).map((r) => [r.record.audience, r.record.capacity])).toEqual([["小学生", 40], [null, null]]);
  });

  it("reads back from the CSV odh normalize writes as the same records", async () => {
    const pieces: string[] = [];
    await harmonizeText({ bytes: new TextEncoder().encode(csv), fileName: "131016_event.csv" }, {}, {
      format: "csv", onText: (t) => { pieces.push(typeof t === "string" ? t : new TextDecoder().decode(t)); },
    });
    const [first, again] = await Promise.all([runBytes(csv, "131016_event.csv"), runBytes(pieces.join(""), "131016_event.csv")]);
    expect(again.rows.map((r) => [r.record.audience, r.record.capacity, r.record.capacity_remarks]))
      .toEqual(first.rows.map((r) => [r.record.audience, r.record.capacity, r.record.capacity_remarks]));
  });
});

describe("splitTextAndCount", () => {
  it.each<[string, string, string]>([
    ["小学生・30名", "小学生", "30名"],
    ["30名・小学生以上", "小学生以上", "30名"],
    ["区内在住の方　先着１００名", "区内在住の方", "先着１００名"],
    ["小学生（1～3年）・30人", "小学生（1～3年）", "30人"],
    ["中学生以上、定員：20名", "中学生以上", "定員：20名"],
    ["小学生以上 30名（先着順）", "小学生以上", "30名（先着順）"],
    // an age is no count of people
    ["18歳以上", "18歳以上", ""],
    ["どなたでも", "どなたでも", ""],
  ])("%j → %j and %j", (cell, text, count) => {
    expect(splitTextAndCount(cell)).toEqual({ text, count });
  });
});

// 高松市's event list (行事名, 開催日, 申込期間, TEL …): a URL cell with the page's name above the address, and a 定員 after
// how one applies (申込先着30人, 当日先着 220人)
describe("高松市's event list: the page's name before its URL, a capacity after how one applies", () => {
  const TAKAMATSU = ["№,開催日,開始時間,行事名,場所名称,料金,定員,URL,問い合わせ先（市の担当課）,TEL",
    "1,2026年9月22日,14:00,\"プロスポーツを応援！\",スタジアム,席種により異なります,申込先着30人,\"オフィシャルサイト\n\nhttps://www.example.jp/\",スポーツ振興課,087-000-0001",
    "2,2026年9月23日,13:30,まなび映画,生涯学習センター,無料,\"当日先着\n220人\",https://www.example.jp/eiga.html,生涯学習センター,087-000-0002"].join("\n");

  it("publishes the address alone as the URL, the cell kept in 備考 (before: the name and address published as the URL)", async () => {
    const { rows, report } = await runBytes(TAKAMATSU, "372013_event.csv");
    expect(rows.map((r) => [r.record.url, r.record.remarks])).toEqual([
      ["https://www.example.jp/", "URL：オフィシャルサイト\n\nhttps://www.example.jp/"], ["https://www.example.jp/eiga.html", null]]);
    expect(tuples(report, "url_with_label")).toEqual([[1, "url", "url_with_label"]]);
  });

  it("reads the capacity after how one applies, the cell kept in 定員備考 (before: unparseable_number, no capacity)", async () => {
    const { rows } = await runBytes(TAKAMATSU, "372013_event.csv");
    expect(rows.map((r) => [r.record.capacity, r.record.capacity_remarks])).toEqual([[30, "申込先着30人"], [220, "当日先着\n220人"]]);
  });
});
