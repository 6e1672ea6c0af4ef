import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { orders, users } from "@/db/schema";

/**
 * Who may see an order (S5): the customer it belongs to, or the guest who has just placed it
 * (proved by the signed, short-lived confirmation cookie; see lib/checkout/guest-access.ts).
 */
export type OrderAccess = { userId: string } | { guestOrderNumber: string };

/**
 * A customer's orders: their own, and the guest orders placed with their e-mail address once they
 * have verified that address. Orders kept only for accounting after an erasure (restricted_at)
 * never come back into an account.
 */
export function ordersOfUser(userId: string): SQL {
  const verifiedEmail = sql`(select lower(${users.email}) from ${users} where ${users.id} = ${userId} and ${users.emailVerifiedAt} is not null)`;
  return or(
    eq(orders.userId, userId),
    and(
      isNull(orders.userId),
      isNull(orders.restrictedAt),
      sql`lower(${orders.email}) = ${verifiedEmail}`,
    ),
  )!;
}

/** The orders `access` may see: a guest only the one guest order their cookie names. */
export function ordersVisibleTo(access: OrderAccess): SQL {
  if ("userId" in access) return ordersOfUser(access.userId);
  return and(
    eq(orders.orderNumber, access.guestOrderNumber),
    isNull(orders.userId),
    isNull(orders.restrictedAt),
  )!;
}

/** The WHERE for one order as `access` may see it. */
export function orderVisibleTo(orderNumber: string, access: OrderAccess): SQL {
  return and(eq(orders.orderNumber, orderNumber), ordersVisibleTo(access))!;
}
