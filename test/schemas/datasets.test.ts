import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schemas/dataset.ts";
import { DATASET_IDS, DATASETS, getDataset } from "../../schemas/index.ts";
import { kindOf } from "../../schemas/types.ts";

const RESERVED_QUERY_PARAMS = ["limit", "cursor", "format", "q", "bbox", "near", "radius", "municipality", "headers", "fields", "sort"];
const LOCATION_KEYS = ["name", "full_address", "latitude", "longitude"];

/** Every header text a dataset answers to (key, ja, en, aliases) with the columns it names, after `normalize`. */
function headerTargets(dataset: Dataset, normalize: (h: string) => string): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  for (const c of dataset.columns) {
    for (const h of [c.key, c.ja, c.en, ...(c.aliases ?? [])]) {
      const n = normalize(h);
      targets.set(n, (targets.get(n) ?? new Set()).add(c.key));
    }
  }
  return targets;
}

function collisions(dataset: Dataset, normalize: (h: string) => string): string[] {
  return [...headerTargets(dataset, normalize)].filter(([, keys]) => keys.size > 1).map(([h, keys]) => `${h} → ${[...keys].join(", ")}`);
}

/** What a header mapper does before fuzzy matching: NFKC, no whitespace, lower case. */
const loose = (h: string) => h.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

describe("dataset registry", () => {
  it("lists the 15 standard datasets of book A in official order", () => {
    expect(DATASETS.map((d) => [d.number, d.id])).toEqual([
      ["01", "public_facility"], ["02", "cultural_property"], ["03", "evacuation_space"], ["04", "population"], ["05", "preschool"],
      ["06", "open_data_list"], ["07", "public_wireless_lan"], ["08", "aed"], ["09", "care_service"], ["10", "hospital"],
      ["11", "tourism"], ["12", "event"], ["13", "public_toilet"], ["14", "fire_hydrant"], ["15", "food_business"],
    ]);
    expect(DATASET_IDS).toEqual(DATASETS.map((d) => d.id));
  });

  it("finds a dataset by id and nothing for an unknown id", () => {
    expect(getDataset("public_toilet")?.ja).toBe("公衆トイレ一覧");
    expect(getDataset("toilet")).toBeUndefined();
  });
});

describe.each(DATASETS.map((d) => [d.id, d] as const))("%s", (_id, dataset) => {
  it("has Japanese and English titles, descriptions and catalogue keywords", () => {
    expect([dataset.ja, dataset.en, dataset.description_ja, dataset.description_en].map((t) => typeof t === "string" && t.length > 0))
      .toEqual([true, true, true, true]);
    expect((dataset.keywords ?? []).length).toBeGreaterThan(0);
  });

  it("has snake_case keys, camelCase English names and unique Japanese names", () => {
    expect(dataset.columns.filter((c) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(c.key)).map((c) => c.key)).toEqual([]);
    expect(dataset.columns.filter((c) => !/^[a-z][A-Za-z0-9]*$/.test(c.en)).map((c) => c.en)).toEqual([]);
    const ja = dataset.columns.map((c) => c.ja);
    expect(ja.filter((j, i) => ja.indexOf(j) !== i)).toEqual([]);
  });

  it("uses no reserved query parameter as a key", () => {
    expect(dataset.columns.map((c) => c.key).filter((k) => RESERVED_QUERY_PARAMS.includes(k))).toEqual([]);
  });

  it("has no header text that names two columns, exactly or after NFKC/space/case folding", () => {
    expect(collisions(dataset, (h) => h)).toEqual([]);
    expect(collisions(dataset, loose)).toEqual([]);
  });

  it("indexes every column's ja exactly and its key, en and aliases as aliases", () => {
    for (const c of dataset.columns) {
      expect(dataset.headerIndex.get(c.ja)).toEqual({ key: c.key, method: "exact" });
      for (const h of [c.key, c.en, ...(c.aliases ?? [])]) expect(dataset.headerIndex.get(h)?.key).toBe(c.key);
    }
  });

  it("takes each fallback alias only as a second choice: another column's alias, never its own", () => {
    for (const c of dataset.columns) {
      for (const a of c.fallbackAliases ?? []) {
        const first = dataset.headerIndex.get(a)?.key;
        expect([a, first !== undefined && first !== c.key]).toEqual([a, true]);
      }
    }
  });

  it("indexes each yielding alias as a header of its own column, never another column's ja (its own ja may yield: 施設名称 beside 屋号)", () => {
    for (const c of dataset.columns) {
      for (const y of c.yieldingAliases ?? []) for (const h of y.headers) expect([h, dataset.headerIndex.get(h)]).toEqual([h, { key: c.key, method: h === c.ja ? "exact" : "alias" }]);
    }
  });

  it("has name, full_address, latitude and longitude when it has a location", () => {
    const keys = dataset.columns.map((c) => c.key);
    const hasLocation = keys.includes("latitude") || keys.includes("full_address");
    expect(hasLocation ? LOCATION_KEYS.filter((k) => !keys.includes(k)) : []).toEqual([]);
    expect(hasLocation).toBe(!["population", "open_data_list"].includes(dataset.id));
  });
});

