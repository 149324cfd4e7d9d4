// Encodes text as CP932 (Windows-31J, what "Shift_JIS" CSVs from Japanese municipalities really are), without
// a dependency: the table is the inverse of the WHATWG shift_jis decoder, the one the engine reads with.
let table: Map<string, number[]> | null = null;

function encoderTable(): Map<string, number[]> {
  if (table) return table;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder("shift_jis", { fatal: true });
  for (let b = 0xa1; b <= 0xdf; b++) map.set(decoder.decode(new Uint8Array([b])), [b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  table = map;
  return map;
}

export function encodeCp932(text: string): Uint8Array {
  const t = encoderTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = t.get(ch);
    if (!bytes) throw new RangeError(`"${ch}" (U+${code.toString(16).toUpperCase()}) has no CP932 encoding`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
