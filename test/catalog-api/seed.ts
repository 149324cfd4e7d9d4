// Seeds the API tests the real way: fixture files go through ingestFile (harmonize + publish), as a harvest would.
import { ingestFile } from "../../pipelines/publish.ts";
import type { Db } from "../../storage/db.ts";
import { fixture } from "../helpers.ts";

export async function ingestFixture(db: Db, name: string, options: { sample?: boolean; license?: string } = {}) {
  const [municipality, rest] = name.split("_", 2) as [string, string];
  const dataset = rest.replace(/\.csv$/, "");
  return ingestFile(db, { path: fixture(`api/${name}`), fileName: name }, {
    municipality, dataset, source_id: `fixture-${municipality}-${dataset}`, source_url: `https://example.jp/opendata/${name}`,
    license: options.license ?? "CC-BY-4.0", attribution: `${municipality} オープンデータ`, sample: options.sample ?? false, trigger: "harvest",
  });
}

/** 新宿区 8 clean rows; 千代田区 3 valid + 1 invalid (published with errors, sample data); 文京区 no valid row (not published). */
export async function seedStandard(db: Db) {
  const shinjuku = await ingestFixture(db, "131041_aed.csv");
  const chiyoda = await ingestFixture(db, "131016_aed.csv", { sample: true });
  const bunkyo = await ingestFixture(db, "131059_aed.csv");
  return { shinjuku, chiyoda, bunkyo };
}

/** A generated AED file of `count` rows around a point, for paging and distance tests. */
export function generatedAedCsv(code: string, count: number, origin: { lat: number; lon: number }): Uint8Array {
  const header = "全国地方公共団体コード,ID,名称,名称_カナ,所在地_連結表記,緯度,経度,設置位置";
  const rows = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, "0");
    const lat = (origin.lat + (i % 20) * 0.001).toFixed(6), lon = (origin.lon + Math.floor(i / 20) * 0.001).toFixed(6);
    return `${code},${code}G${n},施設${n},シセツ${n},東京都 施設${n}番地,${lat},${lon},1階`;
  });
  return new TextEncoder().encode(`${[header, ...rows].join("\r\n")}\r\n`);
}

export async function ingestGenerated(db: Db, code: string, count: number, origin: { lat: number; lon: number }) {
  return ingestFile(db, { bytes: generatedAedCsv(code, count, origin), fileName: `${code}_aed.csv` },
    { municipality: code, dataset: "aed", source_id: `generated-${code}`, license: "CC-BY-4.0", sample: true, trigger: "harvest" });
}
