import { describe, expect, it } from "vitest";
import { affinities } from "./affinity";
import { ageInDays, decay, median } from "./decay";
import { CATEGORY, createShopContext, daysAgo, NOW, purchase, signalsOf, view } from "./fixtures";
import { usableSignals } from "./signals";

describe("decay", () => {
  it("halves the weight every half-life", () => {
    expect(decay(0, 90)).toBe(1);
    expect(decay(90, 90)).toBeCloseTo(0.5, 10);
    expect(decay(180, 90)).toBeCloseTo(0.25, 10);
    expect(decay(45, 90)).toBeCloseTo(Math.SQRT1_2, 10);
  });

  it("never weighs a data point from the future more than one from today", () => {
    expect(decay(-10, 90)).toBe(1);
  });

  it("rejects a half-life that is not positive", () => {
    expect(() => decay(1, 0)).toThrow(RangeError);
  });

  it("measures ages in days and takes medians", () => {
    expect(ageInDays(daysAgo(12), NOW)).toBeCloseTo(12, 10);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("affinity with time decay", () => {
  const ctx = createShopContext();
  const cameraAffinity = (signals: ReturnType<typeof signalsOf>) =>
    affinities(ctx, usableSignals(ctx, signals, NOW), NOW).categories.get(CATEGORY.cameras)
      ?.score ?? 0;

  it("weighs a purchase 90 days ago half as much as one today", () => {
    const today = cameraAffinity(signalsOf({ purchases: [purchase("mirako-z6", 0)] }));
    const old = cameraAffinity(signalsOf({ purchases: [purchase("mirako-z6", 90)] }));
    expect(today).toBeCloseTo(1, 10);
    expect(old).toBeCloseTo(today / 2, 10);
  });

  it("counts a purchase per unit and a view at 0.3", () => {
    expect(cameraAffinity(signalsOf({ purchases: [purchase("sd-card-64gb", 0, 3)] }))).toBeCloseTo(
      3,
      10,
    );
    expect(cameraAffinity(signalsOf({ views: [view("mirako-z6", NOW)] }))).toBeCloseTo(0.3, 10);
  });
});
