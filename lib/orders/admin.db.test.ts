import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  auditLog,
  creditNotes,
  orderItems,
  orders,
  payments,
  users,
  type Order,
  type PostalAddress,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import type { PaymentProvider } from "@/lib/payments/provider";
import { createTestPaymentProvider } from "@/lib/payments/test-provider";
import {
  cancelOrderAsStaff,
  getOrderForAdmin,
  listOrdersForAdmin,
  markOrderDelivered,
  markOrderShipped,
  revealOrderCustomer,
  type StaffActor,
} from "./admin";
import { issueInvoice } from "./invoice";
import { generateOrderNumber } from "./order-number";

let handle: DatabaseHandle;
const db = () => handle.db;
const provider = createTestPaymentProvider();
const now = new Date();
let staff: StaffActor;

const address: PostalAddress = {
  fullName: "Erika Mustermann",
  street: "Heidestraße 17",
  postalCode: "51147",
  city: "Köln",
  country: "DE",
};

async function newUser(name: string, role: "customer" | "admin" = "customer") {
  const [user] = await db()
    .insert(users)
    .values({ email: `${name.toLowerCase()}-${randomUUID()}@orders-admin.test`, name, role })
    .returning({ id: users.id, email: users.email });
  return user!;
}

/** An order as checkout leaves it: one item, a captured card payment and an invoice. */
async function newOrder(input: { userId: string | null; status: Order["status"] }) {
  const orderNumber = generateOrderNumber();
  const [order] = await db()
    .insert(orders)
    .values({
      orderNumber,
      userId: input.userId,
      email: `buyer-${randomUUID()}@orders-admin.test`,
      status: input.status,
      shippingMethod: "standard",
      paymentMethod: "card",
      shippingAddress: address,
      billingAddress: address,
      subtotalCents: 2500,
      shippingCents: 495,
      totalCents: 2995,
      vatLines: [{ rate: 19, grossCents: 2995, netCents: 2517, vatCents: 478 }],
      idempotencyKey: randomUUID(),
      placedAt: new Date(now.getTime() - 60_000),
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
      amountCents: 2995,
      providerReference: `test_${randomUUID()}`,
    });
  const invoice = await issueInvoice(db(), {
    order: order!,
    items: [{ sku: "TEST-1", name: "Testbecher", quantity: 2, unitPriceCents: 1250, vatRate: 19 }],
    now,
  });
  return { order: order!, orderNumber, invoice };
}

async function statusOf(orderNumber: string) {
  const [row] = await db().select().from(orders).where(eq(orders.orderNumber, orderNumber));
  return row!;
}

async function auditOf(orderNumber: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "order"), eq(auditLog.entityId, orderNumber)));
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const admin = await newUser("Admin", "admin");
  staff = { id: admin.id, role: "admin" };
});

afterAll(async () => {
  await handle?.close();
});

