import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { kanjiValue, normalizeCount, normalizeNumber } from "../../../pipelines/normalize/numbers.ts";
import { population } from "../../../schemas/datasets/population.ts";
import { hospital } from "../../../schemas/datasets/hospital.ts";
import type { Dataset } from "../../../schemas/dataset.ts";
import { getDataset } from "../../../schemas/index.ts";
import { countUnitsOf, diameterMm, headCount, unitsOf } from "../../../schemas/types.ts";
import { at, codes, outcome } from "./helpers.ts";

describe("normalizeNumber", () => {
  it.each([
    ["", null, []],
    ["810", 810, []],
    ["¥500", 500, ["unit_stripped"]], ["￥1,000", 1000, ["thousands_separator", "unit_stripped"]],
    ["0", 0, []],
    ["-0", 0, []],
    ["12.5", 12.5, []],
    [".5", 0.5, []],
    ["007", 7, []],
    ["８１０", 810, ["full_width_converted"]],
    ["1,234", 1234, ["thousands_separator"]],
    ["１，２３４", 1234, ["full_width_converted", "thousands_separator"]],
    ["12,345,678.5", 12345678.5, ["thousands_separator"]],
    ["810人", 810, ["unit_stripped"]],
    ["810 人", 810, ["unit_stripped"]],
    ["１２０㎡", 120, ["full_width_converted", "unit_stripped"]],
    ["3箇所", 3, ["unit_stripped"]],
    ["1,500円", 1500, ["thousands_separator", "unit_stripped"]],
    ["▲120", -120, []],
    ["−5", -5, []],
    ["1.23E+12", 1230000000000, ["exponent_notation"]],
    ["-", null, ["placeholder_value"]],
    // about 50: a round figure is still the figure, said as one
    ["約50", 50, ["approximate_number"]],
    ["約４５ｍ", 45, ["full_width_converted", "unit_stripped", "approximate_number"]],
    ["およそ1,200人", 1200, ["thousands_separator", "unit_stripped", "approximate_number"]],
    ["50人以上", null, ["unparseable_number"]],
    ["1,23", null, ["unparseable_number"]],
    ["1.2.3", null, ["unparseable_number"]],
    ["未定", null, ["unparseable_number"]],
    ["無料", 0, ["free_of_charge"]],
    // free with the fee named before it, as event lists write it
    ["参加費無料", 0, ["free_of_charge"]],
    ["入場無料", 0, ["free_of_charge"]],
    ["受講料：無料", 0, ["free_of_charge"]],
    ["料金は無料", 0, ["free_of_charge"]],
    ["観覧料 無料", 0, ["free_of_charge"]],
    // free for some only is no amount of the row
    ["小学生以下無料", null, ["unparseable_number"]],
    ["参加費無料（材料費500円）", 0, ["free_of_charge", "number_with_note"]],
    ["0..", null, ["unparseable_number"]],
    ["1e400", null, ["unparseable_number"]],
    // digits parted by a space are two numbers, never one made up of both
    ["5 6", null, ["unparseable_number"]],
    ["1 234", null, ["unparseable_number"]],
    ["６　００", null, ["unparseable_number"]],
    // 万 over digits (an event's crowd, a fee; services probe: 約30万人 was no number), said with the number read
    ["約30万人", 300000, ["unit_stripped", "approximate_number", "ten_thousands_read"]], ["1.5万人", 15000, ["unit_stripped", "ten_thousands_read"]],
    ["1万2000円", 12000, ["unit_stripped", "ten_thousands_read"]], ["１万円", 10000, ["full_width_converted", "unit_stripped", "ten_thousands_read"]],
    ["10万", 100000, ["ten_thousands_read"]],
    // 千 after 万, a fraction before digits, or more than four places read as no number
    ["3万5千人", null, ["unparseable_number"]], ["1.5万2000", null, ["unparseable_number"]], ["1.23456万", null, ["unparseable_number"]], ["万人", null, ["unparseable_number"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeNumber(raw, at))).toEqual([value, issueCodes]);
  });

  it("an integer column refuses integers beyond 2^53 (they would change silently)", () => {
    expect(outcome(normalizeNumber("12345678901234567890", { row: 2, field: "capacity" }, { integer: true })))
      .toEqual({ value: null, issues: [[2, "capacity", "unparseable_number"]] });
    expect(normalizeNumber("12345678901234567890", at).value).toBe(12345678901234567000);
  });

  it("says the number 万 made, for the officer to write it in digits", () => {
    const read = normalizeNumber("約3万人", { row: 4, field: "capacity" });
    expect([read.value, read.issues.find((i) => i.code === "ten_thousands_read")?.detail]).toEqual([30000, "30000"]);
  });

  it("keeps a fraction in an integer column for validation to report", () => {
    expect(normalizeNumber("12.5", at, { integer: true })).toEqual({ value: 12.5, issues: [] });
  });
});

describe("normalizeCount (a statistical table's count: 「-」 is none)", () => {
  it.each([
    ["-", 0, ["dash_as_zero"]],
    ["－", 0, ["dash_as_zero"]],
    [" ― ", 0, ["dash_as_zero"]],
    ["ｰ", 0, ["dash_as_zero"]],
    ["1,234", 1234, ["thousands_separator"]],
    ["０", 0, ["full_width_converted"]],
    ["x", null, ["suppressed_count"]],
    ["Ｘ", null, ["suppressed_count"]],
    ["***", null, ["suppressed_count"]],
    ["xx", null, ["unparseable_number"]],
    ["--", null, ["unparseable_number"]],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeCount(raw, at))).toEqual([value, issueCodes]);
  });

  it("population counts read 「-」 as 0; other datasets' numbers keep 「-」 as a placeholder (not known)", () => {
    const people = normalizeRecord({ total: "12", male: "-", female: "12", age_0_4_male: "－", households: "-" }, population, { row: 4 });
    expect(people.record).toMatchObject({ total: 12, male: 0, female: 12, age_0_4_male: 0, households: 0 });
    expect(people.issues.filter((i) => i.code === "dash_as_zero").map((i) => [i.row, i.field, i.value]))
      .toEqual([[4, "male", "-"], [4, "age_0_4_male", "－"], [4, "households", "-"]]);
    const other = normalizeRecord({ beds: "-" }, hospital, { row: 4 });
    expect(other.record.beds).toBe(null);
    expect(other.issues.map((i) => [i.field, i.code])).toEqual([["beds", "placeholder_value"]]);
  });
});

