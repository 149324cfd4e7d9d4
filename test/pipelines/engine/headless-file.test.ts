// A file with no header row (a ledger export of the rows alone): its first row is a row, never taken as the header and
// lost. Read under the standard's columns when its values fit their order, else under numbered columns in extra.
import { describe, expect, it } from "vitest";
import { aed } from "../../../schemas/datasets/aed.ts";
import { firstRowIsData, headerOfHeadless } from "../../../pipelines/headless-file.ts";
import { AED_HEADER, AED_ROW, runBytes, tuples } from "./helpers.ts";

/** The standard's 36 AED columns in order, as a ledger built on the template writes them, without the header. */
const standardRow = (id: number, name: string, address: string, lat: string, lon: string, position: string) =>
  `131041,${id},東京都新宿区,${name},,,131041,,${address},東京都,新宿区,,,,${lat},${lon},,,${position},03-3209-1111,,,,,,,,,08:30,17:15,,有,,,,`;
const LEDGER = [
  standardRow(1, "新宿区役所本庁舎", "東京都新宿区歌舞伎町1-4-1", "35.693840", "139.703549", "1階ロビー"),
  standardRow(2, "新宿区立大久保図書館", "東京都新宿区大久保2-12-7", "35.700984", "139.707417", "受付横"),
].join("\r\n");

describe("firstRowIsData", () => {
  it.each<[string, string[][], boolean]>([
    ["a ledger row of codes, coordinates and times", [AED_ROW.split(","), AED_ROW.replace("新宿区役所本庁舎", "別の施設").split(",")], true],
    ["a header of names", [AED_HEADER.split(","), AED_ROW.split(",")], false],
    ["a header of age bands with words (0歳)", [["地域", "0歳", "1歳"], ["本町", "10", "12"]], false],
    ["one figure only", [["本町", "10", "備考"], ["栄町", "12", "x"]], false],
    ["a header of years over counts (a population table by year)", [["町丁名", "2023", "2024"], ["本町", "1203", "1187"]], false],
    ["IDs and counts only: short integers are no sign", [["1", "本町", "12", "3"], ["2", "栄町", "10", "4"]], false],
    ["a lone row of values", [AED_ROW.split(",")], true],
  ])("%s → %s", (_, rows, expected) => {
    expect(firstRowIsData(rows)).toBe(expected);
  });
});

describe("a CSV with no header row", () => {
  it("in the standard's column order: every row read as those columns, the first one too, warned", async () => {
    const { report, rows, exit } = await runBytes(LEDGER, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.latitude, r.record.installation_position, r.record.start_time, r.valid])).toEqual([
      [1, "新宿区役所本庁舎", 35.69384, "1階ロビー", "08:30", true],
      [2, "新宿区立大久保図書館", 35.700984, "受付横", "08:30", true],
    ]);
    expect(tuples(report, "headless_file_read", "header_not_found", "headless_file_numbered")).toEqual([[null, null, "headless_file_read"]]);
    const said = report.issues.find((i) => i.code === "headless_file_read")!;
    expect(said.value).toMatch(/^131041,1,東京都新宿区,新宿区役所本庁舎/);
    expect(said.message_ja).toContain("1行目も行として読みました");
    expect(exit).toBe(0);
  });

  it("in another order: the first row kept as a row, its columns numbered in extra, warned", async () => {
    const second = AED_ROW.replace("新宿区役所本庁舎", "新宿区立大久保図書館").replace(",1,", ",2,");
    const { report, rows } = await runBytes(`${AED_ROW}\n${second}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.extra["列3"], r.extra["列8"], r.record.full_address])).toEqual([
      [1, "新宿区役所本庁舎", "03-3209-1111", "東京都新宿区歌舞伎町1-4-1"],
      [2, "新宿区立大久保図書館", "03-3209-1111", "東京都新宿区歌舞伎町1-4-1"],
    ]);
    expect(tuples(report, "headless_file_read", "header_not_found", "headless_file_numbered")).toEqual([[null, null, "headless_file_numbered"]]);
    expect(report.issues.find((i) => i.code === "headless_file_numbered")!.message_ja).toContain("「列1」「列2」…として extra に残しました");
  });

  it("a first row of names no standard column has is still the header (header_not_found), not a row", async () => {
    const { report, rows } = await runBytes(`施設,場所\n新宿区役所本庁舎,1階ロビー\n`, "131041_aed.csv");
    expect(rows.map((r) => r.extra)).toEqual([{ 施設: "新宿区役所本庁舎", 場所: "1階ロビー" }]);
    expect(tuples(report, "headless_file_read", "header_not_found", "headless_file_numbered")).toEqual([[null, null, "header_not_found"]]);
  });
});

// a ledger's export named download.csv (no dataset in its name, no header, no title) was unknown_dataset, exit 2, no row read
describe("a CSV with no header row whose name tells no dataset", () => {
  it("is the one dataset whose standard columns, all of them in order, its rows fit: read, said how it was told", async () => {
    const { report, rows, exit } = await runBytes(LEDGER, "download.csv");
    expect([report.dataset, report.detection?.by, exit]).toEqual(["aed", "rows", 0]);
    expect(rows.map((r) => [r.row, r.record.name, r.record.longitude, r.record.end_time, r.record.pediatric_pads])).toEqual([
      [1, "新宿区役所本庁舎", 139.703549, "17:15", true], [2, "新宿区立大久保図書館", 139.707417, "17:15", true]]);
    expect(tuples(report, "headless_file_read", "unknown_dataset")).toEqual([[null, null, "headless_file_read"]]);
  });

  it("rows as wide as no dataset's columns, or fitting the columns of several, stay unknown_dataset", async () => {
    // its last columns cut off: as narrow as no dataset, and its leading columns fit the Wi-Fi list's too
    const cut = LEDGER.split("\r\n").map((line) => line.split(",").slice(0, 26).join(",")).join("\r\n");
    for (const text of [cut, `${AED_ROW}\n${AED_ROW.replace(",1,", ",2,")}\n`]) {
      const { report, rows, exit } = await runBytes(text, "download.csv");
      expect([report.dataset, rows.length, exit]).toEqual([null, 0, 2]);
      expect(tuples(report, "unknown_dataset")).toHaveLength(1);
    }
  });
});

describe("headerOfHeadless", () => {
  it("numbers the columns as wide as the widest row when the rows do not fit the standard's order", () => {
    expect(headerOfHeadless([["1", "2"], ["1", "2", "3"]], aed)).toEqual({ header: ["列1", "列2", "列3"], standard: false });
  });
});
