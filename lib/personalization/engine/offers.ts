import type { ChosenOffer, OfferCandidate, PersonalSignals, Reason, ShopContext } from "../types";
import { affinities, affinityStrength, dueReplenishments, type Affinity } from "./affinity";
import { catalogIndex } from "./catalog-index";
import { compareIds } from "./compare";
import { weightedReasons, type Contribution } from "./reasons";
import { usableSignals } from "./signals";
import { METHOD_WEIGHTS, OFFER_AFFINITY_THRESHOLD } from "./weights";

export type ChooseOffersInput = {
  signals: PersonalSignals | null;
  segmentIds: readonly string[];
  ctx: ShopContext;
  dismissedOfferIds: readonly string[];
  now: Date;
};

/**
 * The offers one visitor gets, in the given order, never a dismissed one (P3):
 * - "everyone": always, not automated, no reasons;
 * - "segment": with signals at level "full" and membership; not automated (a marketer chose the
 *   segment), the segment is the reason. Level "session" gets none: memberships are derived from
 *   the purchase history the customer chose not to have used. A segment offer without a segment
 *   name is skipped, because it could not be explained (P2);
 * - "personal": with signals at level "full" only, automated (P4), when the customer's signals
 *   point to the offer's category. Level "session" gets none: an individual price from a few
 *   minutes of browsing is not something the customer opted into.
 * Without signals (no consent, level off, restriction or objection) only "everyone" offers.
 */
export function chooseOffers(
  offers: readonly OfferCandidate[],
  input: ChooseOffersInput,
): ChosenOffer[] {
  const dismissed = new Set(input.dismissedOfferIds);
  const segments = new Set(input.segmentIds);
  const full = input.signals?.level === "full" ? input.signals : null;
  let evidence: OfferEvidence | null = null;
  const chosen: ChosenOffer[] = [];
  const seen = new Set<string>();

  for (const offer of offers) {
    if (dismissed.has(offer.offerId) || seen.has(offer.offerId)) continue;
    if (offer.target === "everyone") {
      chosen.push({ offerId: offer.offerId, automated: false, reasons: [] });
    } else if (offer.target === "segment") {
      if (!full || !offer.segmentId || !offer.segmentName || !segments.has(offer.segmentId)) {
        continue;
      }
      const reason: Reason = {
        signal: "segment",
        weight: 1,
        basis: "personalization_consent",
        subject: offer.segmentName,
      };
      chosen.push({ offerId: offer.offerId, automated: false, reasons: [reason] });
    } else {
      if (!full) continue;
      evidence ??= offerEvidence(input.ctx, full, input.now);
      const reasons = personalOfferReasons(input.ctx, evidence, offer.focusCategoryId);
      if (reasons.length === 0) continue;
      chosen.push({ offerId: offer.offerId, automated: true, reasons });
    }
    seen.add(offer.offerId);
  }
  return chosen;
}

type OfferEvidence = {
  categories: ReadonlyMap<string, Affinity>;
  due: ReturnType<typeof dueReplenishments>;
  notInterested: ReadonlySet<string>;
};

function offerEvidence(ctx: ShopContext, signals: PersonalSignals, now: Date): OfferEvidence {
  const usable = usableSignals(ctx, signals, now);
  return {
    categories: affinities(ctx, usable, now).categories,
    due: dueReplenishments(ctx, usable, now),
    notInterested: usable.notInterestedCategoryIds,
  };
}

/**
 * The data points that point to a category: its affinity when above the offer threshold, and its
 * consumables due again. Null focus: the strongest category above the threshold. Sensitive and
 * "not interested" categories never get an offer (P6, P3).
 */
function personalOfferReasons(
  ctx: ShopContext,
  evidence: OfferEvidence,
  focusCategoryId: string | null,
): Reason[] {
  const index = catalogIndex(ctx);
  const eligible = (categoryId: string) =>
    index.categoryNames.has(categoryId) &&
    !index.sensitiveCategories.has(categoryId) &&
    !evidence.notInterested.has(categoryId);
  const strongEnough = (categoryId: string) =>
    (evidence.categories.get(categoryId)?.score ?? 0) >= OFFER_AFFINITY_THRESHOLD;

  const focus =
    focusCategoryId ??
    [...evidence.categories]
      .filter(([id]) => eligible(id) && strongEnough(id))
      .sort(([k1, a], [k2, b]) => b.score - a.score || compareIds(k1, k2))[0]?.[0] ??
    null;
  if (focus === null || !eligible(focus)) return [];

  const parts: Contribution[] = [];
  const affinity = evidence.categories.get(focus);
  const name = index.categoryNames.get(focus);
  if (affinity && name && strongEnough(focus)) {
    parts.push({
      key: `category_affinity:${focus}`,
      reason: {
        signal: "category_affinity",
        basis: "personalization_consent",
        subject: name,
        count: affinity.count,
        at: affinity.latestAt.toISOString(),
      },
      score: METHOD_WEIGHTS.categoryAffinity * affinityStrength(affinity.score),
    });
  }
  for (const due of evidence.due.values()) {
    const item = ctx.catalog.get(due.productId);
    if (!item || item.categoryId !== focus) continue;
    parts.push({
      key: `replenishment:${due.productId}`,
      reason: {
        signal: "replenishment",
        basis: "personalization_consent",
        subject: item.name,
        count: due.count,
        intervalDays: due.intervalDays,
        at: due.lastAt.toISOString(),
      },
      score: METHOD_WEIGHTS.replenishment * due.strength,
    });
  }
  return weightedReasons(parts);
}
