import "server-only";
import { and, count, desc, eq, inArray, isNull, max, min, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import { consentEvents, users, type PurposeStates, type Role } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import type {
  NoticeVersionUse,
  ReportPeriod,
  SubjectQuery,
  WeeklyConsentCounts,
} from "@/lib/consent/reporting";

/**
 * Per week of the period (Monday, Europe/Berlin), the latest decision of each subject in that week,
 * counted: how many decisions, how many allowed each purpose, how many came with GPC. Turned into
 * rates by `toWeeklyRates` (lib/consent/reporting.ts).
 */
export async function getWeeklyConsentCounts(
  period: ReportPeriod,
  db?: Database,
): Promise<WeeklyConsentCounts[]> {
  const database = db ?? (await getDb());
  const allowed = (purpose: keyof PurposeStates) =>
    sql.raw(`count(*) filter (where purposes -> '${purpose}' = 'true'::jsonb)::int`);
  const rows = await queryRows<{
    week: string;
    decisions: number;
    preferences: number;
    analytics: number;
    personalization: number;
    marketing: number;
    gpc: number;
  }>(
    database,
    sql`
      with in_period as (
        select
          date_trunc('week', ${consentEvents.recordedAt} at time zone 'Europe/Berlin')::date as week,
          ${consentEvents.subjectId} as subject_id,
          ${consentEvents.purposes} as purposes,
          ${consentEvents.gpc} as gpc,
          ${consentEvents.recordedAt} as recorded_at,
          ${consentEvents.id} as id
        from ${consentEvents}
        where ${consentEvents.recordedAt} >= (${period.from}::date::timestamp at time zone 'Europe/Berlin')
          and ${consentEvents.recordedAt} < ((${period.to}::date + 1)::timestamp at time zone 'Europe/Berlin')
      ),
      latest as (
        select distinct on (week, subject_id) week, purposes, gpc
        from in_period
        order by week, subject_id, recorded_at desc, id desc
      )
      select
        to_char(week, 'YYYY-MM-DD') as week,
        count(*)::int as decisions,
        ${allowed("preferences")} as preferences,
        ${allowed("analytics")} as analytics,
        ${allowed("personalization")} as personalization,
        ${allowed("marketing")} as marketing,
        count(*) filter (where gpc)::int as gpc
      from latest
      group by week
      order by week
    `,
  );
  return rows.map((row) => ({
    week: row.week,
    decisions: Number(row.decisions),
    allowed: {
      preferences: Number(row.preferences),
      analytics: Number(row.analytics),
      personalization: Number(row.personalization),
      marketing: Number(row.marketing),
    },
    gpc: Number(row.gpc),
  }));
}

/** Every notice version in the ledger with its first and last use and how many decisions. */
export async function listNoticeVersionUse(db?: Database): Promise<NoticeVersionUse[]> {
  const database = db ?? (await getDb());
  const rows = await database
    .select({
      version: consentEvents.noticeVersion,
      firstUsedAt: min(consentEvents.recordedAt),
      lastUsedAt: max(consentEvents.recordedAt),
      decisions: count(),
    })
    .from(consentEvents)
    .groupBy(consentEvents.noticeVersion)
    .orderBy(desc(min(consentEvents.recordedAt)));
  return rows.map((row) => ({ ...row, decisions: Number(row.decisions) }));
}

export type LedgerDecision = {
  id: string;
  subjectId: string;
  recordedAt: Date;
  method: (typeof consentEvents.$inferSelect)["method"];
  noticeVersion: string;
  language: (typeof consentEvents.$inferSelect)["language"];
  purposes: PurposeStates;
  gpc: boolean;
};

export type LedgerSearchResult = {
  /** Whether the decisions belong to a customer account (which one is not shown: not needed). */
  accountFound: boolean;
  decisions: LedgerDecision[];
  /** All matching decisions; `decisions` holds at most LEDGER_LIMIT of them, newest first. */
  total: number;
};

export const LEDGER_LIMIT = 500;

export type LedgerActor = { id: string; role: Role };

/**
 * A subject's decisions, newest first: by pseudonymous id, or by a customer's e-mail address (the
 * account's decisions, plus the guest decisions made under a consent id the customer later signed
 * in with, C11; never another account's). Each lookup is an access to personal data and is written
 * to the audit log in the same transaction (S9), found or not.
 */
export async function searchConsentLedger(
  query: Extract<SubjectQuery, { kind: "subject_id" | "email" }>,
  actor: LedgerActor,
  db?: Database,
): Promise<LedgerSearchResult> {
  const database = db ?? (await getDb());
  return database.transaction(async (tx) => {
    let accountId: string | null = null;
    let where;
    if (query.kind === "email") {
      const [user] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, query.value))
        .limit(1);
      accountId = user?.id ?? null;
      if (accountId) {
        const ownSubjects = tx
          .select({ subjectId: consentEvents.subjectId })
          .from(consentEvents)
          .where(eq(consentEvents.userId, accountId));
        where = or(
          eq(consentEvents.userId, accountId),
          and(isNull(consentEvents.userId), inArray(consentEvents.subjectId, ownSubjects)),
        );
      }
    } else {
      where = eq(consentEvents.subjectId, query.value);
    }

    const rows = where
      ? await tx
          .select({
            id: consentEvents.id,
            subjectId: consentEvents.subjectId,
            userId: consentEvents.userId,
            recordedAt: consentEvents.recordedAt,
            method: consentEvents.method,
            noticeVersion: consentEvents.noticeVersion,
            language: consentEvents.language,
            purposes: consentEvents.purposes,
            gpc: consentEvents.gpc,
            total: sql<number>`count(*) over ()`.mapWith(Number),
          })
          .from(consentEvents)
          .where(where)
          .orderBy(desc(consentEvents.recordedAt), desc(consentEvents.id))
          .limit(LEDGER_LIMIT)
      : [];

    // A pseudonymous id may be linked to an account: the newest decision's account is the person.
    if (query.kind === "subject_id") accountId = rows.find((row) => row.userId)?.userId ?? null;
    const total = rows[0]?.total ?? 0;

    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "consent.ledger_viewed",
      entity: "consent_subject",
      entityId: query.kind === "subject_id" ? query.value : null,
      subjectUserId: accountId,
      details: { queryKind: query.kind, resultCount: total },
    });

    return {
      accountFound: accountId !== null,
      total,
      decisions: rows.map((row) => ({
        id: row.id,
        subjectId: row.subjectId,
        recordedAt: row.recordedAt,
        method: row.method,
        noticeVersion: row.noticeVersion,
        language: row.language,
        purposes: row.purposes,
        gpc: row.gpc,
      })),
    };
  });
}
