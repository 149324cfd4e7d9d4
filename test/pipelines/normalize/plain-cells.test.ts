// The row stage takes a cell's value from its kind's plain test (index.ts PLAIN) before any memo or normalizer. Such
// a test must only pass cells the full path would return unchanged with no issue: random strings over the characters
// at each test's edges go through both. And completeAddress, memoized per prefecture and city, against the plain
// implementation it replaced.
import { describe, expect, it } from "vitest";
import { completeAddress, PREFECTURES } from "../../../pipelines/normalize/address.ts";
import { isSpaceCode, prefectureOf, startsWithTokyoMunicipality, tokyoMunicipalityAt } from "../../../pipelines/normalize/location.ts";
import { doubledAddress, headAt } from "../../../pipelines/normalize/address-heads.ts";
import { normalizePhone, plainCode, readPhone } from "../../../pipelines/normalize/codes.ts";
import { plainCoordinate } from "../../../pipelines/normalize/coordinates.ts";
import { isPrivateLink } from "../../../pipelines/normalize/private-link.ts";
import { type At, type Fixed, problem } from "../../../pipelines/normalize/fixed.ts";
import {
  cleanCell, collapseSpaces, normalizeText, plainText, plainUrl, restoreExponent, toFullWidthKana, toHalfWidthAscii, toHalfWidthText,
} from "../../../pipelines/normalize/text.ts";
import { random } from "../../../pipelines/sample/random.ts";
import { isValidCode } from "../../../schemas/local-government-code.ts";
import { at } from "./helpers.ts";

const CHARS = [
  "a", "Z", "0", "1", "5", "9", "-", ".", ":", "/", "+", "e", "E", "n", "u", "l", "N", "A", "h", "t", "p", "s", "~", " ", "\u3000", "\t",
  "\n", "\r", "\u0000", "\u001f", "\u007f", "\u0085", "\u009f", "\u00a0", "\u00a1", "\u1680", "\u2000", "\u2003", "\u200b", "\u2060",
  "\u2061", "\u2fff", "\u3001", "\ud7ff", "\ud800", "\udc00", "\ud83d\ude00", "\ue000", "\ufefe", "\ufeff", "\uff01", "\uff5e", "\uff61",
  "ｱ", "ﾞ", "Ａ", "１", "－", "ー", "東", "京", "都", "区",
];

