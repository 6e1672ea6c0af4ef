import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { users, verificationTokens } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password-hash";
import { checkPassword, type PasswordCheck } from "@/lib/auth/password-policy";
import { consumeToken, createToken } from "@/lib/auth/tokens";
import { enqueueMail } from "@/lib/mail/outbox";
import { findUserByEmail } from "./authenticate";
import { setPassword } from "./registration";

export async function getProfile(db: Database, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      phone: users.phone,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/** The address a change is waiting to be confirmed for, if a link for it is still valid. */
export async function getPendingEmailChange(db: Database, input: { userId: string; now: Date }) {
  const [row] = await db
    .select({ email: verificationTokens.email, expiresAt: verificationTokens.expiresAt })
    .from(verificationTokens)
    .where(
      and(
        eq(verificationTokens.userId, input.userId),
        eq(verificationTokens.purpose, "change_email"),
        isNull(verificationTokens.usedAt),
        gt(verificationTokens.expiresAt, input.now),
      ),
    )
    .orderBy(sql`${verificationTokens.createdAt} desc`)
    .limit(1);
  return row?.email ? { email: row.email, expiresAt: row.expiresAt } : null;
}

/** Name and phone of the user's own account; false if there is no such user. */
export async function updateProfile(
  db: Database,
  input: { userId: string; name: string; phone: string; now: Date },
): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ name: input.name.trim(), phone: input.phone.trim() || null, updatedAt: input.now })
    .where(eq(users.id, input.userId))
    .returning({ id: users.id });
  return updated.length > 0;
}

export type EmailChangeRequest =
  { status: "sent" } | { status: "unchanged" } | { status: "wrong_password" };

/**
 * Starts a change of e-mail address after the current password was given. The new address must
 * prove itself with a mailed link before anything changes. An address that belongs to another
 * account gets no mail, and the answer is the same "sent" (S2: nobody learns which addresses
 * have accounts). Only the newest link works: earlier unused ones are spent.
 */
export async function requestEmailChange(
  db: Database,
  input: { userId: string; newEmail: string; currentPassword: string; now: Date; baseUrl: string },
): Promise<EmailChangeRequest> {
  const newEmail = input.newEmail.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.id, input.userId)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { status: "wrong_password" };
  }
  if (user.email.toLowerCase() === newEmail) return { status: "unchanged" };
  await db.transaction(async (tx) => {
    await tx
      .update(verificationTokens)
      .set({ usedAt: input.now })
      .where(
        and(
          eq(verificationTokens.userId, user.id),
          eq(verificationTokens.purpose, "change_email"),
          isNull(verificationTokens.usedAt),
        ),
      );
    const holder = await findUserByEmail(tx, newEmail);
    if (holder) return;
    const token = await createToken(tx, {
      purpose: "change_email",
      userId: user.id,
      email: newEmail,
      now: input.now,
    });
    await enqueueMail(tx, {
      to: newEmail,
      userId: user.id,
      locale: user.locale,
      content: {
        template: "change-email",
        name: user.name,
        newEmail,
        link: `${input.baseUrl}/account/confirm-email?token=${encodeURIComponent(token)}`,
      },
    });
  });
  return { status: "sent" };
}

export type EmailChangeConfirmation =
  { status: "changed"; email: string } | { status: "invalid" } | { status: "taken" };

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Applies a change of address with the link's token, in one transaction: the token is spent, the
 * address is checked to be still free (another account may have taken it since the request),
 * the account gets the new, now verified address, and the old address is told.
 */
export async function confirmEmailChange(
  db: Database,
  input: { token: string; now: Date },
): Promise<EmailChangeConfirmation> {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, input.token, "change_email", input.now);
    if (!token?.userId || !token.email) return { status: "invalid" };
    const newEmail = token.email.trim().toLowerCase();
    const [user] = await tx
      .select()
      .from(users)
      .where(eq(users.id, token.userId))
      .for("update")
      .limit(1);
    if (!user) return { status: "invalid" };
    const holder = await findUserByEmail(tx, newEmail);
    if (holder && holder.id !== user.id) return { status: "taken" };
    try {
      // A savepoint: a concurrent sign-up with the same address loses to the unique index
      // without aborting the transaction that spends the token.
      await tx.transaction(async (sp) => {
        await sp
          .update(users)
          .set({ email: newEmail, emailVerifiedAt: input.now, updatedAt: input.now })
          .where(eq(users.id, user.id));
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { status: "taken" };
      throw error;
    }
    if (user.email.toLowerCase() !== newEmail) {
      await enqueueMail(tx, {
        to: user.email,
        userId: user.id,
        locale: user.locale,
        content: { template: "email-changed", name: user.name, newEmail },
      });
    }
    return { status: "changed", email: newEmail };
  });
}

export type PasswordChange =
  | { status: "changed" }
  | { status: "wrong_password" }
  | { status: "weak"; reason: Extract<PasswordCheck, { ok: false }>["reason"] };

/**
 * A signed-in user's new password, given the current one and the password rules of S1 (checked
 * against their own e-mail address and name). Every session of the account ends (S3) and the
 * owner is told by mail (setPassword).
 */
export async function changePassword(
  db: Database,
  input: {
    userId: string;
    currentPassword: string;
    newPassword: string;
    now: Date;
    baseUrl: string;
  },
): Promise<PasswordChange> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { status: "wrong_password" };
  }
  const check = checkPassword(input.newPassword, { email: user.email, name: user.name });
  if (!check.ok) return { status: "weak", reason: check.reason };
  await setPassword(db, {
    userId: user.id,
    password: input.newPassword,
    now: input.now,
    baseUrl: input.baseUrl,
  });
  return { status: "changed" };
}
