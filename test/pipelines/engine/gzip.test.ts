// A gzip-compressed file (told by its first bytes 1f 8b, not by its name) is read as the file inside it: a CSV streams
// as a plain one does and gives the same rows, a workbook inside is read as a workbook; the report says it was
// compressed. A damaged or cut gzip, one that inflates past the cap, or a gzip inside a gzip is a clear error (exit 2).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GzipError, gunzippedSource } from "../../../pipelines/gzip.ts";
import { CHUNK_BYTES, openSource } from "../../../pipelines/input.ts";
import type { Report } from "../../../pipelines/report.ts";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { AED_HEADER, AED_ROW, book, CRAFTED, readOnOneAndTwoThreads, runBytes, runFile } from "./helpers.ts";

/** A CP932 AED file of `rows` rows (ids 1…rows), CR LF, with a DOS end-of-file mark: long enough for many chunks. */
function aedCsv(rows: number): Uint8Array {
  let text = `${AED_HEADER}\r\n`;
  for (let i = 1; i <= rows; i++) text += `${AED_ROW.replace(",1,新宿区役所本庁舎,", `,${i},新宿区役所本庁舎${i}号,`)}\r\n`;
  return Buffer.concat([encodeCp932(text), Uint8Array.of(0x1a)]);
}

/** The report less the gzip note and the name it was detected by, to compare with the plain file's. */
const withoutGzipNote = (report: Report): Report =>
  ({ ...report, detection: undefined, issues: report.issues.filter((i) => i.code !== "gzip_compressed") });

const collect = async (chunks: AsyncIterable<Uint8Array>) => {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(Uint8Array.from(chunk));
  return { bytes: Buffer.concat(parts), sizes: parts.map((p) => p.length) };
};

describe("a gzip-compressed CSV", () => {
  const plain = aedCsv(4000);
  const gz = gzipSync(plain);

  it("reads as the CSV inside it: the same rows and report as the plain file, and an info issue saying it was compressed", async () => {
    expect(plain.length).toBeGreaterThan(5 * CHUNK_BYTES);
    const direct = await runBytes(plain, "131041_aed.csv");
    const inflated = await runBytes(gz, "131041_aed.csv.gz");
    expect(inflated.exit).toBe(0);
    expect(inflated.report).toMatchObject({ dataset: "aed", encoding: "shift_jis", rows: 4000, valid: 4000, invalid: 0 });
    expect(inflated.report.detection).toEqual({ by: "file_name", detail: "131041_aed.csv.gz" });
    expect(inflated.rows.map((r) => r.record.name).slice(-2)).toEqual(["新宿区役所本庁舎3999号", "新宿区役所本庁舎4000号"]);
    expect(inflated.rows).toEqual(direct.rows);
    expect(withoutGzipNote(inflated.report)).toEqual(withoutGzipNote(direct.report));
    // the end-of-file mark after the last row was found inside the gzip too
    expect(inflated.report.issues.map((i) => i.code)).toContain("end_of_file_mark");
    const note = inflated.report.issues.find((i) => i.code === "gzip_compressed")!;
    expect(note).toMatchObject({ row: null, field: null, severity: "info", value: "131041_aed.csv.gz" });
    expect(note.message_ja).toBe("ファイル「131041_aed.csv.gz」はgzipで圧縮されていたため、展開して中のファイルを読みました。");
    expect(note.message_en).toBe('The file "131041_aed.csv.gz" was gzip-compressed; it was decompressed and the file inside was read.');
  });

  it("is told by its bytes, not its name: a gzip named .csv is inflated, a plain file named .gz is read as text", async () => {
    const named = await runBytes(gz, "131041_aed.csv");
    expect(named.report).toMatchObject({ rows: 4000, valid: 4000 });
    expect(named.report.issues.map((i) => i.code)).toContain("gzip_compressed");
    const notGzip = await runBytes(plain, "131041_aed.csv.gz");
    expect(notGzip.report).toMatchObject({ rows: 4000, valid: 4000 });
    expect(notGzip.report.issues.map((i) => i.code)).not.toContain("gzip_compressed");
  });

  it("gives the inflated bytes from any offset, in chunks of at most CHUNK_BYTES; head(n) the first n", async () => {
    const source = gunzippedSource(openSource({ bytes: gz, fileName: "a.csv.gz" }));
    expect(await source.size()).toBe(plain.length);
    for (const from of [0, 7, CHUNK_BYTES, CHUNK_BYTES + 1, plain.length - 3, plain.length]) {
      for (const read of [source.chunks(from), source.scan(from)]) {
        const got = await collect(read);
        expect(Buffer.compare(got.bytes, plain.subarray(from))).toBe(0);
        expect(got.sizes.every((n) => n > 0 && n <= CHUNK_BYTES)).toBe(true);
      }
    }
    expect(Buffer.compare(await source.head(100), plain.subarray(0, 100))).toBe(0);
    expect(Buffer.compare(await source.all(), plain)).toBe(0);
  });

  it("reads two gzip members one after the other as one file, as gunzip does", async () => {
    const cut = plain.indexOf(0x0a, 2000) + 1;
    const twoMembers = Buffer.concat([gzipSync(plain.subarray(0, cut)), gzipSync(plain.subarray(cut))]);
    const { report } = await runBytes(twoMembers, "131041_aed.csv.gz");
    expect(report).toMatchObject({ rows: 4000, valid: 4000 });
  });
});

