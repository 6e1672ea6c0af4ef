import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  creditNotes,
  invoices,
  orderItems,
  orderStatusEnum,
  orders,
  payments,
  type Order,
  type Role,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import type { PaymentProvider } from "@/lib/payments/provider";
import { cancelOrder } from "./cancel-order";

/*
 * The admin's order desk. Lists and details carry no personal data (S9): the customer's name,
 * e-mail and addresses come only from revealOrderCustomer, which audit-logs the look first.
 * Every status change is a guarded update (only from the right status) with its audit entry in
 * the same transaction.
 */

export type OrderStatus = Order["status"];
export const ORDER_STATUSES: readonly OrderStatus[] = orderStatusEnum.enumValues;
export const ADMIN_ORDERS_PAGE_SIZE = 25;

export type StaffActor = { id: string; role: Role };

export type AdminOrderRow = {
  orderNumber: string;
  placedAt: Date;
  status: OrderStatus;
  totalCents: number;
  itemCount: number;
};

export type AdminOrderList = {
  rows: AdminOrderRow[];
  total: number;
  page: number;
  pageCount: number;
};

/** Orders newest first, optionally of one status; `page` starts at 1 and is clamped. */
export async function listOrdersForAdmin(
  db: Database,
  input: { status?: OrderStatus | null; page?: number; pageSize?: number },
): Promise<AdminOrderList> {
  const pageSize = input.pageSize ?? ADMIN_ORDERS_PAGE_SIZE;
  const where = input.status ? eq(orders.status, input.status) : undefined;
  const [totals] = await db.select({ total: count() }).from(orders).where(where);
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1)), pageCount);
  const rows = await db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      placedAt: orders.placedAt,
      status: orders.status,
      totalCents: orders.totalCents,
    })
    .from(orders)
    .where(where)
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const counts =
    rows.length === 0
      ? []
      : await db
          .select({
            orderId: orderItems.orderId,
            items: sql<number>`sum(${orderItems.quantity})::int`,
          })
          .from(orderItems)
          .where(
            inArray(
              orderItems.orderId,
              rows.map((r) => r.id),
            ),
          )
          .groupBy(orderItems.orderId);
  const itemsOf = new Map(counts.map((c) => [c.orderId, c.items]));
  return {
    rows: rows.map(({ id, ...row }) => ({ ...row, itemCount: itemsOf.get(id) ?? 0 })),
    total,
    page,
    pageCount,
  };
}

export type AdminOrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderForAdmin>>>;

/** One order for the admin, without the customer's personal data. */
export async function getOrderForAdmin(db: Database, orderNumber: string) {
  const [row] = await db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      status: orders.status,
      hasAccount: sql<boolean>`${orders.userId} is not null`,
      shippingMethod: orders.shippingMethod,
      paymentMethod: orders.paymentMethod,
      subtotalCents: orders.subtotalCents,
      discountCents: orders.discountCents,
      shippingCents: orders.shippingCents,
      totalCents: orders.totalCents,
      vatLines: orders.vatLines,
      voucherCode: orders.voucherCode,
      placedAt: orders.placedAt,
      shippedAt: orders.shippedAt,
      deliveredAt: orders.deliveredAt,
      cancelledAt: orders.cancelledAt,
      restrictedAt: orders.restrictedAt,
    })
    .from(orders)
    .where(eq(orders.orderNumber, orderNumber))
    .limit(1);
  if (!row) return null;
  const { id: orderId, ...order } = row;
  const [items, paymentRows, invoiceRows] = await Promise.all([
    db
      .select({
        sku: orderItems.sku,
        name: orderItems.name,
        quantity: orderItems.quantity,
        unitPriceCents: orderItems.unitPriceCents,
        vatRate: orderItems.vatRate,
        discountCents: orderItems.discountCents,
        totalCents: orderItems.totalCents,
      })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(orderItems.sku)),
    db
      .select({
        provider: payments.provider,
        method: payments.method,
        status: payments.status,
        amountCents: payments.amountCents,
        refundedCents: payments.refundedCents,
        createdAt: payments.createdAt,
        updatedAt: payments.updatedAt,
      })
      .from(payments)
      .where(eq(payments.orderId, orderId))
      .orderBy(asc(payments.createdAt)),
    db
      .select({
        id: invoices.id,
        number: invoices.number,
        issuedAt: invoices.issuedAt,
        totalCents: invoices.totalCents,
      })
      .from(invoices)
      .where(eq(invoices.orderId, orderId)),
  ]);
  const notes =
    invoiceRows.length === 0
      ? []
      : await db
          .select({
            number: creditNotes.number,
            issuedAt: creditNotes.issuedAt,
            amountCents: creditNotes.amountCents,
            reason: creditNotes.reason,
          })
          .from(creditNotes)
          .where(
            inArray(
              creditNotes.invoiceId,
              invoiceRows.map((i) => i.id),
            ),
          )
          .orderBy(asc(creditNotes.issuedAt));
  return {
    ...order,
    items,
    payments: paymentRows,
    invoice: invoiceRows[0]
      ? {
          number: invoiceRows[0].number,
          issuedAt: invoiceRows[0].issuedAt,
          totalCents: invoiceRows[0].totalCents,
        }
      : null,
    creditNotes: notes,
    timeline: orderTimeline(order),
  };
}

