// The portal in a real Chromium against a real server on a free loopback port, with data ingested the real way
// (ingestFile on fixture files). Map tiles are blocked (no internet here): the map must fall back to markers only.
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../catalog-api/app.ts";
import { ingestFile } from "../../pipelines/publish.ts";
import { getDataset } from "../../schemas/index.ts";
import { createToken } from "../../storage/tokens.ts";
import { DB_KINDS, fixture, listen, openTestDb, type TestDb } from "../helpers.ts";
import { type Browser, HAS_CHROMIUM, launchBrowser, lowContrast, NO_CHROMIUM_MESSAGE, overflowsHorizontally, screenshot, type WatchedPage } from "./browser.ts";
// @ts-expect-error: the portal is plain JavaScript without type declarations
import { STRINGS as PORTAL_STRINGS } from "../../portal/assets/strings.js";

if (!HAS_CHROMIUM) process.stderr.write(NO_CHROMIUM_MESSAGE);
const suite = HAS_CHROMIUM ? describe : describe.skip;

const XSS_NAME = "<img src=x onerror=alert(1)>";
const PAGES: Array<[string, string]> = [
  ["home", "/"], ["dataset", "/dataset.html?id=aed"], ["municipality", "/municipality.html?code=131130"],
  ["report", "/report.html?municipality=131130&dataset=aed"], ["upload", "/upload.html"]];
const WIDTHS: Array<[string, number]> = [["desktop", 1280], ["phone", 375]];
/** The Japanese UI strings (plain ones with kana or kanji): none may be left on a page switched to English. */
const JA_UI = Object.values(PORTAL_STRINGS as Record<string, [unknown, unknown]>)
  .map(([ja]) => ja).filter((ja): ja is string => typeof ja === "string" && /[\u3040-\u30ff\u4e00-\u9fff]/.test(ja));
const MINATO_ROWS = 25;   // with 新宿 5 + 渋谷 2 valid: 32 AED records, two pages of 20 in the preview

/** 港区: generated rows, enough to page through the preview. */
function minatoCsv(): Uint8Array {
  const rows = Array.from({ length: MINATO_ROWS }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return `131032,131032-${n},港区,港区AED${n},ミナトクエーイーディー${n},東京都港区芝公園一丁目${i + 1}番,${(35.655 + i * 0.001).toFixed(6)},${(139.745 + i * 0.001).toFixed(6)},1階`;
  });
  return new TextEncoder().encode(["全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,所在地_連結表記,緯度,経度,設置位置", ...rows].join("\r\n") + "\r\n");
}

async function ingestFixture(db: TestDb["db"], name: string, sample = false) {
  const municipality = name.slice(0, name.indexOf("_"));
  const dataset = name.slice(name.indexOf("_") + 1).replace(/\.csv$/, "");
  return ingestFile(db, { path: fixture(`portal/${name}`), fileName: name }, {
    municipality, dataset, source_id: `portal-${municipality}-${dataset}`, source_url: `https://example.jp/opendata/${name}`,
    license: "CC-BY-4.0", attribution: `${municipality} オープンデータ`, sample, trigger: "harvest",
  });
}

/** Rows of the records preview: [municipality, name] per row. */
async function previewRows(w: WatchedPage): Promise<string[][]> {
  return w.page.locator("table.records tbody tr").evaluateAll((rows) =>
    rows.map((r) => [r.querySelector("td")?.textContent ?? "", r.querySelector('td[data-key="name"]')?.textContent ?? ""]));
}

