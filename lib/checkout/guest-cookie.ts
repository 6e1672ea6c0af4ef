import "server-only";
import { cookies } from "next/headers";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { env } from "@/lib/env";
import type { OrderAccess } from "@/lib/orders/access";
import { loadSecrets } from "@/lib/server/secrets";
import {
  GUEST_ORDER_COOKIE,
  GUEST_ORDER_TTL_SECONDS,
  signGuestOrderToken,
  verifyGuestOrderToken,
} from "./guest-access";

/** Remembers, for one hour, that this browser placed this guest order (see guest-access.ts). */
export async function setGuestOrderCookie(orderNumber: string): Promise<void> {
  (await cookies()).set(
    GUEST_ORDER_COOKIE,
    signGuestOrderToken(orderNumber, new Date(), loadSecrets().authSecret),
    {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: GUEST_ORDER_TTL_SECONDS,
      secure: env().APP_URL?.startsWith("https://") ?? false,
    },
  );
}

export async function readGuestOrderNumber(): Promise<string | null> {
  const token = (await cookies()).get(GUEST_ORDER_COOKIE)?.value;
  return verifyGuestOrderToken(token, new Date(), loadSecrets().authSecret);
}

/**
 * Every way this request may see orders: as the signed-in customer, and as the guest who has just
 * ordered. Pages try them in turn; anything else sees nothing (404).
 */
export async function currentOrderAccess(): Promise<OrderAccess[]> {
  const [session, guestOrderNumber] = await Promise.all([
    currentUserOrNull(),
    readGuestOrderNumber(),
  ]);
  const access: OrderAccess[] = [];
  if (session) access.push({ userId: session.user.id });
  if (guestOrderNumber) access.push({ guestOrderNumber });
  return access;
}