describe("order status changes by the admin", () => {
  it("ships only a paid order and delivers only a shipped one, each with an audit entry", async () => {
    const customer = await newUser("Kunde");
    const { orderNumber } = await newOrder({ userId: customer.id, status: "placed" });
    const input = { orderNumber, staff, now };

    expect(await markOrderShipped(db(), input)).toEqual({
      status: "wrong_status",
      orderStatus: "placed",
    });
    expect(await markOrderDelivered(db(), input)).toEqual({
      status: "wrong_status",
      orderStatus: "placed",
    });
    expect(await auditOf(orderNumber)).toEqual([]);

    await db().update(orders).set({ status: "paid" }).where(eq(orders.orderNumber, orderNumber));
    expect(await markOrderDelivered(db(), input)).toMatchObject({ status: "wrong_status" });
    expect(await markOrderShipped(db(), input)).toEqual({ status: "done" });
    const shipped = await statusOf(orderNumber);
    expect(shipped.status).toBe("shipped");
    expect(shipped.shippedAt?.getTime()).toBe(now.getTime());
    // A second click changes nothing and logs nothing.
    expect(await markOrderShipped(db(), input)).toEqual({
      status: "wrong_status",
      orderStatus: "shipped",
    });
    expect(await markOrderDelivered(db(), input)).toEqual({ status: "done" });
    const delivered = await statusOf(orderNumber);
    expect(delivered.status).toBe("delivered");
    expect(delivered.deliveredAt?.getTime()).toBe(now.getTime());

    const entries = await auditOf(orderNumber);
    expect(entries.map((e) => e.action).sort()).toEqual(["order.delivered", "order.shipped"]);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actorId: staff.id,
        actorRole: "admin",
        subjectUserId: customer.id,
      });
    }
    expect(await markOrderShipped(db(), { ...input, orderNumber: "V-222222222" })).toEqual({
      status: "not_found",
    });
  });

  it("cancels a paid order with refund and credit note, audit-logged; never a shipped one", async () => {
    const customer = await newUser("Storno");
    const { order, orderNumber, invoice } = await newOrder({
      userId: customer.id,
      status: "paid",
    });

    const result = await cancelOrderAsStaff(db(), { orderNumber, staff, now }, { provider });
    expect(result).toMatchObject({ status: "cancelled", refundedCents: 2995 });
    expect(await statusOf(orderNumber)).toMatchObject({ status: "cancelled" });
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "refunded", refundedCents: 2995 });
    const notes = await db()
      .select()
      .from(creditNotes)
      .where(eq(creditNotes.invoiceId, invoice.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ amountCents: 2995, reason: "cancellation" });
    if (result.status === "cancelled") expect(result.creditNoteNumber).toBe(notes[0]!.number);
    const [entry] = await auditOf(orderNumber);
    expect(entry).toMatchObject({
      action: "order.cancelled",
      actorId: staff.id,
      subjectUserId: customer.id,
      details: { from: "paid", refundedCents: 2995, creditNoteNumber: notes[0]!.number },
    });

    expect(await cancelOrderAsStaff(db(), { orderNumber, staff, now }, { provider })).toEqual({
      status: "wrong_status",
      orderStatus: "cancelled",
    });

    const shipped = await newOrder({ userId: customer.id, status: "shipped" });
    expect(
      await cancelOrderAsStaff(
        db(),
        { orderNumber: shipped.orderNumber, staff, now },
        { provider },
      ),
    ).toEqual({ status: "wrong_status", orderStatus: "shipped" });
    expect(await auditOf(shipped.orderNumber)).toEqual([]);
  });

  it("cancels a guest's paid order too, with refund and credit note", async () => {
    const { order, orderNumber } = await newOrder({ userId: null, status: "paid" });
    const result = await cancelOrderAsStaff(db(), { orderNumber, staff, now }, { provider });
    expect(result).toMatchObject({ status: "cancelled", refundedCents: 2995 });
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "refunded" });
    const [entry] = await auditOf(orderNumber);
    expect(entry).toMatchObject({ action: "order.cancelled", subjectUserId: null });
  });

  it("leaves nothing behind when the provider refuses the refund", async () => {
    const customer = await newUser("Refused");
    const { order, orderNumber, invoice } = await newOrder({
      userId: customer.id,
      status: "paid",
    });
    const refusing: PaymentProvider = {
      ...provider,
      refund: async () => ({ status: "failed", reason: "test" }),
    };
    expect(
      await cancelOrderAsStaff(db(), { orderNumber, staff, now }, { provider: refusing }),
    ).toEqual({ status: "refund_failed" });
    expect(await statusOf(orderNumber)).toMatchObject({ status: "paid", cancelledAt: null });
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "captured", refundedCents: 0 });
    expect(
      await db().select().from(creditNotes).where(eq(creditNotes.invoiceId, invoice.id)),
    ).toEqual([]);
    expect(await auditOf(orderNumber)).toEqual([]);
  });
});

describe("what the admin sees of an order", () => {
  it("lists and details orders without personal data; revealing it writes the audit entry", async () => {
    const customer = await newUser("Privat");
    const { orderNumber, invoice } = await newOrder({ userId: customer.id, status: "paid" });

    const list = await listOrdersForAdmin(db(), { status: "paid", pageSize: 500 });
    const row = list.rows.find((r) => r.orderNumber === orderNumber);
    expect(row).toEqual({
      orderNumber,
      placedAt: expect.any(Date),
      status: "paid",
      totalCents: 2995,
      itemCount: 2,
    });
    expect(list.rows.every((r) => r.status === "paid")).toBe(true);
    const cancelledOnly = await listOrdersForAdmin(db(), { status: "cancelled", pageSize: 500 });
    expect(cancelledOnly.rows.some((r) => r.orderNumber === orderNumber)).toBe(false);

    const paged = await listOrdersForAdmin(db(), { page: 2, pageSize: 1 });
    expect(paged.rows).toHaveLength(1);
    expect(paged.page).toBe(2);
    const beyond = await listOrdersForAdmin(db(), { page: 10_000, pageSize: 1 });
    expect(beyond.page).toBe(beyond.pageCount);

    const detail = await getOrderForAdmin(db(), orderNumber);
    expect(detail).toMatchObject({
      orderNumber,
      status: "paid",
      hasAccount: true,
      invoice: { number: invoice.number, totalCents: 2995 },
      creditNotes: [],
      items: [{ sku: "TEST-1", quantity: 2 }],
      payments: [{ status: "captured", amountCents: 2995 }],
    });
    const serialized = JSON.stringify([row, detail]);
    expect(serialized).not.toContain("Erika");
    expect(serialized).not.toContain("@orders-admin.test");
    expect(serialized).not.toContain("Heidestraße");
    expect(await auditOf(orderNumber)).toEqual([]);

    const revealed = await revealOrderCustomer(db(), { orderNumber, staff, now });
    expect(revealed).toMatchObject({
      name: "Erika Mustermann",
      billingAddress: address,
      hasAccount: true,
    });
    expect(await auditOf(orderNumber)).toEqual([
      expect.objectContaining({
        action: "order.customer_data.viewed",
        actorId: staff.id,
        subjectUserId: customer.id,
      }),
    ]);
    expect(await revealOrderCustomer(db(), { orderNumber: "V-222222222", staff, now })).toBeNull();
  });
});
