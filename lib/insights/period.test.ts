import { describe, expect, it } from "vitest";
import { parseInsightsPeriod } from "./period";

describe("parseInsightsPeriod", () => {
  it("takes a preset and ends today, inclusive", () => {
    expect(parseInsightsPeriod("7", "2026-03-10")).toEqual({
      days: 7,
      from: "2026-03-04",
      to: "2026-03-10",
      bucket: "day",
    });
    expect(parseInsightsPeriod(["365"], "2026-03-10")).toMatchObject({
      from: "2025-03-11",
      bucket: "week",
    });
  });
  it("falls back to 30 days for anything else", () => {
    for (const raw of [undefined, "", "31", "abc", "-7", 7]) {
      expect(parseInsightsPeriod(raw, "2026-03-10")).toMatchObject({
        days: 30,
        from: "2026-02-09",
      });
    }
  });
});
