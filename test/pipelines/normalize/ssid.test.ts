// SSIDs: one network name per cell, half-width as broadcast; further names and notes kept in 備考.
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { normalizeSsid, plainSsid } from "../../../pipelines/normalize/ssid.ts";
import { public_wireless_lan } from "../../../schemas/datasets/public_wireless_lan.ts";
import { at, codes } from "./helpers.ts";

describe("normalizeSsid", () => {
  it.each([
    ["Tokyo_Free_Wi-Fi", "Tokyo_Free_Wi-Fi", []],
    ["TOKYO FREE Wi-Fi", "TOKYO FREE Wi-Fi", []],
    // ASCII in half-width brackets that is no band may be the name's own
    ["Free Wi-Fi (Guest)", "Free Wi-Fi (Guest)", []],
    // a band in brackets, of either width, is a note: taken off before the names are split, so its slash splits nothing
    ["Shinjuku_Free_Wi-Fi（2.4GHz/5GHz）", "Shinjuku_Free_Wi-Fi", ["ssid_with_note"]],
    ["Koganei_Free_Wi-Fi(2.4GHz)", "Koganei_Free_Wi-Fi", ["ssid_with_note"]],
    ["Shinjuku_Free_Wi-Fi (5GHz)", "Shinjuku_Free_Wi-Fi", ["ssid_with_note"]],
    ["Shinjuku_Free_Wi-Fi[2.4GHz]", "Shinjuku_Free_Wi-Fi", ["ssid_with_note"]],
    ["Shinjuku_Free_Wi-Fi【5GHz帯】", "Shinjuku_Free_Wi-Fi", ["ssid_with_note"]],
    ["Shinjuku_Free_Wi-Fi(2.4GHz)/Shinjuku_Free_Wi-Fi(5GHz)", "Shinjuku_Free_Wi-Fi", ["ssid_several"]],
    // a note after ※, to the end of its line
    ["Shinjuku_Free_Wi-Fi ※パスワード不要", "Shinjuku_Free_Wi-Fi", ["ssid_with_note"]],
    ["Shinjuku_Free_Wi-Fi※要登録\n00000JAPAN", "Shinjuku_Free_Wi-Fi", ["ssid_several"]],
    // a label before the name: taken off, said
    ["SSID：Shinjuku_Free_Wi-Fi", "Shinjuku_Free_Wi-Fi", ["full_width_converted", "ssid_label_removed"]],
    ["ssid: Shinjuku_Free_Wi-Fi", "Shinjuku_Free_Wi-Fi", ["ssid_label_removed"]],
    ["SSID：Shinjuku_Free_Wi-Fi（ステルス）", "Shinjuku_Free_Wi-Fi", ["full_width_converted", "ssid_label_removed", "ssid_with_note"]],
    // SSID in a longer name is no label
    ["SSID_Free", "SSID_Free", []],
    // full-width throughout, its spaces too: no network broadcasts those
    ["Ｃｈｉｙｏｄａ　Ｆｒｅｅ　Ｗｉ－Ｆｉ", "Chiyoda Free Wi-Fi", ["full_width_converted"]],
    ["Chiyoda　Free　Wi-Fi", "Chiyoda Free Wi-Fi", ["full_width_converted"]],
    // several names: the first, whichever the separator and the file's encoding
    ["Chiyoda_Free_Wi-Fi／00000JAPAN（災害時）", "Chiyoda_Free_Wi-Fi", ["full_width_converted", "ssid_several"]],
    ["Koganei_Free_Wi-Fi_2.4G／Koganei_Free_Wi-Fi_5G", "Koganei_Free_Wi-Fi_2.4G", ["full_width_converted", "ssid_several"]],
    ["Hachioji_Free_Wi-Fi\n00000JAPAN（災害時のみ）", "Hachioji_Free_Wi-Fi", ["ssid_several"]],
    ["Koganei_Free_Wi-Fi, FREE_Wi-Fi_PASSPORT", "Koganei_Free_Wi-Fi", ["ssid_several"]],
    // a note alone
    ["Shinjuku_Free_Wi-Fi（災害時は無料開放）", "Shinjuku_Free_Wi-Fi", ["ssid_with_note"]],
    ["（調整中）", null, ["ssid_with_note"]],
    // a word saying there is no network, none yet or none known names none
    ["未定", null, ["ssid_placeholder"]],
    ["準備中", null, ["ssid_placeholder"]],
    ["なし", null, ["ssid_placeholder"]],
    [" 調査中 ", null, ["extra_whitespace", "ssid_placeholder"]],
    ["不明", null, ["ssid_placeholder"]],
    // such a word with a note beside it or on the next line: the note says when or why, not a network's name
    ["未定（2025年度開設予定）", null, ["ssid_placeholder"]],
    ["準備中（令和7年度）", null, ["ssid_placeholder"]],
    ["なし\n(docomo)", null, ["ssid_placeholder"]],
    ["未定／00000JAPAN（災害時）", null, ["ssid_placeholder"]],
    ["未定 ※2025年度", null, ["ssid_placeholder"]],
    ["未定　2025年度開設", null, ["ssid_placeholder"]],
    ["なし（docomo_free）", null, ["ssid_placeholder"]],
    ["調整中", null, ["ssid_placeholder"]],
    // a name first is still the SSID, whatever follows it
    ["MITAKA_FREE_Wi-Fi\n未定", "MITAKA_FREE_Wi-Fi", ["ssid_several"]],
    // a dash is a placeholder, as in every column
    ["-", null, ["placeholder_value"]],
    // a name withheld is no name (it was published as the SSID 非公開), and no fault
    ["非公開", null, ["ssid_withheld"]], ["（非公開）", null, ["ssid_withheld"]], ["公開していません", null, ["ssid_withheld"]],
  ])("%j → %j", (raw, value, found) => {
    expect(codes(normalizeSsid(raw, at))).toEqual([value, found]);
  });

  it("a name with a separator, a bracket or an ideographic space is never plain", () => {
    expect(plainSsid("A／B")).toBeUndefined();
    expect(plainSsid("Chiyoda　Free")).toBeUndefined();
    expect(plainSsid("Tokyo_Free_Wi-Fi")).toBe("Tokyo_Free_Wi-Fi");
    expect(plainSsid("未定")).toBeUndefined();
    for (const cell of ["A[2.4GHz]", "A ※x", "SSID:A", "A【5G】"]) expect(plainSsid(cell)).toBeUndefined();
  });

  it("the message names the SSID taken", () => {
    const [several] = normalizeSsid("Hachioji_Free_Wi-Fi\n00000JAPAN（災害時のみ）", { row: 1, field: "ssid" }).issues;
    expect(several.message_ja).toContain("最初の「Hachioji_Free_Wi-Fi」を値にし、セル全体は備考に残しました");
  });
});

