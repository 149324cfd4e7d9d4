// Words that say places are no longer or not yet in the list (撤去済み, 廃止, 休止中, 閉園, 取消・失効した許可, 返却済,
// 終了分, 予定) or are of a past publication (過去分, 前回公開分): a sheet so named (sheet-names.ts), or a line so headed
// under the data (rows.ts), holds no current places. A denied word (撤去予定なし) says the opposite.
import type { Dataset } from "../schemas/dataset.ts";
import { plainWords } from "./normalize/text.ts";

const STATE_WORDS = "撤去|廃止|休止|中止|廃業|削除|閉鎖|閉園|閉所|閉館|取消|取り消し|失効|終了|返却|期限切れ|リース切れ|移設前|過去|前回|予定";
const STATE = new RegExp(STATE_WORDS);

/** A state word denied (撤去予定なし, 廃止予定無し): the places are current. */
const DENIED_STATE = new RegExp(`(?:${STATE_WORDS})+(?:の)?(?:予定)?(?:なし|無し|無)`, "g");

/** Whether a text (NFKC) says its places are not current ones. */
export const saysNotCurrent = (text: string): boolean => STATE.test(text.replace(DENIED_STATE, ""));

/** Headers of a column that tells whether each place still is (Tokyo's hospital lists carry 状況 or 現存・休止). */
// not 開設状況 / 稼働状況: a shelter's 開設/閉鎖 or an access point's 停止中 is how it is now, not whether the place is
const STATUS_HEADERS = new Set(["状況", "状態", "現況", "現存・休止", "現存休止", "現存/休止", "運営状況", "営業状況", "設置状況", "ステータス",
  "status"]);

/** A status that says the place is not open now, as the whole cell (休止, 廃止済み, 閉院中): a partial one (一部休止) or a
 *  plan (廃止予定) leaves it current. */
// not 閉鎖: a shelter list's 状況 says 開設 / 閉鎖 of the shelter being opened now, and the place stays a shelter
// not 移転: a place moved (a relocated 古民家, a preschool at its new address) still is
/** A place's end or pause (休止, 廃止, 閉館, 撤去 …), as a regex source: what a status, a kind or a remark may say. */
export const PLACE_CLOSED_WORDS = "休止|廃止|閉院|廃業|休業|閉館|閉園|廃園|休園|閉所|撤去";
/** …and, in a status column, a permit's end (取消, 失効) or a body's (解散). */
const CLOSED_WORDS = `${PLACE_CLOSED_WORDS}|取消|取り消し|失効|解散`;
const CLOSED_STATUS = new RegExp(`^(?:${CLOSED_WORDS})(?:中|済み?|した|しました|済)?$`);

/** Datasets whose records stand whatever their status column says: a cultural property's 状況 is of its designation or
 *  its viewing (公開休止), and it stays designated. */
const STATUS_NOT_PLACE = new Set(["cultural_property"]);

/** The header without the word the list calls each row's thing by, and の or _ after it (事業所の状況 → 状況;
 *  Dataset.subjects). */
const withoutSubject = (header: string, subjects: readonly string[]) => {
  const subject = subjects.find((s) => header.startsWith(s) && header.length > s.length);
  return subject === undefined ? header : header.slice(subject.length).replace(/^[_の]/, "");
};

/** The index of the file's status column among the columns that map to no standard field, else -1: 状況, or the
 *  thing's own 状況 (事業所の状況, 医療機関状況). */
export function statusColumnOf(sourceHeaders: readonly string[], keys: readonly (string | null)[], dataset: Pick<Dataset, "id" | "subjects">): number {
  if (STATUS_NOT_PLACE.has(dataset.id)) return -1;
  return sourceHeaders.findIndex((h, i) => keys[i] === null && STATUS_HEADERS.has(withoutSubject(plainWords(h), dataset.subjects ?? []).toLowerCase()));
}

/** A status in brackets at the end of a name (`葛飾ヘルパー（休止中）`, `○○医院【廃止】`): the status, as isClosedStatus
 *  reads it, else null. */
export function closedStatusInName(name: string, datasetId?: string): string | null {
  // NFKC: （ ） ［ ］ are ( ) [ ]
  const text = name.normalize("NFKC").trim();
  const m = /[(【[]\s*([^()【】[\]]{1,8}?)\s*[)】\]]$/.exec(text);
  return m !== null && m.index > 0 && isClosedStatus(m[1], datasetId) ? m[1].trim() : null;
}

/** The words of CLOSED_STATUS before a kind (`撤去済み消火栓`, `休止中の消火栓`, `廃止防火水槽`; not a plan, `廃止予定の消火栓`): the status and
 *  the kind. */
const CLOSED_BEFORE_KIND = new RegExp(`^((?:${CLOSED_WORDS})(?:中|済み?|した|済)?)の?\\s*(?!予定)(\\S.*)$`);
/** A note after a kind (`消火栓※休止中`, `消火栓 廃止`, `消火栓／撤去済`): the note. */
const NOTE_AFTER_KIND = /^\S.*?(?:\s*[※*/・]\s*|\s+)([^\s※*/・]{1,8})$/;

/** A closed status in a kind cell (`消火栓（廃止）`, `消火栓※休止中`, `撤去済み消火栓`, `廃止`): the status, as
 *  isClosedStatus reads it, else null. A kind with a plan (`消火栓（廃止予定）`) or another note (`消火栓（地下式）`) has none. */
export function closedStatusInKind(cell: string, datasetId?: string): string | null {
  // a kind cell is short and most hold no status word: no work for them
  if (cell === "" || cell.length > 24 || !/[休廃閉撤取失解]/.test(cell)) return null;
  const text = cell.normalize("NFKC").trim();
  if (isClosedStatus(text, datasetId)) return text;
  const inBrackets = closedStatusInName(text, datasetId);
  if (inBrackets !== null) return inBrackets;
  const before = CLOSED_BEFORE_KIND.exec(text)?.[1];
  if (before !== undefined && isClosedStatus(before, datasetId)) return before;
  const after = NOTE_AFTER_KIND.exec(text)?.[1];
  return after !== undefined && isClosedStatus(after, datasetId) ? after : null;
}

/** A pause, not an end (休業, 休止中): in a register of permits the permit still stands while its holder pauses. */
const PAUSED_STATUS = /^(?:休止|休業)/;
/** Registers of permits (食品営業許可): a row is a permit, which a pause leaves in force; its end (廃業, 取消, 失効) is
 *  no permit now. */
const PERMIT_REGISTERS = new Set(["food_business"]);

/** Whether a status cell says the place is closed (NFKC, spaces ignored); in a register of permits (`datasetId`), only
 *  a status that ends the permit does. */
export function isClosedStatus(cell: string, datasetId?: string): boolean {
  if (cell.length > 12) return false;
  const status = plainWords(cell);
  return CLOSED_STATUS.test(status) && !(datasetId !== undefined && PERMIT_REGISTERS.has(datasetId) && PAUSED_STATUS.test(status));
}
