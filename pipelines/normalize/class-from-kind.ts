// A 文化財分類 that names who designated alone (国指定, 区登録) beside a 種類 that writes its class before the kind in
// brackets (有形文化財（建造物）, as Tokyo's lists write 種別): the class is the 分類's other half, given in the 種類 cell
// only. Before, 文化財分類 was published as 国指定, which names no kind of property; it is now the two joined
// (国指定有形文化財), as a 分類 over two columns is (two-levels.ts), said (class_from_kind). So is a 種類 that is a class
// alone (区指定 beside 史跡 → 区指定史跡), or a kind that one class alone holds (区指定 beside 絵画 → 区指定有形文化財).
import type { Dataset } from "../../schemas/dataset.ts";
import { joinLevels } from "../two-levels.ts";
import { WORDS_AND_BRACKETED } from "./bracketed-value.ts";
import type { RowRepair } from "./row-repair.ts";


/** The class a kind column's cell writes before the kind it was read as (有形文化財 of `有形文化財（建造物）` read as 建造物, or
 *  of `有形文化財（絵画）` read as 美術工芸品); null when the cell names the kind first (建造物（附 棟札）) or was read whole. */
function classOf(r: RowRepair, innerKey: string): string | null {
  const said = r.issues.find((i) => i.field === innerKey && (i.code === "vocabulary_in_brackets" || i.code === "vocabulary_kind_of"));
  const raw = r.cells[innerKey];
  if (said === undefined || raw === undefined) return null;
  const m = WORDS_AND_BRACKETED.exec(raw.normalize("NFKC").trim());
  const [kind, value = kind] = (said.detail ?? "").split("\t");
  const kindClass = m === null ? "" : m[1].replace(/\s/g, "");
  // 美術工芸品（古文書）: the standard's kind before a narrower one, no class
  return m === null || m[2].replace(/\s/g, "") !== kind || kindClass === value ? null : kindClass;
}

/** The class a kind column's cell is alone (種類 `史跡`, `史跡・名勝`: each part one of `classes`); null for any other cell. */
function classAlone(r: RowRepair, innerKey: string, classes: readonly string[]): string | null {
  const cell = (r.cells[innerKey] ?? "").normalize("NFKC").replace(/\s/g, "");
  return cell !== "" && cell.split(/[・･]/u).every((part) => classes.includes(part)) ? cell : null;
}

/** The one class that holds the kind a kind column's cell was read as (絵画 read as 美術工芸品: 有形文化財), else null. */
function classOfReadKind(r: RowRepair, innerKey: string, classOfKind: Readonly<Record<string, string>>): string | null {
  const read = r.record[innerKey];
  return typeof read === "string" && Object.hasOwn(classOfKind, read) ? classOfKind[read] : null;
}

/** The designation a 分類 joined from a bare word and the kind cell as written starts with (区分 国 + 種別 絵画 → 国指定絵画,
 *  都 + 有形文化財（絵画） → 都指定有形文化財（絵画）: a kind, not a class, after it), or null. */
function designationBeforeKind(r: RowRepair, item: string, innerKey: string, outer: readonly string[]): string | null {
  const cell = (r.cells[innerKey] ?? "").trim();
  if (cell === "" || !item.endsWith(cell)) return null;
  const before = item.slice(0, item.length - cell.length).replace(/\s/g, "");
  return outer.includes(before) ? before : null;
}

export function joinClassFromKind(r: RowRepair, levels: NonNullable<Dataset["levels"]>): void {
  const items = r.record[levels.key];
  if (!Array.isArray(items) || items.length !== 1 || typeof items[0] !== "string") return;
  const designation = items[0].replace(/\s/g, "");
  if (!levels.outer.includes(designation)) {
    joinedWithKind(r, levels, items[0]);
    return;
  }
  for (const innerKey of levels.from.filter((key) => key !== levels.key)) {
    const written = classOf(r, innerKey) ?? classAlone(r, innerKey, levels.classes ?? []);
    const kindClass = written ?? classOfReadKind(r, innerKey, levels.classOfKind ?? {});
    if (kindClass === null) continue;
    const joined = joinLevels(designation, kindClass, levels.outer);
    r.record[levels.key] = [joined];
    // a class the kind holds, not writes, is named in the message (detail's third part)
    r.problem("class_from_kind", levels.key, items[0], `${r.cells[innerKey]}\t${joined}${written === null ? `\t${kindClass}` : ""}`);
    return;
  }
}

/** A 分類 joined with a kind (国指定絵画, 都指定有形文化財（絵画）) is the designation and the kind's class (国指定有形文化財). */
function joinedWithKind(r: RowRepair, levels: NonNullable<Dataset["levels"]>, item: string): void {
  for (const innerKey of levels.from.filter((key) => key !== levels.key)) {
    const designation = designationBeforeKind(r, item, innerKey, levels.outer);
    if (designation === null) continue;
    const written = classOf(r, innerKey);
    const kindClass = written ?? classOfReadKind(r, innerKey, levels.classOfKind ?? {});
    if (kindClass === null) continue;
    const joined = joinLevels(designation, kindClass, levels.outer);
    if (joined === item) return;
    r.record[levels.key] = [joined];
    r.problem("class_from_kind", levels.key, designation, `${r.cells[innerKey]}\t${joined}${written === null ? `\t${kindClass}` : ""}`);
    return;
  }
}
