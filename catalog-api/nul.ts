// PostgreSQL text cannot hold U+0000, so a NUL anywhere in a request's parameters is refused up front (a 400, or
// CKAN's 409) with the parameter's name, instead of failing inside a query as a 500.

/** The name of the first parameter whose name or value (at any depth) holds a NUL; undefined when none does. */
export function paramWithNul(params: unknown, name = ""): string | undefined {
  if (typeof params === "string") return params.includes("\u0000") ? name : undefined;
  if (!params || typeof params !== "object") return undefined;
  for (const [key, value] of Object.entries(params)) {
    const path = Array.isArray(params) ? name : name ? `${name}.${key}` : key;
    if (key.includes("\u0000")) return path.replaceAll("\u0000", "%00");
    const found = paramWithNul(value, path);
    if (found !== undefined) return found;
  }
  return undefined;
}

export const nulMessage = (param: string) => ({
  ja: `パラメータ「${param}」にNUL文字（%00）が含まれています。NUL文字を除いて送り直してください。`,
  en: `Parameter "${param}" contains a NUL character (%00). Remove it and send the request again.`,
});
