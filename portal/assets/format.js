// Numbers, dates, statuses and badges, the same on every page.
import { el } from "./dom.js";
import { getLang, t } from "./i18n.js";

const locale = () => (getLang() === "ja" ? "ja-JP" : "en-GB");

export const num = (n) => (typeof n === "number" ? n.toLocaleString(locale()) : "—");

export const percent = (share) => (typeof share === "number" ? `${(share * 100).toLocaleString(locale(), { maximumFractionDigits: 1 })}%` : "—");

/** ISO timestamp → local "YYYY-MM-DD HH:MM" (a <time> element keeps the ISO value). */
export function when(iso) {
  if (!iso) return el("span", { class: "muted" }, "—");
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return el("span", {}, iso);
  const pad = (n) => String(n).padStart(2, "0");
  const text = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return el("time", { dateTime: iso }, text);
}

/** Coverage statuses: a symbol and a word beside the colour, never colour alone. */
export const STATUSES = {
  published: { symbol: "●", key: "status.published" },
  with_errors: { symbol: "▲", key: "status.with_errors" },
  no_valid_rows: { symbol: "△", key: "status.no_valid_rows" },
  failed: { symbol: "✕", key: "status.failed" },
  missing: { symbol: "－", key: "status.missing" },
};

export function statusBadge(status) {
  const s = STATUSES[status] ?? STATUSES.missing;
  return el("span", { class: `status status-${status}` }, el("span", { class: "symbol", attrs: { "aria-hidden": "true" } }, s.symbol), " ", t(s.key));
}

export const sampleBadge = () => el("span", { class: "badge badge-sample", title: t("sample.explain") }, t("sample.badge"));

export const SEVERITIES = {
  error: { symbol: "✕", key: "severity.error" },
  warning: { symbol: "▲", key: "severity.warning" },
  info: { symbol: "ⓘ", key: "severity.info" },
};

export function severityBadge(severity) {
  const s = SEVERITIES[severity] ?? SEVERITIES.info;
  return el("span", { class: `severity severity-${severity}` }, el("span", { attrs: { "aria-hidden": "true" } }, s.symbol), " ", t(s.key));
}

export const REQUIREMENTS = { required: "req.required", recommended: "req.recommended", optional: "req.optional" };

/** A canonical value as text: arrays joined, booleans as ○/×, null as empty. */
export function cellText(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(cellText).join("; ");
  if (typeof value === "boolean") return value ? "○" : "×";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
