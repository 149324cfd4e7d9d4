// Upload tokens: random 32 bytes (base64url) shown once; only their sha256 is stored. Each is bound to one municipality.
import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "./db.ts";

export interface TokenInfo {
  id: number;
  municipality_code: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

const COLUMNS = `id::int as id, municipality_code, label,
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at,
  to_char(revoked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as revoked_at`;

/** Creates a token; the returned secret is never stored and cannot be shown again. */
export async function createToken(db: Queryable, municipality: string, label: string | null = null): Promise<{ token: string; info: TokenInfo }> {
  const token = randomBytes(32).toString("base64url");
  const { rows } = await db.query<TokenInfo>(
    `insert into tokens (municipality_code, token_sha256, label) values ($1, $2, $3) returning ${COLUMNS}`,
    [municipality, hashToken(token), label]);
  return { token, info: rows[0]! };
}

export async function listTokens(db: Queryable): Promise<TokenInfo[]> {
  const { rows } = await db.query<TokenInfo>(`select ${COLUMNS} from tokens order by id`);
  return rows;
}

/** Revokes a token; false when there is no such token or it was revoked already. */
export async function revokeToken(db: Queryable, id: number): Promise<boolean> {
  const { rows } = await db.query<{ id: number }>(
    "update tokens set revoked_at = now() where id = $1 and revoked_at is null returning id::int as id", [id]);
  return rows.length === 1;
}

/** The live token with this secret, or undefined (unknown or revoked). */
export async function findToken(db: Queryable, token: string): Promise<TokenInfo | undefined> {
  const { rows } = await db.query<TokenInfo>(
    `select ${COLUMNS} from tokens where token_sha256 = $1 and revoked_at is null`, [hashToken(token)]);
  return rows[0];
}
