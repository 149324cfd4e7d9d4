// Copy-ready code blocks with a copy button (Clipboard API; selection + execCommand where it is unavailable).
import { el } from "./dom.js";
import { t } from "./i18n.js";

async function copyText(text, code) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return document.execCommand("copy");
  }
}

/** A titled code block; the button copies its text and says so in a live region. */
export function codeBlock(title, text, id) {
  const code = el("code", { id }, text);
  const status = el("span", { class: "copy-status", attrs: { role: "status", "aria-live": "polite" } });
  const button = el("button", { type: "button", class: "copy", attrs: { "aria-describedby": id } }, t("copy.button"));
  button.addEventListener("click", async () => {
    const ok = await copyText(text, code);
    status.textContent = ok ? t("copy.done") : t("copy.failed");
  });
  return el("figure", { class: "code-block" },
    el("figcaption", {}, el("span", {}, title), el("span", { class: "copy-actions" }, status, button)),
    el("pre", {}, code));
}
