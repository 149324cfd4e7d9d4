import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import { normalizeKana, plainKana } from "../../../pipelines/normalize/reading.ts";
import { cleanCell, collapseSpaces, normalizeText, normalizeUrl, plainWords, restoreExponent } from "../../../pipelines/normalize/text.ts";
import { at, codes, outcome } from "./helpers.ts";

describe("normalizeText", () => {
  it.each([
    ["", null, []],
    ["   ", null, []],
    ["新宿区役所", "新宿区役所", []],
    [" 新宿区役所 ", "新宿区役所", ["extra_whitespace"]],
    ["新宿区役所　本庁舎", "新宿区役所　本庁舎", []],
    ["新宿区役所　　本庁舎", "新宿区役所　本庁舎", ["extra_whitespace"]],
    ["新宿区役所 　本庁舎", "新宿区役所 本庁舎", ["extra_whitespace"]],
    ["A\tB", "A B", ["extra_whitespace"]],
    ["一行目  \r\n  二行目", "一行目\n二行目", ["extra_whitespace"]],
    ["一行目\r\n二行目", "一行目\n二行目", []],
    ["大手町３丁目１番１号", "大手町3丁目1番1号", ["full_width_converted"]],
    ["ＡＥＤ（１階）", "AED（1階）", ["full_width_converted"]],
    // the standard writes its own values with full-width brackets and ～: they stay, and no one is told to change them
    ["認定こども園（幼保連携型）", "認定こども園（幼保連携型）", []],
    ["810人（2平方メートルあたり1人）", "810人（2平方メートルあたり1人）", []],
    ["月～金", "月～金", []],
    ["西新宿２－８－１", "西新宿2-8-1", ["full_width_converted"]],
    ["０３－５２４６－１３１６", "03-5246-1316", ["full_width_converted"]],
    ["ｼﾝｼﾞｭｸｸﾔｸｼｮ", "シンジュククヤクショ", ["half_width_kana"]],
    ["ｶﾞｯｺｳ｡", "ガッコウ。", ["half_width_kana"]],
    ["ガッコウ、「公園」・ー。", "ガッコウ、「公園」・ー。", []],
    ["-", null, ["placeholder_value"]],
    ["－", null, ["placeholder_value"]],
    ["―", null, ["placeholder_value"]],
    ["ー", null, ["placeholder_value"]],
    [" - ", null, ["placeholder_value"]],
    ["null", null, ["placeholder_value"]],
    ["NULL", null, ["placeholder_value"]],
    ["N/A", null, ["placeholder_value"]],
    ["なし", "なし", []],
    // a dash typed twice (--, ーー, ――) is a dash: it was published as a value (a URL --, a department ーー)
    ["--", null, ["placeholder_value"]], ["ーー", null, ["placeholder_value"]], ["――", null, ["placeholder_value"]], ["－－", null, ["placeholder_value"]],
    ["ーーー―", null, ["placeholder_value"]], ["-1", "-1", []],
    // Excel kept 6 of the 13 digits: filling in zeros would make up another number
    ["1.23457E+12", "1.23457E+12", ["exponent_digits_lost"]],
    ["1.31E+09", "1.31E+09", ["exponent_digits_lost"]],
    ["1.23457E+5", "123457", ["exponent_notation"]],
    ["=\"001\"", "001", ["excel_text_formula"]],
    ["=\"Say \"\"hi\"\"\"", "Say \"hi\"", ["excel_text_formula"]],
    ["=\"\"", null, ["excel_text_formula"]],
    // the ' a formula-safe export (our own CSV among them) puts before = + - @: read back as the value it guards
    ["'@Herbs", "@Herbs", ["formula_escape_removed"]],
    ["'=SUM(A1)", "=SUM(A1)", ["formula_escape_removed"]],
    ["'+81-3-3209-1111", "+81-3-3209-1111", ["formula_escape_removed"]],
    ["'s Cafe", "'s Cafe", []],
    // Excel's "keep as text" mark before digits, a phone or a date: taken off; before words it is the text's own
    ["'001", "001", ["text_mark_removed"]],
    ["'03-3312-1111", "03-3312-1111", ["text_mark_removed"]],
    ["'2024/4/1", "2024/4/1", ["text_mark_removed"]],
    ["'2024年4月1日", "2024年4月1日", ["text_mark_removed"]],
    ["'１２３", "123", ["text_mark_removed", "full_width_converted"]],
    ["'80s", "'80s", []],
    ["'80年代の建物", "'80年代の建物", []],
    ["''001", "''001", []],
    // a full-width ＠ or － starts no formula: no export escapes it, so the ' is the officer's own
    ["'＠ＡＥＤステーション", "'＠AEDステーション", ["full_width_converted"]],
    ["'－１", "'－1", ["full_width_converted"]],
    ["=1+1", "=1+1", []],
    ["1.5E+3", "1.5E+3", []],
    ["名称\u0000A", "名称A", ["invalid_characters"]],
    ["\uFEFF名称", "名称", ["invalid_characters"]],
    ["a\uD800b", "ab", ["invalid_characters"]],
    ["😀", "😀", []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeText(raw, at))).toEqual([value, issueCodes]);
  });

  it("reports where and what: the whole issue", () => {
    expect(normalizeText("ＡＥＤ", { row: 3, field: "name" })).toEqual({
      value: "AED",
      issues: [issue("full_width_converted", { row: 3, field: "name", value: "ＡＥＤ" })],
    });
    expect(issue("full_width_converted", { row: 3, field: "name", value: "ＡＥＤ" }).message_ja)
      .toBe("3行目：「name」の値「ＡＥＤ」の全角英数字・記号を半角にしました。半角で入力してください。");
  });

  it("reports several repairs of one value in a fixed order, each at the row and field", () => {
    expect(outcome(normalizeText(" ｶﾅ　　ＡＢ ", { row: 2, field: "name_kana" }))).toEqual({
      value: "カナ　AB",
      issues: [[2, "name_kana", "extra_whitespace"], [2, "name_kana", "full_width_converted"], [2, "name_kana", "half_width_kana"]],
    });
  });

  it("keeps unstorable characters out of the issue value and cuts long values", () => {
    const [problem] = normalizeText("a\u0000b", at).issues;
    expect(problem.value).toBe("a\uFFFDb");
    const long = normalizeText(`${"あ".repeat(300)}\u0001`, at).issues[0];
    expect(long.value).toBe(`${"あ".repeat(200)}…`);
  });
});

