// Population tables with one row per age (age-rows-layout.ts tells them and their folded header): the rows of one area
// are folded into one row, as sex-rows.ts folds an area's rows by sex. The area's 男性 / 女性 / 総人口 are the sums of its
// ages (the 不詳 row included), or its own 合計 row's figures when it has one (a sum that differs is named); each of the
// standard's five-year bands is the sum of the ages that make it up exactly (0歳 … 4歳, or 0～4歳; 85歳以上 from 85 on),
// and a band the ages given do not make (0～9歳, a missing age) is left empty and named. The folded row is numbered by
// the area's first row; a table of the whole municipality is one record, named after it, unless a title over it names
// its area (町丁名：本町一丁目 over each 町丁's table by age: area-title.ts).
import type { AgeCell, AgeRowsLayout, AgeSex } from "./age-rows-layout.ts";
import { ageCellOf, cellsByBlock } from "./age-rows-layout.ts";
import { ageRowSumIssues } from "./age-row-sums.ts";
import { areaOfTitle } from "./area-title.ts";
import { type Issue, issue } from "./issues.ts";
import { normalizeCount } from "./normalize/numbers.ts";
import { plainWords } from "./normalize/text.ts";
import type { ParsedRecord } from "./parse.ts";
import type { RowSink } from "./row-sink.ts";
import type { RunState } from "./run.ts";
import { type FoldedRow, foldedRecords, foldingSink, HeldRows, keepOfRows, type RowFolder } from "./row-fold.ts";
import { onceForArea } from "./sex-rows.ts";

type Range = { from: number; to: number | null };

/** A row of an age (or a band of ages) of an area. */
interface AgeEntry extends Range { r: ParsedRecord; label: string }

/** The rows of one area, in the order they came; closed once no more of its rows can come. */
interface Group {
  key: string;
  name: string;
  first: ParsedRecord;
  rows: ParsedRecord[];
  ages: AgeEntry[];
  whole: ParsedRecord | null;
  unknown: ParsedRecord[];
  closed: boolean;
  /** the title its name was taken from, as written */
  title: string | null;
}

/** A title over a table with no area column that names its area (町丁名：本町一丁目), as written and as read. */
export interface AreaTitle { text: string; name: string }


/** Whether range `a` holds all of range `b` (and is not `b`'s range). */
const holds = (a: Range, b: Range) => a.from <= b.from && (a.to === null || (b.to !== null && b.to <= a.to)) && !(a.from === b.from && a.to === b.to);

/** The ages that tile from…to exactly, in order; null when they do not. */
function tiling(ages: readonly AgeEntry[], from: number, to: number | null): AgeEntry[] | null {
  let next = from;
  const parts: AgeEntry[] = [];
  for (const a of ages) {
    if (a.to !== null && a.to < from) continue;
    if (to !== null && a.from > to) break;
    if (a.from !== next) return null;
    parts.push(a);
    if (a.to === null) return to === null ? parts : null;
    if (to !== null && a.to === to) return parts;
    next = a.to + 1;
  }
  return null;
}

/** A count as the fold reads it: a number, nothing (an empty cell), or a cell that is no count (`x`, `不明`). */
type Count = number | "" | { unread: string };

/** Folds the rows of each area of a table by age into one row; rows are handed on in file order, an area at its first
 *  row. One area is held at a time, closed at a row of another area or at an age it already has. */
export class AgeRows {
  private held = new HeldRows<Group>((group) => this.folded(group));
  private open: Group | null = null;
  /** the area's columns as last written, for the rows that leave them blank */
  private readonly above: string[];
  /** a row naming an area and nothing else (阿佐谷北一丁目 over its ages), kept back until the next row tells whether it
   *  is the area's first row or a note */
  private heading: { r: ParsedRecord; key: string } | null = null;

  /** `titled`: the title over the table that names its area, when the table has no area column (the next tables' titles
   *  come as rows) */
  constructor(private readonly layout: AgeRowsLayout, private readonly headerIndex: number, private readonly wholeName: string,
    private titled: AreaTitle | null = null) {
    this.above = this.areaColumns().map(() => "");
  }

  private areaColumns(): number[] {
    const { area, identity } = this.layout;
    return area >= 0 ? [area, ...identity] : [...identity];
  }

  take(r: ParsedRecord): FoldedRow[] {
    const { blocks } = this.layout;
    if (blocks === undefined) return this.takeRow(r);
    // side by side: each block that says something is a row of its own; a row blank in every block is one blank row
    const said = cellsByBlock(r.cells, blocks).filter((cells) => cells.some((c) => c.trim() !== ""));
    return said.length === 0 ? this.takeRow({ ...r, cells: cellsByBlock(r.cells, blocks)[0] }) : said.flatMap((cells) => this.takeRow({ ...r, cells }));
  }

