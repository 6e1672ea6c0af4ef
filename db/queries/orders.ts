import "server-only";
import { getDb } from "@/db/client";
import { listAddresses } from "@/lib/accounts/addresses";
import { getCartView } from "@/lib/cart/cart";
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
    getCartView(db, owner, new Date()),
    userId ? listAddresses(db, userId) : Promise.resolve([]),
    listPickupStores(db),
  ]);
  return { cart, addresses, stores };
}

export async function listOrdersForUser({ userId }: { userId: string }) {
  return listOrders(await getDb(), userId);
}

/** The order as the first of `access` that may see it shows it, or null. */
export async function getOrderForAccess({
  orderNumber,
  access,
}: {
  orderNumber: string;
  access: readonly OrderAccess[];
}) {
  const db = await getDb();
  for (const candidate of access) {
    const detail = await getOrderDetail(db, { orderNumber, access: candidate });
    if (detail) return detail;
  }
  return null;
}

export async function getInvoiceForAccess({
  orderNumber,
  access,
}: {
  orderNumber: string;
  access: readonly OrderAccess[];
}) {
  const db = await getDb();
  for (const candidate of access) {
    const invoice = await getInvoice(db, { orderNumber, access: candidate });
    if (invoice) return invoice;
  }
  return null;
}

export async function getChallengeForAccess({
  challengeReference,
  access,
}: {
  challengeReference: string;
  access: readonly OrderAccess[];
}) {
  const db = await getDb();
  for (const candidate of access) {
    const challenge = await getChallenge(db, { challengeReference, access: candidate });
    if (challenge) return challenge;
  }
  return null;
}
