import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { orderItems, orders, payments, stores } from "@/db/schema";
import { enqueueMail } from "@/lib/mail/outbox";

/**
 * Puts the order confirmation (contract, withdrawal policy and model form: L2, § 312f BGB) into
 * the outbox in the caller's transaction, so the mail exists exactly when the order does.
 */
export async function enqueueOrderConfirmation(
  db: Database,
  input: { orderId: string; baseUrl: string | null },
): Promise<{ id: string }> {
  const [order] = await db.select().from(orders).where(eq(orders.id, input.orderId)).limit(1);
  if (!order) throw new Error("Order confirmation for an order that does not exist");
  // One after the other: inside a transaction all of them share one connection.
  const items = await db
    .select()
    .from(orderItems)
    .where(eq(orderItems.orderId, order.id))
    .orderBy(asc(orderItems.sku));
  const [payment] = await db
    .select({ cardSummary: payments.cardSummary })
    .from(payments)
    .where(eq(payments.orderId, order.id))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  const [store] = order.pickupStoreId
    ? await db.select().from(stores).where(eq(stores.id, order.pickupStoreId)).limit(1)
    : [];
  const orderLink =
    order.userId && input.baseUrl
      ? `${input.baseUrl}/account/orders/${encodeURIComponent(order.orderNumber)}`
      : null;
  return enqueueMail(db, {
    to: order.email,
    userId: order.userId,
    locale: order.locale,
    content: {
      template: "order-confirmation",
      name: order.billingAddress.fullName,
      orderNumber: order.orderNumber,
      placedAt: order.placedAt.toISOString(),
      lines: items.map((item) => ({
        name: item.name,
        sku: item.sku,
        quantity: item.quantity,
        vatRate: item.vatRate,
        totalCents: item.unitPriceCents * item.quantity,
      })),
      subtotalCents: order.subtotalCents,
      discountCents: order.discountCents,
      shippingCents: order.shippingCents,
      totalCents: order.totalCents,
      vatLines: order.vatLines,
      shippingMethod: order.shippingMethod,
      shippingAddress: order.shippingAddress,
      pickupStore: store
        ? `${store.name}, ${store.street}, ${store.postalCode} ${store.city}`
        : null,
      billingAddress: order.billingAddress,
      paymentMethod: order.paymentMethod,
      cardSummary: payment?.cardSummary ?? null,
      orderLink,
    },
  });
}
