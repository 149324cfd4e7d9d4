// What a workbook sheet's name says of its rows. Only clear words count: a sheet's name is most often a place
// (新宿地区, 新町, 旧古河庭園), and a place must never read as "an old version".
import { saysNotCurrent } from "./state-words.ts";

/** Examples and explanations (記入例, 説明), and how to fill the table in (記載方法, 作成要領, 項目定義, which repeat its
 *  header over a line of what to write in each column): read only when no other sheet has the table. */
const EXAMPLE_SHEET = /記入例|入力例|例$|^例|見本|サンプル|\bsample\b|\bexample\b|説明|注意|留意|(?:記載|記入|入力|作成)(?:方法|要領)|書き方|項目定義|定義書/i;

/** A version kept beside the list, not more of its rows: an old one (旧 before a date or 版, （旧）, 旧版, old), a backup,
 *  a working copy, a copy another program named (「一覧 のコピー」, Copy of 一覧); the name is read in NFKC (（旧） is (旧)). Excel's own copy name `一覧 (2)` is
 *  not here: the same form continues a long list, and a copy is told by its rows repeating (sheet-join.ts). */
const OLD_SHEET = /^旧$|^旧\s*[_\-・.]?\s*(?:\d|令和|平成|昭和|[RH]\d|版|データ|一覧|リスト)|\(旧\)|旧版|\bold\b|backup|バックアップ|\bbak\b|作業用|作業中|のコピー|^copy of\b/i;

/** An example or explanation sheet: read only when no other sheet has the table. */
export const isExampleSheet = (name: string) => EXAMPLE_SHEET.test(name.normalize("NFKC"));

/** A sheet whose name says it holds another version of the list or places in another state: not joined to it. */
export const isOtherVersionSheet = (name: string) => {
  const plain = name.normalize("NFKC");
  return OLD_SHEET.test(plain) || saysNotCurrent(plain);
};
