import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { users, type Role } from "@/db/schema";
import { STAFF_ROLES } from "@/lib/accounts/sessions";
import { writeAudit } from "@/lib/audit/audit";

export type StaffRole = Exclude<Role, "customer">;

export function isStaffRoleValue(role: Role): role is StaffRole {
  return STAFF_ROLES.includes(role);
}

export type ChangeStaffRoleInput = {
  actor: { id: string; role: Role };
  userId: string;
  role: StaffRole;
  now: Date;
};

export type ChangeStaffRoleResult =
  | { status: "changed"; from: StaffRole; to: StaffRole }
  | { status: "unchanged" }
  /** No such account, or a customer: customers are never made staff here. */
  | { status: "not_found" }
  | { status: "own_role" }
  | { status: "last_admin" }
  /** The actor is no longer an admin (changed while the request was under way). */
  | { status: "forbidden" };

/**
 * Changes the role of a member of staff, with its audit entry in the same transaction. Nobody
 * changes their own role, and at least one admin who can sign in always remains. The admin rows
 * are locked first (in id order, so two changes cannot deadlock), which makes "two admins demote
 * each other at the same moment" end with one refusal instead of no admin at all.
 */
export async function changeStaffRole(
  db: Database,
  input: ChangeStaffRoleInput,
): Promise<ChangeStaffRoleResult> {
  if (input.userId === input.actor.id) return { status: "own_role" };
  return db.transaction(async (tx): Promise<ChangeStaffRoleResult> => {
    const admins = await tx
      .select({
        id: users.id,
        passwordHash: users.passwordHash,
        emailVerifiedAt: users.emailVerifiedAt,
      })
      .from(users)
      .where(eq(users.role, "admin"))
      .orderBy(asc(users.id))
      .for("update");
    const [target] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(and(eq(users.id, input.userId), inArray(users.role, [...STAFF_ROLES])))
      .for("update");
    if (!target || !isStaffRoleValue(target.role)) return { status: "not_found" };
    if (target.role === input.role) return { status: "unchanged" };

    if (target.role === "admin") {
      const remaining = admins.filter(
        (a) => a.id !== target.id && a.passwordHash !== null && a.emailVerifiedAt !== null,
      );
      if (remaining.length === 0) return { status: "last_admin" };
    }
    if (!admins.some((a) => a.id === input.actor.id)) return { status: "forbidden" };

    await tx
      .update(users)
      .set({ role: input.role, updatedAt: input.now })
      .where(eq(users.id, target.id));
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "staff.role_changed",
      entity: "user",
      entityId: target.id,
      subjectUserId: target.id,
      details: { from: target.role, to: input.role },
      occurredAt: input.now,
    });
    return { status: "changed", from: target.role, to: input.role };
  });
}
