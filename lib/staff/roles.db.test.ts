import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { auditLog, users, type Role } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { findUserByEmail } from "@/lib/accounts/authenticate";
import { changeStaffRole } from "./roles";

let handle: DatabaseHandle;
let admin: { id: string; role: Role };
let marketer: { id: string; role: Role };
let customer: { id: string; role: Role };
beforeAll(async () => {
  handle = await createTestDatabase();
  const find = async (email: string) => {
    const user = await findUserByEmail(handle.db, email);
    return { id: user!.id, role: user!.role };
  };
  admin = await find("admin@example.com");
  marketer = await find("marketing@example.com");
  customer = await find("anna@example.com");
});
afterAll(async () => {
  await handle?.close();
});

const NOW = new Date("2026-11-28T10:00:00Z");

async function roleOf(id: string) {
  const [row] = await handle.db.select({ role: users.role }).from(users).where(eq(users.id, id));
  return row!.role;
}

async function auditFor(id: string) {
  return handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "staff.role_changed")));
}

/** A second admin who can sign in (password set, address verified). */
async function createActiveAdmin(email: string) {
  const [row] = await handle.db
    .insert(users)
    .values({ email, name: "Second Admin", role: "admin", passwordHash: "x", emailVerifiedAt: NOW })
    .returning({ id: users.id, role: users.role });
  return row!;
}

describe("changing a staff role", () => {
  it("changes the role and writes the audit entry with from and to", async () => {
    const result = await changeStaffRole(handle.db, {
      actor: admin,
      userId: marketer.id,
      role: "privacy_officer",
      now: NOW,
    });
    expect(result).toEqual({ status: "changed", from: "marketer", to: "privacy_officer" });
    expect(await roleOf(marketer.id)).toBe("privacy_officer");
    const entries = await auditFor(marketer.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      actorRole: "admin",
      entity: "user",
      subjectUserId: marketer.id,
      details: { from: "marketer", to: "privacy_officer" },
    });
  });

  it("does nothing and logs nothing when the role is the same", async () => {
    const before = (await auditFor(marketer.id)).length;
    const result = await changeStaffRole(handle.db, {
      actor: admin,
      userId: marketer.id,
      role: "privacy_officer",
      now: NOW,
    });
    expect(result).toEqual({ status: "unchanged" });
    expect(await auditFor(marketer.id)).toHaveLength(before);
  });

  it("refuses to change one's own role", async () => {
    const result = await changeStaffRole(handle.db, {
      actor: admin,
      userId: admin.id,
      role: "marketer",
      now: NOW,
    });
    expect(result).toEqual({ status: "own_role" });
    expect(await roleOf(admin.id)).toBe("admin");
    expect(await auditFor(admin.id)).toHaveLength(0);
  });

  it("never makes a customer staff, and never finds an unknown account", async () => {
    const result = await changeStaffRole(handle.db, {
      actor: admin,
      userId: customer.id,
      role: "admin",
      now: NOW,
    });
    expect(result).toEqual({ status: "not_found" });
    expect(await roleOf(customer.id)).toBe("customer");
    expect(await auditFor(customer.id)).toHaveLength(0);
    expect(
      await changeStaffRole(handle.db, {
        actor: admin,
        userId: "00000000-0000-4000-8000-000000000000",
        role: "admin",
        now: NOW,
      }),
    ).toEqual({ status: "not_found" });
  });

  it("keeps the last admin who can sign in", async () => {
    const second = await createActiveAdmin("second.admin@example.com");
    // An invited admin who has not accepted yet cannot sign in, so does not count.
    await handle.db
      .insert(users)
      .values({ email: "pending.admin@example.com", name: "Pending", role: "admin" });

    expect(
      await changeStaffRole(handle.db, {
        actor: admin,
        userId: second.id,
        role: "marketer",
        now: NOW,
      }),
    ).toEqual({ status: "changed", from: "admin", to: "marketer" });

    // The demoted admin's request, still under way, now tries to demote the one left.
    const stale = await changeStaffRole(handle.db, {
      actor: { id: second.id, role: "admin" },
      userId: admin.id,
      role: "marketer",
      now: NOW,
    });
    expect(stale).toEqual({ status: "last_admin" });
    expect(await roleOf(admin.id)).toBe("admin");
    expect(await auditFor(admin.id)).toHaveLength(0);
  });

  it("refuses an actor who is no longer an admin", async () => {
    const [formerAdmin] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "second.admin@example.com"));
    const result = await changeStaffRole(handle.db, {
      actor: { id: formerAdmin!.id, role: "admin" },
      userId: marketer.id,
      role: "marketer",
      now: NOW,
    });
    expect(result).toEqual({ status: "forbidden" });
    expect(await roleOf(marketer.id)).toBe("privacy_officer");
  });

  it("lets only one of two admins who demote each other at the same moment succeed", async () => {
    const other = await createActiveAdmin("racing.admin@example.com");
    const results = await Promise.all([
      changeStaffRole(handle.db, { actor: admin, userId: other.id, role: "marketer", now: NOW }),
      changeStaffRole(handle.db, {
        actor: { id: other.id, role: "admin" },
        userId: admin.id,
        role: "marketer",
        now: NOW,
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["changed", "last_admin"]);
    const roles = [await roleOf(admin.id), await roleOf(other.id)];
    expect(roles.filter((role) => role === "admin")).toHaveLength(1);
  });
});
