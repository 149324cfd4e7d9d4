// What the reference marks of a file's cells stand for (`西公園※2` with `※2 指定管理者が管理` under the data,
// `★中央図書館` with `★：区の指定施設`): the footnotes that define a mark, read once from the lines above the header and
// under the data, before the rows, as legends are (legend.ts). A line defines its mark when the mark is numbered
// (`※1 …`, `(※1) …`, `注1 …`), or says it is one (`※印は…`, `※：…`), or is a ★ or ☆, which files use only as marks;
// `※この一覧は毎月更新します。` is a note on the whole list, no mark's meaning. A mark two lines define differently is left
// undefined.
import { CELL_MARKS } from "./normalize/reference-marks.ts";

/** mark (NFKC, no spaces: `※1`, `*`, `★`) → what it stands for, as the footnote writes it */
export type Footnotes = Readonly<Record<string, string>>;

/** A footnote line (NFKC): the mark, numbered or not, in brackets or not; what says it is a mark; the note. */
const FOOTNOTE = new RegExp(`^\\(?\\s*([${CELL_MARKS}]\\s*[0-9]*|注\\s*[0-9]+)\\s*\\)?\\s*(印\\s*(?:は|:|=)?|:|=|は)?\\s*(.+)$`);
/** Marks a file uses for nothing else: a line they start defines them. */
const ONLY_MARKS = /^[★☆]/;

/** The footnotes of the lines, each a row's cells: lines of one filled cell only. */
export function footnotesOf(lines: ReadonlyArray<readonly string[]>): Footnotes {
  const found: Record<string, string> = {};
  const unsure = new Set<string>();
  for (const cells of lines) {
    const filled = cells.filter((c) => c.trim() !== "");
    if (filled.length !== 1) continue;
    const m = FOOTNOTE.exec(filled[0].normalize("NFKC").trim());
    if (m === null) continue;
    const mark = m[1].replace(/\s/g, "");
    if (!/[0-9]/.test(mark) && m[2] === undefined && !ONLY_MARKS.test(mark)) continue;
    const note = m[3].trim();
    if (unsure.has(mark) || note === "") continue;
    if (found[mark] === undefined) found[mark] = note;
    else if (found[mark] !== note) {
      unsure.add(mark);
      delete found[mark];
    }
  }
  return found;
}
