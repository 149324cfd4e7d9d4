// Where a workbook's parts are in its archive: the sheets, the shared string table and the styles, as the workbook's
// relationships (xl/_rels/workbook.xml.rels) name them, and a part found by its name whatever its case. Excel finds them
// so: some exports name them otherwise than Excel does (`xl/SharedStrings.xml`, `xl/Styles.xml`, or a folder of their
// own), and part names are compared without case (ECMA-376 Part 2 §9.1.1.1). Read at the default names only, such a
// workbook lost every text cell (its header too: no table found) and every format (an ID 0001 read as 1, times as
// fractions of a day).
import { posix } from "node:path";
import { unescapeXml } from "./shared-strings.ts";
import { attr, stripPrefixes } from "./workbook-xml.ts";

export interface WorkbookParts {
  /** the worksheets' paths in the archive, by relationship id */
  sheets: Map<string, string>;
  /** the shared string table's path, when the archive has one */
  sharedStrings: string | null;
  /** the styles' path, when the archive has one */
  styles: string | null;
}

/** The default names of the parts, where a workbook without relationships for them has them. */
const DEFAULT_SHARED_STRINGS = "xl/sharedStrings.xml";
const DEFAULT_STYLES = "xl/styles.xml";

/** How an archive's entry is found by a part's name: as written, else the one entry of that name in another case. */
export function partFinder(names: Iterable<string>): (path: string) => string | null {
  const exact = new Set<string>();
  /** lowercased name → the entry, or null when two entries differ only by case (which one is meant is not known) */
  const folded = new Map<string, string | null>();
  for (const name of names) {
    exact.add(name);
    const key = name.toLowerCase();
    folded.set(key, folded.has(key) ? null : name);
  }
  return (path) => (exact.has(path) ? path : folded.get(path.toLowerCase()) ?? null);
}

/** The parts the workbook's relationships name (`rels`, its XML), found in the archive by `find`; the shared strings
 *  and styles at their default names when the relationships name none the archive has. */
export function workbookParts(rels: string, find: (path: string) => string | null): WorkbookParts {
  const sheets = new Map<string, string>();
  let sharedStrings: string | null = null;
  let styles: string | null = null;
  for (const m of stripPrefixes(rels).matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    const type = /\/(worksheet|sharedStrings|styles)"?$/.exec(attr(m[1], "Type") ?? "")?.[1];
    if (!target || type === undefined) continue;
    const raw = unescapeXml(target);
    const path = find(posix.normalize(raw.startsWith("/") ? raw.slice(1) : `xl/${raw}`));
    if (path === null) continue;
    if (type === "worksheet" && id) sheets.set(id, path);
    if (type === "sharedStrings") sharedStrings ??= path;
    if (type === "styles") styles ??= path;
  }
  return { sheets, sharedStrings: sharedStrings ?? find(DEFAULT_SHARED_STRINGS), styles: styles ?? find(DEFAULT_STYLES) };
}
