// A 問い合わせ先 column of mixed cells (`03-5939-6955`, `北区観光協会`, `北区観光協会　03-5939-6955`,
// `実行委員会(03-3901-2551)`) is 連絡先名称 by its header (column-by-values.ts takes it as the phone column only when
// every cell is a number). An app shows 連絡先名称 as a label and dials 連絡先電話番号: a number left in the name is
// never dialled. Cell by cell, the one number of such a cell goes to the row's empty 連絡先電話番号 (its extension to
// an empty 内線番号), the words before it stay the name, and each move is said.
import { plainPhone } from "./codes.ts";
import { phoneParts, withExtension } from "./phone-shape.ts";
import { isEmptyCell } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";
import { toHalfWidthAscii } from "./text.ts";

/** A label left before the number among the name's words (`文化課 TEL`, `実行委員会 電話：`). */
const PHONE_LABEL = /[\s:：]*(?:TEL|Tel|tel|電話(?:番号)?)[\s:：.]*$/;
const DIGITS = /\d{2}/;

export function phoneFromContactName(r: RowRepair): void {
  const name = r.record.contact_name;
  if (typeof name !== "string" || !DIGITS.test(name) || !r.dataset.columnByKey.has("phone_number")) return;
  const own = r.record.phone_number;
  if (own !== null && typeof own !== "string") return;
  if (own === null && !isEmptyCell(r, r.cells.phone_number, "phone_number")) return;
  const parts = phoneParts(toHalfWidthAscii(name));
  // one well-shaped number; two numbers, or one of the wrong length, stay as written
  if (parts === null || parts.rest !== null || plainPhone(parts.number) === undefined) return;
  // the row's own number, written again in the name, is only taken off the name
  if (own !== null && own.split(" ")[0] !== parts.number) return;
  const words = parts.notes.join(" ").replace(PHONE_LABEL, "").trim();
  if (parts.extension !== null) {
    const extensionColumn = r.dataset.columnByKey.has("extension_number");
    if (!extensionColumn || r.record.extension_number !== null) return;
  }
  if (own === null) r.record.phone_number = parts.extension === null ? parts.number : withExtension(parts.number, parts.extension);
  r.record.contact_name = words === "" ? null : words;
  r.problem("phone_from_contact_name", "phone_number", name, `${parts.number}｜${words}`);
}
