// Dataset page (/dataset.html?id=aed&municipality=131041&q=…): description, filters, map, paged table preview,
// downloads, copy-ready API examples and the schema table.
import { ApiFailure, apiUrl, getJson } from "./api.js";
import { startPage } from "./chrome.js";
import { codeBlock } from "./copy.js";
import { AREAS, pairNotice } from "./coverage.js";
import { $, el, fill, pageUrl, params } from "./dom.js";
import { cellText, num, REQUIREMENTS, sampleBadge, when } from "./format.js";
import { pick, pickText, t } from "./i18n.js";
import { createRecordMap } from "./map.js";
import { errorBox, loading } from "./notice.js";
import { recordsTable } from "./table.js";

const PAGE_SIZE = 20;
/** The API's largest page: the JSON download, and each of the pages the map reads. */
const MAX_PAGE = 1000;
const id = params().get("id") ?? "";
const state = {
  detail: null, municipalities: [], error: null,
  pair: null,   // the coverage cell of the filtered municipality when it has no published records of this dataset
  filter: { municipality: params().get("municipality") ?? "", q: params().get("q") ?? "" },
  table: { page: null, error: null, loading: true, stack: [], current: null },
};
let map = null;
let mapLoad = null;   // the map's load under way, aborted when the filter changes

const enc = encodeURIComponent;
const filterQuery = (extra = {}) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries({ municipality: state.filter.municipality, q: state.filter.q.trim(), ...extra })) if (v !== "" && v !== undefined) s.set(k, String(v));
  return s.toString();
};
const recordsPath = (extra) => `/datasets/${enc(id)}/records?${filterQuery(extra)}`;
const recordUrl = (rid) => `/api/v1/datasets/${enc(id)}/records/${enc(rid)}`;

function renderHead() {
  const d = state.detail;
  document.body.classList.toggle("load-failed", !!state.error);
  if (state.error) return $("dataset-head").replaceChildren(el("h1", {}, t("page.dataset")), errorBox(state.error));
  if (!d) return $("dataset-head").replaceChildren(loading());
  const licenses = d.licenses.length ? d.licenses.join(", ") : "—";
  fill($("dataset-head"),
    el("p", { class: "breadcrumb" }, el("a", { href: "/#datasets" }, t("nav.datasets")), " › ", `${d.number} ${pickText(d.title_ja, d.title_en)}`),
    el("h1", {}, el("span", { class: "number" }, d.number), " ", pick(d.title_ja, d.title_en), d.sample ? [" ", sampleBadge()] : null),
    el("p", { class: "lead" }, pick(d.description_ja, d.description_en)),
    d.sample ? el("p", { class: "notice notice-sample" }, t("sample.dataset_notice")) : null,
    el("dl", { class: "facts" },
      el("div", {}, el("dt", {}, t("facts.municipalities")), el("dd", {}, num(d.municipality_count))),
      el("div", {}, el("dt", {}, t("facts.records")), el("dd", {}, num(d.record_count))),
      el("div", {}, el("dt", {}, t("facts.updated")), el("dd", {}, when(d.last_updated))),
      el("div", {}, el("dt", {}, t("facts.licenses")), el("dd", {}, licenses)),
      el("div", {}, el("dt", {}, t("facts.schema")), el("dd", {}, el("a", { href: `/api/v1/schemas/${enc(d.id)}` }, "JSON Schema")))));
  document.title = `${pickText(d.title_ja, d.title_en)} | ${t("site.name")}`;
}

function renderFilterOptions() {
  const select = $("f-municipality");
  const withData = new Set(state.detail?.municipalities ?? []);
  const options = [el("option", { value: "" }, t("filter.all"))];
  for (const [area, key] of AREAS) {
    const list = state.municipalities.filter((m) => m.area === area);
    if (list.length) {
      options.push(el("optgroup", { label: t(key) }, list.map((m) =>
        el("option", { value: m.code }, `${pickText(m.name_ja, m.name_en)} (${m.code})${withData.has(m.code) ? "" : ` — ${t("filter.no_data")}`}`))));
    }
  }
  select.replaceChildren(...options);
  select.value = state.filter.municipality;
  $("f-q").value = state.filter.q;
}