describe("column kinds", () => {
  const kindsOf = (id: string, keys: string[]) => keys.map((k) => [k, kindOf(getDataset(id)!.columnByKey.get(k)!.type)]);

  it("types flags, lists, dates, times and counts as the standard writes them", () => {
    expect(kindsOf("evacuation_space", ["hazard_flood", "hazard_volcano", "also_designated_shelter", "max_capacity", "target_communities", "elevation_m", "municipality_code"]))
      .toEqual([["hazard_flood", "mark"], ["hazard_volcano", "mark"], ["also_designated_shelter", "mark"], ["max_capacity", "text"],
        ["target_communities", "list"], ["elevation_m", "number"], ["municipality_code", "code"]]);
    expect(kindsOf("public_toilet", ["total_male_toilet", "wheelchair_toilet", "start_time", "latitude", "local_government_code"]))
      .toEqual([["total_male_toilet", "integer"], ["wheelchair_toilet", "boolean"], ["start_time", "time"], ["latitude", "latitude"], ["local_government_code", "code"]]);
    expect(kindsOf("hospital", ["departments", "beds", "start_time", "phone_number", "corporate_number"]))
      .toEqual([["departments", "list"], ["beds", "integer"], ["start_time", "time"], ["phone_number", "phone"], ["corporate_number", "corporate_number"]]);
    expect(kindsOf("cultural_property", ["category", "designated_date", "quantity"]))
      .toEqual([["category", "list"], ["designated_date", "date"], ["quantity", "integer"]]);
    expect(kindsOf("food_business", ["permit_date", "permit_expiry_date", "postal_code"]))
      .toEqual([["permit_date", "date"], ["permit_expiry_date", "date"], ["postal_code", "postal_code"]]);
    expect(kindsOf("aed", ["pediatric_pads"])).toEqual([["pediatric_pads", "boolean"]]);
  });

  it("generates the 36 population age columns from the age bands", () => {
    const ages = getDataset("population")!.columns.filter((c) => c.key.startsWith("age_"));
    expect(ages.length).toBe(36);
    expect(ages.slice(0, 2).map((c) => [c.key, c.ja, c.en, kindOf(c.type)])).toEqual([
      ["age_0_4_male", "0-4歳の男性", "age0To4Male", "integer"], ["age_0_4_female", "0-4歳の女性", "age0To4Female", "integer"]]);
    expect(ages.slice(-2).map((c) => [c.key, c.ja, c.en])).toEqual([
      ["age_85_plus_male", "85歳以上の男性", "age85PlusMale"], ["age_85_plus_female", "85歳以上の女性", "age85PlusFemale"]]);
  });

  it("marks the standard's ◎ columns required", () => {
    const required = (id: string) => getDataset(id)!.columns.filter((c) => c.requirement === "required").map((c) => c.key);
    expect(required("public_toilet")).toEqual(["name", "full_address", "installation_position"]);
    expect(required("evacuation_space")).toEqual(["name", "full_address", "phone_number", "municipality_code"]);
    expect(required("aed")).toEqual(["name", "full_address", "installation_position"]);
    expect(required("event")).toEqual(["name"]);
  });
});
