// What a file really is, whatever its name says: CSV text, a zip (xlsx), a gzip (a file compressed inside it), HTML,
// XML, PDF, an old .xls or a password-protected workbook (both OLE containers), other binary bytes, or nothing.
import { encodingFromBom, sniffUtf16, startsWith } from "./encoding-sniff.ts";
import { isGzip } from "./gzip-members.ts";
import { type Issue, issue } from "./issues.ts";

/** What the bytes of a file are, whatever its name says. */
export type FileKind = "text" | "empty" | "zip" | "gzip" | "html" | "xml" | "pdf" | "cfb" | "encrypted" | "binary";

/** How many bytes of the head are enough to tell the kind of a file. */
export const SNIFF_BYTES = 64 * 1024;

/** Tells what a file is from its first bytes. Text files are "text" whatever their encoding. */
export function sniffKind(head: Uint8Array): FileKind {
  if (head.length === 0) return "empty";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (isGzip(head)) return "gzip";
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return holdsEncryptedPackage(head) ? "encrypted" : "cfb";
  const bomEncoding = encodingFromBom(head);
  const utf16 = bomEncoding === "utf-16le" || bomEncoding === "utf-16be" ? bomEncoding : sniffUtf16(head);
  const text = utf16 ? new TextDecoder(utf16).decode(head.subarray(0, 4096)) : latin(head.subarray(0, 4096));
  const trimmed = text.replace(/^\uFEFF/, "").replace(/^(?:ï»¿)/, "").trimStart();
  if (trimmed.length === 0) return "empty";
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|script|!--)/i.test(trimmed)) return "html";
  if (/^<\?xml/i.test(trimmed)) return /<html[\s>]/i.test(trimmed) ? "html" : "xml";
  if (!utf16 && hasControlBytes(head)) return "binary";
  return "text";
}

/** The stream name (UTF-16LE in the container's directory) under which Office keeps a password-protected workbook:
 *  such a file is an OLE container as an old .xls is, and wants the password removed, not a save as .xlsx. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const holdsEncryptedPackage = (head: Uint8Array) => Buffer.from(head.buffer, head.byteOffset, head.byteLength).indexOf(ENCRYPTED_PACKAGE) >= 0;

/** Byte → char one to one: enough to look for ASCII markers in any ASCII-compatible encoding. */
function latin(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Where the NUL bytes and Ctrl-Z marks (and line breaks among them) that end the head begin: a text file padded with
 *  NULs to a block's size, or ended by a mark (end-mark.ts reads past them). */
function paddingStart(head: Uint8Array): number {
  let end = head.length;
  while (end > 0 && (head[end - 1] === 0x00 || head[end - 1] === 0x1a || head[end - 1] === 0x0a || head[end - 1] === 0x0d)) end--;
  return end;
}

/**
 * Many C0 controls (NUL included) other than tab/CR/LF/FF/ESC: not a text file. A few stray NULs or controls in the
 * cells of a CSV don't make it binary (the text normalizer reports and removes them; no row is lost), nor do the NULs
 * that pad it at its end; a head of nothing else is. A run of NULs counts once: a block of a text file zeroed by a failed
 * copy or disk (a line of NULs is a blank row), where a binary file's controls are scattered.
 */
function hasControlBytes(head: Uint8Array): boolean {
  const text = paddingStart(head);
  if (text === 0) return true;
  const n = Math.min(text, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0x00 && i > 0 && head[i - 1] === 0x00) continue;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > Math.max(8, n / 100);
}

/** The file-level error for a file that is not CSV text or a readable workbook. */
export function notReadableIssue(kind: Exclude<FileKind, "text" | "zip" | "gzip">, fileName: string): Issue {
  switch (kind) {
    case "empty": return issue("empty_file", { value: fileName });
    case "html": return issue("html_file", { value: fileName });
    case "xml": return issue("xml_file", { value: fileName });
    case "pdf": return issue("pdf_file", { value: fileName });
    case "cfb": return issue("old_excel_file", { value: fileName });
    case "encrypted": return issue("encrypted_file", { value: fileName });
    case "binary": return issue("binary_file", { value: fileName });
  }
}
