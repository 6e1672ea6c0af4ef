import type { Placement, Reason, ShopContext } from "../types";
import type { Replenishment } from "./affinity";
import { compareIds } from "./compare";
import { ageInDays, decay } from "./decay";
import type { Contribution } from "./reasons";
import type { ScoreBoard } from "./scoreboard";
import type { UsableSignals } from "./signals";
import {
  AFFINITY_HALF_LIFE_DAYS,
  CO_PURCHASE_SATURATION,
  CO_PURCHASES_PER_ANCHOR,
  MAX_PURCHASE_ANCHORS,
  METHOD_WEIGHTS,
  MIN_CO_PURCHASE_ORDERS,
  PAGE_CONTEXT_FACTOR,
  RECENT_VIEW_HALF_LIFE_DAYS,
  RECENT_VIEW_WINDOW_DAYS,
} from "./weights";

const CONSENT = "personalization_consent" as const;

/** Co-purchase strength from the number of shared orders, 0..1 (saturating). */
export function coPurchaseStrength(orders: number): number {
  return orders < MIN_CO_PURCHASE_ORDERS ? 0 : orders / (orders + CO_PURCHASE_SATURATION);
}

type Pair = { productId: string; orders: number };

/** The strongest pairs of a product (most shared orders, then id), without sorting the list. */
export function strongestPairs(ctx: ShopContext, productId: string): Pair[] {
  const top: Pair[] = [];
  for (const pair of ctx.coPurchases.get(productId) ?? []) {
    if (pair.orders < MIN_CO_PURCHASE_ORDERS) continue;
    let at = top.length;
    while (at > 0 && stronger(pair, top[at - 1] as Pair)) at--;
    if (at < CO_PURCHASES_PER_ANCHOR) {
      top.splice(at, 0, pair);
      if (top.length > CO_PURCHASES_PER_ANCHOR) top.pop();
    }
  }
  return top;
}

const stronger = (a: Pair, b: Pair) =>
  a.orders > b.orders || (a.orders === b.orders && compareIds(a.productId, b.productId) < 0);

function contextSignal(placement: Placement): Reason["signal"] | null {
  switch (placement.surface) {
    case "product":
      return "viewing";
    case "cart":
      return "cart";
    case "order-confirmation":
      // The page shows what was just bought: explained as that purchase, not as a cart.
      return "purchase";
    default:
      return null;
  }
}

/**
 * The page in view: what goes with its products (complements, bought together), explained by
 * the page alone, without personal data and without decay (the customer is looking at it now).
 */
export function scoreContext(
  ctx: ShopContext,
  placement: Placement,
  anchors: readonly string[],
  board: ScoreBoard,
): void {
  const signal = contextSignal(placement);
  if (!signal) return;
  for (const anchor of anchors) {
    const item = ctx.catalog.get(anchor);
    if (!item) continue;
    const key = `context:${anchor}`;
    const reason = { signal, basis: "context", subject: item.name } as const;
    const complement = { key, reason, score: METHOD_WEIGHTS.complement * PAGE_CONTEXT_FACTOR };
    for (const id of item.complements) board.add(id, complement);
    for (const pair of strongestPairs(ctx, anchor)) {
      board.add(pair.productId, {
        key,
        reason: { ...reason, count: pair.orders },
        score: METHOD_WEIGHTS.coPurchase * coPurchaseStrength(pair.orders) * PAGE_CONTEXT_FACTOR,
      });
    }
  }
}

/**
 * Bought together with, and complements of, what the customer bought (decayed by age), from the
 * most recently bought products.
 */
export function scorePurchases(
  ctx: ShopContext,
  usable: UsableSignals,
  now: Date,
  skip: ReadonlySet<string>,
  board: ScoreBoard,
): void {
  const recent = [...usable.purchases.values()]
    .filter((h) => !skip.has(h.productId))
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime() || compareIds(a.productId, b.productId))
    .slice(0, MAX_PURCHASE_ANCHORS);
  for (const history of recent) {
    const item = ctx.catalog.get(history.productId);
    if (!item) continue;
    const at = history.lastAt.toISOString();
    const recency = decay(ageInDays(history.lastAt, now), AFFINITY_HALF_LIFE_DAYS);
    const coKey = `co_purchase:${history.productId}`;
    for (const pair of strongestPairs(ctx, history.productId)) {
      board.add(pair.productId, {
        key: coKey,
        reason: {
          signal: "co_purchase",
          basis: CONSENT,
          subject: item.name,
          count: pair.orders,
          at,
        },
        score: METHOD_WEIGHTS.coPurchase * coPurchaseStrength(pair.orders) * recency,
      });
    }
    const complement: Contribution = {
      key: `complement:${history.productId}`,
      reason: { signal: "complement", basis: CONSENT, subject: item.name, at },
      score: METHOD_WEIGHTS.complement * recency,
    };
    for (const id of item.complements) board.add(id, complement);
  }
}

/**
 * Products viewed in this visit (session) or in the last 30 days (full) and not bought since:
 * the latest view of each counts, fading with a one-week half-life.
 */
export function scoreRecentViews(
  ctx: ShopContext,
  usable: UsableSignals,
  now: Date,
  board: ScoreBoard,
): void {
  const seen = new Set<string>();
  for (const view of usable.views) {
    // Views are newest first, so the first one of a product is its latest.
    if (seen.has(view.productId)) continue;
    seen.add(view.productId);
    const age = ageInDays(view.at, now);
    if (usable.level === "full" && age > RECENT_VIEW_WINDOW_DAYS) continue;
    const bought = usable.purchases.get(view.productId);
    if (bought && bought.lastAt.getTime() >= view.at.getTime()) continue;
    const item = ctx.catalog.get(view.productId);
    if (!item) continue;
    board.add(view.productId, {
      key: `recently_viewed:${view.productId}`,
      reason: {
        signal: "recently_viewed",
        basis: CONSENT,
        subject: item.name,
        at: view.at.toISOString(),
      },
      score: METHOD_WEIGHTS.recentlyViewed * decay(age, RECENT_VIEW_HALF_LIFE_DAYS),
    });
  }
}

/** The consumable itself, when it is due again. */
export function scoreReplenishments(
  ctx: ShopContext,
  due: ReadonlyMap<string, Replenishment>,
  board: ScoreBoard,
): void {
  for (const r of due.values()) {
    const item = ctx.catalog.get(r.productId);
    if (!item) continue;
    board.add(r.productId, {
      key: `replenishment:${r.productId}`,
      reason: {
        signal: "replenishment",
        basis: CONSENT,
        subject: item.name,
        count: r.count,
        intervalDays: r.intervalDays,
        at: r.lastAt.toISOString(),
      },
      score: METHOD_WEIGHTS.replenishment * r.strength,
    });
  }
}
