import { describe, expect, it } from "vitest";
import { weightedReasons, type Contribution } from "./reasons";

const part = (key: string, score: number): Contribution => ({
  key,
  score,
  reason: { signal: "stated_interest", basis: "stated_by_customer", subject: { de: key, en: key } },
});
const sum = (weights: number[]) => weights.reduce((a, b) => a + b, 0);

describe("weightedReasons", () => {
  it("gives shares of the score, sorted by weight, adding up to 1", () => {
    const reasons = weightedReasons([part("b", 1), part("a", 3)]);
    expect(reasons.map((r) => [r.subject.en, r.weight])).toEqual([
      ["a", 0.75],
      ["b", 0.25],
    ]);
  });

  it("rounds to hundredths that still add up to exactly 1", () => {
    const weights = weightedReasons([part("a", 1), part("b", 1), part("c", 1)]).map(
      (r) => r.weight,
    );
    expect(weights).toEqual([0.34, 0.33, 0.33]);
    expect(sum(weights)).toBeCloseTo(1, 10);
  });

  it("keeps the three strongest and renormalizes them", () => {
    const reasons = weightedReasons([part("a", 4), part("b", 3), part("c", 2), part("d", 1)]);
    expect(reasons.map((r) => r.subject.en)).toEqual(["a", "b", "c"]);
    // 4/9, 3/9, 2/9 = 44.4, 33.3, 22.2: the missing hundredth goes to the largest remainder.
    expect(reasons.map((r) => r.weight)).toEqual([0.45, 0.33, 0.22]);
  });

  it("drops a data point that moved less than 5 % of the score", () => {
    const reasons = weightedReasons([part("a", 10), part("b", 0.2)]);
    expect(reasons).toEqual([{ ...part("a", 10).reason, weight: 1 }]);
  });

  it("breaks ties by key, ignores zero scores and returns nothing for nothing", () => {
    expect(weightedReasons([part("b", 1), part("a", 1)]).map((r) => r.subject.en)).toEqual([
      "a",
      "b",
    ]);
    expect(weightedReasons([part("a", 0)])).toEqual([]);
    expect(weightedReasons([])).toEqual([]);
  });
});
