import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { users } from "@/db/schema";
import { enrollSecondFactor } from "@/lib/accounts/second-factor";
import { writeAudit } from "@/lib/audit/audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { checkPassword, type PasswordCheck } from "@/lib/auth/password-policy";
import { consumeToken, findValidToken } from "@/lib/auth/tokens";
import { totpUri } from "@/lib/auth/totp";
import { isStaffRoleValue, type StaffRole } from "./roles";

export type StaffInvite = { userId: string; name: string; email: string; role: StaffRole };

/** The invitation behind a token, if it can still be accepted; reads only (the link is a GET). */
export async function findStaffInvite(
  db: Database,
  token: string,
  now: Date,
): Promise<StaffInvite | null> {
  const row = await findValidToken(db, token, "staff_invite", now);
  if (!row?.userId) return null;
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, row.userId))
    .limit(1);
  if (!user || !isStaffRoleValue(user.role)) return null;
  return { userId: user.id, name: user.name, email: user.email, role: user.role };
}

export type AcceptInviteResult =
  | {
      status: "accepted";
      email: string;
      /** Shown once to the new member of staff; staff_mfa keeps the secret, codes only as hashes. */
      secret: string;
      otpauthUri: string;
      recoveryCodes: string[];
    }
  | { status: "invalid_token" }
  | { status: "weak_password"; reason: Extract<PasswordCheck, { ok: false }>["reason"] };

/**
 * Accepts an invitation: uses the token once, sets the password, counts the address as verified
 * (the link proves it) and sets up the second factor (S4), all in one transaction. A weak password
 * leaves the token usable, so the person can try again with the same link.
 */
export async function acceptStaffInvite(
  db: Database,
  input: { token: string; password: string; now: Date },
): Promise<AcceptInviteResult> {
  const invite = await findStaffInvite(db, input.token, input.now);
  if (!invite) return { status: "invalid_token" };
  const check = checkPassword(input.password, { email: invite.email, name: invite.name });
  if (!check.ok) return { status: "weak_password", reason: check.reason };
  // Hashing takes a while (argon2id): do it before the transaction holds any row.
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx): Promise<AcceptInviteResult> => {
    const token = await consumeToken(tx, input.token, "staff_invite", input.now);
    if (!token || token.userId !== invite.userId) return { status: "invalid_token" };
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: input.now, updatedAt: input.now })
      .where(eq(users.id, invite.userId))
      .returning({ id: users.id, email: users.email, role: users.role });
    // Unreachable through the app (the token goes with its account; staff never become customers),
    // but if it happens, nothing of this acceptance is kept.
    if (!user || !isStaffRoleValue(user.role))
      throw new Error("The invited account is no longer staff");
    const { secret, recoveryCodes } = await enrollSecondFactor(tx, {
      userId: user.id,
      now: input.now,
    });
    await writeAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "staff.invite_accepted",
      entity: "user",
      entityId: user.id,
      subjectUserId: user.id,
      details: { role: user.role },
      occurredAt: input.now,
    });
    return {
      status: "accepted",
      email: user.email,
      secret,
      otpauthUri: totpUri({ secret, email: user.email }),
      recoveryCodes,
    };
  });
}
