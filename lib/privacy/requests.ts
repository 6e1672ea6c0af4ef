import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { privacyRequests, users, type PrivacyRequest } from "@/db/schema";
import { auditPseudonym, writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/mail/outbox";
import type { MailLocale } from "@/lib/mail/templates";

export type RequestKind = PrivacyRequest["kind"];
export type RequestStatus = PrivacyRequest["status"];

export const REQUEST_KINDS = [
  "access",
  "export",
  "rectification",
  "restriction",
  "objection",
  "erasure",
] as const satisfies readonly RequestKind[];

/** Statuses of a request the privacy officer still has to answer. */
export const OPEN_STATUSES = [
  "received",
  "in_progress",
  "extended",
] as const satisfies readonly RequestStatus[];

export function isOpenStatus(status: RequestStatus): boolean {
  return (OPEN_STATUSES as readonly RequestStatus[]).includes(status);
}

export function isRequestKind(value: unknown): value is RequestKind {
  return (REQUEST_KINDS as readonly unknown[]).includes(value);
}

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

/** A short, stable reference for a request in pages and letters (not a key: URLs use the id). */
export function requestReference(id: string): string {
  return id.replaceAll("-", "").slice(0, 8).toUpperCase();
}

/** Whether the answer period was already extended once (the due date lies beyond one month). */
export function wasExtended(request: Pick<PrivacyRequest, "receivedAt" | "dueAt">): boolean {
  return request.dueAt.getTime() > dueDate(request.receivedAt).getTime();
}

export type QueueRow = Pick<
  PrivacyRequest,
  "id" | "kind" | "status" | "receivedAt" | "dueAt" | "userId"
>;

export type QueueEntry = {
  id: string;
  reference: string;
  kind: RequestKind;
  status: RequestStatus;
  receivedAt: Date;
  dueAt: Date;
  daysLeft: number;
  overdue: boolean;
  /** Made by someone without an account (R7). */
  guest: boolean;
};

/** The officer's queue (R6): open requests only, the most urgent (overdue) first. */
export function toQueueEntries(rows: readonly QueueRow[], now: Date): QueueEntry[] {
  return rows
    .filter((row) => isOpenStatus(row.status))
    .map((row) => ({
      id: row.id,
      reference: requestReference(row.id),
      kind: row.kind,
      status: row.status,
      receivedAt: row.receivedAt,
      dueAt: row.dueAt,
      daysLeft: daysLeft(row.dueAt, now),
      overdue: row.dueAt.getTime() < now.getTime(),
      guest: row.userId === null,
    }))
    .sort(
      (a, b) =>
        a.dueAt.getTime() - b.dueAt.getTime() ||
        a.receivedAt.getTime() - b.receivedAt.getTime() ||
        a.id.localeCompare(b.id),
    );
}

export type StaffAction = "start" | "extend" | "complete" | "refuse";
export type TransitionProblem =
  "closed" | "already_started" | "already_extended" | "extension_too_late";

/** Why the officer may not take this step now, or null when they may. */
export function transitionProblem(
  request: Pick<PrivacyRequest, "status" | "receivedAt" | "dueAt">,
  action: StaffAction,
  now: Date,
): TransitionProblem | null {
  if (!isOpenStatus(request.status)) return "closed";
  if (action === "start") return request.status === "received" ? null : "already_started";
  if (action === "extend") {
    if (request.status === "extended" || wasExtended(request)) return "already_extended";
    // Art. 12(3): the extension and its reasons must reach the person within one month of receipt.
    if (now.getTime() > dueDate(request.receivedAt).getTime()) return "extension_too_late";
  }
  return null;
}

export const MAX_REASON_LENGTH = 2000;

/** A reason as stored: trimmed, at most MAX_REASON_LENGTH characters; null when empty. */
export function cleanReason(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const reason = raw.trim().slice(0, MAX_REASON_LENGTH).trim();
  return reason === "" ? null : reason;
}

/** Open requests with their days left, overdue first (R6). */
export async function listQueue(db: Database, now: Date): Promise<QueueEntry[]> {
  const rows = await db
    .select({
      id: privacyRequests.id,
      kind: privacyRequests.kind,
      status: privacyRequests.status,
      receivedAt: privacyRequests.receivedAt,
      dueAt: privacyRequests.dueAt,
      userId: privacyRequests.userId,
    })
    .from(privacyRequests)
    .where(inArray(privacyRequests.status, [...OPEN_STATUSES]))
    .orderBy(asc(privacyRequests.dueAt), asc(privacyRequests.receivedAt));
  return toQueueEntries(rows, now);
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Requester = { name: string | null; locale: MailLocale; hasAccount: boolean };

/** Name and language to answer in: the account's, else the language the guest used (R7). */
async function requesterOf(db: Database | Tx, request: PrivacyRequest): Promise<Requester> {
  if (request.userId) {
    const [user] = await db
      .select({ name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, request.userId));
    if (user) return { name: user.name, locale: user.locale, hasAccount: true };
  }
  const language = request.details.language;
  return { name: null, locale: language === "en" ? "en" : "de", hasAccount: false };
}

const ACCOUNT_REQUESTS_PATH = "/account/privacy/requests";

/** Tells the requester what happened to their request (Art. 12(3), (4)), in the same transaction. */
async function mailRequester(
  db: Database | Tx,
  request: PrivacyRequest,
  requester: Requester,
  options: { reason: string | null; baseUrl?: string },
): Promise<void> {
  await enqueueMail(db, {
    to: request.email,
    userId: requester.hasAccount ? request.userId : null,
    locale: requester.locale,
    content: {
      template: "privacy-request-update",
      name: requester.name,
      kind: request.kind,
      status: request.status,
      dueAt: isOpenStatus(request.status) ? request.dueAt.toISOString() : null,
      reason: options.reason,
      link:
        requester.hasAccount && options.baseUrl
          ? `${options.baseUrl}${ACCOUNT_REQUESTS_PATH}`
          : null,
    },
  });
}

export type ReceiveInput = NewRequest & {
  /** The customer who made it (audit actor); null for a guest. */
  actor: { id: string; role: (typeof users.$inferSelect)["role"] } | null;
  baseUrl?: string;
};

/**
 * A request for the officer's queue made by a customer or a guest (R6, R7): logged as received,
 * due in one month, audited, and acknowledged by mail with its due date, in one transaction.
 */
export async function receiveRequest(db: Database, input: ReceiveInput): Promise<PrivacyRequest> {
  return db.transaction(async (tx) => {
    const request = await logRequest(tx, input);
    await writeAudit(tx, {
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      action: "privacy_request.received",
      entity: "privacy_request",
      entityId: request.id,
      subjectUserId: request.userId,
      details: { kind: request.kind, guest: request.userId === null },
      occurredAt: input.now,
    });
    await mailRequester(tx, request, await requesterOf(tx, request), {
      reason: null,
      baseUrl: input.baseUrl,
    });
    return request;
  });
}

export type StaffChange = { id: string; staffId: string; now: Date; baseUrl?: string };
export type StaffProblem = TransitionProblem | "not_found" | "reason_required";
export type StaffOutcome =
  { status: "ok"; request: PrivacyRequest } | { status: "problem"; problem: StaffProblem };

const problem = (p: StaffProblem): StaffOutcome => ({ status: "problem", problem: p });

/**
 * One step of the officer on one request: checked against the request's state under a row lock,
 * applied, audit-logged (S9) and mailed to the requester, all in one transaction.
 */
async function handleRequest(
  db: Database,
  input: StaffChange & { reason?: unknown },
  action: StaffAction,
): Promise<StaffOutcome> {
  const reason = cleanReason(input.reason);
  if ((action === "extend" || action === "refuse") && !reason) return problem("reason_required");
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.id, input.id))
      .for("update");
    if (!request) return problem("not_found");
    const blocked = transitionProblem(request, action, input.now);
    if (blocked) return problem(blocked);
    const [staff] = await tx
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, input.staffId));
    const requester = await requesterOf(tx, request);

    let erasedUserId: string | null = null;
    if (action === "complete" && request.kind === "erasure") {
      // Completing an erasure request erases (Art. 17): the account, or a guest's rows by address.
      // Loaded here: the erasure module itself logs requests through this one.
      const { eraseSubject } = await import("@/lib/privacy/erasure/erase");
      // An account gets erasure's own confirmation (what is kept, until when, R4) and no second
      // mail; a guest, who has no account to be told about, gets this request's answer below.
      await eraseSubject(
        tx,
        request.userId ? { userId: request.userId } : { userId: null, email: request.email },
        input.now,
        {
          recordRequest: false,
          sendConfirmation: request.userId !== null,
          locale: requester.locale,
        },
      );
      erasedUserId = request.userId;
    }

    const changes: Partial<typeof privacyRequests.$inferInsert> = { handledBy: input.staffId };
    if (action === "start") changes.status = "in_progress";
    if (action === "extend") {
      changes.status = "extended";
      changes.dueAt = extendedDueDate(request.receivedAt);
      changes.statusReason = reason;
    }
    if (action === "complete") {
      changes.status = "completed";
      changes.completedAt = input.now;
    }
    if (action === "refuse") {
      changes.status = "refused";
      changes.completedAt = input.now;
      changes.statusReason = reason;
    }
    const [updated] = await tx
      .update(privacyRequests)
      .set(changes)
      .where(eq(privacyRequests.id, request.id))
      .returning();
    if (!updated) throw new Error("privacy_requests did not return the updated row");

    await writeAudit(tx, {
      actorId: input.staffId,
      actorRole: staff?.role ?? null,
      action: `privacy_request.${AUDIT_VERB[action]}`,
      entity: "privacy_request",
      entityId: request.id,
      // An erased account is referred to by its pseudonym only, as erasure leaves the log.
      subjectUserId: erasedUserId ? null : updated.userId,
      details: {
        kind: request.kind,
        from: request.status,
        to: updated.status,
        ...(reason && action !== "start" && action !== "complete" ? { reason } : {}),
        ...(erasedUserId ? { subjectPseudonym: auditPseudonym(erasedUserId) } : {}),
      },
      occurredAt: input.now,
    });
    if (!erasedUserId) {
      await mailRequester(tx, updated, requester, {
        reason: action === "extend" || action === "refuse" ? reason : null,
        baseUrl: input.baseUrl,
      });
    }
    return { status: "ok", request: updated };
  });
}

