import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  auditLog,
  creditNotes,
  invoices,
  mailOutbox,
  orderItems,
  orders,
  payments,
  productVariants,
  returns,
  stockLevels,
  stores,
  users,
  type PostalAddress,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { issueInvoice } from "@/lib/orders/invoice";
import { generateOrderNumber } from "@/lib/orders/order-number";
import { createTestPaymentProvider } from "@/lib/payments/test-provider";
import { requestReturn } from "./request";
import { completeExchange, receiveReturn, refundReturn, refuseReturn } from "./staff";

let handle: DatabaseHandle;
const db = () => handle.db;
const provider = createTestPaymentProvider();
const now = new Date();
const DAY = 24 * 60 * 60 * 1000;
let warehouseId: string;
let admin: { id: string; role: "admin" };
let original: { id: string; productId: string; priceCents: number; sku: string };
let other: { id: string };

const address: PostalAddress = {
  fullName: "Erika Mustermann",
  street: "Heidestraße 17",
  postalCode: "51147",
  city: "Köln",
  country: "DE",
};

async function newUser(role: "customer" | "admin" = "customer") {
  const [user] = await db()
    .insert(users)
    .values({ email: `u-${randomUUID()}@returns.test`, name: "Erika", role })
    .returning({ id: users.id });
  return user!;
}

async function stockOf(variantId: string) {
  const [row] = await db()
    .select({ quantity: stockLevels.quantity })
    .from(stockLevels)
    .where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.storeId, warehouseId)));
  return row?.quantity ?? 0;
}

async function setStock(variantId: string, quantity: number) {
  await db()
    .insert(stockLevels)
    .values({ variantId, storeId: warehouseId, quantity })
    .onConflictDoUpdate({
      target: [stockLevels.variantId, stockLevels.storeId],
      set: { quantity },
    });
}

/** A delivered order of two units of `original`, paid by card, with its invoice. */
async function deliveredOrder(userId: string, deliveredDaysAgo = 3) {
  const orderNumber = generateOrderNumber();
  const total = original.priceCents * 2;
  const [order] = await db()
    .insert(orders)
    .values({
      orderNumber,
      userId,
      email: `buyer-${randomUUID()}@returns.test`,
      status: "delivered",
      shippingMethod: "standard",
      paymentMethod: "card",
      shippingAddress: address,
      billingAddress: address,
      subtotalCents: total,
      shippingCents: 0,
      totalCents: total,
      vatLines: [{ rate: 19, grossCents: total, netCents: 0, vatCents: 0 }],
      idempotencyKey: randomUUID(),
      placedAt: new Date(now.getTime() - (deliveredDaysAgo + 3) * DAY),
      deliveredAt: new Date(now.getTime() - deliveredDaysAgo * DAY),
    })
    .returning();
  const [item] = await db()
    .insert(orderItems)
    .values({
      orderId: order!.id,
      productId: original.productId,
      variantId: original.id,
      sku: original.sku,
      name: "Testartikel",
      quantity: 2,
      unitPriceCents: original.priceCents,
      vatRate: 19,
      totalCents: total,
    })
    .returning();
  await db()
    .insert(payments)
    .values({
      orderId: order!.id,
      provider: "test",
      method: "card",
      status: "captured",
      amountCents: total,
      providerReference: `test_${randomUUID()}`,
    });
  await issueInvoice(db(), {
    order: order!,
    items: [
      {
        sku: original.sku,
        name: "Testartikel",
        quantity: 2,
        unitPriceCents: original.priceCents,
        vatRate: 19,
      },
    ],
    now,
  });
  return { order: order!, orderNumber, item: item! };
}

const base = {
  method: "label" as const,
  storeId: null,
  locale: "de" as const,
  baseUrl: "http://shop.test",
  now,
};

