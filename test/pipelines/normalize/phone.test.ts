// A phone cell is read for its one number: labels, notes, a bracketed area code, spaces, other numbers and an
// extension around it are each taken off and said (codes.ts normalizePhone, phone-shape.ts phoneParts), and an
// extension goes to 内線番号 when the record has that column free (phone-extension.ts).
import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import { normalizePhone } from "../../../pipelines/normalize/codes.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { phoneParts } from "../../../pipelines/normalize/phone-shape.ts";
import { flat } from "../../../pipelines/report.ts";
import { aed } from "../../../schemas/datasets/aed.ts";
import { food_business } from "../../../schemas/datasets/food_business.ts";
import { hospital } from "../../../schemas/datasets/hospital.ts";
import { public_facility } from "../../../schemas/datasets/public_facility.ts";
import { getDataset } from "../../../schemas/index.ts";
import { at, codes } from "./helpers.ts";

describe("normalizePhone: one number per cell, every change said", () => {
  it.each([
    // labels in front or after (a word that only says what the number is): taken off, phone_reformatted
    ["代表 03-3695-1111", "03-3695-1111", ["phone_reformatted"]],
    ["TEL：03-3838-1101", "03-3838-1101", ["phone_reformatted"]],
    ["フリーダイヤル 0120-000-000", "0120-000-000", ["phone_reformatted"]],
    ["℡03-1234-5678", "03-1234-5678", ["phone_reformatted"]],
    ["電話：03-1234-5678", "03-1234-5678", ["phone_reformatted"]],
    ["TEL.03-1234-5678", "03-1234-5678", ["phone_reformatted"]],
    // the form: a bracketed area or local code, spaces, dashes of other scripts → hyphens
    ["042(492)5111", "042-492-5111", ["phone_separators"]],
    // a fax number is none in a phone column; (内)12 is an extension
    ["FAX 042-485-0000", null, ["fax_not_phone"]],
    ["(042)493-3111", "042-493-3111", ["phone_hyphenated"]],
    ["(03)1234-5678", "03-1234-5678", ["phone_hyphenated"]],
    ["(03) 1234-5678", "03-1234-5678", ["phone_separators"]],
    ["03 1234 5678", "03-1234-5678", ["phone_separators"]],
    ["03‐5670‐2222", "03-5670-2222", ["phone_separators"]],
    // dots between the groups (before: no number read, unparseable_phone, the row's phone lost)
    ["03.3209.1111", "03-3209-1111", ["phone_separators"]],
    ["042.528.3111", "042-528-3111", ["phone_separators"]],
    ["090.1234.5678", "090-1234-5678", ["phone_separators"]],
    ["TEL.03.3209.1111", "03-3209-1111", ["phone_reformatted"]],
    ["03.3209.1111（代表）", "03-3209-1111", ["phone_reformatted"]],
    ["０３（１２３４）５６７８", "03-1234-5678", ["phone_separators"]],
    ["(03-1234-5678)", "03-1234-5678", ["phone_reformatted"]],
    // a stray bracket inside a number stays a break in it (a real hospital list), so no digit is taken off as a note
    ["(0980)72-80)6", "0980-72-80-6", ["phone_separators", "phone_digit_count"]],
    // the width alone
    ["０３－１２３４－５６７８", "03-1234-5678", ["full_width_converted"]],
    ["０３－１２３４－５６７８（代表）", "03-1234-5678", ["phone_reformatted"]],
    // a number Excel saved as such: its `.0` is no note and no digit of the number (fixed_code_as_number)
    ["0332091111.0", "0332091111", ["fixed_code_as_number"]],
    ["332091111.00", "0332091111", ["fixed_code_as_number", "lost_leading_zero"]],
    ["０３３２０９１１１１．０", "0332091111", ["fixed_code_as_number", "full_width_converted"]],
    // a note, not a label: taken off and quoted (phone_note_removed); a number labelled FAX alone is said too
    ["03-3607-8321（管理所）", "03-3607-8321", ["phone_note_removed"]],
    ["03-1234-5678（平日のみ）", "03-1234-5678", ["phone_note_removed"]],
    ["0120-000-000(9:00～17:00)", "0120-000-000", ["phone_note_removed"]],
    ["03-1234-5678 平日9時～17時", "03-1234-5678", ["phone_note_removed"]],
    ["FAX 03-1234-5678", null, ["fax_not_phone"]],
    ["本庁（03-5555-5555）へ", "03-5555-5555", ["phone_note_removed"]],
    // a label that names the fax too says the number is the fax number as well: a note the record keeps
    ["TEL/FAX 042-495-7001", "042-495-7001", ["phone_note_removed"]],
    ["03-1234-5678(FAX兼)", "03-1234-5678", ["phone_note_removed"]],
    ["03-3733-6144(FAX兼用)", "03-3733-6144", ["phone_note_removed"]],
    ["電話・ファックス 03-1234-5678", "03-1234-5678", ["phone_note_removed"]],
    // several numbers: the first kept, the rest named (phone_several_numbers, warning)
    ["042-492-2611/042-492-2612", "042-492-2611", ["phone_several_numbers"]],
    ["TEL 042-492-2611 / FAX 042-492-2612", "042-492-2611", ["phone_several_numbers"]],
    ["03-1234-5678 FAX 03-1234-5679", "03-1234-5678", ["phone_several_numbers"]],
    ["03-1234-5678・5679", "03-1234-5678", ["phone_several_numbers"]],
    ["03-1234-5678  03-1234-5679", "03-1234-5678", ["phone_several_numbers"]],
    ["03-1234-5678（管理所）、03-1234-5679", "03-1234-5678", ["phone_note_removed", "phone_several_numbers"]],
    // an extension is carried beside the number for the record stage (below); nothing else changed, nothing said
    ["042-493-4011 内線12", "042-493-4011 内線12", []],
    ["03-1234-5678（内線１２）", "03-1234-5678 内線12", []],
    ["042-488-0001 (内)12", "042-488-0001 内線12", []],
    ["03-1234-5678 内線番号：305", "03-1234-5678 内線305", []],
    ["０３－１２３４－５６７８ 内線12", "03-1234-5678 内線12", ["full_width_converted"]],
    // valid shapes: toll-free, navi dial, IP, mobile; short numbers alone
    ["0120-123-456", "0120-123-456", []],
    ["0570-064-556", "0570-064-556", []],
    ["050-1234-5678", "050-1234-5678", []],
    ["090-1234-5678", "090-1234-5678", []],
    ["#7119", "#7119", []],
    ["TEL 110", "110", ["phone_reformatted"]],
    // from Japan's country code (a list written for visitors): the number as dialled in Japan, said (before: published
    // as written, `81-3-1234-5678` as a valid number with nothing said, `+81-(0)3-…` as +81-0-3-…)
    ["+81-3-1234-5678", "03-1234-5678", ["phone_country_code"]],
    ["+81 3 1234 5678", "03-1234-5678", ["phone_country_code"]],
    ["81-3-1234-5678", "03-1234-5678", ["phone_country_code"]],
    ["+81-(0)3-1234-5678", "03-1234-5678", ["phone_country_code"]],
    ["+81-90-1234-5678", "090-1234-5678", ["phone_country_code"]],
    ["+81312345678", "0312345678", ["phone_country_code"]],
    ["TEL +81-42-528-3111", "042-528-3111", ["phone_country_code", "phone_reformatted"]],
    ["+81-3-32091-111", "03-3209-1111", ["phone_regrouped", "phone_country_code"]],
    // 81 not standing apart, or digits no Japanese number has: not read as the country code
    ["813-1234-5678", "813-1234-5678", []],
    ["+81-3-1234-567", "+81-3-1234-567", []],
    // no number: null, and said
    ["-", null, ["placeholder_value"]],
    // a word that says there is none is an empty cell, as in a code's column
    ["なし", null, ["placeholder_value"]],
    ["該当なし", null, ["placeholder_value"]],
    ["無", null, ["placeholder_value"]],
    ["電話無し", null, ["placeholder_value"]],
    ["TEL：なし", null, ["placeholder_value"]],
    ["お問い合わせは本庁まで", null, ["unparseable_phone"]],
    ["2階受付", null, ["unparseable_phone"]],
    ["内線123", null, ["unparseable_phone"]],
    // withheld on purpose: no value, and no fault to fix
    ["非公開", null, ["phone_withheld"]],
    ["非掲載", null, ["phone_withheld"]],
    ["公開していません", null, ["phone_withheld"]],
    ["－（非公開）", null, ["phone_withheld"]],
    ["（非公開）", null, ["phone_withheld"]],
    ["非公開（個人宅のため）", null, ["phone_withheld"]],
    ["非公開の施設", null, ["unparseable_phone"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizePhone(raw, at))).toEqual([value, issueCodes]);
  });

  it.each(["042(492)5111", "TEL/FAX 042-495-7001", "03-3607-8321（管理所）", "042-492-2611/042-492-2612", "03 1234 5678", "042-493-4011 内線12"])(
    "what %j becomes reads again as itself, with nothing to say", (raw) => {
      const once = normalizePhone(raw, at).value as string;
      expect(codes(normalizePhone(once, at))).toEqual([once, []]);
    });

  it("a wrong shape is still named on the number kept", () => {
    expect(codes(normalizePhone("代表 03-123-4567", at))).toEqual(["03-123-4567", ["phone_reformatted", "phone_digit_count"]]);
    expect(codes(normalizePhone("3-3209-1111（管理所）", at))).toEqual(["03-3209-1111", ["lost_leading_zero", "phone_note_removed"]]);
  });
});

