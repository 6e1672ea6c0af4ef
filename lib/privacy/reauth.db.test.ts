import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import { sessions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { createSession } from "@/lib/accounts/sessions";
import { hashPassword } from "@/lib/auth/password-hash";
import {
  confirmPassword,
  getReauthenticatedAt,
  hasRecentReauth,
  isRecentlyReauthenticated,
  REAUTH_LIMIT,
} from "./reauth";

let handle: DatabaseHandle;
let db: Database;
const PASSWORD = "Sommer-am-Wannsee-1989";
const SECRET = "test-secret-that-is-long-enough-for-hmac";
const MINUTE = 60_000;

async function customerWithSession(now: Date) {
  const userId = randomUUID();
  await db.insert(users).values({
    id: userId,
    email: `reauth-${userId.slice(0, 8)}@kunden.example`,
    name: "Erika Mustermann",
    role: "customer",
    passwordHash: await hashPassword(PASSWORD),
  });
  const sessionId = await createSession(db, { userId, userAgent: null, now });
  return { userId, sessionId };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
});

describe("hasRecentReauth", () => {
  const now = new Date("2026-05-03T10:00:00Z");
  it("holds for ten minutes after the confirmation, not before it and not after", () => {
    expect(hasRecentReauth({ reauthenticatedAt: null }, now)).toBe(false);
    expect(hasRecentReauth(null, now)).toBe(false);
    expect(hasRecentReauth({ reauthenticatedAt: new Date(now.getTime() - 9 * MINUTE) }, now)).toBe(
      true,
    );
    expect(hasRecentReauth({ reauthenticatedAt: new Date(now.getTime() - 10 * MINUTE) }, now)).toBe(
      true,
    );
    expect(
      hasRecentReauth({ reauthenticatedAt: new Date(now.getTime() - 10 * MINUTE - 1) }, now),
    ).toBe(false);
    expect(hasRecentReauth({ reauthenticatedAt: new Date(now.getTime() + 5 * MINUTE) }, now)).toBe(
      false,
    );
  });
});

describe("confirmPassword", () => {
  it("marks the session after the right password, and only then", async () => {
    const now = new Date();
    const { userId, sessionId } = await customerWithSession(now);
    const wrong = await confirmPassword(db, {
      sessionId,
      userId,
      password: "not-the-password-123",
      now,
      secret: SECRET,
    });
    expect(wrong).toEqual({ ok: false, reason: "wrong_password" });
    expect(await getReauthenticatedAt(db, { sessionId, userId, now })).toBeNull();

    const right = await confirmPassword(db, {
      sessionId,
      userId,
      password: PASSWORD,
      now,
      secret: SECRET,
    });
    expect(right.ok).toBe(true);
    expect(await isRecentlyReauthenticated(db, { sessionId, userId, now })).toBe(true);
    const later = new Date(now.getTime() + 11 * MINUTE);
    expect(await isRecentlyReauthenticated(db, { sessionId, userId, now: later })).toBe(false);
  });

  it("never marks another person's session, nor an ended one", async () => {
    const now = new Date();
    const owner = await customerWithSession(now);
    const other = await customerWithSession(now);
    const foreign = await confirmPassword(db, {
      sessionId: other.sessionId,
      userId: owner.userId,
      password: PASSWORD,
      now,
      secret: SECRET,
    });
    expect(foreign).toEqual({ ok: false, reason: "wrong_password" });
    const [row] = await db.select().from(sessions).where(eq(sessions.id, other.sessionId));
    expect(row!.reauthenticatedAt).toBeNull();

    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, owner.sessionId));
    const ended = await confirmPassword(db, {
      sessionId: owner.sessionId,
      userId: owner.userId,
      password: PASSWORD,
      now,
      secret: SECRET,
    });
    expect(ended).toEqual({ ok: false, reason: "wrong_password" });
    expect(await getReauthenticatedAt(db, { ...owner, now })).toBeNull();
  });

  it("is rate-limited per account like sign-in, also for the right password", async () => {
    const now = new Date();
    const { userId, sessionId } = await customerWithSession(now);
    for (let i = 0; i < REAUTH_LIMIT.limit; i++) {
      const result = await confirmPassword(db, {
        sessionId,
        userId,
        password: `guess-number-${i}`,
        now,
        secret: SECRET,
      });
      expect(result).toEqual({ ok: false, reason: "wrong_password" });
    }
    const blocked = await confirmPassword(db, {
      sessionId,
      userId,
      password: PASSWORD,
      now,
      secret: SECRET,
    });
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await getReauthenticatedAt(db, { sessionId, userId, now })).toBeNull();
  });
});
