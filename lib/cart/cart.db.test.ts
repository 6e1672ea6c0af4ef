import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  cartItems,
  carts,
  offerAssignments,
  offers,
  productVariants,
  products,
  stockLevels,
  stores,
  users,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { computeTotals } from "@/lib/pricing/totals";
import {
  addToCart,
  applyVoucher,
  getActiveCartId,
  getCartView,
  markCartOrdered,
  mergeGuestCartIntoAccount,
  removeItem,
  removeVoucher,
  setQuantity,
} from "./cart";
import { MAX_PER_LINE } from "./limits";
import type { CartOwner } from "./types";

let handle: DatabaseHandle;
const db = () => handle.db;
const now = new Date();
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

/** Seeded variants whose online stock each test sets itself. */
let variants: { id: string; priceCents: number; vatRate: number }[] = [];
let cheap: { id: string; priceCents: number };
let warehouseId: string;

async function setStock(variantId: string, quantity: number) {
  await db()
    .insert(stockLevels)
    .values({ variantId, storeId: warehouseId, quantity })
    .onConflictDoUpdate({
      target: [stockLevels.variantId, stockLevels.storeId],
      set: { quantity },
    });
}

async function newUser(name: string) {
  const [user] = await db()
    .insert(users)
    .values({ email: `${name.toLowerCase()}-${randomUUID()}@cart.test`, name })
    .returning({ id: users.id });
  return user!.id;
}

function variant(i: number) {
  const v = variants[i];
  if (!v) throw new Error(`seeded variant ${i} missing`);
  return v;
}

async function add(owner: CartOwner | null, variantId: string, quantity = 1, at = now) {
  const result = await addToCart(db(), { owner, variantId, quantity, now: at });
  if (result.status !== "added") throw new Error(`not added: ${result.status}`);
  return result;
}

async function newGuestCart(variantId: string, quantity = 1) {
  const result = await add(null, variantId, quantity);
  expect(result.guestCartId).toBe(result.cartId);
  return { guestCartId: result.guestCartId! };
}

async function cartRow(cartId: string) {
  const [row] = await db().select().from(carts).where(eq(carts.id, cartId));
  return row!;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const [warehouse] = await db()
    .select({ id: stores.id })
    .from(stores)
    .where(eq(stores.kind, "warehouse"))
    .limit(1);
  warehouseId = warehouse!.id;
  variants = await db()
    .select({
      id: productVariants.id,
      priceCents: productVariants.priceCents,
      vatRate: products.vatRate,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(
        eq(productVariants.active, true),
        eq(products.status, "active"),
        gte(productVariants.priceCents, 2000),
      ),
    )
    .orderBy(asc(productVariants.sku))
    .limit(8);
  const [cheapVariant] = await db()
    .select({ id: productVariants.id, priceCents: productVariants.priceCents })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(
        eq(productVariants.active, true),
        eq(products.status, "active"),
        gte(productVariants.priceCents, 100),
        lt(productVariants.priceCents, 1000),
      ),
    )
    .orderBy(asc(productVariants.sku))
    .limit(1);
  cheap = cheapVariant!;
  expect(variants).toHaveLength(8);
  for (const v of [...variants, cheap]) await setStock(v.id, 50);
});

afterAll(async () => {
  await handle?.close();
});