describe("a phone Excel saved as a number (0332091111.0)", () => {
  it("is read without its .0, said as a number saved as a decimal, and not kept in 連絡先備考", () => {
    const { record, issues } = normalizeRecord({ phone_number: "0332091111.0", contact_remarks: "" }, aed, { row: 1 });
    expect([record.phone_number, record.contact_remarks]).toEqual(["0332091111", null]);
    expect(flat({ issues })).toEqual([[1, "phone_number", "fixed_code_as_number"]]);
    expect(issues[0].message_ja).toContain("「0332091111.0」は小数の形（数値）で保存されていたため、「.0」を除いて読みました");
  });
});

describe("a number written apart by brackets or spaces", () => {
  it("is said as a change of separators that names the number published, not as a label taken off", () => {
    const [found] = normalizePhone("03(3209)1111", { row: 2, field: "phone_number" }).issues;
    expect(found.code).toBe("phone_separators");
    expect(found.message_ja).toContain("半角のハイフン区切り「03-3209-1111」にそろえて公開します");
    expect(found.message_en).toContain("It is published as \"03-3209-1111\"");
    expect(found.message_ja).not.toContain("代表");
  });
});

describe("a number from Japan's country code", () => {
  it("is published as dialled in Japan, said with the cell and the number published", () => {
    const [found] = normalizePhone("+81-3-3209-1111", { row: 4, field: "phone_number" }).issues;
    expect([found.code, found.severity, found.row, found.field, found.value, found.detail]).toEqual(["phone_country_code", "info", 4, "phone_number", "+81-3-3209-1111", "03-3209-1111"]);
    expect(found.message_ja).toContain("「+81-3-3209-1111」は日本の国番号（+81）から書いた国際表記のため、国番号を外し市外局番の前に0を付けた国内の番号「03-3209-1111」として公開します");
    expect(found.message_en).toContain("it is published as the number dialled in Japan, \"03-3209-1111\"");
  });
});