function renderPairNotice() {
  const muni = state.municipalities.find((m) => m.code === state.pair?.municipality_code);
  fill($("pair-notice"), state.pair && muni && state.detail ? pairNotice(state.pair, muni, state.detail) : null);
}

/** Filtered to a municipality without records of this dataset: its coverage cell says why (未提供, 取得失敗 …). */
async function loadPair() {
  const code = state.filter.municipality;
  state.pair = null;
  renderPairNotice();
  if (!code || state.detail.municipalities.includes(code)) return;
  try {
    const coverage = await getJson(`/coverage?municipality=${enc(code)}`);
    if (state.filter.municipality !== code) return;   // the filter moved on while this was loading
    state.pair = coverage.cells.find((c) => c.dataset_id === id) ?? null;
  } catch {
    return;   // the notice only explains; the table already says there are no records, or shows the error
  }
  renderPairNotice();
}

function renderTable() {
  const { page, error, loading: busy, stack } = state.table;
  $("prev-page").disabled = busy || stack.length === 0;
  $("next-page").disabled = busy || !page?.next_url;
  if (error) {
    $("records-status").replaceChildren();
    return $("records").replaceChildren(errorBox(error));
  }
  if (!page || !state.detail) return $("records").replaceChildren(loading());
  const from = stack.length * PAGE_SIZE + 1;
  $("records-status").textContent = page.items.length ? t("table.range", num(from), num(from + page.items.length - 1), num(page.total)) : "";
  if (page.items.length === 0) return $("records").replaceChildren(el("p", { class: "empty" }, t("table.empty")));
  $("records").replaceChildren(recordsTable(page.items, state.detail.columns,
    { caption: t("table.caption", pickText(state.detail.title_ja, state.detail.title_en)), recordUrl }));
}

function renderDownloads() {
  if (!state.detail) return $("downloads").replaceChildren();
  const link = (key, format, extra, file) => el("a", { class: "button", href: `/api/v1${recordsPath({ format, ...extra })}`, download: file,
    attrs: { "data-format": format + (extra.headers ? `-${extra.headers}` : "") } }, t(key));
  $("downloads").replaceChildren(
    el("p", {}, state.filter.municipality || state.filter.q ? t("download.filtered") : t("download.all")),
    el("div", { class: "button-row" },
      link("download.csv", "csv", {}, `${id}.csv`),
      link("download.csv_en", "csv", { headers: "en" }, `${id}-en.csv`),
      link("download.geojson", "geojson", {}, `${id}.geojson`),
      link("download.json", "json", { limit: MAX_PAGE }, `${id}.json`)),
    el("p", { class: "hint" }, t("download.hint")));
}

function renderExamples() {
  if (!state.detail) return $("api-examples").replaceChildren();
  const url = apiUrl(recordsPath({ limit: 10 }));
  const geo = apiUrl(recordsPath({ format: "geojson" }));
  const fetchCode = [
    `const res = await fetch(${JSON.stringify(url)});`,
    "const { items, total, next_url } = await res.json();",
    "for (const item of items) {",
    "  console.log(item.municipality_name_ja, item.record.name, item.record.latitude, item.record.longitude);",
    "}",
    "// next_url: the next page (null on the last one)",
  ].join("\n");
  $("api-examples").replaceChildren(
    codeBlock(t("api.curl"), `curl '${url}'`, "example-curl"),
    codeBlock(t("api.geojson"), `curl -o ${id}.geojson '${geo}'`, "example-geojson"),
    codeBlock(t("api.fetch"), fetchCode, "example-fetch"),
    el("p", {}, el("a", { href: "/docs" }, t("api.docs")), " · ", el("a", { href: `/api/v1/datasets/${enc(id)}` }, t("api.detail"))));
}

