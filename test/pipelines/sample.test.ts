// The sample generator: deterministic (same seed → same bytes, and `odh sample` reproduces data/ exactly),
// plausible (every point inside its municipality's area and Japan, unless deliberately swapped or broken), and
// reproducing the problems of real files across the 62 municipalities. data/ATTRIBUTION.md names every real file.
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../schemas/index.ts";
import { DEFAULT_SEED, SAMPLE_DATASETS, generateFile, generateSamples } from "../../pipelines/sample/generate.ts";
import { type Area, readAreas } from "../../pipelines/sample/geography.ts";
import { ROOT, tempDir } from "../helpers.ts";

const DATA = path.join(ROOT, "data");
const areas = readAreas();
const entries: Array<Record<string, unknown>> = JSON.parse(readFileSync(path.join(DATA, "sources.json"), "utf8"));

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder().decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("shift_jis").decode(bytes), encoding: "cp932" };
  }
}

/** Rows as objects under the header line (the first line with three or more filled cells), and the lines above it. */
function table(bytes: Uint8Array) {
  const { text, encoding } = decode(bytes);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((r) => !(r.length === 1 && r[0] === ""));
  const at = rows.findIndex((r) => r.filter((c) => c !== "").length >= 3);
  const header = rows[at]!;
  return { encoding, above: at, header, rows: rows.slice(at + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}

/** Distance in km on the local plane (110.574 km per degree of latitude, 111.32·cos φ per degree of longitude). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const y = (b.lat - a.lat) * 110.574;
  const x = (b.lon - a.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
  return Math.sqrt(x * x + y * y);
}

const inJapan = (lat: number, lon: number) => lat >= 20 && lat <= 46 && lon >= 122 && lon <= 154;

describe("sample generator", () => {
  it("is deterministic: the same seed gives the same bytes, another seed other bytes", () => {
    const some = areas.filter((a) => ["131016", "132012", "133639", "134210"].includes(a.code));
    const once = generateSamples({ areas: some });
    const twice = generateSamples({ areas: some });
    expect(once.length).toBe(some.length * SAMPLE_DATASETS.length);
    expect(twice.map((f) => Buffer.from(f.bytes).toString("base64"))).toEqual(once.map((f) => Buffer.from(f.bytes).toString("base64")));
    const other = generateSamples({ areas: some, seed: DEFAULT_SEED + 1 });
    expect(other.filter((f, i) => Buffer.compare(Buffer.from(f.bytes), Buffer.from(once[i]!.bytes)) === 0)).toHaveLength(0);
  });

  it("`odh sample` regenerates data/sources and data/sources.json byte for byte", () => {
    const tmp = tempDir("odh-sample-");
    try {
      copyFileSync(path.join(DATA, "sources.json"), path.join(tmp.dir, "sources.json"));
      const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "odh.js"), "sample", "--out", tmp.dir], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/odh sample: \d+ ファイル \/ files/);
      expect(readFileSync(path.join(tmp.dir, "sources.json"), "utf8")).toBe(readFileSync(path.join(DATA, "sources.json"), "utf8"));
      const samples = entries.filter((e) => e.sample === true);
      expect(samples.length).toBeGreaterThan(400);
      for (const e of samples) {
        const p = e.path as string;
        expect(Buffer.compare(readFileSync(path.join(tmp.dir, p)), readFileSync(path.join(DATA, p))), p).toBe(0);
      }
      // nothing else under data/sources is a stray sample: every file there is named by an entry
      const named = new Set(entries.filter((e) => e.type === "file").map((e) => e.path));
      for (const dir of readdirSync(path.join(DATA, "sources"))) {
        for (const f of readdirSync(path.join(DATA, "sources", dir))) expect(named.has(`sources/${dir}/${f}`), `${dir}/${f}`).toBe(true);
      }
    } finally {
      tmp.remove();
    }
  }, 180_000);

  it("covers all 62 municipalities, each with the standard datasets (a real file or a sample)", () => {
    const enabled = entries.filter((e) => e.enabled !== false);
    expect(new Set(enabled.map((e) => e.municipality)).size).toBe(62);
    for (const a of areas) {
      for (const d of SAMPLE_DATASETS) expect(enabled.some((e) => e.municipality === a.code && e.dataset === d), `${a.code} ${d}`).toBe(true);
    }
  });

  it("places every point inside its municipality (and Japan), except rows swapped or broken on purpose", () => {
    let points = 0;
    for (const area of areas) {
      for (const id of SAMPLE_DATASETS) {
        const file = generateFile(area, getDataset(id)!);
        const t = table(file.bytes);
        if (!t.header.includes("緯度")) continue;
        let swapped = 0;
        let broken = 0;
        for (const r of t.rows) {
          const lat = Number(r["緯度"]);
          const lon = Number(r["経度"]);
          if (!r["緯度"] || !r["経度"]) continue;
          points++;
          const inside = (p: { lat: number; lon: number }) => km({ lat: area.latitude, lon: area.longitude }, p) <= area.radius_km + 0.01;
          if (inJapan(lat, lon) && inside({ lat, lon })) continue;
          if (inJapan(lon, lat) && inside({ lat: lon, lon: lat })) swapped++;
          else broken++;
        }
        expect(swapped, `${area.code} ${id} swapped`).toBeLessThanOrEqual(file.variant.swappedRows);
        // broken coordinates come only from injected errors (latitude 369.56056) in files that have them
        if (broken > 0) expect(file.variant.errorShare, `${area.code} ${id}`).toBeGreaterThan(0);
        expect(broken, `${area.code} ${id}`).toBeLessThanOrEqual(Math.ceil(t.rows.length * 0.2));
      }
    }
    expect(points).toBeGreaterThan(10_000);
  });

  it("reproduces the problems of real files, in a mix", () => {
    const files = areas.flatMap((area) => SAMPLE_DATASETS.map((id) => ({ area, file: generateFile(area, getDataset(id)!) })));
    const count = (p: (f: (typeof files)[number]) => boolean) => files.filter(p).length;
    const text = (f: (typeof files)[number]) => decode(f.file.bytes).text;
    const share = (n: number) => n / files.length;
    // CP932 without BOM: not UTF-8 at all
    const cp932 = count((f) => decode(f.file.bytes).encoding === "cp932");
    expect(cp932).toBe(count((f) => f.file.variant.encoding === "cp932"));
    // old 推奨 headers, title rows above the header, wareki dates, full-width digits, 5-digit codes, swapped rows
    const old = count((f) => table(f.file.bytes).header[0] === "都道府県コード又は市区町村コード");
    const titled = count((f) => table(f.file.bytes).above > 0);
    const wareki = count((f) => /(令和|平成|昭和)(元|\d+)年\d+月\d+日|[RHS]\d+\.\d+\.\d+/.test(text(f).split(/\r?\n/).slice(1).join("\n")));
    const fullWidth = count((f) => /[０-９]/.test(text(f)));
    const fiveDigit = count((f) => table(f.file.bytes).rows.some((r) => /^\d{5}$/.test(Object.values(r)[0] ?? "")));
    const swapped = count((f) => f.file.variant.swappedRows > 0);
    const dropped = count((f) => f.file.variant.dropped.size > 0);
    for (const [name, n] of Object.entries({ cp932, old, titled, wareki, fullWidth, fiveDigit, swapped })) {
      expect(share(n), name).toBeGreaterThan(0.03);
      expect(share(n), name).toBeLessThan(0.97);
    }
    // most publishers leave out some optional column; a few fill every one
    expect(share(dropped)).toBeGreaterThan(0.5);
    expect(dropped).toBeLessThan(files.length);
    // islands are placed on the islands (小笠原村 is ~1,000 km south of central Tokyo)
    const ogasawara = areas.find((a) => a.code === "134210") as Area;
    const t = table(generateFile(ogasawara, getDataset("aed")!).bytes);
    expect(t.rows.filter((r) => r["緯度"] && Number(r["緯度"]) < 28).length).toBeGreaterThan(t.rows.length / 2);
  });
});

describe("data/ATTRIBUTION.md", () => {
  const text = readFileSync(path.join(DATA, "ATTRIBUTION.md"), "utf8");
  it("names every real file with its licence, attribution and original URL, and says the rest is generated", () => {
    const real = entries.filter((e) => e.type === "file" && e.sample !== true);
    expect(real.length).toBeGreaterThan(0);
    for (const e of real) {
      const line = text.split("\n").find((l) => l.includes(`\`${e.path as string}\``));
      expect(line, e.path as string).toBeDefined();
      expect(line).toContain(e.license as string);
      expect(line).toContain(e.attribution as string);
      expect(line).toContain(e.source_url as string);
    }
    expect(text).toMatch(/generated sample data, not published by any municipality/);
    expect(text).toContain("odh sample");
  });
});
