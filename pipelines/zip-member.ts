// A zip archive that holds one data file (a CSV, TSV or workbook, with a readme or a PDF of the definitions beside it):
// catalogues publish a list so, `131041_aed.zip` or `download.zip`. That file is read as if given itself. An archive of
// several data files is still refused (zip_archive): which one is the list, only the officer knows.
import { type ZipEntry } from "./zip.ts";

/** Data files a list comes in; a `.txt` is one only when nothing else is (it is more often a readme). */
const TABLE_FILE = /\.(?:csv|tsv|xlsx|xlsm)$/i;
const TEXT_FILE = /\.txt$/i;
/** What archivers add beside the files: a Mac's resource forks (__MACOSX/, ._name), hidden files, folders. */
const NOT_A_FILE = /(?:^|\/)(?:__MACOSX\/|\.)|\/$/;

/** The one data file of a zip archive's entries; null when it has none or several. */
export function dataFileOf(entries: readonly ZipEntry[]): ZipEntry | null {
  const files = entries.filter((e) => !NOT_A_FILE.test(e.name));
  const tables = files.filter((e) => TABLE_FILE.test(e.name));
  if (tables.length > 0) return tables.length === 1 ? tables[0] : null;
  const texts = files.filter((e) => TEXT_FILE.test(e.name));
  return texts.length === 1 ? texts[0] : null;
}
