import "server-only";
import { getDb } from "@/db/client";
import { getAddress, listAddresses } from "@/lib/accounts/addresses";
import { getPendingEmailChange, getProfile } from "@/lib/accounts/profile";
import { listSessionsForUser as listActiveSessions } from "@/lib/accounts/sessions";
import { findValidToken } from "@/lib/auth/tokens";

/** Reads of the account pages; `userId` always comes from the session (requireUser). */

export async function getProfileForUser({ userId }: { userId: string }) {
  return getProfile(await getDb(), userId);
}

export async function getPendingEmailChangeForUser({ userId }: { userId: string }) {
  return getPendingEmailChange(await getDb(), { userId, now: new Date() });
}

export async function listAddressesForUser({ userId }: { userId: string }) {
  return listAddresses(await getDb(), userId);
}

export async function getAddressForUser({
  userId,
  addressId,
}: {
  userId: string;
  addressId: string;
}) {
  return getAddress(await getDb(), { userId, addressId });
}

export async function listSessionsForUser({ userId }: { userId: string }) {
  return listActiveSessions(await getDb(), userId, new Date());
}

/** The new address an unused change link would confirm, or null; reading it spends nothing (S6). */
export async function getEmailChangeForToken(token: string) {
  const row = await findValidToken(await getDb(), token, "change_email", new Date());
  return row?.email ? { email: row.email } : null;
}
