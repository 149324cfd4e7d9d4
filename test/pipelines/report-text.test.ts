// The text report a data officer reads: what the adversarial review of it asked for.
import { describe, expect, it } from "vitest";
import { issue } from "../../pipelines/issues.ts";
import { renderReport } from "../../pipelines/report-text.ts";
import { harmonize } from "../../pipelines/run.ts";
import { normalizeTime } from "../../pipelines/normalize/times.ts";
import { AED_HEADER, AED_ROW } from "./engine/helpers.ts";

async function report(csv: string) {
  const r = await harmonize({ bytes: new TextEncoder().encode(csv), fileName: "131041_aed.csv" }, {});
  return { ja: renderReport(r, "131041_aed.csv", "ja", r.invalid > 0 ? 1 : 0), en: renderReport(r, "131041_aed.csv", "en", r.invalid > 0 ? 1 : 0) };
}

describe("text report", () => {
  it("columns with errors come before columns with only warnings or infos, whatever their order in the dataset", async () => {
    // an info on name (full-width digits, column 3) and an error on longitude (column 14)
    const { ja } = await report(`${AED_HEADER}\n${AED_ROW.replace("新宿区役所本庁舎", "新宿区役所第２庁舎").replace("139.703549", "239.7")}\n`);
    const sections = ja.split("\n").filter((l) => l.startsWith("■ "));
    expect(sections.indexOf("■ 経度 (longitude)")).toBeLessThan(sections.indexOf("■ 名称 (name)"));
  });

  it("a column's section names the file's own header where it is not the standard's name (every header in English)", async () => {
    const old = "都道府県コード又は市区町村コード,NO,名称,住所,緯度,経度,設置位置\n13104,1,新宿区役所,歌舞伎町1-4-1,35.69,239.7,受付\n";
    const { ja, en } = await report(old);
    const sections = (text: string) => text.split("\n").filter((l) => l.startsWith("■ "));
    expect(sections(ja)).toContain("■ 全国地方公共団体コード (local_government_code) — ファイルの列「都道府県コード又は市区町村コード」");
    expect(sections(ja)).toContain("■ 経度 (longitude)");
    expect(sections(en)).toContain("■ longitude (longitude) — file column \"経度\"");
    expect(en).toContain("Dataset: aed (AED locations)");
    expect(en).toContain("Result: 1 invalid row. Fix the issues below.");
  });

  it("a value with a line break stays on its line of the report (↵)", async () => {
    const { ja, en } = await report(`${AED_HEADER}\n${AED_ROW.replace("新宿区役所本庁舎", "\"新宿区役所\n本庁舎  \"")}\n`);
    expect(ja).toContain("2行目「新宿区役所↵本庁舎  」");
    expect(en).toContain("row 2 \"新宿区役所↵本庁舎  \"");
  });

  it("a message that quotes a cell of several lines stays on its line of the report too (↵)", async () => {
    // the address of two lines is joined (line_break_joined); address_completed quotes the cell as written
    const { ja, en } = await report(`${AED_HEADER}\n${AED_ROW.replace("東京都新宿区歌舞伎町1-4-1", "\"新宿区\n歌舞伎町1-4-1\"")}\n`);
    expect(ja).toContain("所在地_連結表記」の住所「新宿区↵歌舞伎町1-4-1」に都道府県名");
    expect(ja).toContain("行をつないで「新宿区歌舞伎町1-4-1」としました");
    expect(en).toContain("\"新宿区↵歌舞伎町1-4-1\"");
    expect([...ja.split("\n"), ...en.split("\n")].filter((l) => l.startsWith("歌舞伎町"))).toEqual([]);
  });

  it("empty rows are listed as the file's lines, not as a value", async () => {
    const { ja, en } = await report(`${AED_HEADER}\n${AED_ROW}\n,,,\n\n,,\n${AED_ROW.replace(",1,", ",2,")}\n\n${AED_ROW.replace(",1,", ",3,")}\n`);
    expect(ja).toContain("3–5行目、7行目");
    expect(en).toContain("rows 3–5, row 7");
  });

  it("a truncated code is named by its title and its exact total, not an internal code and 'or more'", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => AED_ROW.replace(",1,", `,${i + 1},`).replace("新宿区役所本庁舎", `新宿区役所第${String(i).replace(/\d/g, (d) => "０１２３４５６７８９"[Number(d)])}`));
    const { ja } = await report(`${AED_HEADER}\n${rows.join("\n")}\n`);
    expect(ja).toContain("[情報] 全角英数字 (full_width_converted): 1200件\n");
    expect(ja).toContain("「全角英数字」（full_width_converted）の指摘は全部で1200件あります。");
  });

  it("a truncated code spread over columns: each column's count is its own, and its rows listed and left out add up to it", async () => {
    const fullWidth = (n: number) => String(n).replace(/\d/g, (d) => "０１２３４５６７８９"[Number(d)]);
    const rows = Array.from({ length: 1100 }, (_, i) => AED_ROW.replace(",1,", `,${i + 1},`).replace("新宿区役所本庁舎", `新宿区役所第${fullWidth(i)}`)
      .replace("03-3209-1111", i === 1 ? "03-3209-111１" : "03-3209-1111"));
    const csv = `${AED_HEADER}\n${rows.join("\n")}\n`;
    const r = await harmonize({ bytes: new TextEncoder().encode(csv), fileName: "131041_aed.csv" }, {});
    expect(r.issue_counts?.full_width_converted).toBe(1101);
    expect(r.issue_counts_by_field).toEqual([{ code: "full_width_converted", field: "name", count: 1100 }, { code: "full_width_converted", field: "phone_number", count: 1 }]);
    const ja = renderReport(r, "131041_aed.csv", "ja", 0);
    const block = (section: string) => ja.split("\n■ ").find((b) => b.startsWith(section))?.split("\n").slice(1, 3) ?? [];
    const [nameHead, nameRows] = block("名称 (name)");
    expect(nameHead).toBe("  [情報] 全角英数字 (full_width_converted): 1100件");
    expect(nameRows.match(/\d+行目/g)).toHaveLength(20);
    expect(nameRows.endsWith("、ほか1080件")).toBe(true);
    expect(block("電話番号 (phone_number)")).toEqual(["  [情報] 全角英数字 (full_width_converted): 1件", "    3行目「03-3209-111１」"]);
    // the file's total is the truncation line's alone
    expect(ja.match(/1101/g)).toEqual(["1101"]);
    expect(ja).toContain("「全角英数字」（full_width_converted）の指摘は全部で1101件あります。");
  });

  it("a capped code in a report stored without counts by column says its listed count 'or more'", async () => {
    const rows = Array.from({ length: 1050 }, (_, i) => AED_ROW.replace(",1,", `,${i + 1},`).replace("03-3209-1111", "03-3209-111１"));
    const r = await harmonize({ bytes: new TextEncoder().encode(`${AED_HEADER}\n${rows.join("\n")}\n`), fileName: "131041_aed.csv" }, {});
    const { issue_counts_by_field: _, ...stored } = r;
    expect(renderReport(stored, "131041_aed.csv", "ja", 0)).toContain("[情報] 全角英数字 (full_width_converted): 1000件以上\n");
  });

  it("24:00 is an info that says what the standard's times are; a time past midnight names the time it became", () => {
    const [hour24] = normalizeTime("24:00", { row: 3, field: "end_time" }, "end").issues;
    expect(hour24.severity).toBe("info");
    expect(hour24.message_ja).not.toContain("表せない");
    expect(issue("time_past_midnight", { row: 3, field: "end_time", value: "25:30" }).message_ja).toContain("翌日の時刻「01:30」");
    expect(issue("time_past_midnight", { row: 3, field: "end_time", value: "２５時" }).message_en).toContain("next day's time 01:00");
  });

  it("a detail that joins two headers with a tab is shown with 、 (Japanese) or a comma (English), no raw tab", async () => {
    const r = await harmonize({ bytes: new TextEncoder().encode("屋号,施設名,所在地\n,駅前ビル食堂,東京都新宿区西新宿1-1\n"), fileName: "131041_food_business.csv" }, {});
    expect(r.issues.map((i) => [i.code, i.detail])).toContainEqual(["preferred_column_blank", "屋号\t施設名"]);
    const [ja, en] = (["ja", "en"] as const).map((lang) => renderReport(r, "131041_food_business.csv", lang, 1));
    expect(ja).toContain("2行目「駅前ビル食堂」（屋号、施設名）");
    expect(en).toContain("row 2 \"駅前ビル食堂\" (屋号, 施設名)");
    expect(`${ja}${en}`).not.toContain("\t");
  });
});
