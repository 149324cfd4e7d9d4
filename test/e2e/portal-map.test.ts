// The dataset page's map over a dataset larger than one page of the API, in Chromium: every point is drawn, from
// central Tokyo to the west (八王子市) and the islands (青ヶ島村), which come last in municipality-code order; the
// page keeps answering while the map loads; and a municipality with no valid rows says so. Its own database, so the
// counts of portal.test.ts stay as they are.
import type { FastifyInstance } from "fastify";
import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../catalog-api/app.ts";
import { ingestFixture, ingestGenerated } from "../catalog-api/seed.ts";
import { DB_KINDS, listen, openTestDb, type TestDb } from "../helpers.ts";
import { type Browser, HAS_CHROMIUM, launchBrowser, NO_CHROMIUM_MESSAGE, screenshot, type WatchedPage } from "./browser.ts";

if (!HAS_CHROMIUM) process.stderr.write(NO_CHROMIUM_MESSAGE);
const suite = HAS_CHROMIUM ? describe : describe.skip;

const CHIYODA = { code: "131016", count: 600, origin: { lat: 35.68, lon: 139.75 } };
const HACHIOJI = { code: "132012", count: 600, origin: { lat: 35.66, lon: 139.30 } };
const AOGASHIMA = { code: "134023", count: 5, origin: { lat: 32.465, lon: 139.76 } };
const TOTAL = CHIYODA.count + HACHIOJI.count + AOGASHIMA.count;   // 1,205: more than the 1,000 a page holds

/** Test-only: keeps the page's Leaflet map in window.odhTestMap (Leaflet ends by assigning window.L; its Map's init
 *  hooks run for every map made after that), so a test can ask it what it draws and where. */
function exposeLeafletMap() {
  let leaflet: unknown;
  Object.defineProperty(window, "L", {
    configurable: true,
    get: () => leaflet,
    set(value: { Map: { addInitHook(fn: (this: unknown) => void): void } }) {
      leaflet = value;
      value.Map.addInitHook(function (this: unknown) { (window as unknown as { odhTestMap: unknown }).odhTestMap = this; });
    },
  });
}

/** What the map holds, by kind of marker, and whether its view takes in a point. */
const mapState = (w: WatchedPage, latLng: [number, number]) => w.page.evaluate(([lat, lon]) => {
  const L = (window as unknown as { L: any }).L;
  const map = (window as unknown as { odhTestMap: any }).odhTestMap;
  let dots = 0, pins = 0;
  map.eachLayer((layer: unknown) => { if (layer instanceof L.CircleMarker) dots += 1; else if (layer instanceof L.Marker) pins += 1; });
  return { dots, pins, inView: map.getBounds().contains([lat, lon]) as boolean };
}, latLng);

