import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  creditNotes,
  invoices,
  orderItems,
  orders,
  payments,
  productVariants,
  returnItems,
  returns,
  stores,
  type Role,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import type { PaymentProvider } from "@/lib/payments/provider";
import { getWarehouseId, returnStock } from "@/lib/orders/stock";
import { mailReturnUpdate } from "./request";
import {
  canTransition,
  lineRefundCents,
  nextStatus,
  vatLinesFor,
  type ReturnKind,
  type ReturnStatus,
  type StaffStep,
} from "./rules";

/*
 * The staff queue of returns. Every step is a guarded transition: the row is locked, the step
 * checked against its status, and the change, its stock movement, its audit entry and its mail
 * are written in one transaction. A refund asks the provider last so that a refusal rolls back.
 */

export type StaffActor = { id: string; role: Role };

export type StaffStepResult =
  | { status: "done"; newStatus: ReturnStatus; refundedCents?: number; creditNoteNumber?: number }
  | { status: "not_found" }
  | { status: "wrong_status"; current: ReturnStatus }
  | { status: "reason_required" }
  | { status: "refund_failed" };

class Abort extends Error {
  constructor(readonly result: StaffStepResult) {
    super(result.status);
  }
}

export type OpenReturnRow = {
  id: string;
  orderNumber: string;
  kind: ReturnKind;
  status: ReturnStatus;
  method: "label" | "store";
  storeName: string | null;
  createdAt: Date;
  items: { name: string; quantity: number; replacementSku: string | null }[];
};

/** Open returns (requested or received), oldest first; no personal data beyond the order number. */
export async function listOpenReturns(db: Database): Promise<OpenReturnRow[]> {
  const rows = await db
    .select({
      id: returns.id,
      orderNumber: orders.orderNumber,
      kind: returns.kind,
      status: returns.status,
      method: returns.method,
      storeName: stores.name,
      createdAt: returns.createdAt,
    })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .leftJoin(stores, eq(stores.id, returns.storeId))
    .where(inArray(returns.status, ["requested", "received"]))
    .orderBy(asc(returns.createdAt), asc(returns.id));
  if (rows.length === 0) return [];
  const lines = await db
    .select({
      returnId: returnItems.returnId,
      name: orderItems.name,
      quantity: returnItems.quantity,
      replacementSku: productVariants.sku,
    })
    .from(returnItems)
    .innerJoin(orderItems, eq(orderItems.id, returnItems.orderItemId))
    .leftJoin(productVariants, eq(productVariants.id, returnItems.replacementVariantId))
    .where(
      inArray(
        returnItems.returnId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    ...r,
    items: lines
      .filter((l) => l.returnId === r.id)
      .map(({ name, quantity, replacementSku }) => ({ name, quantity, replacementSku })),
  }));
}

type StepInput = {
  returnId: string;
  actor: StaffActor;
  now: Date;
};

/** One guarded step; `apply` does the step's own work inside the transaction. */
async function runStep(
  db: Database,
  input: StepInput & { step: StaffStep; refusalReason?: string | null },
  apply: (
    tx: Database,
    ctx: {
      ret: typeof returns.$inferSelect;
      order: typeof orders.$inferSelect;
      lines: {
        quantity: number;
        variantId: string | null;
        replacementVariantId: string | null;
        item: typeof orderItems.$inferSelect;
      }[];
    },
  ) => Promise<Partial<Extract<StaffStepResult, { status: "done" }>> & { creditNoteId?: string }>,
): Promise<StaffStepResult> {
  return db
    .transaction(async (tx) => {
      const [ret] = await tx
        .select()
        .from(returns)
        .where(eq(returns.id, input.returnId))
        .for("update")
        .limit(1);
      if (!ret) throw new Abort({ status: "not_found" });
      if (!canTransition(ret.kind, ret.status, input.step)) {
        throw new Abort({ status: "wrong_status", current: ret.status });
      }
      const [order] = await tx.select().from(orders).where(eq(orders.id, ret.orderId));
      const rows = await tx
        .select({ line: returnItems, item: orderItems })
        .from(returnItems)
        .innerJoin(orderItems, eq(orderItems.id, returnItems.orderItemId))
        .where(eq(returnItems.returnId, ret.id))
        .orderBy(asc(orderItems.id));
      const lines = rows.map(({ line, item }) => ({
        quantity: line.quantity,
        variantId: item.variantId,
        replacementVariantId: line.replacementVariantId,
        item,
      }));
      const extra = await apply(tx, { ret, order: order!, lines });
      const newStatus = nextStatus(input.step);
      // The status guard again in the WHERE, so that two staff clicks cannot both pass.
      const updated = await tx
        .update(returns)
        .set({
          status: newStatus,
          updatedAt: input.now,
          ...(input.step === "refuse" ? { refusalReason: input.refusalReason ?? null } : {}),
          ...(extra.creditNoteId ? { creditNoteId: extra.creditNoteId } : {}),
        })
        .where(and(eq(returns.id, ret.id), eq(returns.status, ret.status)))
        .returning({ id: returns.id });
      if (updated.length !== 1) throw new Abort({ status: "wrong_status", current: ret.status });
      await writeAudit(tx, {
        actorId: input.actor.id,
        actorRole: input.actor.role,
        action: `return.${newStatus}`,
        entity: "return",
        entityId: ret.id,
        subjectUserId: ret.userId,
        details: {
          orderNumber: order!.orderNumber,
          from: ret.status,
          ...(extra.refundedCents !== undefined ? { refundedCents: extra.refundedCents } : {}),
          ...(extra.creditNoteNumber !== undefined
            ? { creditNoteNumber: extra.creditNoteNumber }
            : {}),
        },
        occurredAt: input.now,
      });
      await mailReturnUpdate(tx, {
        order: order!,
        kind: ret.kind,
        status: newStatus,
        labelLink: null,
        reason: input.step === "refuse" ? (input.refusalReason ?? null) : null,
        // The language the customer ordered in.
        locale: order!.locale,
      });
      return {
        status: "done",
        newStatus,
        ...(extra.refundedCents !== undefined ? { refundedCents: extra.refundedCents } : {}),
        ...(extra.creditNoteNumber !== undefined
          ? { creditNoteNumber: extra.creditNoteNumber }
          : {}),
      } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof Abort) return error.result;
      throw error;
    });
}

