// Chromium for the portal tests and the portal benchmark: Debian's /usr/bin/chromium driven by playwright-core,
// headless, a fresh empty profile per launch. Tests skip (and say why) when Chromium is not installed.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type BrowserContext, chromium, type Dialog, type Page } from "playwright-core";
import { ROOT, tempDir } from "../helpers.ts";

export const CHROMIUM_PATH = process.env.ODH_CHROMIUM ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const NO_CHROMIUM_MESSAGE =
  `[odh e2e] ${CHROMIUM_PATH} not found: portal browser tests are skipped (install it with scripts/install-system-deps.sh or apt-get install chromium).\n`;

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run",
];

export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");

export interface Browser {
  context: BrowserContext;
  newPage(options?: { width?: number; height?: number }): Promise<WatchedPage>;
  close(): Promise<void>;
}

/** A page plus what it did that a test must see: JavaScript dialogs (dismissed), uncaught errors, console errors. */
export interface WatchedPage {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

export async function launchBrowser({ locale = "ja-JP" } = {}): Promise<Browser> {
  const profile = tempDir("odh-chromium-");
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    locale,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async newPage({ width = 1280, height = 900 } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const watched: WatchedPage = { page, dialogs: [], pageErrors: [], consoleErrors: [] };
      page.on("dialog", (dialog: Dialog) => {
        watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
      page.on("pageerror", (err) => watched.pageErrors.push(err.message));
      page.on("console", (msg) => { if (msg.type() === "error") watched.consoleErrors.push(msg.text()); });
      return watched;
    },
    async close() {
      await context.close();
      profile.remove();
    },
  };
}

/** Saves a full-page screenshot under test-output/screenshots/ (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Elements whose own text is below WCAG AA contrast against the background it is drawn on (4.5:1, or 3:1 for large
 *  text: 24px, or 18.66px bold). The background is the nearest painted one, blended through translucent layers.
 *  Plain JavaScript source: run in the page as is (a transpiled function would carry the transpiler's helpers). */
const LOW_CONTRAST_SOURCE = String.raw`(rootSelector) => {
  const parse = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p[3] ?? 1];
  };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const background = (e) => {
    if (!e) return [255, 255, 255, 1];
    const bg = parse(getComputedStyle(e).backgroundColor);
    if (bg[3] >= 1) return bg;
    const under = background(e.parentElement);
    return bg[3] > 0 ? over(bg, under) : under;
  };
  const lum = ([r, g, b]) => {
    const f = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const bad = [];
  for (const e of document.querySelector(rootSelector).querySelectorAll("*")) {
    const own = [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("").trim();
    if (!own) continue;
    const style = getComputedStyle(e);
    const rect = e.getBoundingClientRect();
    if (style.visibility !== "visible" || rect.width === 0 || rect.height === 0 || e.closest("[hidden], .visually-hidden, .skip-link, option, optgroup")) continue;
    if (e.disabled) continue;
    const bg = background(e);
    const fg = over(parse(style.color), bg);
    const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) bad.push(e.tagName.toLowerCase() + "." + [...e.classList].join(".") + " " + JSON.stringify(own.slice(0, 30)) + " " + ratio.toFixed(2) + " < " + need);
  }
  return bad;
}`;

export async function lowContrast(page: Page, root = "body"): Promise<string[]> {
  return page.evaluate(`(${LOW_CONTRAST_SOURCE})(${JSON.stringify(root)})`) as Promise<string[]>;
}

/** Whether the page is wider than its viewport (something does not wrap or scroll inside its own box). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate("document.documentElement.scrollWidth > window.innerWidth") as Promise<boolean>;
}
