import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { verificationTokens } from "@/db/schema";

export type TokenPurpose = (typeof verificationTokens.$inferSelect)["purpose"];

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 3600_000,
  change_email: 24 * 3600_000,
  reset_password: 3600_000,
  staff_invite: 7 * 24 * 3600_000,
  guest_privacy: 3600_000,
  newsletter_confirm: 48 * 3600_000,
};

/** Only the hash of a one-time token is stored; the token itself travels in the mailed link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createToken(
  db: Database,
  input: { purpose: TokenPurpose; userId?: string | null; email?: string | null; now: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(verificationTokens).values({
    purpose: input.purpose,
    userId: input.userId ?? null,
    email: input.email ?? null,
    tokenHash: hashToken(token),
    expiresAt: new Date(input.now.getTime() + TOKEN_TTL_MS[input.purpose]),
    createdAt: input.now,
  });
  return token;
}

const validToken = (token: string, purpose: TokenPurpose, now: Date) =>
  and(
    eq(verificationTokens.tokenHash, hashToken(token)),
    eq(verificationTokens.purpose, purpose),
    isNull(verificationTokens.usedAt),
    gt(verificationTokens.expiresAt, now),
  );

/** Whether a token can still be used, without using it (for the page that shows the form). */
export async function findValidToken(
  db: Database,
  token: string,
  purpose: TokenPurpose,
  now: Date,
) {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select()
    .from(verificationTokens)
    .where(validToken(token, purpose, now))
    .limit(1);
  return row ?? null;
}

/** Uses a token once: a second use, an expired or a wrong token gives null. Atomic across instances. */
export async function consumeToken(db: Database, token: string, purpose: TokenPurpose, now: Date) {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .update(verificationTokens)
    .set({ usedAt: now })
    .where(validToken(token, purpose, now))
    .returning();
  return row ?? null;
}
