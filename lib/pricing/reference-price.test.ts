import { describe, expect, it } from "vitest";
import { computeReduction, type PricePoint } from "./reference-price";

const now = new Date("2026-11-28T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

function history(...points: [number, number][]): PricePoint[] {
  return points.map(([priceCents, ago], i) => ({
    priceCents,
    validFrom: daysAgo(ago),
    validTo: points[i + 1] ? daysAgo(points[i + 1]![1]) : null,
  }));
}

describe("computeReduction (PAngV §11)", () => {
  it("is null without a reduction", () => {
    expect(computeReduction(history([9900, 100]), now)).toBeNull();
    expect(computeReduction(history([8900, 100], [9900, 10]), now)).toBeNull();
  });

  it("uses the lowest price of the 30 days before the reduction, not the last one", () => {
    // 99 € for long, 79 € for a week (20-13 days before the sale), back to 99 €, now 89 €.
    const h = history([9900, 200], [7900, 25], [9900, 18], [8900, 5]);
    expect(computeReduction(h, now)).toBeNull(); // 89 € is no reduction against the 79 € reference
    const h2 = history([9900, 200], [8900, 25], [9900, 18], [7900, 5]);
    expect(computeReduction(h2, now)).toMatchObject({
      referenceCents: 8900,
      currentCents: 7900,
      percentOff: 11,
    });
  });

  it("keeps the reference before the first step of a stepwise reduction", () => {
    const h = history([12900, 300], [9900, 20], [7900, 6]);
    expect(computeReduction(h, now)).toMatchObject({
      referenceCents: 12900,
      currentCents: 7900,
      percentOff: 39,
    });
  });

  it("uses the lowest price since launch for a product younger than 30 days", () => {
    const h = history([5900, 20], [4900, 4]);
    expect(computeReduction(h, now)).toMatchObject({ referenceCents: 5900, percentOff: 17 });
  });

  it("ignores prices older than 30 days before the reduction", () => {
    const h = history([4900, 400], [9900, 100], [7900, 10]);
    expect(computeReduction(h, now)).toMatchObject({ referenceCents: 9900 });
  });
});
