// Raw source bytes, kept by content hash: any version can be traced to the exact file it came from.
import type { Queryable } from "./db.ts";

export interface RawFile {
  sha256: string;
  bytes: Uint8Array;
  size: number;
  media_type: string | null;
  file_name: string | null;
}

/** Stores the bytes once per hash (a second store of the same bytes is a no-op). */
export async function storeRawFile(db: Queryable, file: RawFile): Promise<void> {
  await db.query(
    `insert into raw_files (sha256, bytes, size, media_type, file_name) values ($1, $2, $3, $4, $5)
     on conflict (sha256) do nothing`,
    [file.sha256, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), file.size, file.media_type, file.file_name]);
}

export async function hasRawFile(db: Queryable, sha256: string): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>("select count(*)::int as n from raw_files where sha256 = $1", [sha256]);
  return (rows[0]?.n ?? 0) > 0;
}

export async function getRawFile(db: Queryable, sha256: string): Promise<RawFile | undefined> {
  const { rows } = await db.query<{ sha256: string; bytes: Uint8Array; size: number; media_type: string | null; file_name: string | null }>(
    "select sha256, bytes, size, media_type, file_name from raw_files where sha256 = $1", [sha256]);
  const row = rows[0];
  return row ? { ...row, bytes: new Uint8Array(row.bytes) } : undefined;
}
