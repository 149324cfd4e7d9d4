// A file of plane rectangular coordinates in metres is one GIS export: one orientation for all its rows. Which column
// is X is told from the head of the file, before its rows are read (normalize/plane-axes.ts says how a row tells it),
// so each row is read the way the file's rows agree on, also a row that alone cannot tell (both readings in its city).
import { type Issue, issue } from "./issues.ts";
import type { ColumnPlan } from "./headers.ts";
import { expandCells } from "./coordinate-pair.ts";
import { normalizeCoordinate } from "./normalize/coordinates.ts";
import { agreedAxis, axisByHeader, type FilePlaneAxes, readPlaneRow } from "./normalize/plane-axes.ts";
import { normalizeText } from "./normalize/text.ts";

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
