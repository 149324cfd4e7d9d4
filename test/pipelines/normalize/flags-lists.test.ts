import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import { normalizeFlag, normalizeMark } from "../../../pipelines/normalize/flags.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { knownItemsOf, normalizeLineList, normalizeList, normalizeTextList, plainKnownTextList, plainTextList } from "../../../pipelines/normalize/lists.ts";
import { getDataset } from "../../../schemas/index.ts";
import { at, codes } from "./helpers.ts";

describe("normalizeFlag", () => {
  it.each([
    ["有", true, []], ["無", false, []], ["1", true, []], ["0", false, []], ["", null, []],
    ["○", true, ["nonstandard_flag"]], ["◯", true, ["nonstandard_flag"]], ["〇", true, ["nonstandard_flag"]],
    ["×", false, ["nonstandard_flag"]], ["あり", true, ["nonstandard_flag"]], ["なし", false, ["nonstandard_flag"]],
    ["有り", true, ["nonstandard_flag"]], ["無し", false, ["nonstandard_flag"]], ["true", true, ["nonstandard_flag"]],
    // half-width katakana of old Shift_JIS exports (before: unparseable_flag)
    ["ｱﾘ", true, ["nonstandard_flag"]], ["ﾅｼ", false, ["nonstandard_flag"]], ["アリ", true, ["nonstandard_flag"]],
    ["FALSE", false, ["nonstandard_flag"]], ["Yes", true, ["nonstandard_flag"]], ["no", false, ["nonstandard_flag"]],
    ["可", true, ["nonstandard_flag"]], ["不可", false, ["nonstandard_flag"]], ["１", true, ["nonstandard_flag"]],
    ["-", null, ["placeholder_value"]], ["－", null, ["placeholder_value"]],
    ["一部", null, ["partial_flag"]], ["要予約", null, ["unparseable_flag"]],
    // a count of the thing with the word it is counted in: 1 or more is 有, 0 is 無
    ["2台", true, ["count_as_flag"]], ["1基", true, ["count_as_flag"]], ["１台", true, ["count_as_flag"]],
    ["3 箇所", true, ["count_as_flag"]], ["0台", false, ["count_as_flag"]], ["12台", true, ["count_as_flag"]],
    // a bare 2 may be a code (凡例 1=有、2=無) as well as a count: not read without the file's legend, an error
    ["2", null, ["coded_flag"]], ["12", null, ["coded_flag"]], ["２", null, ["coded_flag"]],
    // no count: another unit, a fraction, a sign, a range
    ["2人", null, ["unparseable_flag"]], ["1.5", null, ["unparseable_flag"]], ["-1", null, ["unparseable_flag"]], ["1～2台", null, ["unparseable_flag"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeFlag(raw, at))).toEqual([value, issueCodes]);
  });

  it("a count says what it was read as, and the record keeps it in 備考 (the issue says so: no second one)", () => {
    const [yes] = normalizeFlag("2台", { row: 3, field: "baby_care_toilet" }).issues;
    expect([yes.row, yes.field, yes.code, yes.severity, yes.value, yes.detail]).toEqual([3, "baby_care_toilet", "count_as_flag", "info", "2台", "有"]);
    expect(yes.message_ja).toContain("「2台」は数のため、1以上を「有」として読み");
    expect(normalizeFlag("0", at).issues).toEqual([]);
    const toilets = getDataset("public_toilet")!;
    const { record, issues } = normalizeRecord({ name: "公園トイレ", installation_position: "公園内", baby_care_toilet: "2台", ostomate_toilet: "1基",
      wheelchair_toilet: "1" }, toilets, { row: 2 }, { municipality: "131105" });
    expect([record.baby_care_toilet, record.ostomate_toilet, record.wheelchair_toilet, record.remarks])
      .toEqual([true, true, true, "乳幼児用設備設置トイレ有無：2台 / オストメイト設置トイレ有無：1基"]);
    expect(issues.filter((i) => i.code === "count_as_flag").map((i) => [i.row, i.field, i.value]))
      .toEqual([[2, "baby_care_toilet", "2台"], [2, "ostomate_toilet", "1基"]]);
    expect(issues.some((i) => i.code === "kept_as_remarks")).toBe(false);
  });

  it("an unreadable flag is a warning with the value", () => {
    expect(normalizeFlag("要確認", { row: 3, field: "pediatric_pads" })).toEqual({
      value: null, issues: [issue("unparseable_flag", { row: 3, field: "pediatric_pads", value: "要確認" })],
    });
  });
});