describe("a count of what a place has (a toilet's seats, a hospital's beds): なし is none of them", () => {
  it.each([
    ["なし", 0, ["none_as_zero"]], ["無し", 0, ["none_as_zero"]], ["無", 0, ["none_as_zero"]], [" なし ", 0, ["none_as_zero"]],
    ["2", 2, []], ["-", null, ["placeholder_value"]], ["不明", null, ["unparseable_number"]],
    // a full-width digit is a count, not the yes a 1 is in a yes/no column (before: `１` left empty as yes_as_count)
    ["１", 1, ["full_width_converted"]], ["１０", 10, ["full_width_converted"]], ["０", 0, ["full_width_converted"]],
    // a cross (a toilet list's 多目的トイレ of ○ / ×) is none too; a circle says some, not how many: said as such (before:
    // unparseable_number, asking for half-width digits)
    ["×", 0, ["none_as_zero"]], ["✕", 0, ["none_as_zero"]], ["○", null, ["yes_as_count"]], ["有", null, ["yes_as_count"]], ["あり", null, ["yes_as_count"]],
    // none said with the thing's counter word (a clinic's 病床数 `無床`, `病床なし`: the beds were left empty); some of it is no count
    ["無床", 0, ["none_as_zero"]], ["病床なし", 0, ["none_as_zero"]], ["床なし", 0, ["none_as_zero"]], ["台なし", 0, ["none_as_zero"]],
    ["有床", null, ["unparseable_number"]], ["無床診療所", null, ["unparseable_number"]],
    // a yes with how many (多目的トイレ `有（1）`): the count; words of where (`有（2階）`) or a note are none
    ["有（1）", 1, ["count_after_yes"]], ["あり（2基）", 2, ["count_after_yes"]], ["〇(1)", 1, ["count_after_yes"]], ["有り：２", 2, ["count_after_yes"]],
    ["●（３箇所）", 3, ["count_after_yes"]], ["有（2階）", null, ["unparseable_number"]], ["有（車いす可）", null, ["unparseable_number"]],
    // a clinic with beds and how many (before: unread)
    ["有床（10床）", 10, ["count_after_yes"]], ["有床：19", 19, ["count_after_yes"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeNumber(raw, at, { integer: true, noneIsZero: true }))).toEqual([value, issueCodes]);
  });

  it("a toilet's and a hospital's counts read なし as 0, said at info level; a capacity's なし (no limit) and other numbers do not", () => {
    const toilets = getDataset("public_toilet")!;
    const { record, issues } = normalizeRecord({ name: "公園トイレ", installation_position: "公園内", total_male_toilet: "なし", total_female_toilet: "無し",
      multipurpose_toilet: "無" }, toilets, { row: 4 }, { municipality: "131105" });
    expect([record.total_male_toilet, record.total_female_toilet, record.multipurpose_toilet, record.remarks]).toEqual([0, 0, 0, null]);
    expect(issues.filter((i) => i.code === "none_as_zero").map((i) => [i.row, i.field, i.severity, i.value]))
      .toEqual([[4, "total_male_toilet", "info", "なし"], [4, "total_female_toilet", "info", "無し"], [4, "multipurpose_toilet", "info", "無"]]);
    expect(normalizeRecord({ beds: "なし" }, hospital, { row: 1 }).record.beds).toBe(0);
    const event = normalizeRecord({ name: "講演会", capacity: "なし" }, getDataset("event")!, { row: 1 }, { municipality: "131148" });
    expect(event.record.capacity).toBe(null);
    expect(codes(normalizeNumber("なし", at, { integer: true }))).toEqual([null, ["unparseable_number"]]);
  });
});

