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
