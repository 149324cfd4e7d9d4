// A file of plane rectangular coordinates in metres is one GIS export: one orientation for all its rows. Which column
// is X is told from the head of the file, before its rows are read (normalize/plane-axes.ts says how a row tells it),
// so each row is read the way the file's rows agree on, also a row that alone cannot tell (both readings in its city).
import type { Dataset } from "../schemas/dataset.ts";
import { type Issue, issue } from "./issues.ts";
import { type ColumnPlan, takeColumn } from "./headers.ts";
import type { HeaderMapping } from "./report.ts";
import { expandCells } from "./coordinate-pair.ts";
import { normalizeCoordinate } from "./normalize/coordinates.ts";
import { inTokyo } from "./normalize/location.ts";
import { agreedAxis, axisByHeader, type FilePlaneAxes, readPlaneRow } from "./normalize/plane-axes.ts";
import { planeToLatLon, ZONE_IX, ZONE_XIV } from "./normalize/plane-coordinates.ts";
import { normalizeText, plainWords } from "./normalize/text.ts";

/** The file's plane axes and the issue that says how its rows told them; undefined when the file has no latitude and
 *  longitude columns. */
export function planeAxesOfFile(plan: Pick<ColumnPlan, "keys" | "sourceHeaders" | "pairAt">, rows: ReadonlyArray<readonly string[]>,
  publisher: string | null): { axes: FilePlaneAxes; issue: Issue | null } | undefined {
  const at = (key: string) => plan.keys.indexOf(key);
  const [latAt, lonAt] = [at("latitude"), at("longitude")];
  if (latAt < 0 || lonAt < 0) return undefined;
  const [addressAt, cityAt, codeAt] = [at("full_address"), at("city"), at("local_government_code")];
  const text = (cells: readonly string[], i: number, field: string) => (i < 0 ? null : normalizeText(cells[i] ?? "", { row: 0, field }).value);
  const evidence = [];
  for (const written of rows) {
    const cells = plan.pairAt === undefined ? written : expandCells(written, plan.pairAt);
    const lat = normalizeCoordinate(cells[latAt] ?? "", { row: 0, field: "latitude" }, "latitude").value;
    const lon = normalizeCoordinate(cells[lonAt] ?? "", { row: 0, field: "longitude" }, "longitude").value;
    if (lat === null || lon === null) continue;
    const code = text(cells, codeAt, "local_government_code") ?? publisher;
    const row = readPlaneRow(lat, lon, text(cells, addressAt, "full_address"), text(cells, cityAt, "city"), code);
    if (row !== null) evidence.push(row.evidence);
  }
  const headers = { latitude: plan.sourceHeaders[latAt] ?? "", longitude: plan.sourceHeaders[lonAt] ?? "" };
  const axes: FilePlaneAxes = { byHeader: axisByHeader(headers.latitude, headers.longitude), headers };
  const agreed = agreedAxis(evidence);
  if (agreed === undefined) return { axes, issue: null };
  const y = agreed.xIn === "latitude" ? "longitude" : "latitude";
  const value = `X = ${headers[agreed.xIn].trim()}, Y = ${headers[y].trim()}; ${agreed.agree}/${agreed.of}`;
  return { axes: { ...axes, byRows: agreed.xIn }, issue: issue("plane_axes_from_rows", { field: "latitude", value }) };
}

/** A header that is only the axis's letter (`X`, `y`, `X（m）`). */
const AXIS_HEADER = /^([xy])(?:\((?:m|メートル)\))?$/;
/** A cell's number, or NaN. */
const numberOf = (cell: string): number => (cell.trim() === "" ? Number.NaN : Number(cell.normalize("NFKC").replace(/[,\s]/g, "")));
/** A row's X and Y as metres of a plane coordinate of a place in Tokyo: numbers below any zone's reach (plane-axes.ts),
 *  one of them 5 km or more from the zone's origin, which no part of Tokyo is nearer (a site near the zone's meridian
 *  has a small Y: 155.664; a picture's pixels, 1024 | 768, or a map's grid are near the origin), read as a point in
 *  Tokyo in zone IX or XIV, either way round. */
