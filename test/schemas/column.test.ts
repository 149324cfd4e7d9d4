import { describe, expect, it } from "vitest";
import { contact, identity } from "../../schemas/blocks.ts";
import { col, omit, pick, replace } from "../../schemas/column.ts";
import { text } from "../../schemas/types.ts";

describe("block helpers", () => {
  it("pick returns one column of a block by key", () => {
    expect(pick(identity, "id")).toBe(identity[1]);
    expect(() => pick(identity, "nope" as never)).toThrow("no column nope in block");
  });

  it("omit drops columns and keeps the order of the rest", () => {
    expect(omit(contact, "phone_number", "postal_code").map((c) => c.key))
      .toEqual(["extension_number", "contact_email", "contact_form_url", "contact_remarks"]);
  });

  it("replace swaps a column for the dataset's own spelling in the same place", () => {
    const own = col({ key: "local_government_name", ja: "自治体名", en: "localGovernmentName", type: text, requirement: "optional" });
    expect(replace(identity, own).map((c) => [c.key, c.ja]))
      .toEqual([["local_government_code", "全国地方公共団体コード"], ["id", "ID"], ["local_government_name", "自治体名"]]);
    expect(() => replace(identity, col({ ...own, key: "nope" }))).toThrow("no column nope in block to replace");
  });
});
