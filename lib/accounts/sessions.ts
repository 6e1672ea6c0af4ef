import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { sessions, users, type Role } from "@/db/schema";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;
const TOUCH_AFTER_MS = 5 * 60_000;

export const STAFF_ROLES: readonly Role[] = ["marketer", "privacy_officer", "admin"];
export const isStaffRole = (role: Role) => STAFF_ROLES.includes(role);

export type ActiveSession = {
  sessionId: string;
  secondFactorDone: boolean;
  user: {
    id: string;
    email: string;
    name: string;
    role: Role;
    locale: "de" | "en";
    phone: string | null;
  };
};

/** A new session row for every sign-in, so the session id rotates (S3). */
export async function createSession(
  db: Database,
  input: { userId: string; userAgent: string | null; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({
      userId: input.userId,
      userAgent: input.userAgent,
      createdAt: input.now,
      lastUsedAt: input.now,
      expiresAt: new Date(input.now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    })
    .returning({ id: sessions.id });
  return row!.id;
}

/** The session behind a token, if it is neither revoked nor expired; records its last use. */
export async function getActiveSession(
  db: Database,
  sessionId: string,
  now: Date,
): Promise<ActiveSession | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.session.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.id, sessionId));
  }
  const { user } = row;
  return {
    sessionId,
    secondFactorDone: row.session.secondFactorAt !== null,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      phone: user.phone,
    },
  };
}

export async function listSessionsForUser(db: Database, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
    })
    .from(sessions)
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
    )
    .orderBy(desc(sessions.lastUsedAt));
}

/** Ends one of the user's own sessions; someone else's session id changes nothing. */
export async function revokeSessionForUser(
  db: Database,
  input: { userId: string; sessionId: string; now: Date },
) {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: input.now })
    .where(
      and(
        eq(sessions.id, input.sessionId),
        eq(sessions.userId, input.userId),
        isNull(sessions.revokedAt),
      ),
    )
    .returning({ id: sessions.id });
  return revoked.length > 0;
}

/** Ends every session of a user at once (sign out everywhere, password change, erasure). */
export async function revokeAllSessions(
  db: Database,
  input: { userId: string; now: Date; exceptSessionId?: string },
) {
  const conditions = [eq(sessions.userId, input.userId), isNull(sessions.revokedAt)];
  if (input.exceptSessionId) conditions.push(ne(sessions.id, input.exceptSessionId));
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: input.now })
    .where(and(...conditions))
    .returning({ id: sessions.id });
  return revoked.length;
}

export async function markSecondFactorDone(db: Database, input: { sessionId: string; now: Date }) {
  await db
    .update(sessions)
    .set({ secondFactorAt: input.now })
    .where(eq(sessions.id, input.sessionId));
}