describe("phoneParts", () => {
  it("takes a dot for a separator only after a group from 0: no decimal is cut into a number", () => {
    expect(phoneParts("03.3209.1111")?.number).toBe("03-3209-1111");
    expect(phoneParts("0332091111.0")?.number).toBe("0332091111");
    expect(phoneParts("35.68123")?.number).toBe("68123");
    expect(phoneParts("1.5")).toBe(null);
  });

  it("sorts a cell into number, labels, notes, extension and the other numbers", () => {
    expect(phoneParts("TEL 03-1234-5678(代表)(平日のみ) 内線12 / FAX 03-1234-5679")).toMatchObject({
      number: "03-1234-5678", written: "03-1234-5678", extension: "12", labels: ["TEL", "代表"], notes: ["平日のみ"], rest: "FAX 03-1234-5679",
    });
    expect(phoneParts("3 3209 1111")).toMatchObject({ number: "03-3209-1111", written: "3 3209 1111", zeroAdded: true, rest: null });
    expect(phoneParts("なし")).toBeNull();
  });
});

describe("phone messages quote what was taken off", () => {
  const where = (code: "phone_note_removed" | "phone_several_numbers" | "phone_extension_moved" | "phone_extension_removed", value: string) =>
    issue(code, { row: 3, field: "phone_number", value });
  it("the note, the numbers kept and left out, the extension", () => {
    expect(where("phone_note_removed", "03-3607-8321（管理所）").message_ja).toContain("番号ではない「管理所」を外し");
    expect(where("phone_note_removed", "03-3607-8321（管理所）").message_en).toContain("\"管理所\", which is no part of the number");
    const several = where("phone_several_numbers", "042-492-2611/042-492-2612");
    expect(several.severity).toBe("warning");
    expect(several.message_ja).toContain("最初の「042-492-2611」を残し、「042-492-2612」は外しました");
    expect(several.message_en).toContain("the first, 042-492-2611, was kept and \"042-492-2612\" left out");
    expect(where("phone_extension_moved", "042-493-4011 内線12").message_ja).toContain("内線「12」を外し、内線番号の列に入れました");
    expect(where("phone_extension_removed", "042-493-4011（内線１２）").message_en).toContain("the extension 12 was taken off");
  });
});