describe("adding, changing and removing", () => {
  it("makes a guest cart on the first add and shows the line at today's price", async () => {
    const first = await addToCart(db(), {
      owner: null,
      variantId: variant(0).id,
      quantity: 2,
      now,
    });
    expect(first).toMatchObject({ status: "added", quantity: 2, added: 2, cappedBy: null });
    if (first.status !== "added") return;
    expect(first.guestCartId).toBe(first.cartId);
    const owner = { guestCartId: first.guestCartId! };
    const second = await add(owner, variant(0).id, 1, later(1));
    expect(second).toMatchObject({ cartId: first.cartId, guestCartId: null, quantity: 3 });
    expect((await cartRow(first.cartId)).updatedAt).toEqual(later(1));

    const view = await getCartView(db(), owner, now, false);
    expect(view.cartId).toBe(first.cartId);
    expect(view.lines).toHaveLength(1);
    expect(view.lines[0]).toMatchObject({
      variantId: variant(0).id,
      quantity: 3,
      unitPriceCents: variant(0).priceCents,
      vatRate: variant(0).vatRate,
      availableOnline: 50,
    });
    expect(view.lines[0]!.imageUrl).toBeTruthy();
    expect(view.voucher).toBeNull();
  });

  it("sets quantities, removes at zero and removes on request", async () => {
    const owner = await newGuestCart(variant(1).id);
    await add(owner, variant(2).id, 2);
    const view = await getCartView(db(), owner, now, false);
    const [a, b] = view.lines;
    expect(
      await setQuantity(db(), { owner, itemId: a!.itemId, quantity: 4, now: later(2) }),
    ).toEqual({ status: "updated", quantity: 4, cappedBy: null });
    expect((await cartRow(view.cartId!)).updatedAt).toEqual(later(2));
    expect(
      await setQuantity(db(), { owner, itemId: a!.itemId, quantity: 0, now: later(3) }),
    ).toEqual({ status: "removed" });
    expect(await removeItem(db(), { owner, itemId: b!.itemId, now: later(4) })).toEqual({
      status: "removed",
    });
    expect(await removeItem(db(), { owner, itemId: b!.itemId, now: later(5) })).toEqual({
      status: "not_found",
    });
    expect((await getCartView(db(), owner, now, false)).lines).toEqual([]);
    expect((await cartRow(view.cartId!)).updatedAt).toEqual(later(4));
  });

  it("refuses inactive variants and unknown ids", async () => {
    const [inactive] = await db()
      .insert(productVariants)
      .values({
        productId: (await db().select({ id: products.id }).from(products).limit(1))[0]!.id,
        sku: `INACTIVE-${randomUUID()}`,
        priceCents: 1000,
        active: false,
      })
      .returning({ id: productVariants.id });
    await setStock(inactive!.id, 10);
    const before = await db().select({ id: carts.id }).from(carts);
    expect(
      await addToCart(db(), { owner: null, variantId: inactive!.id, quantity: 1, now }),
    ).toEqual({ status: "unavailable" });
    expect(
      await addToCart(db(), { owner: null, variantId: randomUUID(), quantity: 1, now }),
    ).toEqual({ status: "unavailable" });
    expect(
      await addToCart(db(), { owner: null, variantId: "not-a-uuid", quantity: 1, now }),
    ).toEqual({ status: "unavailable" });
    expect(await db().select({ id: carts.id }).from(carts)).toHaveLength(before.length);
  });
});

describe("stock and line limits", () => {
  it("caps at the online stock with a clear result", async () => {
    await setStock(variant(3).id, 3);
    const owner = await newGuestCart(variant(3).id, 2);
    expect(
      await addToCart(db(), { owner, variantId: variant(3).id, quantity: 5, now }),
    ).toMatchObject({ status: "added", quantity: 3, added: 1, cappedBy: "stock" });
    expect(await addToCart(db(), { owner, variantId: variant(3).id, quantity: 1, now })).toEqual({
      status: "limit_reached",
      cappedBy: "stock",
      quantity: 3,
    });
    const [line] = (await getCartView(db(), owner, now, false)).lines;
    expect(await setQuantity(db(), { owner, itemId: line!.itemId, quantity: 7, now })).toEqual({
      status: "updated",
      quantity: 3,
      cappedBy: "stock",
    });
  });

  it(`caps at ${MAX_PER_LINE} per line`, async () => {
    const owner = await newGuestCart(variant(4).id, 8);
    expect(
      await addToCart(db(), { owner, variantId: variant(4).id, quantity: 5, now }),
    ).toMatchObject({ status: "added", quantity: MAX_PER_LINE, added: 2, cappedBy: "line_limit" });
    expect(await addToCart(db(), { owner, variantId: variant(4).id, quantity: 1, now })).toEqual({
      status: "limit_reached",
      cappedBy: "line_limit",
      quantity: MAX_PER_LINE,
    });
  });

  it("answers sold out without making a cart, and warns when the stock fell below the cart", async () => {
    await setStock(variant(5).id, 0);
    const before = await db().select({ id: carts.id }).from(carts);
    expect(
      await addToCart(db(), { owner: null, variantId: variant(5).id, quantity: 1, now }),
    ).toEqual({ status: "sold_out" });
    expect(await db().select({ id: carts.id }).from(carts)).toHaveLength(before.length);

    const owner = await newGuestCart(variant(6).id, 4);
    await setStock(variant(6).id, 2);
    const [line] = (await getCartView(db(), owner, now, false)).lines;
    expect(line).toMatchObject({ quantity: 4, availableOnline: 2 });
    // A decrease is always allowed, even when it still exceeds the stock.
    expect(await setQuantity(db(), { owner, itemId: line!.itemId, quantity: 3, now })).toEqual({
      status: "updated",
      quantity: 3,
      cappedBy: null,
    });
    await setStock(variant(6).id, 50);
  });
});

