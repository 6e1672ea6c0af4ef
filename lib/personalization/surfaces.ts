import "server-only";
import { getDb } from "@/db/client";
import { listProductSummaries, type ProductSummary } from "@/db/queries/catalog";
import { chooseOffers, recommend } from "./engine";
import {
  listOfferCandidates,
  loadOfferState,
  loadOfferViews,
  logDecision,
  recordAssignments,
  type PersonalOffer,
} from "./offers";
import { getRequestPersonalization } from "./request";
import type { Placement, Reason } from "./types";

export type ShownProduct = { product: ProductSummary; reasons: Reason[] };

export type ProductPicks = {
  /** True when personal data chose at least one item: "Why am I seeing this?" and the log apply. */
  personalized: boolean;
  items: ShownProduct[];
};

/**
 * Products for a placement: personalized when this request may be (consent, level, no objection),
 * otherwise the ranking everyone gets (P1). A personalized result is logged for the customer (P7).
 */
export async function pickProducts(placement: Placement, limit: number): Promise<ProductPicks> {
  const request = await getRequestPersonalization();
  const result = recommend(request.ctx, request.signals, placement, { now: request.now, limit });
  const summaries = await listProductSummaries(result.items.map((i) => i.productId));
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const items = result.items.flatMap((i) => {
    const product = byId.get(i.productId);
    return product ? [{ product, reasons: i.reasons }] : [];
  });
  const personalized = result.personalized && items.some((i) => hasPersonalReason(i.reasons));
  if (personalized && request.userId) {
    const shown = items.filter((i) => i.reasons.length > 0);
    await logDecision(await getDb(), {
      userId: request.userId,
      surface: placement.surface,
      productIds: shown.map((i) => i.product.id),
      reasons: shown.flatMap((i) => i.reasons),
      now: request.now,
    });
  }
  return { personalized, items };
}

export function hasPersonalReason(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.basis !== "context");
}

/**
 * The customer's personal and segment offers, only when personalization is allowed (P1, P3):
 * chosen by the engine, recorded as assignments (so that they can be redeemed) and logged (P7).
 */
export async function pickOffers(surface: string): Promise<PersonalOffer[]> {
  const request = await getRequestPersonalization();
  if (!request.signals || !request.userId) return [];
  const db = await getDb();
  const [candidates, state] = await Promise.all([
    listOfferCandidates(db, request.now),
    loadOfferState(db, request.userId),
  ]);
  const chosen = chooseOffers(candidates, {
    signals: request.signals,
    segmentIds: state.segmentIds,
    ctx: request.ctx,
    dismissedOfferIds: state.dismissedOfferIds,
    now: request.now,
  }).filter((c) => candidates.some((o) => o.offerId === c.offerId));
  if (chosen.length === 0) return [];
  await recordAssignments(db, request.userId, chosen, request.now);
  const views = await loadOfferViews(
    db,
    chosen.map((c) => c.offerId),
  );
  const offers = chosen.flatMap((c) => {
    const view = views.get(c.offerId);
    return view ? [{ ...view, ...c }] : [];
  });
  await logDecision(db, {
    userId: request.userId,
    surface: `${surface}:offers`,
    offerIds: offers.map((o) => o.offerId),
    reasons: offers.flatMap((o) => o.reasons),
    now: request.now,
  });
  return offers;
}