  private takeRow(r: ParsedRecord): FoldedRow[] {
    const { layout } = this;
    const heading = this.heading;
    this.heading = null;
    const said = ageCellOf(r.cells[layout.age] ?? "", layout.bareAges);
    const figures = layout.sexes.some((s) => (r.cells[s.column] ?? "").trim() !== "");
    if (typeof said !== "object" && said !== "whole" && said !== "unknown" && !(said === "blank" && figures)) {
      // the header again (年齢 | 男 | 女 | 計 over the next table) has words where the figures go
      if (figures && !this.isHeaderAgain(r)) {
        // figures of no age it reads (15歳未満): left out, named; a row that says it restates others (（再掲）15歳未満)
        // is left out as it should be; the area's other rows go on around it
        const value = (r.cells[layout.age] ?? "").trim();
        if (heading !== null) this.heading = heading;
        const code = value.includes("再掲") ? "age_row_restated" : "age_row_unread";
        return [{ record: null, issues: [issue(code, { row: this.rowOf(r), field: layout.ageHeader, value })] }];
      }
      if (heading !== null) this.holdSpread(heading.r);
      const title = layout.area < 0 && !figures ? areaOfTitle(r.cells) : null;
      // the next table's title naming its area: its rows' name, said with its record
      if (title !== null) {
        this.closeOpen();
        this.titled = { text: r.cells.find((cell) => cell.trim() !== "")?.trim() ?? "", name: title };
      } else this.notData(r);
      return this.held.release();
    }
    let key = this.keyOf(r);
    // a blank area is the area above's, but not on a second row of an age that area has (the same identity): the ages
    // of an area named nowhere (a total's under the last area), which the sink tells by their figures
    if (layout.area >= 0 && heading === null && this.open !== null && this.open.key === key && (r.cells[layout.area] ?? "").trim() === ""
      && repeats(this.open, said === "blank" ? "whole" : said)) {
      this.above[0] = "";
      key = this.keyOf(r);
    }
    // the heading right above is the area's first row when the ages under it leave the area blank
    const first = heading !== null && heading.key === key && (r.cells[layout.area] ?? "").trim() === "" ? heading.r : null;
    if (heading !== null && first === null) this.holdSpread(heading.r);
    const entry: AgeEntry | null = typeof said === "object" ? { ...said, r, label: (r.cells[layout.age] ?? "").trim() } : null;
    const open = this.open;
    if (open !== null && (open.key !== key || repeats(open, said === "blank" ? "whole" : said))) this.closeOpen();
    const group = this.open ?? this.startGroup(key, first ?? r);
    if (first !== null) group.rows.push(first);
    group.rows.push(r);
    if (entry !== null) group.ages.push(entry);
    else if (said === "unknown") group.unknown.push(r);
    else group.whole = r;
    return this.held.release();
  }

  end(): FoldedRow[] {
    this.closeOpen();
    if (this.heading !== null) this.holdSpread(this.heading.r);
    this.heading = null;
    this.held.closeAll();
    this.open = null;
    return this.held.release();
  }

  /** A row of no figures: the header again, an area's heading, or a note or blank row handed on in the folded layout
   *  (the sink tells what it is). */
  private notData(r: ParsedRecord): void {
    const { layout } = this;
    const ageCell = (r.cells[layout.age] ?? "").trim();
    if (ageCell !== "" && plainWords(ageCell) === plainWords(layout.ageHeader)) {
      this.closeOpen();
      this.held.holdRow({ record: { ...r, cells: [...layout.header] }, issues: [] });
      return;
    }
    const named = layout.area >= 0 ? (r.cells[layout.area] ?? "").trim() : "";
    // an area's name alone: its ages follow with the area left blank, or it was a note
    if (named !== "" && ageCell === "") this.heading = { r, key: this.keyOf(r) };
    else this.holdSpread(r);
  }

  private holdSpread(r: ParsedRecord): void {
    this.held.holdRow({ record: { ...r, cells: this.spread(r.cells) }, issues: [] });
  }

  /** The area of a row: its area's columns, a blank one the row above's. */
  private keyOf(r: ParsedRecord): string {
    return this.areaColumns().map((c, k) => (this.above[k] = (r.cells[c] ?? "").trim() || this.above[k])).join("\t");
  }

  /** Whether a row is the header again: its age cell is the age column's header, as over the next table. */
  private isHeaderAgain(r: ParsedRecord): boolean {
    const ageCell = (r.cells[this.layout.age] ?? "").trim();
    return ageCell !== "" && plainWords(ageCell) === plainWords(this.layout.ageHeader);
  }

