// The records preview table: municipality, then the dataset's columns that hold a value on this page, in schema
// order (name and address first). Headers follow the language: official Japanese names or official English names.
import { el } from "./dom.js";
import { cellText } from "./format.js";
import { getLang, pick, t } from "./i18n.js";

const FIRST = ["name", "full_address"];
const HIDDEN = new Set(["local_government_code", "local_government_name"]);

export function visibleColumns(columns, items) {
  const used = columns.filter((c) => !HIDDEN.has(c.key) && items.some((i) => cellText(i.record[c.key]) !== ""));
  return [...used.filter((c) => FIRST.includes(c.key)).sort((a, b) => FIRST.indexOf(a.key) - FIRST.indexOf(b.key)),
    ...used.filter((c) => !FIRST.includes(c.key))];
}

export function recordsTable(items, columns, { caption, recordUrl }) {
  const shown = visibleColumns(columns, items);
  const head = el("tr", {},
    el("th", { scope: "col" }, t("table.municipality")),
    shown.map((c) => el("th", { scope: "col", title: c.key }, getLang() === "ja" ? c.ja : c.en)),
    el("th", { scope: "col" }, t("table.record")));
  const rows = items.map((item) => el("tr", { attrs: { "data-record": item.record_id } },
    el("td", { class: "nowrap" }, pick(item.municipality_name_ja, item.municipality_name_en)),
    shown.map((c) => el("td", { attrs: { "data-key": c.key } }, cellText(item.record[c.key]))),
    el("td", {}, el("a", { href: recordUrl(item.record_id), class: "mono" }, item.record_id))));
  return el("table", { class: "records" }, el("caption", {}, caption), el("thead", {}, head), el("tbody", {}, rows));
}
