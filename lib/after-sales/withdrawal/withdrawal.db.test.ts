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
  returns,
  users,
  withdrawals,
  type PostalAddress,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { issueInvoice } from "@/lib/orders/invoice";
import { generateOrderNumber } from "@/lib/orders/order-number";
import type { PaymentProvider } from "@/lib/payments/provider";
import { createTestPaymentProvider } from "@/lib/payments/test-provider";
import { declareWithdrawal, loadWithdrawalView } from "./declare";
import { refundWithdrawal } from "./refund";

let handle: DatabaseHandle;
const db = () => handle.db;
const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-20T10:00:00Z");

const address: PostalAddress = {
  fullName: "Erika Mustermann",
  street: "Heidestraße 17",
  postalCode: "51147",
  city: "Köln",
  country: "DE",
};

async function newUser() {
  const [user] = await db()
    .insert(users)
    .values({ email: `w-${randomUUID()}@withdrawal.test`, name: "Erika Mustermann" })
    .returning({ id: users.id, email: users.email });
  return user!;
}

/** A delivered order with a captured card payment and an invoice. */
async function newOrder(input: {
  userId: string | null;
  deliveredDaysAgo: number;
  shippingMethod?: "standard" | "express";
}) {
  const orderNumber = generateOrderNumber();
  const express = input.shippingMethod === "express";
  const shippingCents = express ? 990 : 490;
  const [order] = await db()
    .insert(orders)
    .values({
      orderNumber,
      userId: input.userId,
      email: `buyer-${randomUUID()}@withdrawal.test`,
      status: "delivered",
      shippingMethod: input.shippingMethod ?? "standard",
      paymentMethod: "card",
      shippingAddress: address,
      billingAddress: address,
      subtotalCents: 2500,
      shippingCents,
      totalCents: 2500 + shippingCents,
      vatLines: [{ rate: 19, grossCents: 2500 + shippingCents, netCents: 2500, vatCents: 400 }],
      idempotencyKey: randomUUID(),
      placedAt: new Date(now.getTime() - (input.deliveredDaysAgo + 3) * DAY),
      deliveredAt: new Date(now.getTime() - input.deliveredDaysAgo * DAY),
    })
    .returning();
  await db().insert(orderItems).values({
    orderId: order!.id,
    sku: "TEST-1",
    name: "Testbecher",
    quantity: 2,
    unitPriceCents: 1250,
    vatRate: 19,
    totalCents: 2500,
  });
  await db()
    .insert(payments)
    .values({
      orderId: order!.id,
      provider: "test",
      method: "card",
      status: "captured",
      amountCents: 2500 + shippingCents,
      providerReference: `test_${randomUUID()}`,
    });
  await issueInvoice(db(), {
    order: order!,
    items: [{ sku: "TEST-1", name: "Testbecher", quantity: 2, unitPriceCents: 1250, vatRate: 19 }],
    now,
  });
  return order!;
}

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("declareWithdrawal", () => {
  it("records the withdrawal, enqueues the acknowledgment and audits it within the period", async () => {
    const user = await newUser();
    const order = await newOrder({ userId: user.id, deliveredDaysAgo: 3 });
    const result = await declareWithdrawal(db(), {
      orderNumber: order.orderNumber,
      access: { userId: user.id },
      fullName: "Erika Mustermann",
      email: user.email,
      statement: "Ich widerrufe den Vertrag.",
      now,
    });
    expect(result.status).toBe("withdrawn");
    const [row] = await db().select().from(withdrawals).where(eq(withdrawals.orderId, order.id));
    expect(row).toMatchObject({
      userId: user.id,
      statement: "Ich widerrufe den Vertrag.",
      status: "received",
    });
    expect(row!.declaredAt.toISOString()).toBe(now.toISOString());
    expect(row!.refundDueAt.getTime()).toBe(now.getTime() + 14 * DAY);
    expect(row!.acknowledgedAt?.toISOString()).toBe(now.toISOString());
    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.toEmail, user.email),
          eq(mailOutbox.template, "withdrawal-acknowledgment"),
        ),
      );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(order.orderNumber);
    expect(mails[0]!.text).toContain("Ich widerrufe den Vertrag.");
    // 10:00 UTC on 20 June is 12:00 in Berlin (summer time).
    expect(mails[0]!.text).toContain("20. Juni 2026 um 12:00 Uhr");
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "withdrawal.declared"), eq(auditLog.entityId, row!.id)));
    expect(audit).toHaveLength(1);

    const again = await declareWithdrawal(db(), {
      orderNumber: order.orderNumber,
      access: { userId: user.id },
      fullName: "Erika Mustermann",
      email: user.email,
      statement: "Noch einmal.",
      now: new Date(now.getTime() + 60_000),
    });
    expect(again).toMatchObject({ status: "closed", state: { state: "already_withdrawn" } });
    expect(
      await db().select().from(withdrawals).where(eq(withdrawals.orderId, order.id)),
    ).toHaveLength(1);
  });

  it("refuses after the period and writes nothing", async () => {
    const user = await newUser();
    const order = await newOrder({ userId: user.id, deliveredDaysAgo: 20 });
    const view = await loadWithdrawalView(db(), {
      orderNumber: order.orderNumber,
      access: { userId: user.id },
      now,
    });
    expect(view?.state.state).toBe("closed_expired");
    const result = await declareWithdrawal(db(), {
      orderNumber: order.orderNumber,
      access: { userId: user.id },
      fullName: "Erika Mustermann",
      email: user.email,
      statement: "Zu spät.",
      now,
    });
    expect(result).toMatchObject({ status: "closed", state: { state: "closed_expired" } });
    expect(
      await db().select().from(withdrawals).where(eq(withdrawals.orderId, order.id)),
    ).toHaveLength(0);
    expect(
      await db().select().from(mailOutbox).where(eq(mailOutbox.toEmail, user.email)),
    ).toHaveLength(0);
  });

  it("finds another customer's order for nobody, and a guest order only with its address", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const order = await newOrder({ userId: owner.id, deliveredDaysAgo: 1 });
    const input = {
      orderNumber: order.orderNumber,
      fullName: "X",
      email: stranger.email,
      statement: "x",
      now,
    };
    expect(await declareWithdrawal(db(), { ...input, access: { userId: stranger.id } })).toEqual({
      status: "not_found",
    });
    const guest = await newOrder({ userId: null, deliveredDaysAgo: 1 });
    const wrong = { guestOrderNumber: guest.orderNumber, email: "other@withdrawal.test" };
    expect(
      await declareWithdrawal(db(), { ...input, orderNumber: guest.orderNumber, access: wrong }),
    ).toEqual({ status: "not_found" });
    const right = { guestOrderNumber: guest.orderNumber, email: guest.email.toUpperCase() };
    const result = await declareWithdrawal(db(), {
      ...input,
      orderNumber: guest.orderNumber,
      email: guest.email,
      access: right,
    });
    expect(result.status).toBe("withdrawn");
  });
});