beforeAll(async () => {
  handle = await createTestDatabase();
  const [warehouse] = await db()
    .select({ id: stores.id })
    .from(stores)
    .where(eq(stores.kind, "warehouse"));
  warehouseId = warehouse!.id;
  const variants = await db()
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      priceCents: productVariants.priceCents,
      sku: productVariants.sku,
    })
    .from(productVariants)
    .where(eq(productVariants.active, true));
  const pair = variants
    .flatMap((a) =>
      variants
        .filter(
          (b) => b.id !== a.id && b.productId === a.productId && b.priceCents === a.priceCents,
        )
        .map((b) => [a, b] as const),
    )
    .at(0);
  expect(pair).toBeDefined();
  original = pair![0];
  other = pair![1];
  admin = { id: (await newUser("admin")).id, role: "admin" };
});

afterAll(async () => {
  await handle?.close();
});

describe("requestReturn", () => {
  it("registers a return within the ordered quantities, audits and mails it", async () => {
    const user = await newUser();
    const { orderNumber, item } = await deliveredOrder(user.id);
    const first = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: user.id,
      kind: "return",
      reason: null,
      lines: [{ orderItemId: item.id, quantity: 1 }],
    });
    expect(first.status).toBe("requested");
    const tooMany = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: user.id,
      kind: "return",
      reason: null,
      lines: [{ orderItemId: item.id, quantity: 2 }],
    });
    expect(tooMany.status).toBe("bad_lines");
    if (first.status !== "requested") return;
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, first.id));
    expect(audit.map((a) => a.action)).toEqual(["return.requested"]);
    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.userId, user.id), eq(mailOutbox.template, "return-update")));
    expect(mails).toHaveLength(1);
  });

  it("refuses another customer's order and needs a reason after the withdrawal period", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const { orderNumber, item } = await deliveredOrder(owner.id, 20);
    const line = [{ orderItemId: item.id, quantity: 1 }];
    const foreign = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: stranger.id,
      kind: "return",
      reason: "x",
      lines: line,
    });
    expect(foreign.status).toBe("not_found");
    const noReason = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: owner.id,
      kind: "return",
      reason: " ",
      lines: line,
    });
    expect(noReason.status).toBe("reason_required");
    const late = await deliveredOrder(owner.id, 31);
    const closed = await requestReturn(db(), {
      ...base,
      orderNumber: late.orderNumber,
      userId: owner.id,
      kind: "return",
      reason: "too late",
      lines: [{ orderItemId: late.item.id, quantity: 1 }],
    });
    expect(closed.status).toBe("closed");
  });
});

describe("exchanges", () => {
  it("holds the replacement at once; refusing releases the hold", async () => {
    const user = await newUser();
    const { orderNumber, item } = await deliveredOrder(user.id);
    await setStock(other.id, 5);
    const result = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: user.id,
      kind: "exchange",
      reason: null,
      lines: [{ orderItemId: item.id, quantity: 1, replacementVariantId: other.id }],
    });
    expect(result.status).toBe("requested");
    expect(await stockOf(other.id)).toBe(4);
    if (result.status !== "requested") return;
    expect(
      (await refuseReturn(db(), { returnId: result.id, actor: admin, reason: " ", now })).status,
    ).toBe("reason_required");
    const refused = await refuseReturn(db(), {
      returnId: result.id,
      actor: admin,
      reason: "damaged",
      now,
    });
    expect(refused.status).toBe("done");
    expect(await stockOf(other.id)).toBe(5);
  });

  it("refuses an exchange when the replacement is out of stock and writes nothing", async () => {
    const user = await newUser();
    const { order, orderNumber, item } = await deliveredOrder(user.id);
    await setStock(other.id, 0);
    const result = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: user.id,
      kind: "exchange",
      reason: null,
      lines: [{ orderItemId: item.id, quantity: 1, replacementVariantId: other.id }],
    });
    expect(result.status).toBe("out_of_stock");
    expect(await db().select().from(returns).where(eq(returns.orderId, order.id))).toHaveLength(0);
  });

  it("completes a received exchange without further stock change", async () => {
    const user = await newUser();
    const { orderNumber, item } = await deliveredOrder(user.id);
    await setStock(other.id, 3);
    await setStock(original.id, 10);
    const result = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: user.id,
      kind: "exchange",
      reason: null,
      lines: [{ orderItemId: item.id, quantity: 1, replacementVariantId: other.id }],
    });
    if (result.status !== "requested") throw new Error(result.status);
    expect((await completeExchange(db(), { returnId: result.id, actor: admin, now })).status).toBe(
      "wrong_status",
    );
    expect((await receiveReturn(db(), { returnId: result.id, actor: admin, now })).status).toBe(
      "done",
    );
    expect(await stockOf(original.id)).toBe(11);
    expect((await completeExchange(db(), { returnId: result.id, actor: admin, now })).status).toBe(
      "done",
    );
    expect(await stockOf(other.id)).toBe(2);
  });
});

