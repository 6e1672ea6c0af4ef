import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { cartItems, carts } from "@/db/schema";
import {
  activeCartForWriting,
  findActiveCart,
  getSellableVariant,
  listItems,
  listLineRows,
  onlineStock,
  touchCart,
} from "./cart-rows";
import { capLineQuantity, isUuid, type CapReason } from "./limits";
import type { CartLine, CartOwner, CartView } from "./types";
import { lookUpVoucher } from "./voucher";

/*
 * The cart use cases. Each takes the database explicitly, runs in one transaction, and finds the
 * cart only through its owner (S5): an item id from someone else's cart changes nothing.
 */

const EMPTY: CartView = { cartId: null, lines: [], voucher: null };

const userIdOf = (owner: CartOwner | null) => (owner && "userId" in owner ? owner.userId : null);

/** The owner's active cart, or null. */
export async function getActiveCartId(
  db: Database,
  owner: CartOwner | null,
): Promise<string | null> {
  return (await findActiveCart(db, owner))?.id ?? null;
}

/** The cart at today's prices and stock, with its voucher while that is still redeemable. */
export async function getCartView(
  db: Database,
  owner: CartOwner | null,
  now: Date,
  /** Whether personalization is allowed for the owner now: personal offers apply only then. */
  personalization: boolean,
): Promise<CartView> {
  if (!owner) return EMPTY;
  return db.transaction(async (tx) => {
    const cart = await findActiveCart(tx, owner);
    if (!cart) return EMPTY;
    const rows = await listLineRows(tx, cart.id);
    const stock = await onlineStock(
      tx,
      rows.map((r) => r.variantId),
    );
    const lines: CartLine[] = rows.map(({ image, sellable, ...row }) => ({
      ...row,
      imageUrl: image?.url ?? null,
      imageAltDe: image?.altDe ?? row.nameDe,
      imageAltEn: image?.altEn ?? row.nameEn,
      availableOnline: sellable ? (stock.get(row.variantId) ?? 0) : 0,
    }));
    let voucher: CartView["voucher"] = null;
    if (cart.voucherCode) {
      const found = await lookUpVoucher(tx, {
        code: cart.voucherCode,
        userId: cart.userId,
        now,
        personalization,
      });
      if (found.status === "valid") voucher = found.voucher;
    }
    return { cartId: cart.id, lines, voucher };
  });
}

export type AddToCartResult =
  | {
      status: "added";
      cartId: string;
      /** Set when a guest cart was made: the caller puts it into the cookie. */
      guestCartId: string | null;
      /** Units of this variant in the cart now, and how many of them this call added. */
      quantity: number;
      added: number;
      /** Why fewer units than asked for were added. */
      cappedBy: CapReason | null;
    }
  | { status: "unavailable" }
  | { status: "sold_out" }
  | { status: "limit_reached"; cappedBy: CapReason; quantity: number };

export async function addToCart(
  db: Database,
  input: { owner: CartOwner | null; variantId: string; quantity: number; now: Date },
): Promise<AddToCartResult> {
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    throw new RangeError("quantity must be a positive integer");
  return db.transaction(async (tx) => {
    const variant = await getSellableVariant(tx, input.variantId);
    if (!variant) return { status: "unavailable" } as const;
    const available = (await onlineStock(tx, [variant.id])).get(variant.id) ?? 0;
    const existing = await findActiveCart(tx, input.owner, { lock: true });
    const [line] = existing
      ? await tx
          .select({ id: cartItems.id, quantity: cartItems.quantity })
          .from(cartItems)
          .where(and(eq(cartItems.cartId, existing.id), eq(cartItems.variantId, variant.id)))
      : [];
    const current = line?.quantity ?? 0;
    const { quantity, cappedBy } = capLineQuantity({
      requested: current + input.quantity,
      current,
      available,
    });
    if (quantity <= current) {
      if (current === 0) return { status: "sold_out" } as const;
      return { status: "limit_reached", cappedBy: cappedBy ?? "stock", quantity: current } as const;
    }
    const target = existing
      ? { cart: existing, newGuestCartId: null }
      : await activeCartForWriting(tx, input.owner, input.now);
    if (!target) return { status: "unavailable" } as const;
    if (line) {
      await tx.update(cartItems).set({ quantity }).where(eq(cartItems.id, line.id));
    } else {
      await tx
        .insert(cartItems)
        .values({ cartId: target.cart.id, variantId: variant.id, quantity, addedAt: input.now });
    }
    await touchCart(tx, target.cart.id, input.now);
    return {
      status: "added",
      cartId: target.cart.id,
      guestCartId: target.newGuestCartId,
      quantity,
      added: quantity - current,
      cappedBy,
    } as const;
  });
}

export type SetQuantityResult =
  | { status: "updated"; quantity: number; cappedBy: CapReason | null }
  | { status: "removed" }
  | { status: "not_found" };

