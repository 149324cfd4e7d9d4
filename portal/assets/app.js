// Home: what the hub is, search over datasets and municipalities, dataset cards, and the coverage matrix.
import { ApiFailure, getJson } from "./api.js";
import { startPage } from "./chrome.js";
import { cellHref, coverageLegend, coverageMatrix, missingNote } from "./coverage.js";
import { $, el, pageUrl } from "./dom.js";
import { num, sampleBadge, statusBadge, when } from "./format.js";
import { label, pick, pickText, t } from "./i18n.js";
import { errorBox, loading } from "./notice.js";
import { searchCatalog } from "./search.js";

const state = { datasets: null, coverage: null, municipalities: null, error: null };

function datasetCard(d) {
  return el("li", { class: "card", attrs: { "data-dataset": d.id } },
    el("h3", {}, el("span", { class: "number" }, d.number), " ",
      el("a", { href: pageUrl("/dataset.html", { id: d.id }) }, pick(d.title_ja, d.title_en)),
      d.sample ? [" ", sampleBadge()] : null),
    el("p", { class: "description" }, pick(d.description_ja, d.description_en)),
    el("p", { class: "stats" },
      el("span", { class: "stat" }, t("card.municipalities", num(d.municipality_count))), " · ",
      el("span", { class: "stat" }, t("card.records", num(d.record_count)))),
    el("p", { class: "updated muted" }, t("card.updated"), " ", when(d.last_updated)));
}

/** Which data is bundled sample data: counted from the coverage cells, named by dataset, said plainly either way. */
function sampleNotice(coverage) {
  const cells = coverage.cells.filter((c) => c.sample);
  if (cells.length === 0) return el("p", { class: "notice notice-info", attrs: { "data-sample-pairs": "0" } }, t("home.sample_none"));
  const perDataset = new Map();
  for (const c of cells) perDataset.set(c.dataset_id, (perDataset.get(c.dataset_id) ?? 0) + 1);
  const municipalities = new Set(cells.map((c) => c.municipality_code));
  return el("div", { class: "notice notice-sample", attrs: { "data-sample-pairs": String(cells.length) } },
    el("p", { class: "notice-title" }, el("span", { class: "badge badge-sample" }, t("sample.badge")), " ", t("home.sample_title")),
    el("p", {}, t("home.sample_some", num(cells.length), num(municipalities.size), num(perDataset.size))),
    el("ul", { class: "sample-list" }, coverage.datasets.filter((d) => perDataset.has(d.id)).map((d) =>
      el("li", {}, el("a", { href: pageUrl("/dataset.html", { id: d.id }) }, pickText(d.title_ja, d.title_en)), " ",
        t("home.sample_count", num(perDataset.get(d.id)))))));
}

/** A municipality × dataset the query named both of: its coverage state, linking where its matrix cell does. */
function pairLink({ dataset: d, municipality: m }) {
  const cell = state.coverage?.cells.find((c) => c.municipality_code === m.code && c.dataset_id === d.id)
    ?? { municipality_code: m.code, dataset_id: d.id, status: "missing" };
  return [el("a", { href: cellHref(cell) }, pick(m.name_ja, m.name_en), " × ", pick(d.title_ja, d.title_en)), " ", statusBadge(cell.status)];
}

function searchResults(query) {
  const found = searchCatalog(query, { datasets: state.datasets ?? [], municipalities: state.municipalities ?? [] });
  if (found.words.length === 0) return [];
  const block = (titleKey, items, link) => items.length === 0 ? null : el("div", { class: "result-group" },
    el("h3", {}, label(titleKey), ` (${items.length})`), el("ul", {}, items.slice(0, 20).map((x) => el("li", {}, link(x)))));
  const groups = [
    block("search.pairs", found.pairs, pairLink),
    block("search.datasets", found.datasets, (d) => el("a", { href: pageUrl("/dataset.html", { id: d.id }) }, `${d.number} `, pick(d.title_ja, d.title_en))),
    block("search.municipalities", found.municipalities, (m) =>
      el("a", { href: pageUrl("/municipality.html", { code: m.code }) }, pick(m.name_ja, m.name_en), ` (${m.code})`)),
  ].filter(Boolean);
  return groups.length ? groups : [el("p", {}, t("search.none", query.trim()))];
}

function renderSearch() {
  $("search-results").replaceChildren(...searchResults($("search").value));
}

function render() {
  if (state.error) {
    $("dataset-cards").replaceChildren(errorBox(state.error));
    $("coverage-body").replaceChildren(errorBox(state.error));
    $("sample-notice").replaceChildren();
    return;
  }
  if (!state.datasets || !state.coverage) {
    $("dataset-cards").replaceChildren(loading());
    $("coverage-body").replaceChildren(loading());
    return;
  }
  $("dataset-cards").replaceChildren(el("ul", { class: "cards" }, state.datasets.map(datasetCard)));
  const c = state.coverage;
  $("sample-notice").replaceChildren(sampleNotice(c));
  $("coverage-legend").replaceChildren(coverageLegend(c.totals), missingNote());
  $("coverage-body").replaceChildren(coverageMatrix(c));
  if (performance.getEntriesByName("odh-ready").length === 0) performance.mark("odh-ready");   // bench/portal.bench.ts
  $("coverage-count").textContent = t("coverage.count", c.municipalities.length, c.datasets.length);
  renderSearch();
}

async function load() {
  try {
    const [datasets, coverage, municipalities] = await Promise.all([getJson("/datasets"), getJson("/coverage"), getJson("/municipalities")]);
    Object.assign(state, { datasets: datasets.items, coverage, municipalities: municipalities.items });
  } catch (err) {
    state.error = err instanceof ApiFailure ? err : new ApiFailure(0, String(err), String(err));
  }
  render();
}

$("search").addEventListener("input", renderSearch);
$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  $("search-results").querySelector("a")?.click();
});
startPage({ active: "/", render });
load();
