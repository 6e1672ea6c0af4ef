import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { orderItems, orders, payments, type Order } from "@/db/schema";
import type { PaymentProvider } from "@/lib/payments/provider";
import { orderVisibleTo } from "./access";
import { issueCreditNoteForOrder } from "./invoice";
import { isCancellable } from "./status";
import { returnOrderStock } from "./stock";

export type CancelOrderResult =
  | { status: "cancelled"; creditNoteNumber: number | null; refundedCents: number }
  | { status: "not_cancellable"; orderStatus: Order["status"] }
  | { status: "refund_failed" }
  | { status: "not_found" };

/**
 * The customer cancels an order that has not shipped: the stock goes back, the payment is refunded
 * through the provider and, when an invoice was issued, a credit note cancels it (the invoice
 * itself is never altered, GoBD). One transaction; the refund is asked for last, so that a refused
 * refund rolls back everything else.
 */
export async function cancelOrder(
  db: Database,
  /** The customer cancels their own order; staff (authorized by the caller) any order. */
  input: { orderNumber: string; now: Date } & ({ userId: string } | { staff: true }),
  deps: { provider: PaymentProvider },
): Promise<CancelOrderResult> {
  return db
    .transaction(async (tx) => {
      const [order] = await tx
        .select()
        .from(orders)
        .where(
          "userId" in input
            ? orderVisibleTo(input.orderNumber, { userId: input.userId })
            : eq(orders.orderNumber, input.orderNumber),
        )
        .for("update")
        .limit(1);
      if (!order) return { status: "not_found" } as const;
      if (!isCancellable(order.status)) {
        return { status: "not_cancellable", orderStatus: order.status } as const;
      }
      const items = await tx
        .select({ variantId: orderItems.variantId, quantity: orderItems.quantity })
        .from(orderItems)
        .where(eq(orderItems.orderId, order.id));
      await returnOrderStock(tx, items, input.now);
      await tx
        .update(orders)
        .set({ status: "cancelled", cancelledAt: input.now })
        .where(eq(orders.id, order.id));
      const creditNote = await issueCreditNoteForOrder(tx, {
        orderId: order.id,
        reason: "cancellation",
        now: input.now,
      });

      const [payment] = await tx
        .select()
        .from(payments)
        .where(eq(payments.orderId, order.id))
        .orderBy(desc(payments.createdAt))
        .limit(1)
        .for("update");
      let refundedCents = 0;
      if (payment?.status === "requires_action") {
        // A challenge nobody finished: nothing was taken, so nothing is refunded.
        await tx
          .update(payments)
          .set({ status: "declined", updatedAt: input.now })
          .where(eq(payments.id, payment.id));
      } else if (payment && (payment.status === "captured" || payment.status === "authorized")) {
        const amountCents = payment.amountCents - payment.refundedCents;
        if (amountCents > 0) {
          const refund = await deps.provider.refund({
            providerReference: payment.providerReference ?? "",
            amountCents,
            now: input.now,
          });
          if (refund.status !== "refunded") throw new RefundRefused();
          refundedCents = amountCents;
        }
        await tx
          .update(payments)
          .set({
            status: "refunded",
            refundedCents: payment.refundedCents + refundedCents,
            updatedAt: input.now,
          })
          .where(eq(payments.id, payment.id));
      }
      return {
        status: "cancelled",
        creditNoteNumber: creditNote?.number ?? null,
        refundedCents,
      } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof RefundRefused) return { status: "refund_failed" } as const;
      throw error;
    });
}

class RefundRefused extends Error {
  constructor() {
    super("The payment provider refused the refund");
  }
}