describe("cleanCell, collapseSpaces, restoreExponent", () => {
  it("cleanCell tells whether it trimmed", () => {
    expect(cleanCell(" a ", at)).toEqual({ value: "a", issues: [], trimmed: true });
    expect(cleanCell("a", at)).toEqual({ value: "a", issues: [], trimmed: false });
  });
  it.each([
    ["a  b", "a b"], ["a\u3000\u3000b", "a\u3000b"], ["a \u3000b", "a b"], ["a\u00A0b", "a b"], ["a \n b", "a\nb"], ["a\n\nb", "a\n\nb"],
  ])("collapseSpaces(%j) → %j", (raw, out) => expect(collapseSpaces(raw)).toBe(out));
  it.each([
    ["1.23457E+12", "1234570000000"], ["1.234567890123E+12", "1234567890123"], ["1.2345678901234E+12", null], ["5E+5", "500000"], ["1.23E+3", null],
    ["1.2345678E+3", null], ["abc", null], ["1.2E-12", null],
  ])("restoreExponent(%j) → %j", (raw, out) => expect(restoreExponent(raw)).toBe(out));
  // what every module that compares words as written relies on: any white space goes, widths fold, case stays
  it.each([
    ["消火栓 （地下式 単口）", "消火栓(地下式単口)"], ["旧\u3000日本\t測地系", "旧日本測地系"], ["有\u00A0り\r\n", "有り"], ["ＴＯＫＹＯ", "TOKYO"],
    ["ｶﾞｯｺｳ", "ガッコウ"], ["Yes", "Yes"], ["", ""],
  ])("plainWords(%j) → %j", (raw, out) => expect(plainWords(raw)).toBe(out));
});

