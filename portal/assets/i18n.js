// Language of the portal: Japanese first, English on request. The choice persists in localStorage; switching
// rewrites the static labels (data-i18n*) and asks each page to render its dynamic parts again.
import { el } from "./dom.js";
import { STRINGS } from "./strings.js";

const STORAGE_KEY = "odh.lang";
export const LANGS = ["ja", "en"];

function stored() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGS.includes(value) ? value : "ja";
  } catch {
    return "ja";
  }
}

let lang = stored();
const listeners = new Set();

export const getLang = () => lang;

export function setLang(next) {
  if (!LANGS.includes(next) || next === lang) return;
  lang = next;
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: the choice lasts this page only */ }
  applyStatic();
  for (const fn of listeners) fn(lang);
}

/** Calls fn after every language switch (pages re-render their dynamic parts). */
export const onLangChange = (fn) => listeners.add(fn);

function entry(key, lang, args) {
  const pair = STRINGS[key];
  if (!pair) return key;
  const value = pair[lang === "ja" ? 0 : 1];
  return typeof value === "function" ? value(...args) : value;
}

/** A UI string in the current language. */
export const t = (key, ...args) => entry(key, lang, args);

/** A UI string in both languages: [ja, en]. */
export const both = (key, ...args) => [entry(key, "ja", args), entry(key, "en", args)];

/** A heading or label: in Japanese the Japanese text with the English beside it; in English the English alone. */
export function label(key, ...args) {
  const [ja, en] = both(key, ...args);
  return lang === "ja" ? [ja, " ", el("span", { class: "alt", lang: "en" }, en)] : [en];
}

/** Data text that exists in both languages (names, titles): the current language, falling back to the other. */
export function pick(ja, en) {
  const text = lang === "en" ? en || ja : ja || en;
  const itsLang = lang === "en" && en ? "en" : "ja";
  return el("span", { attrs: { lang: itsLang === lang ? null : itsLang } }, text ?? "");
}

/** Plain text of pick(), for attributes and sorting. */
export const pickText = (ja, en) => (lang === "en" ? en || ja : ja || en) ?? "";

/** Rewrites every static label: data-i18n (text), data-i18n-label (bilingual heading), and attribute variants. */
export function applyStatic(root = document) {
  document.documentElement.lang = lang;
  for (const node of root.querySelectorAll("[data-i18n]")) node.replaceChildren(t(node.dataset.i18n));
  for (const node of root.querySelectorAll("[data-i18n-label]")) node.replaceChildren(...label(node.dataset.i18nLabel));
  for (const [attr, name] of [["i18nPlaceholder", "placeholder"], ["i18nAriaLabel", "aria-label"], ["i18nTitle", "title"]]) {
    const selector = `[data-${attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const node of root.querySelectorAll(selector)) node.setAttribute(name, t(node.dataset[attr]));
  }
  const titleKey = document.body?.dataset.title;
  if (titleKey) document.title = `${t(titleKey)} | ${t("site.name")}`;
}

/** The ja / en switch: two toggle buttons, the current one pressed. */
export function langSwitch() {
  const group = el("div", { class: "lang-switch", attrs: { role: "group", "aria-label": "言語 / Language" } });
  const buttons = [["ja", "日本語"], ["en", "English"]].map(([code, text]) =>
    el("button", { type: "button", attrs: { lang: code, "data-lang": code }, on: { click: () => setLang(code) } }, text));
  const sync = () => { for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.lang === lang)); };
  sync();
  onLangChange(sync);
  group.append(...buttons);
  return group;
}