/** restoreExponent as it was before its first-character test: the reference. */
function referenceRestoreExponent(s: string): string | null {
  const m = /^\+?(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$/.exec(s);
  if (!m) return null;
  const digits = m[1] + (m[2] ?? "");
  const length = Number(m[3]) + 1;
  return digits.length > length || length < 6 ? null : digits.padEnd(length, "0");
}

function strings(seed: number, n: number, prefixes: readonly string[] = [""]): string[] {
  const rng = random(seed);
  return Array.from({ length: n }, () => rng.pick(prefixes) + Array.from({ length: rng.int(0, 7) }, () => rng.pick(CHARS)).join(""));
}

describe("plain cells", () => {
  it("plainText passes only cells normalizeText's full path returns as they are, with no issue", () => {
    let plain = 0;
    for (const raw of [...strings(1, 20000), "null", "N/A", "-", "1.2E+12", "1e5", "+1.5e10", "1.e5", "1.5", "12e", "+e", "東京都", "1階　受付横", "a b", " a", "a ", "ーー", "ー", "－"]) {
      if (plainText(raw) === undefined) continue;
      plain++;
      expect([raw, cleanCell(raw, at)]).toEqual([raw, { value: raw, issues: [], trimmed: false }]);
      expect([raw, collapseSpaces(raw), toHalfWidthAscii(raw), toFullWidthKana(raw), referenceRestoreExponent(raw)]).toEqual([raw, raw, raw, raw, null]);
    }
    expect(plain).toBeGreaterThan(1000);
  });

  it("restoreExponent reads what it read before its first-character test", () => {
    const rng = random(7);
    const chars = ["0", "1", "5", "9", ".", "e", "E", "+", "-", "a", " "];
    const cells = Array.from({ length: 30000 }, () => Array.from({ length: rng.int(0, 9) }, () => rng.pick(chars)).join(""));
    let restored = 0;
    for (const raw of [...cells, "1.23457E+12", "1E+05", "+1.5e10", "1.e5", "1.2E+1"]) {
      const expected = referenceRestoreExponent(raw);
      expect([raw, restoreExponent(raw)]).toEqual([raw, expected]);
      if (expected !== null) restored++;
    }
    expect(restored).toBeGreaterThan(20);
  });

  it("plainUrl is /^https?:\\/\\/[\\x21-\\x7E]+$/ without a third slash (https:///a is repaired) nor a private host (url_private)", () => {
    const cells = [...strings(2, 20000, ["", "http://", "https://", "https:/", "HTTP://", "https://", "https:///", "https://www.city.example.jp/", "http://192.168.1.", "https://a.b"]), "http://", "https://", "https://a", "https:///a"];
    let plain = 0;
    for (const raw of cells) {
      const expected = /^https?:\/\/[\x21-\x7E]+$/.test(raw) && !/^https?:\/\/\//.test(raw) && !isPrivateLink(raw) ? raw : undefined;
      expect([raw, plainUrl(raw)]).toEqual([raw, expected]);
      if (expected !== undefined) plain++;
    }
    expect(plain).toBeGreaterThan(500);
  });

  it("plainCode passes 6-digit codes with a valid check digit, seen before or not", () => {
    const rng = random(3);
    const cells = Array.from({ length: 3000 }, () => String(rng.int(0, 999999)).padStart(rng.pick([5, 6, 6, 7]), "0"));
    for (const raw of [...cells, ...cells, "１３１０４１", "131041 ", "13104"]) {
      expect([raw, plainCode(raw)]).toEqual([raw, /^\d{6}$/.test(raw) && isValidCode(raw) ? raw : undefined]);
    }
  });
});

/** normalizeText's full path, every step for every cell: the reference for its shortcuts. */
function referenceText(raw: string, at: At): Fixed<string | null> {
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  let s = collapseSpaces(clean.value);
  if (clean.trimmed || s !== clean.value) issues.push(problem("extra_whitespace", at, raw));
  if (/○○|○-○|○番/.test(s)) issues.push(problem("template_example", at, raw));
  const half = toHalfWidthText(s);
  if (half !== s) issues.push(problem("full_width_converted", at, raw));
  const kana = toFullWidthKana(half);
  if (kana !== half) issues.push(problem("half_width_kana", at, raw));
  s = kana;
  const restored = referenceRestoreExponent(s);
  if (restored !== null) {
    const exact = restored.length === s.replace(/[eE].*$/, "").replace(/\D/g, "").length;
    issues.push(problem(exact ? "exponent_notation" : "exponent_digits_lost", at, raw));
    if (exact) s = restored;
  }
  return { value: s, issues };
}

describe("text and phone shortcuts", () => {
  const cells = [
    ...strings(10, 20000), ...strings(11, 5000, ["千代田区立第", "ｼﾝｼﾞｭｸ", "１２丁目", "1.2E+", "１．２Ｅ＋"]),
    ...strings(12, 5000).map((s) => s.replace(/[^0-9-]/g, "")).map((s) => toFullWidthDigits(`0${s}`)),
    "千代田区立第１区民センター", "ｼﾝｼﾞｭｸｸﾘﾂシンジュクク1", "１２丁目１４番８号", "ｎｕｌｌ", "１．２３Ｅ＋１２", "０３－３２０１－１０３１", "０３ー３２０１",
  ];
  it("normalizeText gives what every step gives", () => {
    for (const raw of cells) expect([raw, normalizeText(raw, { ...at, onlyCounts: undefined })]).toEqual([raw, referenceText(raw, at)]);
  });
  // the full path is codes.ts readPhone: a copy of it here would only restate it
  it("normalizePhone gives what every step gives", () => {
    for (const raw of cells) expect([raw, normalizePhone(raw, at)]).toEqual([raw, readPhone(raw, at)]);
  });
});

function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9-]/g, (c) => (c === "-" ? "－" : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

describe("plain coordinates", () => {
  it("plainCoordinate reads /^\\d{1,3}\\.\\d{1,15}$/ cells as Number() does, and no other cell", () => {
    const rng = random(5);
    const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join("");
    const cells = [
      ...Array.from({ length: 20000 }, () => `${digits(rng.int(0, 4))}${rng.pick([".", ".", ".", "", ".."])}${digits(rng.int(0, 17))}`),
      ...strings(6, 5000).map((s) => `35${s}`), "35.6895", "139.691700", "035.0", "35.999999999999999", "35.123456789012345", "0.0",
    ];
    let plain = 0;
    for (const raw of cells) {
      for (const axis of ["latitude", "longitude"] as const) {
        const n = Number(raw);
        const inJapan = axis === "latitude" ? n >= 20 && n <= 46 : n >= 122 && n <= 154;
        const expected = /^\d{1,3}\.\d{1,15}$/.test(raw) && inJapan ? n : undefined;
        expect([raw, axis, plainCoordinate(raw, axis)]).toEqual([raw, axis, expected]);
        if (expected !== undefined) plain++;
      }
    }
    expect(plain).toBeGreaterThan(500);
  });
});

describe("toHalfWidthAscii", () => {
  it("converts U+FF01–FF5E and nothing else, in short and long cells", () => {
    const reference = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const long = strings(8, 20).join("").repeat(300);
    for (const s of [...strings(9, 20000), long, `Ａ${long}`, "", "Ａ", "１２丁目", "\uff00\uff01\uff5e\uff5f"]) expect(toHalfWidthAscii(s)).toBe(reference(s));
  });
});

describe("toFullWidthKana", () => {
  it("is NFKC of each run of half-width characters, for every string of up to three characters", () => {
    const chars = [...Array.from({ length: 0xff9f - 0xff61 + 1 }, (_, i) => String.fromCharCode(0xff61 + i)), "カ", "a", "\u3099", "ー"];
    const reference = (s: string) => s.replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize("NFKC"));
    const mismatches: string[] = [];
    for (const a of chars) for (const b of ["", ...chars]) for (const c of ["", ...chars]) {
      const s = a + b + c;
      if (toFullWidthKana(s) !== reference(s)) mismatches.push(s);
    }
    expect(mismatches).toEqual([]);
    for (const s of ["ｶﾞｯｺｳ｡", "ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "ｳﾞｧｲｵﾘﾝ", "ｶﾞﾞ", "ｶﾟﾞ", "ﾞｱ", "東京ﾄｳｷｮｳ都", "ｼﾝｼﾞｭｸｸﾘﾂシンジュクク1"]) expect(toFullWidthKana(s)).toBe(reference(s));
  });
});

/** completeAddress as it was before the memo of prefecture and city: the reference. */
function referenceCompleteAddress(address: string, prefecture: string | null, city: string | null): string | null {
  const names = new Set<string>(PREFECTURES);
  if (names.has(address.slice(0, 3)) || names.has(address.slice(0, 4))) return null;
  const pref = prefecture !== null && names.has(prefecture) ? prefecture : "";
  if (city) {
    if (address.startsWith(city)) return pref ? pref + address : null;
    const m = /^(.+?郡)?(.+?市(?=.+区$))?(.+)$/.exec(city);
    const units = m ? [m[1], m[2], m[3]].filter((u): u is string => u !== undefined) : [city];
    for (let i = 1; i < units.length; i++) {
      if (address.startsWith(units.slice(i).join(""))) return pref + units.slice(0, i).join("") + address;
    }
    if (["札幌市", "大阪市", "横浜市"].includes(city) && /^[^\d\s]{1,4}区(?!画)/.test(address)) return pref + city + address;
    if (pref === "東京都" && startsWithTokyoMunicipality(address)) return pref + address;
    // since: a Tokyo publisher's address that starts with a city Tokyo has not is left alone
    if (pref === "東京都" && /^[^\d\s]{1,5}?(?:市|郡|特別区)|^[^\d\s]{1,3}区(?!画)/.test(address)) return null;
    if (!/^[^\d\s]{1,5}?(?:市|郡|特別区)|^[^\d\s]{1,3}区(?!画)/.test(address)) return pref + city + address;
  }
  return pref ? pref + address : null;
}

describe("prefectureOf", () => {
  it("reads each prefecture at the start of a text, compared in place: none cut short, none later in the text", () => {
    for (const p of PREFECTURES) {
      expect(prefectureOf(`${p}千代田区1-1`)).toBe(p);
      expect(prefectureOf(p)).toBe(p);
      expect(prefectureOf(p.slice(0, -1))).toBeNull();
      expect(prefectureOf(`（${p}）`)).toBeNull();
    }
    // 京都府 inside 東京都府中市, 神奈川 without its 県
    expect(prefectureOf("東京都府中市")).toBe("東京都");
    expect(prefectureOf("神奈川横浜市")).toBeNull();
    expect(prefectureOf("")).toBeNull();
  });
});

describe("tokyoMunicipalityAt", () => {
  it("reads a municipality after its 郡, its island or a space, and turns away a text with none of them in its first 12 characters", () => {
    const at = (text: string) => tokyoMunicipalityAt(text)?.city;
    expect(at("西多摩郡瑞穂町箱根ケ崎2335")).toBe("西多摩郡瑞穂町");
    expect(at("西多摩郡　奥多摩町氷川215-6")).toBe("西多摩郡奥多摩町");
    expect(at("八丈島八丈町大賀郷2551-2")).toBe("八丈町");
    expect(at("青ケ島村無番地")).toBe("青ヶ島村");
    expect(at("\u3000新宿区西新宿2-8-1")).toBe("新宿区");
    expect(at("新宿区西新宿2-8-1")).toBe("新宿区");
    expect(at("西新宿2-8-1")).toBeUndefined();
    expect(at("1丁目1番1号")).toBeUndefined();
    // past the first 12 characters, a space or 郡 starts no slower form
    expect(at("あいうえおかきくけこさし 新宿区")).toBeUndefined();
  });
});

describe("the heads of an address", () => {
  it("isSpaceCode is /\\s/ for every UTF-16 code unit", () => {
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) expect(c.toString(16)).toBe("a space as /\\s/ reads it");
  });

  it("a municipality right after the prefecture or after spaces, and one respelled (青ケ島村) or after its island", () => {
    expect(headAt("東京都新宿区西新宿2-8-1")).toMatchObject({ prefecture: "東京都", municipality: { name: "新宿区" }, length: 6 });
    expect(headAt("東京都\u3000 新宿区 西新宿2-8-1")).toMatchObject({ municipality: { name: "新宿区" }, length: 9 });
    expect(headAt("東京都青ケ島村無番地")).toMatchObject({ municipality: { name: "青ヶ島村" }, length: 7 });
    expect(headAt("八丈島八丈町大賀郷2551-2")).toMatchObject({ prefecture: null, municipality: { name: "八丈町" }, length: 6 });
    expect(headAt("西新宿2-8-1")).toBeNull();
    expect(doubledAddress("東京都新宿区西新宿2-8-1")).toBeNull();
    expect(doubledAddress("東京都新宿区新宿区西新宿2-8-1")).toEqual({ how: "repeated", address: "東京都新宿区西新宿2-8-1" });
    expect(doubledAddress("東京都青ケ島村青ケ島村無番地")).toEqual({ how: "repeated", address: "東京都青ケ島村無番地" });
  });
});

describe("completeAddress", () => {
  it("gives what it gave before its memo, for prefecture and city pairs that repeat and vary", () => {
    const rng = random(4);
    const prefectures = [null, "", "東京都", "北海道", "大阪府", "神奈川県", "東京", "X"];
    const cities = [null, "", "新宿区", "西多摩郡瑞穂町", "札幌市厚別区", "大阪市", "横浜市", "町田市", "大島町", "八王子市"];
    const starts = ["", "東京都", "北海道", "新宿区", "瑞穂町", "西多摩郡", "厚別区", "浪速区", "区画", "町田市", "横浜市", "1丁目", "１丁目", "本町", "中央区",
      "東", "大阪府", "神奈川県"];
    for (let n = 0; n < 20000; n++) {
      const prefecture = rng.pick(prefectures);
      const city = rng.pick(cities);
      const address = rng.pick(starts) + rng.pick(starts) + rng.pick(["", "1-2-3", "二丁目5番", " 4"]);
      expect([address, prefecture, city, completeAddress(address, prefecture, city)])
        .toEqual([address, prefecture, city, referenceCompleteAddress(address, prefecture, city)]);
    }
  });
});