suite.each(DB_KINDS)("portal map in Chromium (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await openTestDb(kind);
    for (const m of [CHIYODA, HACHIOJI, AOGASHIMA]) expect((await ingestGenerated(t.db, m.code, m.count, m.origin)).status).toBe("published");
    expect((await ingestFixture(t.db, "131059_aed.csv")).status).not.toBe("published");   // 文京区: no valid row
    app = await buildApp({ db: t.db });
    base = await listen(app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.cleanup();
  });

  /** Opens a page with map tiles blocked; the map's pages after the first wait for release() when hold is set. */
  async function open(path: string, { hold = false } = {}) {
    const w = await browser.newPage();
    await w.page.addInitScript(exposeLeafletMap);
    // each new tab starts in Japanese (a test that switched to English must not leave it behind)
    await w.page.addInitScript(() => {
      if (sessionStorage.getItem("odh-test-tab")) return;
      sessionStorage.setItem("odh-test-tab", "1");
      localStorage.removeItem("odh.lang");
    });
    await w.page.route(/tile\.openstreetmap\.org/, (route) => route.abort("internetdisconnected"));
    const pages: string[][] = [];
    w.page.on("response", async (res) => {
      const url = new URL(res.url());
      if (url.searchParams.get("format") !== "points" || res.status() !== 200) return;
      pages.push(((await res.json()) as { points: string[][] }).points.map((p) => p[0]!));
    });
    let release = () => {};
    if (hold) {
      const held = new Promise<void>((resolve) => { release = resolve; });
      await w.page.route((url) => url.searchParams.get("format") === "points" && url.searchParams.has("cursor"), async (route: Route) => {
        await held;
        await route.continue().catch(() => {});   // the page may have moved on
      });
    }
    await w.page.goto(`${base}${path}`);
    return { w, pages, release };
  }

  const notice = (w: WatchedPage) => w.page.locator("#map-notice span").allTextContents();
  const waitNotice = (w: WatchedPage, line: string) =>
    w.page.waitForFunction((text) => [...document.querySelectorAll("#map-notice span")].some((s) => s.textContent === text), line);

  it("shows every point, the west and the islands too, says how many of how many, and the table answers while it loads", async () => {
    const { w, pages, release } = await open("/dataset.html?id=aed", { hold: true });
    // the first page is on the map; the second is held: the map says what it has so far
    await waitNotice(w, "地図に読み込み中… 1,000 / 1,205 件");
    // meanwhile the table pages as usual
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 1,205 件中 1〜20 件目");
    await w.page.click("#next-page");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 1,205 件中 21〜40 件目");
    expect(await notice(w)).toContain("地図に読み込み中… 1,000 / 1,205 件");
    release();
    await waitNotice(w, "地図に 1,205 件を表示（該当 1,205 件）。");
    expect(await notice(w)).toEqual(["地図の背景（タイル）を読み込めませんでした。背景なしでマーカーだけを表示しています。",
      "地図に 1,205 件を表示（該当 1,205 件）。", "件数が多いため、小さな点で表示しています。点を選ぶと名称と住所が出ます。"]);
    // two pages, every record once, the last ones in code order among them: 八王子市's last and 青ヶ島村's
    expect(pages.map((p) => p.length)).toEqual([1000, 205]);
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(TOTAL);
    expect(ids.slice(-6)).toEqual(["132012-aed-132012G0600", ...[1, 2, 3, 4, 5].map((n) => `134023-aed-134023G000${n}`)]);
    // on the map: as many dots as records, and the view takes in the islands and the west
    expect(await mapState(w, [AOGASHIMA.origin.lat, AOGASHIMA.origin.lon])).toEqual({ dots: TOTAL, pins: 0, inView: true });
    expect((await mapState(w, [HACHIOJI.origin.lat, HACHIOJI.origin.lon])).inView).toBe(true);
    await screenshot(w.page, "dataset-map-all-points-ja-desktop");
    // a dot opens its popup: at this zoom the island's five are one spot, and the last drawn is on top
    await w.page.locator("#map").scrollIntoViewIfNeeded();
    const at = await w.page.evaluate(([lat, lon]) => {
      const p = (window as unknown as { odhTestMap: any }).odhTestMap.latLngToContainerPoint([lat, lon]);
      const box = document.querySelector("#map")!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, [AOGASHIMA.origin.lat, AOGASHIMA.origin.lon]);
    await w.page.mouse.click(at.x, at.y);
    await w.page.locator(".leaflet-popup-content").waitFor();
    expect(await w.page.locator(".leaflet-popup-content .popup div").allTextContents()).toEqual(["東京都 施設0005番地", "青ヶ島村"]);
    expect(await w.page.locator(".leaflet-popup-content strong").textContent()).toBe("施設0005");
    expect(await w.page.locator(".leaflet-popup-content a").getAttribute("href")).toBe("/api/v1/datasets/aed/records/134023-aed-134023G0005");
    // in English
    await w.page.click('.lang-switch button[data-lang="en"]');
    expect(await notice(w)).toEqual(["Map tiles could not be loaded; the markers are shown on a plain background.",
      "1,205 shown on the map (1,205 matching).", "Many records: they are shown as small dots; select one for its name and address."]);
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("a new filter while the map loads: the old load stops, the map shows the new filter's points only, as pins", async () => {
    const { w, release } = await open("/dataset.html?id=aed", { hold: true });
    await waitNotice(w, "地図に読み込み中… 1,000 / 1,205 件");
    const cancelled = w.page.waitForEvent("requestfailed", (r) => new URL(r.url()).searchParams.has("cursor"));
    await w.page.selectOption("#f-municipality", AOGASHIMA.code);
    // the old load's second page is cancelled, not read
    expect(new URL((await cancelled).url()).searchParams.get("municipality")).toBeNull();
    release();
    await waitNotice(w, "地図に 5 件を表示（該当 5 件）。");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 5 件中 1〜5 件目");
    // fitBounds may animate the zoom: on a busy machine the view gets there a little after the notice
    await w.page.waitForFunction(([lat, lon]) => (window as unknown as { odhTestMap: any }).odhTestMap.getBounds().contains([lat, lon]),
      [AOGASHIMA.origin.lat, AOGASHIMA.origin.lon]);
    expect(await mapState(w, [AOGASHIMA.origin.lat, AOGASHIMA.origin.lon])).toEqual({ dots: 0, pins: 5, inView: true });
    expect(await notice(w)).toEqual(["地図の背景（タイル）を読み込めませんでした。背景なしでマーカーだけを表示しています。", "地図に 5 件を表示（該当 5 件）。"]);
    // a pin is an element with its name, and opens its popup
    await w.page.locator('.leaflet-marker-icon.odh-marker[title="施設0003"]').click();
    expect(await w.page.locator(".leaflet-popup-content strong").textContent()).toBe("施設0003");
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("a municipality whose file had no valid rows: the dataset page says so and links the report", async () => {
    const { w } = await open("/dataset.html?id=aed&municipality=131059");
    const pair = w.page.locator('#pair-notice [data-pair-status="no_valid_rows"]');
    await pair.waitFor();
    expect(await pair.locator("p").allTextContents()).toEqual(["△ 有効な行なし",
      "文京区の「AED設置箇所一覧」のファイルには有効な行がなかったため、公開中のデータがありません。 検証レポートで原因と直し方を見る"]);
    expect(await pair.locator("a").getAttribute("href")).toBe("/report.html?municipality=131059&dataset=aed");
    await waitNotice(w, "地図に 0 件を表示（該当 0 件）。");
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });
});
