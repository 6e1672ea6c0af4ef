import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { mailOutbox, sessions, users, verificationTokens } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import {
  changePassword,
  confirmEmailChange,
  getPendingEmailChange,
  getProfile,
  requestEmailChange,
  updateProfile,
} from "./profile";
import { createSession } from "./sessions";

let handle: DatabaseHandle;
let passwordHash: string;
beforeAll(async () => {
  [handle, passwordHash] = await Promise.all([
    createTestDatabase(),
    hashPassword("correct horse battery staple"),
  ]);
});
afterAll(async () => {
  await handle?.close();
});

const PASSWORD = "correct horse battery staple";
const BASE = "http://shop.test";
const now = new Date("2026-03-02T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function newUser(name = "Clara Weber") {
  const [user] = await handle.db
    .insert(users)
    .values({
      email: `clara-${randomUUID()}@profile.test`,
      name,
      passwordHash,
      emailVerifiedAt: now,
      locale: "en",
    })
    .returning();
  return user!;
}

const fresh = () => `New-${randomUUID()}@Profile.test`;

async function mailsTo(address: string) {
  return handle.db.select().from(mailOutbox).where(eq(mailOutbox.toEmail, address));
}

function tokenFrom(text: string): string {
  const match = /\/account\/confirm-email\?token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match?.[1]) throw new Error("no confirmation link in the mail");
  return decodeURIComponent(match[1]);
}

describe("profile", () => {
  it("updates name and phone of the user's own account; an empty phone is removed", async () => {
    const user = await newUser();
    expect(
      await updateProfile(handle.db, {
        userId: user.id,
        name: " Clara W. ",
        phone: "+49 30 123456",
        now,
      }),
    ).toBe(true);
    expect(await getProfile(handle.db, user.id)).toMatchObject({
      name: "Clara W.",
      phone: "+49 30 123456",
    });
    await updateProfile(handle.db, { userId: user.id, name: "Clara W.", phone: "  ", now });
    expect((await getProfile(handle.db, user.id))?.phone).toBeNull();
    expect(
      await updateProfile(handle.db, { userId: randomUUID(), name: "X", phone: "", now }),
    ).toBe(false);
  });
});

describe("change of e-mail address", () => {
  it("needs the current password, and then changes nothing until the new address confirms", async () => {
    const user = await newUser();
    const target = fresh();
    expect(
      await requestEmailChange(handle.db, {
        userId: user.id,
        newEmail: target,
        currentPassword: "not the password",
        now,
        baseUrl: BASE,
      }),
    ).toEqual({ status: "wrong_password" });
    expect(await mailsTo(target.toLowerCase())).toEqual([]);

    expect(
      await requestEmailChange(handle.db, {
        userId: user.id,
        newEmail: target,
        currentPassword: PASSWORD,
        now,
        baseUrl: BASE,
      }),
    ).toEqual({ status: "sent" });
    const [mail] = await mailsTo(target.toLowerCase());
    expect(mail).toMatchObject({ template: "change-email", userId: user.id, locale: "en" });
    expect(mail!.text).toContain(`${BASE}/account/confirm-email?token=`);
    expect((await getProfile(handle.db, user.id))?.email).toBe(user.email);
    expect(await getPendingEmailChange(handle.db, { userId: user.id, now })).toMatchObject({
      email: target.toLowerCase(),
    });

    const token = tokenFrom(mail!.text);
    const result = await confirmEmailChange(handle.db, { token, now: later(5) });
    expect(result).toEqual({ status: "changed", email: target.toLowerCase() });
    const [after] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ email: target.toLowerCase(), emailVerifiedAt: later(5) });
    const [notice] = await mailsTo(user.email);
    expect(notice).toMatchObject({ template: "email-changed", userId: user.id });
    expect(notice!.text).toContain(target.toLowerCase());

    // A link works once.
    expect(await confirmEmailChange(handle.db, { token, now: later(6) })).toEqual({
      status: "invalid",
    });
    expect(await getPendingEmailChange(handle.db, { userId: user.id, now: later(6) })).toBeNull();
  });

  it("answers an address of another account like any other, and sends nothing (no enumeration)", async () => {
    const user = await newUser();
    const other = await newUser("Dora Lang");
    const before = await handle.db.select().from(mailOutbox);
    const answer = await requestEmailChange(handle.db, {
      userId: user.id,
      newEmail: other.email.toUpperCase(),
      currentPassword: PASSWORD,
      now,
      baseUrl: BASE,
    });
    expect(answer).toEqual({ status: "sent" });
    expect(await handle.db.select().from(mailOutbox)).toHaveLength(before.length);
    const tokens = await handle.db
      .select()
      .from(verificationTokens)
      .where(and(eq(verificationTokens.userId, user.id), isNull(verificationTokens.usedAt)));
    expect(tokens).toEqual([]);
  });

  it("refuses the change when another account took the address in the meantime", async () => {
    const user = await newUser();
    const target = fresh();
    await requestEmailChange(handle.db, {
      userId: user.id,
      newEmail: target,
      currentPassword: PASSWORD,
      now,
      baseUrl: BASE,
    });
    const [mail] = await mailsTo(target.toLowerCase());
    const token = tokenFrom(mail!.text);

    await handle.db.insert(users).values({ email: target.toUpperCase(), name: "Quick Sign-up" });

    expect(await confirmEmailChange(handle.db, { token, now: later(1) })).toEqual({
      status: "taken",
    });
    expect((await getProfile(handle.db, user.id))?.email).toBe(user.email);
    expect(await mailsTo(user.email)).toEqual([]);
    // The link is spent: it cannot be replayed once the other account is gone.
    await handle.db.delete(users).where(eq(users.email, target.toUpperCase()));
    expect(await confirmEmailChange(handle.db, { token, now: later(2) })).toEqual({
      status: "invalid",
    });
  });

  it("honours only the newest link, refuses expired links and the own address", async () => {
    const user = await newUser();
    const first = fresh();
    const second = fresh();
    await requestEmailChange(handle.db, {
      userId: user.id,
      newEmail: first,
      currentPassword: PASSWORD,
      now,
      baseUrl: BASE,
    });
    await requestEmailChange(handle.db, {
      userId: user.id,
      newEmail: second,
      currentPassword: PASSWORD,
      now: later(1),
      baseUrl: BASE,
    });
    const firstToken = tokenFrom((await mailsTo(first.toLowerCase()))[0]!.text);
    const secondToken = tokenFrom((await mailsTo(second.toLowerCase()))[0]!.text);

    expect(await confirmEmailChange(handle.db, { token: firstToken, now: later(2) })).toEqual({
      status: "invalid",
    });
    expect(
      await confirmEmailChange(handle.db, { token: secondToken, now: later(25 * 60) }),
    ).toEqual({
      status: "invalid",
    });
    expect(await confirmEmailChange(handle.db, { token: "x".repeat(43), now })).toEqual({
      status: "invalid",
    });
    expect((await getProfile(handle.db, user.id))?.email).toBe(user.email);

    expect(
      await requestEmailChange(handle.db, {
        userId: user.id,
        newEmail: ` ${user.email.toUpperCase()} `,
        currentPassword: PASSWORD,
        now,
        baseUrl: BASE,
      }),
    ).toEqual({ status: "unchanged" });
  });
});

