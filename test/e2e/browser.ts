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
