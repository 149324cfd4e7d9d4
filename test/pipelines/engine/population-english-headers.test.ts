// 高松市's population tables head their columns in English words of its own (regionName, male | woman, man1 … woman18 for
// the five-year bands from the youngest), each cell padded with spaces and a dash for none.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const bands = (sex: string) => Array.from({ length: 18 }, (_, i) => `${sex}${i + 1}`);
const HEADER = ["#property", "prefCode", "regionCode", "prefName", "cityName", "surveyDate", "regionName", "totalPopulation", "male", "woman",
  ...bands("man").flatMap((m, i) => [m, bands("woman")[i]]), "numberOfHouseholds", "note", "location"].map((h) => `"${h}"`).join(",");
// 186 men and 214 women: each sex's bands sum to its total
const MEN = [15, 3, 3, 7, 8, 12, 14, 17, 15, 14, 16, 15, 18, 11, 7, 7, 2, 2];
const WOMEN = [12, 3, 4, 4, 6, 12, 18, 14, 12, 18, 23, 16, 14, 16, 14, 10, 6, 12];
const cells = (n: number[]) => n.map((v) => `" ${v} "`);
const ROW1 = ["\"1\"", "\"37201\"", "\"0101\"", "\"香川県\"", "\"高松市\"", "\"2024-04-01\"", "\"塩屋町\"", "\" 400 \"", "\" 186 \"", "\" 214 \"",
  ...cells(MEN).flatMap((m, i) => [m, cells(WOMEN)[i]]), "\" 230 \"", "", "\"34.342286,134.055021\""].join(",");
const ROW2 = ["\"2\"", "\"37201\"", "\"0102\"", "\"香川県\"", "\"高松市\"", "\"2024-04-01\"", "\"朝日町４丁目\"", ...Array(3 + 36 + 1).fill("\" - \""), "", "\"34.355141,134.063999\""].join(",");

describe("高松市's English population headers", () => {
  it("reads regionName as 地域名, woman as 女性 and man1 … woman18 as the bands 0-4 … 85+", async () => {
    const { rows, report } = await runBytes(`${HEADER}\n${ROW1}\n${ROW2}\n`, "372013_population.csv");
    expect(rows.map((r) => [r.valid, r.record.area_code, r.record.area_name, r.record.male, r.record.female, r.record.age_0_4_male, r.record.age_0_4_female,
      r.record.age_85_plus_male, r.record.age_85_plus_female, r.record.households])).toEqual([
      [true, "0101", "塩屋町", 186, 214, 15, 12, 2, 12, 230], [true, "0102", "朝日町4丁目", 0, 0, 0, 0, 0, 0, 0]]);
    expect(tuples(report, "unknown_header", "missing_column")).toEqual([[null, "#property", "unknown_header"], [null, "location", "unknown_header"]]);
  });
});
