import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import {
  cartItems,
  carts,
  creditNotes,
  invoices,
  mailOutbox,
  offers,
  orderItems,
  orders,
  payments,
  productVariants,
  products,
  stockLevels,
  stores,
  users,
  type PostalAddress,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import type { CartOwner } from "@/lib/cart/types";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { getInvoice, getOrderDetail, listOrderVariants, listOrders } from "@/lib/orders/history";
import type { PaymentMethodInput } from "@/lib/payments/provider";
import { createTestPaymentProvider } from "@/lib/payments/test-provider";
import { computeTotals } from "@/lib/pricing/totals";
import { completeChallenge } from "./complete-challenge";
import { placeOrder, type PlaceOrderInput } from "./place-order";

let handle: DatabaseHandle;
const db = () => handle.db;
const provider = createTestPaymentProvider();
const deps = { provider, baseUrl: "https://shop.example" };
const now = new Date();
const nextYear = String((now.getUTCFullYear() + 2) % 100).padStart(2, "0");
const card = (number: string): PaymentMethodInput => ({
  kind: "card",
  card: { number, expiry: `12/${nextYear}`, cvc: "123" },
});
const VISA_OK = card("4242 4242 4242 4242");
const VISA_DECLINED = card("4000 0000 0000 0002");
const VISA_CHALLENGE = card("4000 0027 6000 3184");

const address: PostalAddress = {
  fullName: "Erika Mustermann",
  street: "Heidestraße 17",
  postalCode: "51147",
  city: "Köln",
  country: "DE",
};

let warehouseId: string;
let variants: { id: string; sku: string; priceCents: number; vatRate: number }[] = [];

function variant(i: number) {
  const v = variants[i];
  if (!v) throw new Error(`seeded variant ${i} missing`);
  return v;
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

async function stockOf(variantId: string) {
  const [row] = await db()
    .select({ quantity: stockLevels.quantity })
    .from(stockLevels)
    .where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.storeId, warehouseId)));
  return row?.quantity ?? 0;
}

async function newUser(name: string, verified = true) {
  const [user] = await db()
    .insert(users)
    .values({
      email: `${name.toLowerCase()}-${randomUUID()}@checkout.test`,
      name,
      emailVerifiedAt: verified ? now : null,
    })
    .returning({ id: users.id, email: users.email });
  return user!;
}

/** A cart of our own, as the cart module would have left it. */
async function newCart(
  userId: string | null,
  lines: { variantId: string; quantity: number }[],
): Promise<{ cartId: string; owner: CartOwner }> {
  const [cart] = await db()
    .insert(carts)
    .values({ userId, status: "active", createdAt: now, updatedAt: now })
    .returning({ id: carts.id });
  await db()
    .insert(cartItems)
    .values(lines.map((l) => ({ cartId: cart!.id, ...l, addedAt: now })));
  return { cartId: cart!.id, owner: userId ? { userId } : { guestCartId: cart!.id } };
}

function input(owner: CartOwner, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    owner,
    email: "erika@checkout.test",
    phone: null,
    locale: "de",
    personalization: false,
    shippingMethod: "standard",
    pickupStoreId: null,
    shippingAddress: address,
    billingAddress: address,
    payment: VISA_OK,
    idempotencyKey: randomUUID(),
    expectedTotalCents: null,
    now,
    ...overrides,
  };
}

async function ordersWithKey(key: string) {
  return db().select().from(orders).where(eq(orders.idempotencyKey, key));
}

async function cartStatus(cartId: string) {
  const [row] = await db().select({ status: carts.status }).from(carts).where(eq(carts.id, cartId));
  return row?.status;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const [warehouse] = await db()
    .select({ id: stores.id })
    .from(stores)
    .where(eq(stores.kind, "warehouse"));
  warehouseId = warehouse!.id;
  variants = await db()
    .select({
      id: productVariants.id,
      sku: productVariants.sku,
      priceCents: productVariants.priceCents,
      vatRate: products.vatRate,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(productVariants.active, true), eq(products.status, "active")))
    .orderBy(asc(productVariants.sku))
    .limit(8);
  expect(variants.length).toBe(8);
  for (const v of variants) await setStock(v.id, 20);
});

