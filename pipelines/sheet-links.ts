// The web addresses a sheet's cells link to (xlsx.ts reads them from <hyperlink> elements and HYPERLINK() formulas),
// by 0-based row and column. A link over a few cells is kept cell by cell; one over many (a whole column, `I:I`) as a
// range that each row looks up, so it costs nothing per cell. What is too much to take is counted, for the report.

/** A link over more cells than this (a whole column, `I:I`) is looked up row by row instead of written out per cell. */
const SPAN_CELLS = 256;
/** the most such ranges a sheet's links are looked up in, and the most columns one may cover (more is no column's link) */
const MAX_LINK_SPANS = 64;
const MAX_LINK_COLUMNS = 64;
/** the most cells <hyperlink> elements are written out for: one per row of a full sheet (each costs ~100 bytes) */
const MAX_LINK_CELLS = 1_048_576;

interface LinkSpan { from: [number, number]; to: [number, number]; target: string }

/** Web addresses that cells link to, by 0-based row and column. */
export class SheetLinks {
  private readonly cells = new Map<number, Map<number, string>>();
  private readonly spans: LinkSpan[] = [];
  private rangeCells = 0;
  /** links not taken: past MAX_LINK_CELLS cells or MAX_LINK_SPANS ranges, or over more than MAX_LINK_COLUMNS columns */
  skipped = 0;

  /** A link of one cell; `keep`: a cell that has one already keeps it. */
  setCell(row: number, column: number, target: string, keep = false): void {
    let cells = this.cells.get(row);
    if (cells === undefined) this.cells.set(row, (cells = new Map()));
    if (!keep || !cells.has(column)) cells.set(column, target);
  }

  /** A link over a range of cells (`B2:C3`, `I:I`). */
  setRange(from: [number, number], to: [number, number], target: string): void {
    const columns = to[1] - from[1] + 1;
    const size = (to[0] - from[0] + 1) * columns;
    if (size <= SPAN_CELLS && this.rangeCells + size <= MAX_LINK_CELLS) {
      this.rangeCells += size;
      for (let r = from[0]; r <= to[0]; r++) for (let c = from[1]; c <= to[1]; c++) this.setCell(r, c, target);
    } else if (this.spans.length < MAX_LINK_SPANS && columns <= MAX_LINK_COLUMNS) this.spans.push({ from, to, target });
    else this.skipped++;
  }

  /** Row `row`'s links, column → address; a cell's own link before a range's. */
  row(row: number): ReadonlyMap<number, string> | undefined {
    const own = this.cells.get(row);
    if (this.spans.length === 0) return own;
    let links: Map<number, string> | undefined;
    for (const span of this.spans) {
      if (row < span.from[0] || row > span.to[0]) continue;
      links ??= new Map();
      for (let c = span.from[1]; c <= span.to[1]; c++) links.set(c, span.target);
    }
    if (links === undefined) return own;
    if (own !== undefined) for (const [c, target] of own) links.set(c, target);
    return links;
  }

  get empty(): boolean {
    return this.cells.size === 0 && this.spans.length === 0;
  }
}
