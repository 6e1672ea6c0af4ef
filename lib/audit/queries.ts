import { and, count, desc, eq, gte, isNull, like, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/engine/open";
import { auditLog, orders, roleEnum, type Role } from "@/db/schema";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";

/*
 * The audit log for the privacy officer (S9): newest first, filtered by actor role, action prefix,
 * subject and a date range in Europe/Berlin days. Actors and subjects are shown by id and role;
 * names appear only where an entry's own details hold them.
 */

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_TIME_ZONE = "Europe/Berlin";
/** "system" stands for entries without an actor (jobs). */
export const AUDIT_ACTOR_FILTERS = [...roleEnum.enumValues, "system"] as const;
export type AuditActorFilter = (typeof AUDIT_ACTOR_FILTERS)[number];

const isoDay = z.iso.date();

export type AuditFilters = {
  actorRole: AuditActorFilter | null;
  actionPrefix: string | null;
  subject: string | null;
  from: string | null;
  to: string | null;
  page: number;
};

export type AuditFilterProblem = "subject" | "dates" | null;

const single = (value: unknown) =>
  typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;

/**
 * Reads the filters from a URL's search parameters; what cannot be used is dropped and named as
 * a problem, never guessed (an unknown subject would silently widen the search).
 */
export function parseAuditFilters(params: Record<string, unknown>): {
  filters: AuditFilters;
  problem: AuditFilterProblem;
} {
  let problem: AuditFilterProblem = null;
  const role = single(params.actor);
  const actorRole = AUDIT_ACTOR_FILTERS.find((r) => r === role) ?? null;
  const action = (single(params.action) ?? "").trim().slice(0, 100);
  const rawSubject = (single(params.subject) ?? "").trim().slice(0, 100);
  let subject: string | null = null;
  if (rawSubject) {
    if (isSubjectQuery(rawSubject)) subject = rawSubject;
    else problem = "subject";
  }
  const dates = [single(params.from), single(params.to)].map((value) => {
    const trimmed = (value ?? "").trim();
    if (!trimmed) return null;
    if (isoDay.safeParse(trimmed).success) return trimmed;
    problem ??= "dates";
    return null;
  });
  let [from, to] = dates as [string | null, string | null];
  if (from && to && from > to) {
    problem ??= "dates";
    [from, to] = [null, null];
  }
  const page = Number.parseInt(single(params.page) ?? "1", 10);
  return {
    filters: {
      actorRole,
      actionPrefix: action || null,
      subject,
      from,
      to,
      page: Number.isFinite(page) && page > 0 ? page : 1,
    },
    problem,
  };
}

/** A user id (uuid), an audit pseudonym (p_…) or an order number. */
export function isSubjectQuery(value: string): boolean {
  return (
    z.uuid().safeParse(value).success ||
    /^p_[0-9a-f]{20}$/.test(value) ||
    ORDER_NUMBER_PATTERN.test(value.toUpperCase())
  );
}

function subjectCondition(subject: string): SQL {
  if (z.uuid().safeParse(subject).success) {
    return or(
      eq(auditLog.subjectUserId, subject),
      eq(auditLog.actorId, subject),
      eq(auditLog.entityId, subject),
    )!;
  }
  if (subject.startsWith("p_")) return eq(auditLog.subjectPseudonym, subject);
  const orderNumber = subject.toUpperCase();
  // Entries name an order by its number or by its id, depending on who wrote them.
  return or(
    eq(auditLog.entityId, orderNumber),
    sql`${auditLog.entityId} = (select ${orders.id}::text from ${orders} where ${orders.orderNumber} = ${orderNumber})`,
  )!;
}

/** `like` with the user's text taken literally. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function auditWhere(filters: Omit<AuditFilters, "page">): SQL | undefined {
  const berlinDay = sql`(${auditLog.occurredAt} at time zone ${AUDIT_TIME_ZONE})::date`;
  const conditions = [
    filters.actorRole === "system"
      ? isNull(auditLog.actorRole)
      : filters.actorRole
        ? eq(auditLog.actorRole, filters.actorRole as Role)
        : undefined,
    filters.actionPrefix
      ? like(auditLog.action, `${escapeLike(filters.actionPrefix)}%`)
      : undefined,
    filters.subject ? subjectCondition(filters.subject) : undefined,
    filters.from ? gte(berlinDay, sql`${filters.from}::date`) : undefined,
    filters.to ? lte(berlinDay, sql`${filters.to}::date`) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export type AuditRow = {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorRole: Role | null;
  action: string;
  entity: string;
  entityId: string | null;
  subjectUserId: string | null;
  subjectPseudonym: string | null;
  details: Record<string, unknown>;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageCount: number };

/** One page of matching entries, newest first; `page` is clamped to the pages there are. */
export async function listAuditEntries(
  db: Database,
  filters: AuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const where = auditWhere(filters);
  const [totals] = await db.select({ total: count() }).from(auditLog).where(where);
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = await db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      actorId: auditLog.actorId,
      actorRole: auditLog.actorRole,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      subjectUserId: auditLog.subjectUserId,
      subjectPseudonym: auditLog.subjectPseudonym,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total, page, pageCount };
}
