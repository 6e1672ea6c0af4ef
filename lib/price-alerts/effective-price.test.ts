import { describe, expect, it } from "vitest";
import {
  alertOutcome,
  effectivePrice,
  listPriceForAlert,
  offersForCustomer,
  priceWithOffer,
  type AlertOffer,
} from "./effective-price";

const offer = (patch: Partial<AlertOffer> & { segmentId?: string | null }) => ({
  id: "o1",
  code: "CODE",
  nameDe: "Angebot",
  nameEn: "Offer",
  kind: "percent" as const,
  value: 10,
  minOrderCents: 0,
  target: "everyone" as const,
  segmentId: null,
  ...patch,
});

describe("listPriceForAlert", () => {
  const variants = [
    { id: "a", priceCents: 3000 },
    { id: "b", priceCents: 2500 },
  ];
  it("watches the alert's variant, else the cheapest one", () => {
    expect(listPriceForAlert(variants, "a")).toBe(3000);
    expect(listPriceForAlert(variants, null)).toBe(2500);
  });
  it("has no price for a variant no longer sold or a product without variants", () => {
    expect(listPriceForAlert(variants, "gone")).toBeNull();
    expect(listPriceForAlert([], null)).toBeNull();
  });
});

describe("priceWithOffer", () => {
  it("applies percent and fixed discounts as checkout does", () => {
    expect(priceWithOffer(4990, offer({ value: 10 }))).toBe(4491);
    expect(priceWithOffer(4990, offer({ kind: "fixed", value: 500 }))).toBe(4490);
    expect(priceWithOffer(300, offer({ kind: "fixed", value: 500 }))).toBe(0);
  });
  it("ignores offers whose minimum order the product alone does not reach", () => {
    expect(priceWithOffer(1999, offer({ minOrderCents: 2000 }))).toBeNull();
    expect(priceWithOffer(2000, offer({ minOrderCents: 2000 }))).toBe(1800);
  });
  it("ignores offers that do not lower the price of goods", () => {
    expect(priceWithOffer(4990, offer({ kind: "free_shipping" }))).toBeNull();
    expect(priceWithOffer(4990, offer({ kind: "bonus_product" }))).toBeNull();
    expect(priceWithOffer(4990, offer({ value: 0 }))).toBeNull();
  });
});

describe("effectivePrice and alertOutcome", () => {
  const ten = offer({ id: "ten", value: 10 });
  const fiver = offer({ id: "fiver", kind: "fixed", value: 500 });

  it("takes the best offer", () => {
    expect(effectivePrice(4990, [ten, fiver])).toEqual({ priceCents: 4490, offer: fiver });
    expect(effectivePrice(10000, [ten, fiver])).toEqual({ priceCents: 9000, offer: ten });
    expect(effectivePrice(4990, [])).toEqual({ priceCents: 4990, offer: null });
  });

  it("fires at or below the wish price, on the product's own price first", () => {
    expect(alertOutcome(3990, 3990, [ten])).toEqual({ priceCents: 3990, offer: null });
    expect(alertOutcome(3990, 4000, [ten])).toEqual({ priceCents: 3990, offer: null });
  });

  it("fires through an offer when only the offer reaches the wish price", () => {
    expect(alertOutcome(4990, 4500, [ten])).toEqual({ priceCents: 4491, offer: ten });
    expect(alertOutcome(4990, 4490, [ten])).toBeNull();
    expect(alertOutcome(4990, 4490, [ten, fiver])).toEqual({ priceCents: 4490, offer: fiver });
  });
});

describe("offersForCustomer", () => {
  const everyone = offer({ id: "all" });
  const segment = offer({ id: "seg", target: "segment", segmentId: "s1" });
  const personal = offer({ id: "me", target: "personal" });
  const offers = [everyone, segment, personal];

  it("counts segment and personal offers only with personalization allowed (P1)", () => {
    const eligible = { assignedOfferIds: new Set(["me"]), segmentIds: new Set(["s1"]) };
    expect(
      offersForCustomer(offers, { ...eligible, personalizationAllowed: false }).map((o) => o.id),
    ).toEqual(["all"]);
    expect(
      offersForCustomer(offers, { ...eligible, personalizationAllowed: true }).map((o) => o.id),
    ).toEqual(["all", "seg", "me"]);
  });

  it("counts only the targeted offers the customer is eligible for", () => {
    expect(
      offersForCustomer(offers, {
        personalizationAllowed: true,
        assignedOfferIds: new Set(),
        segmentIds: new Set(["other"]),
      }).map((o) => o.id),
    ).toEqual(["all"]);
    // A segment offer assigned to the customer personally counts without membership.
    expect(
      offersForCustomer(offers, {
        personalizationAllowed: true,
        assignedOfferIds: new Set(["seg"]),
        segmentIds: new Set(),
      }).map((o) => o.id),
    ).toEqual(["all", "seg"]);
  });
});
