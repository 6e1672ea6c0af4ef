import { createHmac, timingSafeEqual } from "node:crypto";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";

/**
 * Strictly necessary: lets the guest who has just ordered see that order's confirmation page and
 * download its invoice, and nobody else (there is no account to prove it). httpOnly, signed with
 * the app secret, holds only the order number and an expiry, and lives one hour.
 */
export const GUEST_ORDER_COOKIE = "vitrine_order";
export const GUEST_ORDER_TTL_SECONDS = 60 * 60;

function signature(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`guest-order:${payload}`).digest("base64url");
}

export function signGuestOrderToken(orderNumber: string, now: Date, secret: string): string {
  const expires = Math.floor(now.getTime() / 1000) + GUEST_ORDER_TTL_SECONDS;
  const payload = `${orderNumber}.${expires}`;
  return `${payload}.${signature(payload, secret)}`;
}

/** The order number the token proves, or null when it is forged, malformed or expired. */
export function verifyGuestOrderToken(
  token: string | undefined,
  now: Date,
  secret: string,
): string | null {
  if (!token) return null;
  const [orderNumber, expires, given] = token.split(".");
  if (!orderNumber || !expires || !given || !ORDER_NUMBER_PATTERN.test(orderNumber)) return null;
  if (!/^[0-9]{1,12}$/.test(expires)) return null;
  const expected = Buffer.from(signature(`${orderNumber}.${expires}`, secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  if (Number(expires) * 1000 <= now.getTime()) return null;
  return orderNumber;
}