afterAll(async () => {
  await handle?.close();
});

describe("placeOrder", () => {
  it("writes order, items, payment, invoice and mail, takes the stock and closes the cart", async () => {
    const user = await newUser("Anna");
    const [a, b] = [variant(0), variant(1)];
    const { cartId, owner } = await newCart(user.id, [
      { variantId: a.id, quantity: 2 },
      { variantId: b.id, quantity: 1 },
    ]);
    const [seq] = await queryRows<{ last_value: string; is_called: boolean }>(
      db(),
      sql`select last_value, is_called from invoice_number_seq`,
    );
    const nextInvoiceNumber = Number(seq!.last_value) + (seq!.is_called ? 1 : 0);
    const expected = computeTotals({
      lines: [
        { key: "a", unitPriceCents: a.priceCents, quantity: 2, vatRate: a.vatRate },
        { key: "b", unitPriceCents: b.priceCents, quantity: 1, vatRate: b.vatRate },
      ],
      shippingMethod: "express",
    });

    const result = await placeOrder(
      db(),
      input(owner, {
        email: user.email,
        shippingMethod: "express",
        expectedTotalCents: expected.totalCents,
      }),
      deps,
    );

    expect(result).toMatchObject({ status: "placed", orderStatus: "paid", replayed: false });
    if (result.status !== "placed") throw new Error(result.status);
    const [order] = await db()
      .select()
      .from(orders)
      .where(eq(orders.orderNumber, result.orderNumber));
    expect(order).toMatchObject({
      userId: user.id,
      status: "paid",
      shippingMethod: "express",
      paymentMethod: "card",
      totalCents: expected.totalCents,
      subtotalCents: expected.subtotalCents,
      shippingCents: expected.shippingCents,
      vatLines: expected.vatLines,
    });
    expect(order!.orderNumber).toMatch(/^V-[2-9A-HJKMNP-Z]{9}$/);

    const items = await db().select().from(orderItems).where(eq(orderItems.orderId, order!.id));
    expect(items.map((i) => [i.sku, i.quantity, i.unitPriceCents]).sort()).toEqual(
      [
        [a.sku, 2, a.priceCents],
        [b.sku, 1, b.priceCents],
      ].sort(),
    );

    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order!.id));
    expect(payment).toMatchObject({
      provider: "test",
      status: "captured",
      amountCents: expected.totalCents,
      cardSummary: "Visa •••• 4242",
    });
    const stored = JSON.stringify({ order, items, payment });
    expect(stored).not.toContain("4242424242424242");
    expect(stored).not.toContain("4242 4242 4242 4242");

    const [invoice] = await db().select().from(invoices).where(eq(invoices.orderId, order!.id));
    expect(invoice!.number).toBe(nextInvoiceNumber);
    expect(invoice!.totalCents).toBe(expected.totalCents);
    expect(invoice!.snapshot.seller.vatId).toMatch(/^DE/);
    expect(invoice!.snapshot.buyer).toMatchObject({ name: address.fullName, email: user.email });
    expect(invoice!.snapshot.vatLines).toEqual(expected.vatLines);

    expect(await stockOf(a.id)).toBe(18);
    expect(await stockOf(b.id)).toBe(19);
    expect(await cartStatus(cartId)).toBe("ordered");

    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(
        and(eq(mailOutbox.toEmail, user.email), eq(mailOutbox.template, "order-confirmation")),
      );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(result.orderNumber);
    expect(mails[0]!.text).toContain("Muster-Widerrufsformular");
    expect(mails[0]!.text).toContain(`https://shop.example/account/orders/${result.orderNumber}`);
  });

  it("makes one order of the same idempotency key, sent twice or at once", async () => {
    const user = await newUser("Double");
    const { owner } = await newCart(user.id, [{ variantId: variant(2).id, quantity: 1 }]);
    const request = input(owner, { email: user.email });

    const first = await placeOrder(db(), request, deps);
    const again = await placeOrder(db(), request, deps);
    expect(first).toMatchObject({ status: "placed", replayed: false });
    expect(again).toMatchObject({ status: "placed", replayed: true });
    if (first.status !== "placed" || again.status !== "placed") throw new Error("not placed");
    expect(again.orderNumber).toBe(first.orderNumber);
    expect(await ordersWithKey(request.idempotencyKey)).toHaveLength(1);

    // A retry racing the first attempt: both answer with the one order.
    const racer = await newUser("Racer");
    const racing = await newCart(racer.id, [{ variantId: variant(2).id, quantity: 1 }]);
    const raceRequest = input(racing.owner, { email: racer.email });
    const results = await Promise.all([
      placeOrder(db(), raceRequest, deps),
      placeOrder(db(), raceRequest, deps),
    ]);
    const numbers = results.map((r) => (r.status === "placed" ? r.orderNumber : r.status));
    expect(numbers[0]).toBe(numbers[1]);
    expect(await ordersWithKey(raceRequest.idempotencyKey)).toHaveLength(1);

    // Someone else presenting the key learns nothing about the order.
    const other = await newUser("Other");
    const otherCart = await newCart(other.id, [{ variantId: variant(2).id, quantity: 1 }]);
    expect(
      await placeOrder(db(), { ...request, owner: otherCart.owner, email: other.email }, deps),
    ).toEqual({ status: "conflict" });
  });

  it("writes nothing when the card is declined: stock and cart stay as they were", async () => {
    const user = await newUser("Declined");
    const v = variant(3);
    const stockBefore = await stockOf(v.id);
    const { cartId, owner } = await newCart(user.id, [{ variantId: v.id, quantity: 3 }]);
    const [mailsBefore] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(mailOutbox);
    const request = input(owner, { email: user.email, payment: VISA_DECLINED });

    expect(await placeOrder(db(), request, deps)).toEqual({
      status: "declined",
      reason: "card_declined",
    });

    expect(await ordersWithKey(request.idempotencyKey)).toEqual([]);
    expect(await stockOf(v.id)).toBe(stockBefore);
    expect(await cartStatus(cartId)).toBe("active");
    const lines = await db().select().from(cartItems).where(eq(cartItems.cartId, cartId));
    expect(lines.map((l) => [l.variantId, l.quantity])).toEqual([[v.id, 3]]);
    const [mailsAfter] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(mailOutbox);
    expect(mailsAfter!.n).toBe(mailsBefore!.n);

    // The same key may then be used with a card that works.
    const retry = await placeOrder(db(), { ...request, payment: VISA_OK }, deps);
    expect(retry.status).toBe("placed");
  });

  it("refuses an empty cart, a changed total, a store that is not a store and missing stock", async () => {
    const user = await newUser("Refused");
    expect(await placeOrder(db(), input({ userId: user.id }), deps)).toEqual({
      status: "empty_cart",
    });
    const v = variant(4);
    const { cartId, owner } = await newCart(user.id, [{ variantId: v.id, quantity: 2 }]);
    expect(
      await placeOrder(db(), input(owner, { expectedTotalCents: v.priceCents * 2 - 1 }), deps),
    ).toMatchObject({ status: "price_changed" });
    expect(
      await placeOrder(
        db(),
        input(owner, {
          shippingMethod: "pickup",
          shippingAddress: null,
          pickupStoreId: warehouseId,
        }),
        deps,
      ),
    ).toEqual({ status: "invalid_pickup_store" });
    await setStock(v.id, 1);
    expect(await placeOrder(db(), input(owner), deps)).toMatchObject({
      status: "out_of_stock",
      lines: [{ variantId: v.id, sku: v.sku }],
    });
    expect(await stockOf(v.id)).toBe(1);
    expect(await cartStatus(cartId)).toBe("active");
    await setStock(v.id, 20);
  });

  it("applies the cart's voucher: discount per line, on the invoice, counted on the offer", async () => {
    const user = await newUser("Voucher");
    const code = `TEST${randomUUID().slice(0, 8).toUpperCase()}`;
    const [offer] = await db()
      .insert(offers)
      .values({
        slug: code.toLowerCase(),
        nameDe: "Zehn Prozent",
        nameEn: "Ten percent",
        kind: "percent",
        value: 10,
        voucherCode: code,
        target: "everyone",
        startsAt: new Date(now.getTime() - 86_400_000),
        endsAt: new Date(now.getTime() + 86_400_000),
        status: "active",
      })
      .returning();
    const [a, b] = [variant(0), variant(3)];
    const { cartId, owner } = await newCart(user.id, [
      { variantId: a.id, quantity: 1 },
      { variantId: b.id, quantity: 2 },
    ]);
    await db().update(carts).set({ voucherCode: code }).where(eq(carts.id, cartId));

    const result = await placeOrder(db(), input(owner, { email: user.email }), deps);
    if (result.status !== "placed") throw new Error(result.status);
    const [order] = await db()
      .select()
      .from(orders)
      .where(eq(orders.orderNumber, result.orderNumber));
    const subtotal = a.priceCents + 2 * b.priceCents;
    expect(order).toMatchObject({
      voucherCode: code,
      offerId: offer!.id,
      discountCents: Math.round(subtotal / 10),
    });
    const items = await db().select().from(orderItems).where(eq(orderItems.orderId, order!.id));
    expect(items.reduce((sum, i) => sum + i.discountCents, 0)).toBe(order!.discountCents);
    for (const item of items) {
      expect(item.totalCents).toBe(item.unitPriceCents * item.quantity - item.discountCents);
    }
    const [invoice] = await db().select().from(invoices).where(eq(invoices.orderId, order!.id));
    expect(invoice!.snapshot.discountCents).toBe(order!.discountCents);
    const [spent] = await db().select().from(offers).where(eq(offers.id, offer!.id));
    expect(spent!.spentCents).toBe(order!.discountCents);
  });

  it("sells the last unit once when two buyers check out at the same moment", async () => {
    const v = variant(5);
    await setStock(v.id, 1);
    const [buyerA, buyerB] = [await newUser("First"), await newUser("Second")];
    const cartA = await newCart(buyerA.id, [{ variantId: v.id, quantity: 1 }]);
    const cartB = await newCart(buyerB.id, [{ variantId: v.id, quantity: 1 }]);
    // On PostgreSQL a second pool makes the race real; PGlite runs one transaction at a time.
    const second: DatabaseHandle =
      handle.engine === "postgres"
        ? await openDatabase({ engine: "postgres", url: handle.url!, max: 2 })
        : handle;
    try {
      const requests: [Database, PlaceOrderInput][] = [
        [db(), input(cartA.owner, { email: buyerA.email })],
        [second.db, input(cartB.owner, { email: buyerB.email })],
      ];
      const results = await Promise.all(
        requests.map(([database, request]) => placeOrder(database, request, deps)),
      );
      expect(results.map((r) => r.status).sort()).toEqual(["out_of_stock", "placed"]);
      const keys = requests.map(([, request]) => request.idempotencyKey);
      const placed = await db().select().from(orders).where(inArray(orders.idempotencyKey, keys));
      expect(placed).toHaveLength(1);
      expect(await stockOf(v.id)).toBe(0);
      const loser = results.findIndex((r) => r.status === "out_of_stock");
      expect(await cartStatus([cartA, cartB][loser]!.cartId)).toBe("active");
    } finally {
      if (second !== handle) await second.close();
      await setStock(v.id, 20);
    }
  });
});

