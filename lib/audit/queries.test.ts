import { describe, expect, it } from "vitest";
import { isSubjectQuery, parseAuditFilters } from "./queries";

describe("parseAuditFilters", () => {
  it("reads every filter from the search parameters", () => {
    const id = "7d7a3b9e-4a53-4c8f-9a34-2e6b1f0c9d11";
    expect(
      parseAuditFilters({
        actor: "privacy_officer",
        action: " order. ",
        subject: id,
        from: "2024-03-01",
        to: "2024-03-31",
        page: "3",
      }),
    ).toEqual({
      filters: {
        actorRole: "privacy_officer",
        actionPrefix: "order.",
        subject: id,
        from: "2024-03-01",
        to: "2024-03-31",
        page: 3,
      },
      problem: null,
    });
  });

  it("drops what cannot be used and names the problem instead of widening silently", () => {
    const parsed = parseAuditFilters({
      actor: "root",
      subject: "anna@example.com",
      from: "2024-02-30",
      page: "-1",
    });
    expect(parsed.filters).toEqual({
      actorRole: null,
      actionPrefix: null,
      subject: null,
      from: null,
      to: null,
      page: 1,
    });
    expect(parsed.problem).toBe("subject");
    expect(parseAuditFilters({ from: "2024-03-31", to: "2024-03-01" })).toMatchObject({
      filters: { from: null, to: null },
      problem: "dates",
    });
    expect(parseAuditFilters({ actor: "system" }).filters.actorRole).toBe("system");
  });

  it("accepts user ids, pseudonyms and order numbers as subjects", () => {
    expect(isSubjectQuery("V-ABC234DEF")).toBe(true);
    expect(isSubjectQuery("v-abc234def")).toBe(true);
    expect(isSubjectQuery(`p_${"a1".repeat(10)}`)).toBe(true);
    expect(isSubjectQuery("Anna Beispiel")).toBe(false);
    expect(isSubjectQuery("V-ABC")).toBe(false);
  });
});
