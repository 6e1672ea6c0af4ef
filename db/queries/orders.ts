import "server-only";
import { getDb, type Database } from "@/db/client";
import { listAddresses } from "@/lib/accounts/addresses";
import { getCartView } from "@/lib/cart/cart";
import { personalizationAllowed } from "@/lib/personalization/request";
import type { CartOwner } from "@/lib/cart/types";
import { getChallenge } from "@/lib/checkout/complete-challenge";
import type { OrderAccess } from "@/lib/orders/access";
import { getInvoice, getOrderDetail, listOrders, listPickupStores } from "@/lib/orders/history";

/*
 * Reads of checkout and the order pages. Who is asking always comes from the session or the
 * signed guest cookie (lib/checkout/guest-cookie.ts), and goes into the WHERE (S5).
 */

/** What the checkout page shows: the cart at today's prices, saved addresses, pickup stores. */
export async function getCheckoutData({
  owner,
  userId,
}: {
  owner: CartOwner | null;
  userId: string | null;
}) {
  const db = await getDb();
  const [cart, addresses, stores] = await Promise.all([
    getCartView(db, owner, new Date(), await personalizationAllowed()),
    userId ? listAddresses(db, userId) : Promise.resolve([]),
    listPickupStores(db),
  ]);
  return { cart, addresses, stores };
}

export async function listOrdersForUser({ userId }: { userId: string }) {
  return listOrders(await getDb(), userId);
}

/** The first non-null answer of `read` over the ways the caller may see an order, or null. */
async function firstAccessible<T>(
  access: readonly OrderAccess[],
  read: (db: Database, candidate: OrderAccess) => Promise<T | null>,
): Promise<T | null> {
  const db = await getDb();
  for (const candidate of access) {
    const found = await read(db, candidate);
    if (found) return found;
  }
  return null;
}

/** The order as the first of `access` that may see it shows it, or null. */
export async function getOrderForAccess(input: {
  orderNumber: string;
  access: readonly OrderAccess[];
}) {
  return firstAccessible(input.access, (db, access) =>
    getOrderDetail(db, { orderNumber: input.orderNumber, access }),
  );
}

export async function getInvoiceForAccess(input: {
  orderNumber: string;
  access: readonly OrderAccess[];
}) {
  return firstAccessible(input.access, (db, access) =>
    getInvoice(db, { orderNumber: input.orderNumber, access }),
  );
}

export async function getChallengeForAccess(input: {
  challengeReference: string;
  access: readonly OrderAccess[];
}) {
  return firstAccessible(input.access, (db, access) =>
    getChallenge(db, { challengeReference: input.challengeReference, access }),
  );
}
