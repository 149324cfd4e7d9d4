// 内線番号: the extension's digits, the 内線 label a cell writes before them taken off and said.
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { normalizeExtension, plainExtension } from "../../../pipelines/normalize/extension-number.ts";
import { evacuation_space } from "../../../schemas/datasets/evacuation_space.ts";
import { event } from "../../../schemas/datasets/event.ts";
import { at, codes } from "./helpers.ts";

describe("normalizeExtension", () => {
  it.each([
    ["1234", "1234", []],
    ["２３４５", "2345", ["full_width_converted"]],
    // the label, with or without a space, in brackets of either width, with a colon, in English
    ["内線1234", "1234", ["extension_label_removed"]],
    ["内線 205", "205", ["extension_label_removed"]],
    ["内線　205", "205", ["extension_label_removed"]],
    ["(内線)1234", "1234", ["extension_label_removed"]],
    ["（内線）1234", "1234", ["extension_label_removed"]],
    ["内線番号：12", "12", ["extension_label_removed"]],
    ["内1234", "1234", ["extension_label_removed"]],
    ["ext.123", "123", ["extension_label_removed"]],
    ["内線２３４５", "2345", ["full_width_converted", "extension_label_removed"]],
    // what follows the digits stays as written
    ["内線3456・3457", "3456・3457", ["extension_label_removed"]],
    // no digits after the label: nothing to take it off
    ["内線なし", "内線なし", []],
    ["-", null, ["placeholder_value"]],
  ])("%s → %s", (raw, value, issues) => {
    expect(codes(normalizeExtension(raw, at))).toEqual([value, issues]);
  });

  it("the label is said with the cell and the value it gives", () => {
    const found = normalizeExtension("内線 205", at).issues[0];
    expect([found.row, found.field, found.code, found.severity, found.value, found.detail]).toEqual([7, "f", "extension_label_removed", "info", "内線 205", "205"]);
    expect(found.message_ja).toContain("「内線 205」の先頭の「内線」などの見出しを外し、「205」にしました");
    expect(found.message_en).toContain("giving \"205\"");
  });

  it("a labelled cell is no plain value: it takes the normalizer", () => {
    expect([plainExtension("1234"), plainExtension("内線1234"), plainExtension("(内線)12")]).toEqual(["1234", undefined, undefined]);
  });
});

describe("extension columns in records", () => {
  it("内線番号 and 連絡先内線番号 publish the digits alone", () => {
    const site = normalizeRecord({ name: "江戸川区立小岩小学校", phone_number: "03-3657-2222", extension_number: "(内線)1234" }, evacuation_space, { row: 3 });
    expect([site.record.phone_number, site.record.extension_number]).toEqual(["03-3657-2222", "1234"]);
    const shown = normalizeRecord({ name: "親子リトミック教室", phone_number: "03-5742-6720", extension_number: "内線1234" }, event, { row: 4 });
    expect(shown.record.extension_number).toBe("1234");
    expect(shown.issues.filter((i) => i.field === "extension_number").map((i) => [i.row, i.code, i.value])).toEqual([[4, "extension_label_removed", "内線1234"]]);
  });

  it("the phone's extension equal to the column's labelled one is the same extension: moved, not kept twice", () => {
    const site = normalizeRecord({ name: "江戸川区総合文化センター", phone_number: "03-3652-1111 内線12", extension_number: "内線12", remarks: "" }, evacuation_space, { row: 5 });
    expect([site.record.phone_number, site.record.extension_number, site.record.contact_remarks, site.record.remarks]).toEqual(["03-3652-1111", "12", null, null]);
  });
});
