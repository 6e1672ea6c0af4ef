import type { Placement, RecommendationResult, ShopContext } from "../types";
import { compareIds } from "./compare";
import { MIN_CO_PURCHASE_ORDERS } from "./weights";

/** The products a placement shows (the product in view, the cart's or the order's items). */
export function placementProductIds(placement: Placement): readonly string[] {
  switch (placement.surface) {
    case "product":
      return [placement.productId];
    case "cart":
    case "order-confirmation":
      return placement.productIds;
    default:
      return [];
  }
}

/** The placement's products that may drive recommendations: known and not sensitive (P6). */
export function placementAnchors(ctx: ShopContext, placement: Placement): string[] {
  return [...new Set(placementProductIds(placement))].filter((id) => {
    const item = ctx.catalog.get(id);
    return item !== undefined && !item.sensitive;
  });
}

/** Available, not sensitive, known: the conditions for showing a product to anyone. */
export function isRecommendable(ctx: ShopContext, productId: string): boolean {
  const item = ctx.catalog.get(productId);
  return item !== undefined && item.available && !item.sensitive;
}

/** Complements of the anchors: listed by more anchors first, then by list position, then id. */
export function rankedComplements(ctx: ShopContext, anchors: readonly string[]): string[] {
  const found = new Map<string, { anchors: number; position: number }>();
  for (const anchor of anchors) {
    ctx.catalog.get(anchor)?.complements.forEach((id, position) => {
      const entry = found.get(id);
      if (!entry) found.set(id, { anchors: 1, position });
      else {
        entry.anchors += 1;
        entry.position = Math.min(entry.position, position);
      }
    });
  }
  return [...found]
    .sort(([a, x], [b, y]) => y.anchors - x.anchors || x.position - y.position || compareIds(a, b))
    .map(([id]) => id);
}

/** Products bought together with the anchors, by orders summed over the anchors, then id. */
export function rankedCoPurchases(ctx: ShopContext, anchors: readonly string[]): string[] {
  const orders = new Map<string, number>();
  for (const anchor of anchors) {
    for (const pair of ctx.coPurchases.get(anchor) ?? []) {
      if (pair.orders < MIN_CO_PURCHASE_ORDERS) continue;
      orders.set(pair.productId, (orders.get(pair.productId) ?? 0) + pair.orders);
    }
  }
  return [...orders].sort(([a, x], [b, y]) => y - x || compareIds(a, b)).map(([id]) => id);
}

/**
 * The non-personalized ranking (P1): a function of the shop and the page only, the same for every
 * visitor. On a product page the product's complements, then what is bought with it; in the cart
 * and after an order what is bought with the items, then their complements; then the shop's
 * generic ranking. Items have no reasons: no personal data chose them.
 */
export function genericRecommendations(
  ctx: ShopContext,
  placement: Placement,
  limit: number,
): RecommendationResult {
  const shown = new Set(placementProductIds(placement));
  const anchors = placementAnchors(ctx, placement);
  const lists: (readonly string[])[] = [];
  if (placement.surface === "product") {
    lists.push(rankedComplements(ctx, anchors), rankedCoPurchases(ctx, anchors));
  } else if (placement.surface === "cart" || placement.surface === "order-confirmation") {
    lists.push(rankedCoPurchases(ctx, anchors), rankedComplements(ctx, anchors));
  }
  lists.push(ctx.generic);

  const picked: string[] = [];
  const taken = new Set<string>();
  outer: for (const list of lists) {
    for (const id of list) {
      if (picked.length >= limit) break outer;
      if (taken.has(id) || shown.has(id) || !isRecommendable(ctx, id)) continue;
      taken.add(id);
      picked.push(id);
    }
  }
  return {
    personalized: false,
    items: picked.map((productId) => ({ productId, score: 0, reasons: [] })),
  };
}
