// What a workbook sheet's name says of its rows. Only clear words count: a sheet's name is most often a place
// (新宿地区, 新町, 旧古河庭園), and a place must never read as "an old version".

/** Examples and explanations (記入例, 説明): read only when no other sheet has the table. */
const EXAMPLE_SHEET = /記入例|入力例|例$|^例|見本|サンプル|\bsample\b|\bexample\b|説明|注意/i;

/** A version kept beside the list, not more of its rows: an old one (旧 before a date or 版, （旧）, 旧版, old), a backup,
 *  a working copy, a copy another program named (「一覧 のコピー」, Copy of 一覧); the name is read in NFKC (（旧） is (旧)). Excel's own copy name `一覧 (2)` is
 *  not here: the same form continues a long list, and a copy is told by its rows repeating (sheet-join.ts). */
const OLD_SHEET = /^旧$|^旧\s*[_\-・.]?\s*(?:\d|令和|平成|昭和|[RH]\d|版|データ|一覧|リスト)|\(旧\)|旧版|\bold\b|backup|バックアップ|\bbak\b|作業用|作業中|のコピー|^copy of\b/i;

/** Rows of places that are no longer or not yet open (撤去済み, 廃止, 休止中, 閉園, 取消・失効した許可, 返却済, 終了分,
 *  予定) or of a past publication (過去分, 前回公開分): never read as the list's rows. */
const STATE_WORDS = "撤去|廃止|休止|中止|廃業|削除|閉鎖|閉園|閉所|閉館|取消|取り消し|失効|終了|返却|期限切れ|リース切れ|移設前|過去|前回|予定";
const STATE_SHEET = new RegExp(STATE_WORDS);

/** A state word denied (撤去予定なし, 廃止予定無し): the places are current, the sheet is the list's. */
const DENIED_STATE = new RegExp(`(?:${STATE_WORDS})+(?:の)?(?:予定)?(?:なし|無し|無)`, "g");

/** An example or explanation sheet: read only when no other sheet has the table. */
export const isExampleSheet = (name: string) => EXAMPLE_SHEET.test(name.normalize("NFKC"));

/** A sheet whose name says it holds another version of the list or places in another state: not joined to it. */
export const isOtherVersionSheet = (name: string) => {
  const plain = name.normalize("NFKC");
  return OLD_SHEET.test(plain) || STATE_SHEET.test(plain.replace(DENIED_STATE, ""));
};
