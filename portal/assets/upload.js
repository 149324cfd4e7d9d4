// Upload page: choose municipality, dataset, token and file; a dry run first shows the report (the same renderer
// as the report page); "publish" is enabled only when that dry run was clean and nothing changed since.
import { ApiFailure, getJson, getUploadCsv, postUpload } from "./api.js";
import { startPage } from "./chrome.js";
import { AREAS } from "./coverage.js";
import { $, el, pageUrl, params } from "./dom.js";
import { pickText, t } from "./i18n.js";
import { errorBox } from "./notice.js";
import { isClean, reportView } from "./report-view.js";

const state = {
  municipalities: [], datasets: [], loadError: null,
  busy: false, result: null, failure: null, cleanFor: null, outcome: null,
  columns: new Map(),   // dataset id → columns, to name the fields in a report
};

/** What the form would send: a dry run's clean verdict holds only for exactly this. */
function selection() {
  const file = $("u-file").files?.[0] ?? null;
  return {
    municipality: $("u-municipality").value, dataset: $("u-dataset").value, token: $("u-token").value.trim(), file,
    key: file ? [$("u-municipality").value, $("u-dataset").value, file.name, file.size, file.lastModified].join("|") : null,
  };
}

function renderSelects() {
  const m = $("u-municipality"), d = $("u-dataset");
  const mValue = m.value || params().get("municipality") || "", dValue = d.value || params().get("dataset") || "auto";
  m.replaceChildren(el("option", { value: "" }, t("upload.choose")), ...AREAS.map(([area, key]) =>
    el("optgroup", { label: t(key) }, state.municipalities.filter((x) => x.area === area)
      .map((x) => el("option", { value: x.code }, `${pickText(x.name_ja, x.name_en)} (${x.code})`)))));
  d.replaceChildren(el("option", { value: "auto" }, t("upload.auto")),
    ...state.datasets.map((x) => el("option", { value: x.id }, `${x.number} ${pickText(x.title_ja, x.title_en)}`)));
  m.value = mValue;
  d.value = dValue;
}

function renderButtons() {
  const s = selection();
  $("u-validate").disabled = state.busy;
  $("u-publish").disabled = state.busy || !s.key || state.cleanFor !== s.key || !s.token;
}

function renderResult() {
  const message = $("upload-message");
  if (state.busy) message.replaceChildren(el("p", { class: "loading" }, t("upload.working")));
  else if (state.failure) message.replaceChildren(errorBox(state.failure, "upload.refused"));
  else if (state.outcome) message.replaceChildren(state.outcome());
  else message.replaceChildren();
  const section = $("upload-report-section");
  section.hidden = !state.result;
  if (state.result) {
    const { report, upload_id: uploadId } = state.result;
    $("upload-report").replaceChildren(reportView(report, {
      columns: state.columns.get(report.dataset) ?? null, datasetTitle: datasetTitle(report.dataset),
      csvAction: () => downloadCsv(uploadId, state.result.token),
    }));
  }
}

function render() {
  if (state.loadError) return $("upload-message").replaceChildren(errorBox(state.loadError));
  renderSelects();
  renderButtons();
  renderResult();
}

function datasetTitle(id) {
  const d = state.datasets.find((x) => x.id === id);
  return d ? pickText(d.title_ja, d.title_en) : id;
}

/** With 自動判定: which dataset the file was read as, and from what. */
function detectedNote(result, s) {
  const { detection, dataset } = result.report;
  if (s.dataset !== "auto" || !detection || !dataset) return null;
  return el("p", { class: "notice", attrs: { "data-detected": dataset } },
    t("upload.detected", datasetTitle(dataset), `${t(`report.detection.${detection.by}`)}: ${detection.detail}`));
}

async function downloadCsv(uploadId, token) {
  try {
    const { blob, name } = await getUploadCsv({ uploadId, token });
    const a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  } catch (err) {
    state.failure = err instanceof ApiFailure ? err : new ApiFailure(0, String(err), String(err));
    renderResult();
  }
}

function outcomeFor(result, s) {
  const clean = isClean(result.report);
  const detected = detectedNote(result, s);
  if (result.dry_run) {
    return () => el("div", {}, detected,
      el("p", { class: `notice ${clean ? "notice-ok" : "notice-error"}` }, clean ? t("upload.dry_clean") : t("upload.dry_errors")));
  }
  const links = () => el("p", {},
    el("a", { href: pageUrl("/dataset.html", { id: result.report.dataset, municipality: s.municipality }) }, t("upload.see_records")), " · ",
    el("a", { href: pageUrl("/report.html", { municipality: s.municipality, dataset: result.report.dataset }) }, t("upload.see_report")));
  return () => el("div", { class: `notice ${result.status === "published" || result.status === "unchanged" ? "notice-ok" : "notice-error"}` },
    el("p", {}, t(`upload.status.${result.status}`)), result.status === "published" || result.status === "unchanged" ? links() : null);
}

async function send(dryRun) {
  const s = selection();
  if (!s.municipality || !s.token || !s.file) {
    state.failure = new ApiFailure(400, "区市町村・トークン・ファイルをすべて指定してください。", "Choose a municipality, enter the token and pick a file.");
    state.result = null;
    return render();
  }
  Object.assign(state, { busy: true, failure: null, outcome: null, result: null });
  if (dryRun) state.cleanFor = null;
  render();
  try {
    const result = await postUpload({ ...s, dryRun });
    await loadColumns(result.report.dataset);
    state.result = { ...result, token: s.token };
    state.outcome = outcomeFor(result, s);
    state.cleanFor = dryRun && isClean(result.report) ? s.key : null;
  } catch (err) {
    state.failure = err instanceof ApiFailure ? err : new ApiFailure(0, String(err), String(err));
    state.cleanFor = null;
  }
  state.busy = false;
  render();
  $("upload-message").focus?.();
}

$("upload-form").addEventListener("submit", (event) => {
  event.preventDefault();
  send(true);
});
$("u-publish").addEventListener("click", () => send(false));
for (const id of ["u-municipality", "u-dataset", "u-file", "u-token"]) {
  $(id).addEventListener(id === "u-token" ? "input" : "change", renderButtons);
}

async function loadColumns(id) {
  if (!id || state.columns.has(id)) return;
  try {
    state.columns.set(id, (await getJson(`/datasets/${encodeURIComponent(id)}`)).columns);
  } catch {
    // the report still shows field keys without their Japanese names
  }
}

async function load() {
  try {
    const [municipalities, datasets] = await Promise.all([getJson("/municipalities"), getJson("/datasets")]);
    state.municipalities = municipalities.items;
    state.datasets = datasets.items;
  } catch (err) {
    state.loadError = err;
  }
  render();
}

startPage({ active: "/upload.html", render });
load();