describe("owner isolation", () => {
  it("never lets a guest cart id read or change a customer's cart", async () => {
    const anna = await newUser("Anna");
    const added = await add({ userId: anna }, variant(0).id, 2);
    expect(added.guestCartId).toBeNull();
    const annaView = await getCartView(db(), { userId: anna }, now, false);
    const itemId = annaView.lines[0]!.itemId;
    const spoofed = { guestCartId: added.cartId };

    expect(await getCartView(db(), spoofed, now, false)).toEqual({
      cartId: null,
      lines: [],
      voucher: null,
    });
    expect(await getActiveCartId(db(), spoofed)).toBeNull();
    expect(await setQuantity(db(), { owner: spoofed, itemId, quantity: 9, now })).toEqual({
      status: "not_found",
    });
    expect(await removeItem(db(), { owner: spoofed, itemId, now })).toEqual({
      status: "not_found",
    });
    expect(
      await applyVoucher(db(), { owner: spoofed, code: "VERSANDFREI", now, personalization: true }),
    ).toBe("empty_cart");
    const intoSpoofed = await add(spoofed, variant(1).id);
    expect(intoSpoofed.cartId).not.toBe(added.cartId);
    expect(intoSpoofed.guestCartId).toBe(intoSpoofed.cartId);
    expect(
      await mergeGuestCartIntoAccount(db(), {
        guestCartId: added.cartId,
        userId: await newUser("Mallory"),
        now,
      }),
    ).toEqual({ status: "nothing" });

    const after = await getCartView(db(), { userId: anna }, now, false);
    expect(after.lines.map((l) => [l.variantId, l.quantity])).toEqual([[variant(0).id, 2]]);
    expect((await cartRow(added.cartId)).status).toBe("active");
  });

  it("never lets customer B change customer A's items", async () => {
    const a = await newUser("Alex");
    const b = await newUser("Bea");
    await add({ userId: a }, variant(1).id, 1);
    await add({ userId: b }, variant(2).id, 1);
    const itemId = (await getCartView(db(), { userId: a }, now, false)).lines[0]!.itemId;
    const owner = { userId: b };
    expect(await setQuantity(db(), { owner, itemId, quantity: 5, now })).toEqual({
      status: "not_found",
    });
    expect(await setQuantity(db(), { owner, itemId, quantity: 0, now })).toEqual({
      status: "not_found",
    });
    expect(await removeItem(db(), { owner, itemId, now })).toEqual({ status: "not_found" });
    const aView = await getCartView(db(), { userId: a }, now, false);
    expect(aView.lines.map((l) => l.quantity)).toEqual([1]);
    const bView = await getCartView(db(), owner, now, false);
    expect(bView.lines.map((l) => l.variantId)).toEqual([variant(2).id]);
  });
});

