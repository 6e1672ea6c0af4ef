import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import { auditLog, mailOutbox, users, verificationTokens } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { auditPseudonym } from "@/lib/audit/audit";
import { findUserByEmail } from "@/lib/accounts/authenticate";
import { hashToken } from "@/lib/auth/tokens";
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
const BASE = "https://shop.example";

async function counts(db: Database) {
  const [u] = await db.select({ n: count() }).from(users);
  const [t] = await db.select({ n: count() }).from(verificationTokens);
  const [m] = await db.select({ n: count() }).from(mailOutbox);
  const [a] = await db.select({ n: count() }).from(auditLog);
  return { users: u!.n, tokens: t!.n, mails: m!.n, audit: a!.n };
}

describe("inviting staff", () => {
  it("creates the account without password, the invitation link, its mail and the audit entry", async () => {
    const { db } = handle;
    const result = await inviteStaff(db, {
      actor: admin,
      name: " Greta Neumann ",
      email: "Greta.Neumann@Example.com",
      role: "privacy_officer",
      locale: "en",
      now: NOW,
      baseUrl: BASE,
    });
    expect(result.status).toBe("invited");
    if (result.status !== "invited") return;

    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({
      email: "greta.neumann@example.com",
      name: "Greta Neumann",
      role: "privacy_officer",
      passwordHash: null,
      emailVerifiedAt: null,
      locale: "en",
    });

    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, result.userId));
    expect(mail).toMatchObject({
      toEmail: "greta.neumann@example.com",
      template: "staff-invite",
      locale: "en",
    });
    expect(mail!.text).toContain(admin.name);
    const link = mail!.text.match(/https:\/\/shop\.example\/admin\/accept-invite\?token=([\w-]+)/);
    expect(link).not.toBeNull();

    // The mailed token is the one stored (as a hash), for this account, for seven days.
    const [token] = await db
      .select()
      .from(verificationTokens)
      .where(eq(verificationTokens.userId, result.userId));
    expect(token).toMatchObject({
      purpose: "staff_invite",
      usedAt: null,
      tokenHash: hashToken(link![1]!),
    });
    expect(token!.expiresAt.getTime() - NOW.getTime()).toBe(7 * 24 * 3600_000);

    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, result.userId));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      actorRole: "admin",
      action: "staff.invited",
      entity: "user",
      subjectUserId: result.userId,
      subjectPseudonym: auditPseudonym(result.userId),
      details: { from: null, to: "privacy_officer" },
    });
  });

  it("refuses an address that already has an account, whatever its case, and writes nothing", async () => {
    const { db } = handle;
    const before = await counts(db);
    for (const email of ["anna@example.com", "ADMIN@example.com", "greta.neumann@EXAMPLE.com"]) {
      const result = await inviteStaff(db, {
        actor: admin,
        name: "Someone",
        email,
        role: "admin",
        locale: "de",
        now: NOW,
        baseUrl: BASE,
      });
      expect(result).toEqual({ status: "exists" });
    }
    expect(await counts(db)).toEqual(before);
    // The customer stayed a customer.
    expect((await findUserByEmail(db, "anna@example.com"))!.role).toBe("customer");
  });

  it("leaves nothing behind when a later step fails (one transaction)", async () => {
    const { db } = handle;
    const before = await counts(db);
    await expect(
      inviteStaff(db, {
        actor: admin,
        name: "Half Written",
        email: "half.written@example.com",
        role: "marketer",
        locale: "de",
        now: NOW,
        // A relative link is refused by the mail renderer, after user and token were inserted.
        baseUrl: "not-a-url",
      }),
    ).rejects.toThrow();
    expect(await counts(db)).toEqual(before);
    const [left] = await db
      .select({ n: count() })
      .from(users)
      .where(eq(sql`lower(${users.email})`, "half.written@example.com"));
    expect(left!.n).toBe(0);
  });
});
