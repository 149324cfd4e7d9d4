// A workbook kept as one sheet per value of a column (a food list's sheets 飲食店営業 | 菓子製造業 | 喫茶店営業, none with a
// 営業の種類 column): when the sheets read lack a required column that a sheet's name may give (Column.fromSheetName),
// each sheet whose name reads as its value gives that value to its rows. Only a name that reads gives one (Sheet1, 一覧
// give none), and each sheet given or not given is said: the officer adds the column to be sure.
import type { Column, SheetNameValues } from "../schemas/column.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { mapHeaders } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { valueOfName } from "./value-names.ts";

/** The column the sheets' names give, and each sheet's value (null for a sheet whose name does not read). */
export interface SheetNameColumn {
  column: Column;
  values: ReadonlyArray<string | null>;
  issues: Issue[];
}

/**
 * The column the names of the sheets read give their rows: a required column of the dataset that a sheet's name may
 * give, not given by the joined header (`header`, its cells), when at least one sheet's name reads as its value; null
 * otherwise. A sheet given its value is said (value_from_sheet_name), and so are the sheets whose names do not read,
 * whose rows stay without it (sheet_name_not_value).
 */
export function sheetNameColumn(dataset: Dataset, header: readonly string[], sheetNames: readonly string[]): SheetNameColumn | null {
  const wanted = dataset.columns.filter((c) => c.fromSheetName !== undefined && c.requirement === "required");
  if (wanted.length === 0) return null;
  const absent = new Set(mapHeaders(header, dataset).plan.absentRequired.map((c) => c.key));
  for (const column of wanted) {
    if (!absent.has(column.key)) continue;
    const values = sheetNames.map((name) => valueOfName(name, column.fromSheetName as SheetNameValues));
    if (values.every((v) => v === null)) continue;
    const issues = sheetNames.flatMap((name, i) => {
      const value = values[i];
      return value === null ? [] : [issue("value_from_sheet_name", { field: column.key, value: name, detail: value })];
    });
    const unread = sheetNames.filter((_, i) => values[i] === null);
    if (unread.length > 0) issues.push(issue("sheet_name_not_value", { field: column.key, value: unread.join(", ") }));
    return { column, values, issues };
  }
  return null;
}
