// 高松市's AED list (its own English headers) holds AEDs in the towns around it, 綾歌郡綾川町 and 木田郡三木町, whose
// addresses name no prefecture: the engine knows no names of municipalities outside Tokyo, but a town of a 郡 is no
// city, so such a row's 所在地_全国地方公共団体コード is not the publisher's.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

const AEDS = "#property,latitude,longitude,name,address,installationPosition\n"
  + "1,34.34092056,134.04522972,健康増進施設,高松市番町1丁目10-16,2階受付\n"
  + "3,34.25197,133.93018694,ショッピングセンター,綾歌郡綾川町萱原822-1,1階サービスセンター\n"
  + "26,34.26951667,134.12743306,スイミングスクール,香川県木田郡三木町田中109-1,2階\n"
  + "40,34.33,134.05,市民会館,高松市郡家町1-1,ロビー\n";

describe("所在地_全国地方公共団体コード of a row in a town of a 郡 in a city's list", () => {
  it("is not filled with the city's code; a row in the city still is, also in a town the city named after a 郡 (郡家町)", async () => {
    const { rows } = await runBytes(AEDS, "372013_aed.csv");
    expect(rows.map((r) => [r.record.name, r.record.local_government_code, r.record.located_local_government_code])).toEqual([
      ["健康増進施設", "372013", "372013"], ["ショッピングセンター", "372013", null], ["スイミングスクール", "372013", null], ["市民会館", "372013", "372013"]]);
  });

  it("a 郡 in a 町字 of the city's own (大字郡家町) is no town of a 郡", async () => {
    const { rows } = await runBytes("名称,住所,設置位置\n集会所,大字郡家町1-1,1階\n", "372013_aed.csv");
    expect(rows.map((r) => r.record.located_local_government_code)).toEqual(["372013"]);
  });
});
