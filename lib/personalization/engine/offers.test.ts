import { describe, expect, it } from "vitest";
import type { OfferCandidate, PersonalSignals } from "../types";
import {
  CATEGORY,
  createShopContext,
  minutesAgo,
  NOW,
  purchase,
  signalsOf,
  view,
} from "./fixtures";
import { chooseOffers } from "./offers";

const ctx = createShopContext();
const SEGMENT = "segment-coffee";
const offer = (
  offerId: string,
  target: OfferCandidate["target"],
  extra: Partial<OfferCandidate> = {},
): OfferCandidate => ({
  offerId,
  name: { de: offerId, en: offerId },
  target,
  segmentId: null,
  segmentName: null,
  focusCategoryId: null,
  ...extra,
});
const coffeeName = { de: "Kaffee-Stammkunden", en: "Regular coffee buyers" };
const OFFERS = [
  offer("spring-sale", "everyone"),
  offer("kaffee15", "segment", { segmentId: SEGMENT, segmentName: coffeeName }),
  offer("nachschub10", "personal", { focusCategoryId: CATEGORY.food }),
  offer("foto20", "personal", { focusCategoryId: CATEGORY.cameras }),
];

/** Espresso every 30 days, the last 35 days ago: due again, and a strong food affinity. */
const coffeeBuyer = signalsOf({
  purchases: [
    purchase("espresso-beans", 95),
    purchase("espresso-beans", 65),
    purchase("espresso-beans", 35),
  ],
});

const choose = (
  signals: PersonalSignals | null,
  extra: { segmentIds?: string[]; dismissed?: string[]; offers?: OfferCandidate[] } = {},
) =>
  chooseOffers(extra.offers ?? OFFERS, {
    signals,
    segmentIds: extra.segmentIds ?? [],
    ctx,
    dismissedOfferIds: extra.dismissed ?? [],
    now: NOW,
  });
const chosenIds = (chosen: ReturnType<typeof choose>) => chosen.map((o) => o.offerId);

describe("chooseOffers", () => {
  it("without signals: only offers for everyone, not automated, without reasons", () => {
    expect(choose(null, { segmentIds: [SEGMENT] })).toEqual([
      { offerId: "spring-sale", automated: false, reasons: [] },
    ]);
  });

  it("segment offers for members: chosen by a marketer, the segment as the reason", () => {
    const chosen = choose(coffeeBuyer, { segmentIds: [SEGMENT] });
    expect(chosen.find((o) => o.offerId === "kaffee15")).toEqual({
      offerId: "kaffee15",
      automated: false,
      reasons: [
        { signal: "segment", weight: 1, basis: "personalization_consent", subject: coffeeName },
      ],
    });
    expect(chosenIds(choose(coffeeBuyer))).not.toContain("kaffee15");
  });

  it("no segment offers at level session, and none that could not be explained", () => {
    const session = signalsOf({ level: "session" });
    expect(chosenIds(choose(session, { segmentIds: [SEGMENT] }))).toEqual(["spring-sale"]);
    const unnamed = [offer("x", "segment", { segmentId: SEGMENT })];
    expect(choose(coffeeBuyer, { segmentIds: [SEGMENT], offers: unnamed })).toEqual([]);
  });

  it("personal offers when the signals point to the focus: automated, with the data points", () => {
    const chosen = choose(coffeeBuyer);
    expect(chosenIds(chosen)).toEqual(["spring-sale", "nachschub10"]);
    const personal = chosen[1]!;
    expect(personal.automated).toBe(true);
    expect(personal.reasons.map((r) => r.signal)).toEqual(["replenishment", "category_affinity"]);
    expect(personal.reasons[0]).toMatchObject({ count: 3, intervalDays: 30 });
    expect(personal.reasons[1]!.subject.en).toBe("Food & Drinks");
    expect(personal.reasons.reduce((sum, r) => sum + r.weight, 0)).toBeCloseTo(1, 2);
  });

  it("a strong category affinity alone is enough; a glance is not", () => {
    const photographer = signalsOf({
      purchases: [purchase("lumix-g9-ii", 5), purchase("leica-12-60-lens", 10)],
    });
    const chosen = choose(photographer).find((o) => o.offerId === "foto20");
    expect(chosen?.reasons).toEqual([
      expect.objectContaining({ signal: "category_affinity", weight: 1, count: 2 }),
    ]);
    const glance = signalsOf({ views: [view("lumix-g9-ii", minutesAgo(3))] });
    expect(chosenIds(choose(glance))).toEqual(["spring-sale"]);
  });

  it("an offer without focus goes to the strongest category above the threshold", () => {
    const open = [offer("any", "personal")];
    const chosen = choose(coffeeBuyer, { offers: open });
    expect(chosen[0]?.reasons.find((r) => r.signal === "category_affinity")?.subject.en).toBe(
      "Food & Drinks",
    );
    expect(choose(signalsOf(), { offers: open })).toEqual([]);
  });

  it("no personal offers at level session, however strong the history", () => {
    expect(chosenIds(choose({ ...coffeeBuyer, level: "session" }))).toEqual(["spring-sale"]);
  });

  it("never a dismissed offer, of any kind", () => {
    const chosen = choose(coffeeBuyer, {
      segmentIds: [SEGMENT],
      dismissed: ["spring-sale", "kaffee15", "nachschub10"],
    });
    expect(chosen).toEqual([]);
  });

  it("never based on a sensitive category, with or without focus", () => {
    const vitamins = signalsOf({
      purchases: [
        purchase("vitamin-d3", 95, 2),
        purchase("vitamin-d3", 65, 2),
        purchase("vitamin-d3", 35, 2),
        purchase("magnesium", 10, 3),
      ],
    });
    const offers = [
      offer("health", "personal", { focusCategoryId: CATEGORY.health }),
      offer("any", "personal"),
    ];
    expect(choose(vitamins, { offers })).toEqual([]);
    // Not even next to other signals that would qualify a focus-free offer.
    const both = signalsOf({ purchases: [...vitamins.purchases, ...coffeeBuyer.purchases] });
    const chosen = choose(both, { offers });
    expect(chosenIds(chosen)).toEqual(["any"]);
    const subjects = chosen.flatMap((o) => o.reasons.map((r) => r.subject.en));
    expect(subjects.join(" ")).not.toMatch(/Vitamin|Magnesium|Drugstore/);
  });

  it("never for a category the customer is not interested in", () => {
    const notCoffee = signalsOf({
      ...coffeeBuyer,
      notInterested: { categoryIds: [CATEGORY.food], brands: [] },
    });
    expect(chosenIds(choose(notCoffee))).toEqual(["spring-sale"]);
  });
});
