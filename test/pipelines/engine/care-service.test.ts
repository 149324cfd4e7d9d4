// 介護サービス事業所一覧 (09) as municipalities write it: the reading of the name under the usual headers.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

describe("care_service: the reading of the name", () => {
  it("is read under フリガナ, and under カナ in a group over two rows (事業所 over 名称 | カナ)", async () => {
    const single = await runBytes("事業所名,フリガナ,サービス種別,所在地,電話\n国立ケア,クニタチケア,訪問介護,東京都国立市富士見台2-47-1,042-576-2111\n", "care.csv");
    expect([single.rows[0].record.name, single.rows[0].record.name_kana, single.rows[0].extra]).toEqual(["国立ケア", "クニタチケア", {}]);
    const twoRows = "番号,事業所,,実施サービス,所在地,電話番号\n,名称,カナ,,,\n1,府中ケア,フチュウケア,訪問介護,東京都府中市府中町二丁目25番地,042-364-1234\n";
    const split = await runBytes(twoRows, "care.csv");
    expect([split.report.dataset, split.rows[0].record.name, split.rows[0].record.name_kana, split.rows[0].extra])
      .toEqual(["care_service", "府中ケア", "フチュウケア", {}]);
  });
});
