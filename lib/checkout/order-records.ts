import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { offerAssignments, offers, orders, payments } from "@/db/schema";
import type { CartOwner } from "@/lib/cart/types";
import type { PlaceOrderInput, PlaceOrderResult } from "./types";

export const userIdOf = (owner: CartOwner) => ("userId" in owner ? owner.userId : null);

/** Whether an error (or its cause, as drizzle wraps driver errors) is this unique violation. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as {
      code?: string;
      constraint?: string;
      message?: string;
      cause?: unknown;
    };
    if (
      candidate.code === "23505" &&
      (candidate.constraint === constraint || candidate.message?.includes(constraint))
    )
      return true;
    e = candidate.cause;
  }
  return false;
}

/**
 * The order an earlier request with this key made, as the same answer that request got. Only its
 * owner gets it: a signed-in customer's own order, or a guest order for the same e-mail address.
 */
export async function replay(
  db: Database,
  input: PlaceOrderInput,
): Promise<PlaceOrderResult | null> {
  const [row] = await db
    .select({
      orderNumber: orders.orderNumber,
      userId: orders.userId,
      email: orders.email,
      status: orders.status,
    })
    .from(orders)
    .where(eq(orders.idempotencyKey, input.idempotencyKey))
    .limit(1);
  if (!row) return null;
  const userId = userIdOf(input.owner);
  const mine =
    userId !== null
      ? row.userId === userId
      : row.userId === null && row.email.toLowerCase() === input.email.trim().toLowerCase();
  if (!mine) return { status: "conflict" };
  if (row.status === "placed") {
    const [payment] = await db
      .select({ status: payments.status, reference: payments.providerReference })
      .from(payments)
      .innerJoin(orders, eq(orders.id, payments.orderId))
      .where(eq(orders.orderNumber, row.orderNumber))
      .orderBy(desc(payments.createdAt))
      .limit(1);
    if (payment?.status === "requires_action" && payment.reference) {
      return {
        status: "requires_action",
        orderNumber: row.orderNumber,
        challengeReference: payment.reference,
        replayed: true,
      };
    }
  }
  return {
    status: "placed",
    orderNumber: row.orderNumber,
    orderStatus: row.status,
    replayed: true,
  };
}

/** The voucher's budget counts what it gave; a personal voucher is used up by this order. */
export async function redeemOffer(
  db: Database,
  input: {
    offerId: string;
    userId: string | null;
    orderId: string;
    discountCents: number;
    now: Date;
  },
): Promise<void> {
  if (input.discountCents > 0) {
    await db
      .update(offers)
      .set({ spentCents: sql`${offers.spentCents} + ${input.discountCents}` })
      .where(eq(offers.id, input.offerId));
  }
  if (input.userId) {
    await db
      .update(offerAssignments)
      .set({ redeemedAt: input.now, orderId: input.orderId })
      .where(
        and(
          eq(offerAssignments.offerId, input.offerId),
          eq(offerAssignments.userId, input.userId),
          isNull(offerAssignments.redeemedAt),
        ),
      );
  }
}
