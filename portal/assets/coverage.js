// The coverage matrix: 62 municipalities (grouped 区部 / 多摩 / 島しょ) × standard datasets. Each cell carries a
// symbol and a word for its status (not colour alone) and links to the report page or the filtered dataset page.
import { el, pageUrl } from "./dom.js";
import { label, pick, pickText, t } from "./i18n.js";
import { num, STATUSES } from "./format.js";

export const AREAS = [["区部", "area.wards"], ["多摩", "area.tama"], ["島しょ", "area.islands"]];

/** Where a cell leads: the report when there is something to read about, else the dataset filtered to the town. */
export function cellHref(cell) {
  if (cell.status === "with_errors" || cell.status === "no_valid_rows" || cell.status === "failed") {
    return pageUrl("/report.html", { municipality: cell.municipality_code, dataset: cell.dataset_id });
  }
  return pageUrl("/dataset.html", { id: cell.dataset_id, municipality: cell.municipality_code });
}

function cellLabel(cell, muni, dataset) {
  const parts = [`${pickText(muni.name_ja, muni.name_en)} × ${pickText(dataset.title_ja, dataset.title_en)}: ${t(STATUSES[cell.status].key)}`];
  if (cell.status !== "missing") parts.push(t("coverage.cell.rows", num(cell.valid), num(cell.rows)));
  if (cell.sample) parts.push(t("sample.badge"));
  return parts.join(" / ");
}

function cellNode(cell, muni, dataset) {
  const text = cellLabel(cell, muni, dataset);
  return el("td", { class: `cell status-${cell.status}`, attrs: { "data-status": cell.status } },
    el("a", { href: cellHref(cell), title: text, attrs: { "aria-label": text } },
      el("span", { attrs: { "aria-hidden": "true" } }, STATUSES[cell.status].symbol),
      cell.sample ? el("span", { class: "sample-mark", attrs: { "aria-hidden": "true" } }, "S") : null));
}

export function coverageMatrix({ datasets, municipalities, cells }) {
  const byKey = new Map(cells.map((c) => [`${c.municipality_code}/${c.dataset_id}`, c]));
  const head = el("thead", {}, el("tr", {},
    el("th", { scope: "col", class: "corner" }, label("coverage.municipality")),
    datasets.map((d) => el("th", { scope: "col", class: "dataset-head" },
      el("a", { href: pageUrl("/dataset.html", { id: d.id }), title: pickText(d.title_ja, d.title_en) },
        el("span", { class: "vertical" }, pick(d.title_ja, d.title_en)))))));
  const bodies = AREAS.map(([area, key]) => {
    const list = municipalities.filter((m) => m.area === area);
    return el("tbody", { attrs: { "data-area": area } },
      el("tr", { class: "area-row" }, el("th", { scope: "rowgroup", colSpan: datasets.length + 1 }, label(key), ` (${list.length})`)),
      list.map((m) => el("tr", { attrs: { "data-code": m.code } },
        el("th", { scope: "row" }, el("a", { href: pageUrl("/municipality.html", { code: m.code }) }, pick(m.name_ja, m.name_en))),
        datasets.map((d) => cellNode(byKey.get(`${m.code}/${d.id}`) ?? { municipality_code: m.code, dataset_id: d.id, status: "missing", rows: 0, valid: 0 }, m, d)))));
  });
  return el("table", { class: "matrix", id: "coverage-matrix" },
    el("caption", { class: "visually-hidden" }, t("coverage.caption")), head, bodies);
}

const UNPUBLISHED = new Set(["missing", "failed", "no_valid_rows"]);

/** Where a data officer publishes a municipality's dataset themselves. */
export const uploadHref = (municipality, dataset) => pageUrl("/upload.html", { municipality, dataset });

/** Under a legend: what 未提供 means, and that an officer can upload. */
export const missingNote = () => el("p", { class: "hint missing-note" },
  el("span", { attrs: { "aria-hidden": "true" } }, STATUSES.missing.symbol), " ", t("missing.note"), " ",
  el("a", { href: "/upload.html" }, t("missing.upload_page")));

/** A municipality × dataset with no published records, said on the dataset page filtered to it: what the state
 *  means and what its data officer can do (upload it; a failed harvest or a file without valid rows: read the report). */
export function pairNotice(cell, muni, dataset) {
  if (!UNPUBLISHED.has(cell.status)) return null;
  const [m, d] = [pickText(muni.name_ja, muni.name_en), pickText(dataset.title_ja, dataset.title_en)];
  const title = el("p", { class: "notice-title" }, el("span", { attrs: { "aria-hidden": "true" } }, STATUSES[cell.status].symbol), " ", t(STATUSES[cell.status].key));
  if (cell.status === "missing") {
    return el("div", { class: "notice notice-info", attrs: { "data-pair-status": cell.status } }, title,
      el("p", {}, t("missing.explain", m, d)),
      el("p", {}, t("missing.officer", m), " ", el("a", { href: uploadHref(cell.municipality_code, cell.dataset_id) }, t("missing.upload", d))));
  }
  return el("div", { class: "notice notice-info", attrs: { "data-pair-status": cell.status } }, title,
    el("p", {}, t(`missing.${cell.status}`, m, d), " ", el("a", { href: cellHref(cell) }, t("missing.report"))));
}

export function coverageLegend(totals) {
  return el("ul", { class: "legend", attrs: { "aria-label": t("coverage.legend") } },
    Object.entries(STATUSES).map(([status, s]) => el("li", { class: `cell status-${status}` },
      el("span", { class: "swatch", attrs: { "aria-hidden": "true" } }, s.symbol), " ", t(s.key),
      totals ? ` (${num(totals[status])})` : null)),
    el("li", { class: "legend-sample" }, el("span", { class: "swatch sample-mark", attrs: { "aria-hidden": "true" } }, "S"), " ", t("sample.legend")));
}