describe("refundWithdrawal", () => {
  const staffId = randomUUID();

  async function withdrawn(shippingMethod: "standard" | "express" = "standard") {
    const user = await newUser();
    const order = await newOrder({ userId: user.id, deliveredDaysAgo: 2, shippingMethod });
    const result = await declareWithdrawal(db(), {
      orderNumber: order.orderNumber,
      access: { userId: user.id },
      fullName: "Erika Mustermann",
      email: user.email,
      statement: "Widerruf",
      now,
    });
    if (result.status !== "withdrawn") throw new Error("not withdrawn");
    return { order, user, withdrawalId: result.withdrawalId };
  }

  it("waits for the goods, then refunds incl. standard delivery with a credit note", async () => {
    const { order, user, withdrawalId } = await withdrawn();
    const calls: number[] = [];
    const base = createTestPaymentProvider();
    const provider: PaymentProvider = {
      ...base,
      refund: async (input) => {
        calls.push(input.amountCents);
        return base.refund(input);
      },
    };
    const admin = (
      await db()
        .insert(users)
        .values({ email: `a-${staffId}@withdrawal.test`, name: "Admin", role: "admin" })
        .returning({ id: users.id })
    )[0]!;
    const early = await refundWithdrawal(db(), { withdrawalId, staffId: admin.id, now, provider });
    expect(early).toEqual({ status: "not_allowed" });
    expect(calls).toEqual([]);

    await db().insert(returns).values({
      orderId: order.id,
      userId: user.id,
      withdrawalId,
      kind: "return",
      status: "received",
      method: "label",
      labelCode: randomUUID(),
    });
    const result = await refundWithdrawal(db(), { withdrawalId, staffId: admin.id, now, provider });
    expect(result).toMatchObject({ status: "refunded", refundedCents: 2990 });
    expect(calls).toEqual([2990]);
    const [row] = await db().select().from(withdrawals).where(eq(withdrawals.id, withdrawalId));
    expect(row).toMatchObject({ status: "refunded" });
    expect(row!.refundedAt?.toISOString()).toBe(now.toISOString());
    const [note] = await db()
      .select()
      .from(creditNotes)
      .where(eq(creditNotes.id, row!.creditNoteId!));
    expect(note).toMatchObject({ amountCents: 2990, reason: "withdrawal" });
    const [invoice] = await db().select().from(invoices).where(eq(invoices.orderId, order.id));
    expect(invoice!.totalCents).toBe(2990);
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "refunded", refundedCents: 2990 });

    expect(
      await refundWithdrawal(db(), { withdrawalId, staffId: admin.id, now, provider }),
    ).toEqual({ status: "not_allowed" });
  });

  it("keeps the express surcharge beyond standard delivery, with proof of dispatch", async () => {
    const { order, withdrawalId } = await withdrawn("express");
    const result = await refundWithdrawal(db(), {
      withdrawalId,
      staffId: (await newUser()).id,
      now,
      provider: createTestPaymentProvider(),
      proofOfDispatch: true,
    });
    // 25,00 € goods + 4,90 € standard delivery; 5,00 € express surcharge kept.
    expect(result).toMatchObject({ status: "refunded", refundedCents: 2990 });
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "partially_refunded", refundedCents: 2990 });
  });

  it("rolls back when the provider refuses the refund", async () => {
    const { withdrawalId } = await withdrawn();
    const provider: PaymentProvider = {
      ...createTestPaymentProvider(),
      refund: async () => ({ status: "failed", reason: "down" }),
    };
    const result = await refundWithdrawal(db(), {
      withdrawalId,
      staffId: (await newUser()).id,
      now,
      provider,
      proofOfDispatch: true,
    });
    expect(result).toEqual({ status: "refund_failed" });
    const [row] = await db().select().from(withdrawals).where(eq(withdrawals.id, withdrawalId));
    expect(row).toMatchObject({ status: "received", refundedAt: null, creditNoteId: null });
  });
});