const isMetres = (x: number, y: number): boolean =>
  Math.abs(x) < 1_000_000 && Math.abs(y) < 1_000_000 && Math.max(Math.abs(x), Math.abs(y)) > 5000
  && [ZONE_IX, ZONE_XIV].some((zone) => [planeToLatLon(x, y, zone), planeToLatLon(y, x, zone)].some((p) => inTokyo(p.lat, p.lon)));

/**
 * The plan and header with columns headed only `X` and `Y` taken as X座標 and Y座標 (the longitude's and latitude's
 * columns, as those headers are: which is the northing the file's rows tell, planeAxesOfFile) when every row of the
 * head of the file that fills both holds metres (numbers, one of each pair over 1000, which no degree is), and the file
 * has no latitude or longitude column; or as 経度 and 緯度 when every such row holds degrees of a point in Tokyo
 * (degree_columns_by_content); else as they were. Small numbers under X / Y may be anything (a map's grid, a drawing's): they
 * stay in extra.
 */
/** A row's X and Y as degrees of a point in Tokyo, X the longitude, or the other way round. */
const isDegrees = (x: number, y: number): boolean => Number.isFinite(x) && Number.isFinite(y) && (inTokyo(y, x) || inTokyo(x, y));

export function withPlaneByContent(dataset: Dataset, plan: ColumnPlan, header: HeaderMapping[], rows: ReadonlyArray<readonly string[]>):
  { plan: ColumnPlan; header: HeaderMapping[]; issues: Issue[] } {
  const mapped = { plan, header, issues: [] };
  if (!dataset.columnByKey.has("latitude") || !dataset.columnByKey.has("longitude") || plan.keys.includes("latitude") || plan.keys.includes("longitude")) return mapped;
  const axes = { x: -1, y: -1 };
  for (let i = 0; i < plan.keys.length; i++) {
    if (plan.keys[i] !== null) continue;
    const letter = AXIS_HEADER.exec(plainWords(plan.sourceHeaders[i] ?? "").toLowerCase())?.[1] as "x" | "y" | undefined;
    if (letter === undefined) continue;
    if (axes[letter] >= 0) return mapped;
    axes[letter] = i;
  }
  if (axes.x < 0 || axes.y < 0) return mapped;
  // every row of the head that fills both columns has metres there
  const filled = rows.map((r) => [r[axes.x] ?? "", r[axes.y] ?? ""]).filter(([x, y]) => x.trim() !== "" && y.trim() !== "");
  if (filled.length === 0) return mapped;
  // or degrees of a point in Tokyo (a GIS export's X = 139.71662, Y = 35.70038, as a nursery map's CSV writes them): the
  // longitude and latitude, either way round as a row may swap them (swapped_lat_lon)
  if (filled.every(([x, y]) => isDegrees(numberOf(x), numberOf(y)))) {
    const said = [axes.x, axes.y].map((i) => issue("degree_columns_by_content", { field: plan.sourceHeaders[i].trim(), value: i === axes.x ? "経度" : "緯度" }));
    return { ...takeColumn(takeColumn(mapped, axes.x, "longitude", "fuzzy"), axes.y, "latitude", "fuzzy"), issues: said };
  }
  if (!filled.every(([x, y]) => isMetres(numberOf(x), numberOf(y)))) return mapped;
  // X座標 is the longitude's alias and Y座標 the latitude's (schemas/blocks.ts): the same here
  const told = [axes.x, axes.y].map((i) => issue("plane_columns_by_content", { field: plan.sourceHeaders[i].trim(), value: i === axes.x ? "X座標" : "Y座標" }));
  return { ...takeColumn(takeColumn(mapped, axes.x, "longitude", "fuzzy"), axes.y, "latitude", "fuzzy"), issues: told };
}