describe("a number column with units of its own (a hydrant's 口径)", () => {
  const units = new Set(unitsOf(diameterMm));
  it.each([
    ["150", 150, []], ["150mm", 150, ["unit_stripped"]], ["φ150", 150, ["unit_stripped"]], ["Φ150", 150, ["unit_stripped"]],
    ["150φ", 150, ["unit_stripped"]], ["150A", 150, ["unit_stripped"]], ["φ150mm", 150, ["unit_stripped"]], ["１５０", 150, ["full_width_converted"]],
    // a tank's capacity is no pipe size; 人 and m are other columns' units
    ["40t", null, ["unparseable_number"]], ["40トン", null, ["unparseable_number"]], ["40m3", null, ["unparseable_number"]], ["150m", null, ["unparseable_number"]],
  ])("%j → %j", (raw, value, found) => expect(codes(normalizeNumber(raw, at, { units }))).toEqual([value, found]));

  it("the hydrant dataset reads its 口径 so", () => {
    const fireHydrant = getDataset("fire_hydrant")!;
    expect(normalizeRecord({ kind: "消火栓", diameter_mm: "φ150" }, fireHydrant, { row: 1 }).record.diameter_mm).toBe(150);
    expect(normalizeRecord({ kind: "防火水そう", diameter_mm: "40t" }, fireHydrant, { row: 1 }).record.diameter_mm).toBeNull();
  });

  // before: all unread (unparseable_number), kept in 備考
  it.each([
    ["7.5cm", 75, "unit_converted", "info"], ["φ7.5cm", 75, "unit_converted", "info"], ["15センチ", 150, "unit_converted", "info"],
    // an inch size is a nominal size: the JIS size in millimetres (6B = 150A), warned
    ["6インチ", 150, "size_from_inches", "warning"], ["2.5B", 65, "size_from_inches", "warning"], ["3\"", 80, "size_from_inches", "warning"],
    // an inch size no pipe has, and metres (150m is 150mm mistyped more likely): unread
    ["7インチ", null, "unparseable_number", "warning"], ["150m", null, "unparseable_number", "warning"], ["0.15m", null, "unparseable_number", "warning"],
  ])("口径 %j → %j (%s)", (raw, value, code, severity) => {
    const out = normalizeRecord({ kind: "消火栓", diameter_mm: raw }, getDataset("fire_hydrant")!, { row: 1 });
    expect(out.record.diameter_mm).toBe(value);
    expect(out.issues.filter((i) => i.field === "diameter_mm").map((i) => [i.code, i.severity, i.detail ?? null])).toEqual([[code, severity, value === null ? null : String(value)]]);
  });

  it.each([
    // the outlets (単口, 双口) and their count: the pipe's size read, the cell kept in 備考
    ["双口100", 100, []], ["単口φ75", 75, ["unit_stripped"]], ["呼び径100×2", 100, []], ["口径 双口100", 100, []],
    ["100×2", 100, []], ["100X2", 100, []], ["１００×２", 100, []],
    // no size, or a count of outlets no hydrant has
    ["双口", null, ["unparseable_number"]], ["100×3", null, ["unparseable_number"]], ["呼び径40t", null, ["other_quantity"]],
  ])("口径 %j → %j, kept with its words", (raw, value, found) => {
    const fireHydrant = getDataset("fire_hydrant")!;
    const out = normalizeRecord({ kind: "消火栓", diameter_mm: raw }, fireHydrant, { row: 1 });
    expect(out.record.diameter_mm).toBe(value);
    const said = out.issues.filter((i) => i.field === "diameter_mm").map((i) => i.code);
    expect(said).toEqual(value === null ? found : [...found, "number_with_note"]);
    if (value !== null) expect(out.record.remarks).toBe(`口径：${raw.replace(/[０-９]/g, (d) => d.normalize("NFKC"))}`);
  });

  it.each([
    // the nominal size (呼び径) is what the column gives: its name taken off as a unit is, said (info), nothing kept
    ["呼び径75", 75, ["number_label_removed"]], ["呼び径150", 150, ["number_label_removed"]], ["呼び径：150mm", 150, ["unit_stripped", "number_label_removed"]],
    ["呼径 100", 100, ["number_label_removed"]], ["口径φ75", 75, ["unit_stripped", "number_label_removed"]], ["管径１５０", 150, ["number_label_removed"]],
    // the name over no size, or over a capacity, reads no better than before
    ["呼び径", null, ["unparseable_number"]], ["呼び径大", null, ["unparseable_number"]], ["呼び径40t", null, ["other_quantity"]],
  ])("口径 %j → %j, the name of the size taken off", (raw, value, found) => {
    const fireHydrant = getDataset("fire_hydrant")!;
    const out = normalizeRecord({ kind: "消火栓", diameter_mm: raw }, fireHydrant, { row: 2 });
    expect(out.record.diameter_mm).toBe(value);
    const said = out.issues.filter((i) => i.field === "diameter_mm");
    expect(said.map((i) => i.code)).toEqual(found);
    if (value !== null) {
      expect(out.record.remarks).toBeNull();
      expect(said.at(-1)).toMatchObject({ row: 2, value: raw, severity: "info", detail: raw.normalize("NFKC").match(/^\D+?径/)![0] });
    }
  });

  // before: `75,100` and `75，100` published 75100 (a thousands separator); the others unread as no number
  it.each([
    ["75,100", "75、100"], ["75，100", "75、100"], ["75・100", "75、100"], ["φ75・φ100", "φ75、φ100"], ["75/100", "75、100"],
    ["75、100", "75、100"], ["75 100", "75、100"], ["75及び100", "75、100"], ["75mm又は100mm", "75mm、100mm"], ["100・100", "100、100"],
    // with notes after the sizes
    ["100・75(双口)", "100、75"], ["75(単口) 100(双口)", "75、100"],
  ])("口径 %j lists two sizes: neither published, both named, the cell kept", (raw, sizes) => {
    const out = normalizeRecord({ kind: "消火栓", diameter_mm: raw }, getDataset("fire_hydrant")!, { row: 2 });
    expect(out.record.diameter_mm).toBeNull();
    expect(out.record.remarks).toBe(`口径：${raw.normalize("NFKC")}`);
    const said = out.issues.filter((i) => i.field === "diameter_mm");
    expect(said.map((i) => [i.code, i.severity, i.detail])).toEqual([["several_numbers", "warning", sizes]]);
    expect(said[0].message_ja).toContain(`数が複数（${sizes}）`);
  });

  it("a comma in a number column whose values may pass a thousand still groups digits; 口径 `1,000` is no list of sizes", () => {
    expect(codes(normalizeNumber("75,100", at, {}))).toEqual([75100, ["thousands_separator"]]);
    const out = normalizeRecord({ kind: "消火栓", diameter_mm: "1,000" }, getDataset("fire_hydrant")!, { row: 2 });
    expect([out.record.diameter_mm, out.issues.filter((i) => i.field === "diameter_mm").map((i) => i.code)]).toEqual([null, ["unparseable_number"]]);
  });

  it.each(["呼び径40t", "双口40t"])("a capacity after words about the size (%j) is labelled as a capacity in 備考", (raw) => {
    const out = normalizeRecord({ kind: "防火水そう", diameter_mm: raw }, getDataset("fire_hydrant")!, { row: 3 });
    expect(out.record.remarks).toBe(`容量：${raw}`);
  });
});