/** The parcel arrived: the returned items go back into the warehouse stock at once. */
export async function receiveReturn(db: Database, input: StepInput): Promise<StaffStepResult> {
  return runStep(db, { ...input, step: "receive" }, async (tx, { lines }) => {
    const warehouseId = await getWarehouseId(tx);
    for (const line of lines) {
      if (line.variantId) {
        await returnStock(tx, {
          variantId: line.variantId,
          warehouseId,
          quantity: line.quantity,
          now: input.now,
        });
      }
    }
    return {};
  });
}

/** The held replacement ships; its stock was already taken when the exchange was requested. */
export async function completeExchange(db: Database, input: StepInput): Promise<StaffStepResult> {
  return runStep(db, { ...input, step: "exchange" }, async () => ({}));
}

/** Refuses a return with a reason; an exchange's held replacement goes back into stock. */
export async function refuseReturn(
  db: Database,
  input: StepInput & { reason: string },
): Promise<StaffStepResult> {
  const reason = input.reason.trim();
  if (!reason) return { status: "reason_required" };
  return runStep(
    db,
    { ...input, step: "refuse", refusalReason: reason.slice(0, 500) },
    async (tx, { ret, lines }) => {
      if (ret.kind !== "exchange") return {};
      const warehouseId = await getWarehouseId(tx);
      for (const line of lines) {
        if (line.replacementVariantId) {
          await returnStock(tx, {
            variantId: line.replacementVariantId,
            warehouseId,
            quantity: line.quantity,
            now: input.now,
          });
        }
      }
      // A received exchange's own items are already back in stock; refusing does not ship them.
      return {};
    },
  );
}

/**
 * Refunds the returned items' amount through the payment provider and issues a credit note for
 * exactly that amount; the invoice stays as it was (GoBD).
 */
export async function refundReturn(
  db: Database,
  input: StepInput,
  deps: { provider: PaymentProvider },
): Promise<StaffStepResult> {
  return runStep(db, { ...input, step: "refund" }, async (tx, { ret, order, lines }) => {
    const amountCents = lines.reduce((sum, l) => sum + lineRefundCents(l.item, l.quantity), 0);
    const creditNote = await issuePartCreditNote(tx, {
      orderId: order.id,
      reason: ret.withdrawalId ? "withdrawal" : "return",
      lines: lines.map((l) => ({ item: l.item, quantity: l.quantity })),
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
    if (payment && (payment.status === "captured" || payment.status === "authorized")) {
      refundedCents = Math.min(amountCents, payment.amountCents - payment.refundedCents);
      if (refundedCents > 0) {
        const refund = await deps.provider.refund({
          providerReference: payment.providerReference ?? "",
          amountCents: refundedCents,
          now: input.now,
        });
        if (refund.status !== "refunded") throw new Abort({ status: "refund_failed" });
      }
      const total = payment.refundedCents + refundedCents;
      await tx
        .update(payments)
        .set({
          status: total >= payment.amountCents ? "refunded" : payment.status,
          refundedCents: total,
          updatedAt: input.now,
        })
        .where(eq(payments.id, payment.id));
    }
    return {
      refundedCents,
      ...(creditNote ? { creditNoteNumber: creditNote.number, creditNoteId: creditNote.id } : {}),
    };
  });
}

/**
 * A credit note for part of an order (returned lines), following issueCreditNoteForOrder: it
 * refers to the unaltered invoice, has its own number and repeats what is credited.
 */
export async function issuePartCreditNote(
  db: Database,
  input: {
    orderId: string;
    reason: string;
    lines: readonly {
      item: {
        sku: string;
        name: string;
        quantity: number;
        unitPriceCents: number;
        vatRate: number;
        totalCents: number;
      };
      quantity: number;
    }[];
    now: Date;
  },
): Promise<{ id: string; number: number } | null> {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(eq(invoices.orderId, input.orderId))
    .limit(1);
  if (!invoice) return null;
  const grossByRate = new Map<number, number>();
  const lines = input.lines.map(({ item, quantity }) => {
    const totalCents = lineRefundCents(item, quantity);
    grossByRate.set(item.vatRate, (grossByRate.get(item.vatRate) ?? 0) + totalCents);
    return {
      sku: item.sku,
      name: item.name,
      quantity,
      unitPriceCents: item.unitPriceCents,
      vatRate: item.vatRate,
      totalCents,
    };
  });
  const amountCents = lines.reduce((sum, l) => sum + l.totalCents, 0);
  const { seller, buyer } = invoice.snapshot;
  const [row] = await db
    .insert(creditNotes)
    .values({
      invoiceId: invoice.id,
      issuedAt: input.now,
      amountCents,
      reason: input.reason,
      snapshot: {
        seller,
        buyer,
        lines,
        shippingCents: 0,
        discountCents: 0,
        totalCents: amountCents,
        vatLines: vatLinesFor(grossByRate),
      },
    })
    .returning({ id: creditNotes.id, number: creditNotes.number });
  if (!row) throw new Error("The credit note was not issued");
  return row;
}