describe("normalizeUrl", () => {
  it.each([
    ["https://www.city.shinjuku.lg.jp/", "https://www.city.shinjuku.lg.jp/", []],
    ["ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ", "https://example.jp", ["full_width_converted"]],
    // several addresses: the first is the value (the record keeps the cell in 備考), on lines or side by side
    ["https://a.jp/1\nhttps://a.jp/2", "https://a.jp/1", ["url_several"]],
    ["https://a.jp/jinko.html https://a.jp/jinko.pdf", "https://a.jp/jinko.html", ["url_several"]],
    // a note after the address (copied from a web page): the address alone
    ["https://www.city.inagi.tokyo.jp/opendata/kanko.html（外部リンク）", "https://www.city.inagi.tokyo.jp/opendata/kanko.html", ["url_with_note"]],
    ["https://a.jp/a.pdf【PDF：120KB】", "https://a.jp/a.pdf", ["url_with_note"]],
    ["https://a.jp/x (PDF)", "https://a.jp/x", ["url_with_note"]],
    // addresses run together, the second right after the first's path (高松市's hospital table): the first
    ["http://www.kagawa-reha.net/http://www.kagawa-reha.net/hospital.html", "http://www.kagawa-reha.net/", ["url_several"]],
    ["https://a.jp/info/1/https://b.jp/x/", "https://a.jp/info/1/", ["url_several"]],
    // a web archive's address and an address in a query hold another by design: one address each
    ["https://web.archive.org/web/20200101000000/https://a.jp/", "https://web.archive.org/web/20200101000000/https://a.jp/", []],
    ["https://a.jp/jump?url=https://b.jp/", "https://a.jp/jump?url=https://b.jp/", []],
    // a page's name before its address (高松市's event list: the name, a blank line, the address): the address alone
    ["カマタマーレ讃岐オフィシャルサイト\n\nhttps://www.kamatamare.jp/", "https://www.kamatamare.jp/", ["url_with_label"]],
    ["香川オリーブガイナーズホームページ\nhttps://www.oliveguyners.com/", "https://www.oliveguyners.com/", ["url_with_label"]],
    ["ホームページ：https://a.jp/x.html", "https://a.jp/x.html", ["url_with_label"]],
    // a dotted name before it is an address too: not a page's name
    ["a.jp/x https://a.jp/y", "a.jp/x https://a.jp/y", ["not_a_url"]],
    // a Japanese path, and brackets of the path itself, are the address's own
    ["https://ja.wikipedia.org/wiki/新宿区（東京都）", "https://ja.wikipedia.org/wiki/新宿区(東京都)", ["full_width_converted"]],
    ["https://a.jp/(x)", "https://a.jp/(x)", []],
    ["https://example.jp/path/（新宿）/index.html", "https://example.jp/path/(新宿)/index.html", ["full_width_converted"]],
    ["www.example.jp", "https://www.example.jp", ["url_scheme_repaired"]],
    ["city.example.lg.jp/aed.html", "https://city.example.lg.jp/aed.html", ["url_scheme_repaired"]],
    // a tourist site's or a business's own domain: .com, .net, .org, .tokyo as well as .jp
    ["tokyo-haneda.com", "https://tokyo-haneda.com", ["url_scheme_repaired"]],
    ["kanko.example.tokyo/spot/1", "https://kanko.example.tokyo/spot/1", ["url_scheme_repaired"]],
    ["example.org/ja/", "https://example.org/ja/", ["url_scheme_repaired"]],
    // a file's name is no host
    ["aed.csv", "aed.csv", ["not_a_url"]],
    // words with no address in them are a link's text whose link was lost: no URL (the record keeps them in 備考)
    ["example", null, ["url_link_text"]],
    ["区ホームページ参照", null, ["url_link_text"]],
    ["詳細はこちら", null, ["url_link_text"]],
    ["ホームページ\nリンク", null, ["url_link_text"]],
    ["板橋区立美術館 公式サイト", null, ["url_link_text"]],
    // an address written among words, a mail address or a path stays, warned
    ["詳細は www.city.example.lg.jp", "詳細は www.city.example.lg.jp", ["not_a_url"]],
    ["/kurashi/aed.html", "/kurashi/aed.html", ["not_a_url"]],
    ["-", null, ["placeholder_value"]],
    // a word saying there is no page (yet) is no link: empty, warned (the record keeps the word in 備考)
    ["なし", null, ["url_placeholder"]],
    ["未定", null, ["url_placeholder"]],
    [" 準備中 ", null, ["url_placeholder"]],
    // the scheme alone (a template's http:// never filled in) is no link either
    ["http://", null, ["url_placeholder"]],
    ["https:", null, ["url_placeholder"]],
    ["ｈｔｔｐｓ：／／", null, ["url_placeholder"]],
    ["ＨＰなし", null, ["url_link_text"]],
    // a scheme written by hand: what it plainly meant, with a warning that names the URL read
    ["https:www.ecorma-hall.jp", "https://www.ecorma-hall.jp", ["url_scheme_repaired"]],
    ["https//www.a.jp/x", "https://www.a.jp/x", ["url_scheme_repaired"]],
    ["http;//a.jp", "http://a.jp", ["url_scheme_repaired"]],
    ["https:///a.jp", "https://a.jp", ["url_scheme_repaired"]],
    ["ttps://a.jp", "https://a.jp", ["url_scheme_repaired"]],
    ["https: //a.jp", "https://a.jp", ["url_scheme_repaired"]],
    ["ｈｔｔｐｓ：ｗｗｗ．ａ．ｊｐ", "https://www.a.jp", ["full_width_converted", "url_scheme_repaired"]],
    ["https:/a.jp/2\nhttps://a.jp/1", "https://a.jp/2", ["url_scheme_repaired", "url_several"]],
    // right already (any case), or no http(s) scheme to repair
    ["HTTPS://A.JP", "HTTPS://A.JP", []],
    ["ftp://a.jp", "ftp://a.jp", ["not_a_url"]],
    ["httpsとは", null, ["url_link_text"]],
    // a link only the office can open (a share, a PC's file, an intranet host, a private address) is never published
    ["http://intranet.city.shinjuku.lg.jp/food/123", null, ["url_private"]],
    ["http://192.168.10.5/docs/124.pdf", null, ["url_private"]],
    ["http://10.0.0.3/x", null, ["url_private"]],
    ["http://172.16.2.4/y", null, ["url_private"]],
    ["http://localhost:8080/a", null, ["url_private"]],
    ["http://fileserver/share/a.pdf", null, ["url_private"]],
    ["http://srv01.local/a", null, ["url_private"]],
    ["file://fileserver/share/125.xlsx", null, ["url_private"]],
    ["\\\\server\\share\\126.pdf", null, ["url_private"]],
    ["C:\\Users\\soumu\\aed.xlsx", null, ["url_private"]],
    ["ｈｔｔｐ：／／１９２．１６８．１．５／ａ", null, ["full_width_converted", "url_private"]],
    // a public host that only looks so: a number in its name, 172.32 (no private range), intra- in a company's name
    ["https://10.example.jp/", "https://10.example.jp/", []],
    ["http://172.32.1.1/", "http://172.32.1.1/", []],
    ["https://intra-mart.jp/", "https://intra-mart.jp/", []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeUrl(raw, at))).toEqual([value, issueCodes]);
  });

  it("the repair's message names the URL it was read as", () => {
    const [found] = normalizeUrl("https:www.ecorma-hall.jp", { row: 2, field: "url" }).issues;
    expect(found).toMatchObject({ severity: "warning", value: "https:www.ecorma-hall.jp" });
    expect(found.message_ja).toBe("2行目：「url」の値「https:www.ecorma-hall.jp」は先頭の「https://」（http://）の書き方が違うため、「https://www.ecorma-hall.jp」にしました。リンク先を確かめ、正しく入力してください。");
    expect(found.message_en).toContain("it was read as \"https://www.ecorma-hall.jp\"");
  });
});