  private startGroup(key: string, first: ParsedRecord): Group {
    const titled = this.layout.area >= 0 ? null : this.titled;
    const name = this.layout.area >= 0 ? (this.above[0] ?? "") : titled?.name ?? this.wholeName;
    const group: Group = { key, name, first, rows: [], ages: [], whole: null, unknown: [], closed: false, title: titled?.text ?? null };
    this.open = group;
    this.held.holdGroup(group);
    return group;
  }

  private closeOpen(): void {
    if (this.open !== null) this.open.closed = true;
    this.open = null;
  }

  private rowOf(r: ParsedRecord): number {
    return r.index - this.headerIndex;
  }

  /** A row of no figures in the folded layout, for the sink to tell what it is (a note, a heading, a blank row): the
   *  area's columns where they go, the columns by age under the area's totals, and the age column's text (a note
   *  written there) in the area's place when that is empty. */
  private spread(cells: readonly string[]): string[] {
    const { layout } = this;
    const out: string[] = new Array(layout.header.length).fill("");
    for (const [c, at] of layout.once) out[at] = cells[c] ?? "";
    for (const s of layout.sexes) out[s.totalAt] = cells[s.column] ?? "";
    const ageCell = cells[layout.age] ?? "";
    if (layout.areaAt >= 0 && out[layout.areaAt].trim() === "") out[layout.areaAt] = ageCell;
    return out;
  }

  /** An area's row: its totals, its bands, what it gives of an unknown age, and the issues of what did not add up. */
  private folded(group: Group): FoldedRow {
    const { layout } = this;
    const issues: Issue[] = [];
    const cells: string[] = new Array(layout.header.length).fill("");
    for (const [c, at] of layout.once) cells[at] = onceForArea(group.rows, c);
    if (layout.areaAt >= 0) cells[layout.areaAt] = group.name;
    const ages = [...group.ages].sort((a, b) => a.from - b.from || (a.to ?? Infinity) - (b.to ?? Infinity));
    // a band given beside its ages (0～4歳 over 0歳 … 4歳) is their subtotal: the ages are summed, not it too
    const leaves = ages.filter((a) => !ages.some((b) => holds(a, b)));
    const overlapping = leaves.filter((a, k) => k > 0 && (leaves[k - 1].to === null || a.from <= (leaves[k - 1].to as number)));
    const row = this.rowOf(group.first);
    if (group.title !== null) issues.push(issue("age_table_area_from_title", { row, field: "area_name", value: group.title, detail: group.name }));
    if (overlapping.length > 0) issues.push(issue("age_ranges_overlap", { row, field: layout.ageHeader, value: leaves.map((a) => a.label).join("、") }));
    const unread = new Set<string>();
    /** a column's count on a row; `field` names the column in the issues (male, or a part's header: 日本人_男) */
    const count = (r: ParsedRecord, s: { column: number; field: string }): Count => {
      const raw = (r.cells[s.column] ?? "").trim();
      if (raw === "") return "";
      const n = normalizeCount(raw, { row: 0, field: s.field }).value;
      if (n !== null) return n;
      const at = `${r.index}\t${s.column}`;
      if (!unread.has(at)) {
        unread.add(at);
        issues.push(issue("age_count_unreadable", { row: this.rowOf(r), field: s.field, value: raw }));
      }
      return { unread: raw };
    };
    /** the sum of the rows' counts: empty when none has one, unknown (null) when one is no count */
    const sum = (rows: readonly ParsedRecord[], s: { column: number; field: string }): number | "" | null => {
      let total: number | "" = "";
      for (const r of rows) {
        const n = count(r, s);
        if (typeof n === "object") return null;
        if (n !== "") total = (total === "" ? 0 : total) + n;
      }
      return total;
    };
    const bandParts = layout.bands.map((b) => tiling(leaves, b.from, b.to) ?? ages.filter((a) => a.from === b.from && a.to === b.to).slice(0, 1));
    for (const sex of layout.sexes) {
      const s = { ...sex, field: sex.key };
      const fromAges = overlapping.length > 0 ? null : sum([...leaves.map((a) => a.r), ...group.unknown], s);
      if (group.whole !== null) {
        const whole = count(group.whole, s);
        cells[s.totalAt] = (group.whole.cells[s.column] ?? "").trim();
        if (typeof whole === "number" && typeof fromAges === "number" && whole !== fromAges && leaves.length > 0) {
          issues.push(issue("age_total_mismatch", { row: this.rowOf(group.whole), field: s.key, value: cells[s.totalAt], detail: `${whole} ≠ ${fromAges}` }));
        }
      } else cells[s.totalAt] = fromAges === null ? "" : String(fromAges);
      s.bandsAt.forEach((at, k) => {
        const parts = bandParts[k];
        const total = parts.length === 0 ? "" : sum(parts.map((a) => a.r), s);
        cells[at] = total === null ? "" : String(total);
      });
      const unknown = sum(group.unknown, s);
      cells[s.unknownAt] = unknown === null ? "" : String(unknown);
    }
    // each age row's 計 against its 男 ＋ 女 (a wrong 計 on one row is otherwise only the area's total disagreeing)
    issues.push(...ageRowSumIssues([...ages, ...group.unknown.map((r) => ({ r, label: (r.cells[layout.age] ?? "").trim() }))],
      layout.sexes, group.name, (r) => this.rowOf(r)));
    // a part's figures (日本人_男): its 合計 row's, else the sum of its ages
    for (const part of layout.parts) {
      const p = { column: part.column, field: part.name };
      const fromAges = overlapping.length > 0 ? null : sum([...leaves.map((a) => a.r), ...group.unknown], p);
      const total = group.whole !== null ? (group.whole.cells[part.column] ?? "").trim() : fromAges === null ? "" : String(fromAges);
      cells[part.at] = total;
    }
    if (ages.length > 0 && layout.sexes.some((s) => s.bandsAt.length > 0)) issues.push(...this.bandsNotMade(row, ages, bandParts));
    const record = keepOfRows({ index: group.first.index, cells }, group.rows, (c) => layout.once.find(([column]) => column === c)?.[1]);
    return { record, issues };
  }

