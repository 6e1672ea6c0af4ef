import { DAY_MS } from "@/lib/time/days";

/** A purchase counts half as much after 90 days, a quarter after 180 (customer_profiles). */
export const AFFINITY_HALF_LIFE_DAYS = 90;
/** Affinities below this share of the strongest are left out: noise, and less data kept. */
const MIN_AFFINITY = 0.01;

export type AffinityPurchase = {
  categoryId: string;
  brand: string;
  at: Date;
  quantity: number;
};

export type Affinities = {
  categoryAffinities: Record<string, number>;
  brandAffinities: Record<string, number>;
};

export function decayedWeight(quantity: number, at: Date, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - at.getTime()) / DAY_MS);
  return quantity * 0.5 ** (ageDays / AFFINITY_HALF_LIFE_DAYS);
}

/** Scores relative to the strongest (which gets 1), rounded to three places. */
export function normalizeScores(scores: ReadonlyMap<string, number>): Record<string, number> {
  const max = Math.max(0, ...scores.values());
  if (max === 0) return {};
  const result: Record<string, number> = {};
  for (const [key, score] of [...scores].sort((a, b) => b[1] - a[1])) {
    const share = Math.round((score / max) * 1000) / 1000;
    if (share >= MIN_AFFINITY) result[key] = share;
  }
  return result;
}

/**
 * Category and brand affinities from non-sensitive purchases (the caller passes no others),
 * without what the customer marked "not interested" (P3). Null when nothing is left.
 */
export function computeAffinities(
  purchases: readonly AffinityPurchase[],
  now: Date,
  notInterested: { categoryIds: ReadonlySet<string>; brands: ReadonlySet<string> } = {
    categoryIds: new Set(),
    brands: new Set(),
  },
): Affinities | null {
  const categories = new Map<string, number>();
  const brands = new Map<string, number>();
  for (const p of purchases) {
    const weight = decayedWeight(p.quantity, p.at, now);
    if (!notInterested.categoryIds.has(p.categoryId))
      categories.set(p.categoryId, (categories.get(p.categoryId) ?? 0) + weight);
    if (!notInterested.brands.has(p.brand))
      brands.set(p.brand, (brands.get(p.brand) ?? 0) + weight);
  }
  const result = {
    categoryAffinities: normalizeScores(categories),
    brandAffinities: normalizeScores(brands),
  };
  if (
    Object.keys(result.categoryAffinities).length === 0 &&
    Object.keys(result.brandAffinities).length === 0
  )
    return null;
  return result;
}
