// A number whose hyphens contradict its area code (033-209-1111: Excel's 0##-###-#### groups every number so) is
// published in the code's groups, said with the number as written and as published; numbers of areas the table does
// not list, and free-dial numbers grouped by their holder's choice, stay as written (phone-area-codes.ts).
import { describe, expect, it } from "vitest";
import { normalizePhone, plainPhone } from "../../../pipelines/normalize/codes.ts";
import { regroupedNumber } from "../../../pipelines/normalize/phone-area-codes.ts";
import { phoneParts } from "../../../pipelines/normalize/phone-shape.ts";
import { runBytes } from "../engine/helpers.ts";
import { at, codes } from "./helpers.ts";

describe("regroupedNumber", () => {
  it.each<[string, string | null]>([
    // hyphens that contradict the area code: the code's groups
    ["033-209-1111", "03-3209-1111"],
    ["0332-09-1111", "03-3209-1111"],
    ["042-251-5131", "0422-51-5131"], // 武蔵野・三鷹 0422
    ["042-822-1111", "0428-22-1111"], // 青梅 0428
    ["0425-28-3111", "042-528-3111"], // Tama's old 0425, joined into 042
    ["049-922-1441", "04992-2-1441"], // 大島 04992
    ["0499-62-1121", "04996-2-1121"], // 八丈 04996
    ["0901-234-5678", "090-1234-5678"],
    ["05012-34-5678", "050-1234-5678"],
    ["012-0123-456", "0120-123-456"],
    ["080-0123-4567", "0800-123-4567"], // 0800 is free dial: no mobile 080 number starts 0800
    // hyphens that agree (some left out), or none: as written
    ["03-3209-1111", null],
    ["03-32091111", null],
    ["033209-1111", null],
    ["0332091111", null],
    ["0422-51-5131", null],
    ["042-528-3111", null],
    ["04992-2-1441", null],
    // free dial and navi dial: the holder's grouping after the prefix is theirs
    ["0120-39-1234", null],
    ["0570-00-1234", null],
    ["08001-23-4567", null],
    // areas the table does not list (Saitama's 04-2xxx, Chiba, Osaka, Sapporo), a digit lost: as written
    ["042-922-1111", null],
    ["047-646-5111", null],
    ["066-123-4567", null],
    ["011-222-3333", null],
    ["033-209-111", null],
    // an exchange never starts with 0 or 1: 042-800-… read as 0428-00-… is not 青梅's (a real food-business list)
    ["042-800-0470", null],
    ["031-234-5678", null],
    // the sixth digit is the exchange's first after a five-digit code (only the first six are read for the grouping)
    ["04992-0-1441", null],
    ["049-920-1441", null],
    // no number of digits and hyphens, or too short for any grouping
    ["0-3", null],
    ["03-3209-111a", null],
    ["３3-209-1111", null],
  ])("%s → %s", (number, out) => expect(regroupedNumber(number)).toBe(out));
});

describe("normalizePhone: a number whose hyphens contradict its area code", () => {
  it.each<[string, string, string[]]>([
    ["033-209-1111", "03-3209-1111", ["phone_regrouped"]],
    ["0425-28-3111", "042-528-3111", ["phone_regrouped"]],
    ["０３３－２０９－１１１１", "03-3209-1111", ["phone_regrouped"]],
    ["033(209)1111", "03-3209-1111", ["phone_regrouped"]],
    ["TEL 033-209-1111", "03-3209-1111", ["phone_regrouped", "phone_reformatted"]],
    ["33-209-1111", "03-3209-1111", ["lost_leading_zero", "phone_regrouped"]],
    ["033-209-1111（代表）内線12", "03-3209-1111 内線12", ["phone_regrouped", "phone_reformatted"]],
    // agreeing, or not listed: nothing said
    ["03-3209-1111", "03-3209-1111", []],
    ["0120-39-1234", "0120-39-1234", []],
    ["0476-46-5111", "0476-46-5111", []],
  ])("%j → %j %j", (raw, value, issueCodes) => expect(codes(normalizePhone(raw, at))).toEqual([value, issueCodes]));

  it("is not taken as plain by the fast path, and what it becomes is", () => {
    expect([plainPhone("033-209-1111"), plainPhone("03-3209-1111")]).toEqual([undefined, "03-3209-1111"]);
    expect(phoneParts("033-209-1111")).toMatchObject({ number: "03-3209-1111", written: "033-209-1111", regrouped: true });
  });

  it("names the number as written, its area code and the number published", () => {
    const [found] = normalizePhone("033-209-1111", { row: 4, field: "phone_number" }).issues;
    expect(found).toMatchObject({ code: "phone_regrouped", severity: "warning", value: "033-209-1111", detail: "03-3209-1111" });
    expect(found.message_ja).toContain("「033-209-1111」は、ハイフンの位置が番号の市外局番（03）の区切りと合わないため、「03-3209-1111」として公開します");
    expect(found.message_en).toContain("contradict its area code (03); it is published as \"03-3209-1111\"");
  });
});

