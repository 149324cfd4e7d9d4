// shared-strings.ts: the shared string table read from its bytes gives what the XML says, item by item.
import { describe, expect, it } from "vitest";
import { readSharedStrings } from "../../../pipelines/shared-strings.ts";

const bytes = (xml: string) => new TextEncoder().encode(xml);
const all = (xml: string) => {
  const table = readSharedStrings(bytes(xml));
  return Array.from({ length: table.count }, (_, i) => table.get(i));
};

describe("readSharedStrings", () => {
  it("one-run items, escapes, empty items, rich text without furigana, whitespace between elements", () => {
    const xml = `<?xml version="1.0"?><sst xmlns="x" count="7" uniqueCount="7">`
      + `<si><t>新宿区役所</t></si>`
      + `<si><t xml:space="preserve"> A&amp;B &lt;1&gt; </t></si>`
      + `<si><t>行1_x000D_行2</t></si>`
      + `<si/><si><t/></si>`
      + `<si><r><rPr><b/></rPr><t>太字</t></r><r><t>と普通</t></r><rPh sb="0" eb="2"><t>フリガナ</t></rPh></si>`
      + `<si>\n  <t>整形された</t>\n</si>`
      + `</sst>`;
    expect(all(xml)).toEqual(["新宿区役所", " A&B <1> ", "行1\r行2", "", "", "太字と普通", "整形された"]);
  });

  it("runs struck through (見え消し) are what the officer deleted: left out, unless the whole text is struck", () => {
    const xml = `<sst count="3">`
      + `<si><r><rPr><strike/><sz val="11"/></rPr><t>新宿区役所3</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve"> 新宿区役所第三分庁舎</t></r></si>`
      + `<si><r><rPr><strike val="0"/></rPr><t>消していない</t></r><r><t>文字</t></r></si>`
      + `<si><r><rPr><strike/></rPr><t>全部</t></r><r><rPr><strike/></rPr><t>消した</t></r></si>`
      + `</sst>`;
    expect(all(xml)).toEqual([" 新宿区役所第三分庁舎", "消していない文字", "全部消した"]);
  });

  it("a table written with a namespace prefix (x:si)", () => {
    expect(all(`<x:sst xmlns:x="x"><x:si><x:t>名称</x:t></x:si><x:si><x:r><x:t>緯</x:t></x:r><x:r><x:t>度</x:t></x:r></x:si></x:sst>`))
      .toEqual(["名称", "緯度"]);
  });

  it("an index the table does not have is empty; items 4096 apart (one cache slot) stay apart", () => {
    const items = Array.from({ length: 5000 }, (_, i) => `<si><t>項目${i}</t></si>`).join("");
    const table = readSharedStrings(bytes(`<sst>${items}</sst>`));
    expect(table.count).toBe(5000);
    expect([table.get(1), table.get(4097), table.get(1), table.get(4999)]).toEqual(["項目1", "項目4097", "項目1", "項目4999"]);
    expect([table.get(-1), table.get(5000), table.get(Number.NaN)]).toEqual(["", "", ""]);
    expect(readSharedStrings(null).get(0)).toBe("");
  });
});