suite.each(DB_KINDS)("portal in Chromium (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let toshimaToken: string;

  beforeAll(async () => {
    t = await openTestDb(kind);
    expect((await ingestFixture(t.db, "131041_aed.csv")).status).toBe("published");
    expect((await ingestFixture(t.db, "131130_aed.csv")).status).toBe("published");
    expect((await ingestFixture(t.db, "131016_public_toilet.csv", true)).status).toBe("published");
    const minato = await ingestFile(t.db, { bytes: minatoCsv(), fileName: "131032_aed.csv" },
      { municipality: "131032", dataset: "aed", source_id: "portal-131032-aed", license: "CC-BY-4.0", trigger: "harvest" });
    expect(minato.status).toBe("published");
    toshimaToken = (await createToken(t.db, "131164", "portal e2e")).token;
    app = await buildApp({ db: t.db });
    base = await listen(app);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.cleanup();
  });

  async function open(path: string, { width = 1280 } = {}): Promise<WatchedPage> {
    const w = await browser.newPage({ width });
    // each new tab starts in Japanese (a failed test must not leave English behind); navigations inside it keep the choice
    await w.page.addInitScript(() => {
      if (sessionStorage.getItem("odh-test-tab")) return;
      sessionStorage.setItem("odh-test-tab", "1");
      localStorage.removeItem("odh.lang");
    });
    await w.page.route(/tile\.openstreetmap\.org/, (route) => route.abort("internetdisconnected"));
    await w.page.goto(`${base}${path}`);
    return w;
  }

  it("home: the coverage matrix has 62 municipality rows in 3 areas, each cell with a status word and symbol", async () => {
    const w = await open("/");
    await w.page.locator("#coverage-matrix").waitFor();
    expect(await w.page.locator("#coverage-matrix tbody tr[data-code]").count()).toBe(62);
    expect(await w.page.locator("#coverage-matrix tbody").evaluateAll((bodies) =>
      bodies.map((b) => [b.getAttribute("data-area"), b.querySelectorAll("tr[data-code]").length]))).toEqual([["区部", 23], ["多摩", 30], ["島しょ", 9]]);
    expect(await w.page.locator("#coverage-matrix thead th.dataset-head").count()).toBe(15);
    const cell = (code: string, id: string) => w.page.locator(`tr[data-code="${code}"] td`).nth(
      ["public_facility", "cultural_property", "evacuation_space", "population", "preschool", "open_data_list", "public_wireless_lan",
        "aed", "care_service", "hospital", "tourism", "event", "public_toilet", "fire_hydrant", "food_business"].indexOf(id));
    expect(await cell("131041", "aed").getAttribute("data-status")).toBe("published");
    expect(await cell("131130", "aed").getAttribute("data-status")).toBe("with_errors");
    expect(await cell("131016", "public_toilet").getAttribute("data-status")).toBe("published");
    expect(await cell("131016", "aed").getAttribute("data-status")).toBe("missing");
    expect(await cell("131130", "aed").locator("a").getAttribute("aria-label")).toBe("渋谷区 × AED設置箇所一覧: エラーあり / 2 / 3 行が有効");
    expect(await cell("131016", "public_toilet").locator("a").getAttribute("aria-label")).toBe("千代田区 × 公衆トイレ一覧: 公開中 / 2 / 2 行が有効 / サンプル");
    expect(await cell("131032", "aed").getAttribute("data-status")).toBe("published");
    // seeded pairs: 新宿・港 AED and 千代田 公衆トイレ published, 渋谷 AED with errors; 62 × 15 − 4 = 926 missing
    expect(await w.page.locator(".legend li").allTextContents()).toEqual(
      ["● 公開中 (3)", "▲ エラーあり (1)", "△ 有効な行なし (0)", "✕ 取得失敗 (0)", "－ 未提供 (926)", "S 同梱のサンプルデータ"]);
    expect(await w.page.locator("#coverage-matrix td.cell:not([data-status=missing])").count()).toBe(4);
    // which data is bundled sample data: said at the top of the page, and marked in the matrix
    const notice = w.page.locator("#sample-notice .notice-sample");
    expect(await notice.getAttribute("data-sample-pairs")).toBe("1");
    expect(await notice.locator("p").nth(1).textContent()).toContain("1 件の組み合わせ（1 区市町村・1 データセット）は、動作確認用にこのハブに同梱したサンプルデータです");
    expect(await notice.locator("li").allTextContents()).toEqual(["公衆トイレ一覧 （1 区市町村）"]);
    expect(await w.page.locator("#coverage-matrix .sample-mark").count()).toBe(1);
    expect(await cell("131016", "public_toilet").locator(".sample-mark").count()).toBe(1);
    // dataset cards: counts and the sample badge
    const aedCard = w.page.locator('li.card[data-dataset="aed"]');
    expect(await aedCard.locator(".stats").textContent()).toBe("3 区市町村 · 32 件");
    expect(await w.page.locator('li.card[data-dataset="public_toilet"] .badge-sample').textContent()).toBe("サンプル");
    expect(await aedCard.locator(".badge-sample").count()).toBe(0);
    // a cell with errors leads to its report
    await cell("131130", "aed").locator("a").click();
    await w.page.waitForURL(`${base}/report.html?municipality=131130&dataset=aed`);
    expect(w.dialogs).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("home: search finds municipalities by reading and spelling variants, datasets by everyday words, and a municipality × dataset pair", async () => {
    const w = await open("/");
    await w.page.locator("#coverage-matrix").waitFor();
    await w.page.fill("#search", "しぶや");
    expect(await w.page.locator("#search-results a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")])))
      .toEqual([["渋谷区 (131130)", "/municipality.html?code=131130"]]);
    await w.page.fill("#search", "トイレ");
    expect(await w.page.locator("#search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
      .toEqual(["/dataset.html?id=public_toilet"]);
    await w.page.fill("#search", "存在しない語");
    expect(await w.page.locator("#search-results").textContent()).toBe("「存在しない語」に一致するものはありません。");
    const links = () => w.page.locator("#search-results a").evaluateAll((as) => as.map((a) => [a.closest("li")!.textContent, a.getAttribute("href")]));
    // everyday words and other spellings
    for (const query of ["Wi-Fi", "ｗｉｆｉ", "無線LAN"]) {
      await w.page.fill("#search", query);
      expect(await links(), query).toEqual([["07 公衆無線LANアクセスポイント一覧", "/dataset.html?id=public_wireless_lan"]]);
    }
    await w.page.fill("#search", "青が島");
    expect(await links()).toEqual([["青ヶ島村 (134023)", "/municipality.html?code=134023"]]);
    // a municipality and a dataset: the pair, with its state, where the matrix cell leads
    await w.page.fill("#search", "新宿　ＡＥＤ");
    expect(await w.page.locator("#search-results h3").allTextContents()).toEqual(["区市町村 × データセット Municipality × dataset (1)"]);
    expect(await links()).toEqual([["新宿区 × AED設置箇所一覧 ● 公開中", "/dataset.html?id=aed&municipality=131041"]]);
    await w.page.fill("#search", "しぶや トイレ");
    expect(await links()).toEqual([["渋谷区 × 公衆トイレ一覧 － 未提供", "/dataset.html?id=public_toilet&municipality=131130"]]);
    await screenshot(w.page, "home-search-pair-ja-desktop");
    await w.page.fill("#search", "渋谷 AED");
    expect(await links()).toEqual([["渋谷区 × AED設置箇所一覧 ▲ エラーあり", "/report.html?municipality=131130&dataset=aed"]]);
    await w.page.click('.lang-switch button[data-lang="en"]');
    expect(await links()).toEqual([["Shibuya × AED locations ▲ With errors", "/report.html?municipality=131130&dataset=aed"]]);
    await w.page.click('.lang-switch button[data-lang="ja"]');
    // Enter opens the first result: the pair
    await w.page.fill("#search", "新宿 AED");
    await w.page.press("#search", "Enter");
    await w.page.waitForURL(`${base}/dataset.html?id=aed&municipality=131041`);
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("dataset page: records on the map and in the table, tiles fallback, paging with next_url, filter by municipality", async () => {
    const w = await open("/dataset.html?id=aed");
    await w.page.locator("table.records").waitFor();
    await w.page.waitForFunction(() => document.querySelectorAll(".leaflet-marker-icon.odh-marker").length === 32);
    await w.page.waitForFunction(() => document.querySelector("#map.map-no-tiles") !== null);
    expect(await w.page.locator("#map-notice span").allTextContents()).toEqual([
      "地図の背景（タイル）を読み込めませんでした。背景なしでマーカーだけを表示しています。", "地図に 32 件を表示（該当 32 件）。"]);
    expect(await w.page.locator("table.records tbody tr").count()).toBe(20);
    expect(await w.page.locator("#records-status").textContent()).toBe("全 32 件中 1〜20 件目");
    expect(await w.page.locator("#prev-page").isDisabled()).toBe(true);
    await w.page.click("#next-page");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 32 件中 21〜32 件目");
    expect(await w.page.locator("table.records tbody tr").count()).toBe(12);
    expect(await w.page.locator("#next-page").isDisabled()).toBe(true);
    await w.page.click("#prev-page");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 32 件中 1〜20 件目");

    // filter by municipality: table, map and the URL follow
    await w.page.selectOption("#f-municipality", "131130");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 2 件中 1〜2 件目");
    expect(await previewRows(w)).toEqual([["渋谷区", "渋谷区役所"], ["渋谷区", "渋谷区スポーツセンター"]]);
    await w.page.waitForFunction(() => document.querySelectorAll(".leaflet-marker-icon.odh-marker").length === 2);
    expect(new URL(w.page.url()).search).toBe("?id=aed&municipality=131130");
    expect(await w.page.locator('a[data-format="csv"]').getAttribute("href")).toBe("/api/v1/datasets/aed/records?municipality=131130&format=csv");
    expect(await w.page.locator("#example-curl").textContent()).toBe(`curl '${base}/api/v1/datasets/aed/records?municipality=131130&limit=10'`);

    // text filter on top
    await w.page.fill("#f-q", "スポーツ");
    await w.page.click("#filter-form button[type=submit]");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 1 件中 1〜1 件目");
    expect(await previewRows(w)).toEqual([["渋谷区", "渋谷区スポーツセンター"]]);

    // the schema table lists every column of the standard
    const columns = getDataset("aed")!.columns;
    expect(await w.page.locator("table.schema tbody tr").evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent))))
      .toEqual(columns.map((c) => [c.key, c.ja, c.en]));
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("dataset page: no (empty) map for a dataset without coordinates", async () => {
    const w = await open("/dataset.html?id=aed");
    await w.page.waitForFunction(() => document.querySelectorAll(".leaflet-marker-icon.odh-marker").length > 0);
    expect(await w.page.locator("#map").isVisible()).toBe(true);
    await w.page.goto(`${base}/dataset.html?id=population`);
    await w.page.locator("table.schema").waitFor();
    expect(await w.page.locator("section[aria-labelledby=map-title]").isHidden()).toBe(true);
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("dataset page: the CSV download has the BOM and the Japanese headers of the standard", async () => {
    const w = await open("/dataset.html?id=aed&municipality=131041");
    await w.page.locator('a[data-format="csv"]').waitFor();
    const [download] = await Promise.all([w.page.waitForEvent("download"), w.page.click('a[data-format="csv"]')]);
    expect(download.suggestedFilename()).toBe("aed.csv");
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split(/\r?\n/).filter((l) => l !== "");
    expect(lines[0]!.split(",").slice(0, getDataset("aed")!.columns.length)).toEqual(getDataset("aed")!.columns.map((c) => c.ja));
    expect(lines).toHaveLength(6);
    // the English-keyed CSV is a file of its own name, in either language of the page
    for (const lang of ["ja", "en"]) {
      await w.page.click(`.lang-switch button[data-lang="${lang}"]`);
      const [en] = await Promise.all([w.page.waitForEvent("download"), w.page.click('a[data-format="csv-en"]')]);
      expect(en.suggestedFilename()).toBe("aed-en.csv");
      const enLines = readFileSync((await en.path())!).subarray(3).toString("utf8").split(/\r?\n/).filter((l) => l !== "");
      expect(enLines[0]!.split(",").slice(0, 4)).toEqual(["local_government_code", "id", "local_government_name", "name"]);
      expect(enLines).toHaveLength(6);
    }
    await w.page.close();
  });

  it("dataset page filtered to a municipality without the dataset: 未提供 said in words, with the officer's upload link", async () => {
    const w = await open("/dataset.html?id=public_toilet&municipality=131130");
    const notice = w.page.locator('#pair-notice [data-pair-status="missing"]');
    await notice.waitFor();
    expect(await notice.locator("p").allTextContents()).toEqual([
      "－ 未提供",
      "渋谷区の「公衆トイレ一覧」は、このハブにまだありません。渋谷区がこのデータセットを公開していないか、公開先をまだ取り込んでいないためです。他の区市町村のデータは「すべての区市町村」を選ぶと見られます。",
      "渋谷区のデータ担当の方へ：自団体のファイル（CSV / Excel）をアップロードページで検証し、エラーがなければそのまま公開できます（管理者から受け取った自団体のトークンが必要です）。すでにウェブで公開しているファイルがあれば、そのURLを管理者に知らせると定期的に取り込めます。 「公衆トイレ一覧」をアップロードする"]);
    expect(await notice.locator("a").getAttribute("href")).toBe("/upload.html?municipality=131130&dataset=public_toilet");
    await w.page.click('.lang-switch button[data-lang="en"]');
    expect(await notice.locator("p").allTextContents()).toEqual([
      "－ Not provided",
      "This hub has no \"Public toilets\" of Shibuya yet: Shibuya has not published this dataset, or the hub does not harvest it yet. Choose \"All municipalities\" to see the other municipalities' data.",
      "Data officers of Shibuya: validate your file (CSV / Excel) on the upload page and publish it once it has no errors (you need your municipality's token from the administrator). If the file is already on the web, tell the administrator its URL and the hub will harvest it regularly. Upload \"Public toilets\""]);
    await screenshot(w.page, "dataset-missing-en-desktop");
    await w.page.click('.lang-switch button[data-lang="ja"]');
    // a municipality with records of the dataset: no notice
    await w.page.selectOption("#f-municipality", "131016");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 2 件中 1〜2 件目");
    expect(await w.page.locator("#pair-notice").textContent()).toBe("");
    // the officer's link opens the upload form with both chosen
    await w.page.selectOption("#f-municipality", "131130");
    await notice.locator("a").click();
    await w.page.locator('#u-municipality option[value="131130"]').waitFor({ state: "attached" });
    await w.page.waitForFunction(() => (document.querySelector("#u-dataset") as HTMLSelectElement | null)?.value === "public_toilet");
    expect(await w.page.locator("#u-municipality").inputValue()).toBe("131130");
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("an untrusted name from a municipal file is shown as text: no element, no dialog", async () => {
    const w = await open("/dataset.html?id=aed&municipality=131041");
    await w.page.locator("table.records").waitFor();
    expect(await previewRows(w)).toEqual([
      ["新宿区", "新宿区役所本庁舎"], ["新宿区", XSS_NAME], ["新宿区", "新宿区立中央図書館"], ["新宿区", "新宿スポーツセンター"], ["新宿区", "四谷区民センター"]]);
    await w.page.waitForFunction(() => document.querySelectorAll(".leaflet-marker-icon.odh-marker").length === 5);
    // its marker: the title and the popup carry the name as text
    const marker = w.page.locator(`.leaflet-marker-icon.odh-marker[title="${XSS_NAME}"]`);
    await marker.click();
    expect(await w.page.locator(".leaflet-popup-content strong").textContent()).toBe(XSS_NAME);
    expect(await w.page.locator('img[src="x"]').count()).toBe(0);
    expect(w.dialogs).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await screenshot(w.page, "dataset-xss-popup-ja-desktop");
    await w.page.close();
  });

  it("report page: lists the known issue of a fixture by field, row, value and fix, with the CSV link", async () => {
    const api = await (await fetch(`${base}/api/v1/reports/131130/aed`)).json() as { issues: Array<{ row: number | null; field: string | null; code: string; message_ja: string; message_en: string }> };
    const known = api.issues.find((i) => i.row === 3 && i.field === "name" && i.code === "missing_required");
    expect(known).toMatchObject({ row: 3, field: "name", code: "missing_required", severity: "error" });
    const w = await open("/report.html?municipality=131130&dataset=aed");
    await w.page.locator(".report").waitFor();
    expect(await w.page.locator(".verdict").textContent()).toBe("✕ 1 行が無効です（エラー 1 件）。下の一覧で行・項目・値と直し方を確認してください。");
    const row = w.page.locator('.issue-group[data-field="name"] tr[data-code="missing_required"][data-row="3"]');
    // 行 is the row the message names (Excel's row 4: the header is row 1), not the data row 3
    expect(known!.message_ja).toMatch(/^4行目（データの3行目）/);
    expect(await row.locator("td").allTextContents()).toEqual(["4", "✕ エラー", "missing_required", "—", known!.message_ja, known!.message_en]);
    expect(await w.page.locator('.issue-group[data-field="name"] h4').textContent()).toBe("名称 name 1 件（エラー 1）");
    expect(await w.page.locator('a[data-format="report-csv"]').getAttribute("href")).toBe("/api/v1/reports/131130/aed?format=csv");
    expect(await w.page.locator("table.header-map tbody tr").first().locator("td").allTextContents())
      .toEqual(["全国地方公共団体コード", "全国地方公共団体コード local_government_code", "完全一致"]);
    // the report as CSV: the officer's copy of the same issue
    const [download] = await Promise.all([w.page.waitForEvent("download"), w.page.click('a[data-format="report-csv"]')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8").split(/\r?\n/);
    expect(csv[0]).toBe("行,項目,コード,重大度,値,メッセージ,message,データの行,シート");
    expect(csv.filter((l) => l.startsWith("4,name,missing_required,error,,"))).toEqual([
      `4,name,missing_required,error,,${known!.message_ja},${known!.message_en.includes(",") || known!.message_en.includes('"') ? `"${known!.message_en.replaceAll('"', '""')}"` : known!.message_en},3,`]);
    await w.page.close();
  });

  it("report page in English: issue groups and standard columns by their English names; Japanese again after switching back", async () => {
    const w = await open("/report.html?municipality=131130&dataset=aed");
    await w.page.locator(".report").waitFor();
    const headings = () => w.page.locator(".issue-group h4").allTextContents();
    const jaHeadings = await headings();
    expect(jaHeadings).toEqual(["名称 name 1 件（エラー 1）", "所在地_全国地方公共団体コード located_local_government_code 1 件（エラー 0）",
      "所在地_都道府県 prefecture 1 件（エラー 0）", "所在地_市区町村 city 1 件（エラー 0）"]);
    await w.page.click('.lang-switch button[data-lang="en"]');
    await w.page.waitForFunction(() => document.querySelector(".verdict")?.textContent?.startsWith("✕ 1 row is invalid"));
    // the official English names of the standard; the key beside them only where it differs
    expect(await headings()).toEqual(["name 1 issue (1 error)", "locatedLocalGovernmentCode located_local_government_code 1 issue (0 errors)",
      "prefecture 1 issue (0 errors)", "city 1 issue (0 errors)"]);
    expect(await w.page.locator(".verdict").textContent()).toBe("✕ 1 row is invalid (1 error). See the rows, fields, values and fixes below.");
    expect(await w.page.locator("table.header-map tbody tr").first().locator("td").allTextContents())
      .toEqual(["全国地方公共団体コード", "localGovernmentCode local_government_code", "exact"]);
    expect(await w.page.locator(".report-summary div").filter({ hasText: "Dataset" }).first().locator("dd").textContent()).toBe("AED locations (aed)");
    await w.page.click('.lang-switch button[data-lang="ja"]');
    await w.page.waitForFunction(() => document.querySelector(".verdict")?.textContent?.startsWith("✕ 1 行が無効です"));
    expect(await headings()).toEqual(jaHeadings);
    await screenshot(w.page, "report-groups-ja-desktop");
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });

  it("municipality page: each dataset's status, rows and a link to its report", async () => {
    const w = await open("/municipality.html?code=131130");
    await w.page.locator("table.municipality-table").waitFor();
    expect(await w.page.locator("h1").textContent()).toBe("渋谷区 Shibuya");
    expect(await w.page.locator("table.municipality-table tbody tr").count()).toBe(15);
    const aed = w.page.locator('tr[data-dataset="aed"]');
    expect(await aed.getAttribute("data-status")).toBe("with_errors");
    expect((await aed.locator("td").allTextContents()).slice(0, 5)).toEqual(["▲ エラーあり", "3", "2", "1", "66.7%"]);
    expect(await aed.locator("a", { hasText: "検証レポート" }).getAttribute("href")).toBe("/report.html?municipality=131130&dataset=aed");
    // a dataset it does not provide: the status in words, and where its officer uploads it
    const toilets = w.page.locator('tr[data-dataset="public_toilet"]');
    expect(await toilets.getAttribute("data-status")).toBe("missing");
    expect((await toilets.locator("td").allTextContents()).slice(0, 2)).toEqual(["－ 未提供", "—"]);
    expect(await toilets.locator("a", { hasText: "アップロード" }).getAttribute("href")).toBe("/upload.html?municipality=131130&dataset=public_toilet");
    expect(await w.page.locator("#municipality-legend .missing-note").textContent()).toBe(
      "－ 未提供：その区市町村のそのデータセットが、このハブにまだない組み合わせです（区市町村が公開していないか、公開先をまだ取り込んでいません）。区市町村のデータ担当の方は、アップロードページから自団体のファイルを検証して公開できます。 アップロードページへ");
    await w.page.close();
  });

  it("upload page: a wrong token is refused; the right one shows the dry-run report, then publishes", async () => {
    const w = await open("/upload.html");
    await w.page.locator('#u-municipality option[value="131164"]').waitFor({ state: "attached" });
    await w.page.selectOption("#u-municipality", "131164");
    await w.page.selectOption("#u-dataset", "aed");
    await w.page.setInputFiles("#u-file", fixture("portal/131164_aed-upload.csv"));
    expect(await w.page.locator("#u-publish").isDisabled()).toBe(true);

    await w.page.fill("#u-token", "not-a-token");
    await w.page.click("#u-validate");
    await w.page.locator("#upload-message .notice-error").waitFor();
    expect(await w.page.locator("#upload-message .notice-error p").allTextContents()).toEqual([
      "受け付けられませんでした",
      "トークンが正しくないか、失効しています。入力したトークンを確かめ、わからない場合は管理者に確認してください。",
      "The token is wrong or has been revoked. Check the token you entered; if in doubt, ask the administrator."]);
    expect(await w.page.locator("#upload-report-section").isHidden()).toBe(true);
    expect(await w.page.locator("#u-publish").isDisabled()).toBe(true);

    await w.page.fill("#u-token", toshimaToken);
    await w.page.click("#u-validate");
    await w.page.locator("#upload-report .report").waitFor();
    expect(await w.page.locator("#upload-message").textContent()).toBe("検証が終わりました。エラーはありません。「公開する」で公開できます。");
    expect(await w.page.locator("#upload-report .verdict").textContent()).toBe("✓ エラーはありません。このファイルは公開できます。");
    expect(await w.page.locator("#u-publish").isEnabled()).toBe(true);
    await screenshot(w.page, "upload-report-ja-desktop");
    // the dry run published nothing
    expect((await (await fetch(`${base}/api/v1/coverage?municipality=131164`)).json() as { totals: { published: number } }).totals.published).toBe(0);

    await w.page.click("#u-publish");
    await w.page.locator("#upload-message .notice-ok").waitFor();
    expect(await w.page.locator("#upload-message .notice-ok p").first().textContent()).toBe("公開しました。");
    const records = await (await fetch(`${base}/api/v1/datasets/aed/records?municipality=131164`)).json() as { total: number };
    expect(records.total).toBe(2);
    await w.page.close();
  });

  it("upload page: 自動判定 says which dataset it detected; after 公開しました the links show the new records and report, not cached ones", async () => {
    const w = await open("/upload.html?municipality=131164");
    await w.page.locator('#u-municipality option[value="131164"]').waitFor({ state: "attached" });
    // the officer looked at the dataset page and the report before: the browser has both answers
    await w.page.goto(`${base}/dataset.html?id=aed&municipality=131164`);
    await w.page.locator("table.records").waitFor();
    const before = await (await fetch(`${base}/api/v1/datasets/aed/records?municipality=131164&limit=1`)).json() as { total: number };
    await w.page.goto(`${base}/upload.html?municipality=131164`);
    await w.page.locator('#u-municipality option[value="131164"]').waitFor({ state: "attached" });
    expect(await w.page.locator("#u-dataset").inputValue()).toBe("auto");
    const toshima = ["全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,所在地_連結表記,緯度,経度,設置位置",
      ...[1, 2, 3].map((n) => `131164,131164-A${n},豊島区,豊島区AED${n},トシマクエーイーディー${n},東京都豊島区南池袋二丁目${n}番,35.72${n},139.71${n},1階`)].join("\r\n");
    await w.page.setInputFiles("#u-file", { name: "131164_aed.csv", mimeType: "text/csv", buffer: Buffer.from(toshima) });
    await w.page.fill("#u-token", toshimaToken);
    await w.page.click("#u-validate");
    await w.page.locator("#upload-report .report").waitFor();
    expect(await w.page.locator("#upload-message [data-detected]").textContent())
      .toBe("データセットは「AED設置箇所一覧」と判定しました（ファイル名から判定: 131164_aed.csv）。違う場合は「データセット」欄で選んでください。");
    await screenshot(w.page, "upload-auto-ja-desktop");
    await w.page.click("#u-publish");
    await w.page.locator("#upload-message .notice-ok").waitFor();
    await w.page.click("text=公開したレコードを見る");
    await w.page.locator("table.records").waitFor();
    const after = await (await fetch(`${base}/api/v1/datasets/aed/records?municipality=131164&limit=1`)).json() as { total: number };
    expect([before.total, after.total]).toEqual([2, 3]);
    await w.page.waitForFunction((n) => document.body.textContent!.includes(`全 ${n} 件`), after.total);
    await w.page.close();
  });

  it("upload page: a file that is another dataset than the one chosen is red, cannot be published, and says what to choose", async () => {
    const w = await open("/upload.html?municipality=131164&dataset=public_toilet");
    await w.page.locator('#u-municipality option[value="131164"]').waitFor({ state: "attached" });
    await w.page.locator('#u-dataset option[value="public_toilet"]').waitFor({ state: "attached" });
    await w.page.setInputFiles("#u-file", fixture("api/131041_aed.csv"));
    await w.page.fill("#u-token", toshimaToken);
    await w.page.click("#u-validate");
    await w.page.locator("#upload-report .report").waitFor();
    expect(await w.page.locator("#upload-report .verdict").getAttribute("class")).toBe("verdict verdict-bad");
    expect(await w.page.locator("#u-publish").isDisabled()).toBe(true);
    expect(await w.page.locator('#upload-report tr[data-code="upload_dataset_mismatch"] td[lang=ja]').textContent())
      .toContain("「データセット」欄で「AED設置箇所一覧」を選んで");
    await screenshot(w.page, "upload-mismatch-ja-desktop");
    await w.page.close();
  });

  it("upload page: a dry run with an error shows the row to fix and keeps publish disabled", async () => {
    const w = await open("/upload.html?municipality=131164&dataset=aed");
    await w.page.locator('#u-municipality option[value="131164"]').waitFor({ state: "attached" });
    expect(await w.page.locator("#u-municipality").inputValue()).toBe("131164");
    await w.page.setInputFiles("#u-file", fixture("portal/131164_aed-missing-name.csv"));
    await w.page.fill("#u-token", toshimaToken);
    await w.page.click("#u-validate");
    await w.page.locator("#upload-report .report").waitFor();
    expect(await w.page.locator("#upload-message").textContent()).toBe("検証が終わりました。エラーがあるため公開できません。下のレポートを見て直してください。");
    expect(await w.page.locator('#upload-report .issue-group[data-field="name"] tr[data-code="missing_required"]').getAttribute("data-row")).toBe("2");
    // the whole report as CSV, from the page (the token goes with the request)
    const [download] = await Promise.all([w.page.waitForEvent("download"), w.page.click('#upload-report button[data-format="report-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/^upload-\d+-131164-aed-report\.csv$/);
    const csv = readFileSync((await download.path())!).subarray(3).toString("utf8").split(/\r?\n/);
    expect(csv[0]).toBe("行,項目,コード,重大度,値,メッセージ,message,データの行,シート");
    expect(csv.filter((l) => /^\d+,name,missing_required,error,/.test(l))).toHaveLength(1);
    expect(await w.page.locator("#u-publish").isDisabled()).toBe(true);
    const before = await (await fetch(`${base}/api/v1/datasets/aed/records?municipality=131164`)).json() as { total: number };
    await screenshot(w.page, "upload-errors-ja-desktop");
    // publishing anyway is not possible from the page; the records of 豊島区 are what they were
    expect((await (await fetch(`${base}/api/v1/datasets/aed/records?municipality=131164`)).json() as { total: number }).total).toBe(before.total);
    await w.page.close();
  });

  it("upload page: a token of another municipality is refused with 403's message", async () => {
    const w = await open("/upload.html");
    await w.page.locator('#u-municipality option[value="131041"]').waitFor({ state: "attached" });
    await w.page.selectOption("#u-municipality", "131041");
    await w.page.setInputFiles("#u-file", fixture("portal/131041_aed.csv"));
    await w.page.fill("#u-token", toshimaToken);
    await w.page.click("#u-validate");
    await w.page.locator("#upload-message .notice-error").waitFor();
    expect(await w.page.locator("#upload-message .notice-error p[lang=ja]").textContent())
      .toBe("このトークンは団体コード 131164 専用です。131041 のデータはアップロードできません。");
    await w.page.close();
  });

  it("language: the switch rewrites labels, sets html lang, and persists across pages", async () => {
    const w = await open("/");
    await w.page.locator("#coverage-matrix").waitFor();
    expect(await w.page.locator("#datasets-title").textContent()).toBe("標準データセット Standard datasets");
    await w.page.click('.lang-switch button[data-lang="en"]');
    expect(await w.page.locator("html").getAttribute("lang")).toBe("en");
    expect(await w.page.locator("#datasets-title").textContent()).toBe("Standard datasets");
    expect(await w.page.locator('li.card[data-dataset="aed"] h3 a').textContent()).toBe("AED locations");
    expect(await w.page.locator('tr[data-code="131130"] th').textContent()).toBe("Shibuya");
    await w.page.goto(`${base}/dataset.html?id=aed`);
    await w.page.locator("table.records").waitFor();
    expect(await w.page.locator("html").getAttribute("lang")).toBe("en");
    expect(await w.page.locator("#filter-form label[for=f-municipality]").textContent()).toBe("Municipality");
    expect(await w.page.locator("table.records thead th").first().textContent()).toBe("Municipality");
    expect(await w.page.locator('.lang-switch button[data-lang="en"]').getAttribute("aria-pressed")).toBe("true");
    await w.page.click('.lang-switch button[data-lang="ja"]');
    expect(await w.page.locator("#filter-form label[for=f-municipality]").textContent()).toBe("区市町村");
    await w.page.close();
  });

  /** A page is ready when nothing says loading and, on the dataset page, the map has drawn its markers. */
  async function ready(w: WatchedPage, path: string) {
    await w.page.waitForFunction(() => !document.querySelector(".loading") && document.querySelector("#site-header nav") !== null);
    if (path.startsWith("/dataset")) await w.page.waitForFunction(() => document.querySelectorAll(".leaflet-marker-icon.odh-marker").length > 0);
  }

  /** What every page must satisfy in either language and width. */
  async function checkPage(w: WatchedPage, where: string) {
    expect(await overflowsHorizontally(w.page), `${where}: wider than the screen`).toBe(false);
    expect(await lowContrast(w.page), `${where}: contrast`).toEqual([]);
    // program values leaking into the text (the API examples in <pre> may say null: that is JSON)
    expect(await w.page.evaluate(() => [...document.body.querySelectorAll(":not(pre):not(code)")]
      .flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && !e.closest("pre"))
        .map((n) => n.textContent ?? "").filter((t) => /\b(null|undefined|NaN)\b|\[object Object\]/.test(t)))), `${where}: leaked values`).toEqual([]);
  }

  // layout does not depend on the database kind: the tour runs once, on PGlite
  // layout does not depend on the database: the tour runs once, on the first kind
  if (kind === DB_KINDS[0]) it("every page, ja and en, desktop and phone: the switch on the page itself, screenshots, no overflow, AA contrast", async () => {
    for (const [name, path] of PAGES) {
      for (const [kind, width] of WIDTHS) {
        const w = await open(path, { width });
        await ready(w, path);
        expect(await w.page.locator("html").getAttribute("lang")).toBe("ja");
        expect(await w.page.locator("#site-header nav a").first().textContent()).toBe("ホーム");
        const h1ja = await w.page.locator("h1").first().textContent();
        await checkPage(w, `${name} ja ${kind}`);
        await screenshot(w.page, `${name}-ja-${kind}`);

        await w.page.click('.lang-switch button[data-lang="en"]');
        expect(await w.page.locator("html").getAttribute("lang")).toBe("en");
        expect(await w.page.locator("#site-header nav a").first().textContent()).toBe("Home");
        expect(await w.page.locator('.lang-switch button[data-lang="en"]').getAttribute("aria-pressed")).toBe("true");
        if (name !== "municipality") expect(await w.page.locator("h1").first().textContent()).not.toBe(h1ja);   // 渋谷区 Shibuya stays bilingual
        await ready(w, path);
        // the page's own words, not data: records, schema and report cells and anything marked lang="ja" stay as they are
        const text = await w.page.evaluate(() => {
          const data = "[lang=ja], pre, table.records tbody, table.schema tbody td, table.issues tbody td, table.header-map tbody td, select option, #search-results";
          return [...document.body.querySelectorAll("*")].filter((e) => !e.closest(data))
            .flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "")).join("\n");
        });
        expect(JA_UI.filter((ja) => text.includes(ja)), `${name} en ${kind}: Japanese UI strings left`).toEqual([]);
        await checkPage(w, `${name} en ${kind}`);
        await screenshot(w.page, `${name}-en-${kind}`);

        await w.page.click('.lang-switch button[data-lang="ja"]');
        expect(await w.page.locator("html").getAttribute("lang")).toBe("ja");
        expect(w.pageErrors).toEqual([]);
        expect(w.dialogs).toEqual([]);
        // nothing the page asks for is missing: the favicon neither (map tiles are blocked on purpose: not a 404)
        expect(w.consoleErrors.filter((e) => /\b404\b/.test(e)), `${name} ${kind}: 404s`).toEqual([]);
        expect(await w.page.locator('link[rel="icon"]').getAttribute("href")).toBe("/favicon.svg");
        await w.page.close();
      }
    }
  });

  it("the favicon is the portal's own SVG, served from the hub (no external fetch)", async () => {
    const res = await fetch(`${base}/favicon.svg`);
    expect([res.status, res.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg.match(/(?:href|src)=|url\(/g)).toBeNull();
  });

  it("the contrast check itself flags faint text", async () => {
    const w = await open("/upload.html");
    await ready(w, "/upload.html");
    await w.page.evaluate(() => {
      const p = document.createElement("p");
      p.style.color = "#999";
      p.textContent = "faint";
      document.querySelector("main")!.append(p);
    });
    expect(await lowContrast(w.page)).toEqual(['p. "faint" 2.85 < 4.5']);
    await w.page.close();
  });

  it("accessibility: skip link first in tab order, every form control labelled, no horizontal overflow on a phone", async () => {
    for (const [, path] of PAGES) {
      const w = await open(path, { width: 375 });
      await ready(w, path);
      await w.page.keyboard.press("Tab");
      expect(await w.page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
      await w.page.keyboard.press("Enter");
      expect(await w.page.evaluate(() => document.activeElement?.id)).toBe("main");
      const unlabelled = await w.page.locator("input, select, textarea").evaluateAll((els) =>
        els.filter((e) => (e as HTMLInputElement).labels?.length === 0 && !e.getAttribute("aria-label")).map((e) => e.id));
      expect(unlabelled).toEqual([]);
      expect(await overflowsHorizontally(w.page), path).toBe(false);
      expect(w.pageErrors).toEqual([]);
      await w.page.close();
    }
  });

  it("keyboard only: search then Enter opens the municipality; a matrix cell opens with Enter; the filter form works from the keyboard", async () => {
    const w = await open("/");
    await w.page.locator("#coverage-matrix").waitFor();
    await w.page.focus("#search");
    await w.page.keyboard.type("しぶや");
    await w.page.keyboard.press("Enter");
    await w.page.waitForURL(`${base}/municipality.html?code=131130`);
    await w.page.locator("table.municipality-table").waitFor();

    await w.page.goto(`${base}/`);
    await w.page.locator("#coverage-matrix").waitFor();
    await w.page.locator('tr[data-code="131041"] td[data-status="published"] a').focus();
    await w.page.keyboard.press("Enter");
    await w.page.waitForURL(`${base}/dataset.html?id=aed&municipality=131041`);
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 5 件中 1〜5 件目");

    await w.page.focus("#f-municipality");
    await w.page.keyboard.press("Home");   // すべての区市町村
    await w.page.focus("#f-q");
    await w.page.keyboard.type("四谷");
    await w.page.keyboard.press("Enter");
    await w.page.waitForFunction(() => document.querySelector("#records-status")?.textContent === "全 1 件中 1〜1 件目");
    expect(new URL(w.page.url()).search).toBe(`?id=aed&q=${encodeURIComponent("四谷")}`);
    expect(await previewRows(w)).toEqual([["新宿区", "四谷区民センター"]]);
    expect(w.pageErrors).toEqual([]);
    await w.page.close();
  });
});
