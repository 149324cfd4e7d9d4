// Static checks of the portal sources (no browser): every UI string exists in Japanese and English, every key the
// pages use is defined, and no code path parses HTML from strings (names in municipal files are untrusted).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
// @ts-expect-error: the portal is plain JavaScript without type declarations
import { STRINGS as PORTAL_STRINGS } from "../../portal/assets/strings.js";

type PortalString = [string | ((...args: unknown[]) => string), string | ((...args: unknown[]) => string)];
const STRINGS = PORTAL_STRINGS as Record<string, PortalString>;

const PORTAL = path.join(ROOT, "portal");
const sources = [
  ...readdirSync(PORTAL).filter((f) => f.endsWith(".html")).map((f) => path.join(PORTAL, f)),
  ...readdirSync(path.join(PORTAL, "assets")).filter((f) => f.endsWith(".js")).map((f) => path.join(PORTAL, "assets", f)),
];
const read = (file: string) => readFileSync(file, "utf8");

const NAMESPACES = new Set(Object.keys(STRINGS).map((k) => k.split(".")[0]));

/** Keys used literally: t("k"), label("k"), both("k"), data-i18n*="k", and any "ns.key" literal of a known namespace
 *  (the tables of headers and statuses that pages map through t). */
function usedKeys(text: string): string[] {
  const literals = [...text.matchAll(/"([a-z]+)\.([a-z_.]+)"/g)].filter((m) => NAMESPACES.has(m[1]!)).map((m) => `${m[1]}.${m[2]}`);
  const patterns = [
    /\b(?:t|label|both)\(\s*"([a-z_.]+)"/g,
    /data-i18n(?:-label|-placeholder|-aria-label|-title)?="([a-z_.]+)"/g,
    /"data-i18n(?:-label)?":\s*"([a-z_.]+)"/g,
    /\bkey:\s*"([a-z_.]+)"/g,
    /\["[^"]+",\s*"((?:area|nav)\.[a-z_]+)"\]/g,
    /:\s*"((?:req|method)\.[a-z_]+)"/g,
  ];
  return [...literals, ...patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!))];
}

describe("portal strings", () => {
  it("every string has a Japanese and an English text, neither empty", () => {
    const bad = Object.entries(STRINGS).filter(([, pair]) => pair.length !== 2 || pair.some((v) => (typeof v === "string" ? v.trim() === "" : typeof v !== "function")));
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it("functions take the same values in both languages", () => {
    const mismatched = Object.entries(STRINGS).filter(([, [ja, en]]) => typeof ja !== typeof en || (typeof ja === "function" && ja.length !== (en as () => string).length));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("every key the pages use is defined", () => {
    const missing = sources.flatMap((file) => usedKeys(read(file)).filter((k) => !(k in STRINGS)).map((k) => `${path.basename(file)}: ${k}`));
    expect(missing).toEqual([]);
  });

  it("keys built at run time are defined: upload and report statuses, why a pair has no records", () => {
    const dynamic = ["published", "unchanged", "invalid", "failed", "dry_run"].map((s) => `upload.status.${s}`)
      .concat(["published", "superseded", "not_published"].map((s) => `report.status.${s}`))
      .concat(["failed", "no_valid_rows"].map((s) => `missing.${s}`));
    expect(dynamic.filter((k) => !(k in STRINGS))).toEqual([]);
  });
});

describe("portal sources never turn strings into HTML", () => {
  it.each(sources.filter((f) => f.endsWith(".js")).map((f) => [path.basename(f), f]))("%s", (_name, file) => {
    const text = read(file);
    expect([...text.matchAll(/\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|new Function|createContextualFragment)\b/g)].map((m) => m[1]))
      .toEqual([]);
  });
});

describe("portal pages preload their whole module graph", () => {
  /** Modules a module imports, transitively, in first-seen order. */
  function graph(module: string, seen = new Set<string>()): Set<string> {
    for (const m of read(path.join(PORTAL, "assets", module)).matchAll(/^import [^;]* from "\.\/([\w-]+\.js)";/gm)) {
      if (!seen.has(m[1]!)) { seen.add(m[1]!); graph(m[1]!, seen); }
    }
    return seen;
  }
  it.each(readdirSync(PORTAL).filter((f) => f.endsWith(".html")))("%s", (page) => {
    const html = read(path.join(PORTAL, page));
    const entry = /<script type="module" src="\/assets\/([\w-]+\.js)"><\/script>/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="\/assets\/([\w-]+\.js)">/g)].map((m) => m[1]).sort();
    expect(preloaded).toEqual([...graph(entry!)].sort());
  });
});
