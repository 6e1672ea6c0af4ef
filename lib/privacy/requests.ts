import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { privacyRequests, type PrivacyRequest } from "@/db/schema";

export type RequestKind = PrivacyRequest["kind"];

/**
 * Art. 12(3) GDPR: an answer within one month of receipt, extendable by two further months where
 * necessary, with reasons. Months are calendar months; a day the month lacks becomes its last day
 * (received 31 January → due 28/29 February).
 */
export function addCalendarMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

export const ANSWER_MONTHS = 1;
export const EXTENSION_MONTHS = 2;

export function dueDate(receivedAt: Date): Date {
  return addCalendarMonths(receivedAt, ANSWER_MONTHS);
}

/** The latest an extended request may be answered: three months after receipt. */
export function extendedDueDate(receivedAt: Date): Date {
  return addCalendarMonths(receivedAt, ANSWER_MONTHS + EXTENSION_MONTHS);
}

/** Whole days from `now` until `due` (negative when overdue). */
export function daysLeft(due: Date, now: Date): number {
  return Math.floor((due.getTime() - now.getTime()) / 86_400_000);
}

export type NewRequest = {
  userId: string | null;
  /** The account's address, or the address a guest proved control of. */
  email: string;
  kind: RequestKind;
  details?: Record<string, unknown>;
  now: Date;
};

/** A request to be handled by the privacy officer (R6): received now, due in one month. */
export async function logRequest(db: Database, input: NewRequest): Promise<PrivacyRequest> {
  const [row] = await db
    .insert(privacyRequests)
    .values({
      userId: input.userId,
      email: input.email,
      kind: input.kind,
      details: input.details ?? {},
      receivedAt: input.now,
      dueAt: dueDate(input.now),
    })
    .returning();
  if (!row) throw new Error("privacy_requests did not return the new row");
  return row;
}

/**
 * A request the shop answered at once by self-service (a download, an erasure, a restriction):
 * logged as received and completed in the same moment, so that the customer and the privacy
 * officer see it with the others.
 */
export async function recordCompletedRequest(
  db: Database,
  input: NewRequest,
): Promise<PrivacyRequest> {
  const [row] = await db
    .insert(privacyRequests)
    .values({
      userId: input.userId,
      email: input.email,
      kind: input.kind,
      details: input.details ?? {},
      status: "completed",
      receivedAt: input.now,
      dueAt: dueDate(input.now),
      completedAt: input.now,
    })
    .returning();
  if (!row) throw new Error("privacy_requests did not return the new row");
  return row;
}

/** The customer's own requests, newest first (owner-scoped). */
export async function listOwnRequests(db: Database, userId: string) {
  return db
    .select()
    .from(privacyRequests)
    .where(eq(privacyRequests.userId, userId))
    .orderBy(desc(privacyRequests.receivedAt));
}