describe("vouchers", () => {
  it("answers unknown for a code nobody issued", async () => {
    const owner = await newGuestCart(variant(0).id);
    expect(
      await applyVoucher(db(), { owner, code: "GIBTESNICHT", now, personalization: true }),
    ).toBe("unknown");
  });

  it("refuses a voucher below its minimum order value", async () => {
    const owner = await newGuestCart(cheap.id, 1);
    expect(cheap.priceCents).toBeLessThan(2000);
    expect(
      await applyVoucher(db(), { owner, code: "WILLKOMMEN10", now, personalization: true }),
    ).toBe("min_not_reached");
    expect((await getCartView(db(), owner, now, false)).voucher).toBeNull();
  });

  it("applies a code in any letter case and shows its discount in the view", async () => {
    const owner = await newGuestCart(variant(0).id, 1);
    const cartId = (await getActiveCartId(db(), owner))!;
    expect(
      await applyVoucher(db(), {
        owner,
        code: "  willkommen10 ",
        now: later(7),
        personalization: false,
      }),
    ).toBe("applied");
    expect(await cartRow(cartId)).toMatchObject({
      voucherCode: "WILLKOMMEN10",
      updatedAt: later(7),
    });
    const view = await getCartView(db(), owner, now, false);
    expect(view.voucher).toMatchObject({
      code: "WILLKOMMEN10",
      discount: { kind: "percent", value: 10, minOrderCents: 2000 },
    });
    expect(await removeVoucher(db(), { owner, now })).toBe(true);
    expect((await getCartView(db(), owner, now, false)).voucher).toBeNull();
    expect(await removeVoucher(db(), { owner, now })).toBe(false);
  });

  it("answers expired after the end date or when the budget is spent, and drops it from the view", async () => {
    const owner = await newGuestCart(variant(1).id, 1);
    expect(
      await applyVoucher(db(), { owner, code: "VERSANDFREI", now, personalization: true }),
    ).toBe("applied");
    const nextYear = new Date(now.getTime() + 400 * 24 * 3600 * 1000);
    expect((await getCartView(db(), owner, nextYear, false)).voucher).toBeNull();
    expect(
      await applyVoucher(db(), {
        owner,
        code: "VERSANDFREI",
        now: nextYear,
        personalization: false,
      }),
    ).toBe("expired");
    const code = `LEER${randomUUID().slice(0, 8)}`.toUpperCase();
    await db()
      .insert(offers)
      .values({
        slug: code.toLowerCase(),
        nameDe: "Leer",
        nameEn: "Spent",
        kind: "fixed",
        value: 500,
        voucherCode: code,
        target: "everyone",
        startsAt: new Date(now.getTime() - 3600_000),
        endsAt: new Date(now.getTime() + 3600_000),
        budgetCents: 1000,
        spentCents: 1000,
        status: "active",
      });
    expect(await applyVoucher(db(), { owner, code, now, personalization: true })).toBe("expired");
  });

  it("keeps personal vouchers to the customers they were given to", async () => {
    const code = `NUR${randomUUID().slice(0, 8)}`.toUpperCase();
    const [offer] = await db()
      .insert(offers)
      .values({
        slug: code.toLowerCase(),
        nameDe: "Nur für Sie",
        nameEn: "Just for you",
        kind: "fixed",
        value: 500,
        voucherCode: code,
        target: "personal",
        startsAt: new Date(now.getTime() - 3600_000),
        endsAt: new Date(now.getTime() + 3600_000),
        status: "active",
      })
      .returning({ id: offers.id });
    const holder = await newUser("Holder");
    await db().insert(offerAssignments).values({ offerId: offer!.id, userId: holder });
    const other = await newUser("Other");
    await add({ userId: holder }, variant(0).id);
    await add({ userId: other }, variant(0).id);
    const guest = await newGuestCart(variant(0).id);
    expect(await applyVoucher(db(), { owner: guest, code, now, personalization: true })).toBe(
      "unknown",
    );
    expect(
      await applyVoucher(db(), { owner: { userId: other }, code, now, personalization: true }),
    ).toBe("unknown");
    expect(
      await applyVoucher(db(), { owner: { userId: holder }, code, now, personalization: true }),
    ).toBe("applied");
    // Without personalization allowed (no consent, level off, objection) it is not redeemable (P1).
    expect(
      await applyVoucher(db(), { owner: { userId: holder }, code, now, personalization: false }),
    ).toBe("unknown");
  });
});

