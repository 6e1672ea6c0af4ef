import { describe, expect, it } from "vitest";
import type { Reason, ReasonSignal } from "../types";
import { basisLabel, describeWeight, explainReason } from "./explain";
import {
  CATEGORY,
  createShopContext,
  daysAgo,
  minutesAgo,
  NOW,
  PRODUCT_IDS,
  purchase,
  signalsOf,
  view,
} from "./fixtures";
import { recommend } from "./recommend";

const formatDate = (locale: "de" | "en") => (iso: string) =>
  new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    day: "numeric",
    month: "long",
    timeZone: "Europe/Berlin",
  }).format(new Date(iso));
const explain = (reason: Reason, locale: "de" | "en") =>
  explainReason(reason, locale, formatDate(locale));

const lumix = { de: "Lumix G9 II", en: "Lumix G9 II" };
const at = "2026-05-03T09:00:00.000Z";
const reason = (r: Partial<Reason> & Pick<Reason, "signal">): Reason => ({
  weight: 1,
  basis: "personalization_consent",
  subject: lumix,
  ...r,
});

const SIGNALS: ReasonSignal[] = [
  "purchase",
  "co_purchase",
  "category_affinity",
  "brand_affinity",
  "recently_viewed",
  "replenishment",
  "complement",
  "stated_interest",
  "segment",
  "cart",
  "viewing",
];
const BASES: Reason["basis"][] = ["personalization_consent", "stated_by_customer", "context"];

