// Records held to be read later (a two-up list's right blocks, read after the left block's last row), in their order.
// The first `inMemory` stay in memory, as a printed list of a few pages does; the rest go to a temporary file, one JSON
// line each, so that memory does not grow with the file. A held cell costs more than its text: the parser's cells are
// slices of the decoded chunk they came from, which stays alive as long as one of them does. `odh validate` of a two-up
// AED file of 100k places (50k rows) peaked at 220 MB with every right block held, 180 MB with 20,000 held, 145 MB
// with none (130 MB for the same places one-up).
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { ParsedRecord } from "./parse.ts";

export interface RecordSpool {
  add(record: ParsedRecord): void;
  /** the records in the order they were added; the temporary file is removed when they have all been read, or when
   *  the reading stops early */
  records(): AsyncGenerator<ParsedRecord>;
}

/** the records kept in memory before the rest go to a file: a printed list of 20 pages of 50 rows */
export const SPOOL_IN_MEMORY = 1000;
const WRITE_CHUNK = 1 << 16;

type Stored = Omit<ParsedRecord, "links" | "stored" | "rounded"> & {
  links?: Array<[number, string]>;
  stored?: Array<[number, string]>;
  rounded?: Array<[number, number]>;
};

const toLine = ({ links, stored, rounded, ...rest }: ParsedRecord): string => {
  const out: Stored = rest;
  if (links !== undefined) out.links = [...links];
  if (stored !== undefined) out.stored = [...stored];
  if (rounded !== undefined) out.rounded = [...rounded];
  return `${JSON.stringify(out)}\n`;
};

const fromLine = (line: string): ParsedRecord => {
  const { links, stored, rounded, ...rest } = JSON.parse(line) as Stored;
  const record: ParsedRecord = rest;
  if (links !== undefined) record.links = new Map(links);
  if (stored !== undefined) record.stored = new Map(stored);
  if (rounded !== undefined) record.rounded = new Map(rounded);
  return record;
};

/** `root`: where the temporary folder is made (the system's, but for tests) */
export function recordSpool(inMemory = SPOOL_IN_MEMORY, root = os.tmpdir()): RecordSpool {
  const held: ParsedRecord[] = [];
  let dir: string | null = null;
  let fd: number | null = null;
  let pending = "";
  const file = () => path.join(dir as string, "records.ndjson");
  const writePending = () => {
    if (pending === "") return;
    if (fd === null) {
      dir = mkdtempSync(path.join(root, "odh-spool-"));
      fd = openSync(file(), "w");
      // a read that fails before the records are read back leaves no file behind either
      process.once("exit", remove);
    }
    writeSync(fd, pending);
    pending = "";
  };
  const remove = () => {
    if (fd !== null) closeSync(fd);
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
    fd = null;
    dir = null;
    process.off("exit", remove);
  };
  return {
    add(record) {
      if (held.length < inMemory) {
        held.push(record);
        return;
      }
      pending += toLine(record);
      if (pending.length >= WRITE_CHUNK) writePending();
    },
    async *records() {
      try {
        yield* held;
        writePending();
        if (fd === null) return;
        closeSync(fd);
        fd = null;
        const lines = createInterface({ input: createReadStream(file(), "utf8"), crlfDelay: Infinity });
        for await (const line of lines) if (line !== "") yield fromLine(line);
      } finally {
        remove();
      }
    },
  };
}
