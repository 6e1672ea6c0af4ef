import { and, asc, eq, gt, inArray, type SQL } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { priceAlerts, productVariants, products, users } from "@/db/schema";
import { enqueueMail } from "@/lib/mail/outbox";
import { alertOutcome, listPriceForAlert, type AlertVariant } from "./effective-price";
import { ALERTS_PATH, mailBaseUrl, productPath } from "./links";
import { listLiveOffers, offersByCustomer } from "./offers";

/** Alerts handled per transaction by the job, so that a large run never holds many locks long. */
const PAGE_SIZE = 200;

export type TriggerResult = { triggered: number };

/**
 * Fires the active alerts (of one product, or of all) whose price is reached: the product's own
 * price, or an offer the customer may redeem, at or below the wish price. Each fired alert gets
 * its status, time and price and exactly one mail in the customer's language, in the same
 * transaction; the status change is conditional, so an alert fires once however often this runs.
 * Inside a caller's transaction (a price change) the pages become savepoints of it.
 */
export async function triggerPriceAlerts(
  db: Database,
  input: { productId?: string; now: Date; baseUrl?: string },
): Promise<TriggerResult> {
  const baseUrl = (input.baseUrl ?? mailBaseUrl()).replace(/\/$/, "");
  const live = await listLiveOffers(db, input.now);
  const result: TriggerResult = { triggered: 0 };
  let cursor: string | null = null;
  for (;;) {
    const page = await db.transaction(async (tx) => {
      const conditions: SQL[] = [eq(priceAlerts.status, "active"), eq(products.status, "active")];
      if (input.productId) conditions.push(eq(priceAlerts.productId, input.productId));
      if (cursor) conditions.push(gt(priceAlerts.id, cursor));
      // Locked (waiting, not skipping): a concurrent run that fired one of them is seen afterwards.
      const rows = await tx
        .select({
          id: priceAlerts.id,
          userId: priceAlerts.userId,
          productId: priceAlerts.productId,
          variantId: priceAlerts.variantId,
          targetPriceCents: priceAlerts.targetPriceCents,
          email: users.email,
          name: users.name,
          locale: users.locale,
          slug: products.slug,
          nameDe: products.nameDe,
          nameEn: products.nameEn,
        })
        .from(priceAlerts)
        .innerJoin(users, eq(users.id, priceAlerts.userId))
        .innerJoin(products, eq(products.id, priceAlerts.productId))
        .where(and(...conditions))
        .orderBy(asc(priceAlerts.id))
        .limit(PAGE_SIZE)
        .for("update", { of: priceAlerts });
      if (rows.length === 0) return { size: 0, last: null, triggered: 0 };
      const productIds = [...new Set(rows.map((r) => r.productId))];
      const variantRows = await tx
        .select({
          id: productVariants.id,
          productId: productVariants.productId,
          priceCents: productVariants.priceCents,
        })
        .from(productVariants)
        .where(
          and(inArray(productVariants.productId, productIds), eq(productVariants.active, true)),
        );
      const variants = new Map<string, AlertVariant[]>();
      for (const v of variantRows)
        variants.set(v.productId, [...(variants.get(v.productId) ?? []), v]);
      const offers = await offersByCustomer(
        tx,
        rows.map((r) => r.userId),
        live,
      );
      let triggered = 0;
      for (const row of rows) {
        const listPrice = listPriceForAlert(variants.get(row.productId) ?? [], row.variantId);
        if (listPrice === null) continue;
        const outcome = alertOutcome(listPrice, row.targetPriceCents, offers.get(row.userId) ?? []);
        if (!outcome) continue;
        const fired = await tx
          .update(priceAlerts)
          .set({
            status: "triggered",
            triggeredAt: input.now,
            triggeredPriceCents: outcome.priceCents,
          })
          .where(and(eq(priceAlerts.id, row.id), eq(priceAlerts.status, "active")))
          .returning({ id: priceAlerts.id });
        if (fired.length === 0) continue;
        triggered++;
        await enqueueMail(tx, {
          to: row.email,
          userId: row.userId,
          locale: row.locale,
          content: {
            template: "price-alert",
            name: row.name,
            productName: row.locale === "de" ? row.nameDe : row.nameEn,
            link: `${baseUrl}${productPath(row.slug)}`,
            priceCents: outcome.priceCents,
            targetPriceCents: row.targetPriceCents,
            alertsLink: `${baseUrl}${ALERTS_PATH}`,
          },
        });
      }
      return { size: rows.length, last: rows[rows.length - 1]!.id, triggered };
    });
    result.triggered += page.triggered;
    if (page.size < PAGE_SIZE || !page.last) break;
    cursor = page.last;
  }
  return result;
}
