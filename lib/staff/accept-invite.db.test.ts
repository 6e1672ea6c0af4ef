import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { auditLog, mailOutbox, recoveryCodes, staffMfa, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { findUserByEmail } from "@/lib/accounts/authenticate";
import { completeSecondFactor } from "@/lib/accounts/second-factor";
import { createSession } from "@/lib/accounts/sessions";
import { verifyPassword } from "@/lib/auth/password-hash";
import { hashRecoveryCode } from "@/lib/auth/recovery-codes";
import { currentTotp } from "@/lib/auth/totp";
import { acceptStaffInvite, findStaffInvite } from "./accept-invite";
import { inviteStaff, type StaffActor } from "./invite";

let handle: DatabaseHandle;
let admin: StaffActor;
beforeAll(async () => {
  handle = await createTestDatabase();
  const row = await findUserByEmail(handle.db, "admin@example.com");
  admin = { id: row!.id, role: row!.role, name: row!.name };
});
afterAll(async () => {
  await handle?.close();
});

const NOW = new Date("2026-11-28T10:00:00Z");
const LATER = new Date(NOW.getTime() + 3600_000);
const PASSWORD = "Vier Koffer voller Quittungen";

/** Invites someone and returns the token from the mailed link, as the invitee would get it. */
async function invite(email: string, now = NOW) {
  const result = await inviteStaff(handle.db, {
    actor: admin,
    name: "Jonas Berg",
    email,
    role: "marketer",
    locale: "de",
    now,
    baseUrl: "http://localhost:3000",
  });
  if (result.status !== "invited") throw new Error("invite failed");
  const [mail] = await handle.db
    .select({ text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.userId, result.userId));
  const token = mail!.text.match(/\/admin\/accept-invite\?token=([\w-]+)/)![1]!;
  return { userId: result.userId, token };
}

describe("accepting a staff invitation", () => {
  it("sets the password, verifies the address, sets up the second factor, and works once", async () => {
    const { db } = handle;
    const { userId, token } = await invite("jonas.berg@example.com");

    // Looking at the link changes nothing.
    expect(await findStaffInvite(db, token, LATER)).toMatchObject({
      userId,
      email: "jonas.berg@example.com",
      role: "marketer",
    });
    expect(await findStaffInvite(db, token, LATER)).not.toBeNull();

    const result = await acceptStaffInvite(db, { token, password: PASSWORD, now: LATER });
    expect(result.status).toBe("accepted");
    if (result.status !== "accepted") return;
    expect(result.recoveryCodes).toHaveLength(10);
    expect(new Set(result.recoveryCodes).size).toBe(10);
    expect(result.otpauthUri).toMatch(/^otpauth:\/\/totp\/Vitrine:jonas\.berg%40example\.com\?/);
    expect(result.otpauthUri).toContain(`secret=${result.secret}`);

    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerifiedAt).toEqual(LATER);
    expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(true);

    const [mfa] = await db.select().from(staffMfa).where(eq(staffMfa.userId, userId));
    expect(mfa).toMatchObject({ totpSecret: result.secret, enabledAt: LATER, lastUsedStep: null });
    // Recovery codes are stored only as hashes.
    const codes = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    expect(codes.map((c) => c.codeHash).sort()).toEqual(
      result.recoveryCodes.map(hashRecoveryCode).sort(),
    );
    expect(codes.some((c) => result.recoveryCodes.includes(c.codeHash))).toBe(false);

    // The secret works with the sign-in's second step.
    const sessionId = await createSession(db, { userId, userAgent: null, now: LATER });
    expect(
      await completeSecondFactor(db, {
        userId,
        sessionId,
        code: currentTotp(result.secret, LATER),
        now: LATER,
      }),
    ).toBe("ok");

    const accepted = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, userId), eq(auditLog.action, "staff.invite_accepted")));
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ actorId: userId, actorRole: "marketer" });

    // The link cannot be used a second time, and the second attempt changes nothing.
    expect(await findStaffInvite(db, token, LATER)).toBeNull();
    expect(
      await acceptStaffInvite(db, { token, password: "Ein ganz anderes Passwort 42", now: LATER }),
    ).toEqual({ status: "invalid_token" });
    const [after] = await db.select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(after!.passwordHash!, PASSWORD)).toBe(true);
    const [mfaAfter] = await db.select().from(staffMfa).where(eq(staffMfa.userId, userId));
    expect(mfaAfter!.totpSecret).toBe(result.secret);
  });

  it("refuses a weak password and keeps the link usable", async () => {
    const { db } = handle;
    const { userId, token } = await invite("lena.weiss@example.com");
    expect(await acceptStaffInvite(db, { token, password: "kurz", now: LATER })).toEqual({
      status: "weak_password",
      reason: "too_short",
    });
    expect(
      await acceptStaffInvite(db, { token, password: "lena.weiss-2026-geheim", now: LATER }),
    ).toEqual({ status: "weak_password", reason: "contains_personal" });
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.passwordHash).toBeNull();
    expect(user!.emailVerifiedAt).toBeNull();
    expect(await db.select().from(staffMfa).where(eq(staffMfa.userId, userId))).toEqual([]);
    expect(await findStaffInvite(db, token, LATER)).not.toBeNull();
  });

  it("refuses an expired or unknown link", async () => {
    const { db } = handle;
    const { userId, token } = await invite("max.alt@example.com");
    const eightDaysLater = new Date(NOW.getTime() + 8 * 24 * 3600_000);
    expect(await findStaffInvite(db, token, eightDaysLater)).toBeNull();
    expect(await acceptStaffInvite(db, { token, password: PASSWORD, now: eightDaysLater })).toEqual(
      { status: "invalid_token" },
    );
    expect(
      await acceptStaffInvite(db, { token: "x".repeat(43), password: PASSWORD, now: LATER }),
    ).toEqual({ status: "invalid_token" });
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.passwordHash).toBeNull();
  });
});
