import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { mailOutbox, recoveryCodes, sessions, staffMfa, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { hashPassword } from "@/lib/auth/password-hash";
import { hashRecoveryCode } from "@/lib/auth/recovery-codes";
import { currentTotp, generateTotpSecret } from "@/lib/auth/totp";
import { authenticate } from "./authenticate";
import { registerCustomer, requestPasswordReset } from "./registration";
import { completeSecondFactor } from "./second-factor";
import { getActiveSession, revokeAllSessions } from "./sessions";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const SECRET = "test-secret-for-rate-limit-keys-0123456789";
const LIMITS = {
  account: { limit: 5, windowSeconds: 900 },
  ip: { limit: 1000, windowSeconds: 900 },
};
const PASSWORD = "Lange-Nacht-im-Museum-42";

async function makeUser(email: string, role: "customer" | "admin" = "customer") {
  const [user] = await handle.db
    .insert(users)
    .values({
      email,
      name: "Test Person",
      passwordHash: await hashPassword(PASSWORD),
      role,
      emailVerifiedAt: new Date(),
    })
    .returning();
  return user!;
}

const attempt = (email: string, password: string, now = new Date(), ip = "203.0.113.7") =>
  authenticate(handle.db, {
    email,
    password,
    ip,
    userAgent: "test",
    now,
    secret: SECRET,
    limits: LIMITS,
  });

describe("sign-in", () => {
  it("opens a new session for the right password, and a different one each time (rotation)", async () => {
    const user = await makeUser("rotation@kunden.example");
    const first = await attempt("Rotation@Kunden.example", PASSWORD);
    const second = await attempt("rotation@kunden.example", PASSWORD);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.sessionId).not.toBe(second.sessionId);
    expect(first.userId).toBe(user.id);
  });

  it("answers an unknown account exactly like a wrong password (no enumeration)", async () => {
    await makeUser("known@kunden.example");
    const wrong = await attempt("known@kunden.example", "not-the-password-at-all");
    const unknown = await attempt("nobody-here@kunden.example", "not-the-password-at-all");
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses further attempts for an account after five, even with the right password, and for unknown accounts too", async () => {
    await makeUser("limited@kunden.example");
    const now = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < 5; i++)
      expect(await attempt("limited@kunden.example", "wrong-wrong-wrong", now)).toMatchObject({
        reason: "invalid",
      });
    expect(await attempt("limited@kunden.example", PASSWORD, now)).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    for (let i = 0; i < 5; i++) await attempt("ghost@kunden.example", "wrong-wrong-wrong", now);
    expect(await attempt("ghost@kunden.example", "wrong-wrong-wrong", now)).toMatchObject({
      reason: "rate_limited",
    });
    // The window ends: the owner can sign in again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await attempt("limited@kunden.example", PASSWORD, later)).toMatchObject({ ok: true });
  });

  it("limits per IP across accounts", async () => {
    const tight = { account: LIMITS.account, ip: { limit: 3, windowSeconds: 900 } };
    const now = new Date("2026-11-28T11:00:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) {
      results.push(
        await authenticate(handle.db, {
          email: `spray${i}@kunden.example`,
          password: "x".repeat(12),
          ip: "198.51.100.9",
          userAgent: null,
          now,
          secret: SECRET,
          limits: tight,
        }),
      );
    }
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "rate_limited",
    ]);
  });

  it("ends every session at once and a revoked session is no longer active", async () => {
    const user = await makeUser("everywhere@kunden.example");
    const a = await attempt(user.email, PASSWORD);
    const b = await attempt(user.email, PASSWORD);
    if (!a.ok || !b.ok) throw new Error("sign-in failed");
    const now = new Date();
    expect(await getActiveSession(handle.db, a.sessionId, now)).not.toBeNull();
    expect(await revokeAllSessions(handle.db, { userId: user.id, now })).toBe(2);
    expect(await getActiveSession(handle.db, a.sessionId, now)).toBeNull();
    expect(await getActiveSession(handle.db, b.sessionId, now)).toBeNull();
  });
});