describe("explainReason", () => {
  it("says what was bought and when, in both languages", () => {
    const bought = reason({ signal: "purchase", at });
    expect(explain(bought, "de")).toBe("Sie haben „Lumix G9 II“ am 3. Mai gekauft.");
    expect(explain(bought, "en")).toBe("You bought “Lumix G9 II” on 3 May.");
  });

  it("words each method with its data points", () => {
    const cases: [Reason, string, string][] = [
      [
        reason({ signal: "co_purchase", at, count: 40 }),
        "Sie haben „Lumix G9 II“ am 3. Mai gekauft; andere Kunden haben dies in 40 Bestellungen zusammen damit gekauft.",
        "You bought “Lumix G9 II” on 3 May; other customers bought this together with it in 40 orders.",
      ],
      [
        reason({ signal: "complement", at }),
        "Passt zu Ihrem Kauf „Lumix G9 II“ vom 3. Mai.",
        "Goes with “Lumix G9 II”, which you bought on 3 May.",
      ],
      [
        reason({
          signal: "category_affinity",
          subject: { de: "Kameras", en: "Cameras" },
          count: 4,
          at,
        }),
        "Sie haben 4-mal Produkte aus „Kameras“ gekauft oder angesehen, zuletzt am 3. Mai.",
        "You bought or viewed products in “Cameras” 4 times, most recently on 3 May.",
      ],
      [
        reason({
          signal: "brand_affinity",
          subject: { de: "Panasonic", en: "Panasonic" },
          count: 1,
          at,
        }),
        "Sie haben einmal Produkte von „Panasonic“ gekauft oder angesehen, zuletzt am 3. Mai.",
        "You bought or viewed products by “Panasonic” once, most recently on 3 May.",
      ],
      [
        reason({ signal: "recently_viewed", at }),
        "Sie haben sich „Lumix G9 II“ am 3. Mai angesehen.",
        "You viewed “Lumix G9 II” on 3 May.",
      ],
      [
        reason({ signal: "replenishment", count: 3, intervalDays: 30, at }),
        "Sie haben „Lumix G9 II“ 3-mal gekauft, etwa alle 30 Tage, zuletzt am 3. Mai; vielleicht ist es Zeit für Nachschub.",
        "You bought “Lumix G9 II” 3 times, about every 30 days, most recently on 3 May; it may be time for more.",
      ],
      [
        reason({
          signal: "stated_interest",
          basis: "stated_by_customer",
          subject: { de: "Bücher", en: "Books" },
        }),
        "Sie haben angegeben, dass Sie sich für „Bücher“ interessieren.",
        "You told us you are interested in “Books”.",
      ],
      [
        reason({
          signal: "segment",
          subject: { de: "Kaffee-Stammkunden", en: "Regular coffee buyers" },
        }),
        "Sie gehören zur Kundengruppe „Kaffee-Stammkunden“, für die dieses Angebot gilt.",
        "You belong to the customer group “Regular coffee buyers”, which this offer is for.",
      ],
      [
        reason({ signal: "cart", basis: "context", count: 15 }),
        "Passt zu „Lumix G9 II“ in Ihrem Warenkorb (in 15 Bestellungen zusammen gekauft).",
        "Goes with “Lumix G9 II” in your cart (bought together in 15 orders).",
      ],
      [
        reason({ signal: "viewing", basis: "context" }),
        "Passt zum gerade angezeigten Produkt „Lumix G9 II“.",
        "Goes with “Lumix G9 II”, which you are looking at.",
      ],
      [
        reason({ signal: "purchase", basis: "context", count: 1 }),
        "Passt zu „Lumix G9 II“ aus Ihrer gerade aufgegebenen Bestellung (in 1 Bestellung zusammen gekauft).",
        "Goes with “Lumix G9 II” from the order you have just placed (bought together in 1 order).",
      ],
    ];
    for (const [r, de, en] of cases) {
      expect(explain(r, "de")).toBe(de);
      expect(explain(r, "en")).toBe(en);
    }
  });

  it("words a one-day interval and single counts naturally", () => {
    const daily = reason({ signal: "replenishment", count: 1, intervalDays: 1 });
    expect(explain(daily, "de")).toBe(
      "Sie haben „Lumix G9 II“ einmal gekauft, etwa täglich; vielleicht ist es Zeit für Nachschub.",
    );
    expect(explain(daily, "en")).toBe(
      "You bought “Lumix G9 II” once, about daily; it may be time for more.",
    );
  });

  it("has a complete sentence for every signal and basis, with and without optional parts", () => {
    for (const signal of SIGNALS) {
      for (const basis of BASES) {
        for (const extra of [{}, { at, count: 2, intervalDays: 28 }]) {
          for (const locale of ["de", "en"] as const) {
            const text = explain(reason({ signal, basis, ...extra }), locale);
            expect(text).toMatch(/^[A-ZÄÖÜ].*\.$/);
            expect(text).not.toMatch(/undefined|null|NaN|\[object/);
            expect(text).toContain(locale === "de" ? "„Lumix G9 II“" : "“Lumix G9 II”");
            expect(text).not.toContain(at);
          }
        }
      }
    }
  });

  it("explains every reason the engine gives without ids or raw timestamps", () => {
    const ctx = createShopContext();
    const signals = signalsOf({
      purchases: [
        purchase("lumix-g9-ii", 20),
        purchase("espresso-beans", 95),
        purchase("espresso-beans", 65),
        purchase("espresso-beans", 35),
      ],
      views: [view("mirako-z6", minutesAgo(4)), view("filter-coffee", daysAgo(2))],
      interestCategoryIds: [CATEGORY.books],
    });
    const placements = [
      { surface: "home" },
      { surface: "product", productId: "leica-12-60-lens" },
      { surface: "cart", productIds: ["hand-grinder"] },
      { surface: "order-confirmation", productIds: ["mirako-z6"] },
    ] as const;
    const seen = new Set<string>();
    for (const placement of placements) {
      const result = recommend(ctx, signals, placement, { now: NOW, limit: 20 });
      for (const r of result.items.flatMap((i) => i.reasons)) {
        seen.add(r.signal);
        for (const locale of ["de", "en"] as const) {
          const text = explain(r, locale);
          expect(text).not.toMatch(/undefined|null|NaN|T\d\d:\d\d/);
          for (const id of [...PRODUCT_IDS, ...Object.values(CATEGORY)]) {
            expect(text).not.toContain(id);
          }
        }
      }
    }
    // The scenario reaches every method the engine has, so the check above covers them all.
    expect([...seen].sort()).toEqual(
      [
        "brand_affinity",
        "cart",
        "category_affinity",
        "co_purchase",
        "complement",
        "purchase",
        "recently_viewed",
        "replenishment",
        "stated_interest",
        "viewing",
      ].sort(),
    );
  });
});

describe("describeWeight and basisLabel", () => {
  it("words weights as strong from 0.5, medium from 0.2, low below", () => {
    expect(describeWeight(1, "de")).toBe("stark");
    expect(describeWeight(0.5, "en")).toBe("strong");
    expect(describeWeight(0.49, "de")).toBe("mittel");
    expect(describeWeight(0.2, "en")).toBe("medium");
    expect(describeWeight(0.19, "de")).toBe("gering");
    expect(describeWeight(0.05, "en")).toBe("low");
  });

  it("names what allowed the data point", () => {
    expect(basisLabel("personalization_consent", "de")).toBe(
      "Ihre Einwilligung in Personalisierung",
    );
    expect(basisLabel("personalization_consent", "en")).toBe("your consent to personalization");
    expect(basisLabel("stated_by_customer", "de")).toBe("Ihre eigene Angabe");
    expect(basisLabel("stated_by_customer", "en")).toBe("your own statement");
    expect(basisLabel("context", "de")).toBe("nur die angezeigte Seite");
    expect(basisLabel("context", "en")).toBe("only the page in view");
  });
});
