// The validation report renderer, shared by the report page and the upload page. For the data officer: a verdict,
// the summary, how each header was mapped, and the issues grouped by field with row, value and the fix (ja + en).
import { el, safeLink } from "./dom.js";
import { num, severityBadge, when } from "./format.js";
import { getLang, label, t } from "./i18n.js";

const MAX_ROWS_PER_GROUP = 200;
const METHODS = { exact: "method.exact", alias: "method.alias", fuzzy: "method.fuzzy", none: "method.none" };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

export const errorCount = (report) => report.issues.filter((i) => i.severity === "error").length;

/** Clean means: readable, at least one valid row, and no issue of severity error. */
export const isClean = (report) => errorCount(report) === 0 && report.valid > 0;

/** The row a spreadsheet shows for data row `row` (the one the message names): pipelines/report.ts lineOf. */
export function sheetLine(report, row) {
  const spans = report.sheets ?? [];
  const span = spans.find((s) => row <= s.last_row) ?? spans.at(-1);
  if (span === undefined) return { line: (report.header_row ?? 0) + row };
  return { line: span.header_row + 1 + row - span.first_row, sheet: span.name };
}

function rowText(report, row) {
  if (row === null) return "—";
  const { line, sheet } = sheetLine(report, row);
  return sheet ? `${sheet} ${line}` : String(line);
}

const ENCODINGS = { "utf-8": "UTF-8", "utf-8-bom": "UTF-8（BOM付き）", shift_jis: "Shift_JIS", "euc-jp": "EUC-JP", "iso-2022-jp": "ISO-2022-JP（JIS）", "utf-16le": "UTF-16", "utf-16be": "UTF-16" };
export const encodingText = (encoding) => encoding === "xlsx" ? t("report.encoding.xlsx") : ENCODINGS[encoding] ?? encoding ?? "—";

function detectionText(detection) {
  const how = t(`report.detection.${detection.by}`);
  return detection.by === "option" ? how : t("report.detection.with_detail", how, detection.detail);
}

/** A standard column by its official name in the page's language (名称 / name), with its key unless that is the name. */
function columnName(columns, key) {
  const c = columns?.find((x) => x.key === key);
  if (!c) return [el("code", {}, key)];
  if (getLang() === "ja") return [el("span", { lang: "ja" }, c.ja), " ", el("code", {}, key)];
  return [el("span", {}, c.en), c.en === key ? null : [" ", el("code", {}, key)]];
}

function verdict(report) {
  const errors = errorCount(report);
  const clean = isClean(report);
  return el("div", { class: `verdict ${clean ? "verdict-ok" : "verdict-bad"}`, attrs: { role: "status" } },
    el("span", { class: "symbol", attrs: { "aria-hidden": "true" } }, clean ? "✓" : "✕"), " ",
    clean ? t("report.clean") : report.valid === 0 && errors > 0 ? t("report.unusable", num(errors)) : t("report.has_errors", num(report.invalid), num(errors)));
}

function summary(report, extra) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of report.issues) counts[i.severity] = (counts[i.severity] ?? 0) + 1;
  const item = (key, value) => el("div", {}, el("dt", {}, t(key)), el("dd", {}, value));
  return el("dl", { class: "facts report-summary" },
    item("report.rows", num(report.rows)),
    item("report.valid", num(report.valid)),
    item("report.invalid", num(report.invalid)),
    item("report.errors", num(counts.error)),
    item("report.warnings", num(counts.warning)),
    item("report.infos", num(counts.info)),
    item("report.encoding", encodingText(report.encoding)),
    item("report.dataset", extra.datasetTitle ? t("report.dataset.titled", extra.datasetTitle, report.dataset) : report.dataset ?? "—"),
    report.detection ? item("report.detection", detectionText(report.detection)) : null,
    extra.origin ? item("report.origin", t(`report.origin.${extra.origin}`)) : null,
    extra.status ? item("report.status", t(`report.status.${extra.status}`)) : null,
    extra.version_id ? item("report.version", `#${extra.version_id}`) : null,
    extra.created_at ? item("report.created", when(extra.created_at)) : null,
    extra.source_url ? item("report.source", safeLink(extra.source_url)) : null);
}

