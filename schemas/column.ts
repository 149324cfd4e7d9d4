import type { z } from "zod";

/** ◎ 必須 / ○ 推奨 / blank 任意 in the official definition. */
export type Requirement = "required" | "recommended" | "optional";

export interface Column {
  /** canonical key: snake_case of the official English name */
  key: string;
  /** official 項目名 of the new (正式版) format */
  ja: string;
  /** official English name (camelCase, 英語名) */
  en: string;
  /** from types.ts only: JSON-Schema-representable, carries its kind */
  type: z.ZodType;
  requirement: Requirement;
  /** other headers seen in real files: old 推奨 names, physical English names, variants */
  aliases?: readonly string[];
  /** a short description for schema docs and the portal */
  description?: string;
}

export const col = <const C extends Column>(c: C): C => c;