describe("normalizeMark (1 = yes, empty = no)", () => {
  it.each([
    ["1", true, []], ["", false, []], [" ", false, []], ["１", true, ["nonstandard_mark"]],
    ["○", true, ["nonstandard_mark"]], ["有", true, ["nonstandard_mark"]], ["×", false, ["nonstandard_mark"]],
    ["0", false, ["nonstandard_mark"]], ["無", false, ["nonstandard_mark"]], ["-", false, ["placeholder_value"]],
    ["対象", true, ["nonstandard_mark"]], ["対象外", false, ["nonstandard_mark"]], ["1.0", true, ["nonstandard_mark"]],
    ["✓", true, ["nonstandard_mark"]],
    // 指定避難所との重複 written as what the overlap is
    ["兼用", true, ["nonstandard_mark"]], ["重複", true, ["nonstandard_mark"]], ["重複なし", false, ["nonstandard_mark"]],
    ["実施", true, ["nonstandard_mark"]], ["未実施", false, ["nonstandard_mark"]],
    // a yes or no with a note after it
    ["有（2台）", true, ["flag_with_note"]], ["なし(屋外)", false, ["flag_with_note"]], ["（有）", null, ["unparseable_mark"]],
    // a note that may turn it around is not read past
    ["有（R7年度設置予定）", null, ["unparseable_mark"]], ["有（ただし故障中）", null, ["unparseable_mark"]], ["なし（成人・小児兼用パッド装着）", null, ["unparseable_mark"]],
    // 兼用 says whom a yes serves (a toilet shared by men and women; pads for adults and children): it undoes a no only
    ["有（男女兼用）", true, ["flag_with_note"]], ["あり(成人・小児兼用)", true, ["flag_with_note"]], ["無（男女兼用）", null, ["unparseable_mark"]],
    // a 1/empty column's 1 is a mark, not a count: its 2 may be a code, and is not read
    ["2", null, ["unparseable_mark"]], ["一部", null, ["partial_mark"]], ["○（一部区域）", null, ["partial_mark"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeMark(raw, at))).toEqual([value, issueCodes]);
  });

  it("a cell that says only part asks for 1 or an empty cell, the column's own marks, not 有/無", () => {
    const [partial] = normalizeMark("○（一部区域）", { row: 4, field: "hazard_landslide" }).issues;
    expect([partial.row, partial.field, partial.code, partial.severity, partial.value]).toEqual([4, "hazard_landslide", "partial_mark", "warning", "○（一部区域）"]);
    expect(partial.message_ja).toContain("該当なら「1」、該当しないなら空欄で入力し");
    expect(partial.message_ja).not.toContain("「有」");
    expect(partial.message_en).toContain("takes 1 if the item applies and an empty cell if not");
  });

  it("tells the officer what the cell was read as, and to write 1 or leave the cell empty, not 有/無", () => {
    const [yes] = normalizeMark("○", { row: 2, field: "hazard_flood" }).issues;
    expect(yes.message_ja).toBe("2行目：「hazard_flood」の「○」を「1」（該当）として読みました。この列は該当なら「1」、該当しないなら空欄で入力してください。");
    expect(yes.message_en).toContain("was read as 1 (yes)");
    const [no] = normalizeMark("×", { row: 3, field: "hazard_flood" }).issues;
    expect(no.message_ja).toContain("「×」を空欄（該当しない）として読みました");
    expect(normalizeFlag("なし", { row: 4, field: "pediatric_pads" }).issues[0].message_ja)
      .toBe("4行目：「pediatric_pads」の「なし」を「無」として読みました。「有」または「無」で入力してください。");
  });
});

