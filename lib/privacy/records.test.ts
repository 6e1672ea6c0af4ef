import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImprintContent } from "@/components/legal/imprint-content";
import { getPersonalEntry, personalTables, staffColumns } from "./data-map";
import { PURPOSES } from "./map/vocabulary";
import {
  CONTROLLER,
  recordsOfProcessing,
  SAFEGUARDS,
  staffDataRecords,
  subjectKindsOf,
} from "./records";

describe.each(["de", "en"] as const)("the records of processing (%s)", (locale) => {
  const records = recordsOfProcessing(locale);

  it("has one record for every purpose of the data map, each used by some table", () => {
    expect(records.map((r) => r.purpose)).toEqual(Object.keys(PURPOSES));
    for (const record of records) {
      expect(record.name, record.purpose).toBe(PURPOSES[record.purpose].text[locale]);
      expect(record.legalBasis, record.purpose).not.toBe("");
      expect(record.tables.length, record.purpose).toBeGreaterThan(0);
      expect(record.dataCategories.length, record.purpose).toBeGreaterThan(0);
      expect(record.sources.length, record.purpose).toBeGreaterThan(0);
      expect(record.subjects, record.purpose).toContain("customers");
    }
  });

  it("covers every personal table, with the table's retention", () => {
    const covered = new Set(records.flatMap((r) => r.tables.map((t) => t.table)));
    for (const [name, entry] of personalTables()) {
      expect(covered.has(name), name).toBe(true);
      const row = records.flatMap((r) => r.tables).find((t) => t.table === name)!;
      expect(row.retention).toBe(entry.retention.text[locale]);
    }
  });

  it("derives legal bases and recipients from the map", () => {
    const byPurpose = new Map(records.map((r) => [r.purpose, r]));
    const en = recordsOfProcessing("en");
    expect(en.find((r) => r.purpose === "marketing")!.legalBasis).toMatch(/6\(1\)\(a\)/);
    expect(en.find((r) => r.purpose === "accounting")!.legalBasis).toMatch(/6\(1\)\(c\)/);
    expect(byPurpose.get("contract")!.recipients.length).toBeGreaterThan(0);
    const orderData = en.find((r) => r.purpose === "contract")!.dataCategories;
    expect(orderData).toEqual(expect.arrayContaining(["Addresses", "Contact details"]));
  });

  it("lists the safeguards and every place that holds data about staff", () => {
    expect(SAFEGUARDS.length).toBeGreaterThan(5);
    for (const safeguard of SAFEGUARDS) expect(safeguard.text[locale]).not.toBe("");
    expect(staffDataRecords(locale)).toHaveLength(staffColumns().length);
  });
});

describe("categories of data subjects", () => {
  it("finds guests where rows are found by address or consent id, also through a parent", () => {
    expect(subjectKindsOf("orders", getPersonalEntry("orders"))).toContain("guests");
    expect(subjectKindsOf("order_items", getPersonalEntry("order_items"))).toContain("guests");
    expect(subjectKindsOf("behaviour_events", getPersonalEntry("behaviour_events"))).toContain(
      "guests",
    );
    expect(subjectKindsOf("addresses", getPersonalEntry("addresses"))).toEqual(["customers"]);
  });

  it("finds staff in accounts, sign-in data and where a column names a member of staff", () => {
    expect(subjectKindsOf("users", getPersonalEntry("users"))).toContain("staff");
    expect(subjectKindsOf("staff_mfa", getPersonalEntry("staff_mfa"))).toContain("staff");
    expect(subjectKindsOf("privacy_requests", getPersonalEntry("privacy_requests"))).toEqual([
      "customers",
      "guests",
      "staff",
    ]);
    expect(subjectKindsOf("personalization_log", getPersonalEntry("personalization_log"))).toEqual([
      "customers",
    ]);
  });
});

describe("the controller", () => {
  it.each(["de", "en"] as const)("is the one the imprint names (%s)", (locale) => {
    const imprint = renderToStaticMarkup(createElement(ImprintContent, { locale }));
    for (const part of [
      CONTROLLER.name,
      CONTROLLER.street,
      `${CONTROLLER.postalCode} ${CONTROLLER.city}`,
      CONTROLLER.representative,
      CONTROLLER.email,
      CONTROLLER.privacyEmail,
      CONTROLLER.phone,
    ]) {
      expect(imprint, part).toContain(part);
    }
  });
});
