import "server-only";
import { getDb } from "@/db/client";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { mergeGuestCartIntoAccount } from "./cart";
import { deleteGuestCartCookie, readGuestCartId } from "./cart-cookie";
import type { CartOwner } from "./types";

/**
 * Whose cart this request may see: the signed-in customer's (the user id comes only from the
 * session), else the guest cart named by the httpOnly cookie, else nobody's. Staff who have not
 * given their second factor count as guests.
 */
export async function currentCartOwner(): Promise<CartOwner | null> {
  const session = await currentUserOrNull();
  if (session) return { userId: session.user.id };
  const guestCartId = await readGuestCartId();
  return guestCartId ? { guestCartId } : null;
}

/**
 * After a successful sign-in: the guest cart of this browser joins the account's cart and the
 * cookie goes. A failure here must not undo the sign-in; the guest cart then simply stays a guest
 * cart until it expires.
 */
export async function mergeGuestCartAfterSignIn(userId: string): Promise<void> {
  const guestCartId = await readGuestCartId();
  if (!guestCartId) return;
  try {
    await mergeGuestCartIntoAccount(await getDb(), { guestCartId, userId, now: new Date() });
    await deleteGuestCartCookie();
  } catch (error) {
    console.error("[cart] merging the guest cart at sign-in failed", error);
  }
}