describe("change of password", () => {
  async function withSessions(userId: string, n: number) {
    for (let i = 0; i < n; i++)
      await createSession(handle.db, { userId, userAgent: `device ${i}`, now });
  }
  const active = (userId: string) =>
    handle.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));

  it("needs the current password and the password rules, and changes nothing otherwise", async () => {
    const user = await newUser("Clara Weber");
    await withSessions(user.id, 2);
    const base = { userId: user.id, now, baseUrl: BASE };
    expect(
      await changePassword(handle.db, {
        ...base,
        currentPassword: "wrong",
        newPassword: "a long fresh passphrase",
      }),
    ).toEqual({ status: "wrong_password" });
    expect(
      await changePassword(handle.db, { ...base, currentPassword: PASSWORD, newPassword: "short" }),
    ).toEqual({
      status: "weak",
      reason: "too_short",
    });
    expect(
      await changePassword(handle.db, {
        ...base,
        currentPassword: PASSWORD,
        newPassword: "password1234",
      }),
    ).toEqual({ status: "weak", reason: "common" });
    // Checked against the account's own e-mail name (S1 context).
    const local = user.email.split("@")[0]!;
    expect(
      await changePassword(handle.db, {
        ...base,
        currentPassword: PASSWORD,
        newPassword: `my ${local} pass`,
      }),
    ).toEqual({ status: "weak", reason: "contains_personal" });
    expect(await active(user.id)).toHaveLength(2);
    const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash!, PASSWORD)).toBe(true);
  });

  it("ends every session of the account, the current one included, and tells the owner (S3)", async () => {
    const user = await newUser();
    const other = await newUser("Emil Roth");
    await withSessions(user.id, 3);
    await withSessions(other.id, 1);
    const result = await changePassword(handle.db, {
      userId: user.id,
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase for clara",
      now: later(1),
      baseUrl: BASE,
    });
    expect(result).toEqual({ status: "changed" });
    expect(await active(user.id)).toEqual([]);
    expect(await active(other.id)).toHaveLength(1);
    const [row] = await handle.db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash!, "a brand new passphrase for clara")).toBe(true);
    expect(await verifyPassword(row!.passwordHash!, PASSWORD)).toBe(false);
    expect((await mailsTo(user.email)).map((m) => m.template)).toEqual(["password-changed"]);
  });
});