describe("normalizeList", () => {
  it.each([
    ["内科;外科;小児科", ["内科", "外科", "小児科"], []],
    ["内科; 外科 ;", ["内科", "外科"], []],
    ["月；火；水", ["月", "火", "水"], ["full_width_converted"]],
    ["内科\n外科", ["内科", "外科"], []],
    ["内科、外科、小児科", ["内科", "外科", "小児科"], ["list_separator"]],
    ["内科,外科", ["内科", "外科"], ["list_separator"]],
    // two named 町会 (before: one item)
    ["西新宿一丁目町会・西新宿二丁目町会", ["西新宿一丁目町会", "西新宿二丁目町会"], ["list_separator"]],
    // an item of a ; list (or of a line) is split by the same rule as a whole cell; a sentence in it is not
    ["内科、外科;小児科", ["内科", "外科", "小児科"], ["list_separator"]],
    ["段差なし、車椅子で入れます;授乳室", ["段差なし、車椅子で入れます", "授乳室"], []],
    // a count beside words is what they have so many of, not an item (a tourism list's バリアフリー情報)
    ["車いすの貸出し／4台;車いす対応入口", ["車いすの貸出し／4台", "車いす対応入口"], []],
    ["車いすの貸出し／4台、車いす対応入口", ["車いすの貸出し／4台", "車いす対応入口"], ["list_separator"]],
    ["1丁目、2丁目", ["1丁目", "2丁目"], ["list_separator"]],
    ["入口にスロープがあり車椅子で入れます、2階へはエレベーターで上がれます", ["入口にスロープがあり車椅子で入れます、2階へはエレベーターで上がれます"], []],
    ["段差なし、車椅子で入れます", ["段差なし、車椅子で入れます"], []],
    ["上原区または、近隣行政区", ["上原区または、近隣行政区"], []],
    ["内科（月、水、金のみ）、皮膚科", ["内科（月、水、金のみ）", "皮膚科"], ["list_separator"]],
    // など (等, ほか) written on to the last item says the list goes on: taken off the item, said (before: `小児科など` an item)
    ["内科、小児科など", ["内科", "小児科"], ["list_separator", "list_ends_with_etc"]],
    ["内科・小児科・アレルギー科など", ["内科", "小児科", "アレルギー科"], ["list_separator", "list_ends_with_etc"]],
    ["眼科等", ["眼科"], ["list_ends_with_etc"]],
    ["西新宿1,2丁目", ["西新宿1,2丁目"], []],
    ["車いすの方は、職員にお声がけください。", ["車いすの方は、職員にお声がけください。"], []],
    ["全域、ただし一部地域を除く", ["全域、ただし一部地域を除く"], []],
    // a part that joins on or says only that there is more: a sentence, one item as written (no 及びPDF, no ほか as an item)
    ["内科、外科、ほか", ["内科、外科、ほか"], []],
    ["内科\nほか", ["内科\nほか"], []],
    ["内科 及び外科", ["内科 及び外科"], []],
    ["車椅子対応トイレ、オストメイト対応、授乳室", ["車椅子対応トイレ", "オストメイト対応", "授乳室"], ["list_separator"]],
    // slashes and spaces between short items, as hospital lists write departments; not a web address, not English
    ["内科／皮膚科", ["内科", "皮膚科"], ["list_separator"]],
    ["内科 外科 小児科 産婦人科", ["内科", "外科", "小児科", "産婦人科"], ["list_separator"]],
    ["内科　外科　眼科", ["内科", "外科", "眼科"], ["list_separator"]],
    // a URL is no item (nor split at its slashes): left out, said, the cell kept in 備考 by the row
    ["https://example.jp/a/b", null, ["list_item_link"]],
    ["エレベーター;www.example.jp/a/b", ["エレベーター"], ["list_item_link"]],
    ["Free Wi-Fi", ["Free Wi-Fi"], []],
    ["車椅子で 入れます", ["車椅子で 入れます"], []],
    // ・ between departments; not in a name
    ["内科・小児科・皮膚科", ["内科", "小児科", "皮膚科"], ["list_separator"]],
    ["町会・自治会", ["町会・自治会"], []],
    // ・ between towns with their 丁目 or named 町会 (対象となる町会・自治会); not when a part has no name of its own
    ["桜台一丁目・桜台二丁目", ["桜台一丁目", "桜台二丁目"], ["list_separator"]],
    ["豊玉北1丁目・豊玉中２丁目", ["豊玉北1丁目", "豊玉中2丁目"], ["full_width_converted", "list_separator"]],
    ["栄町会・本町自治会・西町町内会", ["栄町会", "本町自治会", "西町町内会"], ["list_separator"]],
    ["豊玉北一丁目・二丁目", ["豊玉北一丁目・二丁目"], []],
    ["桜台一丁目・桜台", ["桜台一丁目・桜台"], []],
    // a department with its specialties in brackets is still one department
    ["内科（循環器・消化器）・外科・整形外科", ["内科（循環器・消化器）", "外科", "整形外科"], ["list_separator"]],
    ["内科（循環器・消化器）", ["内科（循環器・消化器）"], []],
    ["内科（循環器 消化器） 外科", ["内科（循環器 消化器）", "外科"], ["list_separator"]],
    // separators mixed in one cell: each item is split in turn
    ["内科・消化器内科　外科", ["内科", "消化器内科", "外科"], ["list_separator"]],
    ["内科・小児科、皮膚科", ["内科", "小児科", "皮膚科"], ["list_separator"]],
    ["内科、外科・整形外科", ["内科", "外科", "整形外科"], ["list_separator"]],
    ["内科/小児科・皮膚科", ["内科", "小児科", "皮膚科"], ["list_separator"]],
    ["内科・外科\n小児科・皮膚科", ["内科", "外科", "小児科", "皮膚科"], ["list_separator"]],
    ["内科;外科・整形外科", ["内科", "外科", "整形外科"], ["list_separator"]],
    // departments named without 科, at the end or anywhere
    ["内科・外科・ペインクリニック", ["内科", "外科", "ペインクリニック"], ["list_separator"]],
    ["ペインクリニック・内科", ["ペインクリニック", "内科"], ["list_separator"]],
    ["内科・小児科・アレルギー", ["内科", "小児科", "アレルギー"], ["list_separator"]],
    ["心療内科・ペインクリニック内科・リハビリテーション科・歯科口腔外科", ["心療内科", "ペインクリニック内科", "リハビリテーション科", "歯科口腔外科"], ["list_separator"]],
    // one department whose name joins a disease or an organ with ・ stays whole, also among others
    ["糖尿病・代謝内科", ["糖尿病・代謝内科"], []],
    ["アレルギー・膠原病内科", ["アレルギー・膠原病内科"], []],
    ["内科・腎臓・高血圧内科", ["内科", "腎臓・高血圧内科"], ["list_separator"]],
    [";;", null, []],
    ["", null, []],
    ["-", null, ["placeholder_value"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeList(raw, at))).toEqual([value, issueCodes]);
  });
});

