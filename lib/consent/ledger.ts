import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { consentEvents, type ConsentEvent, type PurposeStates } from "@/db/schema";
import type { ConsentMethod, Decision } from "./consent-cookie";
import { CONSENT_NOTICE_VERSION } from "./notice";

/** How a decision can be withdrawn, printed on every ledger row and receipt (C7, C8). */
export const WITHDRAWAL_METHOD =
  "Link „Datenschutz-Einstellungen“ / “Privacy settings” in the footer of every page, or /privacy-settings; " +
  "one click on „Alle ablehnen“ / “Reject all”.";

export const CONSENT_JURISDICTION = "DE";

export type RecordDecisionInput = {
  subjectId: string;
  userId: string | null;
  purposes: PurposeStates;
  method: ConsentMethod;
  gpc: boolean;
  language: "de" | "en";
  now: Date;
};

/** Appends one decision to the ledger (C8) and returns the row. Rows are never changed afterwards. */
export async function recordDecision(
  db: Database,
  input: RecordDecisionInput,
): Promise<ConsentEvent> {
  const [row] = await db
    .insert(consentEvents)
    .values({
      subjectId: input.subjectId,
      userId: input.userId,
      noticeVersion: CONSENT_NOTICE_VERSION,
      language: input.language,
      purposes: {
        preferences: input.purposes.preferences,
        analytics: input.purposes.analytics,
        personalization: input.purposes.personalization,
        marketing: input.purposes.marketing,
      },
      method: input.method,
      gpc: input.gpc,
      jurisdiction: CONSENT_JURISDICTION,
      withdrawalMethod: WITHDRAWAL_METHOD,
      recordedAt: input.now,
    })
    .returning();
  if (!row) throw new Error("consent event was not recorded");
  return row;
}

/** The account's latest decision (any notice version), or null. */
export async function latestDecisionForUser(
  db: Database,
  userId: string,
): Promise<ConsentEvent | null> {
  const [row] = await db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.userId, userId))
    .orderBy(desc(consentEvents.recordedAt), desc(consentEvents.id))
    .limit(1);
  return row ?? null;
}

/** The latest decision of a pseudonymous subject (guest or not), or null. */
export async function latestDecisionForSubject(
  db: Database,
  subjectId: string,
): Promise<ConsentEvent | null> {
  const [row] = await db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.subjectId, subjectId))
    .orderBy(desc(consentEvents.recordedAt), desc(consentEvents.id))
    .limit(1);
  return row ?? null;
}

/** The account's consent history, newest first (receipts, privacy center). */
export async function decisionsForUser(db: Database, userId: string): Promise<ConsentEvent[]> {
  return db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.userId, userId))
    .orderBy(desc(consentEvents.recordedAt), desc(consentEvents.id));
}

/** One decision of the account (owner-scoped), or null. */
export async function decisionOfUser(
  db: Database,
  input: { userId: string; eventId: string },
): Promise<ConsentEvent | null> {
  const [row] = await db
    .select()
    .from(consentEvents)
    .where(and(eq(consentEvents.userId, input.userId), eq(consentEvents.id, input.eventId)))
    .limit(1);
  return row ?? null;
}

/** The rows of one subject, oldest first (tests, carry-over). */
export async function decisionsForSubject(
  db: Database,
  subjectId: string,
): Promise<ConsentEvent[]> {
  return db
    .select()
    .from(consentEvents)
    .where(eq(consentEvents.subjectId, subjectId))
    .orderBy(asc(consentEvents.recordedAt));
}

/**
 * At sign-in (C11): the guest rows of this subject now belong to the account. Only `user_id` of
 * rows that had none is set; nothing else in the ledger ever changes. Returns how many rows moved.
 */
export async function carryGuestConsent(
  db: Database,
  input: { subjectId: string; userId: string; now: Date },
): Promise<number> {
  const moved = await db
    .update(consentEvents)
    .set({ userId: input.userId })
    .where(and(eq(consentEvents.subjectId, input.subjectId), isNull(consentEvents.userId)))
    .returning({ id: consentEvents.id });
  return moved.length;
}

/** A ledger row as the input of effectiveConsent. */
export function decisionFromEvent(row: ConsentEvent): Decision {
  return {
    purposes: row.purposes,
    decidedAt: row.recordedAt,
    eventId: row.id,
    noticeVersion: row.noticeVersion,
    method: row.method,
  };
}