  /** The bands an area's ages do not make, named: those a given range crosses (0～9歳 over 0-4歳 and 5-9歳), and those
   *  with ages missing. */
  private bandsNotMade(row: number, ages: readonly AgeEntry[], parts: ReadonlyArray<readonly AgeEntry[]>): Issue[] {
    const { layout } = this;
    const crossed: string[] = [];
    const crossing = new Set<string>();
    const missing: string[] = [];
    const gaps = new Set<string>();
    layout.bands.forEach((b, k) => {
      if (parts[k].length > 0) return;
      const across = ages.filter((a) => (a.to === null || a.to >= b.from) && (b.to === null || a.from <= b.to) && (a.from < b.from || (b.to !== null && (a.to === null || a.to > b.to))));
      if (across.length > 0) {
        crossed.push(b.name);
        for (const a of across) crossing.add(a.label);
        return;
      }
      missing.push(b.name);
      for (const gap of gapsIn(ages, b)) gaps.add(gap);
    });
    const out: Issue[] = [];
    if (crossed.length > 0) out.push(issue("age_bands_cross", { row, field: layout.ageHeader, value: crossed.join("、"), detail: [...crossing].join("、") }));
    if (missing.length > 0) out.push(issue("age_bands_missing", { row, field: layout.ageHeader, value: missing.join("、"), detail: [...gaps].join("、") }));
    return out;
  }
}

/** Whether a row of `said` cannot be another row of the open area: it has that age, or its whole row, already. */
function repeats(group: Group, said: Exclude<AgeCell, "blank" | "other">): boolean {
  if (said === "whole") return group.whole !== null;
  if (said === "unknown") return group.unknown.length > 0;
  return group.ages.some((a) => a.from === said.from && a.to === said.to);
}

/** The ages of band `b` that no row gives (`47歳`, `85歳以上` when the oldest row is 99歳). */
function gapsIn(ages: readonly AgeEntry[], b: { from: number; to: number | null }): string[] {
  const inside = ages.filter((a) => a.from >= b.from && (b.to === null || (a.to !== null && a.to <= b.to)));
  const out: string[] = [];
  let next = b.from;
  for (const a of inside) {
    if (a.from > next) out.push(a.from - 1 === next ? `${next}歳` : `${next}～${a.from - 1}歳`);
    if (a.to === null) return out;
    next = Math.max(next, a.to + 1);
  }
  if (b.to === null) out.push(`${next}歳以上`);
  else if (next <= b.to) out.push(next === b.to ? `${next}歳` : `${next}～${b.to}歳`);
  return out;
}

/** The head rows under the header, folded as the sink will read them (for what the head tells: the publisher, a date
 *  under the data). */
export function foldedAgeHead(records: readonly ParsedRecord[], layout: AgeRowsLayout, headerIndex: number, wholeName: string,
  titled: AreaTitle | null = null): string[][] {
  return foldedRecords(records, new AgeRows(layout, headerIndex, wholeName, titled)).map((r) => r.cells);
}

/** What reads the file's rows before the fold by age (areas-across.ts cuts a row of areas across into a row per area). */
export type BeforeAgeRows = (ages: RowFolder) => RowFolder;

/** A sink for the file's rows that hands `sink` one row per area (row-fold.ts). */
export function foldAgeRows(sink: RowSink, layout: AgeRowsLayout, run: RunState, headerIndex: number, wholeName: string,
  titled: AreaTitle | null = null, before: BeforeAgeRows = (ages) => ages): RowSink {
  return foldingSink(sink, before(new AgeRows(layout, headerIndex, wholeName, titled)), run);
}
