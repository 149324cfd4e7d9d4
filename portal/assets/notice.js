// Loading and error notices, bilingual: the API's message_ja and message_en side by side.
import { el } from "./dom.js";
import { t } from "./i18n.js";

export const loading = () => el("p", { class: "loading", attrs: { role: "status" } }, t("loading"));

export function errorBox(failure, titleKey = "error.title") {
  return el("div", { class: "notice notice-error", attrs: { role: "alert" } },
    el("p", { class: "notice-title" }, t(titleKey)),
    el("p", { lang: "ja" }, failure.message_ja ?? String(failure)),
    failure.message_en ? el("p", { lang: "en", class: "alt" }, failure.message_en) : null);
}