function headerTable(report, columns) {
  if (!report.header?.length) return null;
  return el("section", { class: "report-part" },
    el("h3", {}, label("report.header")),
    el("div", { class: "table-scroll", attrs: { role: "region", tabindex: "0", "aria-label": t("report.header") } },
      el("table", { class: "header-map" },
        el("thead", {}, el("tr", {}, ["report.h.source", "report.h.field", "report.h.method"].map((k) => el("th", { scope: "col" }, t(k))))),
        el("tbody", {}, report.header.map((h) => el("tr", { class: `method-${h.method}` },
          el("td", { lang: "ja", attrs: { "data-label": t("report.h.source") } }, h.source),
          el("td", { attrs: { "data-label": t("report.h.field") } }, h.field ? columnName(columns, h.field) : el("span", { class: "muted" }, t("report.h.extra"))),
          el("td", { attrs: { "data-label": t("report.h.method") } }, el("span", { class: `method method-${h.method}` }, t(METHODS[h.method] ?? "method.none")))))))));
}

function groupIssues(issues, columns) {
  const groups = new Map();
  for (const i of issues) {
    const key = i.row === null && i.field === null ? "" : i.field ?? "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(i);
  }
  const order = (key) => key === "" ? -1 : (columns?.findIndex((c) => c.key === key) ?? -1) >= 0 ? columns.findIndex((c) => c.key === key) : 10_000;
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
}

function issueGroup(report, field, issues, columns) {
  issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0));
  const shown = issues.slice(0, MAX_ROWS_PER_GROUP);
  const errors = issues.filter((i) => i.severity === "error").length;
  return el("section", { class: "issue-group", attrs: { "data-field": field } },
    el("h4", {}, field === "" ? label("report.file_level") : columnName(columns, field), " ",
      el("span", { class: "count" }, t("report.group_count", num(issues.length), num(errors)))),
    el("div", { class: "table-scroll", attrs: { role: "region", tabindex: "0", "aria-label": field || t("report.file_level") } },
      el("table", { class: "issues" },
        el("thead", {}, el("tr", {}, ["report.i.row", "report.i.severity", "report.i.code", "report.i.value", "report.i.message_ja", "report.i.message_en"]
          .map((k) => el("th", { scope: "col" }, t(k))))),
        el("tbody", {}, shown.map((i) => el("tr", { class: `severity-row-${i.severity}`, attrs: { "data-code": i.code, "data-row": i.row ?? "" } },
          // data-label: on a phone the rows stack and each cell says what it is
          el("td", { class: "num", attrs: { "data-label": t("report.i.row") } }, rowText(report, i.row)),
          el("td", { attrs: { "data-label": t("report.i.severity") } }, severityBadge(i.severity)),
          el("td", { attrs: { "data-label": t("report.i.code") } }, el("code", {}, i.code)),
          el("td", { class: "value", attrs: { "data-label": t("report.i.value") } }, i.value === null ? el("span", { class: "muted" }, "—") : el("code", {}, i.value)),
          el("td", { lang: "ja", attrs: { "data-label": t("report.i.message_ja") } }, i.message_ja),
          el("td", { lang: "en", attrs: { "data-label": t("report.i.message_en") } }, i.message_en)))))),
    issues.length > shown.length ? el("p", { class: "hint" }, t("report.more_in_csv", num(issues.length - shown.length))) : null);
}

/** The whole report. extra: {status, version_id, created_at, source_url, origin, datasetTitle, csvUrl | csvAction}; columns: dataset columns for names. */
export function reportView(report, { columns = null, ...extra } = {}) {
  const groups = groupIssues(report.issues, columns);
  const capped = report.issue_counts ? Object.values(report.issue_counts).reduce((a, b) => a + b, 0) : 0;
  return el("div", { class: "report" },
    verdict(report),
    summary(report, extra),
    extra.csvUrl ? el("p", {}, el("a", { class: "button", href: extra.csvUrl, download: "", attrs: { "data-format": "report-csv" } }, t("report.csv"))) : null,
    extra.csvAction ? el("p", {}, el("button", { type: "button", attrs: { "data-format": "report-csv" }, on: { click: extra.csvAction } }, t("report.csv"))) : null,
    headerTable(report, columns),
    el("section", { class: "report-part" },
      el("h3", {}, label("report.issues"), ` (${num(report.issues.length)})`),
      capped > report.issues.length ? el("p", { class: "hint" }, t("report.capped", num(capped))) : null,
      groups.length === 0 ? el("p", { class: "empty" }, t("report.no_issues")) : groups.map(([field, list]) => issueGroup(report, field, list, columns))));
}
