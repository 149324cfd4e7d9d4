// A workbook cell of a URL or mail-address column that shows words (「詳細はこちら」, 「メールはこちら」) and links to
// the page or the address: what the link opens is the value, as a reader who clicks the cell gets it. Other columns
// keep what they show (a linked 名称 is a name).
import type { Dataset } from "../schemas/dataset.ts";
import { type Kind, kindOf } from "../schemas/types.ts";
import { type Issue, issue } from "./issues.ts";
import { isPrivateLink } from "./normalize/private-link.ts";

export interface LinkColumn {
  /** 0-based position in the file's row */
  at: number;
  key: string;
  /** the value a link gives this column, or null when the link is of another kind (a web page for a mail column) */
  valueOf: (target: string) => string | null;
  /** whether the cell already shows such a value */
  shows: (text: string) => boolean;
}

const WEB_ADDRESS = /^\s*https?:\/\//i;
const MAILTO = /^mailto:([^?]+)/i;
const MAIL_ADDRESS = /^\s*[^\s@]+@[^\s@]+\s*$/;

const LINKED_KINDS: Partial<Record<Kind, Pick<LinkColumn, "valueOf" | "shows">>> = {
  url: { valueOf: (target) => (WEB_ADDRESS.test(target) ? target : null), shows: (text) => WEB_ADDRESS.test(text) },
  email: {
    valueOf: (target) => {
      const address = MAILTO.exec(target)?.[1];
      return address === undefined ? null : decodeURIComponent(address);
    },
    shows: (text) => MAIL_ADDRESS.test(text),
  },
};

/** A link to a web page (not a mail address, not a place in the workbook); a map or a PDF is no facility's page. */
const WEB_PAGE = /^https?:\/\//i;
const NOT_A_PAGE = /\.pdf(?:$|[?#])|\/\/(?:www\.)?google\.[a-z.]+\/maps|\/\/maps\.(?:google\.[a-z.]+|app\.goo\.gl)\/|goo\.gl\/maps/i;

/** The page a linked name cell opens, its row's URL when the file has no URL column; undefined when it links to none,
 *  or to a page only the office can open (private-link.ts). */
export function pageLinkOf(target: string | undefined): string | undefined {
  return target !== undefined && WEB_PAGE.test(target) && !NOT_A_PAGE.test(target) && !isPrivateLink(target) ? target : undefined;
}

/** The columns of a file (by their canonical keys) whose value a link gives: web addresses and mail addresses. */
export function linkColumns(keys: readonly (string | null)[], dataset: Dataset): LinkColumn[] {
  const found: LinkColumn[] = [];
  keys.forEach((key, at) => {
    const column = key === null ? undefined : dataset.columnByKey.get(key);
    const linked = column === undefined ? undefined : LINKED_KINDS[kindOf(column.type)];
    if (key !== null && linked !== undefined) found.push({ at, key, ...linked });
  });
  return found;
}

/** The row's cells with each linked cell that does not show its value replaced by the link's; null when none is. */
export function withLinkTargets(cells: readonly string[], links: ReadonlyMap<number, string>, columns: readonly LinkColumn[],
  row: number): { cells: string[]; issues: Issue[] } | null {
  let out: string[] | null = null;
  const issues: Issue[] = [];
  for (const { at, key, valueOf, shows } of columns) {
    const target = links.get(at);
    const shown = cells[at] ?? "";
    if (target === undefined || shows(shown)) continue;
    let value: string | null;
    try {
      value = valueOf(target);
    } catch {
      value = null; // a mailto: address with a broken %-escape
    }
    if (value === null) continue;
    out ??= [...cells];
    out[at] = value;
    issues.push(issue("hyperlink_target", { row, field: key, value: shown }));
  }
  return out === null ? null : { cells: out, issues };
}
