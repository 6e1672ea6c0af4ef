import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { recoveryCodes, staffMfa } from "@/db/schema";
import { hashRecoveryCode, generateRecoveryCodes } from "@/lib/auth/recovery-codes";
import { generateTotpSecret, verifyTotp } from "@/lib/auth/totp";
import { markSecondFactorDone } from "./sessions";

/**
 * The staff second factor (S4): a TOTP code, each time step usable once (the last used step is
 * stored with a guarded update, so a replay fails even when two requests race), or a one-time
 * recovery code.
 */
export async function completeSecondFactor(
  db: Database,
  input: { userId: string; sessionId: string; code: string; now: Date },
): Promise<"ok" | "invalid"> {
  return db.transaction(async (tx) => {
    const compact = input.code.replace(/\s+/g, "");
    if (/^\d{6}$/.test(compact)) {
      const [mfa] = await tx
        .select()
        .from(staffMfa)
        .where(eq(staffMfa.userId, input.userId))
        .limit(1);
      if (!mfa) return "invalid";
      const result = verifyTotp({
        secret: mfa.totpSecret,
        code: compact,
        now: input.now,
        lastUsedStep: mfa.lastUsedStep,
      });
      if (!result.ok) return "invalid";
      const claimed = await tx
        .update(staffMfa)
        .set({ lastUsedStep: result.step })
        .where(
          and(
            eq(staffMfa.userId, input.userId),
            or(isNull(staffMfa.lastUsedStep), lt(staffMfa.lastUsedStep, result.step)),
          ),
        )
        .returning({ userId: staffMfa.userId });
      if (claimed.length === 0) return "invalid";
    } else {
      const used = await tx
        .update(recoveryCodes)
        .set({ usedAt: input.now })
        .where(
          and(
            eq(recoveryCodes.userId, input.userId),
            eq(recoveryCodes.codeHash, hashRecoveryCode(input.code)),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ id: recoveryCodes.id });
      if (used.length === 0) return "invalid";
    }
    await markSecondFactorDone(tx, { sessionId: input.sessionId, now: input.now });
    return "ok";
  });
}

/** Sets up a new second factor: a TOTP secret and ten recovery codes, shown once to their owner. */
export async function enrollSecondFactor(
  db: Database,
  input: { userId: string; now: Date },
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = generateTotpSecret();
  const codes = generateRecoveryCodes(10);
  await db.transaction(async (tx) => {
    await tx
      .insert(staffMfa)
      .values({
        userId: input.userId,
        totpSecret: secret,
        enabledAt: input.now,
        createdAt: input.now,
      })
      .onConflictDoUpdate({
        target: staffMfa.userId,
        set: { totpSecret: secret, lastUsedStep: null, enabledAt: input.now },
      });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId));
    await tx.insert(recoveryCodes).values(
      codes.map((code) => ({
        userId: input.userId,
        codeHash: hashRecoveryCode(code),
        createdAt: input.now,
      })),
    );
  });
  return { secret, recoveryCodes: codes };
}
