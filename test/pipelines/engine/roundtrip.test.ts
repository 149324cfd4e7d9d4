// What the hub gives out can come back: a data officer downloads the normalized CSV of their file, edits it in a
// spreadsheet and uploads it again. Every real and crafted fixture, normalized to CSV as `odh normalize --format csv`
// writes it (harmonizeText) and read back, is read as the same dataset and gives the same rows: the same records,
// the same valid and invalid rows (a value that did not read is written as its cell was, so it is judged again), and
// the same extra columns. Reading it again may say things of its own (unknown_mark, unknown_header …).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { harmonizeText } from "../../../pipelines/run.ts";
import { CRAFTED, REALDATA, runBytes, runFile } from "./helpers.ts";

const fixtures = [REALDATA, CRAFTED].flatMap((dir) => readdirSync(dir).filter((f) => /\.(csv|xlsx|txt|tsv)$/i.test(f)).map((f) => path.join(dir, f)));

/** The real files of no clear dataset (the standard's blank templates, named unknown_…): read as the dataset they are. */
const datasetOf = (file: string) => /^unknown_([a-z_]+?)__/.exec(path.basename(file))?.[1];

/** The normalized CSV of a file, as `odh normalize --format csv` writes it. */
async function normalizedCsv(file: string, dataset: string | undefined): Promise<string> {
  const pieces: string[] = [];
  await harmonizeText({ path: file, fileName: path.basename(file) }, { dataset }, {
    format: "csv", onText: (text) => { pieces.push(typeof text === "string" ? text : new TextDecoder().decode(text)); },
  });
  return pieces.join("");
}

/** A row as compared: validity, record, and the extra columns by name (not its number: the CSV has no rows that are
 *  not data, such as notes or blank rows, so its rows are numbered anew). Cells past the header are compared in order
 *  (`column_N` is named by its place, and the CSV has more columns before it). */
const shown = (r: { valid: boolean; record: Record<string, unknown>; extra: Record<string, string> }, fixed: ReadonlySet<string>) => {
  const named = Object.entries(r.extra).filter(([k]) => fixed.has(k));
  const past = Object.entries(r.extra).filter(([k]) => !fixed.has(k)).map(([, v]) => v);
  return { valid: r.valid, record: r.record, extra: Object.fromEntries(named), past };
};

describe("normalize → CSV → read again gives the same rows, valid and invalid alike", () => {
  it.each(fixtures.map((f) => [path.basename(f), f]))("%s", async (_, file) => {
    const named = datasetOf(file);
    const first = await runFile(file, { dataset: named });
    const dataset = first.report.dataset;
    if (dataset === null || first.rows.length === 0) return; // unreadable on purpose (empty, binary …): nothing to give out
    const csv = await normalizedCsv(file, named);
    // read as any file is: the dataset from the name and the header, not told
    const again = await runBytes(csv, `${path.basename(file, path.extname(file))}.csv`);
    expect(again.report.dataset).toBe(dataset);
    const fixed = new Set(again.report.header.filter((h) => h.field === null).map((h) => h.source.trim()));
    expect(again.rows.map((r) => shown(r, fixed))).toEqual(first.rows.map((r) => shown(r, fixed)));
    expect([again.report.valid, again.report.invalid]).toEqual([first.report.valid, first.report.invalid]);
    // every standard column is read as itself
    const standard = again.report.header.filter((h) => h.field !== null);
    expect(standard.every((h) => h.method === "exact")).toBe(true);
  });
});

/** The normalized CSV of a file's text, as `odh normalize --format csv` writes it. */
async function normalizedCsvOf(text: string, fileName: string): Promise<string> {
  const pieces: string[] = [];
  await harmonizeText({ bytes: new TextEncoder().encode(text), fileName }, {}, {
    format: "csv", onText: (t) => { pieces.push(typeof t === "string" ? t : new TextDecoder().decode(t)); },
  });
  return pieces.join("");
}

// Layouts whose reading writes into a text column what another column said, after a label (休館日：…, 開館時間（土日祝）：…)
// or as the cell kept (SSID：…): the CSV holds both that text column and the file's own column, and reading it again
// must not write the same words into the text column once more, nor change them.
describe("labelled and kept text read back as written, not added again", () => {
  const layouts: Array<[string, string, string[]]> = [
    ["a 休館日 column labelled into 利用可能日時特記事項", "131059_public_facility.csv", [
      "施設分類,施設名,所在地,電話番号,開館時間,休館日",
      "図書館,文京区立真砂中央図書館,文京区本郷4-6-1,03-3815-6661,9:00～20:00（日祝は19:00まで）,第3月曜日",
      "区民施設,文京シビックセンター,文京区春日1-16-21,03-3812-7111,8:30～17:15,年末年始",
      "公園,小石川植物園,文京区白山3-7-1,03-3814-0138,9:00～16:30,月曜日（祝日の場合は翌日）"]],
    ["hours of other days and 休館日 beside the file's own 利用可能日時特記事項", "131105_public_facility.csv", [
      "施設名,所在地,開館時間,開館時間_土日祝,休館日,利用可能日時特記事項",
      "北区立中央図書館,北区十条台1-2-5,9:00～20:00,9:00～19:00,第2木曜日,臨時休館あり",
      "北区役所,北区王子本町1-15-22,8:30～17:15,,土日祝,"]],
    ["SSID cells with several names or a note, kept in 備考", "131041_public_wireless_lan.csv", [
      "名称,所在地,SSID,提供エリア,備考",
      "新宿区役所本庁舎,新宿区歌舞伎町1-4-1,\"Shinjuku_Free_Wi-Fi, 00000JAPAN\",1階ロビー,",
      "四谷区民センター,新宿区内藤町87,Shinjuku_Free_Wi-Fi/Japan_Free_Wi-Fi,9階,案内：受付",
      "落合第一地域センター,新宿区下落合4-6-7,Shinjuku_Free_Wi-Fi（ステルス）,1F,"]],
  ];
  it.each(layouts)("%s", async (_, fileName, lines) => {
    const text = lines.join("\n");
    const first = await runBytes(text, fileName);
    const again = await runBytes(await normalizedCsvOf(text, fileName), fileName);
    expect(again.report.dataset).toBe(first.report.dataset);
    expect(again.rows.map((r) => [r.valid, r.record])).toEqual(first.rows.map((r) => [r.valid, r.record]));
  });
});
