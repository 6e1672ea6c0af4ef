import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { users, type Role } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { createSession } from "./sessions";

export type SignInOutcome =
  | { ok: true; userId: string; sessionId: string; role: Role }
  | { ok: false; reason: "invalid" | "rate_limited" | "unverified"; retryAfterSeconds?: number };

let dummyHash: Promise<string> | undefined;
/** Verifying against this when there is no account keeps both answers equally slow (S2). */
function timingDummy(): Promise<string> {
  dummyHash ??= hashPassword("vitrine-timing-equalizer-not-a-password");
  return dummyHash;
}

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user ?? null;
}

/**
 * Checks e-mail and password and opens a new session. The answer for an unknown account and for a
 * wrong password is the same, takes about as long, and counts against the same limits (S2).
 */
export async function authenticate(
  db: Database,
  input: {
    email: string;
    password: string;
    ip: string;
    userAgent: string | null;
    now: Date;
    secret: string;
    limits: { account: RateLimitRule; ip: RateLimitRule };
  },
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const [byAccount, byIp] = await Promise.all([
    consumeRateLimit(db, {
      scope: "sign-in:account",
      identifier: email,
      rule: input.limits.account,
      now: input.now,
      secret: input.secret,
    }),
    consumeRateLimit(db, {
      scope: "sign-in:ip",
      identifier: input.ip,
      rule: input.limits.ip,
      now: input.now,
      secret: input.secret,
    }),
  ]);
  if (!byAccount.allowed || !byIp.allowed) {
    return {
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: Math.max(
        byAccount.allowed ? 0 : byAccount.retryAfterSeconds,
        byIp.allowed ? 0 : byIp.retryAfterSeconds,
      ),
    };
  }
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(user?.passwordHash ?? (await timingDummy()), input.password);
  if (!user || !user.passwordHash || !valid) return { ok: false, reason: "invalid" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "unverified" };
  const sessionId = await createSession(db, {
    userId: user.id,
    userAgent: input.userAgent,
    now: input.now,
  });
  await db.update(users).set({ lastSignInAt: input.now }).where(eq(users.id, user.id));
  return { ok: true, userId: user.id, sessionId, role: user.role };
}
