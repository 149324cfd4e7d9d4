// The per-cell shortcuts for values already in canonical form (HH:MM, plain decimal degrees, plain phone numbers,
// http(s) URLs, 有/無/1/0): canonical cells pass unchanged with no issue, and the cells next to each shortcut's edge
// still take the full path and get their repair.
import { describe, expect, it } from "vitest";
import { normalizeCode, normalizePhone } from "../../../pipelines/normalize/codes.ts";
import { normalizeCoordinate } from "../../../pipelines/normalize/coordinates.ts";
import { normalizeFlag } from "../../../pipelines/normalize/flags.ts";
import { isNfkcStable, normalizeText, normalizeUrl, plainWords } from "../../../pipelines/normalize/text.ts";
import { normalizeTime } from "../../../pipelines/normalize/times.ts";
import { at, codes } from "./helpers.ts";

describe("canonical cells", () => {
  it("times: 00:00–23:59 as written; 24:00, 9:00, ０８:３０ and 08:30:00 repaired", () => {
    for (const t of ["00:00", "08:30", "19:59", "23:59", "20:00"]) expect(codes(normalizeTime(t, at, "start"))).toEqual([t, []]);
    expect(codes(normalizeTime("24:00", at, "end"))).toEqual(["23:59", ["hour_24"]]);
    expect(codes(normalizeTime("9:00", at, "start"))).toEqual(["09:00", ["time_reformatted"]]);
    expect(codes(normalizeTime("０８:３０", at, "start"))).toEqual(["08:30", ["full_width_converted"]]);
    expect(codes(normalizeTime("08:30:00", at, "start"))).toEqual(["08:30", ["time_reformatted"]]);
    expect(codes(normalizeTime("08:60", at, "start"))).toEqual([null, ["unparseable_time"]]);
  });

  it("coordinates: decimal degrees in Japan as written; 0.0, 999.9, out-of-Japan and full-width take the full path", () => {
    expect(codes(normalizeCoordinate("35.689500", at, "latitude"))).toEqual([35.6895, []]);
    expect(codes(normalizeCoordinate("139.691700", at, "longitude"))).toEqual([139.6917, []]);
    expect(codes(normalizeCoordinate("0.0", at, "latitude"))).toEqual([null, ["sentinel_coordinate"]]);
    expect(codes(normalizeCoordinate("999.9", at, "longitude"))).toEqual([null, ["sentinel_coordinate"]]);
    expect(codes(normalizeCoordinate("139.6917", at, "latitude"))).toEqual([139.6917, []]);
    expect(codes(normalizeCoordinate("３５.６８９５", at, "latitude"))).toEqual([35.6895, ["full_width_converted"]]);
  });

  it("phones: 0, digits and single hyphens as written; full-width, lost 0 and spaced dashes repaired", () => {
    expect(codes(normalizePhone("03-3209-1111", at))).toEqual(["03-3209-1111", []]);
    expect(codes(normalizePhone("0332091111", at))).toEqual(["0332091111", []]);
    expect(codes(normalizePhone("332091111", at))).toEqual(["0332091111", ["lost_leading_zero"]]);
    expect(codes(normalizePhone("03 - 3209 - 1111", at))).toEqual(["03-3209-1111", ["phone_separators"]]);
    expect(codes(normalizePhone("０３-３２０９-１１１１", at))).toEqual(["03-3209-1111", ["full_width_converted"]]);
  });

  it("codes: 6 digits with a valid check digit as written; a bad check digit, 5 digits and full width take the full path", () => {
    expect(codes(normalizeCode("131041", at))).toEqual(["131041", []]);
    expect(codes(normalizeCode("131040", at))).toEqual([null, ["bad_check_digit"]]);
    expect(codes(normalizeCode("13104", at))).toEqual(["131041", ["five_digit_code"]]);
    expect(codes(normalizeCode("１３１０４１", at))).toEqual(["131041", ["full_width_converted"]]);
  });

  it("URLs and flags", () => {
    expect(codes(normalizeUrl("https://www.city.example.lg.jp/a?b=1#c", at))).toEqual(["https://www.city.example.lg.jp/a?b=1#c", []]);
    expect(codes(normalizeUrl(" https://example.jp/ ", at))).toEqual(["https://example.jp/", []]);
    expect(codes(normalizeUrl("www.example.jp", at))).toEqual(["https://www.example.jp", ["url_scheme_repaired"]]);
    expect(codes(normalizeUrl("https://example.jp/ａ", at))).toEqual(["https://example.jp/a", ["full_width_converted"]]);
    expect(codes(normalizeFlag("有", at))).toEqual([true, []]);
    expect(codes(normalizeFlag("0", at))).toEqual([false, []]);
    expect(codes(normalizeFlag(" 有 ", at))).toEqual([true, []]);
    expect(codes(normalizeFlag("○", at))).toEqual([true, ["nonstandard_flag"]]);
  });
});

describe("plain text cells", () => {
  it("one ideographic space inside a cell stays, with no issue; at an end or doubled it is repaired", () => {
    expect(codes(normalizeText("1階　受付横", at))).toEqual(["1階　受付横", []]);
    expect(codes(normalizeText("1階　　受付横", at))).toEqual(["1階　受付横", ["extra_whitespace"]]);
    expect(codes(normalizeText("　受付横", at))).toEqual(["受付横", ["extra_whitespace"]]);
    expect(codes(normalizeText("1階 　受付横", at))).toEqual(["1階 受付横", ["extra_whitespace"]]);
  });

  it("Unicode spaces trim() cuts (U+2000–200A, U+1680) are trimmed and reported, and alone mean empty", () => {
    expect(codes(normalizeText("\u2003受付", at))).toEqual(["受付", ["extra_whitespace"]]);
    expect(codes(normalizeText("受付\u1680", at))).toEqual(["受付", ["extra_whitespace"]]);
    expect(codes(normalizeText("\u2000", at))).toEqual([null, []]);
  });
});

describe("plainWords without NFKC", () => {
  it("takes only characters NFKC leaves as they are, whatever follows them, and no space", () => {
    const taken: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (!isNfkcStable(s)) continue;
      taken.push(s);
      // alone, and after characters that start compositions (か + ゙, e + ́, Hangul jamo): none is a composition's second half
      for (const before of ["", "か", "ウ", "e", "\u1100", "\uAC00"]) expect((before + s).normalize("NFKC")).toBe(before + s);
    }
    expect(taken).toHaveLength(94 + 86 + 90 + 1 + 20_992);
    expect(["新宿区役所", "ABC-1", "シンジュク", "ひらがな"].map(isNfkcStable)).toEqual([true, true, true, true]);
    expect(["㈱新宿", "ｼﾝｼﾞｭｸ", "新宿 区", "新宿　区", "Ａ", "か\u3099", "﨑", "・"].map(isNfkcStable)).toEqual(Array(8).fill(false));
  });

  it("gives what NFKC and dropping spaces give", () => {
    for (const [raw, out] of [["新宿区役所", "新宿区役所"], ["㈱新宿", "(株)新宿"], ["ｼﾝｼﾞｭｸ", "シンジュク"], ["新宿　区 役所", "新宿区役所"],
      ["＊＊＊", "***"], ["非公開", "非公開"]]) expect(plainWords(raw)).toBe(out);
  });
});
