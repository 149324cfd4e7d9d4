// 町丁 tables: 町 rows over their 丁目 rows (subtotal-rows.ts), and 町名 | 丁目 in two columns (subdivided-name.ts).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeRangeWorkers } from "../../../pipelines/range-pool.ts";
import { joinSubdivided } from "../../../pipelines/subdivided-name.ts";
import { readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

const areas = (rows: Awaited<ReturnType<typeof runBytes>>["rows"]) => rows.map((r) => [r.row, r.record.area_name, r.record.total]);

describe("subtotal rows", () => {
  it("an indented 町 list: the 町 rows whose counts are their 丁目 rows' sum are left out, each said with its parts", async () => {
    const text = ["町丁名,世帯数,総数,男,女", "池尻,7869,14950,7457,7493", "　池尻一丁目,2802,5323,2760,2563", "　池尻二丁目,2703,5136,2649,2487",
      "　池尻三丁目,2364,4491,2048,2443", "三宿,4726,8980,4575,4405", "　三宿一丁目,2392,4545,2136,2409", "　三宿二丁目,2334,4435,2439,1996",
      "世田谷区計,12595,23930,12032,11898"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131121_population_20240101.csv");
    expect(areas(rows)).toEqual([[2, "池尻一丁目", 5323], [3, "池尻二丁目", 5136], [4, "池尻三丁目", 4491], [6, "三宿一丁目", 4545], [7, "三宿二丁目", 4435]]);
    expect(report.issues.filter((i) => i.code === "subtotal_row").map((i) => [i.row, i.field, i.severity, i.value])).toEqual([
      [1, null, "info", "池尻 = 池尻一丁目 + 池尻二丁目 + 池尻三丁目"], [5, null, "info", "三宿 = 三宿一丁目 + 三宿二丁目"]]);
    const first = report.issues.find((i) => i.code === "subtotal_row");
    expect(first?.message_ja).toContain("「池尻」の行は、すぐ下に続くその一部の行（池尻一丁目 + 池尻二丁目 + 池尻三丁目）の合計と数値が同じ");
    expect(first?.message_en).toContain(`the row "池尻" has the sum of the rows of its parts right under it (池尻一丁目 + 池尻二丁目 + 池尻三丁目)`);
    expect(report).toMatchObject({ rows: 5, valid: 5, invalid: 0 });
  });

  it("names alone tell the parts (池尻 over 池尻一丁目, no indentation); 南町 over 南町田 is no part", async () => {
    const text = ["町丁名,総数,男,女", "池尻,10459,5409,5050", "池尻一丁目,5323,2760,2563", "池尻二丁目,5136,2649,2487",
      "南町,300,150,150", "南町田,300,150,150"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131121_population_20240101.csv");
    expect(areas(rows)).toEqual([[2, "池尻一丁目", 5323], [3, "池尻二丁目", 5136], [4, "南町", 300], [5, "南町田", 300]]);
    expect(tuples(report, "subtotal_row", "subtotal_differs")).toEqual([[1, null, "subtotal_row"]]);
  });

  it("a 階層 column: level 1 over level 2 rows", async () => {
    const text = ["階層,町丁名,世帯数,男,女,計", "1,田無町,3588,5056,3280,8336", "2,田無町一丁目,1811,2424,1016,3440", "2,田無町二丁目,1777,2632,2264,4896",
      "1,南町,1819,1800,1656,3456", "2,南町一丁目,1819,1800,1656,3456", "1,向台町,500,300,200,500"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "132292_population_20240101.csv");
    expect(areas(rows)).toEqual([[2, "田無町一丁目", 3440], [3, "田無町二丁目", 4896], [5, "南町一丁目", 3456], [6, "向台町", 500]]);
    expect(report.issues.filter((i) => i.code === "subtotal_row").map((i) => [i.row, i.value])).toEqual([
      [1, "田無町 = 田無町一丁目 + 田無町二丁目"], [4, "南町 = 南町一丁目"]]);
  });

  it("a 町 row whose counts are not its 丁目 rows' sum stays a record, warned with the column and both figures", async () => {
    const text = ["町丁名,総数,男,女", "三宿,9000,4595,4405", "　三宿一丁目,4545,2136,2409", "　三宿二丁目,4435,2439,1996"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131121_population_20240101.csv");
    expect(areas(rows)).toEqual([[1, "三宿", 9000], [2, "三宿一丁目", 4545], [3, "三宿二丁目", 4435]]);
    expect(report.issues.filter((i) => i.code === "subtotal_differs").map((i) => [i.row, i.field, i.severity, i.value])).toEqual([
      [1, "total", "warning", "三宿 9000 ≠ 8980 = 三宿一丁目 + 三宿二丁目"]]);
    expect(report.issues.find((i) => i.code === "subtotal_differs")?.message_ja).toContain("「総人口」の数値がそれらの合計と合わない（9000 ≠ 8980）");
  });

  it("0 = 0 + 0 tells nothing: an empty 町 over empty 丁目 stays", async () => {
    const text = ["町丁名,総数,男,女", "青海,0,0,0", "青海一丁目,0,0,0", "青海二丁目,0,0,0"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131083_population_20240101.csv");
    expect(rows.map((r) => r.record.area_name)).toEqual(["青海", "青海一丁目", "青海二丁目"]);
    expect(tuples(report, "subtotal_row", "subtotal_differs")).toEqual([]);
  });
});

describe("地区 rows over their 町丁 (四谷地区 over 四谷一丁目 …, 箪笥町地区 over 市谷砂土原町一丁目 …)", () => {
  const TABLE = ["町丁名,世帯数,男,女,計", "四谷地区,\"1,100\",970,\"1,040\",\"2,010\"", "四谷一丁目,500,450,480,930", "四谷二丁目,600,520,560,1080",
    "箪笥町地区,610,580,595,1175", "市谷砂土原町一丁目,300,280,290,570", "市谷砂土原町二丁目,310,300,305,605"];

  it("a 地区 row whose figures are the sums of the rows after it, up to the next 地区, is a subtotal (before: kept, its people counted twice)", async () => {
    const { report, rows } = await runBytes(`${TABLE.join("\n")}\n`, "131041_population_20240101.csv");
    expect(areas(rows)).toEqual([[2, "四谷一丁目", 930], [3, "四谷二丁目", 1080], [5, "市谷砂土原町一丁目", 570], [6, "市谷砂土原町二丁目", 605]]);
    expect(report.issues.filter((i) => i.code === "subtotal_row").map((i) => [i.row, i.value])).toEqual([
      [1, "四谷地区 = 四谷一丁目 + 四谷二丁目"], [4, "箪笥町地区 = 市谷砂土原町一丁目 + 市谷砂土原町二丁目"]]);
  });

  it("a 地区 row that is not its rows' sum stays, warned; a table of 地区 alone has none over another", async () => {
    const off = TABLE.map((line) => line.replace("箪笥町地区,610,580,595,1175", "箪笥町地区,610,581,595,1176"));
    const { report, rows } = await runBytes(`${off.join("\n")}\n`, "131041_population_20240101.csv");
    expect(areas(rows).map((r) => r[1])).toEqual(["四谷一丁目", "四谷二丁目", "箪笥町地区", "市谷砂土原町一丁目", "市谷砂土原町二丁目"]);
    expect(tuples(report, "subtotal_differs")).toEqual([[4, "male", "subtotal_differs"]]);
    const districts = await runBytes("地区名,世帯数,男,女,計\n四谷地区,1100,970,1040,2010\n箪笥町地区,610,580,595,1175\n", "131041_population_20240101.csv");
    expect(areas(districts.rows)).toEqual([[1, "四谷地区", 2010], [2, "箪笥町地区", 1175]]);
    expect(tuples(districts.report, "subtotal_row", "subtotal_differs")).toEqual([]);
  });
});

describe("the whole municipality's row over its 町丁 (新宿区 or 全域 first)", () => {
  it("named as the publisher and the sum of every row: a subtotal (before: kept as an area, its people counted twice)", async () => {
    const text = ["町丁名,世帯数,男,女,計", "新宿区,\"1,410\",\"1,270\",\"1,330\",\"2,600\"", "西新宿一丁目,500,450,480,930", "西新宿二丁目,600,520,560,1080",
      "西新宿三丁目,310,300,290,590"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131041_population_20240101.csv");
    expect(areas(rows)).toEqual([[2, "西新宿一丁目", 930], [3, "西新宿二丁目", 1080], [4, "西新宿三丁目", 590]]);
    expect(report.issues.filter((i) => i.code === "subtotal_row").map((i) => [i.row, i.value])).toEqual([[1, "新宿区 = 西新宿一丁目 + 西新宿二丁目 + 西新宿三丁目"]]);
  });

  it("全域 over 地区 rows over their 町丁: the whole is the sum of the 地区, each 地区 of its 町丁; all three left out", async () => {
    const text = ["町丁名,世帯数,男,女,計", "全域,1710,1550,1635,3185", "四谷地区,1100,970,1040,2010", "四谷一丁目,500,450,480,930", "四谷二丁目,600,520,560,1080",
      "箪笥町地区,610,580,595,1175", "市谷砂土原町一丁目,300,280,290,570", "市谷砂土原町二丁目,310,300,305,605"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131041_population_20240101.csv");
    expect(areas(rows).map((r) => r[1])).toEqual(["四谷一丁目", "四谷二丁目", "市谷砂土原町一丁目", "市谷砂土原町二丁目"]);
    expect(report.issues.filter((i) => i.code === "subtotal_row").map((i) => i.value)).toEqual([
      "全域 = 四谷地区 + 箪笥町地区", "四谷地区 = 四谷一丁目 + 四谷二丁目", "箪笥町地区 = 市谷砂土原町一丁目 + 市谷砂土原町二丁目"]);
  });

  it("a publisher's row that is not the sum of the rows stays, warned; another ward's name is an area as any", async () => {
    const off = ["町丁名,男,女,計", "新宿区,1000,1000,2000", "西新宿一丁目,450,480,930", "西新宿二丁目,520,560,1080"].join("\n");
    const { report, rows } = await runBytes(`${off}\n`, "131041_population_20240101.csv");
    expect(areas(rows).map((r) => r[1])).toEqual(["新宿区", "西新宿一丁目", "西新宿二丁目"]);
    expect(tuples(report, "subtotal_differs").map((t) => t[2])).toContain("subtotal_differs");
    const other = await runBytes(["町丁名,男,女,計", "中野区,970,1040,2010", "西新宿一丁目,450,480,930", "西新宿二丁目,520,560,1080"].join("\n"), "131041_population_20240101.csv");
    expect(tuples(other.report, "subtotal_row", "subtotal_differs")).toEqual([]);
  });
});

describe("町名 and 丁目 in two columns", () => {
  it.each([["阿佐谷北", "1", "阿佐谷北1丁目"], ["阿佐谷北", "１", "阿佐谷北1丁目"], ["阿佐谷北", "01", "阿佐谷北1丁目"], ["阿佐谷北", "1丁目", "阿佐谷北1丁目"],
    ["阿佐谷北", "一丁目", "阿佐谷北一丁目"], ["阿佐谷北", "十二", "阿佐谷北十二丁目"], ["阿佐谷北", "", "阿佐谷北"], ["阿佐谷北1丁目", "1", "阿佐谷北1丁目"],
    ["大手町", "字北", "大手町字北"],
    // a town with no 丁目 in the same table: a dash, 0, 00, なし, 全域 stand for none; other words are not joined
    ["梅里", "－", "梅里"], ["宮前", "0", "宮前"], ["善福寺", "00", "善福寺"], ["梅里", "丁目なし", "梅里"], ["宮前", "全域", "宮前"],
    ["宮前", "一部", "宮前"]])("%s + %s → %s", (place, part, name) => expect(joinSubdivided(place, part, "丁目")).toBe(name));

  it("joins the 丁目 to the 町名 written once above it, each filled 町名 said; 計 rows stay out", async () => {
    const text = ["町名,丁目,世帯数,男,女,合計", "阿佐谷北,1,2476,2271,2433,4704", ",2丁目,2361,2391,2095,4486", "阿佐谷北　計,,4837,4662,4528,9190",
      "天沼,一丁目,2953,2937,2673,5610", ",二,2606,2528,2423,4951"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131156_population_20240201.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.total, r.valid])).toEqual([
      [1, "阿佐谷北1丁目", 4704, true], [2, "阿佐谷北2丁目", 4486, true], [4, "天沼一丁目", 5610, true], [5, "天沼二丁目", 4951, true]]);
    expect(report.issues.filter((i) => ["name_over_two_columns", "blank_filled_from_above", "unknown_header", "totals_row"].includes(i.code))
      .map((i) => [i.row, i.field, i.code, i.value])).toEqual([
      [null, "area_name", "name_over_two_columns", "町名 + 丁目"],
      [2, "area_name", "blank_filled_from_above", "阿佐谷北"], [3, null, "totals_row", "阿佐谷北　計,4837,4662,4528,9190"],
      [5, "area_name", "blank_filled_from_above", "天沼"]]);
  });

  it("rows held under their 町 each keep their own filled 町名: each row reported with its own fill, not the next row's", async () => {
    const text = ["町名,丁目,世帯数,男,女,合計", "阿佐谷北,1,2476,2271,2433,4704", ",2丁目,2361,2391,2095,4486", ",3丁目,1000,900,800,1700",
      "天沼,一丁目,2953,2937,2673,5610", "天沼,二,2606,2528,2423,4951"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131156_population_20240201.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.total])).toEqual([
      [1, "阿佐谷北1丁目", 4704], [2, "阿佐谷北2丁目", 4486], [3, "阿佐谷北3丁目", 1700], [4, "天沼一丁目", 5610], [5, "天沼二丁目", 4951]]);
    expect(report.issues.filter((i) => i.code === "blank_filled_from_above").map((i) => [i.row, i.field, i.value])).toEqual([
      [2, "area_name", "阿佐谷北"], [3, "area_name", "阿佐谷北"]]);
  });

  it("町丁名 over two columns, the second header blank: a column of 1丁目, 2丁目 right of it is the 丁目, joined as under 町名 | 丁目", async () => {
    const text = ["町丁名,,世帯数,男,女,計", "上石神井,1丁目,2000,1800,1900,3700", ",2丁目,1500,1400,1450,2850", "石神井町,1丁目,900,800,850,1650"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131202_population_20240401.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.total, r.valid, r.extra])).toEqual([
      [1, "上石神井1丁目", 3700, true, { column_2: "1丁目" }], [2, "上石神井2丁目", 2850, true, { column_2: "2丁目" }],
      [3, "石神井町1丁目", 1650, true, { column_2: "1丁目" }]]);
    expect(report.issues.filter((i) => ["name_over_two_columns", "blank_header", "missing_required"].includes(i.code)).map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[null, "area_name", "name_over_two_columns", "町丁名 + column_2"]]);
  });

  it("a blank-headed column of numbers alone, or of other words, right of the area is no 丁目: kept in extra, the area as written", async () => {
    for (const [second, name] of [["120", "上石神井"], ["旧町名あり", "上石神井"]]) {
      const { report, rows } = await runBytes(`町丁名,,世帯数,男,女,計\n上石神井,${second},2000,1800,1900,3700\n`, "131202_population_20240401.csv");
      expect(rows.map((r) => [r.record.area_name, r.extra])).toEqual([[name, { column_2: second }]]);
      expect(tuples(report, "name_over_two_columns", "blank_header")).toEqual([[null, null, "blank_header"]]);
    }
  });

  it("a 町 row with its 丁目 blank over the 丁目 rows is a subtotal too (the names as joined)", async () => {
    const text = ["町名,丁目,男,女,合計", "阿佐谷北,,4662,4528,9190", ",1,2271,2433,4704", ",2,2391,2095,4486"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131156_population_20240201.csv");
    expect(areas(rows)).toEqual([[2, "阿佐谷北1丁目", 4704], [3, "阿佐谷北2丁目", 4486]]);
    expect(report.issues.filter((i) => i.code === "subtotal_row").map((i) => [i.row, i.value])).toEqual([[1, "阿佐谷北 = 阿佐谷北1丁目 + 阿佐谷北2丁目"]]);
  });
});

describe("地区 beside 町丁名, and areas of one name", () => {
  it("the 町丁 is the area and the 地区 its group, kept in extra; the 区計 under 地区 is a totals row; one name twice is warned on both rows", async () => {
    const text = ["地区,町丁名,世帯数,総数,男,女", "中野地区,本町一丁目,1200,2100,1000,1100", "中野地区,中央一丁目,900,1600,800,800",
      "南台地区,本町一丁目,700,1300,650,650", "中野区計,,2800,5000,2450,2550"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131148_population_20240401.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.total, r.valid, r.extra])).toEqual([
      [1, "本町一丁目", 2100, true, { 地区: "中野地区" }], [2, "中央一丁目", 1600, true, { 地区: "中野地区" }], [3, "本町一丁目", 1300, true, { 地区: "南台地区" }]]);
    expect(report.issues.filter((i) => ["broader_header", "duplicate_header", "totals_row", "duplicate_name", "missing_required"].includes(i.code))
      .map((i) => [i.row, i.field, i.code, i.severity, i.value])).toEqual([
      [null, "地区", "broader_header", "info", "町丁名"], [4, null, "totals_row", "info", "中野区計,2800,5000,2450,2550"],
      [1, "area_name", "duplicate_name", "warning", "本町一丁目"], [3, "area_name", "duplicate_name", "warning", "本町一丁目"]]);
  });

  it("地区 alone is the area; 地区 beside 地区名 (both of the coarser unit) is a duplicate as before", async () => {
    const alone = await runBytes("地区,総数,男,女\n中野地区,2100,1000,1100\n", "131148_population_20240401.csv");
    expect(alone.rows.map((r) => [r.record.area_name, r.valid])).toEqual([["中野地区", true]]);
    const both = await runBytes("地区,地区名,総数,男,女\n1,中野地区,2100,1000,1100\n", "131148_population_20240401.csv");
    expect(tuples(both.report, "duplicate_header", "broader_header")).toEqual([[null, "地区名", "duplicate_header"]]);
  });

  it("the same area on two dates is no duplicate name", async () => {
    const { report } = await runBytes("調査年月日,町丁名,総数,男,女\n2024-01-01,本町一丁目,2100,1000,1100\n2024-04-01,本町一丁目,2110,1005,1105\n",
      "131148_population.csv");
    expect(tuples(report, "duplicate_name")).toEqual([]);
  });
});