/** gzip as the gzip command writes it: the compressed file's name in the header (FNAME, flag bit 3, NUL-terminated
 *  after the 10 fixed bytes). */
function gzipNamed(bytes: Uint8Array, name: string | Uint8Array): Buffer {
  const gz = gzipSync(bytes);
  gz[3]! |= 0x08;
  const stored = typeof name === "string" ? Buffer.from(name, "utf8") : name;
  return Buffer.concat([gz.subarray(0, 10), stored, Buffer.from([0]), gz.subarray(10)]);
}

describe("the file name a gzip header stores (FNAME), for a file whose own name says nothing (download?id=3)", () => {
  it("tells the dataset (as the file's own name would, not by the header) and the municipality; the note names the file inside", async () => {
    const { report } = await runBytes(gzipNamed(aedCsv(3), "131041_aed.csv"), "download");
    expect(report).toMatchObject({ dataset: "aed", municipality: "131041", valid: 3 });
    expect(report.detection).toEqual({ by: "file_name", detail: "131041_aed.csv" });
    const note = report.issues.find((i) => i.code === "gzip_compressed")!;
    expect(note.message_ja).toBe("ファイル「download」はgzipで圧縮されていたため、展開して中のファイル「131041_aed.csv」を読みました。");
    expect(note.message_en).toBe('The file "download" was gzip-compressed; it was decompressed and the file inside ("131041_aed.csv") was read.');
  });

  it("a Japanese name stored in Shift_JIS (gzip on Windows) or UTF-8 tells the dataset as the same name does", async () => {
    const name = "131041_AED設置箇所一覧.csv";
    for (const stored of [encodeCp932(name), Buffer.from(name, "utf8")]) {
      const { report } = await runBytes(gzipNamed(aedCsv(3), stored), "download");
      expect(report).toMatchObject({ dataset: "aed", municipality: "131041", valid: 3, detection: { by: "file_name", detail: name } });
      expect(report.issues.find((i) => i.code === "gzip_compressed")!.message_ja).toContain(`中のファイル「${name}」`);
    }
  });

  it("the file's own name and a dataset option come first", async () => {
    const gz = gzipNamed(aedCsv(3), "131130_public_toilet.csv");
    expect((await runBytes(gz, "131041_aed.csv.gz")).report).toMatchObject({ dataset: "aed", municipality: "131041", detection: { by: "file_name", detail: "131041_aed.csv.gz" } });
    expect((await runBytes(gz, "download", { dataset: "aed", municipality: "131041" })).report).toMatchObject({ dataset: "aed", municipality: "131041", detection: { by: "option", detail: "aed" } });
  });
});

