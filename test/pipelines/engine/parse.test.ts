// Parse stage: delimiter sniffing, records across chunk boundaries, quote problems, streaming; title and blank rows
// above and between data rows skipped and reported (through harmonize, where the header is known).
import { describe, expect, it } from "vitest";
import { type Delimiter, type ParsedRecord, parseCsv, sniffDelimiter } from "../../../pipelines/parse.ts";
import { AED_HEADER, AED_ROW, crafted, runBytes, tuples } from "./helpers.ts";

async function parseAll(chunks: string[], delimiter?: Delimiter): Promise<{ records: ParsedRecord[]; delimiter: Delimiter }> {
  const source = async function* () { yield* chunks; };
  const parser = parseCsv(source(), delimiter ? { delimiter } : {});
  const records: ParsedRecord[] = [];
  for (;;) {
    const next = await parser.next();
    if (next.done) return { records, delimiter: next.value };
    records.push(...next.value);
  }
}

describe("sniffDelimiter", () => {
  it.each<[string, string, Delimiter]>([
    ["comma", "a,b,c\n1,2,3\n4,5,6\n", ","],
    ["tab", "a\tb\tc\n1\t2\t3\n4\t5\t6\n", "\t"],
    ["semicolon", "a;b;c\n1;2;3\n4;5;6\n", ";"],
    ["semicolon with commas inside cells", "名称;住所;備考\nA;1-2, 3階;x, y\nB;4-5;z\n", ";"],
    ["tab with commas inside cells", "名称\t住所\nA\t1-2, 3階\nB\t4-5, 6階\n", "\t"],
    ["comma with `;` lists inside cells", "名称,曜日\nA,月;火;水\nB,木;金\n", ","],
    ["comma under a one-cell title row", "一覧表\n\na,b,c\n1,2,3\n", ","],
    ["comma for a one-column file", "名称\nA\nB\n", ","],
    // a ledger system's export: before, read as one column, header_not_found and every row invalid
    ["pipe", "名称|所在地|電話番号\nA|新宿区1-2, 3階|03-1111-2222\nB|新宿区4-5|03-3333-4444\n", "|"],
    ["comma with `|` lists inside cells", "名称,設備\nA,AED|担架|車椅子\nB,AED|担架\n", ","],
    // every row holds one list of the same length, and a few rows are shifted by a comma inside a value: by row count
    // alone the semicolon agreed on more rows
    ["comma with a `;` list on every row and shifted rows", ["ID,名称,住所,曜日,時間,備考",
      ...Array.from({ length: 20 }, (_, i) => `${i},施設${i},${i % 7 === 0 ? "新宿区1,2階" : "新宿区1"},月;火;水;木;金,9:00,`)].join("\n"), ","],
  ])("%s", (_, sample, delimiter) => expect(sniffDelimiter(sample)).toBe(delimiter));
});

