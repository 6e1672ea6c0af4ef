import type { CatalogItem } from "../types";
import { affinityStrength, type Affinity } from "./affinity";
import type { Contribution } from "./reasons";
import type { ScoreBoard } from "./scoreboard";
import { AFFINITY_MIN_STRENGTH, METHOD_WEIGHTS } from "./weights";

const CONSENT = "personalization_consent" as const;

export type Preferences = {
  categories: ReadonlyMap<string, Affinity>;
  brands: ReadonlyMap<string, Affinity>;
  interests: ReadonlySet<string>;
};

/**
 * Category affinity, brand affinity and stated interest, scored per candidate. The contribution of
 * a category or brand is the same for all its products, so it is built once per call.
 */
export function preferenceScorer(
  prefs: Preferences,
): (item: CatalogItem, board: ScoreBoard) => void {
  const byCategory = new Map<string, Contribution | null>();
  const byBrand = new Map<string, Contribution | null>();
  const byInterest = new Map<string, Contribution | null>();

  const categoryPart = (item: CatalogItem): Contribution | null => {
    const affinity = prefs.categories.get(item.categoryId);
    const strength = affinityStrength(affinity?.score ?? 0);
    if (!affinity || strength < AFFINITY_MIN_STRENGTH) return null;
    return {
      key: `category_affinity:${item.categoryId}`,
      reason: {
        signal: "category_affinity",
        basis: CONSENT,
        subject: item.categoryName,
        count: affinity.count,
        at: affinity.latestAt.toISOString(),
      },
      score: METHOD_WEIGHTS.categoryAffinity * strength,
    };
  };
  const brandPart = (item: CatalogItem): Contribution | null => {
    const affinity = prefs.brands.get(item.brand);
    const strength = affinityStrength(affinity?.score ?? 0);
    if (!affinity || strength < AFFINITY_MIN_STRENGTH) return null;
    return {
      key: `brand_affinity:${item.brand}`,
      reason: {
        signal: "brand_affinity",
        basis: CONSENT,
        subject: { de: item.brand, en: item.brand },
        count: affinity.count,
        at: affinity.latestAt.toISOString(),
      },
      score: METHOD_WEIGHTS.brandAffinity * strength,
    };
  };
  const interestPart = (item: CatalogItem): Contribution | null =>
    prefs.interests.has(item.categoryId)
      ? {
          key: `stated_interest:${item.categoryId}`,
          reason: {
            signal: "stated_interest",
            basis: "stated_by_customer",
            subject: item.categoryName,
          },
          score: METHOD_WEIGHTS.statedInterest,
        }
      : null;

  const once = (
    memo: Map<string, Contribution | null>,
    key: string,
    item: CatalogItem,
    make: (item: CatalogItem) => Contribution | null,
  ) => {
    let part = memo.get(key);
    if (part === undefined) memo.set(key, (part = make(item)));
    return part;
  };

  return (item, board) => {
    for (const part of [
      once(byCategory, item.categoryId, item, categoryPart),
      once(byBrand, item.brand, item, brandPart),
      once(byInterest, item.categoryId, item, interestPart),
    ]) {
      if (part) board.add(item.productId, part);
    }
  };
}
