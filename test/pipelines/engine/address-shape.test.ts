// Only an address is completed with the publisher's prefecture and city: a note (未定, オンライン開催, 個人蔵), a phone
// number, URL, mail address or postal code, a number plate, a building's or station's name and a municipality alone
// are not published as 「東京都新宿区＋text」 (probes 131041_aed.csv, 131016_event.csv, 132080_cultural_property.csv,
// 131130_public_wireless_lan.csv, 131172_food_business_kita.csv, 131016_food_business_all.csv).
import { describe, expect, it } from "vitest";
import { addressShape, contactKindOf, labelledAddress, saysDeposited } from "../../../pipelines/normalize/address-shape.ts";
import { AED_HEADER, runBytes } from "./helpers.ts";

describe("saysDeposited", () => {
  it.each([
    ["京都国立博物館に寄託", true], ["江戸東京博物館保管", true], ["博物館で保管中", true], ["京都国立博物館に寄託（令和5年から）", true],
    ["ｋ博物館保管 ", true], ["新宿区新宿5-18-21", false], ["保管庫2階", false], ["管理棟1階", false], ["", false],
  ])("%s → %s", (cell, deposited) => expect(saysDeposited(cell)).toBe(deposited));

  // the cheap test before the regex reads the cell as written: it holds only while NFKC makes 託 and 管 of nothing else
  it("no character but 託 and 管 becomes either under NFKC", () => {
    const makers: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const s = String.fromCodePoint(c);
      const n = s.normalize("NFKC");
      if (s !== "託" && s !== "管" && (n.includes("託") || n.includes("管"))) makers.push(s);
    }
    expect(makers).toEqual([]);
  });
});