describe("a CSV whose every line is quoted whole", () => {
  // `"131041,1,新宿区役所,…"` on every line was one cell a row: header_not_found and every row invalid
  it("is read as the lines inside the quotes, a quoted cell inside kept whole, and said", async () => {
    const lines = [AED_HEADER, AED_ROW, AED_ROW.replace("1階ロビー", '"1階ロビー, 受付横"')].map((line) => `"${line.replaceAll('"', '""')}"`);
    const { report, rows } = await runBytes(`${lines.join("\r\n")}\r\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.installation_position, r.record.end_time, r.valid])).toEqual([
      [1, "新宿区役所本庁舎", "1階ロビー", "17:15", true], [2, "新宿区役所本庁舎", "1階ロビー, 受付横", "17:15", true]]);
    expect(tuples(report, "header_not_found", "lines_quoted_whole")).toEqual([[null, null, "lines_quoted_whole"]]);
    expect(report.issues.find((i) => i.code === "lines_quoted_whole")?.message_en).toContain('Each line was quoted whole ("…")');
  });

  it("by a tab, under a quoted title line; a one-column list of quoted names with a comma each is no such file", async () => {
    const { records, delimiter } = await parseAll(['"AED一覧"\n"名称\t所在地\t電話"\n"A\t新宿区1\t03-1111-2222"\n']);
    expect([delimiter, records.map((r) => r.cells)]).toEqual(["\t", [["AED一覧"], ["名称", "所在地", "電話"], ["A", "新宿区1", "03-1111-2222"]]]);
    expect((await parseAll(['"名称"\n"新宿区役所, 本庁舎"\n"大久保図書館, 分室"\n'])).records.map((r) => r.cells)).toEqual([
      ["名称"], ["新宿区役所, 本庁舎"], ["大久保図書館, 分室"]]);
  });
});

describe("lines quoted whole under lines written plainly", () => {
  const quote = (line: string) => `"${line.replaceAll('"', '""')}"`;
  // a plain title line (AED設置場所一覧) or a plain header over the quoted lines: before, every row one cell — under a
  // title, header_not_found and no name; under a plain header, 名称 was the whole line and every row invalid
  it.each([
    ["a plain title over a quoted header", ["AED設置場所一覧", quote(AED_HEADER)], "rows_above_header"],
    ["a plain header", [AED_HEADER], null],
  ])("%s: the quoted lines are read as the lines inside, said", async (_, over, above) => {
    const lines = [...over, quote(AED_ROW), quote(AED_ROW.replace("1階ロビー", '"1階ロビー, 受付横"'))];
    const { report, rows } = await runBytes(`${lines.join("\r\n")}\r\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.installation_position, r.record.end_time, r.valid])).toEqual([
      [1, "新宿区役所本庁舎", "1階ロビー", "17:15", true], [2, "新宿区役所本庁舎", "1階ロビー, 受付横", "17:15", true]]);
    expect(tuples(report, "header_not_found", "too_few_fields", "lines_quoted_whole", "rows_above_header")).toEqual([
      ...(above === null ? [] : [[null, null, above]]), [null, null, "lines_quoted_whole"]]);
    expect(report.issues.find((i) => i.code === "lines_quoted_whole")?.value).toBe(AED_HEADER.slice(0, 100) + (AED_HEADER.length > 100 ? "…" : ""));
  });

  it("a normal file with one quoted note line at its end, or more plain lines than quoted ones, is read as written", async () => {
    const plain = ["名称,所在地,電話", "A,新宿区1,03-1111-2222", "B,新宿区2,03-1111-3333"];
    expect((await parseAll([`${[...plain, '"※注記, 詳しくは, 区HPへ"'].join("\n")}\n`])).records.map((r) => r.cells.length)).toEqual([3, 3, 3, 1]);
    expect((await parseAll([`${[...plain, '"※注記, 詳しくは, 区HPへ"', '"※2, 別表, 参照"'].join("\n")}\n`])).records.map((r) => r.cells.length)).toEqual([3, 3, 3, 1, 1]);
  });
});

describe("a pipe-delimited file", () => {
  it("is read by its pipes, a comma inside a cell kept", async () => {
    const csv = [AED_HEADER, AED_ROW.replace("1階ロビー", "1階ロビー,受付横")].map((line) => line.replaceAll(",", "|").replace("1階ロビー|受付横", "1階ロビー,受付横")).join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.installation_position, r.record.phone_number, r.valid])).toEqual([
      [1, "新宿区役所本庁舎", "1階ロビー,受付横", "03-3209-1111", true]]);
    expect(tuples(report, "header_not_found")).toEqual([]);
  });
});

describe("parseCsv", () => {
  it("numbers records from 1 and reads quoted commas, quotes and newlines", async () => {
    const { records } = await parseAll(["名称,説明\n\"A, B\",\"1行目\n2行目\"\n\"He said \"\"hi\"\"\",x\n"]);
    expect(records).toEqual([
      { index: 1, cells: ["名称", "説明"] },
      { index: 2, cells: ["A, B", "1行目\n2行目"] },
      { index: 3, cells: ["He said \"hi\"", "x"] },
    ]);
  });

  it("gives the same records however the text is cut into chunks", async () => {
    const text = `${AED_HEADER}\n${AED_ROW}\n"quoted, cell","two\nlines",x\n${AED_ROW}`;
    const whole = (await parseAll([text])).records;
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect((await parseAll(chunks)).records).toEqual(whole);
    }
    expect(whole.map((r) => r.cells.length)).toEqual([11, 11, 3, 11]);
  });

  it("a trailing newline adds no empty record; blank lines are records (the row stage reports them)", async () => {
    expect((await parseAll(["a,b\n1,2\n"])).records.map((r) => r.cells)).toEqual([["a", "b"], ["1", "2"]]);
    expect((await parseAll(["a,b\n\n1,2"])).records.map((r) => r.cells)).toEqual([["a", "b"], [""], ["1", "2"]]);
  });

  it("an unclosed quote does not swallow the lines after it: its row is marked, the next rows read normally", async () => {
    const { records } = await parseAll(["a,b\n1,\"2\n3,4\n"]);
    expect(records).toEqual([
      { index: 1, cells: ["a", "b"] },
      { index: 2, cells: ["1", "\"2"], quoteProblem: "missing_quotes" },
      { index: 3, cells: ["3", "4"] },
    ]);
  });

  it("a last line whose quote never closes (a file cut inside a quoted cell) is split as written, its cells after the quote in their columns", async () => {
    // before: the rest of the line after the quote was one value, `受付（2階,03-3232-0171,09:00`, published as 設置位置
    for (const text of ["a,b,c,d\n1,\"受付（2階,03-3232-0171,09:00", "a,b,c,d\n1,\"受付（2階,03-3232-0171,09:00\n"]) {
      expect((await parseAll([text])).records).toEqual([
        { index: 1, cells: ["a", "b", "c", "d"] },
        { index: 2, cells: ["1", "\"受付（2階", "03-3232-0171", "09:00"], quoteProblem: "missing_quotes" },
      ]);
    }
  });

  it("the report names the value whose quote never closed, and the row keeps its values in their columns", async () => {
    const cut = AED_ROW.replace("1階ロビー", "\"1階（正面玄関");
    const { report, rows } = await runBytes(`${AED_HEADER}\n${AED_ROW}\n${cut}`, "131041_aed.csv");
    expect(rows.map((r) => [r.record.installation_position, r.record.phone_number, r.record.end_time])).toEqual([
      ["1階ロビー", "03-3209-1111", "17:15"], ["\"1階（正面玄関", "03-3209-1111", "17:15"]]);
    const said = report.issues.find((i) => i.code === "missing_quotes");
    expect(said).toMatchObject({ row: 2, value: "\"1階（正面玄関" });
    expect(said?.message_ja).toContain("値「\"1階（正面玄関」が閉じられていません");
  });

  it("a quote opened by mistake and closed by a quoted cell rows later does not swallow the rows between", async () => {
    // `"ふれあい"公園` opens a quoted value that only the quoted cell two rows down closes; each line between holds a
    // whole row (the header's number of separators), so the quote is read literally and every line is its own row
    const lines = ["a,b,c,d", "1,\"ふれあい\"公園,x,y", "2,施設2,x,y", "3,施設3,x,\"9:00 \"\"祝日除く\"\"\"", "4,施設4,x,y"];
    const expected: ParsedRecord[] = [
      { index: 1, cells: ["a", "b", "c", "d"] },
      { index: 2, cells: ["1", "\"ふれあい\"公園", "x", "y"], quoteProblem: "quote_over_rows" },
      { index: 3, cells: ["2", "施設2", "x", "y"] },
      { index: 4, cells: ["3", "施設3", "x", "9:00 \"祝日除く\""] },
      { index: 5, cells: ["4", "施設4", "x", "y"] },
    ];
    const text = lines.join("\n");
    for (const size of [1, 5, 13, text.length]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect((await parseAll(chunks)).records).toEqual(expected);
    }
    // the quoted cell that closes it on the last line, and a trailing newline
    expect((await parseAll([`${lines.slice(0, 4).join("\n")}\n`])).records).toEqual(expected.slice(0, 4));
  });

  it("a cell typed with Alt+Enter stays one record; a parse started inside the file is given the row width", async () => {
    // the cell's lines hold part of a row each, not a whole row
    const { records } = await parseAll(["a,b,c,d\n1,\"東京都\n新宿区\",x,y\n2,\"月,火\n水,木\",x,y\n"]);
    expect(records.map((r) => [r.index, r.cells, r.quoteProblem])).toEqual([
      [1, ["a", "b", "c", "d"], undefined], [2, ["1", "東京都\n新宿区", "x", "y"], undefined], [3, ["2", "月,火\n水,木", "x", "y"], undefined]]);
    // a parse started inside the file is given the width the head of the file had
    const inside = parseCsv((async function* () { yield "1,\"ふれあい\"公園,x,y\n2,施設2,x,\"z\"\"\"\n"; })(), { delimiter: ",", width: 4 });
    const first = await inside.next();
    expect((first.value as ParsedRecord[]).map((r) => [r.index, r.cells[1], r.quoteProblem]))
      .toEqual([[1, "\"ふれあい\"公園", "quote_over_rows"], [2, "施設2", undefined]]);
  });

  it("returns the delimiter it sniffed", async () => {
    expect((await parseAll(["a\tb\n1\t2\n"])).delimiter).toBe("\t");
    expect((await parseAll(["a;b\n1;2\n"], ",")).delimiter).toBe(",");
  });

  it("streams: the first records come out before the whole input has been read", async () => {
    let pulled = 0;
    const total = 2000;
    const line = `${AED_ROW}\n`;
    const source = async function* () {
      for (; pulled < total; ) {
        pulled++;
        yield line.repeat(100);
      }
    };
    const parser = parseCsv(source());
    const first = await parser.next();
    expect(first.done).toBe(false);
    expect((first.value as ParsedRecord[]).length).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(total / 10);
    let records = (first.value as ParsedRecord[]).length;
    for (let next = await parser.next(); !next.done; next = await parser.next()) records += next.value.length;
    expect(records).toBe(total * 100);
  });
});

describe("title rows and blank rows (through harmonize)", () => {
  it("skips and reports two title rows and a comma-only row above the header, and a blank row between data rows", async () => {
    const { report, rows } = await crafted("title-rows-above-header.csv");
    expect(report.dataset).toBe("aed");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿区役所本庁舎"], [3, "新宿区立大久保図書館"]]);
    expect(report.issues.filter((i) => i.code === "rows_above_header").map((i) => i.value))
      .toEqual(["新宿区AED設置場所一覧（令和6年4月1日現在）", "担当：新宿区健康部"]);
    expect(tuples(report, "blank_rows")).toEqual([[2, null, "blank_rows"]]);
  });

  it("reads tab- and semicolon-delimited files with commas inside cells", async () => {
    for (const file of ["tab-delimited.csv", "semicolon-delimited.csv"]) {
      const { report, rows } = await crafted(file);
      expect(report.header.filter((h) => h.field !== null)).toHaveLength(11);
      expect(rows.map((r) => r.record.full_address)).toEqual(["東京都新宿区歌舞伎町1-4-1, 本庁舎", "東京都新宿区大久保2-12-7"]);
      expect(rows.map((r) => [r.record.latitude, r.record.longitude])).toEqual([[35.69384, 139.703549], [35.700984, 139.707417]]);
    }
  });

  it("reports a requirement-marks row (◎/○) and a repeated English header under the header, and keeps data rows", async () => {
    const text = [AED_HEADER, "◎,○,◎,◎,○,○,◎,○,,,", "local_government_code,id,name,full_address,latitude,longitude,installation_position,,,,",
      AED_ROW].join("\n");
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(tuples(report, "requirement_row", "repeated_header_row")).toEqual([[1, null, "requirement_row"], [2, null, "repeated_header_row"]]);
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[3, "新宿区役所本庁舎"]]);
  });

  it("a row that is longer or shorter than the header is kept and reported", async () => {
    const text = [AED_HEADER, `${AED_ROW},余分な値`, "131041,2,新宿区立大久保図書館,東京都新宿区大久保2-12-7,35.700984,139.707417,受付横"].join("\n");
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows).toHaveLength(2);
    expect(rows[0].extra).toEqual({ column_12: "余分な値" });
    expect(tuples(report, "too_many_fields", "too_few_fields")).toEqual([[1, null, "too_many_fields"], [2, null, "too_few_fields"]]);
    expect(rows[1].record).toMatchObject({ name: "新宿区立大久保図書館", installation_position: "受付横", phone_number: null });
  });

  it("a row with more separators than the header, its extra cells empty, is named as maybe shifted when its values do not read", async () => {
    const header = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置,利用可能曜日,小児対応設備の有無,備考";
    const fit = (id: number) => `131041,${id},新宿区立図書館${id},東京都新宿区大久保2-12-${id},35.700984,139.707417,受付横,月;火,有,`;
    // an unquoted comma in the name moves the address into 緯度 (an error); one in 利用可能曜日 moves 火 into the flag
    // column (warnings only); the empty 備考 spills over in both
    const shifted = "131041,1,新宿区役所,本庁舎,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,受付,月;火,有,";
    const days = "131041,2,新宿区立公園,東京都新宿区3,35.70,139.70,入口,月,火,有,";
    // a wider row whose values read (a stray trailing comma) is not named
    const trailing = "131041,3,新宿区立体育館,東京都新宿区大久保3-5-1,35.700984,139.707417,受付横,月;火,有,,";
    const { report, rows } = await runBytes([header, shifted, days, trailing, fit(4), fit(5), fit(6), fit(7)].join("\n"), "131041_aed.csv");
    // a join of two cells puts every value back, but more than one join does: the row is shifted, where is not clear,
    // so it is invalid rather than published with its values in other columns
    expect(report.issues.filter((i) => i.code === "row_shifted").map((i) => [i.row, i.value, i.severity]))
      .toEqual([[1, "「1」～「東京都新宿区歌舞伎町1-4-1」", "error"], [2, "「入口」～「火」", "error"]]);
    expect(rows.map((r) => r.valid)).toEqual([false, false, true, true, true, true, true]);
    expect(report.issues.map((i) => i.code)).not.toContain("too_many_fields");
    expect(report.issues.map((i) => i.code)).not.toContain("row_maybe_shifted");
    // one value that does not read in the last filled column of a row with a spare separator is no shift
    const last = await runBytes(`${header}\n131041,1,区役所,東京都新宿区歌舞伎町1-4-1,35.69,139.70,受付,月;火,たぶん,,\n${fit(2)}\n${fit(3)}\n`, "131041_aed.csv");
    expect(tuples(last.report, "row_shifted", "row_rejoined")).toEqual([]);
    expect(last.rows[0].record.installation_position).toBe("受付");
  });

  it("a row shifted by a comma that only one join puts back is read so joined, and said", async () => {
    const { report, rows } = await runBytes("名称,緯度,経度,設置位置,備考\n市役所,本庁舎,35.69,139.70,1階,\n区民会館,35.70,139.71,2階,\n", "131041_aed.csv");
    expect(rows.map((r) => [r.record.name, r.record.latitude, r.record.installation_position])).toEqual([["市役所,本庁舎", 35.69, "1階"], ["区民会館", 35.7, "2階"]]);
    expect(report.issues.find((i) => i.code === "row_rejoined")).toMatchObject({ row: 1, value: "「市役所」「本庁舎」", severity: "warning" });
  });

  it("a file whose rows all end with a spare separator is not shifted, even where a value is wrong", async () => {
    const header = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置";
    const rows = [1, 2, 3].map((id) => `131041,${id},施設${id},東京都新宿区${id},${id === 2 ? "369.56056" : "35.69"},139.70,受付,`);
    const { report } = await runBytes([header, ...rows].join("\n"), "131041_aed.csv");
    expect(report.issues.map((i) => i.code)).toContain("out_of_range");
    expect(report.issues.map((i) => i.code)).not.toContain("row_maybe_shifted");
  });
});

describe("quotes (through harmonize)", () => {
  it("a name that opens with a quote by mistake keeps every row under it, with its own row number", async () => {
    const row = (id: number, name: string, remarks = "") =>
      `131041,${id},${name},東京都新宿区歌舞伎町1-4-${id},35.693840,139.703549,1階,03-3209-1111,08:30,17:15,${remarks}`;
    const text = [`${AED_HEADER.replace("小児対応設備の有無", "備考")}`, row(1, "\"ふれあい\"公園"), row(2, "施設2"),
      row(3, "施設3", "\"9:00-17:00 \"\"祝日除く\"\"\""), row(4, "施設4")].join("\n");
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.name, r.record.remarks])).toEqual([
      [1, true, "\"ふれあい\"公園", null], [2, true, "施設2", null], [3, true, "施設3", "9:00-17:00 \"祝日除く\""], [4, true, "施設4", null]]);
    expect(report.rows).toBe(4);
    const said = report.issues.filter((i) => i.code.includes("quote") || i.code === "line_break_joined");
    expect(said.map((i) => [i.row, i.field, i.code, i.value, i.severity])).toEqual([[1, null, "quote_over_rows", "\"ふれあい\"公園", "warning"]]);
    expect(said[0].message_ja).toContain("値全体を「\"」で囲んでください（「\"\"\"ふれあい\"\"公園\"」）");
  });
});
