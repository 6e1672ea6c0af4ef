import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { consumeToken, createToken } from "@/lib/auth/tokens";
import { enqueueMail } from "@/lib/mail/outbox";
import { findUserByEmail } from "./authenticate";
import { revokeAllSessions } from "./sessions";

type Locale = "de" | "en";

/**
 * Sign-up (S2: no enumeration). A new address gets an account and a verification link; an
 * address that already has an account gets a mail saying so instead, and the person asking sees
 * the same answer either way. The password is hashed in both cases, so both take as long.
 */
export async function registerCustomer(
  db: Database,
  input: {
    name: string;
    email: string;
    password: string;
    locale: Locale;
    now: Date;
    baseUrl: string;
  },
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      await enqueueMail(tx, {
        to: existing.email,
        userId: existing.id,
        locale: existing.locale,
        content: {
          template: "sign-up-existing",
          name: existing.name,
          signInLink: `${input.baseUrl}/sign-in`,
          resetLink: `${input.baseUrl}/forgot-password`,
        },
      });
      return;
    }
    const [user] = await tx
      .insert(users)
      .values({
        email,
        name: input.name.trim(),
        passwordHash,
        role: "customer",
        confirmedAdultAt: input.now,
        locale: input.locale,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning({ id: users.id });
    const token = await createToken(tx, {
      purpose: "verify_email",
      userId: user!.id,
      now: input.now,
    });
    await enqueueMail(tx, {
      to: email,
      userId: user!.id,
      locale: input.locale,
      content: {
        template: "verify-email",
        name: input.name.trim(),
        link: `${input.baseUrl}/verify-email?token=${token}`,
      },
    });
  });
}

/** Confirms an address with the link's token; a used, expired or unknown token changes nothing. */
export async function confirmEmail(
  db: Database,
  input: { token: string; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, input.token, "verify_email", input.now);
    if (!row?.userId) return false;
    await tx
      .update(users)
      .set({ emailVerifiedAt: input.now, updatedAt: input.now })
      .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt)));
    return true;
  });
}

/** A new verification link, only for an existing unverified account; silent otherwise. */
export async function resendVerification(
  db: Database,
  input: { email: string; now: Date; baseUrl: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    if (!user || user.emailVerifiedAt) return;
    const token = await createToken(tx, {
      purpose: "verify_email",
      userId: user.id,
      now: input.now,
    });
    await enqueueMail(tx, {
      to: user.email,
      userId: user.id,
      locale: user.locale,
      content: {
        template: "verify-email",
        name: user.name,
        link: `${input.baseUrl}/verify-email?token=${token}`,
      },
    });
  });
}

/** A reset link for an existing account; silent for an unknown address (same answer, S2). */
export async function requestPasswordReset(
  db: Database,
  input: { email: string; now: Date; baseUrl: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    if (!user || !user.passwordHash) return;
    const token = await createToken(tx, {
      purpose: "reset_password",
      userId: user.id,
      now: input.now,
    });
    await enqueueMail(tx, {
      to: user.email,
      userId: user.id,
      locale: user.locale,
      content: {
        template: "reset-password",
        name: user.name,
        link: `${input.baseUrl}/reset-password?token=${token}`,
      },
    });
  });
}

/**
 * Sets a new password, for a valid reset token or for a signed-in user who gave the current one.
 * Every session ends at once (S3), and the owner is told by mail.
 */
export async function setPassword(
  db: Database,
  input: { userId: string; password: string; now: Date; baseUrl: string },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: input.now })
      .where(eq(users.id, input.userId))
      .returning();
    if (!user) return;
    await revokeAllSessions(tx, { userId: user.id, now: input.now });
    await enqueueMail(tx, {
      to: user.email,
      userId: user.id,
      locale: user.locale,
      content: {
        template: "password-changed",
        name: user.name,
        resetLink: `${input.baseUrl}/forgot-password`,
      },
    });
  });
}

export async function resetPasswordWithToken(
  db: Database,
  input: { token: string; password: string; now: Date; baseUrl: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, input.token, "reset_password", input.now);
    if (!row?.userId) return false;
    await setPassword(tx, {
      userId: row.userId,
      password: input.password,
      now: input.now,
      baseUrl: input.baseUrl,
    });
    // A reset link also proves control of the address.
    await tx
      .update(users)
      .set({ emailVerifiedAt: input.now })
      .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt)));
    return true;
  });
}
