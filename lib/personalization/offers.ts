import { and, eq, gt, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  offerAssignments,
  offers,
  personalizationLog,
  productVariants,
  products,
  segmentMemberships,
  segments,
  type Reason,
} from "@/db/schema";
import type { ChosenOffer, OfferCandidate } from "./types";

/** An offer as the shopper sees it. */
export type OfferView = {
  offerId: string;
  name: { de: string; en: string };
  description: { de: string; en: string };
  kind: "percent" | "fixed" | "free_shipping" | "bonus_product";
  value: number;
  voucherCode: string | null;
  minOrderCents: number;
  endsAt: Date;
  bonusProduct: { slug: string; name: { de: string; en: string } } | null;
};

export type PersonalOffer = OfferView & ChosenOffer;

const live = (now: Date) =>
  and(
    eq(offers.status, "active"),
    lte(offers.startsAt, now),
    gt(offers.endsAt, now),
    or(isNull(offers.budgetCents), sql`${offers.spentCents} < ${offers.budgetCents}`),
  );

/** Segment and personal offers live at `now`: what the engine may choose from. */
export async function listOfferCandidates(db: Database, now: Date): Promise<OfferCandidate[]> {
  const rows = await db
    .select({
      offerId: offers.id,
      nameDe: offers.nameDe,
      nameEn: offers.nameEn,
      target: offers.target,
      segmentId: offers.segmentId,
      segmentDe: segments.nameDe,
      segmentEn: segments.nameEn,
      focusCategoryId: offers.focusCategoryId,
    })
    .from(offers)
    .leftJoin(segments, eq(segments.id, offers.segmentId))
    .where(and(live(now), ne(offers.target, "everyone")));
  return rows.map((r) => ({
    offerId: r.offerId,
    name: { de: r.nameDe, en: r.nameEn },
    target: r.target,
    segmentId: r.segmentId,
    segmentName: r.segmentDe && r.segmentEn ? { de: r.segmentDe, en: r.segmentEn } : null,
    focusCategoryId: r.focusCategoryId,
  }));
}

/** The customer's segments and the offers they marked "not interested" or already redeemed. */
export async function loadOfferState(db: Database, userId: string) {
  const [memberships, closed] = await Promise.all([
    db
      .select({ segmentId: segmentMemberships.segmentId })
      .from(segmentMemberships)
      .innerJoin(segments, eq(segments.id, segmentMemberships.segmentId))
      .where(and(eq(segmentMemberships.userId, userId), eq(segments.status, "active"))),
    db
      .select({ offerId: offerAssignments.offerId })
      .from(offerAssignments)
      .where(
        and(
          eq(offerAssignments.userId, userId),
          or(isNotNull(offerAssignments.dismissedAt), isNotNull(offerAssignments.redeemedAt)),
        ),
      ),
  ]);
  return {
    segmentIds: memberships.map((m) => m.segmentId),
    dismissedOfferIds: closed.map((c) => c.offerId),
  };
}

/** What the shopper sees of the given offers (name, terms, code, bonus product). */
export async function loadOfferViews(db: Database, offerIds: readonly string[]) {
  if (offerIds.length === 0) return new Map<string, OfferView>();
  const rows = await db
    .select({
      offerId: offers.id,
      nameDe: offers.nameDe,
      nameEn: offers.nameEn,
      descriptionDe: offers.descriptionDe,
      descriptionEn: offers.descriptionEn,
      kind: offers.kind,
      value: offers.value,
      voucherCode: offers.voucherCode,
      minOrderCents: offers.minOrderCents,
      endsAt: offers.endsAt,
      bonusSlug: products.slug,
      bonusDe: products.nameDe,
      bonusEn: products.nameEn,
    })
    .from(offers)
    .leftJoin(productVariants, eq(productVariants.id, offers.bonusVariantId))
    .leftJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(offers.id, [...offerIds]));
  return new Map(
    rows.map((r) => [
      r.offerId,
      {
        offerId: r.offerId,
        name: { de: r.nameDe, en: r.nameEn },
        description: { de: r.descriptionDe, en: r.descriptionEn },
        kind: r.kind,
        value: r.value,
        voucherCode: r.voucherCode,
        minOrderCents: r.minOrderCents,
        endsAt: r.endsAt,
        bonusProduct:
          r.bonusSlug && r.bonusDe && r.bonusEn
            ? { slug: r.bonusSlug, name: { de: r.bonusDe, en: r.bonusEn } }
            : null,
      } satisfies OfferView,
    ]),
  );
}

/**
 * Records the offers the engine gave a customer, with their reasons: the assignment is what makes a
 * personal offer redeemable (lib/cart/voucher.ts) and what the privacy center shows. An existing
 * assignment keeps its first reasons (and its "not interested" mark).
 */
export async function recordAssignments(
  db: Database,
  userId: string,
  chosen: readonly ChosenOffer[],
  now: Date,
): Promise<void> {
  if (chosen.length === 0) return;
  await db
    .insert(offerAssignments)
    .values(
      chosen.map((c) => ({
        offerId: c.offerId,
        userId,
        automated: c.automated,
        reasons: c.reasons,
        assignedAt: now,
      })),
    )
    .onConflictDoNothing();
}

/** P7: one row per personalized decision that reached the person. */
export async function logDecision(
  db: Database,
  entry: {
    userId: string;
    surface: string;
    productIds?: string[];
    offerIds?: string[];
    reasons: Reason[];
    now: Date;
  },
): Promise<void> {
  await db.insert(personalizationLog).values({
    userId: entry.userId,
    surface: entry.surface,
    decision: {
      ...(entry.productIds ? { productIds: entry.productIds } : {}),
      ...(entry.offerIds ? { offerIds: entry.offerIds } : {}),
    },
    reasons: entry.reasons,
    occurredAt: entry.now,
  });
}
