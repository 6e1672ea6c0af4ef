/**
 * Re-authentication before sensitive privacy actions (R2, R4): the person at the keyboard proves
 * again that they know the password, and the session remembers when (sessions.reauthenticated_at).
 * A stolen or forgotten-open session alone then cannot download everything we hold.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { sessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";

/** How long a confirmation counts. */
export const REAUTH_WINDOW_MS = 10 * 60_000;

/**
 * Like sign-in per account (S2). The scope is the one the account pages use for their password
 * checks, so that guesses count together wherever the current password is asked.
 */
export const REAUTH_LIMIT: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };
const REAUTH_SCOPE = "reauth:account";

export type ConfirmPasswordResult =
  | { ok: true; reauthenticatedAt: Date }
  | { ok: false; reason: "wrong_password" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;
/** Checking against this when the account has no password keeps the answer as slow as a real one. */
function timingDummy(): Promise<string> {
  dummyHash ??= hashPassword("vitrine-reauth-timing-equalizer-not-a-password");
  return dummyHash;
}

/**
 * Verifies the account's password and marks the session as re-authenticated now. Only the user's
 * own, active session is marked; anything else is answered as a wrong password.
 */
export async function confirmPassword(
  db: Database,
  input: {
    sessionId: string;
    userId: string;
    password: string;
    now: Date;
    /** The server's secret for the rate-limit keys (lib/server/secrets.ts). */
    secret: string;
    rule?: RateLimitRule;
  },
): Promise<ConfirmPasswordResult> {
  const limited = await consumeRateLimit(db, {
    scope: REAUTH_SCOPE,
    identifier: input.userId,
    rule: input.rule ?? REAUTH_LIMIT,
    now: input.now,
    secret: input.secret,
  });
  if (!limited.allowed)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, input.userId))
    .limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? (await timingDummy()), input.password);
  if (!user?.passwordHash || !valid) return { ok: false, reason: "wrong_password" };
  const marked = await db
    .update(sessions)
    .set({ reauthenticatedAt: input.now })
    .where(
      and(
        eq(sessions.id, input.sessionId),
        eq(sessions.userId, input.userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, input.now),
      ),
    )
    .returning({ id: sessions.id });
  if (marked.length === 0) return { ok: false, reason: "wrong_password" };
  return { ok: true, reauthenticatedAt: input.now };
}

/** Whether the password was confirmed in this session within the last 10 minutes. */
export function hasRecentReauth(
  session: { reauthenticatedAt: Date | null } | null | undefined,
  now: Date,
): boolean {
  const at = session?.reauthenticatedAt;
  if (!at) return false;
  const age = now.getTime() - at.getTime();
  // A time ahead of the clock (skew between instances) counts only within a minute.
  return age <= REAUTH_WINDOW_MS && age >= -60_000;
}

/** When the password was last confirmed in the user's own active session (null when never). */
export async function getReauthenticatedAt(
  db: Database,
  input: { sessionId: string; userId: string; now: Date },
): Promise<Date | null> {
  const [row] = await db
    .select({ reauthenticatedAt: sessions.reauthenticatedAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.id, input.sessionId),
        eq(sessions.userId, input.userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, input.now),
      ),
    )
    .limit(1);
  return row?.reauthenticatedAt ?? null;
}

/** The session's re-authentication, read and checked: for pages and route handlers. */
export async function isRecentlyReauthenticated(
  db: Database,
  input: { sessionId: string; userId: string; now: Date },
): Promise<boolean> {
  return hasRecentReauth({ reauthenticatedAt: await getReauthenticatedAt(db, input) }, input.now);
}
