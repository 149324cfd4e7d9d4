// rowsDropped: a harvest is held when its valid rows are half the published version's or fewer (of 10 or more).
import { describe, expect, it } from "vitest";
import { rowsDropped } from "../../pipelines/rows-dropped.ts";

describe("rowsDropped", () => {
  it.each([[83, 42], [83, 1], [10, 5], [112, 2], [104, 0]])("published %i, now %i: held, both counts named", (published, now) => {
    expect(rowsDropped(published, now)).toMatchObject({ code: "rows_dropped", severity: "warning", row: null, value: String(now), detail: String(published) });
  });

  it.each([[83, 43], [104, 59], [10, 6], [9, 1], [0, 0]])("published %i, now %i: not held", (published, now) => {
    expect(rowsDropped(published, now)).toBeNull();
  });

  it("nothing published: nothing to drop from", () => {
    expect(rowsDropped(undefined, 1)).toBeNull();
    expect(rowsDropped(null, 1)).toBeNull();
  });
});