describe("return → receive → refund", () => {
  it("returns stock on receipt, refunds through the provider and issues a part credit note", async () => {
    const user = await newUser();
    const { order, orderNumber, item } = await deliveredOrder(user.id);
    await setStock(original.id, 7);
    const result = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: user.id,
      kind: "return",
      reason: null,
      lines: [{ orderItemId: item.id, quantity: 1 }],
    });
    if (result.status !== "requested") throw new Error(result.status);
    // Wrong order of steps is refused.
    expect(
      (await refundReturn(db(), { returnId: result.id, actor: admin, now }, { provider })).status,
    ).toBe("wrong_status");
    expect((await receiveReturn(db(), { returnId: result.id, actor: admin, now })).status).toBe(
      "done",
    );
    expect(await stockOf(original.id)).toBe(8);
    expect((await receiveReturn(db(), { returnId: result.id, actor: admin, now })).status).toBe(
      "wrong_status",
    );
    const refund = await refundReturn(
      db(),
      { returnId: result.id, actor: admin, now },
      { provider },
    );
    expect(refund).toMatchObject({
      status: "done",
      newStatus: "refunded",
      refundedCents: original.priceCents,
    });
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment!.refundedCents).toBe(original.priceCents);
    expect(payment!.status).toBe("captured");
    const notes = await db()
      .select({ amountCents: creditNotes.amountCents, id: creditNotes.id })
      .from(creditNotes)
      .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
      .where(eq(invoices.orderId, order.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.amountCents).toBe(original.priceCents);
    const [ret] = await db().select().from(returns).where(eq(returns.id, result.id));
    expect(ret!.creditNoteId).toBe(notes[0]!.id);
    const [invoice] = await db().select().from(invoices).where(eq(invoices.orderId, order.id));
    expect(invoice!.totalCents).toBe(original.priceCents * 2);
    expect(
      (await refuseReturn(db(), { returnId: result.id, actor: admin, reason: "late", now })).status,
    ).toBe("wrong_status");
  });

  it("rolls back when the provider refuses the refund", async () => {
    const user = await newUser();
    const { order, orderNumber, item } = await deliveredOrder(user.id);
    await db()
      .update(payments)
      .set({ providerReference: "bogus" })
      .where(eq(payments.orderId, order.id));
    const result = await requestReturn(db(), {
      ...base,
      orderNumber,
      userId: user.id,
      kind: "return",
      reason: null,
      lines: [{ orderItemId: item.id, quantity: 2 }],
    });
    if (result.status !== "requested") throw new Error(result.status);
    await receiveReturn(db(), { returnId: result.id, actor: admin, now });
    const refund = await refundReturn(
      db(),
      { returnId: result.id, actor: admin, now },
      { provider },
    );
    expect(refund.status).toBe("refund_failed");
    const [ret] = await db().select().from(returns).where(eq(returns.id, result.id));
    expect(ret!.status).toBe("received");
  });
});
