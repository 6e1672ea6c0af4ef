import { describe, expect, it } from "vitest";
import { segmentSizeLabel } from "@/lib/personalization/segments/rules";
import { ruleInWords, sizeInWords } from "./segment-text";

const t = (key: string, values?: Record<string, number>) => `${key}:${JSON.stringify(values)}`;

describe("segments in words", () => {
  it("names attribute, operator and value in the language asked for", () => {
    const names = new Map([["food-drinks", "Lebensmittel & Getränke"]]);
    expect(ruleInWords({ attribute: "orders_12m", operator: "gte", value: 3 }, "en", names)).toBe(
      "Orders in 12 months at least 3 orders",
    );
    expect(
      ruleInWords(
        { attribute: "bought_category", operator: "any_of", value: ["food-drinks"] },
        "de",
        names,
      ),
    ).toBe("Gekauft in Kategorie eine von Lebensmittel & Getränke");
    expect(
      ruleInWords({ attribute: "spent_12m_cents", operator: "gte", value: 10_000 }, "en", names),
    ).toBe("Spent in 12 months at least €100.00");
  });

  it("never shows an exact size: rounded to tens, 'fewer than 50' below", () => {
    expect(sizeInWords(segmentSizeLabel(123), t)).toBe('sizeAbout:{"count":120}');
    expect(sizeInWords(segmentSizeLabel(49), t, true)).toBe('sizeBelowCannotTarget:{"min":50}');
    expect(sizeInWords(segmentSizeLabel(3), t)).toBe('sizeBelow:{"min":50}');
  });
});
