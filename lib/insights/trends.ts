/**
 * Rising and falling products or categories (pure): the units of the last 4 complete weeks against
 * the 4 before. Ranked by the change of their share of all units, so that a shop-wide upswing
 * (Christmas) does not make everything "rising"; items with fewer than `minVolume` units in both
 * windows together are left out, because a jump from 1 to 3 units is noise, not a trend.
 */

export const TREND_WINDOW_WEEKS = 4;
export const DEFAULT_MIN_VOLUME = 10;
export const DEFAULT_TREND_LIMIT = 5;

export type TrendInput = { id: string; recent: number; previous: number };

export type Trend = {
  id: string;
  recent: number;
  previous: number;
  /** recent − previous, in units. */
  change: number;
  /** Relative change (0.5 = +50 %); null when there were no units before. */
  changeRatio: number | null;
  /** Share of all units in each window, 0..1. */
  recentShare: number;
  previousShare: number;
  /** recentShare − previousShare, in share points (0.02 = +2 percentage points). */
  shareChange: number;
};

export type Trends = { rising: Trend[]; falling: Trend[] };

/** The two 4-week windows of a weekly series (oldest first, complete weeks only). */
export function trendWindows(
  weekly: readonly number[],
  window: number = TREND_WINDOW_WEEKS,
): { recent: number; previous: number } {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return {
    recent: sum(weekly.slice(Math.max(0, weekly.length - window))),
    previous: sum(weekly.slice(Math.max(0, weekly.length - 2 * window), weekly.length - window)),
  };
}

export function computeTrends<T extends TrendInput>(
  items: readonly T[],
  options: { minVolume?: number; limit?: number } = {},
): { rising: (Trend & T)[]; falling: (Trend & T)[] } {
  const minVolume = options.minVolume ?? DEFAULT_MIN_VOLUME;
  const limit = options.limit ?? DEFAULT_TREND_LIMIT;
  const recentTotal = items.reduce((sum, item) => sum + item.recent, 0);
  const previousTotal = items.reduce((sum, item) => sum + item.previous, 0);
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

  const trends = items
    .filter((item) => item.recent + item.previous >= minVolume)
    .map((item) => {
      const recentShare = share(item.recent, recentTotal);
      const previousShare = share(item.previous, previousTotal);
      return {
        ...item,
        change: item.recent - item.previous,
        changeRatio: item.previous > 0 ? (item.recent - item.previous) / item.previous : null,
        recentShare,
        previousShare,
        shareChange: recentShare - previousShare,
      };
    });

  const EPSILON = 1e-12;
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const rising = trends
    .filter((trend) => trend.shareChange > EPSILON && trend.change > 0)
    .sort((a, b) => b.shareChange - a.shareChange || b.change - a.change || byId(a, b))
    .slice(0, limit);
  const falling = trends
    .filter((trend) => trend.shareChange < -EPSILON && trend.change < 0)
    .sort((a, b) => a.shareChange - b.shareChange || a.change - b.change || byId(a, b))
    .slice(0, limit);
  return { rising, falling };
}
