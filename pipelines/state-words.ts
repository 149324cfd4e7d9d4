// Words that say places are no longer or not yet in the list (撤去済み, 廃止, 休止中, 閉園, 取消・失効した許可, 返却済,
// 終了分, 予定) or are of a past publication (過去分, 前回公開分): a sheet so named (sheet-names.ts), or a line so headed
// under the data (rows.ts), holds no current places. A denied word (撤去予定なし) says the opposite.

const STATE_WORDS = "撤去|廃止|休止|中止|廃業|削除|閉鎖|閉園|閉所|閉館|取消|取り消し|失効|終了|返却|期限切れ|リース切れ|移設前|過去|前回|予定";
const STATE = new RegExp(STATE_WORDS);

/** A state word denied (撤去予定なし, 廃止予定無し): the places are current. */
const DENIED_STATE = new RegExp(`(?:${STATE_WORDS})+(?:の)?(?:予定)?(?:なし|無し|無)`, "g");

/** Whether a text (NFKC) says its places are not current ones. */
export const saysNotCurrent = (text: string): boolean => STATE.test(text.replace(DENIED_STATE, ""));