describe("a large 町丁 table on several threads", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-subtotals-"));
  afterAll(async () => {
    await closeRangeWorkers();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is read in order by one thread (a 町 row is told by the rows after it, across any cut): the same report and output", async () => {
    const lines = ["町丁名,総数,男,女"];
    for (let t = 0; t < 600; t++) {
      lines.push(`町${t},${3 * (100 + t)},${3 * 60},${3 * (40 + t)}`);
      for (let c = 1; c <= 3; c++) lines.push(`　町${t}${"一二三"[c - 1]}丁目,${100 + t},60,${40 + t}`);
    }
    const file = path.join(dir, "131121_population_20240101.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(one.report).toMatchObject({ rows: 1800, valid: 1800 });
    expect(one.report.issue_counts?.subtotal_row ?? one.report.issues.filter((i) => i.code === "subtotal_row").length).toBe(600);
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
    expect(many.stats.worker).toBe(0);
  });

  it("an area name given again far down the file is warned on both rows, on one thread or several", async () => {
    const lines = ["町丁名,総数,男,女"];
    for (let t = 0; t < 3000; t++) lines.push(`区域${t}丁目,${100 + t},60,${40 + t}`);
    lines.push("区域7丁目,500,250,250");
    const file = path.join(dir, "131121_population_20240401.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(tuples(one.report, "duplicate_name")).toEqual([[8, "area_name", "duplicate_name"], [3001, "area_name", "duplicate_name"]]);
    expect(many.report).toEqual(one.report);
  });
});
