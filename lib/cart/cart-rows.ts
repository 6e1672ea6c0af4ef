import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  cartItems,
  carts,
  productImages,
  productVariants,
  products,
  stockLevels,
  stores,
  users,
} from "@/db/schema";
import { isUuid } from "./limits";
import type { CartOwner } from "./types";

/*
 * The reads and writes the cart use cases share. Every cart is found through its owner: a
 * customer's by the user id, a guest's by the id from the cookie and only while it has no user
 * (a cookie naming an account cart finds nothing).
 */

export type CartRow = { id: string; userId: string | null; voucherCode: string | null };

export async function findActiveCart(
  db: Database,
  owner: CartOwner | null,
  options: { lock?: boolean } = {},
): Promise<CartRow | null> {
  if (!owner) return null;
  let where;
  if ("userId" in owner) {
    if (!isUuid(owner.userId)) return null;
    where = and(eq(carts.userId, owner.userId), eq(carts.status, "active"));
  } else {
    if (!isUuid(owner.guestCartId)) return null;
    where = and(eq(carts.id, owner.guestCartId), isNull(carts.userId), eq(carts.status, "active"));
  }
  const query = db
    .select({ id: carts.id, userId: carts.userId, voucherCode: carts.voucherCode })
    .from(carts)
    .where(where)
    .orderBy(desc(carts.updatedAt))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/**
 * The owner's active cart, locked, made when there is none: a guest without a (live) cart gets a
 * new one, whose id the caller puts into the cookie. A customer's user row is locked before a cart
 * is made, so that two requests at once cannot give one customer two carts.
 */
export async function activeCartForWriting(
  db: Database,
  owner: CartOwner | null,
  now: Date,
): Promise<{ cart: CartRow; newGuestCartId: string | null } | null> {
  const existing = await findActiveCart(db, owner, { lock: true });
  if (existing) return { cart: existing, newGuestCartId: null };
  if (owner && "userId" in owner) {
    if (!isUuid(owner.userId)) return null;
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, owner.userId))
      .for("no key update");
    if (!user) return null;
    const again = await findActiveCart(db, owner, { lock: true });
    if (again) return { cart: again, newGuestCartId: null };
  }
  const userId = owner && "userId" in owner ? owner.userId : null;
  const [created] = await db
    .insert(carts)
    .values({ userId, status: "active", createdAt: now, updatedAt: now })
    .returning({ id: carts.id, userId: carts.userId, voucherCode: carts.voucherCode });
  if (!created) throw new Error("cart not created");
  return { cart: created, newGuestCartId: userId === null ? created.id : null };
}

/** The retention of abandoned guest carts counts from `updated_at` (30 days), so every change touches it. */
export async function touchCart(
  db: Database,
  cartId: string,
  now: Date,
  changes: { voucherCode?: string | null; status?: "merged" | "ordered" } = {},
): Promise<void> {
  await db
    .update(carts)
    .set({ updatedAt: now, ...changes })
    .where(eq(carts.id, cartId));
}

/** Units on hand in the online warehouse (stores of kind "warehouse"), per variant. */
export async function onlineStock(
  db: Database,
  variantIds: readonly string[],
): Promise<Map<string, number>> {
  if (variantIds.length === 0) return new Map();
  const rows = await db
    .select({
      variantId: stockLevels.variantId,
      quantity: sql<number>`coalesce(sum(${stockLevels.quantity}), 0)::int`,
    })
    .from(stockLevels)
    .innerJoin(stores, eq(stores.id, stockLevels.storeId))
    .where(and(inArray(stockLevels.variantId, [...variantIds]), eq(stores.kind, "warehouse")))
    .groupBy(stockLevels.variantId);
  return new Map(rows.map((r) => [r.variantId, Number(r.quantity)]));
}

/** A variant that can be bought: active, of an active product. */
export async function getSellableVariant(db: Database, variantId: string) {
  if (!isUuid(variantId)) return null;
  const [row] = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(
        eq(productVariants.id, variantId),
        eq(productVariants.active, true),
        eq(products.status, "active"),
      ),
    )
    .limit(1);
  return row ?? null;
}

export type ItemRow = { id: string; variantId: string; quantity: number };

export async function listItems(db: Database, cartId: string): Promise<ItemRow[]> {
  return db
    .select({ id: cartItems.id, variantId: cartItems.variantId, quantity: cartItems.quantity })
    .from(cartItems)
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id));
}

/** The lines of a cart with product data at today's prices, in the order they were added. */
export async function listLineRows(db: Database, cartId: string) {
  const rows = await db
    .select({
      itemId: cartItems.id,
      variantId: cartItems.variantId,
      quantity: cartItems.quantity,
      productId: products.id,
      slug: products.slug,
      nameDe: products.nameDe,
      nameEn: products.nameEn,
      sku: productVariants.sku,
      size: productVariants.size,
      colour: productVariants.colour,
      unitPriceCents: productVariants.priceCents,
      vatRate: products.vatRate,
      unitKind: products.unitKind,
      unitContent: products.unitContent,
      sellable: sql<boolean>`(${productVariants.active} and ${products.status} = 'active')`,
    })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id));
  const productIds = [...new Set(rows.map((r) => r.productId))];
  const images =
    productIds.length === 0
      ? []
      : await db
          .select({
            productId: productImages.productId,
            url: productImages.url,
            altDe: productImages.altDe,
            altEn: productImages.altEn,
          })
          .from(productImages)
          .where(inArray(productImages.productId, productIds))
          .orderBy(asc(productImages.productId), asc(productImages.position));
  const firstImage = new Map<string, (typeof images)[number]>();
  for (const image of images)
    if (!firstImage.has(image.productId)) firstImage.set(image.productId, image);
  return rows.map((row) => ({ ...row, image: firstImage.get(row.productId) ?? null }));
}