/** Sets a line's quantity (0 removes it); an increase is capped like adding. */
export async function setQuantity(
  db: Database,
  input: { owner: CartOwner | null; itemId: string; quantity: number; now: Date },
): Promise<SetQuantityResult> {
  if (!Number.isInteger(input.quantity) || input.quantity < 0)
    throw new RangeError("quantity must be a non-negative integer");
  if (input.quantity === 0) return removeItem(db, input);
  if (!isUuid(input.itemId)) return { status: "not_found" };
  return db.transaction(async (tx) => {
    const cart = await findActiveCart(tx, input.owner, { lock: true });
    if (!cart) return { status: "not_found" } as const;
    const [line] = await tx
      .select({ id: cartItems.id, variantId: cartItems.variantId, quantity: cartItems.quantity })
      .from(cartItems)
      .where(and(eq(cartItems.id, input.itemId), eq(cartItems.cartId, cart.id)));
    if (!line) return { status: "not_found" } as const;
    const sellable = await getSellableVariant(tx, line.variantId);
    const available = sellable
      ? ((await onlineStock(tx, [line.variantId])).get(line.variantId) ?? 0)
      : 0;
    const { quantity, cappedBy } = capLineQuantity({
      requested: input.quantity,
      current: line.quantity,
      available,
    });
    if (quantity !== line.quantity) {
      await tx.update(cartItems).set({ quantity }).where(eq(cartItems.id, line.id));
      await touchCart(tx, cart.id, input.now);
    }
    return { status: "updated", quantity, cappedBy } as const;
  });
}

export async function removeItem(
  db: Database,
  input: { owner: CartOwner | null; itemId: string; now: Date },
): Promise<{ status: "removed" } | { status: "not_found" }> {
  if (!isUuid(input.itemId)) return { status: "not_found" };
  return db.transaction(async (tx) => {
    const cart = await findActiveCart(tx, input.owner, { lock: true });
    if (!cart) return { status: "not_found" } as const;
    const removed = await tx
      .delete(cartItems)
      .where(and(eq(cartItems.id, input.itemId), eq(cartItems.cartId, cart.id)))
      .returning({ id: cartItems.id });
    if (removed.length === 0) return { status: "not_found" } as const;
    await touchCart(tx, cart.id, input.now);
    return { status: "removed" } as const;
  });
}

export type ApplyVoucherResult =
  "applied" | "unknown" | "expired" | "min_not_reached" | "empty_cart";

/** Applies a voucher to the owner's cart; the minimum counts the goods at today's prices. */
export async function applyVoucher(
  db: Database,
  input: { owner: CartOwner | null; code: string; now: Date; personalization: boolean },
): Promise<ApplyVoucherResult> {
  return db.transaction(async (tx) => {
    const cart = await findActiveCart(tx, input.owner, { lock: true });
    if (!cart) return "empty_cart" as const;
    const found = await lookUpVoucher(tx, {
      code: input.code,
      userId: userIdOf(input.owner),
      now: input.now,
      personalization: input.personalization,
    });
    if (found.status !== "valid") return found.status;
    const rows = await listLineRows(tx, cart.id);
    if (rows.length === 0) return "empty_cart" as const;
    const subtotal = rows.reduce((sum, r) => sum + r.unitPriceCents * r.quantity, 0);
    if (subtotal < found.offer.minOrderCents) return "min_not_reached" as const;
    await touchCart(tx, cart.id, input.now, { voucherCode: found.voucher.code });
    return "applied" as const;
  });
}

export async function removeVoucher(
  db: Database,
  input: { owner: CartOwner | null; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const cart = await findActiveCart(tx, input.owner, { lock: true });
    if (!cart || cart.voucherCode === null) return false;
    await touchCart(tx, cart.id, input.now, { voucherCode: null });
    return true;
  });
}

export type MergeResult =
  { status: "merged"; cartId: string | null; lines: number } | { status: "nothing" };

/**
 * At sign-in the guest's cart joins the account's: quantities are added and capped like adding,
 * the guest cart is marked "merged", and its voucher is kept when the account cart has none.
 */
export async function mergeGuestCartIntoAccount(
  db: Database,
  input: { guestCartId: string; userId: string; now: Date },
): Promise<MergeResult> {
  return db.transaction(async (tx) => {
    const guest = await findActiveCart(tx, { guestCartId: input.guestCartId }, { lock: true });
    if (!guest) return { status: "nothing" } as const;
    await touchCart(tx, guest.id, input.now, { status: "merged" });
    const guestItems = await listItems(tx, guest.id);
    if (guestItems.length === 0 && guest.voucherCode === null)
      return { status: "merged", cartId: null, lines: 0 } as const;
    const target = await activeCartForWriting(tx, { userId: input.userId }, input.now);
    if (!target) return { status: "nothing" } as const;
    const account = target.cart;
    const accountItems = new Map((await listItems(tx, account.id)).map((i) => [i.variantId, i]));
    const stock = await onlineStock(
      tx,
      guestItems.map((i) => i.variantId),
    );
    let lines = 0;
    for (const item of guestItems) {
      const sellable = await getSellableVariant(tx, item.variantId);
      if (!sellable) continue;
      const mine = accountItems.get(item.variantId);
      const current = mine?.quantity ?? 0;
      const { quantity } = capLineQuantity({
        requested: current + item.quantity,
        current,
        available: stock.get(item.variantId) ?? 0,
      });
      if (quantity <= current) continue;
      if (mine) await tx.update(cartItems).set({ quantity }).where(eq(cartItems.id, mine.id));
      else
        await tx
          .insert(cartItems)
          .values({ cartId: account.id, variantId: item.variantId, quantity, addedAt: input.now });
      lines++;
    }
    const voucherCode = account.voucherCode ?? guest.voucherCode;
    await touchCart(tx, account.id, input.now, { voucherCode });
    return { status: "merged", cartId: account.id, lines } as const;
  });
}

/** Called by checkout inside its order transaction: the cart is done and no longer active. */
export async function markCartOrdered(
  db: Database,
  input: { cartId: string; now: Date },
): Promise<boolean> {
  if (!isUuid(input.cartId)) return false;
  const updated = await db
    .update(carts)
    .set({ status: "ordered", updatedAt: input.now })
    .where(and(eq(carts.id, input.cartId), eq(carts.status, "active")))
    .returning({ id: carts.id });
  return updated.length > 0;
}