export type TimelineStep = { step: "placed" | "shipped" | "delivered" | "cancelled"; at: Date };

/** The status history as the order row records it, in time order. */
export function orderTimeline(
  order: Pick<Order, "placedAt" | "shippedAt" | "deliveredAt" | "cancelledAt">,
): TimelineStep[] {
  const steps: (TimelineStep | null)[] = [
    { step: "placed", at: order.placedAt },
    order.shippedAt ? { step: "shipped", at: order.shippedAt } : null,
    order.deliveredAt ? { step: "delivered", at: order.deliveredAt } : null,
    order.cancelledAt ? { step: "cancelled", at: order.cancelledAt } : null,
  ];
  return steps
    .filter((s): s is TimelineStep => s !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Which of the admin's transitions the order's status allows. */
export function allowedTransitions(status: OrderStatus): {
  ship: boolean;
  deliver: boolean;
  cancel: boolean;
} {
  return {
    ship: status === "paid",
    deliver: status === "shipped",
    cancel: status === "placed" || status === "paid",
  };
}

export type CustomerData = {
  name: string;
  email: string;
  phone: string | null;
  billingAddress: Order["billingAddress"];
  shippingAddress: Order["shippingAddress"];
  hasAccount: boolean;
};

/**
 * The customer's data of one order, for the admin who needs it (shipping questions, refunds).
 * The audit entry is written before the data is returned, in the same transaction (S9).
 */
export async function revealOrderCustomer(
  db: Database,
  input: { orderNumber: string; staff: StaffActor; now: Date },
): Promise<CustomerData | null> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({
        id: orders.id,
        userId: orders.userId,
        email: orders.email,
        phone: orders.phone,
        billingAddress: orders.billingAddress,
        shippingAddress: orders.shippingAddress,
      })
      .from(orders)
      .where(eq(orders.orderNumber, input.orderNumber))
      .limit(1);
    if (!order) return null;
    await writeAudit(tx, {
      actorId: input.staff.id,
      actorRole: input.staff.role,
      action: "order.customer_data.viewed",
      entity: "order",
      entityId: input.orderNumber,
      subjectUserId: order.userId,
      occurredAt: input.now,
    });
    return {
      name: order.billingAddress.fullName,
      email: order.email,
      phone: order.phone,
      billingAddress: order.billingAddress,
      shippingAddress: order.shippingAddress,
      hasAccount: order.userId !== null,
    };
  });
}

export type TransitionResult =
  | { status: "done" }
  | { status: "wrong_status"; orderStatus: OrderStatus }
  | { status: "not_found" };

