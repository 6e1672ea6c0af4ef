import { and, count, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { priceAlerts, productVariants, products, users } from "@/db/schema";
import { effectivePrice, listPriceForAlert } from "./effective-price";
import { listLiveOffers, offersByCustomer } from "./offers";

/** A customer's active alerts at most; the form says so when the limit is reached. */
export const MAX_ACTIVE_ALERTS = 20;

export type OfferRef = { code: string; nameDe: string; nameEn: string };

export type CreatePriceAlertResult =
  | { status: "created" | "updated"; alertId: string }
  | { status: "invalid_target" }
  /** The product, or the variant of it, is not for sale. */
  | { status: "not_found" }
  | { status: "limit_reached"; limit: number }
  /** The customer can already pay this price or less (through `offer`, when one does it). */
  | { status: "not_below"; priceCents: number; offer: OfferRef | null };

/**
 * Sets the customer's wish price for a product (a service they ask for: no consent needed). One
 * active alert per product and customer: a second one replaces the first's wish price. The wish
 * price must be below what the customer could pay now, offers they may redeem included.
 */
export async function createPriceAlert(
  db: Database,
  input: {
    userId: string;
    productId: string;
    variantId?: string | null;
    targetPriceCents: number;
    now: Date;
  },
): Promise<CreatePriceAlertResult> {
  if (!Number.isSafeInteger(input.targetPriceCents) || input.targetPriceCents <= 0) {
    return { status: "invalid_target" };
  }
  const variantId = input.variantId ?? null;
  return db.transaction(async (tx): Promise<CreatePriceAlertResult> => {
    // Serialises this customer's alert changes, so that the limit and "one per product" hold.
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    const [product] = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.id, input.productId), eq(products.status, "active")));
    if (!user || !product) return { status: "not_found" };
    const variants = await tx
      .select({ id: productVariants.id, priceCents: productVariants.priceCents })
      .from(productVariants)
      .where(and(eq(productVariants.productId, product.id), eq(productVariants.active, true)));
    const listPrice = listPriceForAlert(variants, variantId);
    if (listPrice === null) return { status: "not_found" };

    const live = await listLiveOffers(tx, input.now);
    const offers = (await offersByCustomer(tx, [user.id], live)).get(user.id) ?? [];
    const current = effectivePrice(listPrice, offers);
    if (input.targetPriceCents >= current.priceCents) {
      const offer = current.offer;
      return {
        status: "not_below",
        priceCents: current.priceCents,
        offer: offer ? { code: offer.code, nameDe: offer.nameDe, nameEn: offer.nameEn } : null,
      };
    }

    const [existing] = await tx
      .select({ id: priceAlerts.id })
      .from(priceAlerts)
      .where(
        and(
          eq(priceAlerts.userId, user.id),
          eq(priceAlerts.productId, product.id),
          eq(priceAlerts.status, "active"),
        ),
      )
      .limit(1);
    if (existing) {
      await tx
        .update(priceAlerts)
        .set({ targetPriceCents: input.targetPriceCents, variantId })
        .where(eq(priceAlerts.id, existing.id));
      return { status: "updated", alertId: existing.id };
    }
    const [{ active = 0 } = {}] = await tx
      .select({ active: count() })
      .from(priceAlerts)
      .where(and(eq(priceAlerts.userId, user.id), eq(priceAlerts.status, "active")));
    if (active >= MAX_ACTIVE_ALERTS) return { status: "limit_reached", limit: MAX_ACTIVE_ALERTS };
    const [created] = await tx
      .insert(priceAlerts)
      .values({
        userId: user.id,
        productId: product.id,
        variantId,
        targetPriceCents: input.targetPriceCents,
        createdAt: input.now,
      })
      .returning({ id: priceAlerts.id });
    if (!created) throw new Error("The price alert was not stored");
    return { status: "created", alertId: created.id };
  });
}

/** Ends one of the customer's active alerts; false when they have no such active alert. */
export async function cancelPriceAlert(
  db: Database,
  input: { userId: string; alertId: string },
): Promise<boolean> {
  const rows = await db
    .update(priceAlerts)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(priceAlerts.id, input.alertId),
        eq(priceAlerts.userId, input.userId),
        eq(priceAlerts.status, "active"),
      ),
    )
    .returning({ id: priceAlerts.id });
  return rows.length > 0;
}

/** The customer dismissed the in-app notice of one of their triggered alerts. */
export async function markNoticeSeen(
  db: Database,
  input: { userId: string; alertId: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(priceAlerts)
    .set({ noticeSeenAt: input.now })
    .where(
      and(
        eq(priceAlerts.id, input.alertId),
        eq(priceAlerts.userId, input.userId),
        eq(priceAlerts.status, "triggered"),
        isNull(priceAlerts.noticeSeenAt),
      ),
    )
    .returning({ id: priceAlerts.id });
  return rows.length > 0;
}
