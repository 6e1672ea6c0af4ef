import { describe, expect, it } from "vitest";
import { computeTrends, trendWindows } from "./trends";

describe("trendWindows", () => {
  it("sums the last 4 weeks and the 4 before them", () => {
    expect(trendWindows([100, 1, 2, 3, 4, 5, 6, 7, 8])).toEqual({ recent: 26, previous: 10 });
  });
  it("copes with a short history", () => {
    expect(trendWindows([5, 5])).toEqual({ recent: 10, previous: 0 });
    expect(trendWindows([])).toEqual({ recent: 0, previous: 0 });
  });
});

describe("computeTrends", () => {
  it("ranks rising and falling items by their change of share", () => {
    const { rising, falling } = computeTrends([
      { id: "a", recent: 60, previous: 20 },
      { id: "b", recent: 20, previous: 60 },
      { id: "c", recent: 20, previous: 20 },
    ]);
    expect(rising.map((t) => t.id)).toEqual(["a"]);
    expect(falling.map((t) => t.id)).toEqual(["b"]);
    expect(rising[0]).toMatchObject({ change: 40, changeRatio: 2, recentShare: 0.6 });
    expect(rising[0]!.previousShare).toBeCloseTo(0.2, 9);
    expect(rising[0]!.shareChange).toBeCloseTo(0.4, 9);
    expect(falling[0]!.changeRatio).toBeCloseTo(-2 / 3, 9);
  });

  it("does not call everything rising when the whole shop grows evenly", () => {
    const { rising, falling } = computeTrends([
      { id: "a", recent: 40, previous: 20 },
      { id: "b", recent: 80, previous: 40 },
    ]);
    expect(rising).toEqual([]);
    expect(falling).toEqual([]);
  });

  it("leaves out items below the minimum volume", () => {
    const { rising, falling } = computeTrends(
      [
        { id: "noise", recent: 3, previous: 1 },
        { id: "big", recent: 50, previous: 70 },
        { id: "steady", recent: 100, previous: 80 },
      ],
      { minVolume: 10 },
    );
    expect(rising.map((t) => t.id)).toEqual(["steady"]);
    expect(falling.map((t) => t.id)).toEqual(["big"]);
  });

  it("keeps new items (nothing before) with no ratio, and limits the lists", () => {
    const items = Array.from({ length: 8 }, (_, i) => ({
      id: `n${i}`,
      recent: 20 + i,
      previous: 0,
    }));
    const { rising } = computeTrends([...items, { id: "old", recent: 0, previous: 200 }], {
      limit: 3,
    });
    expect(rising.map((t) => t.id)).toEqual(["n7", "n6", "n5"]);
    expect(rising[0]!.changeRatio).toBeNull();
  });

  it("keeps extra fields of the input, such as names", () => {
    const { rising } = computeTrends([
      { id: "a", recent: 30, previous: 10, name: "Kameras" },
      { id: "b", recent: 10, previous: 30, name: "Objektive" },
    ]);
    expect(rising[0]!.name).toBe("Kameras");
  });
});