const TRANSITIONS = {
  ship: {
    from: "paid",
    to: "shipped",
    action: "order.shipped",
    stamp: (now: Date) => ({ shippedAt: now }),
  },
  deliver: {
    from: "shipped",
    to: "delivered",
    action: "order.delivered",
    stamp: (now: Date) => ({ deliveredAt: now }),
  },
} as const;

async function transition(
  db: Database,
  kind: keyof typeof TRANSITIONS,
  input: { orderNumber: string; staff: StaffActor; now: Date },
): Promise<TransitionResult> {
  const rule = TRANSITIONS[kind];
  return db.transaction(async (tx) => {
    // Guarded: only a row still in the source status changes, so two clicks change it once.
    const [changed] = await tx
      .update(orders)
      .set({ status: rule.to, ...rule.stamp(input.now) })
      .where(and(eq(orders.orderNumber, input.orderNumber), eq(orders.status, rule.from)))
      .returning({ userId: orders.userId });
    if (!changed) {
      const [order] = await tx
        .select({ status: orders.status })
        .from(orders)
        .where(eq(orders.orderNumber, input.orderNumber))
        .limit(1);
      return order
        ? ({ status: "wrong_status", orderStatus: order.status } as const)
        : ({ status: "not_found" } as const);
    }
    await writeAudit(tx, {
      actorId: input.staff.id,
      actorRole: input.staff.role,
      action: rule.action,
      entity: "order",
      entityId: input.orderNumber,
      subjectUserId: changed.userId,
      details: { from: rule.from, to: rule.to },
      occurredAt: input.now,
    });
    return { status: "done" } as const;
  });
}

/** paid → shipped, stamping shipped_at. */
export function markOrderShipped(
  db: Database,
  input: { orderNumber: string; staff: StaffActor; now: Date },
): Promise<TransitionResult> {
  return transition(db, "ship", input);
}

/** shipped → delivered, stamping delivered_at. */
export function markOrderDelivered(
  db: Database,
  input: { orderNumber: string; staff: StaffActor; now: Date },
): Promise<TransitionResult> {
  return transition(db, "deliver", input);
}

export type StaffCancelResult =
  | { status: "cancelled"; creditNoteNumber: number | null; refundedCents: number }
  | { status: "wrong_status"; orderStatus: OrderStatus }
  | { status: "refund_failed" }
  | { status: "not_found" };

/**
 * Cancels and refunds through cancelOrder (stock back, refund through the provider, credit note),
 * with the audit entry in the same transaction: cancelOrder's own transaction becomes a savepoint
 * of this one, so a refused refund leaves neither a cancellation nor an entry behind.
 */
export async function cancelOrderAsStaff(
  db: Database,
  input: { orderNumber: string; staff: StaffActor; now: Date },
  deps: { provider: PaymentProvider },
): Promise<StaffCancelResult> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ userId: orders.userId, status: orders.status })
      .from(orders)
      .where(eq(orders.orderNumber, input.orderNumber))
      .for("update")
      .limit(1);
    if (!order) return { status: "not_found" } as const;
    if (!allowedTransitions(order.status).cancel) {
      return { status: "wrong_status", orderStatus: order.status } as const;
    }
    const result = await cancelOrder(
      tx,
      { orderNumber: input.orderNumber, staff: true, now: input.now },
      deps,
    );
    if (result.status === "not_cancellable") {
      return { status: "wrong_status", orderStatus: result.orderStatus } as const;
    }
    if (result.status !== "cancelled") return result;
    await writeAudit(tx, {
      actorId: input.staff.id,
      actorRole: input.staff.role,
      action: "order.cancelled",
      entity: "order",
      entityId: input.orderNumber,
      subjectUserId: order.userId,
      details: {
        from: order.status,
        refundedCents: result.refundedCents,
        creditNoteNumber: result.creditNoteNumber,
      },
      occurredAt: input.now,
    });
    return result;
  });
}
