// Legends in a table: the lines under a 凡例 heading, and a line that tells what a column's values mean
// (`種別：消火栓（公設）、防火水槽（40t以上）`). Neither is a record; a row with values in several columns always is.
import type { Dataset } from "../schemas/dataset.ts";
import { columnNamesOf, legendOfRow, onlyLegendIn } from "./legend.ts";
import { isBlankCell } from "./rows.ts";

/** A heading that opens a legend, alone in its row or before the first entry: 【凡例】, （凡例）, ■凡例, 凡例：○＝あり. */
const LEGEND_HEADING = /^(?:【凡例】|[(（]凡例[)）]|[■◆●□◇＜〈<]?[\s\u3000]*凡例[\s\u3000]*[＞〉>]?(?:[:：]|$))/;

/** `<name>：<what its values mean>` (NFKC): the name before the first colon. */
const EXPLAINED = /^([^:]{1,20}):(.+)$/;
/** What the meanings of a column's values are written as: a list (消火栓、防火水槽) or marks (1=消火栓 2=防火水槽). */
const MEANINGS = /[、,;/]|[:=]/;

export interface LegendLines {
  /** whether this row (not blank) is a line of a legend; rows are given in file order */
  test(cells: readonly string[]): boolean;
}

/**
 * Tells the lines of a legend among a table's rows. After a 凡例 heading, a row of one filled cell (two in a wide
 * table, `種別,1：消火栓　2：防火水槽`) continues the legend until a row with more comes; anywhere, a one-cell row
 * `<column>：…、…` naming one of the file's columns (`headers`) explains that column's values, and so does a row of
 * one or two cells that gives the codes of one of the `dataset`'s columns (`凡例,1=消火栓　2=防火水槽`: legend.ts) and
 * holds nothing else (`2,1:消火栓 2:防火水槽` is a record with its ID: onlyLegendIn).
 */
export function legendLines(headers: readonly string[], dataset?: Dataset): LegendLines {
  const names = columnNamesOf(headers);
  // a wide table's legend line may take two cells; never more, so a row of values is never taken
  const mostlyEmpty = headers.length >= 6 ? 2 : 1;
  let open = false;
  return {
    test(cells) {
      let filled = 0;
      let first = "";
      for (let i = 0; i < cells.length; i++) {
        if (isBlankCell(cells[i])) continue;
        if (++filled > mostlyEmpty) break;
        if (filled === 1) first = cells[i].trim();
      }
      if (filled === 1 && LEGEND_HEADING.test(first)) return (open = true);
      if (open && filled <= mostlyEmpty) return true;
      open = false;
      if (filled === 1 && explainsColumn(first, names)) return true;
      // a row that reads as a legend but holds a value too (an ID beside it) is a record: onlyLegendIn
      return filled <= mostlyEmpty && dataset !== undefined && onlyLegendIn(cells, names) && legendOfRow(cells, dataset, headers) !== null;
    },
  };
}

/** `種別：消火栓（公設）、防火水槽（40t以上）`: one of the file's column names, then what its values mean. */
function explainsColumn(text: string, names: ReadonlySet<string>): boolean {
  const parts = EXPLAINED.exec(text.normalize("NFKC"));
  return parts !== null && names.has(parts[1].replace(/\s/g, "")) && MEANINGS.test(parts[2]);
}