describe("normalizeTextList (実施サービス, ファイル形式: text naming several values, published with the standard's ;)", () => {
  it.each([
    ["訪問看護;介護予防訪問看護", "訪問看護;介護予防訪問看護", []],
    ["訪問看護; 介護予防訪問看護;", "訪問看護;介護予防訪問看護", []],
    ["訪問介護、居宅介護支援", "訪問介護;居宅介護支援", ["list_separator"]],
    ["訪問介護,居宅介護支援", "訪問介護;居宅介護支援", ["list_separator"]],
    ["訪問介護／居宅介護支援", "訪問介護;居宅介護支援", ["list_separator"]],
    // a slash in brackets parts nothing: the brackets are one item's note
    ["内科（消化器/循環器）／外科", "内科（消化器/循環器）;外科", ["list_separator"]],
    ["CSV（Shift_JIS/UTF-8）", "CSV（Shift_JIS/UTF-8）", []],
    ["訪問介護\n居宅介護支援", "訪問介護;居宅介護支援", ["list_separator"]],
    ["訪問介護；居宅介護支援", "訪問介護;居宅介護支援", ["full_width_converted"]],
    ["CSV、XLSX", "CSV;XLSX", ["list_separator"]],
    ["訪問介護", "訪問介護", []],
    // spaces part no values here; a sentence written with 、 stays one value
    ["訪問介護 （総合事業）", "訪問介護 （総合事業）", []],
    ["訪問介護（要支援、要介護）", "訪問介護（要支援、要介護）", []],
    ["介護保険の訪問介護を行っています、ご相談ください", "介護保険の訪問介護を行っています、ご相談ください", []],
    // a part that joins on (及び, または, その他…) or says only that there is more (ほか, 等, など): a sentence, kept as written
    ["Shift_JIS形式のCSV、及びPDF", "Shift_JIS形式のCSV、及びPDF", []],
    ["Shift_JIS形式のCSV\n及びPDF", "Shift_JIS形式のCSV\n及びPDF", []],
    ["訪問介護、ほか", "訪問介護、ほか", []],
    // written on to the last item, it is taken off the item and said (before: `PDF等` an item)
    ["CSV、PDF等", "CSV;PDF", ["list_separator", "list_ends_with_etc"]],
    ["CSV、PDF、等", "CSV、PDF、等", []],
    ["訪問介護、または通所介護", "訪問介護、または通所介護", []],
    ["訪問介護、その他の在宅サービス", "訪問介護、その他の在宅サービス", []],
    ["-", null, ["placeholder_value"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeTextList(raw, at))).toEqual([value, issueCodes]);
  });

  // ・ between a column's known items (textListOf: ファイル形式's formats, 実施サービス's services) separates them; between
  // other words it is part of a name, and a known item may have its own ・
  const known = knownItemsOf(["CSV", "XLSX", "PDF", "Excel", "訪問介護", "通所介護", "定期巡回・随時対応型訪問介護看護"]);
  it.each([
    ["CSV・PDF", "CSV;PDF", ["list_separator"]],
    ["CSV・XLSX・PDF", "CSV;XLSX;PDF", ["list_separator"]],
    ["ＣＳＶ・ＰＤＦ", "CSV;PDF", ["full_width_converted", "list_separator"]],
    // a known item in another spelling takes its own, so apps can filter on it
    ["csv・excel", "CSV;Excel", ["list_separator", "list_item_respelled"]],
    ["csv", "CSV", ["list_item_respelled"]],
    // known items joined by words a sentence would use; a part that is no known item keeps the cell as written
    ["CSV及びPDF", "CSV;PDF", ["list_separator"]],
    ["CSV、及びPDF", "CSV;PDF", ["list_separator"]],
    ["csv と pdf", "CSV;PDF", ["list_separator", "list_item_respelled"]],
    ["Shift_JIS形式のCSV及びPDF", "Shift_JIS形式のCSV及びPDF", []],
    ["訪問介護と配食サービス", "訪問介護と配食サービス", []],
    ["CSV・PDF、XLSX", "CSV;PDF;XLSX", ["list_separator"]],
    ["CSV;XLSX・PDF", "CSV;XLSX;PDF", ["list_separator"]],
    ["訪問介護・定期巡回・随時対応型訪問介護看護", "訪問介護;定期巡回・随時対応型訪問介護看護", ["list_separator"]],
    ["定期巡回・随時対応型訪問介護看護", "定期巡回・随時対応型訪問介護看護", []],
    ["CSV・その他", "CSV・その他", []],
    ["町会・自治会", "町会・自治会", []],
  ])("with known items: %j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeTextList(raw, at, known))).toEqual([value, issueCodes]);
  });

  // ファイル形式 as lists write it: in katakana, with a word after it that adds nothing, or with a note in brackets
  const formats = knownItemsOf(["CSV", "XLSX", "PDF", "Excel", "SHP", "その他"],
    { variants: { Excel: ["エクセル"], SHP: ["シェープファイル"] }, suffixes: ["形式", "ファイル", "版"], notes: true });
  it.each([
    ["エクセル", "Excel", ["list_item_respelled"], "エクセル→Excel"],
    ["CSV形式", "CSV", ["list_item_respelled"], "CSV形式→CSV"],
    ["PDF版", "PDF", ["list_item_respelled"], "PDF版→PDF"],
    ["CSVファイル及びPDFファイル", "CSV;PDF", ["list_separator", "list_item_respelled"], "CSVファイル→CSV、PDFファイル→PDF"],
    ["CSV形式・PDF形式", "CSV;PDF", ["list_separator", "list_item_respelled"], "CSV形式→CSV、PDF形式→PDF"],
    ["CSV(UTF-8)", "CSV", ["list_item_with_note"], "CSV(UTF-8)→CSV"],
    ["shp（シェープファイル）", "SHP", ["list_item_with_note"], "shp（シェープファイル）→SHP"],
    ["CSV(UTF-8)、PDF", "CSV;PDF", ["list_separator", "list_item_with_note"], "CSV(UTF-8)→CSV"],
    // a known item's note does not make it too long to be an item of a list
    ["CSV（Shift_JIS・UTF-8）、PDF", "CSV;PDF", ["list_separator", "list_item_with_note"], "CSV（Shift_JIS・UTF-8）→CSV"],
    ["ＣＳＶ（ＵＴＦ－８）", "CSV", ["full_width_converted", "list_item_with_note"], "CSV（UTF-8）→CSV"],
    ["CSV（Shift_JIS/UTF-8）", "CSV", ["list_item_with_note"], "CSV（Shift_JIS/UTF-8）→CSV"],
    ["CSV（Shift_JIS/UTF-8）／PDF", "CSV;PDF", ["list_separator", "list_item_with_note"], "CSV（Shift_JIS/UTF-8）→CSV"],
    // words before a format, or a note naming no format before it, are no format: kept as written
    ["Shift_JIS形式のCSV", "Shift_JIS形式のCSV", [], undefined],
    ["(CSV)", "(CSV)", [], undefined],
    ["地図データ", "地図データ", [], undefined],
  ])("with a column's words for its items: %j → %j %j", (raw, value, issueCodes, detail) => {
    const fixed = normalizeTextList(raw, at, formats);
    expect(codes(fixed)).toEqual([value, issueCodes]);
    expect(fixed.issues.find((i) => i.code === "list_item_respelled" || i.code === "list_item_with_note")?.detail).toBe(detail);
  });

  it("a column without such words reads a format with a note or a word after it as written", () => {
    for (const raw of ["CSV(UTF-8)", "CSV形式", "エクセル"]) expect(codes(normalizeTextList(raw, at, known)), raw).toEqual([raw, []]);
  });

  it("without known items ・ stays in the value", () => {
    expect(codes(normalizeTextList("CSV・PDF", at))).toEqual(["CSV・PDF", []]);
  });

  it("the fast path passes only cells no repair changes", () => {
    expect(plainTextList("訪問看護;介護予防訪問看護")).toBe("訪問看護;介護予防訪問看護");
    for (const raw of ["訪問介護、居宅介護支援", "訪問介護\n居宅介護支援", "訪問介護; 居宅介護支援", "CSV/PDF"]) expect(plainTextList(raw), raw).toBeUndefined();
  });

  it("with known items the fast path leaves a known item spelled otherwise, or items joined by words, to the repair", () => {
    const plain = plainKnownTextList(known);
    expect(plain("CSV")).toBe("CSV");
    expect(plain("配食サービス")).toBe("配食サービス");
    for (const raw of ["csv", "Csv", "CSV及びPDF", "CSVとPDF"]) expect(plain(raw), raw).toBeUndefined();
  });

  it("with a column's words for its items the fast path leaves them to the repair", () => {
    const plain = plainKnownTextList(formats);
    expect(plain("CSV")).toBe("CSV");
    expect(plain("地図データ")).toBe("地図データ");
    for (const raw of ["エクセル", "CSV形式", "CSV(UTF-8)"]) expect(plain(raw), raw).toBeUndefined();
  });
});

describe("normalizeLineList (営業の種類: text naming several things, which a cell gives one per line)", () => {
  it.each([
    ["飲食店営業\n菓子製造業", "飲食店営業;菓子製造業", ["list_separator"]],
    ["飲食店営業\r\n菓子製造業\n\nそうざい製造業", "飲食店営業;菓子製造業;そうざい製造業", ["list_separator"]],
    ["飲食店営業", "飲食店営業", []],
    // 、 may be inside one kind's name; a line that carries on the one before keeps the cell whole
    ["百貨店、総合スーパー", "百貨店、総合スーパー", []],
    ["飲食店営業\n（露店）", "飲食店営業\n（露店）", []],
    ["飲食店営業\n及び喫茶店営業", "飲食店営業\n及び喫茶店営業", []],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeLineList(raw, at))).toEqual([value, issueCodes]);
  });
});
