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

  it("columns headed only X / Y that hold metres are the plane coordinates, read as X座標 / Y座標 are (the rows tell which is north)", async () => {
    for (const [xHeader, yHeader, order] of [["X", "Y", "xy"], ["Y", "X", "yx"], ["x", "y", "xy"], ["X（m）", "Y（m）", "xy"]] as const) {
      const pair = (p: { x: string; y: string }) => (order === "xy" ? `${p.x},${p.y}` : `${p.y},${p.x}`);
      const csv = [`水利番号,水利種別,設置場所,${xHeader},${yHeader},口径`, `T-1,消火栓,東京都立川市泉町1156-9,${pair(IZUMI)},150`,
        `T-2,消火栓,東京都立川市錦町3-2-1,${pair(NISHIKI)},75`, `T-3,防火水槽,東京都立川市柴崎町2-4,${pair(SHIBASAKI)},`].join("\n");
      const { report, rows } = await runBytes(csv, "132021_fire_hydrant.csv");
      expect([xHeader, rows.map((r) => [fixed5(r.record.latitude), fixed5(r.record.longitude)])])
        .toEqual([xHeader, [["35.71060", "139.41360"], ["35.69430", "139.41610"], ["35.69580", "139.40900"]]]);
      expect(rows.map((r) => r.extra)).toEqual([{}, {}, {}]);
      expect(report.issues.filter((i) => i.code === "plane_columns_by_content").map((i) => [i.field, i.value, i.severity]))
        .toEqual(order === "xy" ? [[xHeader, "X座標", "info"], [yHeader, "Y座標", "info"]] : [["X", "X座標", "info"], ["Y", "Y座標", "info"]]);
      expect(tuples(report, "unknown_header")).toEqual([]);
    }
  });

  it("X / Y of the islands keep their zone: 八丈町 IX (a Y near the meridian, 155.664, is metres beside its X), 小笠原村 XIV", async () => {
    const hachijo = await runBytes("ID,名称,住所,電話番号,X,Y\n1,八丈町役場,八丈町大賀郷2551-2,04996-2-1121,-321338.362,-4137.858\n"
      + "2,末吉,八丈町末吉,04996-2-1121,-327992.915,155.664\n", "134015_evacuation_space.csv");
    expect(hachijo.rows.map((r) => [fixed5(r.record.latitude).slice(0, 6), fixed5(r.record.longitude).slice(0, 7)])).toEqual([["33.103", "139.789"], ["33.043", "139.835"]]);
    const ogasawara = await runBytes("ID,名称,住所,電話番号,X,Y\n1,小笠原村役場,小笠原村父島字西町,04996-2-1121,121213.731,19039.185\n"
      + "2,母島小中学校,小笠原村母島字元地,04996-2-1121,71021.14,15929.321\n", "134210_evacuation_space.csv");
    expect(ogasawara.rows.map((r) => [fixed5(r.record.latitude).slice(0, 6), fixed5(r.record.longitude).slice(0, 7)])).toEqual([["27.094", "142.192"], ["26.641", "142.160"]]);
  });

  it("small numbers under X / Y (a map's grid, degrees) are no plane coordinates: they stay in extra, unknown columns", async () => {
    // one such row is enough: the other row's metres do not make the column metres
    // a picture's pixels and a grid near the zone's origin too (over 1000, but no place in Tokyo so near it)
    for (const [x, y] of [["12", "34"], ["139.41", "35.71"], ["-", "35.71"], ["1024", "768"], ["3", "1500"]]) {
      const csv = `水利番号,水利種別,設置場所,X,Y,口径\nT-1,消火栓,東京都立川市泉町1156-9,${x},${y},150\nT-2,消火栓,東京都立川市錦町3-2-1,${NISHIKI.x},${NISHIKI.y},75\n`;
      const { report, rows } = await runBytes(csv, "132021_fire_hydrant.csv");
      expect([x, rows[0].record.latitude, rows[0].record.longitude, rows[0].extra]).toEqual([x, null, null, { X: x, Y: y }]);
      expect(tuples(report, "plane_columns_by_content")).toEqual([]);
      expect(tuples(report, "unknown_header")).toEqual([[null, "X", "unknown_header"], [null, "Y", "unknown_header"]]);
    }
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
      const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
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
