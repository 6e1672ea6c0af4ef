import type { Database } from "@/db/engine/open";
import { users, type Role } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { createToken } from "@/lib/auth/tokens";
import { enqueueMail } from "@/lib/mail/outbox";
import type { StaffRole } from "./roles";

export type StaffActor = { id: string; role: Role; name: string };

export type InviteStaffInput = {
  actor: StaffActor;
  name: string;
  email: string;
  role: StaffRole;
  /** The language of the invitation mail and of the new account (the inviting admin's). */
  locale: "de" | "en";
  now: Date;
  baseUrl: string;
};

export type InviteStaffResult = { status: "invited"; userId: string } | { status: "exists" };

/** The path of the page that accepts an invitation; the mailed link adds `?token=`. */
export const ACCEPT_INVITE_PATH = "/admin/accept-invite";

/**
 * Invites a member of staff: an account with the role and no password (unverified until the
 * invitation is accepted), a one-time staff_invite link, the mail with it, and the audit entry,
 * all in one transaction. An address that already has an account (any role) is refused and
 * nothing is written; the unique index on lower(email) decides, so two racing invites cannot
 * both succeed.
 */
export async function inviteStaff(
  db: Database,
  input: InviteStaffInput,
): Promise<InviteStaffResult> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email,
        name,
        role: input.role,
        passwordHash: null,
        emailVerifiedAt: null,
        locale: input.locale,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) return { status: "exists" } as const;

    const token = await createToken(tx, {
      purpose: "staff_invite",
      userId: user.id,
      now: input.now,
    });
    await enqueueMail(tx, {
      to: email,
      userId: user.id,
      locale: input.locale,
      content: {
        template: "staff-invite",
        name,
        link: `${input.baseUrl}${ACCEPT_INVITE_PATH}?token=${token}`,
        role: input.role,
        invitedByName: input.actor.name,
      },
    });
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "staff.invited",
      entity: "user",
      entityId: user.id,
      subjectUserId: user.id,
      details: { from: null, to: input.role },
      occurredAt: input.now,
    });
    return { status: "invited", userId: user.id } as const;
  });
}
