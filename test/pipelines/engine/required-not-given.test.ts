// A required cell that says its value is withheld or that there is none (指定緊急避難場所 電話番号 `非公開`, `なし`): the
// standard marks 03's 電話番号 (contactPointPhoneNumber) ◎, so the row stays invalid, but it is said as withheld or none,
// with the fix (the contact point's number), not as a value that did not read.
import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "NO,名称,住所,緯度,経度,電話番号,市区町村コード,災害種別_地震,災害種別_大規模な火事,指定避難所との重複";
const FILE = [HEADER,
  "1,中野区立第一小学校,東京都中野区中野一丁目1番1号,35.7051,139.6655,03-3381-1111,131148,1,1,1",
  "2,平和の森公園,東京都中野区新井三丁目37番1号,35.7178,139.6589,非公開,131148,1,1,",
  "3,哲学堂公園,東京都中野区松が丘一丁目34番28号,35.7199,139.6489,なし,131148,1,1,",
  "4,中野四季の森公園,東京都中野区中野四丁目13番,35.7076,139.6630,公園管理事務所,131148,1,1,",
  "5,江古田の森公園,東京都中野区江古田三丁目14番,35.7253,139.6638,電話無し,131148,1,1,"].join("\r\n");

describe("a required phone withheld or none (evacuation_space)", () => {
  it("keeps the row invalid as the standard's ◎ asks, said as not given, the withheld cell kept as withheld", async () => {
    const { rows, report } = await runBytes(encodeCp932(FILE), "131148_evacuation_space.csv");
    expect(rows.map((r) => [r.valid, r.record.phone_number, r.record.contact_remarks])).toEqual([
      [true, "03-3381-1111", null], [false, null, "非公開"], [false, null, null], [false, null, "公園管理事務所"], [false, null, null]]);
    expect(tuples(report, "required_not_given", "required_unreadable", "phone_withheld", "placeholder_value", "unparseable_phone",
      "withheld_kept_as_remarks", "kept_as_remarks")).toEqual([
      [2, "phone_number", "phone_withheld"], [2, "contact_remarks", "withheld_kept_as_remarks"], [2, "phone_number", "required_not_given"],
      [3, "phone_number", "required_not_given"],
      // a cell of other words still did not read
      [4, "phone_number", "unparseable_phone"], [4, "contact_remarks", "kept_as_remarks"], [4, "phone_number", "required_unreadable"],
      [5, "phone_number", "required_not_given"]]);
    const said = report.issues.find((i) => i.code === "required_not_given" && i.row === 3);
    expect([said?.severity, said?.value, said?.message_ja]).toEqual(["error", "なし",
      "4行目（データの3行目）：必須項目「電話番号」の「なし」は、値を公開しない（または値がない）ことを表すため、値は空欄にしました。標準ではこの項目は必須（◎）のため、この行を無効としました。公開できる値を入力してください（電話番号なら、施設の番号を公開しない・施設に電話がない場合も、問い合わせ先となる担当課などの番号）。"]);
  });
});
