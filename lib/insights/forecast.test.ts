import { describe, expect, it } from "vitest";
import { forecastHoltWinters, Z_95 } from "./forecast";

const weeks = (n: number, f: (t: number) => number) => Array.from({ length: n }, (_, t) => f(t));

describe("forecastHoltWinters", () => {
  it("continues a straight line exactly, with no band", () => {
    const series = weeks(52, (t) => 10 + 2.5 * t);
    const forecast = forecastHoltWinters(series, 8);
    expect(forecast.seasonLength).toBe(4);
    forecast.points.forEach((point, i) => {
      expect(point.value).toBeCloseTo(10 + 2.5 * (52 + i), 6);
      expect(point.upper - point.lower).toBeCloseTo(0, 6);
    });
    expect(forecast.sigma).toBeCloseTo(0, 6);
  });

  it("forecasts a constant series as the same constant with a zero band", () => {
    const forecast = forecastHoltWinters(
      weeks(52, () => 7),
      8,
    );
    for (const point of forecast.points) {
      expect(point.value).toBeCloseTo(7, 9);
      expect(point.lower).toBeCloseTo(7, 9);
      expect(point.upper).toBeCloseTo(7, 9);
    }
  });

  it("continues a repeating 4-week pattern", () => {
    const pattern = [10, 20, 5, 15];
    const series = weeks(52, (t) => pattern[t % 4]!);
    const forecast = forecastHoltWinters(series, 8);
    // Week 52 is slot 0 of the pattern again (52 % 4 = 0).
    expect(forecast.points.map((p) => Math.round(p.value * 1e6) / 1e6)).toEqual([
      10, 20, 5, 15, 10, 20, 5, 15,
    ]);
  });

  it("continues a pattern on top of a trend", () => {
    const pattern = [3, -3, 6, -6];
    const series = weeks(40, (t) => 100 + t + pattern[t % 4]!);
    const forecast = forecastHoltWinters(series, 4);
    forecast.points.forEach((point, i) => {
      const t = 40 + i;
      expect(point.value).toBeCloseTo(100 + t + pattern[t % 4]!, 6);
    });
  });

  it("widens the band with the square root of the horizon", () => {
    // A noisy series (fixed pseudo-random noise) so that the one-step errors are not zero.
    const noise = [3, -2, 4, -5, 1, 0, -3, 2, 5, -4, 2, -1, -2, 3];
    const series = weeks(52, (t) => 50 + noise[t % noise.length]!);
    const forecast = forecastHoltWinters(series, 8);
    expect(forecast.sigma).toBeGreaterThan(0);
    const halfWidth = (i: number) => (forecast.points[i]!.upper - forecast.points[i]!.lower) / 2;
    expect(halfWidth(0)).toBeCloseTo(Z_95 * forecast.sigma, 9);
    expect(halfWidth(3)).toBeCloseTo(Z_95 * forecast.sigma * 2, 9);
    for (let i = 1; i < 8; i++) expect(halfWidth(i)).toBeGreaterThan(halfWidth(i - 1));
  });

  it("never forecasts below zero", () => {
    const series = weeks(20, (t) => Math.max(0, 40 - 3 * t));
    const forecast = forecastHoltWinters(series, 8);
    for (const point of forecast.points) {
      expect(point.value).toBeGreaterThanOrEqual(0);
      expect(point.lower).toBeGreaterThanOrEqual(0);
      expect(point.upper).toBeGreaterThanOrEqual(point.value);
    }
    expect(forecast.points.at(-1)!.value).toBe(0);
  });

  it("drops the season when the history is shorter than two seasons, and handles no history", () => {
    const short = forecastHoltWinters([4, 6, 8, 10, 12], 3);
    expect(short.seasonLength).toBe(0);
    expect(short.points.map((p) => p.value)).toEqual([14, 16, 18].map((v) => expect.closeTo(v, 9)));
    const empty = forecastHoltWinters([], 2);
    expect(empty.points).toEqual([
      { step: 1, value: 0, lower: 0, upper: 0 },
      { step: 2, value: 0, lower: 0, upper: 0 },
    ]);
  });

  it("chooses parameters from the grid by the smallest one-step error", () => {
    // A level shift halfway: a responsive level (large α) fits it far better than a sluggish one.
    const series = weeks(52, (t) => (t < 26 ? 10 : 60));
    const forecast = forecastHoltWinters(series, 1);
    expect(forecast.params.alpha).toBeGreaterThanOrEqual(0.5);
    expect(Math.abs(forecast.points[0]!.value - 60)).toBeLessThan(2);
  });
});