describe("merging at sign-in", () => {
  it("adds the guest's quantities to the account cart, capped by stock, and carries the voucher", async () => {
    const user = await newUser("Merle");
    await setStock(variant(7).id, 4);
    await add({ userId: user }, variant(7).id, 3);
    const guest = await newGuestCart(variant(7).id, 3);
    await add(guest, variant(2).id, 2);
    expect(
      await applyVoucher(db(), { owner: guest, code: "VERSANDFREI", now, personalization: true }),
    ).toBe("applied");

    const result = await mergeGuestCartIntoAccount(db(), {
      guestCartId: guest.guestCartId,
      userId: user,
      now: later(9),
    });
    expect(result).toMatchObject({ status: "merged", lines: 2 });

    const view = await getCartView(db(), { userId: user }, now, false);
    expect(Object.fromEntries(view.lines.map((l) => [l.variantId, l.quantity]))).toEqual({
      [variant(7).id]: 4,
      [variant(2).id]: 2,
    });
    expect(view.voucher?.code).toBe("VERSANDFREI");
    expect(await cartRow(guest.guestCartId)).toMatchObject({
      status: "merged",
      updatedAt: later(9),
    });
    expect(await getActiveCartId(db(), guest)).toBeNull();
    expect((await getCartView(db(), guest, now, false)).lines).toEqual([]);
    await setStock(variant(7).id, 50);
  });

  it("keeps the account's own voucher, and makes an account cart when there is none", async () => {
    const user = await newUser("Konrad");
    await add({ userId: user }, variant(0).id, 1);
    expect(
      await applyVoucher(db(), {
        owner: { userId: user },
        code: "WILLKOMMEN10",
        now,
        personalization: true,
      }),
    ).toBe("applied");
    const guest = await newGuestCart(variant(1).id, 1);
    expect(
      await applyVoucher(db(), { owner: guest, code: "VERSANDFREI", now, personalization: true }),
    ).toBe("applied");
    await mergeGuestCartIntoAccount(db(), { guestCartId: guest.guestCartId, userId: user, now });
    expect((await getCartView(db(), { userId: user }, now, false)).voucher?.code).toBe(
      "WILLKOMMEN10",
    );

    const fresh = await newUser("Frieda");
    const other = await newGuestCart(variant(3).id, 1);
    const merged = await mergeGuestCartIntoAccount(db(), {
      guestCartId: other.guestCartId,
      userId: fresh,
      now,
    });
    expect(merged).toMatchObject({ status: "merged", lines: 1 });
    const accountCarts = await db()
      .select({ id: carts.id })
      .from(carts)
      .where(eq(carts.userId, fresh));
    expect(accountCarts).toHaveLength(1);
  });
});

describe("the view's totals and ordering", () => {
  it("gives computeTotals the view's lines and voucher", async () => {
    const owner = await newGuestCart(variant(0).id, 2);
    await add(owner, variant(1).id, 1);
    await add(owner, cheap.id, 3);
    expect(
      await applyVoucher(db(), { owner, code: "WILLKOMMEN10", now, personalization: true }),
    ).toBe("applied");
    const view = await getCartView(db(), owner, now, false);
    const totals = computeTotals({
      lines: view.lines.map((l) => ({
        key: l.itemId,
        unitPriceCents: l.unitPriceCents,
        quantity: l.quantity,
        vatRate: l.vatRate,
      })),
      shippingMethod: "standard",
      discount: view.voucher!.discount,
    });
    const subtotal = 2 * variant(0).priceCents + variant(1).priceCents + 3 * cheap.priceCents;
    expect(totals.subtotalCents).toBe(subtotal);
    expect(totals.discountCents).toBe(Math.round(subtotal / 10));
    expect(totals.discountApplied).toBe(true);
    const { cartTotals } = await import("./cart-totals");
    expect(cartTotals(view)).toEqual(totals);
  });

  it("marks an ordered cart so that it is no longer the active one", async () => {
    const user = await newUser("Olga");
    const { cartId } = await add({ userId: user }, variant(0).id);
    expect(await markCartOrdered(db(), { cartId, now: later(11) })).toBe(true);
    expect(await markCartOrdered(db(), { cartId, now: later(12) })).toBe(false);
    expect(await cartRow(cartId)).toMatchObject({ status: "ordered", updatedAt: later(11) });
    expect(await getActiveCartId(db(), { userId: user })).toBeNull();
    const next = await add({ userId: user }, variant(1).id);
    expect(next.cartId).not.toBe(cartId);
    const items = await db()
      .select({ id: cartItems.id })
      .from(cartItems)
      .where(inArray(cartItems.cartId, [cartId]));
    expect(items).toHaveLength(1);
  });
});
