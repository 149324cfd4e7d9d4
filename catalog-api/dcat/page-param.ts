// The catalog's `page`, read as ckanext-dcat reads it (logic.py `_search_ckan_datasets`: `int(page or 1)`, then
// "Page param must be a positive integer starting in 1"): absent or empty is page 1; like Python's int(), spaces
// around the number, a sign, leading zeros, `_` between digits and full-width digits (２, read through NFKC) are taken.

export type PageParam = { ok: true; page: number } | { ok: false };

/** Python int()'s decimal form, after NFKC has made full-width digits and signs ASCII. */
const PYTHON_INT = /^[+-]?\d+(?:_\d+)*$/;

export function parsePage(raw: string | undefined): PageParam {
  if (raw === undefined || raw === "") return { ok: true, page: 1 };
  const text = raw.normalize("NFKC").trim();
  if (!PYTHON_INT.test(text)) return { ok: false };
  const page = Number(text.replaceAll("_", ""));
  // past 2^53 the page number itself would be rounded (and Solr's start, an int, overflowed long before)
  return page >= 1 && Number.isSafeInteger(page) ? { ok: true, page } : { ok: false };
}