describe("addressShape", () => {
  it.each([
    "千代田区丸の内1丁目", "大字三ツ木", "八丈町三根1234", "小笠原村父島字東町", "新宿区新宿5-18-21 新宿ビル3階", "御岳本町359福田ビル1階",
    "青ヶ島村無番地", "大字長倉番地なし", "竹富町字波照間2770.2771.2772番地", "曙町三丁目交差点", "西新宿二丁目8番1号", "一番町", "歌舞伎町",
    "新宿区西新宿", "印西市押付地先", "長房町360の一部", "飛田給1丁目ほか", "駒沢公園1-1", "上野2ー14-21", "大字箱根ケ崎123の4",
    "〒160-0022 新宿区新宿5-18-21", "山口県萩市椿東",
    // a room mark after the block number is no number plate; a 町 after a prefecture with no 郡 may be a town (江津市浅利町)
    "中野区中野4-11-10 あ101", "新宿区西新宿2-8-1 さ12", "島根県浅利町", "島根県江津市浅利町", "長野県小谷村",
  ])("%s is an address", (cell) => expect(addressShape(cell)).toBe("address"));

  it.each([
    ["未定", "note"], ["調整中", "note"], ["準備中", "note"], ["別紙参照", "note"], ["決定次第お知らせします", "note"], ["オンライン開催", "note"],
    ["Zoomによるオンライン開催", "note"], ["個人蔵", "note"], ["（個人所有）", "note"], ["未調査", "note"], ["各会場", "note"], ["（県警ヘリに搭載）", "note"],
    // a food business with no fixed place: published as 東京都新宿区移動販売のため所在地なし before
    ["移動販売のため所在地なし", "note"], ["移動販売", "note"], ["行商", "note"], ["所在地なし", "note"], ["住所不定", "note"],
    ["03-3348-1111", "contact"], ["TEL:03-3209-1111", "contact"], ["https://www.city.shinjuku.lg.jp/", "contact"], ["info@example.jp", "contact"],
    ["〒169-0073", "contact"], ["０３－３３４８－１１１１", "contact"],
    ["品川500あ1234", "plate"], ["（営業車両）品川500あ1234", "plate"], ["多摩 330 さ 12-34", "plate"], ["車両番号：練馬 800 な 12-34（キッチンカー）", "plate"],
    ["B店", "place_name"], ["新宿区役所本庁舎", "place_name"], ["都庁第一本庁舎内", "place_name"], ["新宿駅西口", "place_name"],
    ["高田馬場駅前ロータリー", "place_name"], ["SHIBUYA109前", "place_name"], ["千代田区役所1階区民ホール", "place_name"], ["1階エントランス", "place_name"],
    ["陣馬山頂（神奈川県境）", "place_name"], ["日比谷公園", "place_name"],
    ["東京都渋谷区", "municipality_only"], ["渋谷区", "municipality_only"], ["西多摩郡瑞穂町", "municipality_only"], ["山口県下関市", "municipality_only"],
    ["長野県北安曇郡小谷村", "municipality_only"], ["埼玉県さいたま市浦和区", "municipality_only"], ["東京都瑞穂町", "municipality_only"],
  ])("%s is %s", (cell, shape) => expect(addressShape(cell)).toBe(shape));

  it.each([["03-3348-1111", "phone"], ["TEL:03-3209-1111", "phone"], ["3348-1111", "phone"], ["https://example.jp/a", "url"], ["info@example.jp", "mail"],
    ["〒169-0073", "postal_code"], ["新宿区新宿5-18-21", null], ["1-2-3", null]])("contact %s → %s", (cell, kind) => expect(contactKindOf(cell)).toBe(kind));

  it.each([
    ["（自動車）保管場所：北区滝野川3-1-1", { label: "（自動車）保管場所", address: "北区滝野川3-1-1" }],
    ["所在地：新宿区新宿5-18-21", { label: "所在地", address: "新宿区新宿5-18-21" }],
    ["【本店】千代田区九段南1-2-1", { label: "【本店】", address: "千代田区九段南1-2-1" }],
    ["（営業車両）品川500あ1234", null], ["TEL:03-3209-1111", null], ["（個人所有）", null], ["新宿区新宿5-18-21", null],
    ["電話：03-3209-1111", null], ["備考：1階", null],
    // a municipality, a town or a prefecture before the colon is the address's own head: only the colon goes
    ["渋谷区：代々木神園町2-1", { label: null, address: "渋谷区代々木神園町2-1" }],
    ["八王子市：元本郷町三丁目24番1号", { label: null, address: "八王子市元本郷町三丁目24番1号" }],
    ["台東区千束：3-20-2", { label: null, address: "台東区千束3-20-2" }], ["千束：3-20-2", { label: null, address: "千束3-20-2" }],
    ["東京都：新宿区西新宿2-8-1", { label: null, address: "東京都新宿区西新宿2-8-1" }],
    ["（渋谷区）代々木神園町2-1", { label: null, address: "渋谷区代々木神園町2-1" }],
    ["（自動車）渋谷区：代々木神園町2-1", { label: "（自動車）", address: "渋谷区代々木神園町2-1" }],
    // a label before an address that starts at the same level or above it; a bracketed word that is no municipality
    ["所在地：渋谷区代々木二丁目1番", { label: "所在地", address: "渋谷区代々木二丁目1番" }],
    ["本部：新宿区西新宿2-8-1", { label: "本部", address: "新宿区西新宿2-8-1" }], ["保管場所：滝野川3-1-1", { label: "保管場所", address: "滝野川3-1-1" }],
    ["住居表示：3-20-2", { label: "住居表示", address: "3-20-2" }], ["設置位置：1-2-3", { label: "設置位置", address: "1-2-3" }],
    ["（新宿区）新宿区西新宿2-8-1", { label: "（新宿区）", address: "新宿区西新宿2-8-1" }], ["（自動車）3-1-1", { label: "（自動車）", address: "3-1-1" }],
  ])("label of %s", (cell, expected) => expect(labelledAddress(cell)).toEqual(expected));
});

/** [row, code, severity, value] of the issues on the address. */
const onAddress = (issues: ReadonlyArray<{ row: number | null; field: string | null; code: string; severity: string; value: string | null }>) =>
  issues.filter((i) => i.field === "full_address").map((i) => [i.row, i.code, i.severity, i.value]);

