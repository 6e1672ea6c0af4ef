import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { creditNotes, invoices, orderItems, orders, payments, stores } from "@/db/schema";
import { orderVisibleTo, ordersOfUser, type OrderAccess } from "./access";

/*
 * Reads of the purchase history and the order pages. Every one takes who is asking and puts it
 * into the WHERE (S5): an order number of someone else's order finds nothing.
 */

export type OrderSummary = Awaited<ReturnType<typeof listOrders>>[number];

/** The customer's orders, newest first, with their items and invoice number. */
export async function listOrders(db: Database, userId: string) {
  const rows = await db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      status: orders.status,
      placedAt: orders.placedAt,
      shippedAt: orders.shippedAt,
      deliveredAt: orders.deliveredAt,
      cancelledAt: orders.cancelledAt,
      totalCents: orders.totalCents,
      shippingMethod: orders.shippingMethod,
    })
    .from(orders)
    .where(ordersOfUser(userId))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(200);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [items, invoiceRows] = await Promise.all([
    db
      .select({
        orderId: orderItems.orderId,
        name: orderItems.name,
        quantity: orderItems.quantity,
      })
      .from(orderItems)
      .where(inArray(orderItems.orderId, ids))
      .orderBy(asc(orderItems.sku)),
    db
      .select({ orderId: invoices.orderId, number: invoices.number })
      .from(invoices)
      .where(inArray(invoices.orderId, ids)),
  ]);
  const invoiceOf = new Map(invoiceRows.map((i) => [i.orderId, i.number]));
  return rows.map(({ id, ...row }) => ({
    ...row,
    items: items.filter((i) => i.orderId === id).map(({ name, quantity }) => ({ name, quantity })),
    invoiceNumber: invoiceOf.get(id) ?? null,
  }));
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;

/** One order with everything its page shows, if `access` may see it. */
export async function getOrderDetail(
  db: Database,
  input: { orderNumber: string; access: OrderAccess },
) {
  const [order] = await db
    .select()
    .from(orders)
    .where(orderVisibleTo(input.orderNumber, input.access))
    .limit(1);
  if (!order) return null;
  const [items, [payment], [invoice], [store]] = await Promise.all([
    db
      .select()
      .from(orderItems)
      .where(eq(orderItems.orderId, order.id))
      .orderBy(asc(orderItems.sku)),
    db
      .select({
        status: payments.status,
        method: payments.method,
        cardSummary: payments.cardSummary,
        amountCents: payments.amountCents,
        refundedCents: payments.refundedCents,
        providerReference: payments.providerReference,
      })
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(desc(payments.createdAt))
      .limit(1),
    db
      .select({ id: invoices.id, number: invoices.number, issuedAt: invoices.issuedAt })
      .from(invoices)
      .where(eq(invoices.orderId, order.id))
      .limit(1),
    order.pickupStoreId
      ? db
          .select({
            name: stores.name,
            street: stores.street,
            postalCode: stores.postalCode,
            city: stores.city,
          })
          .from(stores)
          .where(eq(stores.id, order.pickupStoreId))
          .limit(1)
      : Promise.resolve([]),
  ]);
  const credits = invoice
    ? await db
        .select({
          number: creditNotes.number,
          issuedAt: creditNotes.issuedAt,
          amountCents: creditNotes.amountCents,
        })
        .from(creditNotes)
        .where(eq(creditNotes.invoiceId, invoice.id))
        .orderBy(asc(creditNotes.issuedAt))
    : [];
  return {
    order,
    items,
    payment: payment
      ? {
          status: payment.status,
          method: payment.method,
          cardSummary: payment.cardSummary,
          amountCents: payment.amountCents,
          refundedCents: payment.refundedCents,
        }
      : null,
    /** Set while a payment challenge waits for the customer. */
    challengeReference: payment?.status === "requires_action" ? payment.providerReference : null,
    invoice: invoice ? { number: invoice.number, issuedAt: invoice.issuedAt } : null,
    creditNotes: credits,
    pickupStore: store ?? null,
  };
}

/** The issued invoice of an order, if `access` may see the order. */
export async function getInvoice(
  db: Database,
  input: { orderNumber: string; access: OrderAccess },
) {
  const [row] = await db
    .select({
      invoice: invoices,
      orderNumber: orders.orderNumber,
      placedAt: orders.placedAt,
      paymentMethod: orders.paymentMethod,
      shippingMethod: orders.shippingMethod,
      locale: orders.locale,
    })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .where(orderVisibleTo(input.orderNumber, input.access))
    .limit(1);
  return row ?? null;
}

/** The variants of one of the customer's orders, for "Buy again". */
export async function listOrderVariants(
  db: Database,
  input: { orderNumber: string; userId: string },
): Promise<{ variantId: string; quantity: number }[]> {
  const rows = await db
    .select({ variantId: orderItems.variantId, quantity: orderItems.quantity })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(orderVisibleTo(input.orderNumber, { userId: input.userId }))
    .orderBy(asc(orderItems.sku));
  return rows.filter((r): r is { variantId: string; quantity: number } => r.variantId !== null);
}

/** The stores a customer can pick an order up from (not the warehouse). */
export async function listPickupStores(db: Database) {
  return db
    .select({
      id: stores.id,
      name: stores.name,
      street: stores.street,
      postalCode: stores.postalCode,
      city: stores.city,
    })
    .from(stores)
    .where(eq(stores.kind, "store"))
    .orderBy(asc(stores.city), asc(stores.name));
}
