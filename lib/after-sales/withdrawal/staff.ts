import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { orders, withdrawals } from "@/db/schema";

export type OpenWithdrawal = {
  id: string;
  orderNumber: string;
  declaredAt: Date;
  refundDueAt: Date;
};

/** Withdrawals not yet refunded, the most urgent refund first (no personal data: order numbers). */
export async function listOpenWithdrawals(db: Database): Promise<OpenWithdrawal[]> {
  return db
    .select({
      id: withdrawals.id,
      orderNumber: orders.orderNumber,
      declaredAt: withdrawals.declaredAt,
      refundDueAt: withdrawals.refundDueAt,
    })
    .from(withdrawals)
    .innerJoin(orders, eq(orders.id, withdrawals.orderId))
    .where(eq(withdrawals.status, "received"))
    .orderBy(asc(withdrawals.refundDueAt));
}