describe("an address cell that is no address is not completed", () => {
  it("an AED list: notes and contacts are no address, place names are completed with the ward's own name and warned, 「－」 is an empty cell", async () => {
    const cells = ["新宿区歌舞伎町1-4-1", "B店", "未定", "別紙参照", "03-3348-1111", "https://www.city.shinjuku.lg.jp/", "info@example.jp", "〒169-0073",
      "新宿駅西口", "新宿区役所本庁舎", "－", "東京都新宿区"];
    const rows = cells.map((cell, i) => `131041,${i + 1},施設${i + 1},${cell},,,1階,,,,有,`);
    const { report, rows: out } = await runBytes(`${AED_HEADER},備考\n${rows.join("\n")}\n`, "131041_aed.csv");
    expect(out.map((r) => [r.record.full_address, r.record.postal_code, r.record.remarks, r.valid])).toEqual([
      ["東京都新宿区歌舞伎町1-4-1", null, null, true],
      ["東京都新宿区B店", null, null, true],
      [null, null, "所在地_連結表記：未定", true],
      [null, null, "所在地_連結表記：別紙参照", true],
      [null, null, "所在地_連結表記：03-3348-1111", false],
      [null, null, "所在地_連結表記：https://www.city.shinjuku.lg.jp/", false],
      [null, null, "所在地_連結表記：info@example.jp", false],
      [null, "1690073", null, false],
      ["東京都新宿区新宿駅西口", null, null, true],
      ["東京都新宿区役所本庁舎", null, null, true],
      [null, null, null, false],
      ["東京都新宿区", null, null, true],
    ]);
    expect(onAddress(report.issues)).toEqual([
      [1, "address_completed", "info", "新宿区歌舞伎町1-4-1"],
      [2, "place_name_as_address", "warning", "B店"], [2, "address_completed", "info", "B店"],
      [3, "not_an_address", "warning", "未定"],
      [4, "not_an_address", "warning", "別紙参照"],
      [5, "contact_in_address", "warning", "03-3348-1111"], [5, "required_unreadable", "error", "03-3348-1111"],
      [6, "contact_in_address", "warning", "https://www.city.shinjuku.lg.jp/"], [6, "required_unreadable", "error", "https://www.city.shinjuku.lg.jp/"],
      [7, "contact_in_address", "warning", "info@example.jp"], [7, "required_unreadable", "error", "info@example.jp"],
      [8, "contact_in_address", "warning", "〒169-0073"], [8, "required_unreadable", "error", "〒169-0073"],
      [9, "place_name_as_address", "warning", "新宿駅西口"], [9, "address_completed", "info", "新宿駅西口"],
      [10, "place_name_as_address", "warning", "新宿区役所本庁舎"], [10, "address_completed", "info", "新宿区役所本庁舎"],
      [11, "placeholder_value", "info", "－"], [11, "missing_required", "error", "－"],
      [12, "address_municipality_only", "warning", "東京都新宿区"],
    ]);
    const said = (code: string) => report.issues.find((i) => i.code === code && i.value === "〒169-0073");
    expect([said("contact_in_address")?.message_ja, said("contact_in_address")?.message_en]).toEqual([
      "9行目（データの8行目）：「所在地_連結表記」の「〒169-0073」は郵便番号で、住所ではありません。所在地は空欄とし、セルは郵便番号の列（空のとき）か備考に残しました。所在地には住所（町名・番地）を書き、郵便番号はその列に書いてください。",
      "Row 9 (data row 8): \"〒169-0073\" (full_address) is a postal code, not an address. The address was left empty and the cell kept in the postal code column (when empty) or the remarks. Write the address (town and block number) there, and the postal code in its own column."]);
  });

  it("a 文化財 list's 個人蔵 and an event's オンライン開催 are no address; the row stays valid", async () => {
    const cultural = await runBytes("名称,文化財分類,種類,所在地,緯度,経度\n某家文書,市指定;有形文化財,古文書,個人蔵,,\n某寺仏像,市指定;有形文化財,彫刻,（個人所有）,,\n", "132080_cultural_property.csv");
    expect(cultural.rows.map((r) => [r.record.full_address, r.record.remarks, r.valid])).toEqual([
      // a bare 古文書, 彫刻 is read as 美術工芸品, the cell kept in 備考 after the address's
      [null, "所在地_連結表記：個人蔵 / 種類：古文書", true], [null, "所在地_連結表記：（個人所有） / 種類：彫刻", true]]);
    const event = await runBytes("イベント名,開始日,所在地\n区民講座,2024-10-01,Zoomによるオンライン開催\n", "131016_event.csv");
    expect(onAddress(event.report.issues)).toEqual([[1, "not_an_address", "warning", "Zoomによるオンライン開催"]]);
    expect(event.rows[0].record.full_address).toBe(null);
  });

  it("a food list's label in front of the address goes to 備考; a number plate is no address (adv1 #5)", async () => {
    const text = ["施設の名称,営業者,所在地,営業の種類,許可番号,許可年月日,備考",
      "滝野川キッチンカー,株式会社KTN,（自動車）保管場所：北区滝野川3-1-1,飲食店営業,第200号,令和6年1月10日,営業区域 東京都内",
      "神田キッチンカー,株式会社神田,（営業車両）品川500あ1234,飲食店営業,第201号,令和6年1月10日,"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131172_food_business.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.remarks])).toEqual([
      ["東京都北区滝野川3-1-1", "営業区域 東京都内 / 所在地_連結表記：（自動車）保管場所"],
      [null, "所在地_連結表記：（営業車両）品川500あ1234"]]);
    expect(onAddress(report.issues)).toEqual([
      [1, "address_label_removed", "info", "（自動車）保管場所：北区滝野川3-1-1"], [1, "address_completed", "info", "（自動車）保管場所：北区滝野川3-1-1"],
      [2, "not_an_address", "warning", "（営業車両）品川500あ1234"]]);
    expect(report.issues.find((i) => i.code === "address_label_removed")?.message_ja).toContain("見出し「（自動車）保管場所」を外して備考に残し");
  });

  it("a municipality or town before a colon stays in the address, the colon goes; a room mark is no plate (re-check probes p43, p43b, p42)", async () => {
    const cells = ["渋谷区：代々木神園町2-1", "所在地：渋谷区代々木二丁目1番", "東京都：新宿区西新宿2-8-1", "中野区中野4-11-10 あ101", "台東区千束：3-20-2"];
    const ward = await runBytes(`ID,名称,所在地,設置位置\n${cells.map((c, i) => `${i + 1},施設${i + 1},${c},1階`).join("\n")}\n`, "131041_aed.csv");
    expect(ward.rows.map((r) => [r.record.full_address, r.record.city, r.record.located_local_government_code, r.record.remarks])).toEqual([
      ["東京都渋谷区代々木神園町2-1", "渋谷区", "131130", null],
      ["東京都渋谷区代々木二丁目1番", "渋谷区", "131130", "所在地_連結表記：所在地"],
      ["東京都新宿区西新宿2-8-1", "新宿区", "131041", null],
      ["東京都中野区中野4-11-10 あ101", "中野区", "131148", null],
      ["東京都台東区千束3-20-2", "台東区", "131067", null]]);
    expect(onAddress(ward.report.issues)).toEqual([
      [1, "address_separator_removed", "info", "渋谷区：代々木神園町2-1"], [1, "address_completed", "info", "渋谷区：代々木神園町2-1"],
      [2, "address_label_removed", "info", "所在地：渋谷区代々木二丁目1番"], [2, "address_completed", "info", "所在地：渋谷区代々木二丁目1番"],
      [3, "address_separator_removed", "info", "東京都：新宿区西新宿2-8-1"],
      [4, "address_completed", "info", "中野区中野4-11-10 あ101"],
      [5, "address_separator_removed", "info", "台東区千束：3-20-2"], [5, "address_completed", "info", "台東区千束：3-20-2"]]);
    expect(ward.report.issues.find((i) => i.code === "address_separator_removed")?.message_ja)
      .toBe("2行目（データの1行目）：「所在地_連結表記」の「渋谷区：代々木神園町2-1」の区切り（：や括弧）の前は住所の一部（都道府県・市区町村・町名）と読み、区切りだけを外して「渋谷区代々木神園町2-1」としました。所在地は区切りを入れずに続けて書いてください。");
    const tokyo = await runBytes("ID,名称,所在地,設置位置\n1,都立施設1,八王子市：元本郷町三丁目24番1号,1階\n", "130001_aed.csv");
    expect(tokyo.rows.map((r) => [r.record.full_address, r.record.prefecture, r.record.city])).toEqual([["東京都八王子市元本郷町三丁目24番1号", "東京都", "八王子市"]]);
  });

  it("a place's name is completed with the publisher's municipality, warned; not in the 東京都 list nor on a row of another city", async () => {
    const setagaya = await runBytes("名称,所在地,市区町村名\n砧公園トイレ,砧公園内,\n上野のトイレ,上野公園,台東区\n", "131121_public_toilet.csv");
    expect(setagaya.rows.map((r) => [r.record.full_address, r.record.prefecture, r.record.city])).toEqual([
      ["東京都世田谷区砧公園内", "東京都", "世田谷区"], ["上野公園", null, "台東区"]]);
    expect(onAddress(setagaya.report.issues)).toEqual([
      [1, "place_name_as_address", "warning", "砧公園内"], [1, "address_completed", "info", "砧公園内"],
      [2, "place_name_as_address", "warning", "上野公園"]]);
    const tokyo = await runBytes("ID,名称,所在地,設置位置\n1,都立施設,都庁第一本庁舎,1階\n", "130001_aed.csv");
    expect(tokyo.rows.map((r) => [r.record.full_address, r.record.city])).toEqual([["都庁第一本庁舎", null]]);
  });
});
