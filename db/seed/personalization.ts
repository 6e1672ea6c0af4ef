import { asc, eq, inArray } from "drizzle-orm";
import { categories, offers, productVariants, products, segments } from "@/db/schema";
import type { Database } from "@/db/engine/open";
import type { ValidSegmentRule } from "@/lib/personalization/segments/rules";
import { DAY_MS } from "@/lib/time/days";

type SeedSegment = {
  slug: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  rules: ValidSegmentRule[];
};

/** Segments a marketer of this shop would keep; coffee and photography hold Anna's cohort. */
export const SEED_SEGMENTS: SeedSegment[] = [
  {
    slug: "kaffee-stammkunden",
    nameDe: "Kaffee-Stammkunden",
    nameEn: "Regular coffee buyers",
    descriptionDe:
      "Kaufen regelmäßig Lebensmittel & Getränke wie Kaffee: mindestens drei Bestellungen im Jahr, die letzte vor höchstens 60 Tagen.",
    descriptionEn:
      "Buy food & drinks such as coffee regularly: at least three orders a year, the last one at most 60 days ago.",
    rules: [
      { attribute: "bought_category", operator: "any_of", value: ["food-drinks"] },
      { attribute: "orders_12m", operator: "gte", value: 3 },
      { attribute: "last_purchase_days", operator: "lte", value: 60 },
    ],
  },
  {
    slug: "fotografie",
    nameDe: "Fotografie",
    nameEn: "Photography",
    descriptionDe: "Haben Kameras, Objektive oder Fotozubehör gekauft.",
    descriptionEn: "Bought cameras, lenses or photo accessories.",
    rules: [{ attribute: "bought_category", operator: "any_of", value: ["cameras"] }],
  },
  {
    slug: "lange-nicht-gesehen",
    nameDe: "Lange nicht gesehen",
    nameEn: "Not seen for a while",
    descriptionDe: "Der letzte Kauf liegt mindestens 120 Tage zurück.",
    descriptionEn: "The last purchase was at least 120 days ago.",
    rules: [{ attribute: "last_purchase_days", operator: "gte", value: 120 }],
  },
  {
    slug: "buecherfreunde",
    nameDe: "Bücherfreunde",
    nameEn: "Book lovers",
    descriptionDe: "Haben Bücher gekauft.",
    descriptionEn: "Bought books.",
    rules: [{ attribute: "bought_category", operator: "any_of", value: ["books"] }],
  },
  {
    slug: "neu-bei-uns",
    nameDe: "Neu bei uns",
    nameEn: "New customers",
    descriptionDe: "Höchstens eine Bestellung in den letzten zwölf Monaten.",
    descriptionEn: "At most one order in the last twelve months.",
    rules: [{ attribute: "orders_12m", operator: "lte", value: 1 }],
  },
  {
    slug: "wohnen-stoebern",
    nameDe: "Stöbern in Wohnen & Küche",
    nameEn: "Browsing home & kitchen",
    descriptionDe: "Haben sich in den letzten 90 Tagen Wohnen & Küche angesehen.",
    descriptionEn: "Looked at home & kitchen in the last 90 days.",
    rules: [{ attribute: "viewed_category_90d", operator: "any_of", value: ["home-kitchen"] }],
  },
];

async function idsBy<T extends { slug: string; id: string }>(rows: Promise<T[]>) {
  return new Map((await rows).map((r) => [r.slug, r.id]));
}

/**
 * Seeds segments and personal offers (idempotent by slug), then computes memberships and
 * profiles, so that the demo shows them right after seeding. Dates are relative to `now`.
 */
export async function seedPersonalization(db: Database, now: Date): Promise<void> {
  await db
    .insert(segments)
    .values(
      SEED_SEGMENTS.map((s) => ({
        ...s,
        status: "active" as const,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing({ target: segments.slug });
  const segmentIds = await idsBy(
    db
      .select({ slug: segments.slug, id: segments.id })
      .from(segments)
      .where(
        inArray(
          segments.slug,
          SEED_SEGMENTS.map((s) => s.slug),
        ),
      ),
  );
  const categoryIds = await idsBy(
    db
      .select({ slug: categories.slug, id: categories.id })
      .from(categories)
      .where(inArray(categories.slug, ["food-drinks", "cameras"])),
  );
  const [card] = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(products.slug, "sd-card-128gb-v90"))
    .orderBy(asc(productVariants.position))
    .limit(1);
  const required = (id: string | undefined, what: string) => {
    if (!id) throw new Error(`seedPersonalization: ${what} is missing (seed the catalogue first)`);
    return id;
  };

  const validity = {
    status: "active" as const,
    startsAt: new Date(now.getTime() - 7 * DAY_MS),
    endsAt: new Date(now.getTime() + 90 * DAY_MS),
    createdAt: now,
    updatedAt: now,
  };
  await db
    .insert(offers)
    .values([
      {
        ...validity,
        slug: "kaffee-15",
        nameDe: "15 % auf Kaffee und Feinkost",
        nameEn: "15 % off coffee and delicacies",
        descriptionDe:
          "Für unsere Kaffee-Stammkunden: 15 % auf Ihre Bestellung ab einem Warenwert von 25 €.",
        descriptionEn:
          "For our regular coffee buyers: 15 % off your order from a goods value of €25.",
        kind: "percent" as const,
        value: 15,
        voucherCode: "KAFFEE15",
        target: "segment" as const,
        segmentId: required(segmentIds.get("kaffee-stammkunden"), "segment kaffee-stammkunden"),
        minOrderCents: 2500,
        budgetCents: 50_000,
      },
      {
        ...validity,
        slug: "foto-speicherkarte-gratis",
        nameDe: "Speicherkarte gratis",
        nameEn: "Free memory card",
        descriptionDe:
          "Für Fotografinnen und Fotografen: eine SDXC-Karte 128 GB V90 gratis zu Bestellungen ab 300 €.",
        descriptionEn: "For photographers: a free 128 GB V90 SDXC card with orders from €300.",
        kind: "bonus_product" as const,
        value: 0,
        bonusVariantId: required(card?.id, "product sd-card-128gb-v90"),
        target: "segment" as const,
        segmentId: required(segmentIds.get("fotografie"), "segment fotografie"),
        minOrderCents: 30_000,
        budgetCents: 150_000,
      },
      {
        ...validity,
        slug: "nachschub-10",
        nameDe: "10 % auf Ihren Nachschub",
        nameEn: "10 % off your next refill",
        descriptionDe: "10 % auf Lebensmittel & Getränke, die Sie regelmäßig bei uns kaufen.",
        descriptionEn: "10 % off the food & drinks you buy from us regularly.",
        kind: "percent" as const,
        value: 10,
        voucherCode: "NACHSCHUB10",
        target: "personal" as const,
        focusCategoryId: required(categoryIds.get("food-drinks"), "category food-drinks"),
        minOrderCents: 0,
        budgetCents: 30_000,
      },
      {
        ...validity,
        slug: "foto-20",
        nameDe: "20 € auf Fotozubehör",
        nameEn: "€20 off photo gear",
        descriptionDe: "20 € Rabatt auf Ihre Bestellung ab einem Warenwert von 150 €.",
        descriptionEn: "€20 off your order from a goods value of €150.",
        kind: "fixed" as const,
        value: 2000,
        voucherCode: "FOTO20",
        target: "personal" as const,
        focusCategoryId: required(categoryIds.get("cameras"), "category cameras"),
        minOrderCents: 15_000,
        budgetCents: 100_000,
      },
    ])
    .onConflictDoNothing();
}
