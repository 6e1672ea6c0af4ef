import type { PersonalSignals, ShopContext, ViewSignal } from "../types";
import { catalogIndex } from "./catalog-index";
import { currentVisit } from "./visit";

/** One product's purchases: distinct purchase times (oldest first) with the units bought then. */
export type PurchaseHistory = {
  productId: string;
  /** Lines of one order share a time and count as one purchase. */
  purchases: { at: number; units: number }[];
  lastAt: Date;
};

/** The signals the engine may use at the customer's level, sensitive products already removed. */
export type UsableSignals = {
  level: PersonalSignals["level"];
  purchases: ReadonlyMap<string, PurchaseHistory>;
  /** Newest first. */
  views: readonly ViewSignal[];
  interestCategoryIds: readonly string[];
  notInterestedCategoryIds: ReadonlySet<string>;
  notInterestedBrands: ReadonlySet<string>;
};

/**
 * Reduces the customer's signals to what may be used:
 * - every purchase and view of a sensitive or unknown product is dropped first (P6), so it can
 *   neither score nor appear in a reason, nor shape the visit boundary;
 * - "session" keeps only the views of the current visit and no purchases; stated interests stay,
 *   because the customer stated them for this purpose and can remove them at any time (they are
 *   not a trace of past behaviour);
 * - signals dated after `now` are ignored;
 * - interests in sensitive categories are ignored (P6 applies to what is said as well).
 */
export function usableSignals(
  ctx: ShopContext,
  signals: PersonalSignals,
  now: Date,
): UsableSignals {
  const index = catalogIndex(ctx);
  const isUsable = (productId: string, at: Date) => {
    const item = ctx.catalog.get(productId);
    return item !== undefined && !item.sensitive && at.getTime() <= now.getTime();
  };

  const allowedViews = signals.views.filter((v) => isUsable(v.productId, v.at));
  const views =
    signals.level === "session"
      ? currentVisit(allowedViews, now)
      : [...allowedViews].sort((a, b) => b.at.getTime() - a.at.getTime());

  const purchases = new Map<string, PurchaseHistory>();
  if (signals.level === "full") {
    for (const p of signals.purchases) {
      if (!isUsable(p.productId, p.at) || p.quantity <= 0) continue;
      const t = p.at.getTime();
      const history = purchases.get(p.productId);
      if (!history) {
        purchases.set(p.productId, {
          productId: p.productId,
          purchases: [{ at: t, units: p.quantity }],
          lastAt: p.at,
        });
        continue;
      }
      const same = history.purchases.find((e) => e.at === t);
      if (same) same.units += p.quantity;
      else history.purchases.push({ at: t, units: p.quantity });
      if (t > history.lastAt.getTime()) history.lastAt = p.at;
    }
    for (const history of purchases.values()) history.purchases.sort((a, b) => a.at - b.at);
  }

  const interestCategoryIds = [...new Set(signals.interestCategoryIds)].filter(
    (id) => index.categoryNames.has(id) && !index.sensitiveCategories.has(id),
  );

  return {
    level: signals.level,
    purchases,
    views,
    interestCategoryIds,
    notInterestedCategoryIds: new Set(signals.notInterested.categoryIds),
    notInterestedBrands: new Set(signals.notInterested.brands),
  };
}
