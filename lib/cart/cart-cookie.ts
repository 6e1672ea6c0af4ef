import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { DAY_MS } from "@/lib/time/days";
import { CART_COOKIE } from "./cookie";
import { isUuid } from "./limits";

/** As long as an abandoned guest cart is kept (retention: 30 days after its last change). */
const MAX_AGE_SECONDS = (30 * DAY_MS) / 1000;

/** The guest cart id from the cookie, when it is well-formed (the database decides the rest). */
export async function readGuestCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return isUuid(value) ? value : null;
}

function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    maxAge,
    secure: env().APP_URL?.startsWith("https://") ?? false,
  };
}

/**
 * Strictly necessary (no consent asked, C6): it only finds the guest's cart. httpOnly so scripts
 * cannot read the key, SameSite=Lax against cross-site posts, Secure whenever the shop runs on https.
 */
export async function setGuestCartCookie(guestCartId: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, guestCartId, cookieOptions(MAX_AGE_SECONDS));
}

/** Expires the cookie with the attributes it was set with, so that every client drops it. */
export async function deleteGuestCartCookie(): Promise<void> {
  (await cookies()).set(CART_COOKIE, "", cookieOptions(0));
}