describe("a count of people (定員): a count in another unit is of something else", () => {
  const countUnits = new Set(countUnitsOf(headCount));
  it.each([
    ["20", 20, []], ["20人", 20, ["unit_stripped"]], ["20名", 20, ["unit_stripped"]], ["100席", 100, ["unit_stripped"]], ["三十名", 30, ["kanji_numeral", "unit_stripped"]],
    ["約1,000人", 1000, ["thousands_separator", "unit_stripped", "approximate_number"]],
    // 20 groups of a parent and a child are some 40 people: no head count
    ["20組", null, ["count_in_other_unit"]], ["３台", null, ["count_in_other_unit"]], ["2世帯", null, ["count_in_other_unit"]],
    ["二十組", null, ["count_in_other_unit"]], ["3歳", null, ["count_in_other_unit"]],
    // about after the number, as 約 before it; first come before it, a note as （先着順） after it is
    ["50人程度", 50, ["unit_stripped", "approximate_number"]], ["100名くらい", 100, ["unit_stripped", "approximate_number"]],
    ["30人前後", 30, ["unit_stripped", "approximate_number"]],
    ["先着100名", 100, ["unit_stripped", "number_with_note"]], ["先着順　30名", 30, ["unit_stripped", "number_with_note"]],
    // after how one applies, or by lot (高松市's event list; before: unparseable_number, the capacity left empty)
    ["申込先着30人", 30, ["unit_stripped", "number_with_note"]], ["当日先着\n220人", 220, ["unit_stripped", "number_with_note"]],
    ["抽選で30名", 30, ["unit_stripped", "number_with_note"]], ["申込先着20組", null, ["count_in_other_unit"]],
    // of something else with a note, before or after: still a count in another unit (before: unparseable_number,
    // "write half-width digits", though 20組 alone was said so)
    ["先着20組", null, ["count_in_other_unit"]], ["20組（先着順）", null, ["count_in_other_unit"]], ["１５組（抽選）", null, ["count_in_other_unit"]],
    ["20組程度", null, ["count_in_other_unit"]], ["親子15組30名", null, ["unparseable_number"]],
  ])("%j → %j", (raw, value, found) => expect(codes(normalizeNumber(raw, at, { integer: true, countUnits }))).toEqual([value, found]));

  it.each([
    // a capacity of each session or day: the number read, the cell kept in 定員備考
    ["各回20名", 20, ["unit_stripped", "number_with_note"]], ["1回20人", 20, ["unit_stripped", "number_with_note"]],
    ["各日先着30名", 30, ["unit_stripped", "number_with_note"]], ["各 15人", 15, ["unit_stripped", "number_with_note"]],
    // each with a note in brackets: the note said once (before: number_with_note twice for the one cell)
    ["各20名（先着）", 20, ["number_with_note"]],
    // the session or day after the number (before: unread, the capacity left empty)
    ["18名/日", 18, ["unit_stripped", "number_with_note"]], ["20人／回", 20, ["unit_stripped", "number_with_note"]], ["30名/1日", 30, ["unit_stripped", "number_with_note"]],
    ["20組/回", null, ["count_in_other_unit"]], ["18名/週", null, ["unparseable_number"]],
    // of something else in each session: said as a count in another unit, as 15組 is
    ["各15組", null, ["count_in_other_unit"]],
    ["各回", null, ["unparseable_number"]],
  ])("an event's 定員 %j → %j", (raw, value, found) => {
    const out = normalizeRecord({ capacity: raw }, getDataset("event")!, { row: 1 });
    expect([out.record.capacity, out.issues.filter((i) => i.field === "capacity").map((i) => i.code)]).toEqual([value, found]);
    expect(out.record.capacity_remarks).toBe(raw);
  });

  // before: each was left empty, said unparseable_number (warning)
  it.each([
    ["登録29名（通い18名、泊まり9名）", 29, "登録29名"], ["通い15名・泊まり5名（計20名）", 20, "計20名"], ["2ユニット18名", 18, "2ユニット18名"],
    ["2ユニット（18名）", 18, "2ユニット18名"], ["定員30名（うち0歳児6名）", 30, "定員30名"], ["合計1,020名", 1020, "合計1,020名"],
  ])("a care 定員 that names its whole among other figures, %j → %j", (raw, value, whole) => {
    const out = normalizeRecord({ capacity: raw }, getDataset("care_service")!, { row: 1 });
    expect([out.record.capacity, out.issues.filter((i) => i.field === "capacity").map((i) => [i.code, i.severity, i.detail])])
      .toEqual([value, [["count_named_whole", "info", whole]]]);
  });

  // before: each was left empty, said unparseable_number (warning), as if no number were in it
  it.each<[string, string, number, string, string]>([
    ["event", "12名×2単位", 24, "12×2＝24", "capacity_remarks"], ["event", "12人x2クラス", 24, "12×2＝24", "capacity_remarks"],
    ["preschool", "2クラス×12名", 24, "12×2＝24", "remarks"], ["care_service", "9名×2ユニット", 18, "9×2＝18", "remarks"],
  ])("a %s 定員 of people per group times the groups (%j) is their product, said with both figures, the cell kept", (id, raw, value, detail, kept) => {
    const out = normalizeRecord({ name: "教室", capacity: raw }, getDataset(id)!, { row: 3 });
    const said = out.issues.filter((i) => i.field === "capacity");
    expect([out.record.capacity, said.map((i) => [i.row, i.code, i.severity, i.value, i.detail])]).toEqual([value, [[3, "count_times_groups", "info", raw, detail]]]);
    expect(String(out.record[kept])).toContain(raw);
    expect(said[0].message_ja).toContain(`人数とその数の掛け算と読み、${detail}人としました`);
  });

  // the classes or units a capacity is held in, in brackets after it: the capacity is the number before them, the
  // note kept (checked: read so already, as other numbers with a note are)
  it.each<[string, string, string]>([["preschool", "12名（2クラス）", "remarks"], ["preschool", "１２名（２クラス）", "remarks"], ["care_service", "12名（2クラス）", "remarks"],
    ["care_service", "25人(1単位)", "remarks"], ["event", "12名（2クラス）", "capacity_remarks"]])("a %s 定員 %j is its number, the note kept", (id, raw, kept) => {
    const out = normalizeRecord({ name: "教室", capacity: raw }, getDataset(id)!, { row: 2 });
    expect([out.record.capacity, out.issues.filter((i) => i.field === "capacity").map((i) => [i.code, i.severity])]).toEqual([raw.startsWith("25") ? 25 : 12, [["number_with_note", "warning"]]]);
    // its digits made half-width, as the remarks' text is; its brackets as written
    expect(String(out.record[kept])).toContain(raw.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  });

  // sessions one after another (each session's 20, not 60 at once) and a times of no groups stay unread, never 20 or 3
  it.each([["20名×3回"], ["12名×2"], ["15組×2"]])("an event's 定員 %j of no groups at once stays unread, kept", (raw) => {
    const out = normalizeRecord({ name: "教室", capacity: raw }, getDataset("event")!, { row: 3 });
    expect([out.record.capacity, out.record.capacity_remarks, out.issues.filter((i) => i.field === "capacity").map((i) => i.code)]).toEqual([null, raw, ["unparseable_number"]]);
  });

  // before: `親子15組30名` was left empty (unparseable_number), `10組（20名）` said a count of groups, no head count
  it.each<[string, number, string]>([
    ["親子15組30名", 30, "親子15組30名"], ["15組30名（先着順）", 30, "15組30名"], ["10組（20名）", 20, "10組20名"], ["各回10組20人", 20, "各回10組20人"],
  ])("an event's 定員 of groups with the people in them, %j → %j", (raw, value, whole) => {
    const out = normalizeRecord({ name: "親子教室", capacity: raw }, getDataset("event")!, { row: 1 });
    expect([out.record.capacity, out.record.capacity_remarks, out.issues.filter((i) => i.field === "capacity").map((i) => [i.code, i.detail])])
      .toEqual([value, raw, [["count_named_whole", whole]]]);
  });

  // before: `親子15組` was said unparseable, asking for half-width digits
  it.each([["15組"], ["親子15組"], ["15組（先着順）"]])("an event's 定員 of groups alone is no head count: %j", (raw) => {
    const out = normalizeRecord({ name: "親子教室", capacity: raw }, getDataset("event")!, { row: 1 });
    expect([out.record.capacity, out.record.capacity_remarks, out.issues.filter((i) => i.field === "capacity").map((i) => i.code)])
      .toEqual([null, raw, ["count_in_other_unit"]]);
  });

  it.each([["通い15名、泊まり5名"], ["短期入所20名・介護予防含む"], ["小計10名、計12名、登録15名"], ["3ユニット"]])(
    "a care 定員 whose figures name no one whole stays unread: %j", (raw) => {
      const out = normalizeRecord({ capacity: raw }, getDataset("care_service")!, { row: 1 });
      expect([out.record.capacity, out.issues.filter((i) => i.field === "capacity").map((i) => i.code)]).toEqual([null, ["unparseable_number"]]);
    });

  it("定員なし (no limit) is no number: said as such, not asked for half-width digits, the cell kept in 定員備考", () => {
    const noneIsNoLimit = true;
    for (const raw of ["なし", "定員なし", "無し", "制限なし", "定員制限なし", "無制限"]) {
      expect([raw, codes(normalizeNumber(raw, at, { integer: true, countUnits, noneIsNoLimit }))]).toEqual([raw, [null, ["no_limit"]]]);
    }
    const event = getDataset("event")!;
    const { record, issues } = normalizeRecord({ name: "花火大会", capacity: "定員なし" }, event, { row: 2 }, { municipality: "131148" });
    expect([record.capacity, record.capacity_remarks]).toEqual([null, "定員なし"]);
    const said = issues.find((i) => i.code === "no_limit")!;
    expect(said).toMatchObject({ field: "capacity", severity: "info", value: "定員なし" });
    expect(said.message_ja).toContain("定員を設けない（制限なし）");
    expect(said.message_ja).not.toContain("半角数字");
    // an approximate capacity is read and its cell kept
    expect(normalizeRecord({ name: "x", capacity: "50人程度" }, event, { row: 3 }, { municipality: "131148" }).record).toMatchObject({ capacity: 50, capacity_remarks: "50人程度" });
  });

  it("an event's 定員 in 組 is kept as written in 定員備考, the capacity left empty", () => {
    const event = getDataset("event")!;
    const { record, issues } = normalizeRecord({ name: "親子工作教室", capacity: "20組" }, event, { row: 2 }, { municipality: "131148" });
    expect([record.capacity, record.capacity_remarks]).toEqual([null, "20組"]);
    expect(issues.filter((i) => i.field?.startsWith("capacity")).map((i) => [i.row, i.field, i.code, i.severity, i.value]))
      .toEqual([[2, "capacity", "count_in_other_unit", "warning", "20組"], [2, "capacity_remarks", "kept_as_remarks", "info", "20組"]]);
    expect(normalizeRecord({ name: "講演会", capacity: "50名" }, event, { row: 3 }, { municipality: "131148" }).record.capacity).toBe(50);
  });

  it("a care service's and a preschool's 定員 count people too", () => {
    for (const id of ["care_service", "preschool"]) {
      const { record } = normalizeRecord({ name: "施設", capacity: "5組" }, getDataset(id)!, { row: 1 }, { municipality: "131148" });
      expect([record.capacity, record.remarks]).toEqual([null, `${getDataset(id)!.columnByKey.get("capacity")!.ja}：5組`]);
    }
  });
});

describe("how cultural property lists count their items (員数)", () => {
  it.each([["1躯", 1], ["2幅", 2], ["1巻", 1], ["1面", 1], ["1口", 1], ["5点", 5], ["3領", 3]])("%j → %j", (raw, n) => {
    expect(codes(normalizeNumber(raw, at))).toEqual([n, ["unit_stripped"]]);
  });
});

/** The labels of the parts the hospital's beds and the toilets' counts are given by (Column.countParts), together. */
const BED_AND_SEAT_PARTS = { ...hospital.columnByKey.get("beds")!.countParts, ...getDataset("public_toilet")!.columnByKey.get("total_male_toilet")!.countParts };

describe("a count in kanji numerals, and a count given by its parts", () => {
  it.each([
    ["一幅", 1, ["kanji_numeral", "unit_stripped"]],
    ["二躯", 2, ["kanji_numeral", "unit_stripped"]],
    ["十二点", 12, ["kanji_numeral", "unit_stripped"]],
    ["三十名", 30, ["kanji_numeral", "unit_stripped"]],
    ["一 対", 1, ["kanji_numeral", "unit_stripped"]],
    // a lot, not a count; no unit; a run of digits; more than one count: not read
    ["一括", null, ["unparseable_number"]],
    ["二", null, ["unparseable_number"]],
    ["一二〇点", null, ["unparseable_number"]],
    ["2躯1基", null, ["unparseable_number"]],
    ["大小2基", null, ["unparseable_number"]],
    ["1幅1対", null, ["unparseable_number"]],
    ["一括（215点）", null, ["unparseable_number"]],
    // parts of one unit, each labelled: their sum
    ["一般50床、療養30床", 80, ["number_parts_summed"]],
    ["一般120床,療養60床", 180, ["number_parts_summed"]],
    ["一般 50床 療養 30床", 80, ["number_parts_summed"]],
    ["小便器3／洋式2", 5, ["number_parts_summed"]],
    // a plus between the parts (before: unread); numbers of no label stay unread
    ["一般50＋療養30", 80, ["number_parts_summed"]], ["大1 + 小2", 3, ["number_parts_summed"]], ["50+30", null, ["unparseable_number"]],
    // a part's thousands separator is the number's own, not a separator of parts
    ["一般1,000、療養153", 1153, ["number_parts_summed"]],
    ["一般 1,000\n療養 153", 1153, ["number_parts_summed"]],
    ["一般1,000,療養153", 1153, ["number_parts_summed"]],
    // a colon after each label (a register's 一般：50床、療養：30床, once unread and the beds left empty)
    ["一般：50床、療養：30床", 80, ["number_parts_summed"]], ["一般:120 精神:30", 150, ["number_parts_summed"]], ["大：1・小：2", 3, ["number_parts_summed"]],
    ["一般：60床", 60, ["number_of_one_kind"]], ["許可：50床／稼働：40床", null, ["unparseable_number"]],
    // a toilet's stalls (大, 個室) and urinals (小), in either order
    ["大1・小2", 3, ["number_parts_summed"]], ["小2 大1", 3, ["number_parts_summed"]], ["個室2、小便器3", 5, ["number_parts_summed"]],
    // parts run together, each after a number (and its unit): the column's labels part them
    ["大2小4", 6, ["number_parts_summed"]], ["小便器3洋式2", 5, ["number_parts_summed"]], ["一般50床療養30床", 80, ["number_parts_summed"]],
    ["大1 小2和式1", null, ["unparseable_number"]], ["大1洋式1", null, ["unparseable_number"]], ["大人500円子ども300円", null, ["unparseable_number"]],
    // one kind alone is the count of that kind: a hospital with general beds only, a women's toilet of 洋式
    ["洋式3", 3, ["number_of_one_kind"]], ["大2", 2, ["number_of_one_kind"]], ["一般50床", 50, ["number_of_one_kind"]],
    ["一般 60", 60, ["number_of_one_kind"]], ["一般病床60床", 60, ["number_of_one_kind"]], ["療養 120", 120, ["number_of_one_kind"]],
    ["一般1,153", 1153, ["number_of_one_kind"]], ["一般 1,153", 1153, ["number_of_one_kind"]],
    // two labels of one kind count it twice: 大 is 和式 and 洋式 together
    ["大1・洋式1", null, ["unparseable_number"]], ["小2・小便器2", null, ["unparseable_number"]],
    // a subset, a total, a repeated label, two units, amounts, a label of no kind alone, digits that are no group: no sum
    ["一般50床、うち感染症4床", null, ["unparseable_number"]],
    ["一般50床、計50床", null, ["unparseable_number"]],
    ["一般50床、一般30床", null, ["unparseable_number"]],
    ["一般50床、療養30人", null, ["unparseable_number"]],
    ["大人500円、子ども300円", null, ["unparseable_number"]], ["大人500円", null, ["unparseable_number"]],
    ["許可50床", null, ["unparseable_number"]],
    ["一般1,15", null, ["unparseable_number"]],
    ["一般1,0000", null, ["unparseable_number"]],
    // a preschool's 定員 by children's ages: the parts of one whole, also one per line or with a range of ages
    ["3歳児35名、4歳児70名、5歳児70名", 175, ["number_parts_summed"]],
    ["3歳児 35名\n4歳児 35名\n5歳児 35名", 105, ["number_parts_summed"]],
    ["0～2歳児20名、3～5歳児45名", 65, ["number_parts_summed"]],
    ["０歳児：６人　１歳児：１２人", 18, ["number_parts_summed"]],
    ["4歳児30、5歳以上30", 60, ["number_parts_summed"]],
    // 各: the count for each age of the range (3, 4 and 5: 3 × 20)
    ["3～5歳児各20名", 60, ["number_parts_summed"]], ["３～５歳児　各２０名", 60, ["number_parts_summed"]],
    ["0歳児6名、1～2歳児各12名、3～5歳児各20名", 90, ["number_parts_summed"]], ["1・2歳児各10名", null, ["unparseable_number"]],
    // different measures (登録, 通い, 泊まり), overlapping ages, a part with no age, another unit, one age alone: no sum
    ["登録29名\n通い18名\n泊まり9名", null, ["unparseable_number"]],
    ["0～2歳児20名、1歳児10名", null, ["unparseable_number"]],
    ["3歳児35名、その他10名", null, ["unparseable_number"]],
    // an age's note in brackets: its count without it
    ["3歳児35名（うち障害児2名）、4歳児70名", 105, ["number_parts_summed", "number_with_note"]],
    ["3歳児35組、4歳児70組", null, ["unparseable_number"]],
    ["3歳児35名", null, ["unparseable_number"]], ["0～2歳児20名", null, ["unparseable_number"]],
    // each of one age is that age's count alone; each of ages without end counts no number of children
    ["3歳児各20名", null, ["unparseable_number"]], ["3歳以上各20名", null, ["unparseable_number"]], ["4歳児30、5歳以上各30", null, ["unparseable_number"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeNumber(raw, at, { integer: true, parts: BED_AND_SEAT_PARTS }))).toEqual([value, issueCodes]);
  });

  it("the labels are the column's own: beds read 一般 and 療養, a toilet's count 大 and 小, a count with none only ages", () => {
    const toilets = getDataset("public_toilet")!;
    const care = getDataset("care_service")!;
    const read = (dataset: Dataset, key: string, raw: string) =>
      normalizeRecord({ name: "施設", [key]: raw }, dataset, { row: 1 }, { municipality: "131148" }).record[key];
    expect([read(hospital, "beds", "一般50床、療養30床"), read(hospital, "beds", "大1・小2")]).toEqual([80, null]);
    expect([read(toilets, "total_male_toilet", "大1・小2"), read(toilets, "total_male_toilet", "ブース2、小便器3"), read(toilets, "total_male_toilet", "一般50")])
      .toEqual([3, 5, null]);
    expect([read(care, "capacity", "一般20名"), read(care, "capacity", "3歳児35名、4歳児70名")]).toEqual([null, 105]);
  });

  it.each([
    // the kinds with a subset of them in brackets: the kinds' sum, the subset no more beds
    ["一般50床（うち感染症4床）", 50, ["number_of_one_kind", "number_with_note"]],
    ["一般50床、療養30床（うち感染症4床）", 80, ["number_parts_summed", "number_with_note"]],
    // a part's note in brackets before the next part (before: unread, the beds left empty): a subset or words, no more beds
    ["一般50床（うち感染症4床）、療養30床", 80, ["number_parts_summed", "number_with_note"]],
    ["一般５０床（うち感染症４床・結核２床）・療養３０床", 80, ["number_parts_summed", "number_with_note"]],
    ["一般50床（休床中）、療養30床", 80, ["number_parts_summed", "number_with_note"]],
    // a note's figure of no subset: a whole to check against the parts, or beds of which kind the cell does not say
    ["一般50床、療養30床（計90床）", null, ["whole_differs_from_parts"]], ["一般50床（療養10床）、精神30床", null, ["unparseable_number"]],
    ["一般50床（稼働40床）、療養30床", null, ["unparseable_number"]],
    // the whole among the kinds, where they add up to it
    ["一般50 療養30 計80", 80, ["count_named_whole"]], ["一般50床、療養30床（計80床）", 80, ["count_named_whole"]],
    ["計80床（一般50床、療養30床）", 80, ["count_named_whole"]], ["一般５０　療養３０　合計８０", 80, ["count_named_whole"]],
    // the permitted beds (the standard's) beside the beds in use or closed
    ["許可病床100床（稼働80床）", 100, ["count_named_whole"]], ["許可100床（うち休床20床）", 100, ["count_named_whole"]],
    ["許可病床数100床", 100, ["unit_stripped", "number_label_removed"]],
    // kinds that do not add up to the whole: which is wrong the cell does not say (said so, not as no number)
    ["一般50 療養30 計90", null, ["whole_differs_from_parts"]], ["稼働80床", null, ["unparseable_number"]],
  ])("病床数 %j → %j %j, the cell kept in 備考", (raw, value, found) => {
    const out = normalizeRecord({ name: "新宿中央病院", facility_kind: "病院", beds: raw }, hospital, { row: 5 }, { municipality: "131041" });
    expect([out.record.beds, out.issues.filter((i) => i.field === "beds").map((i) => i.code)]).toEqual([value, found]);
    if (!found.includes("number_label_removed")) expect(out.record.remarks).toMatch(/^病床数：(?:一般|計|許可|稼働)/);
  });

  it("a 病床数 whose whole and kinds disagree names both figures, the cell kept", () => {
    const out = normalizeRecord({ name: "新宿中央病院", facility_kind: "病院", beds: "一般50 療養30 計90" }, hospital, { row: 5 }, { municipality: "131041" });
    const said = out.issues.find((i) => i.field === "beds")!;
    expect([said.code, said.severity, said.row, said.value, said.detail]).toEqual(["whole_differs_from_parts", "warning", 5, "一般50 療養30 計90", "計90｜80"]);
    expect(said.message_ja).toContain("全体の数「計90」と内訳の合計80が合わず");
    expect(said.message_en).toContain('the whole it names, "計90", is not the sum of its parts, 80');
    expect(out.record.remarks).toBe("病床数：一般50 療養30 計90");
    expect(out.issues.some((i) => i.code === "kept_as_remarks")).toBe(false);
  });

  it.each([
    ["199床（一般150 療養40）", null, ["whole_differs_from_parts"], "199床｜190"], ["（一般150 療養40）199床", null, ["whole_differs_from_parts"], "199床｜190"],
    ["199床（一般150床、療養49床）", 199, ["number_with_note"], undefined],
    // one kind beside the beds may be one among them; a subset (うち) is no more beds
    ["100床（一般60）", 100, ["number_with_note"], undefined], ["100床（うち一般60 療養30）", 100, ["number_with_note"], undefined],
  ])("病床数 %j: the kinds in its note are checked against the beds → %j %j", (raw, value, found, detail) => {
    const out = normalizeRecord({ name: "新宿中央病院", facility_kind: "病院", beds: raw }, hospital, { row: 5 }, { municipality: "131041" });
    const said = out.issues.filter((i) => i.field === "beds");
    expect([out.record.beds, said.map((i) => i.code), said[0].detail]).toEqual([value, found, detail]);
    expect(out.record.remarks).toBe(`病床数：${raw}`);
  });

  // before: the whole published as valid, the note said only as number_with_note
  it.each([
    ["12(0歳:3 1歳:8 2歳:8)", null, ["whole_differs_from_parts"], "12｜19"], ["60名（うち0歳児9名、1歳児12名、2歳児15名、3歳児30名）", null, ["whole_differs_from_parts"], "60名｜66"],
    // parts that fit: some ages only, all of them, one age alone, words
    ["19(0歳:3 1歳:8 2歳:8)", 19, ["number_with_note"], undefined], ["90名（0歳児9名、1歳児12名）", 90, ["number_with_note"], undefined],
    ["30 ※0歳児40名", 30, ["number_with_note"], undefined], ["120（弾力化126）", 120, ["number_with_note"], undefined],
  ])("収容定員 %j: a note's ages that add up to more than the whole are said with both figures → %j %j", (raw, value, found, detail) => {
    const preschool = getDataset("preschool")!;
    const out = normalizeRecord({ name: "中央保育園", capacity: raw }, preschool, { row: 5 }, { municipality: "131041" });
    const said = out.issues.filter((i) => i.field === "capacity");
    expect([out.record.capacity, said.map((i) => i.code), said[0].detail]).toEqual([value, found, detail]);
    expect(out.record.remarks).toBe(`収容定員：${raw}`);
  });

  it("a 病床数 whose note's kinds, some of them (うち), are more than the beds is said so", () => {
    const said = normalizeRecord({ name: "新宿中央病院", facility_kind: "病院", beds: "100床（うち一般60 療養50）" }, hospital, { row: 5 }, { municipality: "131041" });
    expect([said.record.beds, said.issues.filter((i) => i.field === "beds").map((i) => [i.code, i.detail])]).toEqual([null, [["whole_differs_from_parts", "100床｜110"]]]);
  });

  it("says which figures of a 病床数 with kinds in its note disagree", () => {
    const said = normalizeRecord({ name: "新宿中央病院", facility_kind: "病院", beds: "199床（一般150 療養40）" }, hospital, { row: 5 }, { municipality: "131041" })
      .issues.find((i) => i.field === "beds")!;
    expect(said.message_ja).toContain("全体の数「199床」と内訳の合計190が合わず");
  });

  it.each([["許可病床 一般50 療養30", 80, "number_parts_summed"], ["許可病床：一般50床、療養30床", 80, "number_parts_summed"],
    ["許可病床 一般50", 50, "number_of_one_kind"]])("病床数 %j: the kinds after a label are read as without it → %j", (raw, value, code) => {
    const out = normalizeRecord({ name: "新宿中央病院", facility_kind: "病院", beds: raw }, hospital, { row: 5 }, { municipality: "131041" });
    expect([out.record.beds, out.issues.filter((i) => i.field === "beds").map((i) => [i.code, i.detail])])
      .toEqual([value, [[code, undefined], ["number_label_removed", "許可病床"]]]);
    expect(out.record.remarks).toBe(`病床数：${raw}`);
  });

  it("says a 病床数's whole among other figures in words that fit beds, not a care home's", () => {
    const said = normalizeRecord({ name: "新宿中央病院", facility_kind: "病院", beds: "一般50 療養30 計80" }, hospital, { row: 5 }, { municipality: "131041" })
      .issues.find((i) => i.field === "beds")!;
    expect([said.code, said.message_ja.includes("通い"), said.message_en.includes("通い")]).toEqual(["count_named_whole", false, false]);
  });

  it("sums parts of integers only: a measure's parts (本館20m、別館30m) add up to nothing", () => {
    expect(codes(normalizeNumber("本館20m、別館30m", at))).toEqual([null, ["unparseable_number"]]);
  });

  it.each([["一", 1], ["十", 10], ["二十五", 25], ["百五", 105], ["三千五百", 3500], ["一万二千", 12000], ["〇", 0],
    ["一二", null], ["十百", null], ["五五", null]])("kanji %s → %j", (numerals, value) => expect(kanjiValue(numerals)).toBe(value));

  const cultural = getDataset("cultural_property")!;
  const quantity = (raw: string) => {
    const { record, issues } = normalizeRecord({ name: "木造薬師如来立像", quantity: raw }, cultural, { row: 3 }, { municipality: "131059" });
    return [record.quantity, record.quantity_unit, record.remarks, issues.filter((i) => i.field?.startsWith("quantity") || i.field === "remarks")
      .map((i) => [i.field, i.code, i.value])];
  };

  it("a 員数 in kanji numerals gives the number and its unit in 員数（単位）, said once as kanji and once as moved", () => {
    expect(quantity("一幅")).toEqual([1, "幅", null, [["quantity", "kanji_numeral", "一幅"], ["quantity_unit", "unit_moved", "幅"]]]);
    expect(quantity("二躯")).toEqual([2, "躯", null, [["quantity", "kanji_numeral", "二躯"], ["quantity_unit", "unit_moved", "躯"]]]);
  });

  it("a 員数 that does not read is kept as written in 備考", () => {
    for (const raw of ["2巻と写本", "一括（215点）", "大小2基"]) {
      expect(quantity(raw)).toEqual([null, null, `員数（数）：${raw}`,
        [["quantity", "unparseable_number", raw], ["remarks", "kept_as_remarks", `員数（数）：${raw}`]]]);
    }
  });

  it.each(["2躯1基", "1幅1対", "2巻・1冊"])("a 員数 of %s counts in several units, no one number: the count empty, the cell in 員数（単位）, said there", (raw) => {
    expect(quantity(raw)).toEqual([null, raw, null, [["quantity_unit", "count_of_several_units", raw]]]);
  });

  it("a 員数 of counts on lines of their own (4棟↵7点) is one line in 員数（単位）", () => {
    expect(quantity("4棟\n7点")).toEqual([null, "4棟 7点", null, [["quantity_unit", "count_of_several_units", "4棟\n7点"]]]);
  });

  // each cell returns at once; before, a space between two counts was read before or after a missing separator and every
  // split was tried, twice the time for each count more (24 counts: a second): these would not end
  it("a 員数 of a long run of counts and spaces reads one way only, so that such a cell cannot stall the engine", () => {
    const unread = `${"1号 ".repeat(40)}X`;
    expect(quantity(unread)).toEqual([null, null, `員数（数）：${unread}`,
      [["quantity", "unparseable_number", unread], ["remarks", "kept_as_remarks", `員数（数）：${unread}`]]]);
    const several = `${"1巻 ".repeat(40)}2冊`;
    expect(quantity(several)).toEqual([null, several, null, [["quantity_unit", "count_of_several_units", several]]]);
  });

  // 一括 (a lot: a house's documents taken as one) is how a list counts what it does not count: no number that did not read
  it.each(["一括", "一式", "一 括"])("a 員数 of %s is no count: the count empty, the lot in 員数（単位）, said there, not kept in 備考", (raw) => {
    const lot = raw.replace(/\s/g, "");
    expect(quantity(raw)).toEqual([null, lot, null, [["quantity_unit", "count_as_lot", lot]]]);
  });

  // the hub's normalized CSV writes a count that did not read as its cell, beside the unit it was moved to: read again,
  // it is the same move, not a number kept in 備考 (a unit of other words stays the file's own)
  it.each([["2巻1冊", "2巻1冊", "count_of_several_units"], ["一括", "一括", "count_as_lot"]])(
    "a 員数 of %s beside 員数（単位） %s, as the normalized CSV writes it, reads as it did the first time", (raw, unit, code) => {
      const { record, issues } = normalizeRecord({ name: "古文書", quantity: raw, quantity_unit: unit }, cultural, { row: 3 }, { municipality: "131059" });
      expect([record.quantity, record.quantity_unit, record.remarks]).toEqual([null, unit, null]);
      expect(issues.filter((i) => i.field?.startsWith("quantity")).map((i) => i.code)).toEqual([code]);
    });

  // a 史跡's places: 1所 was the one counter of places not read, kept in 備考 as a number that did not read
  it.each<[string, number, string]>([["1所", 1, "所"], ["2か所", 2, "か所"], ["３箇所", 3, "箇所"], ["2個所", 2, "個所"], ["4ヶ所", 4, "ヶ所"]])(
    "a 員数 of places %s is %i, its counter %s in 員数（単位）, said as moved", (raw, count, unit) => {
      const [value, unitValue, remarks, said] = quantity(raw);
      expect([value, unitValue, remarks]).toEqual([count, unit, null]);
      expect((said as string[][]).filter(([, code]) => code !== "full_width_converted")).toEqual([["quantity_unit", "unit_moved", unit]]);
    });

  it("a 員数 of places in kanji numerals (一所) is read, said as kanji and moved", () => {
    expect(quantity("一所")).toEqual([1, "所", null, [["quantity", "kanji_numeral", "一所"], ["quantity_unit", "unit_moved", "所"]]]);
  });

  it("a 員数 with a note gives its unit to 員数（単位）, the cell kept whole in 備考", () => {
    expect(quantity("2棟（主屋、土蔵）")).toEqual([2, "棟", "員数（数）：2棟（主屋、土蔵）",
      [["quantity", "number_with_note", "2棟（主屋、土蔵）"], ["quantity_unit", "unit_moved", "棟"]]]);
  });

  it("a lot does not take a 員数（単位） the file gives", () => {
    const { record, issues } = normalizeRecord({ name: "古文書", quantity: "一括", quantity_unit: "点" }, cultural, { row: 3 }, { municipality: "131059" });
    expect([record.quantity, record.quantity_unit, record.remarks, issues.filter((i) => i.field?.startsWith("quantity") || i.field === "remarks").map((i) => i.code)])
      .toEqual([null, "点", "員数（数）：一括", ["unparseable_number", "kept_as_remarks"]]);
  });

  it("a 病床数 given by kind is their sum, the cell kept in 備考 (the issue says so: no second one)", () => {
    const { record, issues } = normalizeRecord({ name: "中野江古田病院", beds: "一般120床,療養60床" }, hospital, { row: 5 }, { municipality: "131148" });
    expect([record.beds, record.remarks]).toEqual([180, "病床数：一般120床,療養60床"]);
    expect(issues.filter((i) => i.field === "beds" || i.field === "remarks").map((i) => [i.row, i.field, i.code, i.severity]))
      .toEqual([[5, "beds", "number_parts_summed", "info"]]);
  });

  it("a 病床数 of one kind (一般 60) is that kind's number, the cell kept in 備考", () => {
    const { record, issues } = normalizeRecord({ name: "野川病院", beds: "一般 60" }, hospital, { row: 2 }, { municipality: "132047" });
    expect([record.beds, record.remarks]).toEqual([60, "病床数：一般 60"]);
    expect(issues.filter((i) => i.field === "beds" || i.field === "remarks").map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[2, "beds", "number_of_one_kind", "一般 60"]]);
  });
});
