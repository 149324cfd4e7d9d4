// The crafted fixtures (test/fixtures/crafted/README.md) through the whole engine: each problem no real file shows
// becomes typed values, and every repair is an issue with its row, field and raw value.
import { describe, expect, it } from "vitest";
import { AED_HEADER, AED_ROW, crafted, runBytes, tuples } from "./helpers.ts";

const pick = (record: Record<string, unknown>, keys: string[]) => keys.map((k) => record[k]);

describe("crafted problems, end to end", () => {
  it("wareki and other date forms → ISO dates", async () => {
    const { report, rows } = await crafted("wareki-dates.csv");
    expect(report.dataset).toBe("cultural_property");
    expect(rows.map((r) => r.record.designated_date)).toEqual(["2024-01-01", "2024-01-01", "2019-04-30", "2019-05-01", "1964-10-10", "2024-01-01", "2024-01-01"]);
    expect(report.issues.filter((i) => i.field === "designated_date").map((i) => [i.row, i.code, i.value])).toEqual([
      [1, "wareki_converted", "R6.1.1"], [2, "wareki_converted", "令和6年1月1日"], [3, "wareki_converted", "平成31年4月30日"],
      [4, "wareki_converted", "令和元年5月1日"], [5, "wareki_converted", "S39.10.10"], [6, "date_reformatted", "2024/1/1"],
      [7, "excel_serial_date", "45292"],
    ]);
  });

  it("full-width digits → half-width, in codes, addresses, coordinates, phones and times", async () => {
    const { report, rows } = await crafted("full-width-digits.csv");
    expect(rows[0].record).toMatchObject({
      local_government_code: "131041", id: "1", full_address: "東京都新宿区歌舞伎町1-4-1", latitude: 35.69384, longitude: 139.703549,
      installation_position: "1階ロビー", phone_number: "03-3209-1111", start_time: "08:30", end_time: "17:15", pediatric_pads: true,
    });
    expect(rows[0].valid).toBe(true);
    expect(tuples(report, "full_width_converted").map(([, field]) => field))
      .toEqual(["local_government_code", "id", "full_address", "latitude", "longitude", "installation_position", "phone_number", "end_time"]);
  });

  it("times → HH:MM (8時30分, 24時間, ９：００)", async () => {
    const { report, rows } = await crafted("times.csv");
    expect(rows.map((r) => pick(r.record, ["start_time", "end_time"]))).toEqual([["08:30", "17:15"], ["00:00", "23:59"], ["09:00", "20:00"]]);
    expect(tuples(report, "all_day_time")).toEqual([[2, "start_time", "all_day_time"], [2, "end_time", "all_day_time"]]);
  });

  it("DMS → decimal degrees", async () => {
    const { report, rows } = await crafted("dms-coordinates.csv");
    expect(rows.map((r) => pick(r.record, ["latitude", "longitude"]))).toEqual([[35.6726389, 139.7035556], [35.6513889, 139.71]]);
    expect(report.issues.filter((i) => i.code === "dms_converted").map((i) => [i.row, i.field, i.value]))
      .toEqual([[1, "latitude", "35°40'21.5\""], [1, "longitude", "139°42'12.8\""], [2, "latitude", "35度39分5秒"], [2, "longitude", "139度42分36秒"]]);
  });

  it("swapped latitude/longitude are swapped back and reported", async () => {
    const { report, rows } = await crafted("swapped-lat-lon.csv");
    expect(rows.map((r) => pick(r.record, ["latitude", "longitude"]))).toEqual([[35.69384, 139.703549], [35.700984, 139.707417]]);
    expect(report.issues.filter((i) => i.code === "swapped_lat_lon").map((i) => [i.row, i.field, i.severity, i.value]))
      .toEqual([[1, "latitude", "warning", "139.703549,35.69384"]]);
  });

  it("coordinates outside Japan are an error: the row is invalid, kept, and exit is 1", async () => {
    const { report, rows, exit } = await crafted("outside-japan.csv");
    expect(exit).toBe(1);
    expect(rows.map((r) => [r.row, r.valid])).toEqual([[1, true], [2, false]]);
    expect(report.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[2, "latitude", "out_of_range", "48.856614"], [2, "longitude", "out_of_range", "2.352222"]]);
    expect({ rows: report.rows, valid: report.valid, invalid: report.invalid }).toEqual({ rows: 2, valid: 1, invalid: 1 });
  });

  it("5-digit codes get their check digit; old 都道府県名 + 市区町村名 + 住所 become full_address", async () => {
    const { report, rows } = await crafted("aed-five-digit-code.csv");
    expect(rows.map((r) => pick(r.record, ["local_government_code", "full_address", "local_government_name"]))).toEqual([
      ["131041", "東京都新宿区歌舞伎町1-4-1", "東京都新宿区"],
      ["011002", "北海道札幌市中央区北1条西2丁目", "北海道札幌市"],
    ]);
    expect(report.issues.filter((i) => i.code === "five_digit_code").map((i) => [i.row, i.value])).toEqual([[1, "13104"], [2, "01100"]]);
  });

  it("a row naming another publisher than the file's (a template's 011002 left in) is kept, with a warning naming both codes", async () => {
    const text = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度\n"
      + "131041,1,新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549\n"
      + "011002,2,札幌市役所,北海道札幌市中央区北1条西2丁目,43.06197,141.35438\n"
      + "13104,3,新宿区立大久保図書館,東京都新宿区大久保2-12-7,35.700984,139.707417\n";
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows.map((r) => r.record.local_government_code)).toEqual(["131041", "011002", "131041"]);
    const mismatch = report.issues.filter((i) => i.code === "publisher_code_mismatch");
    expect(mismatch.map((i) => [i.row, i.field, i.severity, i.value])).toEqual([[2, "local_government_code", "warning", "011002"]]);
    expect(mismatch[0].message_ja).toBe("3行目（データの2行目）：「全国地方公共団体コード」の「011002」は、このデータを公開する団体のコード「131041」と違います。"
      + "この列には公開する団体のコードを入力してください（施設が他の団体にあるときは「所在地_全国地方公共団体コード」に書きます）。");
    expect(mismatch[0].message_en).toContain("(131041)");
    // --municipality names the publisher as well; a prefecture's file lists its municipalities' rows and is not checked
    expect((await runBytes(text, "aed.csv", { municipality: "131016" })).report.issues
      .filter((i) => i.code === "publisher_code_mismatch").map((i) => i.row)).toEqual([1, 2, 3]);
    expect((await runBytes(text, "130001_aed.csv")).report.issues.some((i) => i.code === "publisher_code_mismatch")).toBe(false);
    expect((await runBytes(text, "aed.csv")).report.issues.some((i) => i.code === "publisher_code_mismatch")).toBe(false);
  });

  it("a units row under the header ((度), (m), (人)) is reported and not read as data; a row of bracketed text among the data is data", async () => {
    const text = "名称,所在地_連結表記,緯度,経度,設置位置\n,,(度),（度）,\n新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,1階\n"
      + "(仮称)新宿分室,(未定),35.7,139.7,(未定)\n";
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[2, "新宿区役所"], [3, "(仮称)新宿分室"]]);
    expect(report.issues.filter((i) => i.code === "units_row").map((i) => [i.row, i.severity, i.value])).toEqual([[1, "info", "(度),（度）"]]);
  });

  it("an address that already starts with the prefecture is not completed twice", async () => {
    const { report, rows } = await crafted("aed-old-address-columns.csv");
    expect(rows.map((r) => pick(r.record, ["full_address", "building_name", "name_kana"]))).toEqual([
      ["東京都新宿区歌舞伎町1-4-1", "本庁舎1階", "シンジュククヤクショ"],
      ["東京都新宿区大久保2-12-7", null, null],
    ]);
    expect(tuples(report, "address_completed")).toEqual([[1, "full_address", "address_completed"]]);
  });

  it("○ × 有 無 1 0 あり なし and empty → booleans and null", async () => {
    const { report, rows } = await crafted("flags.csv");
    expect(rows.map((r) => pick(r.record, ["wheelchair_toilet", "baby_care_toilet", "ostomate_toilet"])))
      .toEqual([[true, false, true], [false, true, false], [true, false, null]]);
    expect(report.issues.filter((i) => i.code === "nonstandard_flag").map((i) => i.value)).toEqual(["○", "×", "あり", "なし"]);
  });

  it("thousands separators → numbers", async () => {
    const { report, rows } = await crafted("thousands-separators.csv");
    expect(rows.map((r) => pick(r.record, ["survey_date", "total", "male", "female", "households"])))
      .toEqual([["2024-01-01", 349385, 174988, 174397, 229612], ["2024-02-01", 349519, 175050, 174469, 229819]]);
    expect(tuples(report, "thousands_separator")).toHaveLength(7);
  });

  it("a totals row under population data (合計 in the area or code column) is reported and not read as data", async () => {
    const text = "全国地方公共団体コード,調査年月日,地域名,総人口,男性,女性\n131041,2024-01-01,西新宿,1000,480,520\n131041,2024-01-01,東新宿,2000,990,1010\n"
      + "131041,2024-01-01,合　計,3000,1470,1530\n合計,,,3000,1470,1530\n131041,2024-01-01,計画地区,10,5,5\n";
    const { report, rows } = await runBytes(text, "131041_population.csv");
    expect(rows.map((r) => r.record.area_name)).toEqual(["西新宿", "東新宿", "計画地区"]);
    expect(report.issues.filter((i) => i.code === "totals_row").map((i) => [i.row, i.severity])).toEqual([[3, "info"], [4, "info"]]);
  });

  it("`;` and `；` lists → arrays", async () => {
    const { rows } = await crafted("semicolon-lists.csv");
    expect(rows.map((r) => pick(r.record, ["departments", "beds"]))).toEqual([[["内科", "外科", "小児科"], 1020], [["内科", "皮膚科"], 0]]);
  });

  it("the official template's example row (〇〇会館 … 青葉町一丁目○-○) left above the data is not read as data", async () => {
    const example = "011002,1,〇〇会館,北海道札幌市厚別区青葉町一丁目○-○　○○ビル1階,43.064310,141.346814,1階エントランス,,,,";
    const text = `${AED_HEADER}\n${example}\n${AED_ROW}\n`;
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[2, "新宿区役所本庁舎"]]);
    expect(report.issues.find((i) => i.code === "template_example_row")).toMatchObject({ row: 1, severity: "warning" });
    // marks before a word of a name's own may be a real name: only reported; 〇 as a kanji numeral (二〇〇番地) is no blank
    const one = await runBytes(`${AED_HEADER}\n${AED_ROW.replace("新宿区役所本庁舎", "〇〇珈琲")}\n${AED_ROW.replace("歌舞伎町1-4-1", "歌舞伎町二〇〇番地")}\n`, "131041_aed.csv");
    expect(one.rows.map((r) => r.record.name)).toEqual(["〇〇珈琲", "新宿区役所本庁舎"]);
    expect(tuples(one.report, "template_example", "template_example_row")).toEqual([[1, "name", "template_example"]]);
  });

  it("a row named as the template's blank (〇〇会館, ●●公園, ＊＊, 例：…) is not data wherever it is, and a 同上 under it copies nothing", async () => {
    const rows = ["〇〇会館", "同上", "新宿区役所分室", "●●公園", "＊＊", "例：新宿区立〇〇図書館", "〇〇珈琲", "○○商会"]
      .map((name, i) => AED_ROW.replace("131041,1,新宿区役所本庁舎", `131041,${i + 1},${name}`));
    const { report, rows: out } = await runBytes(`${AED_HEADER}\n${AED_ROW}\n${rows.join("\n")}\n`, "131041_aed.csv");
    expect(out.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "新宿区役所本庁舎", true], [3, "同上", false],
      [4, "新宿区役所分室", true], [8, "〇〇珈琲", true], [9, "○○商会", true]]);
    expect(report.issues.filter((i) => i.code === "template_example_row").map((i) => [i.row, i.severity, i.value])).toEqual([
      [2, "warning", "131041,1,〇〇会館,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,08:30,17:15,有"],
      [5, "warning", "131041,4,●●公園,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,08:30,17:15,有"],
      [6, "warning", "131041,5,＊＊,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,08:30,17:15,有"],
      [7, "warning", "131041,6,例：新宿区立〇〇図書館,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,08:30,17:15,有"]]);
    const ditto = report.issues.find((i) => i.code === "ditto_after_example");
    expect(ditto).toMatchObject({ row: 3, field: "name", severity: "error", value: "同上" });
    expect(ditto?.message_ja).toBe("4行目（データの3行目）：「名称」の「同上」は、上の行がテンプレートの記入例（〇〇会館など）でデータとして読まないため、記入例の値を写さずそのまま残し、この行を無効としました。値そのものを入力してください。");
    expect(ditto?.message_en).toContain("the example's blank was not copied");
    expect(report.issues.find((i) => i.code === "template_example_row")?.message_en).toContain("is the template's example row (〇〇会館 …); it was not read as data");
    expect(tuples(report, "same_as_above", "nothing_above")).toEqual([]);
  });

  it("a 同上 shows the cell as written; its message says the value taken from the row above", async () => {
    const text = `${AED_HEADER}\n${AED_ROW}\n${AED_ROW.replace("131041,1,", "131041,2,").replace("1階ロビー", "同上")}\n`;
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows[1].record.installation_position).toBe("1階ロビー");
    const ditto = report.issues.find((i) => i.code === "same_as_above");
    expect(ditto).toMatchObject({ row: 2, field: "installation_position", value: "同上", detail: "1階ロビー" });
    expect(ditto?.message_ja).toBe("3行目（データの2行目）：「設置位置」の「同上」「〃」を、上の行の値「1階ロビー」として読みました。各行に値そのものを入力してください。");
  });

  it("a template's version line (第3.0版) and an as-of line (令和6年4月1日現在) under the data are notes, not invalid rows", async () => {
    const text = `${AED_HEADER}\n${AED_ROW}\n令和6年4月1日現在\n第3.0版\nVer.2.1\n更新日：2024/04/01\n2024年度版\n`;
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    // 2024年度版 is no version line of the form these take: it stays a (short, invalid) data row, nothing dropped
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿区役所本庁舎"], [6, null]]);
    expect(report.issues.filter((i) => i.code === "note_row").map((i) => i.value)).toEqual(["令和6年4月1日現在", "第3.0版", "Ver.2.1", "更新日：2024/04/01"]);
  });

  it("a second table under a 【参考】 line is not read as rows of the list, and its rows are named", async () => {
    const reference = ["【参考】区外の主なAED", "名称,所在地", "中野区役所,東京都中野区中野4-8-1", "", "杉並区役所,東京都杉並区阿佐谷南1-15-1"];
    const { report, rows } = await runBytes(`${AED_HEADER}\n${AED_ROW}\n${reference.join("\n")}\n`, "131041_aed.csv");
    expect(rows.map((r) => r.row)).toEqual([1]);
    expect(report.issues.filter((i) => i.code === "note_row" || i.code === "reference_rows").map((i) => [i.row, i.code, i.severity, i.value]))
      .toEqual([[2, "note_row", "info", "【参考】区外の主なAED"], [3, "reference_rows", "warning", "3-6"]]);
    // a 参考 line before any data is a title, not the start of another table
    const above = await runBytes(`${AED_HEADER}\n（参考）令和6年度\n${AED_ROW}\n`, "131041_aed.csv");
    expect(above.rows.map((r) => r.record.name)).toEqual(["新宿区役所本庁舎"]);
  });

  it("the rows under a line heading removed or closed places (【撤去済み】, 以下、撤去済み（参考）) are not published", async () => {
    const removed = (i: number) => `131041,${i},旧新宿第${i}中学校,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階,03-3209-1111,08:30,17:15,有`;
    const section = await runBytes(`${AED_HEADER}\n${AED_ROW}\n\n【撤去済み】\n${AED_HEADER}\n${removed(4)}\n${removed(5)}\n`, "131041_aed.csv");
    expect(section.rows.map((r) => r.record.name)).toEqual(["新宿区役所本庁舎"]);
    const notCurrent = (report: typeof section.report) => report.issues.filter((i) => i.code === "not_current_rows")
      .map((i) => [i.row, i.severity, i.value, i.detail]);
    expect(notCurrent(section.report)).toEqual([[4, "warning", "4-6", "【撤去済み】"]]);
    expect(section.report.issues.find((i) => i.code === "not_current_rows")?.message_ja)
      .toContain("「【撤去済み】」の行より下（データの4-6行目）は撤去・廃止・閉鎖などで今は一覧にない場所とみなし");
    expect(tuples(section.report, "section_row")).toEqual([]);
    const note = await runBytes(`${AED_HEADER}\n${AED_ROW}\n以下、撤去済み（参考）\n${removed(4)}\n`, "131041_aed.csv");
    expect(note.rows.map((r) => r.record.name)).toEqual(["新宿区役所本庁舎"]);
    expect(notCurrent(note.report)).toEqual([[3, "warning", "3-3", "以下、撤去済み（参考）"]]);
    // a denied state, a note on the rows and an ordinary section keep the rows under them
    for (const line of ["【撤去予定なし】", "※撤去予定の施設を含む", "【区施設】"]) {
      const kept = await runBytes(`${AED_HEADER}\n${AED_ROW}\n${line}\n${removed(4)}\n`, "131041_aed.csv");
      expect(kept.rows.map((r) => r.record.name)).toEqual(["新宿区役所本庁舎", "旧新宿第4中学校"]);
    }
  });

  it("a legend of the marks, a contact line and a dated version line under a list are notes", async () => {
    const footer = ["●：設備あり　空欄：設備なし", "問合せ先：中野区環境部道路管理課　03-3228-8896", "担当課：防災課", "Ver.1.2（令和6年4月1日更新）",
      "（令和6年4月1日更新）", "令和6年3月作成", "お問い合わせ　中野区保健所　電話03-3382-6500", "【問合せ先】中野区保健所", "作成：中野区",
      "掲載日：2024/04/01", "データ更新日 2024年4月1日", "TEL：03-3382-6500　FAX：03-3382-6501", "参考価格は令和6年4月時点の料金です。",
      "小児用パッド,有：設置あり,無：設置なし", "問合せ先：,中野区保健所 保健企画課,,03-3382-6500", "作成　中野区保健所", "担当 防災課",
      "作成年月日 2024年4月1日"];
    const { report, rows } = await runBytes(`${AED_HEADER}\n${AED_ROW}\n${footer.join("\n")}\n問合せの多い窓口\n`, "131041_aed.csv");
    // a note row is shown without its blank cells
    expect(report.issues.filter((i) => i.code === "note_row").map((i) => i.value)).toEqual(footer.map((f) => f.replace(/,{2,}/g, ",")));
    // a name that merely starts like one is a (short, invalid) data row
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿区役所本庁舎"], [20, null]]);
  });

  it("Excel-style notes: annotated and two-line headers are mapped, ※/（注1）/出典 footnotes are reported and not read as data", async () => {
    const { report, rows } = await crafted("footnotes-annotated-headers.csv", { dataset: "aed", municipality: "131041" });
    expect(report.header.map((h) => [h.source, h.field, h.method])).toEqual([
      ["名称", "name", "exact"], ["所在地_連結表記", "full_address", "exact"],
      ["緯度\n（世界測地系）", "latitude", "alias"], ["経度\n（世界測地系）", "longitude", "alias"],
      ["設置位置", "installation_position", "exact"], ["電話番号(代表)", "phone_number", "alias"], ["電話番号(夜間)", null, "none"],
    ]);
    expect(rows.map((r) => [r.row, r.record.name, r.record.latitude, r.record.phone_number, r.extra])).toEqual([
      [1, "新宿区役所本庁舎", 35.69384, "03-3209-1111", { "電話番号(夜間)": "03-3209-0000" }],
      // one filled cell that does not read as a note stays a (short, invalid) data row: nothing is dropped by length
      [3, "注文の多い料理店記念館", null, null, {}],
      [4, "新宿区立大久保図書館", 35.700984, "03-3209-3812", {}],
    ]);
    expect([report.rows, report.valid, report.invalid]).toEqual([3, 2, 1]);
    expect(tuples(report, "note_row").map(([row]) => row)).toEqual([2, 6, 7]);
    expect(report.issues.filter((i) => i.code === "note_row").map((i) => i.value))
      .toEqual(["※令和6年4月に2台増設しました。", "（注1）設置位置は変わることがあります。", "出典：新宿区健康部"]);
    // 電話番号(夜間) beside 電話番号(代表) is another number, not a copy to merge: said as qualified_header
    expect(report.issues.find((i) => i.code === "qualified_header")).toMatchObject({ field: "電話番号(夜間)", value: "電話番号(代表)" });
    // a data officer reads the column's Japanese name in the message; programs keep the key in `field`
    expect(report.issues.find((i) => i.code === "missing_required" && i.field === "full_address")).toMatchObject({
      row: 3, message_ja: "5行目（データの3行目）：必須項目「所在地_連結表記」が空です。値を入力してください。",
    });
    expect(report.issues.find((i) => i.code === "missing_required" && i.field === "full_address")?.message_en)
      .toBe("Row 5 (data row 3): required field \"full_address\" is empty. Fill it in.");
    // the header is the file's second row (a title above it): data row n is the spreadsheet's row n + 2
    expect(report.header_row).toBe(2);
  });

  it("a ward's population table: 町丁名/男/女/計 headers, the as-of date from the file name, the 中野区計 row and ※ note left out", async () => {
    const { report, rows } = await crafted("population-ward-table_20240101.csv");
    expect(report.dataset).toBe("population");
    expect(report.header.map((h) => [h.source, h.field])).toEqual([["町丁名", "area_name"], ["世帯数", "households"], ["男", "male"], ["女", "female"], ["計", "total"]]);
    expect(rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.total, r.record.male, r.record.female, r.record.households]))
      .toEqual([
        ["中野一丁目", "2024-01-01", 7134, 3456, 3678, 4123], ["中野二丁目", "2024-01-01", 5903, 2901, 3002, 3210],
        ["中野三丁目", "2024-01-01", 5167, 2555, 2612, 2987], ["弥生町一丁目", "2024-01-01", 1998, 987, 1011, 1120],
        ["南台五丁目", "2024-01-01", 0, 0, 0, 0],
      ]);
    expect([report.rows, report.valid, report.invalid]).toEqual([5, 5, 0]);
    expect(report.issues.filter((i) => i.code === "totals_row" || i.code === "note_row").map((i) => [i.code, (i.value ?? "").split(",")[0]]))
      .toEqual([["totals_row", "中野区計"], ["note_row", "※外国人住民を含みます。"]]);
    // said once for the file, with the column's Japanese name
    expect(report.issues.find((i) => i.code === "column_filled" && i.field === "survey_date")).toMatchObject({ value: "2024-01-01" });
    expect(report.issues.find((i) => i.code === "column_filled" && i.field === "survey_date")?.message_ja).toBe(
      "ファイルに「調査年月日」の列がないため、ファイル名、表題または表の下の「○年○月○日現在」から各行に補いました（例：「2024-01-01」）。列を加えて値を入力すると確実です。");
    expect(report.issues.some((i) => i.code === "missing_column")).toBe(false);
  });

  it.each([
    ["羽村市 町丁別人口 令和6年4月1日現在", "2024-04-01"], ["町丁別人口（令和6年4月1日現在）", "2024-04-01"],
    ["町丁別世帯数（基準日：令和6年4月1日）", "2024-04-01"], ["2024年1月1日時点の町丁別人口", "2024-01-01"],
    ["町丁別人口（前回調査日：令和5年4月1日）令和6年4月1日現在", "2024-04-01"], ["人口（前回調査日：令和5年4月1日、調査日：令和6年4月1日）", "2024-04-01"],
  ])("the as-of date inside a longer title (%s) is the survey date of every row", async (title, date) => {
    const { report, rows } = await runBytes(`${title}\n地域名,総人口,男性,女性\n本町一丁目,10,5,5\n本町二丁目,8,4,4\n`, "132276_population.csv");
    expect(rows.map((r) => r.record.survey_date)).toEqual([date, date]);
    expect([report.valid, report.invalid]).toEqual([2, 0]);
  });

  it("a two-row age × sex header: each band's 男/女 maps to its column, bands past 85歳以上 stay in extra under their own names and make 85歳以上", async () => {
    const { report, rows } = await crafted("population-two-row-age-header.csv");
    const fields = Object.fromEntries(report.header.map((h) => [h.source, h.field]));
    expect(fields).toMatchObject({ 地域名: "area_name", 計: "total", 男: "male", 女: "female", "0～4歳_男": "age_0_4_male", "80～84歳_女": "age_80_84_female", "85～89歳_男": null });
    expect(report.issues.some((i) => i.code === "duplicate_header")).toBe(false);
    expect(rows[0].record).toMatchObject({ area_name: "旭が丘一丁目", survey_date: "2024-04-01", total: 2647, male: 1186, female: 1461, age_0_4_male: 30, age_0_4_female: 75 });
    expect(Object.keys(rows[0].extra)).toEqual(["85～89歳_男", "85～89歳_女", "90～94歳_男", "90～94歳_女", "95～99歳_男", "95～99歳_女", "100歳以上_男", "100歳以上_女"]);
    // 85歳以上 is their sum
    expect(rows[0].extra).toMatchObject({ "85～89歳_男": "118", "90～94歳_男": "49", "95～99歳_男": "1", "100歳以上_男": "99",
      "85～89歳_女": "66", "90～94歳_女": "94", "95～99歳_女": "85", "100歳以上_女": "8" });
    expect(rows[0].record).toMatchObject({ age_85_plus_male: 118 + 49 + 1 + 99, age_85_plus_female: 66 + 94 + 85 + 8 });
    expect(rows.every((r) => r.valid)).toBe(true);
  });

  it("a legend under the data (【凡例】, 1：指定あり、空欄：指定なし, 注意事項：) is notes, not rows", async () => {
    const { report, rows } = await crafted("evacuation-legend-rows.csv");
    expect(rows.map((r) => r.record.id)).toEqual(["E001", "E002", "E003", "E004", "E005", "E006", "E007"]);
    expect(report.issues.filter((i) => i.code === "note_row").map((i) => i.value))
      .toEqual(["【凡例】", "1：指定あり、空欄：指定なし", "注意事項：河川敷は洪水時には使用できません。"]);
  });

  it("event dates with holiday marks, a weekday that is not the date's, and end times past midnight", async () => {
    const { report, rows } = await crafted("event-holidays-past-midnight.csv");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time])).toEqual([
      ["2024-11-03", "2024-11-03", "14:00", "16:00"],
      ["2024-11-04", null, "10:00", "12:00"],
      // one day ending 翌2時: it ends the next day
      ["2024-09-21", "2024-09-22", "22:00", "02:00"],
      ["2024-07-20", "2024-07-21", "19:00", "00:30"],
      // several days: each day's hours, the dates kept
      ["2024-07-20", "2024-07-22", "18:00", "01:00"],
    ]);
    expect(tuples(report, "date_weekday_mismatch")).toEqual([[3, "start_date", "date_weekday_mismatch"], [3, "end_date", "date_weekday_mismatch"]]);
    expect(tuples(report, "end_date_next_day").map(([row, field]) => [row, field])).toEqual([[3, "end_date"], [4, "end_date"]]);
    expect(tuples(report, "unparseable_date", "end_before_start")).toEqual([]);
  });

  it("a required count kept secret (x, ＊) is empty as published: the row stays valid, with the info only", async () => {
    const csv = "調査年月日,地域名,総人口,男性,女性\n2024-01-01,中野一丁目,＊,x,＊\n2024-01-01,中野二丁目,,1,2\n";
    const { report, rows } = await runBytes(csv, "131148_population.csv");
    expect(rows.map((r) => [r.record.total, r.valid])).toEqual([[null, true], [null, false]]);
    expect(tuples(report, "suppressed_count", "missing_required")).toEqual([
      [1, "total", "suppressed_count"], [1, "male", "suppressed_count"], [1, "female", "suppressed_count"], [2, "total", "missing_required"],
    ]);
  });

  it("a required count that is no number is one error saying so (not empty + unparseable); decimals where a whole number is wanted say so", async () => {
    const csv = "調査年月日,地域名,総人口,男性,女性\n2024-01-01,中野一丁目,不明,100,120\n2024-01-01,中野二丁目,3.5,1,2\n2024-01-01,中野三丁目,,1,2\n";
    const { report, rows } = await runBytes(csv, "131148_population.csv");
    expect(rows.map((r) => r.valid)).toEqual([false, false, false]);
    expect(report.issues.filter((i) => i.field === "total").map((i) => [i.row, i.code, i.severity, i.value])).toEqual([
      [1, "required_not_integer", "error", "不明"], [2, "not_integer", "error", "3.5"], [3, "missing_required", "error", null]]);
    const [notNumber, decimal] = report.issues.filter((i) => i.field === "total");
    expect(notNumber.message_ja).toBe("2行目（データの1行目）：必須項目「総人口」の値「不明」は数として読めません。この項目には半角数字の整数（例 1234）を入力してください。");
    expect(notNumber.message_en).toBe("Row 2 (data row 1): \"不明\" in the required column total is not a number. Enter a whole number in half-width digits (e.g. 1234).");
    expect(decimal.message_ja).toBe("3行目（データの2行目）：「総人口」の値「3.5」は整数ではありません。この項目には小数点のない半角数字の整数（例 1234）を入力してください。");
    // an optional count with decimals (員数（数） 1.5) is not_integer too
    const property = await runBytes("名称,員数（数）\n宗関寺のヒイラギ,1.5\n", "132012_cultural_property.csv");
    expect(tuples(property.report, "not_integer", "wrong_type")).toEqual([[1, "quantity", "not_integer"]]);
  });

  it("one 緯度・経度 column is read as both coordinates, each row's value cut in two", async () => {
    const { report, rows } = await crafted("wifi-combined-coordinates.csv");
    expect(report.dataset).toBe("public_wireless_lan");
    expect(report.header.filter((h) => h.source === "緯度・経度").map((h) => h.field)).toEqual(["latitude", "longitude"]);
    expect(rows.map((r) => [r.record.latitude, r.record.longitude, r.record.installer])).toEqual([
      [35.699493, 139.636288, "杉並区"], [35.704821, 139.620123, "杉並区"], [35.705123, 139.649876, "杉並区"],
    ]);
    expect(rows.every((r) => r.valid && Object.keys(r.extra).length === 0)).toBe(true);
    expect(report.issues.find((i) => i.code === "coordinates_column_split")).toMatchObject({ row: null, field: "緯度・経度", severity: "info" });
  });

  it("an area given as 日本人 / 外国人 / 計 rows by a 区分 column: its 計 row is the record, the parts are said and left out", async () => {
    const { report, rows } = await crafted("population-residents-breakdown_20240101.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.total, r.record.male, r.record.female, r.extra])).toEqual([
      [3, "東上野一丁目", 1650, 810, 840, { 区分: "計" }], [6, "東上野二丁目", 1420, 700, 720, { 区分: "計" }],
    ]);
    expect(tuples(report, "breakdown_row", "totals_row").map(([row, , code]) => [row, code]))
      .toEqual([[1, "breakdown_row"], [2, "breakdown_row"], [4, "breakdown_row"], [5, "breakdown_row"]]);
  });

  it("pages of a printed list pasted together: the header repeated, page numbers and section headings are said and not read", async () => {
    const { report, rows } = await crafted("facility-pages-and-sections.csv", { dataset: "public_facility", municipality: "131024" });
    expect(rows.map((r) => [r.row, r.record.name, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      // 休館日 is kept after its header: bare, closed days would read as days of use
      [2, "中央区民センター", "09:00", "21:30", "休館日：年末年始"],
      // the hours are read without their note, which the remarks keep with the cell
      [3, "北区民センター", "09:00", "21:00", "休館日：第3月曜日 / 9時～21時（受付は20時まで）"],
      [7, "中央図書館", "09:00", "20:00", null],
    ]);
    // a page number is said as a printed page's line, not as a note
    expect(tuples(report, "section_row", "note_row", "print_row", "repeated_header_row").map(([row, , code]) => [row, code]))
      .toEqual([[1, "section_row"], [4, "print_row"], [5, "repeated_header_row"], [6, "section_row"], [8, "print_row"]]);
  });
  it("内線番号 written 内線 205, (内線)1234, 内線3456・3457 publishes the digits; a full-width ２３４５ is made half-width", async () => {
    const { report, rows } = await crafted("evacuation-extension-labels.csv");
    expect(rows.map((r) => [r.record.phone_number, r.record.extension_number])).toEqual([
      ["03-3689-1111", "205"], ["03-3657-2222", "1234"], ["03-3670-4080", null], ["03-3652-1111", "2345"], ["03-3878-3333", "3456・3457"],
    ]);
    expect(report.issues.filter((i) => i.code === "extension_label_removed").map((i) => [i.row, i.field, i.value, i.detail])).toEqual([
      [1, "extension_number", "内線 205", "205"], [2, "extension_number", "(内線)1234", "1234"], [5, "extension_number", "内線3456・3457", "3456・3457"],
    ]);
  });

  it("an old 推奨 toilet list: a range to 24:00 in 利用開始時間 ends at 23:59, said; 終日 is all day; a note beside 有 is kept", async () => {
    const { report, rows } = await crafted("toilet-hours-to-24.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time])).toEqual([
      ["06:00", "22:00"], ["00:00", "23:59"], ["07:00", "23:00"], ["05:00", "23:59"], ["09:00", null],
    ]);
    expect(tuples(report, "hour_24")).toEqual([[4, "end_time", "hour_24"]]);
    // 16:30（11月～2月は16:00） is no end for the whole year: no time is published, the cell is kept (seasonal-hours.ts)
    expect(tuples(report, "hours_by_season")).toEqual([[5, "end_time", "hours_by_season"]]);
    expect(rows.map((r) => [r.record.wheelchair_toilet, r.record.baby_care_toilet, r.record.ostomate_toilet])).toEqual([
      [true, true, false], [true, true, true], [true, null, true], [true, false, true], [false, false, false],
    ]);
    expect(rows[1].record.remarks).toBe("乳幼児用設備設置トイレ有無：有（ベビーシート） / オストメイト設置トイレ有無：有（1F）");
  });
  it("an event list: 参加費無料 is a fee of 0, 12:00解散予定 the end (warned, kept in 開始日時特記事項), 内線2345 the extension 2345", async () => {
    const { report, rows } = await crafted("event-free-fees-and-parting.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual([
      [0, null], [500, "大人500円／子ども300円"], [0, null], [null, null], [0, null],
    ]);
    expect(pick(rows[2].record, ["start_time", "end_time", "schedule_remarks"])).toEqual(["09:00", "12:00", "小雨決行 / 9:00集合 / 12:00解散予定"]);
    expect(tuples(report, "time_dispersal_as_end", "free_of_charge")).toEqual([
      [1, "fee_basic", "free_of_charge"], [3, "end_time", "time_dispersal_as_end"], [3, "fee_basic", "free_of_charge"],
    ]);
    expect(rows[0].record.extension_number).toBe("2345");
  });

  it("a ward's old 推奨 介護 list: services of before the 2017 総合事業 (介護予防通所介護) are known services, split from the others at ・", async () => {
    const { report, rows } = await crafted("care-service-preventive-services.csv");
    expect(report.dataset).toBe("care_service");
    expect(rows.map((r) => r.record.service_type)).toEqual([
      "訪問介護", "通所介護;介護予防通所介護", "介護老人福祉施設", "居宅介護支援", "認知症対応型共同生活介護", "訪問看護;介護予防訪問看護",
      "小規模多機能型居宅介護", "短期入所生活介護", "福祉用具貸与;特定福祉用具販売", "通所リハビリテーション"]);
    expect(report.issues.filter((i) => i.field === "service_type").map((i) => [i.row, i.code, i.value])).toEqual([
      [2, "list_separator", "通所介護・介護予防通所介護"], [6, "list_separator", "訪問看護、介護予防訪問看護"], [9, "list_separator", "福祉用具貸与/特定福祉用具販売"]]);
  });

  it("a city's monthly food permit list: two kinds of business in one cell (飲食店営業、菓子製造業) are published as two, said", async () => {
    const { report, rows } = await crafted("food-permit-kinds-in-one-cell.csv");
    expect(report.dataset).toBe("food_business");
    expect(rows.map((r) => [r.record.name, r.record.business_type, r.record.permit_date, r.record.permit_expiry_date])).toEqual([
      ["カレーハウス立川", "飲食店営業", "2024-03-01", "2030-02-28"], ["居酒屋たちかわ", "飲食店営業", "2024-03-04", "2030-02-28"],
      ["パン工房にしき", "菓子製造業", "2024-03-05", "2030-02-28"], ["寿司まさ", "飲食店営業", "2024-03-11", "2030-03-31"],
      ["肉のたちかわ", "食肉販売業", "2024-03-12", "2030-03-31"], ["カフェ・ド・ファーレ", "飲食店営業;菓子製造業", "2024-03-15", "2030-03-31"],
      ["キッチンカーTACHIKAWA", "飲食店営業", "2024-03-18", "2030-03-31"], ["魚屋さん砂川", "魚介類販売業", "2024-03-22", "2030-03-31"]]);
    expect(report.issues.filter((i) => i.field === "business_type").map((i) => [i.row, i.code, i.severity, i.value]))
      .toEqual([[6, "list_separator", "info", "飲食店営業、菓子製造業"]]);
  });

  it("a ward's tourism list named in romaji (kanko): 緯度経度 in one cell, 営業時間 as a range, 定休日, a URL without its scheme", async () => {
    const { report, rows } = await crafted("kanko-spots.csv");
    expect([report.dataset, report.detection?.by]).toEqual(["tourism", "file_name"]);
    expect(rows.map((r) => [r.record.latitude, r.record.longitude, r.record.start_time, r.record.end_time, r.record.availability_remarks, r.record.url])).toEqual([
      [35.5443, 139.7683, "06:30", "22:30", "定休日：年中無休", "https://tokyo-haneda.com"],
      [35.5768, 139.7065, "00:00", "23:59", "定休日：なし", "https://www.honmonji.jp"],
      // 9:00～17:00（6月～8月は19:00まで）: the summer moves the end only, so 09:00 holds all year (time_by_season)
      [35.5797, 139.7416, "09:00", null, "定休日：第3月曜日（祝日の場合は翌日）、年末年始 / 9:00～17:00（6月～8月は19:00まで）", "https://www.ota-city.jp/norimuseum/"],
      [35.6034, 139.6909, "10:00", "18:00", "定休日：月曜日（祝日の場合は翌平日）", "https://www.city.ota.tokyo.jp/katsu/"],
      [35.5931, 139.6627, "00:00", "23:59", "定休日：なし", null]]);
    expect(report.issues.filter((i) => i.field === "url").map((i) => [i.row, i.code, i.value])).toEqual([
      [1, "url_scheme_repaired", "tokyo-haneda.com"], [2, "url_scheme_repaired", "www.honmonji.jp"]]);
    expect(report.issues.filter((i) => i.code === "time_by_season").map((i) => [i.row, i.field, i.detail])).toEqual([[3, "end_time", "17:00、6月~8月は19:00まで"]]);
  });

  it("a city's old 推奨 消防水利 list: a 口径 of 0 on a tank, a pool and a well is no size, left empty; a hydrant's φ75 is 75", async () => {
    const { report, rows } = await crafted("fire-hydrant-zero-diameter.csv");
    expect(report.dataset).toBe("fire_hydrant");
    expect(rows.map((r) => [r.record.kind, r.record.diameter_mm, r.record.remarks])).toEqual([
      ["消火栓", 150, "地下式単口"], ["消火栓", 75, "地上式"], ["防火水そう", null, "容量40㎥"], ["プール", null, "夏季のみ"],
      ["防火水槽", null, "口径：40"], ["私設消火栓", 65, null], ["井戸", null, "震災対策用井戸"]]);
    expect(report.issues.filter((i) => i.field === "diameter_mm" && i.code !== "full_width_converted").map((i) => [i.row, i.code, i.value])).toEqual([
      [2, "unit_stripped", "φ75"], [3, "zero_as_none", "0"], [4, "zero_as_none", "０"], [5, "value_not_for_kind", "40（種別：防火水槽）"], [7, "zero_as_none", "0"]]);
  });

  it("a ward's old 推奨 オープンデータ一覧: formats in katakana, with 形式/版 after them or a note in brackets are the standard's, notes kept", async () => {
    const { report, rows } = await crafted("open-data-list-formats.csv");
    expect(report.dataset).toBe("open_data_list");
    expect(rows.map((r) => [r.record.file_format, r.record.remarks])).toEqual([
      ["CSV", "ファイル形式：CSV(UTF-8)"], ["Excel", null], ["CSV;PDF", "ファイル形式：CSV（Shift_JIS・UTF-8）、PDF"], ["CSV;PDF", null],
      ["Excel", "当初予算のみ / ファイル形式：Excel(xlsx)"], ["SHP", "ファイル形式：shp（シェープファイル）"], ["PDF", null]]);
    expect(report.issues.filter((i) => i.field === "file_format" && i.code !== "list_separator").map((i) => [i.row, i.code, i.value, i.detail])).toEqual([
      [1, "list_item_with_note", "CSV(UTF-8)", "CSV(UTF-8)→CSV"], [2, "list_item_respelled", "エクセル", "エクセル→Excel"],
      [3, "list_item_with_note", "CSV（Shift_JIS・UTF-8）、PDF", "CSV（Shift_JIS・UTF-8）→CSV"],
      [4, "list_item_respelled", "CSV形式・PDF形式", "CSV形式→CSV、PDF形式→PDF"], [5, "list_item_with_note", "Excel(xlsx)", "Excel(xlsx)→Excel"],
      [6, "list_item_with_note", "shp（シェープファイル）", "shp（シェープファイル）→SHP"], [7, "list_item_respelled", "PDF版", "PDF版→PDF"]]);
    // the issue that read a format without its note says where the cell went: no kept_as_remarks besides
    expect(tuples(report, "kept_as_remarks")).toEqual([]);
    // API対応有無 written with its subject before the yes or no
    expect(rows.map((r) => r.record.has_api)).toEqual([false, false, false, true, false, false, false]);
    expect(report.issues.filter((i) => i.field === "has_api").map((i) => [i.row, i.code, i.value, i.detail])).toEqual([
      [1, "nonstandard_flag", "API未対応", "無"], [4, "nonstandard_flag", "API有", "有"]]);
  });

  it("a city's new 正式版 介護 list whose 所在地 code is a neighbour's (福生市's 132187) on rows in 羽村市: the address's code, warned", async () => {
    const { report, rows } = await crafted("care-service-neighbour-location-code.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.city, r.record.located_local_government_code, r.record.service_type])).toEqual([
      ["東京都羽村市緑ヶ丘1-11-5", "羽村市", "132276", "訪問介護"], ["東京都羽村市羽東2-3-4", "羽村市", "132276", "通所介護"],
      ["東京都羽村市川崎4-5-6", "羽村市", "132276", "介護老人福祉施設;短期入所生活介護"],
      ["東京都羽村市五ノ神3-1-2　サクラビル2階", "羽村市", "132276", "訪問看護;介護予防訪問看護"]]);
    expect(tuples(report, "located_code_differs_from_address")).toEqual([
      [3, "located_local_government_code", "located_code_differs_from_address"], [4, "located_local_government_code", "located_code_differs_from_address"]]);
  });
});
