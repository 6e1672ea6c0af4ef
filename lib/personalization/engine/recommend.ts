import type {
  PersonalSignals,
  Placement,
  Recommendation,
  RecommendationResult,
  ShopContext,
} from "../types";
import { affinities, affinityStrength, dueReplenishments } from "./affinity";
import { catalogIndex } from "./catalog-index";
import { compareIds } from "./compare";
import {
  genericRecommendations,
  isRecommendable,
  placementAnchors,
  placementProductIds,
} from "./generic";
import { scoreContext, scorePurchases, scoreRecentViews, scoreReplenishments } from "./methods";
import { preferenceScorer } from "./preferences";
import { weightedReasons } from "./reasons";
import { ScoreBoard } from "./scoreboard";
import { usableSignals } from "./signals";
import {
  AFFINITY_MIN_STRENGTH,
  AFFINITY_TOP_BRANDS,
  AFFINITY_TOP_CATEGORIES,
  GENERIC_CANDIDATES,
  PRODUCTS_PER_AFFINITY,
} from "./weights";

export type RecommendOptions = { now: Date; limit: number };

/**
 * Ranked products for a placement. Without signals (no consent, level off, restriction or
 * objection) the caller passes `null` and gets the generic ranking, computed from the shop and the
 * page alone (P1). With signals the personal methods score the candidates they reach, and the
 * generic ranking fills the rest.
 */
export function recommend(
  ctx: ShopContext,
  signals: PersonalSignals | null,
  placement: Placement,
  options: RecommendOptions,
): RecommendationResult {
  const limit = Math.max(0, Math.floor(options.limit));
  if (signals === null) return genericRecommendations(ctx, placement, limit);
  return personalRecommendations(ctx, signals, placement, options.now, limit);
}

function personalRecommendations(
  ctx: ShopContext,
  signals: PersonalSignals,
  placement: Placement,
  now: Date,
  limit: number,
): RecommendationResult {
  const index = catalogIndex(ctx);
  const usable = usableSignals(ctx, signals, now);
  const board = new ScoreBoard();

  const anchors = placementAnchors(ctx, placement);
  scoreContext(ctx, placement, anchors, board);
  // A product on the page is explained by the page, not a second time by its purchase.
  scorePurchases(ctx, usable, now, new Set(anchors), board);
  scoreRecentViews(ctx, usable, now, board);
  const due = dueReplenishments(ctx, usable, now);
  scoreReplenishments(ctx, due, board);

  // Affinities and interests lift the candidates reached above, the top of the generic ranking
  // and the best products of the strongest categories and brands: never a pass over the catalogue.
  const prefs = { ...affinities(ctx, usable, now), interests: new Set(usable.interestCategoryIds) };
  const candidates = new Set<string>(board.candidates());
  for (const id of ctx.generic.slice(0, GENERIC_CANDIDATES)) candidates.add(id);
  const addTop = (lists: ReadonlyMap<string, readonly string[]>, keys: Iterable<string>) => {
    for (const key of keys) {
      for (const id of (lists.get(key) ?? []).slice(0, PRODUCTS_PER_AFFINITY)) candidates.add(id);
    }
  };
  addTop(index.byCategory, strongest(prefs.categories, AFFINITY_TOP_CATEGORIES));
  addTop(index.byBrand, strongest(prefs.brands, AFFINITY_TOP_BRANDS));
  addTop(index.byCategory, prefs.interests);

  const shown = new Set(placementProductIds(placement));
  const allowed = (productId: string) => {
    const item = ctx.catalog.get(productId);
    if (!item || shown.has(productId) || !isRecommendable(ctx, productId)) return false;
    if (usable.notInterestedCategoryIds.has(item.categoryId)) return false;
    if (usable.notInterestedBrands.has(item.brand)) return false;
    // Bought already: only a consumable that is due again comes back.
    return !usable.purchases.has(productId) || due.has(productId);
  };

  const scorePreferences = preferenceScorer(prefs);
  const ranked: { productId: string; score: number }[] = [];
  for (const productId of candidates) {
    const item = ctx.catalog.get(productId);
    if (!item || !allowed(productId)) continue;
    scorePreferences(item, board);
    const score = round(board.score(productId));
    if (score > 0) ranked.push({ productId, score });
  }
  ranked.sort((a, b) => b.score - a.score || compareIds(a.productId, b.productId));

  // Reasons only for what is shown: merging and rounding them is the costly part per item.
  const items: Recommendation[] = ranked.slice(0, limit).map(({ productId, score }) => ({
    productId,
    score,
    reasons: weightedReasons(board.contributions(productId)),
  }));
  const taken = new Set(items.map((i) => i.productId));
  for (const productId of ctx.generic) {
    if (items.length >= limit) break;
    if (taken.has(productId) || !allowed(productId)) continue;
    taken.add(productId);
    items.push({ productId, score: 0, reasons: [] });
  }
  return {
    personalized: items.some((i) => i.reasons.some((r) => r.basis !== "context")),
    items,
  };
}

/** The keys with the strongest affinities above the noise floor, strongest first (ties by key). */
function strongest(map: ReadonlyMap<string, { score: number }>, count: number): string[] {
  return [...map]
    .filter(([, a]) => affinityStrength(a.score) >= AFFINITY_MIN_STRENGTH)
    .sort(([k1, a], [k2, b]) => b.score - a.score || compareIds(k1, k2))
    .slice(0, count)
    .map(([key]) => key);
}

function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
