import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { priceHistory, productVariants, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { triggerPriceAlerts } from "@/lib/price-alerts/trigger";

export type ChangeVariantPriceResult =
  | {
      status: "changed";
      change: "reduction" | "increase";
      fromCents: number;
      toCents: number;
      /** Price alerts of the product that fired with this change. */
      alertsTriggered: number;
    }
  | { status: "unchanged" }
  | { status: "invalid_price" }
  | { status: "not_found" };

/**
 * THE way a price changes (product_variants.price_cents is never set elsewhere): in one
 * transaction the open price history row is closed at `now`, the new one opened (reduction or
 * increase, the raw material of the reference price, PAngV §11), the variant's price set, and the
 * product's price alerts fired, so that their mails exist exactly when the new price does. With an
 * actor (a marketer), the change is written to the audit log too.
 */
export async function changeVariantPrice(
  db: Database,
  input: {
    variantId: string;
    priceCents: number;
    now: Date;
    actorId?: string | null;
    /** Base of the links in alert mails; the configured APP_URL when left out. */
    baseUrl?: string;
  },
): Promise<ChangeVariantPriceResult> {
  if (!Number.isSafeInteger(input.priceCents) || input.priceCents <= 0) {
    return { status: "invalid_price" };
  }
  return db.transaction(async (tx): Promise<ChangeVariantPriceResult> => {
    const [variant] = await tx
      .select({
        id: productVariants.id,
        productId: productVariants.productId,
        priceCents: productVariants.priceCents,
      })
      .from(productVariants)
      .where(eq(productVariants.id, input.variantId))
      .for("update");
    if (!variant) return { status: "not_found" };
    if (variant.priceCents === input.priceCents) return { status: "unchanged" };

    const open = await tx
      .update(priceHistory)
      .set({ validTo: input.now })
      .where(and(eq(priceHistory.variantId, variant.id), isNull(priceHistory.validTo)))
      .returning({ validFrom: priceHistory.validFrom });
    if (open.some((row) => row.validFrom.getTime() > input.now.getTime())) {
      // A history whose open price starts after `now` cannot be closed at `now`: nothing is kept.
      throw new Error("The open price of this variant starts after the time of the change");
    }
    const change = input.priceCents < variant.priceCents ? "reduction" : "increase";
    await tx.insert(priceHistory).values({
      variantId: variant.id,
      priceCents: input.priceCents,
      change,
      validFrom: input.now,
    });
    await tx
      .update(productVariants)
      .set({ priceCents: input.priceCents })
      .where(eq(productVariants.id, variant.id));

    if (input.actorId) {
      const [actor] = await tx
        .select({ role: users.role })
        .from(users)
        .where(eq(users.id, input.actorId));
      await writeAudit(tx, {
        actorId: input.actorId,
        actorRole: actor?.role ?? null,
        action: "catalog.price_changed",
        entity: "product_variant",
        entityId: variant.id,
        details: { fromCents: variant.priceCents, toCents: input.priceCents, change },
        occurredAt: input.now,
      });
    }
    const { triggered } = await triggerPriceAlerts(tx, {
      productId: variant.productId,
      now: input.now,
      baseUrl: input.baseUrl,
    });
    return {
      status: "changed",
      change,
      fromCents: variant.priceCents,
      toCents: input.priceCents,
      alertsTriggered: triggered,
    };
  });
}