describe("外字 (private use characters)", () => {
  it.each([["渡辺\ue000商店"], ["\ue757"], ["髙\uF8FF"], ["渡辺\u{F0000}"]])("%j is kept and warned", (raw) => {
    expect(codes(normalizeText(raw, at))).toEqual([raw, ["private_use_character"]]);
  });
  it("standard characters and the NEC/IBM extensions are no 外字", () => {
    expect(codes(normalizeText("①髙﨑㈱№", at))).toEqual(["①髙﨑㈱№", []]);
  });
});

describe("normalizeKana", () => {
  it("a reading in hiragana is katakana, said; katakana and half-width kana as text makes them", () => {
    expect(codes(normalizeKana("しんじゅくくりつとしょかん", at))).toEqual(["シンジュククリツトショカン", ["hiragana_reading"]]);
    expect(codes(normalizeKana("とうきょうタワー", at))).toEqual(["トウキョウタワー", ["hiragana_reading"]]);
    expect(codes(normalizeKana("シンジュク", at))).toEqual(["シンジュク", []]);
    expect(codes(normalizeKana("ｼﾝｼﾞｭｸ", at))).toEqual(["シンジュク", ["half_width_kana"]]);
    expect(plainKana("しんじゅく")).toBeUndefined();
    expect(plainKana("シンジュク")).toBe("シンジュク");
  });
});