describe("a gzip padded with zeros after its end (tar, some servers), as gunzip reads it", () => {
  it.each([3, 3000])("is read whole, from a file on disk as from bytes in memory (%i rows)", async (rows) => {
    const plain = aedCsv(rows);
    const padded = Buffer.concat([gzipSync(plain), Buffer.alloc(100)]);
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-gzip-"));
    try {
      const file = path.join(dir, "131041_aed.csv.gz");
      writeFileSync(file, padded);
      for (const run of [await runFile(file), await runBytes(padded, "131041_aed.csv.gz")]) {
        expect(run.report).toMatchObject({ rows, valid: rows });
        expect(run.report.issues.filter((i) => i.row === null && i.severity === "error")).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a workbook inside a gzip", () => {
  it("is read as the workbook", async () => {
    const xlsx = await book([["AED", [AED_HEADER.split(","), AED_ROW.split(",")]]]);
    const { report, rows, exit } = await runBytes(gzipSync(xlsx), "131041_aed.xlsx.gz");
    expect(exit).toBe(0);
    expect(report).toMatchObject({ dataset: "aed", encoding: "xlsx", rows: 1, valid: 1 });
    expect(rows[0].record.name).toBe("新宿区役所本庁舎");
    expect(report.issues.map((i) => i.code)).toContain("gzip_compressed");
  });

  it("a zip that is no workbook stays the zip error, naming what it holds", async () => {
    const zip = readFileSync(path.join(CRAFTED, "zip-archive.csv"));
    const { report, exit } = await runBytes(gzipSync(zip), "131041_aed.zip.gz");
    expect(exit).toBe(2);
    expect(report.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.value])).toEqual([["zip_archive", "131041_aed.csv, 131041_aed_2023.csv, readme.txt"]]);
  });
});

describe("a gzip with other bytes after its end (an error page or a log line appended), as gunzip reads it", () => {
  const PAGE = Buffer.from("<html><body>503 Service Unavailable</body></html>\n");

  it.each([3, 3000])("gives every row of the file inside, from disk as from memory, and warns how many bytes were left out (%i rows)", async (rows) => {
    const plain = aedCsv(rows);
    const cut = plain.indexOf(0x0a, 200) + 1;
    const trailed = Buffer.concat([gzipSync(plain.subarray(0, cut)), gzipSync(plain.subarray(cut)), PAGE]);
    const direct = await runBytes(plain, "131041_aed.csv");
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-gzip-"));
    try {
      const file = path.join(dir, "131041_aed.csv.gz");
      writeFileSync(file, trailed);
      for (const run of [await runFile(file), await runBytes(trailed, "131041_aed.csv.gz")]) {
        expect(run.exit).toBe(0);
        expect(run.rows).toEqual(direct.rows);
        const note = run.report.issues.find((i) => i.code === "gzip_trailing_data")!;
        expect(note).toMatchObject({ row: null, field: null, severity: "warning", value: "131041_aed.csv.gz", detail: String(PAGE.length) });
        expect(note.message_ja).toBe(`ファイル「131041_aed.csv.gz」のgzip圧縮データの後ろに、gzipではないデータ（${PAGE.length}バイト）が付いていました。gunzipと同じく無視し、圧縮データの中のファイルを読みました。ファイルが正しく保存・配信されているか確かめてください。`);
        expect(note.message_en).toContain(`has data that is not gzip after its compressed data (${PAGE.length} bytes)`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the inflated bytes from any offset, the first pass as every later one", async () => {
    const plain = aedCsv(3000);
    const trailed = Buffer.concat([gzipSync(plain), PAGE]);
    for (const from of [0, CHUNK_BYTES + 1, plain.length - 3]) {
      const source = gunzippedSource(openSource({ bytes: trailed, fileName: "a.csv.gz" }));
      expect(source.trailingData()).toBeNull();
      const first = await collect(source.chunks(from));
      expect(Buffer.compare(first.bytes, plain.subarray(from))).toBe(0);
      expect(source.trailingData()).toEqual({ at: trailed.length - PAGE.length, bytes: PAGE.length });
      expect(Buffer.compare((await collect(source.scan(from))).bytes, plain.subarray(from))).toBe(0);
      expect(await source.size()).toBe(plain.length);
    }
  });

  it("bytes after its end that start as a gzip but are none stay an error (a damaged member)", async () => {
    const gz = gzipSync(aedCsv(3));
    const { report, exit } = await runBytes(Buffer.concat([gz, gz.subarray(0, 12)]), "131041_aed.csv.gz");
    expect(exit).toBe(2);
    expect(report.issues.map((i) => i.code)).toEqual(["gzip_damaged"]);
  });
});

describe("a gzip that cannot be read: an error that says why, no row read (exit 2)", () => {
  const gz = gzipSync(aedCsv(3000));

  it("cut short", async () => {
    const { report, rows, exit } = await runBytes(gz.subarray(0, Math.floor(gz.length / 2)), "131041_aed.csv.gz");
    expect(exit).toBe(2);
    expect(rows).toEqual([]);
    expect(report.issues.map((i) => [i.row, i.field, i.code, i.severity, i.value])).toEqual([[null, null, "gzip_damaged", "error", "131041_aed.csv.gz"]]);
    expect(report.issues[0].message_ja).toBe(
      "ファイル「131041_aed.csv.gz」はgzip圧縮ファイルですが、壊れているか途中で切れているため展開できません（unexpected end of file）。ファイルをダウンロードし直すか、元のファイルを圧縮し直してください。",
    );
    expect(report.issues[0].message_en).toContain("damaged or cut short");
  });

  it("damaged in the middle (the CRC or the deflate data no longer match)", async () => {
    const damaged = Buffer.from(gz);
    for (let at = 1000; at < 1010; at++) damaged[at] ^= 0x55;
    const { report, rows, exit } = await runBytes(damaged, "131041_aed.csv.gz");
    expect(exit).toBe(2);
    expect(rows).toEqual([]);
    expect(report.issues.map((i) => i.code)).toEqual(["gzip_damaged"]);
  });

  it("only its first bytes (a header and nothing more)", async () => {
    const { report, exit } = await runBytes(gz.subarray(0, 5), "131041_aed.csv.gz");
    expect(exit).toBe(2);
    expect(report.issues.map((i) => i.code)).toEqual(["gzip_damaged"]);
  });

  it("a gzip inside a gzip", async () => {
    const { report, exit } = await runBytes(gzipSync(gz), "131041_aed.csv.gz.gz");
    expect(exit).toBe(2);
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([["gzip_compressed", "info"], ["gzip_in_gzip", "error"]]);
  });
});

describe("a gzip bomb", () => {
  it("a source inflating past its cap throws GzipError too_large once past it, on every kind of read", async () => {
    const plain = aedCsv(2000);
    const source = gunzippedSource(openSource({ bytes: gzipSync(plain), fileName: "a.csv.gz" }), 100_000);
    await expect(source.size()).rejects.toEqual(new GzipError("too_large", "100,000"));
    await expect(collect(source.chunks(50_000))).rejects.toBeInstanceOf(GzipError);
    await expect(source.all()).rejects.toBeInstanceOf(GzipError);
    // the head is under the cap: it reads
    expect(Buffer.compare(await source.head(1000), plain.subarray(0, 1000))).toBe(0);
    // at the cap exactly it still reads
    expect(await gunzippedSource(openSource({ bytes: gzipSync(plain), fileName: "a.csv.gz" }), plain.length).size()).toBe(plain.length);
  });
});

describe("a gzip-compressed CSV read on several threads", () => {
  it("gives the output one thread gives, and the plain file's", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-gzip-"));
    try {
      const plain = aedCsv(3000);
      writeFileSync(path.join(dir, "131041_aed.csv"), plain);
      writeFileSync(path.join(dir, "131041_aed.csv.gz"), gzipSync(plain));
      const { one, many } = await readOnOneAndTwoThreads(path.join(dir, "131041_aed.csv.gz"));
      expect(many.stats.worker).toBeGreaterThan(0);
      expect(many.out).toBe(one.out);
      expect(many.report).toEqual(one.report);
      expect(one.report.issues.map((i) => i.code)).toContain("gzip_compressed");
      expect(one.out).toBe((await readOnOneAndTwoThreads(path.join(dir, "131041_aed.csv"))).one.out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
