// Which resource of a CKAN package is harvested: a CSV/XLSX one by its format or, when the portal left the format
// blank or named the compression (GZ), by its file name, a gzip-compressed CSV (.csv.gz) included.
import { describe, expect, it } from "vitest";
import { pickResource } from "../../pipelines/sources/ckan.ts";

const BASE = "https://catalog.example.jp/";
const aedPackage = (resources: Array<{ url: string; format: string }>) => [{
  name: "131041-aed", title: "AED設置箇所一覧", metadata_modified: "2025-04-01T00:00:00",
  resources: resources.map((r, i) => ({ ...r, name: `AED設置箇所一覧 ${i}`, last_modified: `2025-04-0${i + 1}T00:00:00` })),
}];

describe("pickResource", () => {
  it.each([
    ["GZ", "https://portal.example.jp/files/131041_aed.csv.gz"],
    ["", "https://portal.example.jp/files/131041_aed.xlsx.gz?v=2"],
  ])("takes a gzip-compressed data file by its name (format %j)", (format, url) => {
    expect(pickResource(aedPackage([{ url, format }]), "aed", BASE)?.url).toBe(url);
  });

  it("leaves a compressed file that is no CSV/XLSX by its name", () => {
    expect(pickResource(aedPackage([{ url: "https://portal.example.jp/files/131041_aed.geojson.gz", format: "GZ" }]), "aed", BASE)).toBeNull();
    expect(pickResource(aedPackage([{ url: "https://portal.example.jp/files/131041_aed.gz", format: "GZ" }]), "aed", BASE)).toBeNull();
  });
});
