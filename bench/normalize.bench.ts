// Value normalization: rows/s of normalizeRecord on AED rows with the repairs real files need (old header,
// full-width digits, swapped coordinates, time ranges), and on clean new-format rows.
import { normalizeRecord } from "../pipelines/normalize/index.ts";
import { aed } from "../schemas/datasets/aed.ts";

const OLD_HEADER = ["都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "住所", "緯度", "経度"];

function messyRow(i: number): Record<string, string> {
  return {
    local_government_code: "13104", id: `${i}`, prefecture: "東京都", city: "新宿区", name: `新宿区立施設　${i}号館`,
    name_kana: "ｼﾝｼﾞｭｸｸﾘﾂｼｾﾂ", full_address: `西新宿２丁目${i % 50}番`, latitude: "139.6917", longitude: "35.6894",
    installation_position: "１階　受付横", phone_number: "０３－３２０９－１１１１", start_time: "8:30～17:15", end_time: "",
    pediatric_pads: "○", url: "https://www.city.shinjuku.lg.jp/", remarks: "-",
  };
}

function cleanRow(i: number): Record<string, string> {
  return {
    local_government_code: "131041", id: `FF${i}`, name: `新宿区立施設${i}号館`, name_kana: "シンジュククリツシセツ",
    full_address: `東京都新宿区西新宿2丁目${i % 50}番`, latitude: "35.6894", longitude: "139.6917", installation_position: "1階受付横",
    phone_number: "03-3209-1111", start_time: "08:30", end_time: "17:15", pediatric_pads: "有", url: "https://www.city.shinjuku.lg.jp/",
  };
}

function measure(label: string, rows: Array<Record<string, string>>, context: Parameters<typeof normalizeRecord>[3]): void {
  for (let i = 0; i < 2000; i++) normalizeRecord(rows[i], aed, { row: i + 1 }, context);   // warm-up
  const started = performance.now();
  let issues = 0;
  for (let i = 0; i < rows.length; i++) issues += normalizeRecord(rows[i], aed, { row: i + 1 }, context).issues.length;
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`normalizeRecord ${label}: ${rows.length} rows in ${seconds.toFixed(2)} s = ${Math.round(rows.length / seconds)} rows/s`
    + ` (${(issues / rows.length).toFixed(1)} issues/row, ${aed.columns.length} columns)\n`);
}

export async function run(): Promise<void> {
  const total = 100_000;
  measure("messy old-format AED", Array.from({ length: total }, (_, i) => messyRow(i)), { municipality: "131041", sourceHeaders: OLD_HEADER });
  measure("clean new-format AED", Array.from({ length: total }, (_, i) => cleanRow(i)), { municipality: "131041" });
}