describe("payment challenge", () => {
  it("holds the stock until the challenge is confirmed, then issues invoice and mail", async () => {
    const user = await newUser("Challenge");
    const v = variant(6);
    const before = await stockOf(v.id);
    const { cartId, owner } = await newCart(user.id, [{ variantId: v.id, quantity: 2 }]);
    const result = await placeOrder(
      db(),
      input(owner, { email: user.email, payment: VISA_CHALLENGE }),
      deps,
    );
    if (result.status !== "requires_action") throw new Error(result.status);
    const [order] = await db()
      .select()
      .from(orders)
      .where(eq(orders.orderNumber, result.orderNumber));
    expect(order!.status).toBe("placed");
    expect(await stockOf(v.id)).toBe(before - 2);
    expect(await cartStatus(cartId)).toBe("ordered");
    expect(await db().select().from(invoices).where(eq(invoices.orderId, order!.id))).toEqual([]);

    const stranger = await newUser("Stranger");
    expect(
      await completeChallenge(
        db(),
        {
          challengeReference: result.challengeReference,
          decision: "confirm",
          access: { userId: stranger.id },
          now,
        },
        deps,
      ),
    ).toEqual({ status: "not_found" });

    const challenge = {
      challengeReference: result.challengeReference,
      decision: "confirm" as const,
      access: { userId: user.id },
      now,
    };
    expect(await completeChallenge(db(), challenge, deps)).toEqual({
      status: "paid",
      orderNumber: result.orderNumber,
    });
    expect(await completeChallenge(db(), challenge, deps)).toMatchObject({
      status: "already_completed",
      orderStatus: "paid",
    });
    const [paid] = await db().select().from(orders).where(eq(orders.id, order!.id));
    expect(paid!.status).toBe("paid");
    expect(await db().select().from(invoices).where(eq(invoices.orderId, order!.id))).toHaveLength(
      1,
    );
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order!.id));
    expect(payment!.status).toBe("captured");
    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(
        and(eq(mailOutbox.toEmail, user.email), eq(mailOutbox.template, "order-confirmation")),
      );
    expect(mails).toHaveLength(1);
  });

  it("cancels the order and returns the stock when the challenge fails", async () => {
    const v = variant(6);
    const before = await stockOf(v.id);
    const { owner } = await newCart(null, [{ variantId: v.id, quantity: 1 }]);
    const result = await placeOrder(
      db(),
      input(owner, { email: "guest-3ds@checkout.test", payment: VISA_CHALLENGE }),
      deps,
    );
    if (result.status !== "requires_action") throw new Error(result.status);
    expect(await stockOf(v.id)).toBe(before - 1);
    const failed = await completeChallenge(
      db(),
      {
        challengeReference: result.challengeReference,
        decision: "cancel",
        access: { guestOrderNumber: result.orderNumber },
        now,
      },
      deps,
    );
    expect(failed).toEqual({
      status: "failed",
      orderNumber: result.orderNumber,
      lines: [{ variantId: v.id, quantity: 1 }],
    });
    expect(await stockOf(v.id)).toBe(before);
    const [order] = await db()
      .select()
      .from(orders)
      .where(eq(orders.orderNumber, result.orderNumber));
    expect(order).toMatchObject({ status: "cancelled" });
    expect(order!.cancelledAt).not.toBeNull();
  });
});

