import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  creditNotes,
  invoices,
  orders,
  payments,
  returns,
  withdrawals,
  type Order,
  type Withdrawal,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import type { PaymentProvider } from "@/lib/payments/provider";
import { SHIPPING } from "@/lib/pricing/totals";

/** A return linked to the withdrawal, as far as the refund cares. */
export type LinkedReturn = { status: string; withdrawalId: string | null };

/**
 * §357(4) BGB: the refund may be withheld until the goods are back or the consumer proves they
 * were sent. A linked return that was received (or already settled) counts as the goods back.
 */
export function canRefund(
  withdrawal: Pick<Withdrawal, "id" | "status">,
  linkedReturns: readonly LinkedReturn[],
  proofOfDispatch = false,
): boolean {
  if (withdrawal.status !== "received") return false;
  if (proofOfDispatch) return true;
  return linkedReturns.some(
    (r) =>
      r.withdrawalId === withdrawal.id &&
      (r.status === "received" || r.status === "refunded" || r.status === "exchanged"),
  );
}

/**
 * What a withdrawal refunds (§357(2) BGB): everything paid, including the standard delivery, but
 * not what the customer paid beyond it for express delivery.
 */
export function withdrawalRefundCents(
  order: Pick<
    Order,
    "totalCents" | "subtotalCents" | "discountCents" | "shippingCents" | "shippingMethod"
  >,
): number {
  if (order.shippingMethod !== "express") return order.totalCents;
  const goodsCents = order.subtotalCents - order.discountCents;
  const standardCents =
    goodsCents >= SHIPPING.standard.freeFromCents ? 0 : SHIPPING.standard.priceCents;
  const surcharge = Math.max(0, order.shippingCents - standardCents);
  return order.totalCents - surcharge;
}

export type RefundWithdrawalResult =
  | { status: "refunded"; refundedCents: number; creditNoteNumber: number | null }
  | { status: "not_found" }
  | { status: "not_allowed" }
  | { status: "refund_failed" };

class RefundRefused extends Error {
  constructor() {
    super("The payment provider refused the refund");
  }
}

/**
 * Refunds a withdrawal through the payment provider and cancels the invoice with a credit note
 * (the invoice itself is never altered, GoBD). Allowed once the goods arrived (a linked return was
 * received) or proof of dispatch was given. One transaction; the provider is asked last so that a
 * refused refund rolls back everything else.
 */
export async function refundWithdrawal(
  db: Database,
  input: {
    withdrawalId: string;
    staffId: string;
    now: Date;
    provider: PaymentProvider;
    /** The customer proved dispatch (e.g. a posting receipt) before the goods arrived. */
    proofOfDispatch?: boolean;
  },
): Promise<RefundWithdrawalResult> {
  return db
    .transaction(async (tx) => {
      const [withdrawal] = await tx
        .select()
        .from(withdrawals)
        .where(eq(withdrawals.id, input.withdrawalId))
        .for("update")
        .limit(1);
      if (!withdrawal) return { status: "not_found" } as const;
      const linked = await tx
        .select({ status: returns.status, withdrawalId: returns.withdrawalId })
        .from(returns)
        .where(eq(returns.withdrawalId, withdrawal.id));
      if (!canRefund(withdrawal, linked, input.proofOfDispatch)) {
        return { status: "not_allowed" } as const;
      }
      const [order] = await tx.select().from(orders).where(eq(orders.id, withdrawal.orderId));
      if (!order) return { status: "not_found" } as const;
      const amountCents = withdrawalRefundCents(order);

      let creditNoteNumber: number | null = null;
      let creditNoteId: string | null = null;
      const [invoice] = await tx
        .select()
        .from(invoices)
        .where(eq(invoices.orderId, order.id))
        .limit(1);
      if (invoice) {
        const { seller, buyer, lines, shippingCents, discountCents, totalCents, vatLines } =
          invoice.snapshot;
        const [note] = await tx
          .insert(creditNotes)
          .values({
            invoiceId: invoice.id,
            issuedAt: input.now,
            // Less than the invoice total when an express surcharge is kept.
            amountCents,
            reason: "withdrawal",
            snapshot: { seller, buyer, lines, shippingCents, discountCents, totalCents, vatLines },
          })
          .returning({ id: creditNotes.id, number: creditNotes.number });
        creditNoteNumber = note?.number ?? null;
        creditNoteId = note?.id ?? null;
      }

      const [payment] = await tx
        .select()
        .from(payments)
        .where(eq(payments.orderId, order.id))
        .orderBy(desc(payments.createdAt))
        .limit(1)
        .for("update");
      let refundedCents = 0;
      if (payment && (payment.status === "captured" || payment.status === "authorized")) {
        const refundable = Math.min(amountCents, payment.amountCents - payment.refundedCents);
        if (refundable > 0) {
          const refund = await input.provider.refund({
            providerReference: payment.providerReference ?? "",
            amountCents: refundable,
            now: input.now,
          });
          if (refund.status !== "refunded") throw new RefundRefused();
          refundedCents = refundable;
        }
        const total = payment.refundedCents + refundedCents;
        await tx
          .update(payments)
          .set({
            status: total >= payment.amountCents ? "refunded" : "partially_refunded",
            refundedCents: total,
            updatedAt: input.now,
          })
          .where(eq(payments.id, payment.id));
      }
      await tx
        .update(withdrawals)
        .set({ status: "refunded", refundedAt: input.now, creditNoteId })
        .where(eq(withdrawals.id, withdrawal.id));
      await writeAudit(tx, {
        actorId: input.staffId,
        actorRole: "admin",
        action: "withdrawal.refunded",
        entity: "withdrawal",
        entityId: withdrawal.id,
        subjectUserId: withdrawal.userId,
        details: { orderNumber: order.orderNumber, refundedCents, creditNoteNumber },
        occurredAt: input.now,
      });
      return { status: "refunded", refundedCents, creditNoteNumber } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof RefundRefused) return { status: "refund_failed" } as const;
      throw error;
    });
}
