import { describe, expect, it } from "vitest";
import { ACTIONS, type ActionContext } from "../../../catalog-api/ckan/actions.ts";
import type { CkanCatalog, CkanOrganization, CkanPackage, PackageEntry } from "../../../catalog-api/ckan/packages.ts";

const org = { id: "uuid-t131032", name: "t131032", title: "港区", package_count: 12 } as CkanOrganization;
// twelve packages of one organization, modified in an order unlike their names' order
const packages = Array.from({ length: 12 }, (_, i) => ({
  pkg: {
    name: `t131032-d${String(i).padStart(2, "0")}`, owner_org: org.id,
    metadata_modified: `2026-09-${String(((i * 5) % 12) + 1).padStart(2, "0")}T00:00:00.000000`,
  } as CkanPackage,
}) as PackageEntry);
const catalog = { packages, organizations: [org] } as unknown as CkanCatalog;
const ctx = { catalog: async () => catalog } as unknown as ActionContext;

describe("organization_show", () => {
  it("include_datasets lists the 10 newest packages, as CKAN's package_search defaults give them", async () => {
    const shown = await ACTIONS.organization_show!({ id: "t131032", include_datasets: "true" }, ctx) as { packages: CkanPackage[] };
    const newest = [...packages].map((e) => e.pkg).sort((a, b) => (a.metadata_modified < b.metadata_modified ? 1 : -1)).slice(0, 10);
    expect(shown.packages.map((p) => p.name)).toEqual(newest.map((p) => p.name));
    expect(shown.packages.map((p) => p.metadata_modified)).toEqual(
      ["12", "11", "10", "09", "08", "07", "06", "05", "04", "03"].map((d) => `2026-09-${d}T00:00:00.000000`));
  });
});

describe("package_search fl", () => {
  // two packages as loadCatalog builds them, with what a real one has: an empty extra, a date with microseconds
  const tag = (name: string) => ({ name, display_name: name, id: `tag-${name}`, state: "active", vocabulary_id: null });
  const aed = (code: string, ward: string, modified: string, tags: string[]) => ({
    id: `uuid-t${code}-aed`, name: `t${code}-aed`, title: `${ward} AED設置箇所一覧`, notes: `${ward}のAED設置箇所一覧（自治体標準オープンデータセット）`,
    organization: { name: `t${code}`, title: ward }, owner_org: `uuid-t${code}`, license_id: "CC-BY-4.0", state: "active", type: "dataset",
    maintainer: ward, url: "", version: "3", metadata_created: "2026-04-01T00:00:00.000000", metadata_modified: modified,
    num_resources: 2, num_tags: tags.length, tags: tags.map(tag),
    resources: [{ name: "AED設置箇所一覧 (CSV)", format: "CSV", url: `https://hub.example/r/${code}.csv`, description: "" },
      { name: "AED設置箇所一覧 (GeoJSON)", format: "GeoJSON", url: `https://hub.example/r/${code}.geojson`, description: "" }],
    extras: [{ key: "全国地方公共団体コード", value: code }, { key: "sample", value: "false" }, { key: "source_url", value: "" }],
  }) as unknown as CkanPackage;
  const pkgs = [
    aed("131016", "千代田区", "2026-09-01T00:00:00.000000", ["AED", "自治体標準オープンデータセット"]),
    aed("131041", "新宿区", "2026-09-04T02:59:41.451371", []),
  ];
  const searchCtx = { catalog: async () => ({ packages: pkgs.map((pkg) => ({ pkg })), organizations: [] }) } as unknown as ActionContext;
  const search = async (p: Record<string, unknown>) =>
    await ACTIONS.package_search!({ sort: "name asc", ...p }, searchCtx) as { count: number; results: Array<Record<string, unknown>>; sort: string };

  it("returns only the fields asked for, named by commas, spaces, a repeated key or a JSON list", async () => {
    const names = [{ name: "t131016-aed" }, { name: "t131041-aed" }];
    expect((await search({ fl: "name" })).results).toEqual(names);
    for (const fl of ["id,name", "id name", "id, name", ["id", "name"], ["id,name"]]) {
      expect((await search({ fl })).results).toEqual([
        { id: "uuid-t131016-aed", name: "t131016-aed" }, { id: "uuid-t131041-aed", name: "t131041-aed" }]);
    }
    // the rest of the answer is as without fl
    expect(await search({ fl: "name", fq: "organization:t131041" })).toMatchObject({ count: 1, results: [{ name: "t131041-aed" }], sort: "name asc" });
  });

  it("gives each field as the search index stores it: the organization's name, lists, Solr dates, extras under their key", async () => {
    const [chiyoda, shinjuku] = (await search({ fl: "title,organization,tags,res_format,metadata_modified,extras_sample" })).results;
    expect(chiyoda).toEqual({
      title: "千代田区 AED設置箇所一覧", organization: "t131016", tags: ["AED", "自治体標準オープンデータセット"], res_format: ["CSV", "GeoJSON"],
      metadata_modified: "2026-09-01T00:00:00Z", sample: "false",
    });
    // no tags: Solr stores no value, the key is absent; milliseconds kept, microseconds not
    expect(shinjuku).toEqual({
      title: "新宿区 AED設置箇所一覧", organization: "t131041", res_format: ["CSV", "GeoJSON"],
      metadata_modified: "2026-09-04T02:59:41.451Z", sample: "false",
    });
  });

  it("leaves out, without an error, fields the index does not store or know and values it was never sent", async () => {
    // num_resources and text are indexed only; colour is no field; url and source_url are empty strings
    expect((await search({ fl: "name,num_resources,text,colour,url,extras_source_url,sample" })).results)
      .toEqual([{ name: "t131016-aed" }, { name: "t131041-aed" }]);
    expect((await search({ fl: "colour" })).results).toEqual([{}, {}]);
  });

  it("reads wildcards and the stored package dict; an empty fl is every stored field, no fl the package dicts", async () => {
    expect((await search({ fl: "res_*", rows: 1 })).results).toEqual([{
      res_name: ["AED設置箇所一覧 (CSV)", "AED設置箇所一覧 (GeoJSON)"], res_format: ["CSV", "GeoJSON"],
      res_url: ["https://hub.example/r/131016.csv", "https://hub.example/r/131016.geojson"],
    }]);
    const [stored] = (await search({ fl: "validated_data_dict", rows: 1 })).results;
    expect(JSON.parse(stored!.validated_data_dict as string)).toEqual(pkgs[0]);
    const [all] = (await search({ fl: "", rows: 1 })).results;
    expect(all).toMatchObject({ id: "uuid-t131016-aed", name: "t131016-aed", capacity: "public", entity_type: "package", state: "active",
      dataset_type: "dataset", metadata_created: "2026-04-01T00:00:00Z", sample: "false", version: "3" });
    expect(all).not.toHaveProperty("num_resources");
    expect(all).not.toHaveProperty("url");
    expect((await search({ fl: [] })).results).toEqual(pkgs);
    expect((await search({})).results).toEqual(pkgs);
  });
});
