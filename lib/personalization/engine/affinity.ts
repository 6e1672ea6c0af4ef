import type { CatalogItem, ShopContext } from "../types";
import { ageInDays, decay, median } from "./decay";
import type { UsableSignals } from "./signals";
import {
  AFFINITY_HALF_LIFE_DAYS,
  AFFINITY_SATURATION,
  PURCHASE_UNIT_WEIGHT,
  REPLENISHMENT_DUE_SHARE,
  REPLENISHMENT_MIN_INTERVAL_DAYS,
  REPLENISHMENT_MIN_PURCHASES,
  REPLENISHMENT_STALE_FACTOR,
  VIEW_WEIGHT,
} from "./weights";
import { DAY_MS } from "@/lib/time/days";

export type Affinity = {
  /** Decayed sum: 1.0 per unit bought, 0.3 per view, halved every 90 days. */
  score: number;
  /** Purchases and views that contributed. */
  count: number;
  latestAt: Date;
};

/** Affinity score mapped to 0..1 (saturating), the strength the methods multiply by. */
export function affinityStrength(score: number): number {
  return score <= 0 ? 0 : score / (score + AFFINITY_SATURATION);
}

export type Affinities = { categories: Map<string, Affinity>; brands: Map<string, Affinity> };

/** Category and brand affinity over the usable purchases and views, with time decay. */
export function affinities(ctx: ShopContext, usable: UsableSignals, now: Date): Affinities {
  const categories = new Map<string, Affinity>();
  const brands = new Map<string, Affinity>();
  const add = (map: Map<string, Affinity>, key: string, score: number, at: Date) => {
    const current = map.get(key);
    if (!current) map.set(key, { score, count: 1, latestAt: at });
    else {
      current.score += score;
      current.count += 1;
      if (at > current.latestAt) current.latestAt = at;
    }
  };
  const signal = (item: CatalogItem | undefined, at: Date, amount: number) => {
    if (!item) return;
    const score = amount * decay(ageInDays(at, now), AFFINITY_HALF_LIFE_DAYS);
    add(categories, item.categoryId, score, at);
    add(brands, item.brand, score, at);
  };
  for (const history of usable.purchases.values()) {
    const item = ctx.catalog.get(history.productId);
    for (const p of history.purchases) {
      signal(item, new Date(p.at), p.units * PURCHASE_UNIT_WEIGHT);
    }
  }
  for (const view of usable.views) signal(ctx.catalog.get(view.productId), view.at, VIEW_WEIGHT);
  return { categories, brands };
}

export type Replenishment = {
  productId: string;
  /** Times bought (distinct purchases). */
  count: number;
  /** Median days between purchases, rounded. */
  intervalDays: number;
  lastAt: Date;
  /** Share of the interval passed since the last purchase, capped at 1: the method's strength. */
  strength: number;
};

/**
 * Consumables bought at least twice whose median interval has (nearly) passed since the last
 * purchase, and not so long ago that the customer has clearly moved on.
 */
export function dueReplenishments(
  ctx: ShopContext,
  usable: UsableSignals,
  now: Date,
): Map<string, Replenishment> {
  const due = new Map<string, Replenishment>();
  for (const history of usable.purchases.values()) {
    const item = ctx.catalog.get(history.productId);
    const times = history.purchases.map((p) => p.at);
    if (!item?.consumable || times.length < REPLENISHMENT_MIN_PURCHASES) continue;
    const intervals: number[] = [];
    for (let i = 1; i < times.length; i++) {
      intervals.push(((times[i] as number) - (times[i - 1] as number)) / DAY_MS);
    }
    const interval = median(intervals);
    if (interval < REPLENISHMENT_MIN_INTERVAL_DAYS) continue;
    const share = ageInDays(history.lastAt, now) / interval;
    if (share < REPLENISHMENT_DUE_SHARE || share > REPLENISHMENT_STALE_FACTOR) continue;
    due.set(history.productId, {
      productId: history.productId,
      count: times.length,
      intervalDays: Math.round(interval),
      lastAt: history.lastAt,
      strength: Math.min(1, share),
    });
  }
  return due;
}
