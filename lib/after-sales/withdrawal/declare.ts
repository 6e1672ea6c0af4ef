import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { orders, withdrawals, type Order } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/mail/outbox";
import { orderVisibleTo, type OrderAccess } from "@/lib/orders/access";
import { canWithdraw, withdrawalState, type WithdrawalState } from "./period";

const DAY_MS = 24 * 60 * 60 * 1000;
/** §357(1) BGB: the refund is due within 14 days of the withdrawal. */
export const REFUND_DUE_DAYS = 14;

/** Who identifies the order: a signed-in customer / cookie guest, or a guest by number and e-mail. */
export type WithdrawalAccess = OrderAccess | { guestOrderNumber: string; email: string };

function whereFor(orderNumber: string, access: WithdrawalAccess) {
  if ("email" in access) {
    // The public form: both the number and the order's address must match, and only guest orders
    // (a customer's order is withdrawn from their account).
    return and(
      orderVisibleTo(orderNumber, { guestOrderNumber: access.guestOrderNumber }),
      sql`lower(${orders.email}) = ${access.email.trim().toLowerCase()}`,
    )!;
  }
  return orderVisibleTo(orderNumber, access);
}

export type WithdrawalView = {
  order: Pick<
    Order,
    "id" | "orderNumber" | "status" | "deliveredAt" | "email" | "locale" | "userId"
  >;
  state: WithdrawalState;
};

/** The order as `access` may see it, with whether it can be withdrawn at `now`; null if unseen. */
export async function loadWithdrawalView(
  db: Database,
  input: { orderNumber: string; access: WithdrawalAccess; now: Date },
): Promise<WithdrawalView | null> {
  const [order] = await db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      status: orders.status,
      deliveredAt: orders.deliveredAt,
      email: orders.email,
      locale: orders.locale,
      userId: orders.userId,
    })
    .from(orders)
    .where(whereFor(input.orderNumber, input.access))
    .limit(1);
  if (!order) return null;
  const [previous] = await db
    .select({ declaredAt: withdrawals.declaredAt })
    .from(withdrawals)
    .where(eq(withdrawals.orderId, order.id))
    .orderBy(desc(withdrawals.declaredAt))
    .limit(1);
  return {
    order,
    state: withdrawalState({ ...order, withdrawnAt: previous?.declaredAt ?? null }, input.now),
  };
}

export type DeclareWithdrawalResult =
  | { status: "withdrawn"; withdrawalId: string; declaredAt: Date; refundDueAt: Date }
  | { status: "not_found" }
  | { status: "closed"; state: WithdrawalState };

/**
 * Records a confirmed withdrawal (§356a BGB): the declaration, the acknowledgment mail on a durable
 * medium (enqueued in the same transaction, so it exists exactly when the declaration does) and an
 * audit entry. Refused when the period has ended or the order was already withdrawn.
 */
export async function declareWithdrawal(
  db: Database,
  input: {
    orderNumber: string;
    access: WithdrawalAccess;
    fullName: string;
    email: string;
    statement: string;
    now: Date;
  },
): Promise<DeclareWithdrawalResult> {
  return db.transaction(async (tx) => {
    // Locks the order so that two confirmations at once record one withdrawal.
    const [locked] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(whereFor(input.orderNumber, input.access))
      .for("update")
      .limit(1);
    if (!locked) return { status: "not_found" } as const;
    const view = await loadWithdrawalView(tx, input);
    if (!view) return { status: "not_found" } as const;
    if (!canWithdraw(view.state)) return { status: "closed", state: view.state } as const;
    const declaredAt = input.now;
    const refundDueAt = new Date(declaredAt.getTime() + REFUND_DUE_DAYS * DAY_MS);
    const userId = "userId" in input.access ? input.access.userId : null;
    const [row] = await tx
      .insert(withdrawals)
      .values({
        orderId: view.order.id,
        userId,
        email: input.email.trim(),
        fullName: input.fullName.trim(),
        statement: input.statement,
        declaredAt,
        refundDueAt,
        acknowledgedAt: declaredAt,
      })
      .returning({ id: withdrawals.id });
    if (!row) throw new Error("The withdrawal was not recorded");
    await enqueueMail(tx, {
      to: input.email.trim(),
      userId,
      locale: view.order.locale,
      content: {
        template: "withdrawal-acknowledgment",
        name: input.fullName.trim(),
        orderNumber: view.order.orderNumber,
        statement: input.statement,
        declaredAt: declaredAt.toISOString(),
        refundDueAt: refundDueAt.toISOString(),
      },
    });
    await writeAudit(tx, {
      actorId: userId,
      actorRole: userId ? "customer" : null,
      action: "withdrawal.declared",
      entity: "withdrawal",
      entityId: row.id,
      subjectUserId: userId ?? view.order.userId,
      details: { orderNumber: view.order.orderNumber, guest: userId === null },
      occurredAt: declaredAt,
    });
    return { status: "withdrawn", withdrawalId: row.id, declaredAt, refundDueAt } as const;
  });
}

/** The default declaration text when the customer writes none (content of the acknowledgment). */
export function defaultStatement(locale: "de" | "en", orderNumber: string): string {
  return locale === "de"
    ? `Hiermit widerrufe ich den von mir abgeschlossenen Vertrag über den Kauf der Waren der Bestellung ${orderNumber}.`
    : `I hereby withdraw from the contract concluded by me for the purchase of the goods of order ${orderNumber}.`;
}