describe("an extension in the phone cell (record stage)", () => {
  const phone = (record: Record<string, unknown>) => [record.phone_number, record.extension_number];

  it("goes to an empty 内線番号, said as moved", () => {
    const { record, issues } = normalizeRecord({ phone_number: "042-493-4011 内線12", extension_number: "" }, aed, { row: 4 });
    expect(phone(record)).toEqual(["042-493-4011", "12"]);
    expect(flat({ issues })).toEqual([[4, "phone_number", "phone_extension_moved"]]);
    expect(issues[0].value).toBe("042-493-4011 内線12");
  });

  it("already in 内線番号: taken off the number, said as moved", () => {
    const { record, issues } = normalizeRecord({ phone_number: "03-1234-5678（内線12）", extension_number: "12" }, aed, { row: 1 });
    expect(phone(record)).toEqual(["03-1234-5678", "12"]);
    expect(flat({ issues })).toEqual([[1, "phone_number", "phone_extension_moved"]]);
  });

  it("another extension in 内線番号: that one kept, this one kept in 連絡先備考 and said (info) with the extension", () => {
    const { record, issues } = normalizeRecord({ phone_number: "03-1234-5678 内線12", extension_number: "34" }, aed, { row: 1 });
    expect([...phone(record), record.contact_remarks]).toEqual(["03-1234-5678", "34", "内線12"]);
    expect(flat({ issues })).toEqual([[1, "phone_number", "phone_extension_kept"]]);
    expect(issues[0].severity).toBe("info");
    expect(issues[0].message_ja).toContain("内線「12」を外し、連絡先備考");
  });

  it("no 内線番号 column (食品営業許可): the extension goes to 連絡先備考, after what it says; a FAX's to 備考 under its name", () => {
    const food = normalizeRecord({ phone_number: "0428-22-6677 内線5", contact_remarks: "夜間は留守電" }, food_business, { row: 2 });
    expect([food.record.phone_number, food.record.contact_remarks, food.record.remarks]).toEqual(["0428-22-6677", "夜間は留守電 / 内線5", null]);
    expect(flat(food)).toEqual([[2, "phone_number", "phone_extension_kept"]]);
    const fax = normalizeRecord({ phone_number: "03-1234-5678", fax_number: "03-1234-5679 内線9" }, hospital, { row: 1 });
    expect([fax.record.phone_number, fax.record.fax_number, fax.record.extension_number, fax.record.remarks])
      .toEqual(["03-1234-5678", "03-1234-5679", null, "FAX番号：内線9"]);
    expect(flat(fax)).toEqual([[1, "fax_number", "phone_extension_kept"]]);
  });

  it("a dataset with no 連絡先備考 (観光施設), 内線番号 taken: the extension in 備考 under the column's name", () => {
    const tourism = getDataset("tourism")!;
    const { record, issues } = normalizeRecord({ name: "A", phone_number: "03-1234-5678 内線7", extension_number: "1" }, tourism, { row: 1 });
    expect([record.phone_number, record.extension_number, record.remarks])
      .toEqual(["03-1234-5678", "1", `${tourism.columnByKey.get("phone_number")!.ja}：内線7`]);
    expect(flat({ issues })).toContainEqual([1, "phone_number", "phone_extension_kept"]);
  });

  it("with the number's own repairs said beside it", () => {
    const { record, issues } = normalizeRecord({ phone_number: "TEL 042(493)4011 内線12" }, aed, { row: 1 });
    expect(phone(record)).toEqual(["042-493-4011", "12"]);
    expect(flat({ issues })).toEqual([[1, "phone_number", "phone_reformatted"], [1, "phone_number", "phone_extension_moved"]]);
  });
});

describe("a phone withheld on purpose (非公開)", () => {
  it("is an info, no value, and the cell kept in the contact remarks, said as withheld, not as a value that did not read", () => {
    const site = normalizeRecord({ name: "新宿区立西新宿保育園", phone_number: "－（非公開）" }, public_facility, { row: 3 });
    expect([site.record.phone_number, site.record.contact_remarks]).toEqual([null, "－（非公開）"]);
    const said = site.issues.find((i) => i.code === "phone_withheld");
    expect([said?.severity, said?.field, said?.value]).toEqual(["info", "phone_number", "－（非公開）"]);
    expect(said?.message_ja).toContain("必須でない列では誤りではなく");
    expect(flat({ issues: site.issues })).toEqual([[3, "phone_number", "phone_withheld"], [3, "contact_remarks", "withheld_kept_as_remarks"]]);
    expect(site.issues[1].message_ja).toBe("3行目：値を公開しないことを表す「－（非公開）」を「contact_remarks」に文字のまま残しました。");
  });

  it("なし is no number and nothing to keep", () => {
    const site = normalizeRecord({ name: "区民会館", phone_number: "なし" }, public_facility, { row: 2 });
    expect([site.record.phone_number, site.record.contact_remarks]).toEqual([null, null]);
    expect(flat({ issues: site.issues })).toEqual([[2, "phone_number", "placeholder_value"]]);
  });
});
