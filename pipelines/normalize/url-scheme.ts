// The scheme of a URL written by hand: `https:www.example.jp`, `https//…`, `http;//…`, `https:///…`, `ttps://…`.
// A line that starts with such a broken http(s) scheme gets the right one; anything else stays as it is. Standalone
// (no imports), so that the issue catalog can name the repaired URL in its message.

const RIGHT_SCHEME = /^https?:\/\/(?!\/)/i;
const BROKEN_SCHEME = /^(h?)(ttps?)(?:\s*[:;：]\s*\/{0,3}|\/\/\/?)(?=[^\s/])/i;

/** The line with its http(s) scheme written right, or the line itself when it has none to repair. */
export function repairUrlScheme(line: string): string {
  if (RIGHT_SCHEME.test(line)) return line;
  const m = BROKEN_SCHEME.exec(line);
  return m === null ? line : `h${m[2].toLowerCase()}://${line.slice(m[0].length)}`;
}