describe("sign-up and reset without enumeration", () => {
  it("sends a verification mail to a new address and a notice to an existing one, with the same outcome", async () => {
    const base = {
      password: PASSWORD,
      locale: "de" as const,
      now: new Date(),
      baseUrl: "http://shop.test",
    };
    await registerCustomer(handle.db, {
      ...base,
      name: "Neu Kunde",
      email: "brand-new@kunden.example",
    });
    const existing = await makeUser("taken@kunden.example");
    await expect(
      registerCustomer(handle.db, { ...base, name: "Someone Else", email: "TAKEN@kunden.example" }),
    ).resolves.toBeUndefined();
    const mails = await handle.db
      .select({ to: mailOutbox.toEmail, template: mailOutbox.template, text: mailOutbox.text })
      .from(mailOutbox)
      .where(sql`${mailOutbox.toEmail} in ('brand-new@kunden.example', 'taken@kunden.example')`);
    expect(mails.map((m) => [m.to, m.template]).sort()).toEqual([
      ["brand-new@kunden.example", "verify-email"],
      ["taken@kunden.example", "sign-up-existing"],
    ]);
    expect(mails.find((m) => m.template === "verify-email")?.text).toContain(
      "http://shop.test/verify-email?token=",
    );
    const [unchanged] = await handle.db.select().from(users).where(eq(users.id, existing.id));
    expect(unchanged?.name).toBe("Test Person");
    const [created] = await handle.db
      .select()
      .from(users)
      .where(eq(users.email, "brand-new@kunden.example"));
    expect(created?.emailVerifiedAt).toBeNull();
    expect(created?.confirmedAdultAt).not.toBeNull();
  });

  it("mails a reset link only when the account exists, and answers the same", async () => {
    await makeUser("reset-me@kunden.example");
    const now = new Date();
    await requestPasswordReset(handle.db, {
      email: "reset-me@kunden.example",
      now,
      baseUrl: "http://shop.test",
    });
    await requestPasswordReset(handle.db, {
      email: "no-such-person@kunden.example",
      now,
      baseUrl: "http://shop.test",
    });
    const mails = await handle.db
      .select({ to: mailOutbox.toEmail })
      .from(mailOutbox)
      .where(eq(mailOutbox.template, "reset-password"));
    expect(mails.map((m) => m.to)).toContain("reset-me@kunden.example");
    expect(mails.map((m) => m.to)).not.toContain("no-such-person@kunden.example");
  });
});

describe("staff second factor", () => {
  it("accepts a TOTP code once, refuses its replay, and accepts a recovery code only once", async () => {
    const staff = await makeUser("staff-2fa@vitrine.example", "admin");
    const secret = generateTotpSecret();
    await handle.db
      .insert(staffMfa)
      .values({ userId: staff.id, totpSecret: secret, enabledAt: new Date() });
    await handle.db
      .insert(recoveryCodes)
      .values({ userId: staff.id, codeHash: hashRecoveryCode("ABCD-EFGH-JKMN") });
    const signIn = await attempt(staff.email, PASSWORD);
    if (!signIn.ok) throw new Error("sign-in failed");
    const now = new Date();
    const code = currentTotp(secret, now);
    const input = { userId: staff.id, sessionId: signIn.sessionId, now };
    expect(await completeSecondFactor(handle.db, { ...input, code })).toBe("ok");
    expect(await completeSecondFactor(handle.db, { ...input, code })).toBe("invalid");
    expect((await getActiveSession(handle.db, signIn.sessionId, now))?.secondFactorDone).toBe(true);
    expect(await completeSecondFactor(handle.db, { ...input, code: "abcd efgh jkmn" })).toBe("ok");
    expect(await completeSecondFactor(handle.db, { ...input, code: "ABCD-EFGH-JKMN" })).toBe(
      "invalid",
    );
    const [used] = await handle.db
      .select()
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, staff.id)));
    expect(used?.usedAt).not.toBeNull();
    const open = await handle.db.select().from(sessions).where(eq(sessions.userId, staff.id));
    expect(open).toHaveLength(1);
  });
});
