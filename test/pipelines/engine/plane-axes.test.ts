// A GIS export of X座標/Y座標 in metres from a Tama city, where both readings of a row often lie in Tama: the file's
// rows tell which column is X (plane-axes-of-file.ts), and every row is read that way, on one thread or several.
import { afterAll, describe, expect, it } from "vitest";
import type { ParallelStats } from "../../../pipelines/parallel.ts";
import { closeRangeWorkers } from "../../../pipelines/range-pool.ts";
import { harmonizeText } from "../../../pipelines/run.ts";
import { runBytes, tuples } from "./helpers.ts";

// GSI's forward transform (zone IX) of the points, independently of the engine's inverse
const IZUMI = { latitude: 35.7106, longitude: 139.4136, x: "-32026.349", y: "-37978.802" }; // 立川市泉町
const NISHIKI = { latitude: 35.6943, longitude: 139.4161, x: "-33835.690", y: "-37760.280" }; // 立川市錦町
const SHIBASAKI = { latitude: 35.6958, longitude: 139.409, x: "-33666.520", y: "-38402.120" }; // 立川市柴崎町
// 東久留米市, near the diagonal X = Y: its two readings lie 600 m apart, both in 東久留米, so the row alone cannot tell
const DIAGONAL = { latitude: 35.748, longitude: 139.52, x: "-27913.015", y: "-28338.106" };

const fixed5 = (v: unknown) => Number(v).toFixed(5);

describe("plane coordinates of a Tama file", () => {
  it("reads every row the way the rows agree on; a row that says the other way is told and left", async () => {
    const csv = ["水利番号,水利種別,設置場所,X座標,Y座標,口径",
      `T-1,消火栓,東京都立川市泉町1156-9,${IZUMI.x},${IZUMI.y},150`,
      `T-2,消火栓,東京都立川市錦町3-2-1,${NISHIKI.x},${NISHIKI.y},75`,
      `T-3,消火栓,東京都東久留米市本町1-1,${DIAGONAL.x},${DIAGONAL.y},75`,
      // keyed in the other way round: read as the file is, it would lie in 国立/府中, not 立川
      `T-4,消火栓,東京都立川市泉町1156-9,${IZUMI.y},${IZUMI.x},150`,
      `T-5,防火水槽,東京都立川市柴崎町2-4,${SHIBASAKI.x},${SHIBASAKI.y},`].join("\n");
    const { report, rows } = await runBytes(csv, "132021_fire_hydrant.csv");
    expect(rows.map((r) => [fixed5(r.record.latitude), fixed5(r.record.longitude)])).toEqual([
      ["35.71060", "139.41360"], ["35.69430", "139.41610"], ["35.74800", "139.52000"], ["-32026.34900", "-37978.80200"], ["35.69580", "139.40900"]]);
    // no row's part of Tokyo tells (all in Tama): the header does (X座標 is X), each row's municipality agreeing or,
    // near the diagonal, saying nothing
    expect(tuples(report, "plane_axes_from_rows", "plane_coordinates_converted", "plane_coordinates_conflict", "plane_coordinates_by_convention")).toEqual([
      [1, "latitude", "plane_coordinates_converted"], [2, "latitude", "plane_coordinates_converted"],
      [3, "latitude", "plane_coordinates_by_convention"], [4, "latitude", "plane_coordinates_conflict"], [5, "latitude", "plane_coordinates_converted"]]);
    expect(report.issues.find((i) => i.code === "plane_coordinates_conflict")?.value)
      .toBe("第IX系 X=-37978.802, Y=-32026.349 → 35.65716, 139.47962 / X=-32026.349, Y=-37978.802 → 35.7106, 139.4136（立川市）");
    expect(rows.map((r) => r.valid)).toEqual([true, true, true, false, true]);
  });

  it("takes X座標 as X, the northing, when no row can tell (the survey convention), and says so", async () => {
    const csv = `水利番号,水利種別,設置場所,X座標（第9系）,Y座標（第9系）,口径\nT-1,消火栓,東京都東久留米市本町1-1,${DIAGONAL.x},${DIAGONAL.y},75\n`;
    const { report, rows } = await runBytes(csv, "132225_fire_hydrant.csv");
    expect([fixed5(rows[0].record.latitude), fixed5(rows[0].record.longitude)]).toEqual(["35.74800", "139.52000"]);
    expect(tuples(report, "plane_axes_from_rows", "plane_coordinates_converted", "plane_coordinates_by_convention"))
      .toEqual([[1, "latitude", "plane_coordinates_by_convention"]]);
    expect(report.issues.find((i) => i.code === "plane_coordinates_by_convention")?.value)
      .toBe("第IX系 X=-27913.015, Y=-28338.106 → 35.748, 139.52（X = X座標（第9系））");
  });

  describe("on several threads", () => {
    afterAll(() => closeRangeWorkers());

    it("reads the rows of later ranges the way the head of the file told, as one thread does", async () => {
      // Y座標 before X座標 (X in the engine's longitude column): the header tells the columns apart
      const lines = ["水利番号,設置場所,Y座標,X座標"];
      // past the first range (192 KB), which the main thread reads
      for (let i = 1; i <= 6000; i++) {
        lines.push(i % 3 === 0 ? `T-${i},東京都東久留米市本町1-${i},${DIAGONAL.y},${DIAGONAL.x}` : `T-${i},東京都立川市泉町${i},${IZUMI.y},${IZUMI.x}`);
      }
      const input = { bytes: new TextEncoder().encode(lines.join("\n")), fileName: "132021_fire_hydrant.csv" };
      const stats: ParallelStats = { worker: 0, main: 0, reread: 0 };
      const read = async (threads: number) => {
        let out = "";
        const report = await harmonizeText(input, {}, {
          format: "ndjson", onText: (t) => { out += typeof t === "string" ? t : Buffer.from(t).toString("utf8"); },
          parallel: threads > 1 ? { threads, minBytes: 0, rangeBytes: 32 * 1024, stats, mainReads: false } : undefined,
        });
        return { report, records: out.trim().split("\n").map((l) => JSON.parse(l).record) };
      };
      const [one, many] = [await read(1), await read(2)];
      expect(stats.worker).toBeGreaterThan(2);
      expect(many.records).toEqual(one.records);
      expect(tuples(many.report)).toEqual(tuples(one.report));
      const diagonal = many.records.filter((_, i) => (i + 1) % 3 === 0);
      expect(new Set(diagonal.map((r) => `${fixed5(r.latitude)}, ${fixed5(r.longitude)}`))).toEqual(new Set(["35.74800, 139.52000"]));
      expect(tuples(many.report, "plane_coordinates_conflict")).toEqual([]);
      const izumi = many.records.filter((_, i) => (i + 1) % 3 !== 0);
      expect(new Set(izumi.map((r) => `${fixed5(r.latitude)}, ${fixed5(r.longitude)}`))).toEqual(new Set(["35.71060, 139.41360"]));
    });
  });
});
