import { describe, expect, it } from "vitest";
import {
  berlinDate,
  defaultPeriod,
  isoWeekNumber,
  latestWeekWithDecisions,
  mondayOf,
  parsePeriod,
  parseSubjectQuery,
  percent,
  periodTotals,
  toWeeklyRates,
  weeksOf,
  withCurrentVersion,
  type WeeklyConsentCounts,
} from "./reporting";

const week = (
  monday: string,
  decisions: number,
  allowed: Partial<WeeklyConsentCounts["allowed"]> = {},
  gpc = 0,
): WeeklyConsentCounts => ({
  week: monday,
  decisions,
  allowed: { preferences: 0, analytics: 0, personalization: 0, marketing: 0, ...allowed },
  gpc,
});

describe("calendar helpers", () => {
  it("finds the Monday of a week", () => {
    expect(mondayOf("2026-01-07")).toBe("2026-01-05"); // Wednesday
    expect(mondayOf("2026-01-05")).toBe("2026-01-05"); // Monday
    expect(mondayOf("2026-01-11")).toBe("2026-01-05"); // Sunday
    expect(mondayOf("2026-03-01")).toBe("2026-02-23"); // across a month
  });

  it("numbers ISO weeks, including the turn of the year", () => {
    expect(isoWeekNumber("2026-01-05")).toBe(2);
    expect(isoWeekNumber("2025-12-29")).toBe(1); // belongs to 2026's week 1
    expect(isoWeekNumber("2027-01-01")).toBe(53); // 2026 has 53 weeks
  });

  it("takes today's date in Berlin, not in UTC", () => {
    expect(berlinDate(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(berlinDate(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(berlinDate(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });
});

describe("the period", () => {
  it("defaults to the last 12 weeks, this one included", () => {
    const period = defaultPeriod("2026-05-14");
    expect(period).toEqual({ from: "2026-02-23", to: "2026-05-14" });
    expect(weeksOf(period)).toHaveLength(12);
  });

  it("accepts a valid from/to and fills a missing bound", () => {
    expect(parsePeriod({ from: "2026-01-01", to: "2026-02-01" }, "2026-05-14")).toEqual({
      period: { from: "2026-01-01", to: "2026-02-01" },
      problem: null,
    });
    expect(parsePeriod({ from: "2026-04-01" }, "2026-05-14").period).toEqual({
      from: "2026-04-01",
      to: "2026-05-14",
    });
    expect(parsePeriod({ to: "2026-03-31" }, "2026-05-14").period).toEqual({
      from: "2026-01-12",
      to: "2026-03-31",
    });
    expect(parsePeriod({ from: "", to: "" }, "2026-05-14")).toEqual({
      period: defaultPeriod("2026-05-14"),
      problem: null,
    });
  });

  it("falls back to the default and says why when the input is wrong", () => {
    const fallback = defaultPeriod("2026-05-14");
    expect(parsePeriod({ from: "2026-02-30" }, "2026-05-14")).toEqual({
      period: fallback,
      problem: "invalid",
    });
    expect(parsePeriod({ from: "yesterday" }, "2026-05-14").problem).toBe("invalid");
    expect(parsePeriod({ from: "2026-03-01", to: "2026-02-01" }, "2026-05-14")).toEqual({
      period: fallback,
      problem: "order",
    });
    expect(parsePeriod({ from: "2020-01-01", to: "2026-01-01" }, "2026-05-14").problem).toBe(
      "tooLong",
    );
  });

  it("lists every week the period touches", () => {
    expect(weeksOf({ from: "2026-01-07", to: "2026-01-19" })).toEqual([
      "2026-01-05",
      "2026-01-12",
      "2026-01-19",
    ]);
  });
});

describe("weekly rates", () => {
  it("rounds percentages to one decimal", () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 200)).toBe(0.5);
    expect(percent(1, 2000)).toBe(0.1); // 0.05 % rounds up
    expect(percent(7, 7)).toBe(100);
    expect(percent(0, 5)).toBe(0);
  });

  it("gives no rate (not 0 %) for a week without decisions", () => {
    expect(percent(0, 0)).toBeNull();
    const rates = toWeeklyRates(
      [week("2026-01-05", 3, { preferences: 3, analytics: 2, marketing: 1 }, 1)],
      { from: "2026-01-05", to: "2026-01-18" },
    );
    expect(rates).toEqual([
      {
        week: "2026-01-05",
        decisions: 3,
        rates: { preferences: 100, analytics: 66.7, personalization: 0, marketing: 33.3 },
        gpcShare: 33.3,
      },
      {
        week: "2026-01-12",
        decisions: 0,
        rates: { preferences: null, analytics: null, personalization: null, marketing: null },
        gpcShare: null,
      },
    ]);
  });

  it("ignores counts outside the period", () => {
    const rates = toWeeklyRates([week("2025-12-29", 4), week("2026-01-05", 2)], {
      from: "2026-01-05",
      to: "2026-01-11",
    });
    expect(rates.map((r) => [r.week, r.decisions])).toEqual([["2026-01-05", 2]]);
  });

  it("totals decisions and the GPC share over the period", () => {
    expect(
      periodTotals([
        week("2026-01-05", 3, {}, 1),
        week("2026-01-12", 0),
        week("2026-01-19", 5, {}, 2),
      ]),
    ).toEqual({ decisions: 8, gpc: 3, gpcShare: 37.5, weeksWithDecisions: 2 });
    expect(periodTotals([])).toEqual({
      decisions: 0,
      gpc: 0,
      gpcShare: null,
      weeksWithDecisions: 0,
    });
  });

  it("finds the latest week with decisions for the chart summary", () => {
    const rates = toWeeklyRates([week("2026-01-05", 2, { analytics: 1 })], {
      from: "2026-01-05",
      to: "2026-01-25",
    });
    expect(latestWeekWithDecisions(rates)?.week).toBe("2026-01-05");
    expect(latestWeekWithDecisions([])).toBeNull();
  });
});

describe("notice versions", () => {
  const use = (version: string, first: string, decisions: number) => ({
    version,
    firstUsedAt: new Date(first),
    lastUsedAt: new Date(first),
    decisions,
  });

  it("marks the current version and lists the newest first", () => {
    const list = withCurrentVersion(
      [
        use("2026-01-01.1", "2026-01-01T10:00:00Z", 5),
        use("2026-03-01.1", "2026-03-01T10:00:00Z", 2),
      ],
      "2026-03-01.1",
    );
    expect(list.map((v) => [v.version, v.current])).toEqual([
      ["2026-03-01.1", true],
      ["2026-01-01.1", false],
    ]);
  });

  it("lists the current version even before anyone decided under it", () => {
    const list = withCurrentVersion(
      [use("2026-01-01.1", "2026-01-01T10:00:00Z", 5)],
      "2026-11-28.1",
    );
    expect(list[0]).toMatchObject({ version: "2026-11-28.1", current: true, decisions: 0 });
    expect(list[0]?.firstUsedAt).toBeNull();
  });
});

describe("the subject search", () => {
  it("tells a pseudonymous id from an e-mail address", () => {
    expect(parseSubjectQuery("s_AbC-123_xyz")).toEqual({
      kind: "subject_id",
      value: "s_AbC-123_xyz",
    });
    expect(parseSubjectQuery("  Anna.Muster@Example.de ")).toEqual({
      kind: "email",
      value: "anna.muster@example.de",
    });
  });

  it("treats nothing as nothing, and anything else as invalid", () => {
    expect(parseSubjectQuery(undefined)).toEqual({ kind: "empty" });
    expect(parseSubjectQuery("   ")).toEqual({ kind: "empty" });
    expect(parseSubjectQuery("Anna Muster")).toEqual({ kind: "invalid" });
    expect(parseSubjectQuery("s_")).toEqual({ kind: "invalid" });
    expect(parseSubjectQuery("s_a b")).toEqual({ kind: "invalid" });
    expect(parseSubjectQuery(`${"a".repeat(250)}@example.de`)).toEqual({ kind: "invalid" });
  });
});
