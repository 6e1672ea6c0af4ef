import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/time/days";
import { computeAffinities, decayedWeight, normalizeScores } from "./affinity";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

describe("affinities", () => {
  it("halves a purchase's weight every 90 days", () => {
    expect(decayedWeight(2, now, now)).toBe(2);
    expect(decayedWeight(1, ago(90), now)).toBeCloseTo(0.5, 10);
    expect(decayedWeight(1, ago(180), now)).toBeCloseTo(0.25, 10);
  });

  it("scores relative to the strongest and drops what is negligible", () => {
    expect(
      normalizeScores(
        new Map([
          ["a", 4],
          ["b", 1],
          ["c", 0.01],
        ]),
      ),
    ).toEqual({ a: 1, b: 0.25 });
    expect(normalizeScores(new Map())).toEqual({});
  });

  it("weighs recent purchases more and leaves out what was marked not interested (P3)", () => {
    const result = computeAffinities(
      [
        { categoryId: "coffee", brand: "Elbe", at: ago(10), quantity: 1 },
        { categoryId: "coffee", brand: "Elbe", at: ago(40), quantity: 1 },
        { categoryId: "cameras", brand: "Panasonic", at: ago(200), quantity: 1 },
        { categoryId: "books", brand: "Verlag", at: ago(5), quantity: 1 },
      ],
      now,
      { categoryIds: new Set(["books"]), brands: new Set(["Verlag"]) },
    );
    expect(result?.categoryAffinities.coffee).toBe(1);
    expect(result?.categoryAffinities.cameras).toBeGreaterThan(0);
    expect(result?.categoryAffinities.cameras).toBeLessThan(0.2);
    expect(result?.categoryAffinities).not.toHaveProperty("books");
    expect(Object.keys(result!.brandAffinities)).toEqual(["Elbe", "Panasonic"]);
  });

  it("gives no profile without purchases", () => {
    expect(computeAffinities([], now)).toBeNull();
  });
});
