import { describe, expect, it } from "vitest";
import { ResponseCache } from "../../../catalog-api/response-cache.ts";

const page = (n: number) => ({ body: Buffer.alloc(n, 0x61), type: "application/json", link: null });

describe("ResponseCache", () => {
  it("returns what was stored under the key, and nothing for another key", () => {
    const c = new ResponseCache(1_000_000);
    c.set("a", { body: Buffer.from("{}"), type: "application/json", link: "<x>; rel=\"next\"" });
    expect(c.get("a")).toMatchObject({ type: "application/json", link: "<x>; rel=\"next\"" });
    expect(c.get("a")!.body.toString()).toBe("{}");
    expect(c.get("b")).toBeUndefined();
  });

  it("stays under its byte budget, evicting the least recently used first", () => {
    const c = new ResponseCache(10_000);
    for (const k of ["a", "b", "c", "d"]) c.set(k, page(1000));
    expect(c.get("a")).toBeDefined();          // a is now the most recently used
    for (const k of ["e", "f", "g", "h", "i", "j"]) c.set(k, page(1000));
    expect(c.bytes).toBeLessThanOrEqual(10_000);
    expect(c.get("a")).toBeDefined();
    expect(c.get("b")).toBeUndefined();
    expect(c.get("j")).toBeDefined();
  });

  it("never stores a page larger than an eighth of the budget, and stores nothing with a budget of 0", () => {
    const c = new ResponseCache(8000);
    c.set("big", page(2000));
    expect(c.get("big")).toBeUndefined();
    const off = new ResponseCache(0);
    off.set("x", page(1));
    expect(off.size).toBe(0);
  });

  it("replacing a key does not count its bytes twice", () => {
    const c = new ResponseCache(100_000);
    c.set("a", page(1000));
    const once = c.bytes;
    c.set("a", page(1000));
    expect(c.bytes).toBe(once);
    expect(c.size).toBe(1);
  });
});
