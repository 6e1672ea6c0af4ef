import { describe, expect, it } from "vitest";
import { seededRandom, type RandomSource } from "@/lib/random/random";
import type { PersonalSignals, Placement } from "../types";
import {
  CATEGORY,
  createShopContext,
  daysAgo,
  NOW,
  PRODUCT_IDS,
  SENSITIVE_IDS,
  signalsOf,
} from "./fixtures";
import { genericRecommendations } from "./generic";
import { recommend } from "./recommend";

const ctx = createShopContext();
const ids = (placement: Placement, limit = 30) =>
  recommend(ctx, null, placement, { now: NOW, limit }).items.map((i) => i.productId);

describe("the generic ranking (no consent, level off, restriction or objection)", () => {
  it("home and account: the shop's ranking without sensitive or unavailable products", () => {
    const expected = createShopContext().generic.filter(
      (id) => !SENSITIVE_IDS.includes(id) && id !== "halden-instant",
    );
    expect(ids({ surface: "home" })).toEqual(expected);
    expect(ids({ surface: "account" })).toEqual(expected);
    expect(ids({ surface: "home" }, 3)).toEqual(expected.slice(0, 3));
  });

  it("product page: its complements, then what is bought with it, then the ranking", () => {
    expect(ids({ surface: "product", productId: "lumix-g9-ii" }, 7)).toEqual([
      "leica-12-60-lens",
      "sd-card-128gb",
      "kamerabuch-lumix",
      "dmw-battery",
      "espresso-beans",
      "sonaro-anc",
      "harbour-novel",
    ]);
  });

  it("cart: bought together (summed over the items), then complements, then the ranking", () => {
    expect(ids({ surface: "cart", productIds: ["espresso-beans", "lumix-g9-ii"] }, 10)).toEqual([
      "leica-12-60-lens", // 40 orders with the Lumix
      "sd-card-128gb", // 35
      "hand-grinder", // 15 with the espresso
      "kamerabuch-lumix", // 12
      "dmw-battery", // 9, tie with the filter coffee broken by id
      "filter-coffee", // 9
      "espresso-cups", // 5 (vitamin D3 is sensitive, the chocolate below 3 orders)
      "coffee-book", // complement of the espresso
      "sonaro-anc", // the generic ranking, without what is in the cart
      "harbour-novel",
    ]);
  });

  it("has no reasons and is never marked personalized", () => {
    for (const placement of PLACEMENTS) {
      const result = recommend(ctx, null, placement, { now: NOW, limit: 30 });
      expect(result.personalized).toBe(false);
      for (const item of result.items)
        expect(item).toEqual({ productId: item.productId, score: 0, reasons: [] });
    }
  });
});

const PLACEMENTS: Placement[] = [
  { surface: "home" },
  { surface: "account" },
  { surface: "product", productId: "lumix-g9-ii" },
  { surface: "product", productId: "vitamin-d3" },
  { surface: "cart", productIds: ["espresso-beans", "mirako-z6"] },
  { surface: "cart", productIds: [] },
  { surface: "order-confirmation", productIds: ["leica-12-60-lens", "harbour-novel"] },
];

/** A random customer: any products (sensitive and unknown ones too), any dates, any choices. */
function randomCustomer(random: RandomSource): PersonalSignals {
  const int = (n: number) => Math.floor(random() * n);
  const product = () =>
    random() < 0.05 ? `unknown-${int(100)}` : PRODUCT_IDS[int(PRODUCT_IDS.length)]!;
  const categories = Object.values(CATEGORY);
  const some = <T>(make: () => T, max: number) => Array.from({ length: int(max + 1) }, make);
  return signalsOf({
    level: random() < 0.5 ? "session" : "full",
    purchases: some(
      () => ({ productId: product(), at: daysAgo(random() * 700), quantity: 1 + int(4) }),
      20,
    ),
    views: some(() => ({ productId: product(), at: daysAgo(random() * 200) }), 40).sort(
      (a, b) => b.at.getTime() - a.at.getTime(),
    ),
    interestCategoryIds: some(() => categories[int(categories.length)]!, 3),
    notInterested: {
      categoryIds: some(() => categories[int(categories.length)]!, 2),
      brands: some(() => ctx.catalog.get(product())?.brand ?? "Nobody", 2),
    },
  });
}

describe("P1: without consent the ranking is the same for everyone", () => {
  it("for 250 random customers, the no-consent result is the generic one, whatever they did", () => {
    const random = seededRandom(20260520);
    const expected = new Map(
      PLACEMENTS.map((p) => [p, genericRecommendations(createShopContext(), p, 8)]),
    );
    for (let i = 0; i < 250; i++) {
      const customer = randomCustomer(random);
      const now = daysAgo(random() * 1000 - 500);
      for (const placement of PLACEMENTS) {
        // The customer's own request runs personalized on the same context first: nothing of it
        // may leak into what the next visitor without consent gets.
        recommend(ctx, customer, placement, { now, limit: 8 });
        const result = recommend(ctx, null, placement, { now, limit: 8 });
        expect(result).toEqual(expected.get(placement));
      }
    }
  });

  it("the caller passes null at level off: one shape and order, whatever the time", () => {
    const placement: Placement = { surface: "home" };
    const a = recommend(ctx, null, placement, { now: NOW, limit: 5 });
    const b = recommend(ctx, null, placement, { now: daysAgo(4000), limit: 5 });
    expect(b).toEqual(a);
    expect(Object.keys(a).sort()).toEqual(["items", "personalized"]);
    for (const item of a.items)
      expect(Object.keys(item).sort()).toEqual(["productId", "reasons", "score"]);
  });

  it("does not change the shop context", () => {
    const fresh = createShopContext();
    const snapshot =
      JSON.stringify([...fresh.catalog], null, 0) + JSON.stringify([...fresh.coPurchases]);
    const random = seededRandom(7);
    for (let i = 0; i < 20; i++) {
      recommend(fresh, randomCustomer(random), { surface: "home" }, { now: NOW, limit: 10 });
    }
    expect(
      JSON.stringify([...fresh.catalog], null, 0) + JSON.stringify([...fresh.coPurchases]),
    ).toBe(snapshot);
    expect(fresh.generic).toEqual(createShopContext().generic);
  });
});