function renderSchema() {
  const d = state.detail;
  if (!d) return $("schema").replaceChildren();
  $("schema").replaceChildren(el("table", { class: "schema" },
    el("caption", {}, t("schema.caption", d.columns.length)),
    el("thead", {}, el("tr", {}, ["schema.key", "schema.ja", "schema.en", "schema.kind", "schema.requirement"].map((k) => el("th", { scope: "col" }, t(k))))),
    el("tbody", {}, d.columns.map((c) => el("tr", {},
      el("td", {}, el("code", {}, c.key)), el("td", { lang: "ja" }, c.ja), el("td", { lang: "en" }, c.en), el("td", {}, c.kind),
      el("td", { class: `req req-${c.requirement}` }, t(REQUIREMENTS[c.requirement])))))));
}

function render() {
  renderHead();
  renderFilterOptions();
  renderPairNotice();
  renderTable();
  map?.renderNotice();
  renderDownloads();
  renderExamples();
  renderSchema();
}

async function loadTable(url, stack) {
  state.table = { ...state.table, loading: true, error: null, stack };
  renderTable();
  try {
    state.table = { ...state.table, page: await getJson(url), current: url, loading: false };
  } catch (err) {
    state.table = { ...state.table, error: err, loading: false };
  }
  renderTable();
}

/** Whether the dataset's records have a point to put on a map (population has none: no map at all). */
const hasPoints = (detail) => detail.columns.some((c) => c.key === "latitude");

/** Every point of the filter, a page of format=points at a time: the first page is on the map at once, and the
 *  table, a new filter and other requests are answered between pages (one request for all would hold the embedded
 *  database for as long as it takes). */
async function loadMap() {
  if (!map) return;
  mapLoad?.abort();
  const load = mapLoad = new AbortController();
  let url = recordsPath({ format: "points", limit: MAX_PAGE });
  try {
    for (let first = true; url; first = false) {
      const page = await getJson(url, { signal: load.signal });
      if (load.signal.aborted) return;
      if (first) map.start(page.total);
      map.add(page);
      url = page.next_url;
    }
    map.finish();
  } catch (err) {
    if (err?.name !== "AbortError") $("map-notice").replaceChildren(errorBox(err));
  }
}

function applyFilter() {
  history.replaceState(null, "", pageUrl("/dataset.html", { id, municipality: state.filter.municipality, q: state.filter.q.trim() }));
  renderDownloads();
  renderExamples();
  loadPair();
  loadTable(recordsPath({ limit: PAGE_SIZE }), []);
  loadMap();
}

$("filter-form").addEventListener("submit", (event) => {
  event.preventDefault();
  state.filter = { municipality: $("f-municipality").value, q: $("f-q").value };
  applyFilter();
});
$("f-municipality").addEventListener("change", () => {
  state.filter = { municipality: $("f-municipality").value, q: $("f-q").value };
  applyFilter();
});
$("f-reset").addEventListener("click", () => {
  state.filter = { municipality: "", q: "" };
  renderFilterOptions();
  applyFilter();
});
$("next-page").addEventListener("click", () => {
  const { page, current, stack } = state.table;
  if (page?.next_url) loadTable(page.next_url, [...stack, current]);
});
$("prev-page").addEventListener("click", () => {
  const stack = [...state.table.stack];
  const previous = stack.pop();
  if (previous) loadTable(previous, stack);
});

async function load() {
  if (!id) {
    state.error = new ApiFailure(400, "データセットが指定されていません（例: /dataset.html?id=aed）。", "No dataset given (e.g. /dataset.html?id=aed).");
    return render();
  }
  try {
    const [detail, municipalities] = await Promise.all([getJson(`/datasets/${enc(id)}`), getJson("/municipalities")]);
    Object.assign(state, { detail, municipalities: municipalities.items });
  } catch (err) {
    state.error = err;
    return render();
  }
  render();
  if (hasPoints(state.detail)) map = createRecordMap($("map"), $("map-notice"), { popup: markerPopup });
  else $("map").closest("section").hidden = true;
  applyFilter();
}

function markerPopup(point) {
  const muni = state.municipalities.find((m) => m.code === point.municipality_code);
  return el("div", { class: "popup" },
    el("strong", {}, cellText(point.name)),
    el("div", {}, cellText(point.full_address)),
    muni ? el("div", { class: "muted" }, pickText(muni.name_ja, muni.name_en)) : null,
    el("a", { href: recordUrl(String(point.record_id)) }, t("map.record_link")));
}

startPage({ active: "/#datasets", render });
load();
