// The scheme of a URL written by hand: `https:www.example.jp`, `https//…`, `http;//…`, `https:///…`, `ttps://…`, or
// none at all (`www.city.example.lg.jp/…`).
// A line that starts with such a broken http(s) scheme gets the right one; anything else stays as it is. Standalone
// (no imports), so that the issue catalog can name the repaired URL in its message.

const RIGHT_SCHEME = /^https?:\/\/(?!\/)/i;
const BROKEN_SCHEME = /^(h?)(ttps?)(?:\s*[:;：]\s*\/{0,3}|\/\/\/?)(?=[^\s/])/i;
/** A web address written without its scheme: `www.city.example.lg.jp/…`, `city.example.lg.jp/…`, and the generic
 *  domains a tourist site or a business has as often (`tokyo-haneda.com`, `kanko.tokyo`). */
const BARE_HOST = /^(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:lg\.jp|go\.jp|or\.jp|ed\.jp|ac\.jp|co\.jp|ne\.jp|jp|com|net|org|info|tokyo))(?:[/?#:]\S*)?$/i;

/** The line with its http(s) scheme written right, or the line itself when it has none to repair. A bare host
 *  (`www.…`) gets https://, which government sites serve. */
export function repairUrlScheme(line: string): string {
  if (RIGHT_SCHEME.test(line)) return line;
  const m = BROKEN_SCHEME.exec(line);
  if (m !== null) return `h${m[2].toLowerCase()}://${line.slice(m[0].length)}`;
  return BARE_HOST.test(line) ? `https://${line}` : line;
}