const AUDIT_VERB: Record<StaffAction, string> = {
  start: "started",
  extend: "extended",
  complete: "completed",
  refuse: "refused",
};

/** The officer starts working on a received request. */
export function startRequest(db: Database, input: StaffChange): Promise<StaffOutcome> {
  return handleRequest(db, input, "start");
}

/**
 * The officer answered the request. For an erasure request this erases at once: the account, or
 * for a guest every row the data map finds by the address they proved control of.
 */
export function completeRequest(db: Database, input: StaffChange): Promise<StaffOutcome> {
  return handleRequest(db, input, "complete");
}

/**
 * Art. 12(3): the period may be extended once by two further months where necessary, with reasons,
 * announced within the first month; the new due date is three months after receipt.
 */
export function extendRequest(
  db: Database,
  input: StaffChange & { reason: string },
): Promise<StaffOutcome> {
  return handleRequest(db, input, "extend");
}

/** Art. 12(4): a refusal states its reasons (and the mail names the right to complain). */
export function refuseRequest(
  db: Database,
  input: StaffChange & { reason: string },
): Promise<StaffOutcome> {
  return handleRequest(db, input, "refuse");
}

export type RequestForStaff = {
  request: PrivacyRequest;
  reference: string;
  requester: Requester;
  daysLeft: number;
  overdue: boolean;
  canExtend: boolean;
};

/**
 * One request with the requester's address and name for the officer; every look is written to the
 * audit log (S9) before anything is returned.
 */
export async function getRequestForStaff(
  db: Database,
  input: {
    id: string;
    staff: { id: string; role: (typeof users.$inferSelect)["role"] };
    now: Date;
  },
): Promise<RequestForStaff | null> {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.id, input.id));
    if (!request) return null;
    await writeAudit(tx, {
      actorId: input.staff.id,
      actorRole: input.staff.role,
      action: "privacy_request.viewed",
      entity: "privacy_request",
      entityId: request.id,
      subjectUserId: request.userId,
      details: { kind: request.kind },
      occurredAt: input.now,
    });
    return {
      request,
      reference: requestReference(request.id),
      requester: await requesterOf(tx, request),
      daysLeft: daysLeft(request.dueAt, input.now),
      overdue: isOpenStatus(request.status) && request.dueAt.getTime() < input.now.getTime(),
      canExtend: transitionProblem(request, "extend", input.now) === null,
    };
  });
}
