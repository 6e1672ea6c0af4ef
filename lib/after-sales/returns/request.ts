import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  orderItems,
  orders,
  productVariants,
  returnItems,
  returns,
  stockLevels,
  stores,
  users,
  type Order,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import type { MailLocale } from "@/lib/mail/templates";
import { enqueueMail } from "@/lib/mail/outbox";
import { orderVisibleTo } from "@/lib/orders/access";
import { getWarehouseId } from "@/lib/orders/stock";
import { checkRequestedLines, returnableQuantities, returnWindow, type ReturnKind } from "./rules";

export type ReturnRequestLine = {
  orderItemId: string;
  quantity: number;
  /** Exchange only: another variant of the same product at the same price. */
  replacementVariantId?: string | null;
};

export type ReturnRequestInput = {
  orderNumber: string;
  userId: string;
  kind: ReturnKind;
  method: "label" | "store";
  storeId: string | null;
  reason: string | null;
  lines: readonly ReturnRequestLine[];
  locale: MailLocale;
  baseUrl: string;
  now: Date;
};

export type ReturnRequestResult =
  | { status: "requested"; id: string; labelCode: string }
  | { status: "not_found" }
  | { status: "closed" }
  | { status: "reason_required" }
  | { status: "bad_lines" }
  | { status: "bad_store" }
  | { status: "bad_replacement" }
  | { status: "out_of_stock" };

class Abort extends Error {
  constructor(readonly result: ReturnRequestResult) {
    super(result.status);
  }
}

/** Quantities already in a return of the order that was not refused. */
async function returnedLines(db: Database, orderId: string) {
  return db
    .select({ orderItemId: returnItems.orderItemId, quantity: returnItems.quantity })
    .from(returnItems)
    .innerJoin(returns, eq(returns.id, returnItems.returnId))
    .where(and(eq(returns.orderId, orderId), ne(returns.status, "refused")));
}

/**
 * The customer asks to return or exchange items of one of their delivered orders. An exchange
 * holds the replacement at once: the warehouse stock drops with a guarded update in the same
 * transaction, so the replacement cannot be sold to someone else meanwhile.
 */
export async function requestReturn(
  db: Database,
  input: ReturnRequestInput,
): Promise<ReturnRequestResult> {
  return db
    .transaction(async (tx) => {
      const [order] = await tx
        .select()
        .from(orders)
        .where(orderVisibleTo(input.orderNumber, { userId: input.userId }))
        .for("update")
        .limit(1);
      if (!order) throw new Abort({ status: "not_found" });
      const window =
        order.status === "delivered" ? returnWindow(order.deliveredAt, input.now) : null;
      if (!window || window.kind === "closed") throw new Abort({ status: "closed" });
      const reason = input.reason?.trim() || null;
      if (window.kind === "goodwill" && !reason) throw new Abort({ status: "reason_required" });

      const items = await tx.select().from(orderItems).where(eq(orderItems.orderId, order.id));
      const returnable = returnableQuantities(items, await returnedLines(tx, order.id));
      if (checkRequestedLines(input.lines, returnable)) throw new Abort({ status: "bad_lines" });

      let storeId: string | null = null;
      if (input.method === "store") {
        const [store] = input.storeId
          ? await tx
              .select({ id: stores.id })
              .from(stores)
              .where(and(eq(stores.id, input.storeId), eq(stores.kind, "store")))
          : [];
        if (!store) throw new Abort({ status: "bad_store" });
        storeId = store.id;
      }

      const labelCode = `R-${randomBytes(8).toString("hex").toUpperCase()}`;
      const [created] = await tx
        .insert(returns)
        .values({
          orderId: order.id,
          userId: input.userId,
          kind: input.kind,
          method: input.method,
          storeId,
          reason,
          labelCode,
          createdAt: input.now,
          updatedAt: input.now,
        })
        .returning({ id: returns.id });
      const returnId = created!.id;

      const warehouseId = input.kind === "exchange" ? await getWarehouseId(tx) : null;
      for (const line of input.lines) {
        const item = items.find((i) => i.id === line.orderItemId)!;
        let replacementVariantId: string | null = null;
        if (input.kind === "exchange") {
          replacementVariantId = await holdReplacement(tx, {
            item,
            replacementVariantId: line.replacementVariantId ?? null,
            quantity: line.quantity,
            warehouseId: warehouseId!,
            now: input.now,
          });
        }
        await tx.insert(returnItems).values({
          returnId,
          orderItemId: item.id,
          quantity: line.quantity,
          replacementVariantId,
        });
      }

      await writeAudit(tx, {
        actorId: input.userId,
        actorRole: "customer",
        action: "return.requested",
        entity: "return",
        entityId: returnId,
        subjectUserId: input.userId,
        details: { orderNumber: order.orderNumber, kind: input.kind, method: input.method },
        occurredAt: input.now,
      });
      await mailReturnUpdate(tx, {
        order,
        kind: input.kind,
        status: "requested",
        labelLink:
          input.method === "label"
            ? `${input.baseUrl}/account/orders/${order.orderNumber}/returns/${returnId}`
            : null,
        reason: null,
        locale: input.locale,
      });
      return { status: "requested", id: returnId, labelCode } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof Abort) return error.result;
      throw error;
    });
}

