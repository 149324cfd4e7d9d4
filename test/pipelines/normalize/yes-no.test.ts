import { describe, expect, it } from "vitest";
import { markOf, saysClosed, yesNoOf } from "../../../pipelines/normalize/yes-no.ts";

describe("yesNoOf: compared in NFKC, without white space, in lower case", () => {
  it.each([
    ["有", true], ["無", false], ["あ り", true], ["な\u3000し", false], ["ＹＥＳ", true], ["\tNo ", false], ["設置 されて います", true],
    ["未 設置", false], ["１", true], ["有（2台）", undefined], ["不明", undefined], ["可", true], ["否", false],
  ])("yesNoOf(%j) → %j", (text, value) => expect(yesNoOf(text)).toBe(value));
});

describe("saysClosed and markOf", () => {
  it.each([["休", true], ["休 診", true], ["定休日\u3000", true], ["ー", false], ["-", true], ["－", true], ["9:00-17:00", false]])(
    "saysClosed(%j) → %j", (text, closed) => expect(saysClosed(text)).toBe(closed));
  it.each([[" ○ ", "○"], ["-", "－"], ["‐", "－"], ["ー", "－"], ["ａ", "a"]])("markOf(%j) → %j", (cell, mark) => expect(markOf(cell)).toBe(mark));
});
