// English headers as municipalities write them (`Office Name`, `Zip Code`, `Tel No.`, `Website`, `English Name`): the
// standard's English names (phoneNumber, postalCode) matched already; these other wordings map too, reported as aliases,
// and a word for the row's thing before a column's name (`Facility Name`) is read only where the rows are such things.
import { describe, expect, it } from "vitest";
import { matchHeader } from "../../../pipelines/header-match.ts";
import { englishHeaders } from "../../../pipelines/header-english.ts";
import { getDataset } from "../../../schemas/index.ts";
import { runBytes } from "./helpers.ts";

describe("which column an English header maps to", () => {
  it.each<readonly [string, string, string | null]>([
    // the thing each row is, before or after the column's name
    ["care_service", "Office Name", "name"], ["care_service", "officeName", "name"], ["care_service", "Name of the Office", "name"],
    ["care_service", "Office Address", "full_address"], ["care_service", "Office Phone No.", "phone_number"],
    ["public_facility", "Facility Name", "name"], ["public_facility", "Name of Facility", "name"], ["public_facility", "Facility ID", "id"],
    ["public_facility", "Facility No.", "id"], ["hospital", "Clinic Name", "name"], ["hospital", "Institution Name", "name"],
    ["preschool", "Nursery Name", "name"], ["tourism", "Spot Name", "name"], ["public_toilet", "Toilet Name", "name"],
    // other words for the standard's
    ["public_facility", "Zip Code", "postal_code"], ["public_facility", "Postcode", "postal_code"], ["public_facility", "ZIP", "postal_code"],
    ["public_facility", "Tel No.", "phone_number"], ["public_facility", "Telephone", "phone_number"], ["public_facility", "Phone No.", "phone_number"],
    ["care_service", "FAX No.", "fax_number"], ["care_service", "Facsimile", "fax_number"], ["public_facility", "Website", "url"],
    ["public_facility", "Home Page", "url"], ["public_facility", "E-mail", "contact_email"], ["public_facility", "E-mail Address", "contact_email"],
    ["public_facility", "Long", "longitude"], ["food_business", "Permit No.", "permit_number"], ["care_service", "Provider No.", "provider_number"],
    // the English spelling or the reading of a column, by a language word
    ["public_facility", "English Name", "name_en"], ["public_facility", "Name in English", "name_en"],
    ["public_facility", "Facility Name (English)", "name_en"], ["public_facility", "Kana Name", "name_kana"],
    // the standard's English names, as before
    ["public_facility", "Phone Number", "phone_number"], ["public_facility", "Latitude", "latitude"], ["public_facility", "Address", "full_address"],
    // not the row's own: the facility of an event is its venue, a toilet's the park it stands in; a building's name is 方書;
    // the operator and the contact have columns of their own
    ["event", "Facility Name", null], ["public_toilet", "Facility Name", null], ["public_facility", "Building Name", "building_name"],
    ["care_service", "Organization Name", "organization_name"], ["tourism", "Contact Name", "contact_name"],
    ["food_business", "Business Type", "business_type"], ["public_facility", "Office Number", null], ["public_facility", "Shinjuku Central Park", null],
  ])("%s: %j → %s", (id, header, key) => {
    const dataset = getDataset(id);
    if (dataset === undefined) throw new Error(id);
    expect(matchHeader(header, dataset)?.key ?? null).toBe(key);
  });

  it("leaves Japanese headers, data cells and the standard's own words to the other matchers", () => {
    expect([englishHeaders("事業所名", ["office"]), englishHeaders("https://example.jp/", ["office"]), englishHeaders("Name", ["office"])])
      .toEqual([[], [], []]);
    expect([englishHeaders("Name of the Office", ["office"]), englishHeaders("Zip Code")]).toEqual([["name"], ["postal code"]]);
  });
});

describe("a care list headed in English", () => {
  it("maps each column, reported as an alias, and reads its values", async () => {
    const csv = "Office Name,Address,Phone No.,FAX No.,Zip Code,Latitude,Longitude,Website\n"
      + "デイサービス新宿,東京都新宿区西新宿2-8-1,03-5273-3914,03-5273-3915,163-8001,35.6895,139.6917,https://example.jp/\n";
    const { rows, report } = await runBytes(csv, "131041_care_service.csv");
    expect(report.dataset).toBe("care_service");
    expect(report.header.map((h) => [h.source, h.field, h.method])).toEqual([
      ["Office Name", "name", "alias"], ["Address", "full_address", "alias"], ["Phone No.", "phone_number", "alias"],
      ["FAX No.", "fax_number", "alias"], ["Zip Code", "postal_code", "alias"], ["Latitude", "latitude", "alias"],
      ["Longitude", "longitude", "alias"], ["Website", "url", "alias"],
    ]);
    expect(rows[0].record).toMatchObject({ name: "デイサービス新宿", phone_number: "03-5273-3914", fax_number: "03-5273-3915",
      postal_code: "1638001", url: "https://example.jp/" });
    expect(report.issues.filter((i) => i.code === "unknown_header")).toEqual([]);
  });
});