describe("an SSID cell in a record", () => {
  it("the first SSID is published; the whole cell is kept in 備考", () => {
    const { record, issues } = normalizeRecord({ name: "千代田区役所", ssid: "Chiyoda_Free_Wi-Fi／00000JAPAN（災害時）", remarks: "1回60分" },
      public_wireless_lan, { row: 5 });
    expect([record.ssid, record.remarks]).toEqual(["Chiyoda_Free_Wi-Fi", "1回60分 / SSID:Chiyoda_Free_Wi-Fi/00000JAPAN（災害時）"]);
    expect(issues.filter((i) => i.field === "ssid" || i.field === "remarks").map((i) => [i.row, i.field, i.code]))
      .toEqual([[5, "ssid", "full_width_converted"], [5, "ssid", "ssid_several"]]);
  });

  describe("a cell that names its column itself (SSID: …) is kept in 備考 without a second label (before: SSID:SSID:…)", () => {
    it.each([
      ["SSID:Edogawa_Free_Wi-Fi / 0000Edogawa", "SSID:Edogawa_Free_Wi-Fi / 0000Edogawa"],
      ["ＳＳＩＤ：Edogawa_Free_Wi-Fi／0000Edogawa", "SSID:Edogawa_Free_Wi-Fi/0000Edogawa"],
      ["ssid : Edogawa_Free_Wi-Fi / 0000Edogawa", "ssid : Edogawa_Free_Wi-Fi / 0000Edogawa"],
    ])("%j", (ssid, kept) => {
      const { record } = normalizeRecord({ name: "総合文化センター", ssid, remarks: "" }, public_wireless_lan, { row: 4 });
      expect([record.ssid, record.remarks]).toEqual(["Edogawa_Free_Wi-Fi", kept]);
    });
  });

  it("a cell saying there is no network yet is no SSID: empty, warned with row and value, the word kept in 備考", () => {
    const { record, issues } = normalizeRecord({ name: "武蔵野市役所", ssid: "未定", remarks: "" }, public_wireless_lan, { row: 1 });
    expect([record.ssid, record.remarks]).toEqual([null, "SSID：未定"]);
    const placeholder = issues.filter((i) => i.field === "ssid").map((i) => [i.row, i.code, i.severity, i.value]);
    expect(placeholder).toEqual([[1, "ssid_placeholder", "warning", "未定"]]);
    expect(issues.find((i) => i.code === "ssid_placeholder")?.message_ja).toContain("「未定」はSSID（ネットワーク名）ではなく");
  });

  it("a name withheld (非公開) is no SSID and no fault: empty, said at info level, the word kept in 備考", () => {
    const { record, issues } = normalizeRecord({ name: "大田区役所", ssid: "非公開", remarks: "" }, public_wireless_lan, { row: 3 });
    expect([record.ssid, record.remarks]).toEqual([null, "SSID：非公開"]);
    expect(issues.filter((i) => i.field === "ssid").map((i) => [i.row, i.code, i.severity, i.value])).toEqual([[3, "ssid_withheld", "info", "非公開"]]);
    expect(issues.find((i) => i.code === "ssid_withheld")?.message_ja).toContain("公開しないSSIDはこのまま空欄か「非公開」で構いません");
  });

  it("such a word with a note is no SSID either: empty, warned with the whole cell, the cell kept in 備考", () => {
    const { record, issues } = normalizeRecord({ name: "三鷹市役所", ssid: "未定（2025年度開設予定）", remarks: "" }, public_wireless_lan, { row: 2 });
    expect([record.ssid, record.remarks]).toEqual([null, "SSID：未定（2025年度開設予定）"]);
    expect(issues.filter((i) => i.field === "ssid").map((i) => [i.row, i.code, i.value])).toEqual([[2, "ssid_placeholder", "未定（2025年度開設予定）"]]);
  });

  it("a band note in brackets and a ※ note: the name published, the cell kept in 備考; a label taken off, said as info", () => {
    const read = (ssid: string) => normalizeRecord({ name: "新宿中央公園", ssid, remarks: "" }, public_wireless_lan, { row: 3 });
    const band = read("Shinjuku_Free_Wi-Fi（2.4GHz/5GHz）");
    expect([band.record.ssid, band.record.remarks]).toEqual(["Shinjuku_Free_Wi-Fi", "SSID:Shinjuku_Free_Wi-Fi（2.4GHz/5GHz）"]);
    expect(band.issues.find((i) => i.code === "ssid_with_note")?.message_ja).toContain("「Shinjuku_Free_Wi-Fi」にし、セル全体は備考に残しました");
    const marked = read("Shinjuku_Free_Wi-Fi ※パスワード不要");
    expect([marked.record.ssid, marked.record.remarks]).toEqual(["Shinjuku_Free_Wi-Fi", "SSID:Shinjuku_Free_Wi-Fi ※パスワード不要"]);
    expect(marked.issues.filter((i) => i.field === "ssid").map((i) => [i.code, i.severity])).toEqual([["ssid_with_note", "warning"]]);
    const labelled = read("SSID：Shinjuku_Free_Wi-Fi");
    expect([labelled.record.ssid, labelled.record.remarks]).toEqual(["Shinjuku_Free_Wi-Fi", null]);
    const label = labelled.issues.find((i) => i.code === "ssid_label_removed");
    expect([label?.severity, label?.row, label?.value]).toEqual(["info", 3, "SSID：Shinjuku_Free_Wi-Fi"]);
    expect(label?.message_ja).toContain("「Shinjuku_Free_Wi-Fi」にしました");
  });
});
