import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { staffMfa, users } from "@/db/schema";
import { STAFF_ROLES } from "@/lib/accounts/sessions";
import { writeAudit, type AuditEntry } from "@/lib/audit/audit";
import { findStaffInvite, type StaffInvite } from "@/lib/staff/accept-invite";
import { isStaffRoleValue, type StaffRole } from "@/lib/staff/roles";

export type StaffAccount = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  hasSecondFactor: boolean;
  /** Invited, but the invitation has not been accepted yet (no password). */
  invitePending: boolean;
  lastSignInAt: Date | null;
};

/** Every staff account for the admin's list; customers are never part of it. */
export async function listStaffAccounts(): Promise<StaffAccount[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      mfaEnabledAt: staffMfa.enabledAt,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .leftJoin(staffMfa, eq(staffMfa.userId, users.id))
    .where(inArray(users.role, [...STAFF_ROLES]))
    .orderBy(asc(users.name), asc(users.email));
  return rows.flatMap(({ role, ...row }) =>
    isStaffRoleValue(role)
      ? [
          {
            id: row.id,
            name: row.name,
            email: row.email,
            role,
            hasSecondFactor: row.mfaEnabledAt !== null,
            invitePending: row.passwordHash === null,
            lastSignInAt: row.lastSignInAt,
          },
        ]
      : [],
  );
}

/** The invitation behind a link, or null if it is unknown, used or expired. Changes nothing. */
export async function getStaffInvite(token: string): Promise<StaffInvite | null> {
  return findStaffInvite(await getDb(), token, new Date());
}

/** Records that a member of staff looked at something personal (S9), e.g. a mail in the mailbox. */
export async function recordStaffAccess(entry: AuditEntry): Promise<void> {
  await writeAudit(await getDb(), entry);
}
