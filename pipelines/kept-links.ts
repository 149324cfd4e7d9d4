// A workbook cell that links somewhere its column does not publish: 備考 「設置場所の地図」 opening a map PDF, 設置位置
// 「受付」 opening a photo. The cell's text is its column's value; the address, which no column took, would be lost
// unsaid. It is kept in the column's text column (its own for 備考, else the general 備考, after the column's name), as
// `設置場所の地図（https://…/map1.pdf）`, and said. Links a column took (a URL or mail column, a name's page taken as
// the row's URL) and cells that show an address (their own value) are left alone. A link only the office can open
// (\\server\share, http://192.168.…, private-link.ts) is never kept: it is said, so the officer can give a public one.
import type { Dataset } from "../schemas/dataset.ts";
import { type Issue, issue } from "./issues.ts";
import { keepInRemarks, textColumnOf } from "./normalize/kept-cells.ts";
import { isPrivateLink } from "./normalize/private-link.ts";
import { labelledText } from "./normalize/text.ts";

/** A web page or a mail address (mailto:, as the address); a place in another file or the workbook is not kept. */
function addressOf(target: string): string | null {
  if (/^https?:\/\//i.test(target) || isPrivateLink(target)) return target;
  const mail = /^mailto:([^?]+)/i.exec(target)?.[1];
  if (mail === undefined) return null;
  try {
    return decodeURIComponent(mail);
  } catch {
    return mail;
  }
}

/** Whether a cell shows an address of its own (`https://…/okubo` linking to `…/okubo?from=list`): that is its value. */
const showsAddress = (shown: string) => /https?:\/\/|^[^\s@]+@[^\s@]+$/i.test(shown);

/** Whether the record publishes the address already, in any of its text values. */
const published = (record: Readonly<Record<string, unknown>>, address: string) =>
  Object.values(record).some((v) => typeof v === "string" && v.includes(address));

/**
 * Keeps in `record` the address of each linked cell of `cells` (0-based column → target in `links`) that the record
 * does not publish, and returns the issues saying so. `keys`: the canonical key of each column (null: not a field).
 */
export function keepLinkAddresses(record: Record<string, unknown>, cells: readonly string[], links: ReadonlyMap<number, string>,
  keys: readonly (string | null)[], dataset: Dataset, row: number): Issue[] {
  const issues: Issue[] = [];
  for (const [at, target] of links) {
    const key = keys[at];
    const column = key == null ? undefined : dataset.columnByKey.get(key);
    const shown = (cells[at] ?? "").trim();
    const address = addressOf(target);
    if (key == null || column === undefined || shown === "" || address === null || showsAddress(shown) || published(record, address)) continue;
    if (isPrivateLink(address)) {
      issues.push(issue("link_private", { row, field: key, value: shown, detail: address }));
      continue;
    }
    const keepIn = textColumnOf(dataset, column);
    if (keepIn === undefined) continue;
    const withAddress = `${shown}（${address}）`;
    const held = record[keepIn];
    if (keepIn === key && typeof held === "string" && held.includes(shown)) record[key] = held.replace(shown, withAddress);
    else if (!keepInRemarks({ record }, keepIn, keepIn === "remarks" && key !== "remarks" ? labelledText(column.ja, withAddress) : withAddress)) continue;
    issues.push(issue("link_kept", { row, field: key, value: shown, detail: address }));
  }
  return issues;
}