async function holdReplacement(
  tx: Database,
  input: {
    item: { variantId: string | null; unitPriceCents: number };
    replacementVariantId: string | null;
    quantity: number;
    warehouseId: string;
    now: Date;
  },
): Promise<string> {
  if (!input.item.variantId || !input.replacementVariantId) {
    throw new Abort({ status: "bad_replacement" });
  }
  const variants = await tx
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      priceCents: productVariants.priceCents,
      active: productVariants.active,
    })
    .from(productVariants)
    .where(inArray(productVariants.id, [input.item.variantId, input.replacementVariantId]));
  const original = variants.find((v) => v.id === input.item.variantId);
  const replacement = variants.find((v) => v.id === input.replacementVariantId);
  if (
    !original ||
    !replacement ||
    replacement.id === original.id ||
    !replacement.active ||
    replacement.productId !== original.productId ||
    // Same price as paid: an exchange moves no money.
    replacement.priceCents !== input.item.unitPriceCents
  ) {
    throw new Abort({ status: "bad_replacement" });
  }
  const held = await tx
    .update(stockLevels)
    .set({ quantity: sql`${stockLevels.quantity} - ${input.quantity}`, updatedAt: input.now })
    .where(
      and(
        eq(stockLevels.variantId, replacement.id),
        eq(stockLevels.storeId, input.warehouseId),
        sql`${stockLevels.quantity} >= ${input.quantity}`,
      ),
    )
    .returning({ quantity: stockLevels.quantity });
  if (held.length !== 1) throw new Abort({ status: "out_of_stock" });
  return replacement.id;
}

/** Mails the customer about a return's status, in the same transaction as the change. */
export async function mailReturnUpdate(
  tx: Database,
  input: {
    order: Pick<Order, "email" | "userId" | "orderNumber" | "billingAddress">;
    kind: ReturnKind;
    status: "requested" | "received" | "refunded" | "exchanged" | "refused";
    labelLink: string | null;
    reason: string | null;
    locale: MailLocale;
  },
): Promise<void> {
  const [user] = input.order.userId
    ? await tx
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, input.order.userId))
    : [];
  await enqueueMail(tx, {
    to: user?.email ?? input.order.email,
    userId: input.order.userId,
    locale: input.locale,
    content: {
      template: "return-update",
      name: user?.name ?? input.order.billingAddress.fullName,
      orderNumber: input.order.orderNumber,
      kind: input.kind,
      status: input.status,
      labelLink: input.labelLink,
      reason: input.reason,
    },
  });
}

export type CustomerReturn = {
  id: string;
  kind: ReturnKind;
  status: "requested" | "received" | "refunded" | "exchanged" | "refused";
  method: "label" | "store";
  labelCode: string;
  refusalReason: string | null;
  createdAt: Date;
  items: { name: string; quantity: number; replacementSku: string | null }[];
};

/** The returns of one of the customer's orders (owner-scoped through the order). */
export async function listReturnsForOrder(
  db: Database,
  input: { orderNumber: string; userId: string },
): Promise<CustomerReturn[]> {
  const [order] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(orderVisibleTo(input.orderNumber, { userId: input.userId }))
    .limit(1);
  if (!order) return [];
  const rows = await db
    .select()
    .from(returns)
    .where(eq(returns.orderId, order.id))
    .orderBy(desc(returns.createdAt));
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
    )
    .orderBy(asc(orderItems.name));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    method: r.method,
    labelCode: r.labelCode,
    refusalReason: r.refusalReason,
    createdAt: r.createdAt,
    items: lines
      .filter((l) => l.returnId === r.id)
      .map(({ name, quantity, replacementSku }) => ({ name, quantity, replacementSku })),
  }));
}

export type ReturnFormData = {
  window: ReturnType<typeof returnWindow>;
  items: {
    id: string;
    name: string;
    returnable: number;
    /** Other active variants of the same product at the paid price. */
    replacements: { id: string; label: string }[];
  }[];
  stores: { id: string; name: string; city: string }[];
};

/** What the return form offers for one of the customer's orders. */
export async function getReturnFormData(
  db: Database,
  input: { orderNumber: string; userId: string; now: Date },
): Promise<ReturnFormData | null> {
  const [order] = await db
    .select()
    .from(orders)
    .where(orderVisibleTo(input.orderNumber, { userId: input.userId }))
    .limit(1);
  if (!order || order.status !== "delivered") return null;
  const window = returnWindow(order.deliveredAt, input.now);
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
  const returnable = returnableQuantities(items, await returnedLines(db, order.id));
  const productIds = items.flatMap((i) => (i.productId ? [i.productId] : []));
  const variants =
    productIds.length === 0
      ? []
      : await db
          .select()
          .from(productVariants)
          .where(
            and(inArray(productVariants.productId, productIds), eq(productVariants.active, true)),
          )
          .orderBy(asc(productVariants.position));
  const storeRows = await db
    .select({ id: stores.id, name: stores.name, city: stores.city })
    .from(stores)
    .where(eq(stores.kind, "store"))
    .orderBy(asc(stores.name));
  return {
    window,
    items: items.map((i) => ({
      id: i.id,
      name: i.name,
      returnable: returnable.get(i.id) ?? 0,
      replacements: variants
        .filter(
          (v) =>
            v.productId === i.productId &&
            v.id !== i.variantId &&
            v.priceCents === i.unitPriceCents,
        )
        .map((v) => ({
          id: v.id,
          label: [v.size, v.colour].filter(Boolean).join(" / ") || v.sku,
        })),
    })),
    stores: storeRows,
  };
}
