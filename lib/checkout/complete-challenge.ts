import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { orderItems, orders, payments } from "@/db/schema";
import { ordersVisibleTo, type OrderAccess } from "@/lib/orders/access";
import { enqueueOrderConfirmation } from "@/lib/orders/confirmation-mail";
import { issueInvoice } from "@/lib/orders/invoice";
import { returnOrderStock } from "@/lib/orders/stock";
import type { CheckoutDeps } from "./place-order";

export type CompleteChallengeResult =
  | { status: "paid"; orderNumber: string }
  /** The order is cancelled and its stock is back; `lines` can refill the customer's cart. */
  | { status: "failed"; orderNumber: string; lines: { variantId: string; quantity: number }[] }
  | { status: "already_completed"; orderNumber: string; orderStatus: string }
  | { status: "not_found" };

/** The open challenge behind a reference, if `access` may see its order. */
export async function getChallenge(
  db: Database,
  input: { challengeReference: string; access: OrderAccess },
) {
  const [row] = await db
    .select({
      orderNumber: orders.orderNumber,
      totalCents: orders.totalCents,
      cardSummary: payments.cardSummary,
      paymentStatus: payments.status,
      orderStatus: orders.status,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(
      and(eq(payments.providerReference, input.challengeReference), ordersVisibleTo(input.access)),
    )
    .orderBy(desc(payments.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * Ends a payment challenge: confirmed, the order is paid, its invoice issued and the confirmation
 * sent; failed or cancelled, the order is cancelled and its stock returned. The order row lock
 * makes a double click confirm once.
 */
export async function completeChallenge(
  db: Database,
  input: {
    challengeReference: string;
    decision: "confirm" | "cancel";
    access: OrderAccess;
    now: Date;
  },
  deps: CheckoutDeps,
): Promise<CompleteChallengeResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ order: orders, paymentId: payments.id, paymentStatus: payments.status })
      .from(payments)
      .innerJoin(orders, eq(orders.id, payments.orderId))
      .where(
        and(
          eq(payments.providerReference, input.challengeReference),
          ordersVisibleTo(input.access),
        ),
      )
      .for("update")
      .limit(1);
    if (!row) return { status: "not_found" } as const;
    const { order } = row;
    if (row.paymentStatus !== "requires_action" || order.status !== "placed") {
      return {
        status: "already_completed",
        orderNumber: order.orderNumber,
        orderStatus: order.status,
      } as const;
    }
    const outcome = await deps.provider.completeChallenge({
      challengeReference: input.challengeReference,
      decision: input.decision,
      now: input.now,
    });
    const items = await tx.select().from(orderItems).where(eq(orderItems.orderId, order.id));
    if (outcome.status === "captured") {
      await tx
        .update(payments)
        .set({
          status: "captured",
          providerReference: outcome.providerReference,
          updatedAt: input.now,
        })
        .where(eq(payments.id, row.paymentId));
      await tx.update(orders).set({ status: "paid" }).where(eq(orders.id, order.id));
      await issueInvoice(tx, { order, items, now: input.now });
      await enqueueOrderConfirmation(tx, { orderId: order.id, baseUrl: deps.baseUrl ?? null });
      return { status: "paid", orderNumber: order.orderNumber } as const;
    }
    await tx
      .update(payments)
      .set({ status: "declined", updatedAt: input.now })
      .where(eq(payments.id, row.paymentId));
    await returnOrderStock(tx, items, input.now);
    await tx
      .update(orders)
      .set({ status: "cancelled", cancelledAt: input.now })
      .where(eq(orders.id, order.id));
    return {
      status: "failed",
      orderNumber: order.orderNumber,
      lines: items
        .filter((i): i is typeof i & { variantId: string } => i.variantId !== null)
        .map((i) => ({ variantId: i.variantId, quantity: i.quantity })),
    } as const;
  });
}