describe("after the order", () => {
  it("cancels an order that has not shipped: stock back, refund, credit note, invoice unaltered", async () => {
    const user = await newUser("Cancel");
    const v = variant(7);
    const before = await stockOf(v.id);
    const { owner } = await newCart(user.id, [{ variantId: v.id, quantity: 2 }]);
    const placed = await placeOrder(db(), input(owner, { email: user.email }), deps);
    if (placed.status !== "placed") throw new Error(placed.status);
    const [order] = await db()
      .select()
      .from(orders)
      .where(eq(orders.orderNumber, placed.orderNumber));
    const [invoice] = await db().select().from(invoices).where(eq(invoices.orderId, order!.id));

    const other = await newUser("Intruder");
    expect(
      await cancelOrder(db(), { orderNumber: placed.orderNumber, userId: other.id, now }, deps),
    ).toEqual({ status: "not_found" });
    expect(await stockOf(v.id)).toBe(before - 2);

    const result = await cancelOrder(
      db(),
      { orderNumber: placed.orderNumber, userId: user.id, now },
      deps,
    );
    expect(result).toMatchObject({ status: "cancelled", refundedCents: order!.totalCents });
    expect(await stockOf(v.id)).toBe(before);
    const [cancelled] = await db().select().from(orders).where(eq(orders.id, order!.id));
    expect(cancelled).toMatchObject({ status: "cancelled" });
    expect(cancelled!.cancelledAt).not.toBeNull();
    const [payment] = await db().select().from(payments).where(eq(payments.orderId, order!.id));
    expect(payment).toMatchObject({ status: "refunded", refundedCents: order!.totalCents });
    const notes = await db()
      .select()
      .from(creditNotes)
      .where(eq(creditNotes.invoiceId, invoice!.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ amountCents: invoice!.totalCents, reason: "cancellation" });
    if (result.status === "cancelled") expect(result.creditNoteNumber).toBe(notes[0]!.number);
    const [unchanged] = await db().select().from(invoices).where(eq(invoices.id, invoice!.id));
    expect(unchanged).toEqual(invoice);

    expect(
      await cancelOrder(db(), { orderNumber: placed.orderNumber, userId: user.id, now }, deps),
    ).toEqual({ status: "not_cancellable", orderStatus: "cancelled" });
    const shipped = await newCart(user.id, [{ variantId: v.id, quantity: 1 }]);
    const second = await placeOrder(db(), input(shipped.owner, { email: user.email }), deps);
    if (second.status !== "placed") throw new Error(second.status);
    await db()
      .update(orders)
      .set({ status: "shipped", shippedAt: now })
      .where(eq(orders.orderNumber, second.orderNumber));
    expect(
      await cancelOrder(db(), { orderNumber: second.orderNumber, userId: user.id, now }, deps),
    ).toEqual({ status: "not_cancellable", orderStatus: "shipped" });
  });

  it("shows a customer only their own orders", async () => {
    const [owner, other] = [await newUser("Owner"), await newUser("Nosy")];
    const { owner: cartOwner } = await newCart(owner.id, [
      { variantId: variant(0).id, quantity: 1 },
    ]);
    const placed = await placeOrder(db(), input(cartOwner, { email: owner.email }), deps);
    if (placed.status !== "placed") throw new Error(placed.status);
    const orderNumber = placed.orderNumber;

    expect((await listOrders(db(), owner.id)).map((o) => o.orderNumber)).toEqual([orderNumber]);
    expect(
      await getOrderDetail(db(), { orderNumber, access: { userId: owner.id } }),
    ).not.toBeNull();
    expect(await listOrders(db(), other.id)).toEqual([]);
    expect(await listOrderVariants(db(), { orderNumber, userId: owner.id })).toEqual([
      { variantId: variant(0).id, quantity: 1 },
    ]);
    expect(await listOrderVariants(db(), { orderNumber, userId: other.id })).toEqual([]);
    expect(await getOrderDetail(db(), { orderNumber, access: { userId: other.id } })).toBeNull();
    expect(await getInvoice(db(), { orderNumber, access: { userId: other.id } })).toBeNull();
    // A guest confirmation cookie for this number does not open a customer's order either.
    expect(
      await getOrderDetail(db(), { orderNumber, access: { guestOrderNumber: orderNumber } }),
    ).toBeNull();
  });

  it("shows a guest order in an account made later with the same verified e-mail address", async () => {
    const email = `guest-${randomUUID()}@checkout.test`;
    const { owner } = await newCart(null, [{ variantId: variant(1).id, quantity: 1 }]);
    const placed = await placeOrder(
      db(),
      input(owner, { email, payment: { kind: "invoice" } }),
      deps,
    );
    if (placed.status !== "placed") throw new Error(placed.status);
    const { orderNumber } = placed;

    expect(
      await getOrderDetail(db(), { orderNumber, access: { guestOrderNumber: orderNumber } }),
    ).not.toBeNull();
    expect(
      await getInvoice(db(), { orderNumber, access: { guestOrderNumber: orderNumber } }),
    ).not.toBeNull();
    expect(
      await getOrderDetail(db(), { orderNumber, access: { guestOrderNumber: "V-ZZZZZZZZZ" } }),
    ).toBeNull();

    const [user] = await db()
      .insert(users)
      .values({ email: email.toUpperCase(), name: "Later" })
      .returning({ id: users.id });
    // Not before the address is verified: anyone can sign up with someone else's address.
    expect(await listOrders(db(), user!.id)).toEqual([]);
    expect(await getOrderDetail(db(), { orderNumber, access: { userId: user!.id } })).toBeNull();

    await db().update(users).set({ emailVerifiedAt: now }).where(eq(users.id, user!.id));
    expect((await listOrders(db(), user!.id)).map((o) => o.orderNumber)).toEqual([orderNumber]);
    expect(
      await getOrderDetail(db(), { orderNumber, access: { userId: user!.id } }),
    ).not.toBeNull();
    expect(await getInvoice(db(), { orderNumber, access: { userId: user!.id } })).not.toBeNull();
    expect(await cancelOrder(db(), { orderNumber, userId: user!.id, now }, deps)).toMatchObject({
      status: "cancelled",
    });
  });
});
