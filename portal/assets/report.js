// Report page (/report.html?municipality=131041&dataset=aed): the latest stored validation report of one
// municipality's dataset, for the data officer.
import { ApiFailure, getJson } from "./api.js";
import { startPage } from "./chrome.js";
import { $, el, fill, pageUrl, params } from "./dom.js";
import { label, pick, pickText, t } from "./i18n.js";
import { errorBox, loading } from "./notice.js";
import { reportView } from "./report-view.js";

const municipality = params().get("municipality") ?? "";
const datasetId = params().get("dataset") ?? "";
const state = { report: null, muni: null, dataset: null, error: null };
const enc = encodeURIComponent;

function render() {
  const { muni, dataset } = state;
  fill($("report-head"),
    el("p", { class: "breadcrumb" },
      el("a", { href: "/#coverage" }, t("nav.coverage")), " › ",
      muni ? el("a", { href: pageUrl("/municipality.html", { code: muni.code }) }, pick(muni.name_ja, muni.name_en)) : municipality, " › ",
      dataset ? el("a", { href: pageUrl("/dataset.html", { id: dataset.id, municipality }) }, pick(dataset.title_ja, dataset.title_en)) : datasetId),
    el("h1", {}, label("page.report")),
    muni || dataset ? el("p", { class: "lead" },
      muni ? pick(muni.name_ja, muni.name_en) : municipality, " — ", dataset ? pick(dataset.title_ja, dataset.title_en) : datasetId) : null);
  if (muni && dataset) document.title = `${t("page.report")}: ${pickText(muni.name_ja, muni.name_en)} ${pickText(dataset.title_ja, dataset.title_en)} | ${t("site.name")}`;
  if (state.error) return $("report-body").replaceChildren(errorBox(state.error, "report.not_available"));
  if (!state.report) return $("report-body").replaceChildren(loading());
  const { version_id, created_at, source_url, status, origin, ...report } = state.report;
  $("report-body").replaceChildren(reportView(report, {
    columns: dataset?.columns ?? null, version_id, created_at, source_url, status, origin,
    datasetTitle: dataset ? pickText(dataset.title_ja, dataset.title_en) : null,
    csvUrl: `/api/v1/reports/${enc(municipality)}/${enc(datasetId)}?format=csv`,
  }));
}

async function load() {
  if (!municipality || !datasetId) {
    state.error = new ApiFailure(400, "municipality と dataset を指定してください（例: /report.html?municipality=131041&dataset=aed）。",
      "Give municipality and dataset (e.g. /report.html?municipality=131041&dataset=aed).");
    return render();
  }
  const [report, muni, dataset] = await Promise.allSettled([
    getJson(`/reports/${enc(municipality)}/${enc(datasetId)}`), getJson(`/municipalities/${enc(municipality)}`), getJson(`/datasets/${enc(datasetId)}`)]);
  state.muni = muni.status === "fulfilled" ? muni.value : null;
  state.dataset = dataset.status === "fulfilled" ? dataset.value : null;
  if (report.status === "fulfilled") state.report = report.value;
  else state.error = report.reason;
  render();
}

startPage({ active: null, render });
load();
