import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { priceAlerts, productVariants, products, type PriceAlert } from "@/db/schema";
import { MAX_ACTIVE_ALERTS } from "./alerts";
import { listPriceForAlert } from "./effective-price";

export type AlertListItem = Pick<
  PriceAlert,
  | "id"
  | "status"
  | "targetPriceCents"
  | "triggeredPriceCents"
  | "createdAt"
  | "triggeredAt"
  | "noticeSeenAt"
> & {
  product: { id: string; slug: string; nameDe: string; nameEn: string; forSale: boolean };
  variant: { id: string; sku: string; size: string | null; colour: string | null } | null;
  /** What the watched variant costs now (without offers); null when it is not for sale. */
  currentPriceCents: number | null;
};

/** All of the customer's alerts, active first, newest first within each status. */
export async function listAlerts(db: Database, userId: string): Promise<AlertListItem[]> {
  const rows = await db
    .select({
      alert: priceAlerts,
      product: {
        id: products.id,
        slug: products.slug,
        nameDe: products.nameDe,
        nameEn: products.nameEn,
        status: products.status,
      },
    })
    .from(priceAlerts)
    .innerJoin(products, eq(products.id, priceAlerts.productId))
    .where(eq(priceAlerts.userId, userId))
    .orderBy(asc(priceAlerts.status), desc(priceAlerts.createdAt), asc(priceAlerts.id));
  if (rows.length === 0) return [];
  const productIds = [...new Set(rows.map((r) => r.product.id))];
  const variants = await db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      sku: productVariants.sku,
      size: productVariants.size,
      colour: productVariants.colour,
      priceCents: productVariants.priceCents,
      active: productVariants.active,
    })
    .from(productVariants)
    .where(inArray(productVariants.productId, productIds));
  return rows.map(({ alert, product }) => {
    const forSale = product.status === "active";
    const ofProduct = variants.filter((v) => v.productId === product.id && v.active);
    const variant = variants.find((v) => v.id === alert.variantId) ?? null;
    return {
      id: alert.id,
      status: alert.status,
      targetPriceCents: alert.targetPriceCents,
      triggeredPriceCents: alert.triggeredPriceCents,
      createdAt: alert.createdAt,
      triggeredAt: alert.triggeredAt,
      noticeSeenAt: alert.noticeSeenAt,
      product: {
        id: product.id,
        slug: product.slug,
        nameDe: product.nameDe,
        nameEn: product.nameEn,
        forSale,
      },
      variant: variant
        ? { id: variant.id, sku: variant.sku, size: variant.size, colour: variant.colour }
        : null,
      currentPriceCents: forSale ? listPriceForAlert(ofProduct, alert.variantId) : null,
    };
  });
}

export type AlertNotice = {
  id: string;
  productSlug: string;
  productNameDe: string;
  productNameEn: string;
  priceCents: number;
  targetPriceCents: number;
  triggeredAt: Date;
};

/** The customer's triggered alerts whose in-app notice they have not dismissed, newest first. */
export async function listAlertNotices(db: Database, userId: string): Promise<AlertNotice[]> {
  const rows = await db
    .select({
      id: priceAlerts.id,
      productSlug: products.slug,
      productNameDe: products.nameDe,
      productNameEn: products.nameEn,
      priceCents: priceAlerts.triggeredPriceCents,
      targetPriceCents: priceAlerts.targetPriceCents,
      triggeredAt: priceAlerts.triggeredAt,
    })
    .from(priceAlerts)
    .innerJoin(products, eq(products.id, priceAlerts.productId))
    .where(
      and(
        eq(priceAlerts.userId, userId),
        eq(priceAlerts.status, "triggered"),
        isNull(priceAlerts.noticeSeenAt),
      ),
    )
    .orderBy(desc(priceAlerts.triggeredAt), asc(priceAlerts.id))
    .limit(MAX_ACTIVE_ALERTS);
  return rows.flatMap((r) =>
    r.priceCents !== null && r.triggeredAt !== null
      ? [{ ...r, priceCents: r.priceCents, triggeredAt: r.triggeredAt }]
      : [],
  );
}

/** The customer's active alert for a product, for the product page's form. */
export async function getActiveAlert(
  db: Database,
  input: { userId: string; productId: string },
): Promise<{ id: string; targetPriceCents: number; variantId: string | null } | null> {
  const [row] = await db
    .select({
      id: priceAlerts.id,
      targetPriceCents: priceAlerts.targetPriceCents,
      variantId: priceAlerts.variantId,
    })
    .from(priceAlerts)
    .where(
      and(
        eq(priceAlerts.userId, input.userId),
        eq(priceAlerts.productId, input.productId),
        eq(priceAlerts.status, "active"),
      ),
    )
    .limit(1);
  return row ?? null;
}