describe("normalizePhone: an eleven-digit number 0##-###-#### showed without its 0 (901-234-5678)", () => {
  it.each<[string, string, string[]]>([
    ["901-234-5678", "090-1234-5678", ["phone_zero_beyond_format"]],
    ["501-234-5678", "050-1234-5678", ["phone_zero_beyond_format"]],
    ["800-123-4567", "0800-123-4567", ["phone_zero_beyond_format"]],
    // no number of eleven digits with its 0: the lost 0 alone is said, and the digits' count
    ["120-123-4567", "0120-123-4567", ["lost_leading_zero", "phone_digit_count"]],
    // other groups: the lost 0 and the regrouping, as before
    ["33-209-1111", "03-3209-1111", ["lost_leading_zero", "phone_regrouped"]],
    ["9012345678", "09012345678", ["lost_leading_zero"]],
  ])("%j → %j %j", (raw, value, issueCodes) => expect(codes(normalizePhone(raw, at))).toEqual([value, issueCodes]));

  it("names what Excel shows, the format that showed it, and the number published", () => {
    const [found] = normalizePhone("901-234-5678", { row: 2, field: "phone_number" }).issues;
    expect(found).toMatchObject({ code: "phone_zero_beyond_format", severity: "warning", value: "901-234-5678", detail: "090-1234-5678" });
    expect(found.message_ja).toContain("「901-234-5678」は、11桁の番号（携帯電話など）を数値として入力したため先頭の0が失われ、10桁用の表示形式（0##-###-####）でこう表示されたものと見て、「090-1234-5678」として公開します");
    expect(found.message_en).toContain("ten-digit number format (0##-###-####); it is published as \"090-1234-5678\"");
  });
});

describe("a CSV exported from a sheet formatted 0##-###-####", () => {
  it("publishes each number in its area code's groups and says each regrouped one", async () => {
    const phones = ["033-209-1111", "042-251-5131", "042-528-3111", "049-922-1441", "090-123-4567", "0120-39-1234"];
    const csv = `名称,所在地_連結表記,電話番号\n${phones.map((p, i) => `施設${i + 1},東京都千代田区千代田1-${i + 1},${p}`).join("\n")}\n`;
    const { rows, report } = await runBytes(csv, "131016_public_facility.csv");
    expect(rows.map((r) => r.record.phone_number))
      .toEqual(["03-3209-1111", "0422-51-5131", "042-528-3111", "04992-2-1441", "090-123-4567", "0120-39-1234"]);
    expect(report.issues.filter((i) => i.field === "phone_number").map((i) => [i.row, i.code, i.value, i.detail])).toEqual([
      [1, "phone_regrouped", "033-209-1111", "03-3209-1111"],
      [2, "phone_regrouped", "042-251-5131", "0422-51-5131"],
      [4, "phone_regrouped", "049-922-1441", "04992-2-1441"],
      // a mobile number of 10 digits: one is lost, the grouping is not guessed
      [5, "phone_digit_count", "090-123-4567", undefined],
    ]);
  });
});
