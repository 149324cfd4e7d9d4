// An extension written in a phone cell (042-493-4011 内線12): normalizePhone carries it beside the number
// (withExtension); here, with the whole record in view, it leaves the number. It goes to 内線番号 when the dataset has
// that column beside the phone number and the row left it empty; else to the text column the phone's unread cells go
// to (連絡先備考, else 備考), as `内線12`; with neither, it is taken off, and the warning keeps it.
import type { Dataset } from "../../schemas/dataset.ts";
import { kindOf } from "../../schemas/types.ts";
import type { Issue, IssueCode } from "../issues.ts";
import { problemAt } from "./fixed.ts";
import { keepText, textColumnOf } from "./kept-cells.ts";
import { splitExtension } from "./phone-shape.ts";

/** What moveExtension reads and writes of a row under repair (row-repair.ts RowRepair). */
export interface ExtensionRow {
  readonly record: Record<string, unknown>;
  readonly cells: Record<string, string>;
  readonly dataset: Dataset;
  readonly row: number;
  readonly context: { readonly onlyCounts?: (code: IssueCode) => boolean };
  readonly issues: Issue[];
}

/** The column an extension of a phone column goes to: 内線番号 beside 電話番号 (the standard's contact block). */
const EXTENSION_COLUMN: Readonly<Record<string, string>> = { phone_number: "extension_number" };

/** A phone column, where its extension goes (null: no such column), and the text column that keeps it otherwise
 *  (the column's overflow, else 備考; null: none). */
type PhoneColumn = readonly [key: string, extensionKey: string | null, textKey: string | null];

// A memo of pure data derived from immutable dataset definitions.
const PHONE_COLUMNS = new WeakMap<Dataset, readonly PhoneColumn[]>();

function phoneColumnsOf(dataset: Dataset): readonly PhoneColumn[] {
  let found = PHONE_COLUMNS.get(dataset);
  if (found === undefined) {
    found = dataset.columns.filter((c) => kindOf(c.type) === "phone").map((c) => {
      const target = EXTENSION_COLUMN[c.key];
      return [c.key, target !== undefined && dataset.columnByKey.has(target) ? target : null, textColumnOf(dataset, c) ?? null] as const;
    });
    PHONE_COLUMNS.set(dataset, found);
  }
  return found;
}

/** Each phone value that carries an extension keeps its number alone; the extension goes to its empty column
 *  (phone_extension_moved, info; also when the column already holds it), else to the phone's text column as `内線12`
 *  (phone_extension_kept, info), else is said and dropped (phone_extension_removed, warning). */
export function moveExtension(r: ExtensionRow): void {
  for (const [key, extensionKey, textKey] of phoneColumnsOf(r.dataset)) {
    const value = r.record[key];
    // most values are a bare number: the extension mark needs a space
    if (typeof value !== "string" || !value.includes(" ")) continue;
    const split = splitExtension(value);
    if (split === null) continue;
    const [number, extension] = split;
    r.record[key] = number;
    const held = extensionKey === null ? undefined : r.record[extensionKey];
    const free = extensionKey !== null && (held === null || (typeof held === "string" && held.replace(/\D/g, "") === extension));
    if (free) r.record[extensionKey] = held ?? extension;
    else if (textKey !== null) keepText(r, key, textKey, `内線${extension}`);
    const code = free ? "phone_extension_moved" : textKey !== null ? "phone_extension_kept" : "phone_extension_removed";
    r.issues.push(problemAt(code, r.row, key, r.context.onlyCounts, r.cells[key] ?? value));
  }
}
