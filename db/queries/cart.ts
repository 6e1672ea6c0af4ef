import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cartItems, carts } from "@/db/schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Units in the active cart the cookie names (the cart id is the unguessable key). */
export async function getCartItemCount(cartId: string | undefined): Promise<number> {
  if (!cartId || !UUID.test(cartId)) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ count: sql<number>`coalesce(sum(${cartItems.quantity}), 0)::int` })
    .from(cartItems)
    .innerJoin(carts, eq(carts.id, cartItems.cartId))
    .where(and(eq(carts.id, cartId), eq(carts.status, "active")));
  return row?.count ?? 0;
}
