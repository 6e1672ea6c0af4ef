import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cartItems, carts } from "@/db/schema";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { getCartView } from "@/lib/cart/cart";
import { personalizationAllowed } from "@/lib/personalization/request";
import { isUuid } from "@/lib/cart/limits";
import type { CartOwner, CartView } from "@/lib/cart/types";

/** Units in the owner's active cart; a guest id finds only carts without a user. */
export async function getCartItemCountForOwner(owner: CartOwner | null): Promise<number> {
  if (!owner) return 0;
  const scope =
    "userId" in owner
      ? isUuid(owner.userId)
        ? eq(carts.userId, owner.userId)
        : null
      : isUuid(owner.guestCartId)
        ? and(eq(carts.id, owner.guestCartId), isNull(carts.userId))
        : null;
  if (!scope) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ count: sql<number>`coalesce(sum(${cartItems.quantity}), 0)::int` })
    .from(cartItems)
    .innerJoin(carts, eq(carts.id, cartItems.cartId))
    .where(and(scope, eq(carts.status, "active")));
  return Number(row?.count ?? 0);
}

/**
 * The header's count. The layout passes the cookie value; a signed-in customer's cart is found by
 * the session's user id instead (the cookie is deleted when the guest cart is merged at sign-in).
 */
export async function getCartItemCount(guestCartId: string | undefined): Promise<number> {
  const session = await currentUserOrNull();
  if (session) return getCartItemCountForOwner({ userId: session.user.id });
  return getCartItemCountForOwner(isUuid(guestCartId) ? { guestCartId } : null);
}

/** The cart page's data for the owner the caller resolved (lib/cart/current-owner). */
export async function getCartForOwner(owner: CartOwner | null, now: Date): Promise<CartView> {
  return getCartView(await getDb(), owner, now, await personalizationAllowed());
}
