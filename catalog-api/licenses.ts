// Licence register shared by the CKAN view (license_title, license_url, isopen) and DCAT (dct:license IRIs).
export interface LicenseInfo {
  id: string; title: string; url: string | null; dcat: string | null; open: boolean;
  /** what the source wrote beside the licence, e.g. 「未確認 / unverified」: kept for CKAN's title and DCAT's dct:rights */
  note?: string;
}

const REGISTER: readonly LicenseInfo[] = [
  { id: "CC-BY-4.0", title: "クリエイティブ・コモンズ 表示（CC BY）", url: "https://creativecommons.org/licenses/by/4.0/deed.ja",
    dcat: "https://creativecommons.org/licenses/by/4.0/", open: true },
  { id: "CC-BY-2.1-JP", title: "クリエイティブ・コモンズ 表示 2.1 日本（CC BY 2.1 JP）", url: "https://creativecommons.org/licenses/by/2.1/jp/",
    dcat: "https://creativecommons.org/licenses/by/2.1/jp/", open: true },
  { id: "CC0-1.0", title: "クリエイティブ・コモンズ CC0", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.ja",
    dcat: "https://creativecommons.org/publicdomain/zero/1.0/", open: true },
  { id: "PDL-1.0", title: "公共データ利用規約（第1.0版）", url: "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
    dcat: "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0", open: true },
  { id: "ODbL-1.0", title: "Open Data Commons Open Database License (ODbL)", url: "https://opendatacommons.org/licenses/odbl/1-0/",
    dcat: "https://opendatacommons.org/licenses/odbl/1-0/", open: true },
];

/** A licence text with a note in brackets after it: 「CC BY 4.0（未確認 / unverified）」 → CC BY 4.0 + the note. */
const WITH_NOTE = /^(.+?)\s*[（(]([^（）()]+)[）)]\s*$/;

/** The register entry (with the note a source wrote beside it), or the raw id as its own title (CKAN does the same
 *  for unknown licences). */
export function licenseInfo(id: string | null): LicenseInfo {
  const noted = WITH_NOTE.exec((id ?? "").trim());
  if (noted) {
    const base = registered(noted[1]!);
    if (base) return { ...base, title: `${base.title}（${noted[2]!.trim()}）`, note: noted[2]!.trim() };
  }
  return registered(id) ?? unregistered(id);
}

function registered(id: string | null): LicenseInfo | undefined {
  const key = (id ?? "").trim();
  // sources spell ids loosely ("CC BY 4.0", "cc-by-4.0", "CC0 1.0"): compare with spaces and underscores as hyphens
  const loose = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[\s_]+/g, "-");
  const found = REGISTER.find((l) => loose(l.id) === loose(key) || l.url === key || l.dcat === key);
  return found;
}

function unregistered(id: string | null): LicenseInfo {
  const key = (id ?? "").trim();
  const isUrl = /^https?:\/\//.test(key);
  return { id: key || "notspecified", title: key || "License not specified", url: isUrl ? key : null, dcat: isUrl ? key : null, open: false };
}
