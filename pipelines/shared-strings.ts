// A workbook's shared string table (xl/sharedStrings.xml), kept as the UTF-8 bytes it is stored in, with where each
// item's text starts and ends: a string is made when a cell asks for it. Held as JavaScript strings, the table of a
// large list (names and addresses unique per row: 1.8 million items at 300k rows) was most of the live heap, which the
// garbage collector lets the process grow to several times; as bytes it is outside that heap and half the size.
// Items with more than one run, or with furigana (rPh), are read once into text.

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: "\"", apos: "'" };

/** XML entities and the OOXML `_xHHHH_` escapes (how Excel stores control characters in strings). */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") !== -1) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e]);
  }
  if (s.indexOf("_x") !== -1) s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** The text of a string item (its XML without prefixes): its runs, without phonetic (furigana) runs. */
/** A run of rich text in a struck-through font (`<strike/>`, not `<strike val="0"/>`). */
const STRUCK_RUN = /<r>(?:(?!<\/r>)[\s\S])*?<rPr>(?:(?!<\/rPr>)[\s\S])*?<strike(?:\s+val="(?:1|true)")?\s*\/>[\s\S]*?<\/r>/g;

/** Rich text without its struck-through runs (見え消し: `新宿区役所3` struck before the new name): what is struck is
 *  what the officer deleted. A text struck through whole is kept: it has nothing else to give. */
function withoutStruckRuns(body: string): string {
  const kept = body.replace(STRUCK_RUN, "");
  return /<t\b[^>]*>[^<]*\S/.test(kept) ? kept : body;
}

export function stringItemText(inner: string): string {
  let body = inner.indexOf("<rPh") === -1 ? inner : inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  if (body.indexOf("<strike") !== -1) body = withoutStruckRuns(body);
  // a CDATA section is text as it stands: escaped here, so that unescapeXml gives it back as written
  if (body.indexOf("<![CDATA[") !== -1) body = body.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
  let text = "";
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += m[1] ?? "";
  return unescapeXml(text);
}

export interface SharedStrings {
  /** item `index`'s text; "" for an index the table does not have */
  get(index: number): string;
  readonly count: number;
}

const AMPERSAND = 0x26;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
/** what may follow an element's name: `>`, `/`, or whitespace before attributes */
const endsName = (byte: number | undefined) => byte === GT || byte === SLASH || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
/** most-used strings (a column of a few values) are made once: a slot per index modulo this */
const CACHE_SLOTS = 4096;

/** A growable list of unsigned 32-bit offsets. */
class Offsets {
  values = new Uint32Array(1024);
  length = 0;
  push(n: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = n;
  }
}

export function readSharedStrings(bytes: Uint8Array | null): SharedStrings {
  if (bytes === null || bytes.length === 0) return { get: () => "", count: 0 };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const prefix = /<(\w+:)?sst\b/.exec(buf.toString("utf8", 0, Math.min(buf.length, 4096)))?.[1] ?? "";
  const [siOpen, siClose, tOpen, tClose] = [`<${prefix}si`, `</${prefix}si>`, `<${prefix}t`, `</${prefix}t>`].map((t) => Buffer.from(t));
  const starts = new Offsets();
  const ends = new Offsets();
  /** items whose text is not one run: read once */
  const rich = new Map<number, string>();
  /** items whose text holds & or _x, unescaped when read */
  const escaped = new Set<number>();
  const text = (from: number, to: number) => buf.toString("utf8", from, to);

  for (let at = buf.indexOf(siOpen); at !== -1; at = buf.indexOf(siOpen, at + 1)) {
    if (!endsName(buf[at + siOpen.length])) continue;
    const item = starts.length;
    const openEnd = buf.indexOf(GT, at);
    if (openEnd === -1) break;
    if (buf[openEnd - 1] === SLASH) { // <si/>
      starts.push(0);
      ends.push(0);
      continue;
    }
    const close = buf.indexOf(siClose, openEnd);
    if (close === -1) break;
    const content = openEnd + 1;
    const tEnd = buf.indexOf(GT, content) + 1;
    const isOneRun = buf.subarray(content, content + tOpen.length).equals(tOpen) && endsName(buf[content + tOpen.length])
      // nothing but text up to the closing </t> (no second run, no CDATA section)
      && buf[tEnd - 2] !== SLASH && buf.indexOf(LT, tEnd) === close - tClose.length && buf.indexOf(tClose, tEnd) === close - tClose.length;
    if (isOneRun) {
      starts.push(tEnd);
      ends.push(close - tClose.length);
      const own = buf.subarray(tEnd, close - tClose.length);
      if (own.indexOf(AMPERSAND) !== -1 || own.indexOf("_x") !== -1) escaped.add(item);
    } else {
      starts.push(0);
      ends.push(0);
      const xml = text(content, close);
      rich.set(item, stringItemText(prefix === "" ? xml : xml.replace(/<(\/?)\w+:/g, "<$1")));
    }
    at = close;
  }

  const cache: Array<{ index: number; text: string } | undefined> = new Array(CACHE_SLOTS);
  return {
    count: starts.length,
    get(index) {
      if (!(Number.isInteger(index) && index >= 0 && index < starts.length)) return "";
      const slot = index % CACHE_SLOTS;
      const cached = cache[slot];
      if (cached !== undefined && cached.index === index) return cached.text;
      let value = rich.get(index);
      if (value === undefined) {
        value = text(starts.values[index], ends.values[index]);
        if (escaped.has(index)) value = unescapeXml(value);
      }
      cache[slot] = { index, text: value };
      return value;
    },
  };
}
