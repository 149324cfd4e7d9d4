// What every page shares: skip link, header with navigation and the language switch, footer; and page start-up.
import { $, el } from "./dom.js";
import { applyStatic, label, langSwitch, onLangChange, t } from "./i18n.js";

const NAV = [
  ["/", "nav.home"],
  ["/#datasets", "nav.datasets"],
  ["/#coverage", "nav.coverage"],
  ["/upload.html", "nav.upload"],
  ["/docs", "nav.api"],
];

function header(active) {
  const nav = el("nav", { attrs: { "aria-label": "メイン / Main" } },
    el("ul", {}, NAV.map(([href, key]) =>
      el("li", {}, el("a", { href, attrs: { "data-i18n": key, "aria-current": href === active ? "page" : null } }, t(key))))));
  return [
    el("a", { class: "skip-link", href: "#main", attrs: { "data-i18n": "nav.skip" } }, t("nav.skip")),
    el("div", { class: "header-inner" },
      el("a", { class: "brand", href: "/" }, el("span", { attrs: { "data-i18n-label": "site.name" } }, label("site.name"))),
      nav,
      langSwitch()),
  ];
}

function footer() {
  return el("div", { class: "footer-inner" },
    el("p", { attrs: { "data-i18n": "footer.about" } }, t("footer.about")),
    el("ul", { class: "footer-links" },
      el("li", {}, el("a", { href: "/docs", attrs: { "data-i18n": "footer.docs" } }, t("footer.docs"))),
      el("li", {}, el("a", { href: "/openapi.json" }, "OpenAPI")),
      el("li", {}, el("a", { href: "/catalog.jsonld" }, "DCAT (JSON-LD)")),
      el("li", {}, el("a", { href: "/api/3/action/package_list" }, "CKAN API"))));
}

/** Builds header and footer, applies the stored language, renders the page and re-renders it on a switch. */
export function startPage({ active, render }) {
  $("site-header")?.replaceChildren(...header(active));
  $("site-footer")?.replaceChildren(footer());
  applyStatic();
  onLangChange(() => render());
  render();
}
