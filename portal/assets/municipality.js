// Municipality page (/municipality.html?code=131041): each standard dataset with its status, last harvest and
// validation summary, linking to the records and to the report.
import { ApiFailure, getJson } from "./api.js";
import { startPage } from "./chrome.js";
import { AREAS, coverageLegend, missingNote, uploadHref } from "./coverage.js";
import { $, el, pageUrl, params } from "./dom.js";
import { num, percent, sampleBadge, statusBadge, when } from "./format.js";
import { label, pick, pickText, t } from "./i18n.js";
import { errorBox, loading } from "./notice.js";

const code = params().get("code") ?? "";
const state = { muni: null, coverage: null, error: null };

function datasetRow(dataset, cell) {
  const hasReport = cell.status !== "missing";
  return el("tr", { attrs: { "data-dataset": dataset.id, "data-status": cell.status } },
    el("th", { scope: "row" }, el("a", { href: pageUrl("/dataset.html", { id: dataset.id, municipality: code }) }, pick(dataset.title_ja, dataset.title_en)),
      cell.sample ? [" ", sampleBadge()] : null),
    // data-label: on a phone the rows stack and each cell says what it is
    el("td", { class: `cell status-${cell.status}`, attrs: { "data-label": t("muni.h.status") } }, statusBadge(cell.status)),
    el("td", { class: "num", attrs: { "data-label": t("muni.h.rows") } }, hasReport ? num(cell.rows) : "—"),
    el("td", { class: "num", attrs: { "data-label": t("muni.h.valid") } }, hasReport ? num(cell.valid) : "—"),
    el("td", { class: "num", attrs: { "data-label": t("muni.h.invalid") } }, hasReport ? num(cell.invalid) : "—"),
    el("td", { class: "num", attrs: { "data-label": t("muni.h.share") } }, percent(cell.valid_share)),
    el("td", { attrs: { "data-label": t("muni.h.updated") } }, when(cell.last_updated)),
    el("td", { attrs: { "data-label": t("muni.h.harvest") } }, when(cell.last_harvest)),
    el("td", { class: "last-error", attrs: { "data-label": t("muni.h.error") } }, cell.last_error ?? null),
    el("td", { attrs: { "data-label": t("muni.h.report") } }, hasReport
      ? el("a", { href: pageUrl("/report.html", { municipality: code, dataset: dataset.id }) }, t("muni.report"))
      : el("a", { href: uploadHref(code, dataset.id) }, t("muni.upload"))));
}

function render() {
  if (state.error) {
    $("municipality-head").replaceChildren(el("h1", {}, label("page.municipality")), errorBox(state.error));
    return $("municipality-datasets").replaceChildren();
  }
  if (!state.muni || !state.coverage) return $("municipality-datasets").replaceChildren(loading());
  const m = state.muni;
  const { datasets, cells, totals } = state.coverage;
  document.title = `${pickText(m.name_ja, m.name_en)} | ${t("site.name")}`;
  $("municipality-head").replaceChildren(
    el("p", { class: "breadcrumb" }, el("a", { href: "/#coverage" }, t("nav.coverage")), " › ", t(AREAS.find(([area]) => area === m.area)?.[1] ?? "area.wards")),
    el("h1", {}, el("span", { lang: "ja" }, m.name_ja), " ", el("span", { class: "alt", lang: "en" }, m.name_en)),
    el("dl", { class: "facts" },
      el("div", {}, el("dt", {}, t("muni.code")), el("dd", {}, el("code", {}, m.code))),
      el("div", {}, el("dt", {}, t("muni.kana")), el("dd", { lang: "ja" }, m.name_kana)),
      el("div", {}, el("dt", {}, t("muni.published")), el("dd", {}, t("muni.published_count", num(totals.published + totals.with_errors), num(datasets.length))))));
  $("municipality-legend").replaceChildren(coverageLegend(totals), missingNote());
  const byDataset = new Map(cells.map((c) => [c.dataset_id, c]));
  $("municipality-datasets").replaceChildren(el("table", { class: "municipality-table" },
    el("caption", { class: "visually-hidden" }, t("muni.caption", pickText(m.name_ja, m.name_en))),
    el("thead", {}, el("tr", {}, ["muni.h.dataset", "muni.h.status", "muni.h.rows", "muni.h.valid", "muni.h.invalid", "muni.h.share",
      "muni.h.updated", "muni.h.harvest", "muni.h.error", "muni.h.report"].map((k) => el("th", { scope: "col" }, t(k))))),
    el("tbody", {}, datasets.map((d) => datasetRow(d, byDataset.get(d.id) ?? { status: "missing", rows: 0, valid: 0, invalid: 0, valid_share: null })))));
}

async function load() {
  if (!code) {
    state.error = new ApiFailure(400, "団体コードを指定してください（例: /municipality.html?code=131041）。", "Give a municipality code (e.g. /municipality.html?code=131041).");
    return render();
  }
  try {
    const enc = encodeURIComponent(code);
    const [muni, coverage] = await Promise.all([getJson(`/municipalities/${enc}`), getJson(`/coverage?municipality=${enc}`)]);
    Object.assign(state, { muni, coverage });
  } catch (err) {
    state.error = err;
  }
  render();
}

startPage({ active: null, render });
load();
