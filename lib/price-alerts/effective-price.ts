import { computeTotals } from "@/lib/pricing/totals";

/** An offer as the alert rule sees it: a live voucher the customer may redeem. */
export type AlertOffer = {
  id: string;
  code: string;
  nameDe: string;
  nameEn: string;
  kind: "percent" | "fixed" | "free_shipping" | "bonus_product";
  value: number;
  minOrderCents: number;
  target: "everyone" | "segment" | "personal";
};

export type AlertVariant = { id: string; priceCents: number };

export type EffectivePrice = {
  priceCents: number;
  /** The offer that makes the price, or null when the product's own price does. */
  offer: AlertOffer | null;
};

/**
 * The price an alert watches: its own variant's, or (without a variant) the cheapest active
 * variant's; null when that variant is no longer sold.
 */
export function listPriceForAlert(
  variants: readonly AlertVariant[],
  variantId: string | null,
): number | null {
  if (variantId) return variants.find((v) => v.id === variantId)?.priceCents ?? null;
  if (variants.length === 0) return null;
  return Math.min(...variants.map((v) => v.priceCents));
}

/**
 * What the product costs alone in a basket with this offer, as checkout would compute it (the
 * offer's minimum order value measured against the product's price); null when the offer does not
 * lower the price of the goods (free shipping, bonus product, minimum not reached).
 */
export function priceWithOffer(priceCents: number, offer: AlertOffer): number | null {
  if (offer.kind !== "percent" && offer.kind !== "fixed") return null;
  const totals = computeTotals({
    lines: [{ key: "item", unitPriceCents: priceCents, quantity: 1, vatRate: 1900 }],
    shippingMethod: "standard",
    discount: { kind: offer.kind, value: offer.value, minOrderCents: offer.minOrderCents },
  });
  if (!totals.discountApplied || totals.discountCents <= 0) return null;
  return priceCents - totals.discountCents;
}

/**
 * The lowest price the customer can pay for the product alone: its own price, or lower through
 * one of the offers they may redeem (the caller passes only those). Ties keep the product's own
 * price, so that an alert names an offer only when the offer is what makes the difference.
 */
export function effectivePrice(
  listPriceCents: number,
  offers: readonly AlertOffer[],
): EffectivePrice {
  let best: EffectivePrice = { priceCents: listPriceCents, offer: null };
  for (const offer of offers) {
    const price = priceWithOffer(listPriceCents, offer);
    if (price !== null && price < best.priceCents) best = { priceCents: price, offer };
  }
  return best;
}

/**
 * Whether an alert fires, and at which price: the product's own price when that alone reaches the
 * wish price (the price the customer sees on the product page), else the best offer's price when
 * an offer brings it there; null while neither does.
 */
export function alertOutcome(
  listPriceCents: number,
  targetPriceCents: number,
  offers: readonly AlertOffer[],
): EffectivePrice | null {
  if (listPriceCents <= targetPriceCents) return { priceCents: listPriceCents, offer: null };
  const best = effectivePrice(listPriceCents, offers);
  return best.priceCents <= targetPriceCents ? best : null;
}

/**
 * Which offers a customer's alert may count (P1, R5): offers for everyone always; segment and
 * personal offers only when their consent in force allows personalization and they have not
 * restricted or objected to it, and only those they are eligible for (assigned, or a member of
 * the offer's segment), as at checkout.
 */
export function offersForCustomer(
  offers: readonly (AlertOffer & { segmentId: string | null })[],
  customer: {
    personalizationAllowed: boolean;
    assignedOfferIds: ReadonlySet<string>;
    segmentIds: ReadonlySet<string>;
  },
): AlertOffer[] {
  return offers.filter((offer) => {
    if (offer.target === "everyone") return true;
    if (!customer.personalizationAllowed) return false;
    if (customer.assignedOfferIds.has(offer.id)) return true;
    return (
      offer.target === "segment" &&
      offer.segmentId !== null &&
      customer.segmentIds.has(offer.segmentId)
    );
  });
}
