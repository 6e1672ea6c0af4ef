/**
 * The retention sweep's rules (GDPR Art. 5(1)(e), T1), derived from the data map: for every table
 * and every rule of its retention (the exception for its rows, the main rule for the others), which
 * rows are due at a given moment. Pure: the SQL lives in ./sql.ts, the I/O in ./sweep.ts.
 */
import { CONSENT_COOKIE_MAX_AGE_SECONDS } from "@/lib/consent/consent-cookie";
import { allTables } from "../data-map";
import type {
  RetentionPeriod,
  RetentionTrigger,
  RowFilter,
  TableEntry,
  TableName,
} from "../data-map-types";
import type { PgTable } from "drizzle-orm/pg-core";

/** Which rows of a table one rule covers. */
export type RowFilterSpec = RowFilter<PgTable>;
export type RowScope =
  | { kind: "all" }
  | { kind: "only"; filter: RowFilterSpec }
  | { kind: "except"; filter: RowFilterSpec };

/**
 * Times a rule counts from that are not a column of the row itself:
 * - consent-decision-ends: a consent decision stops applying when a newer decision of the same
 *   person replaces it (same consent id, or same account: C11) or, for a decision tied to no
 *   account, when the consent cookie that carries it expires (it is set only with a decision);
 * - offer-ended: an offer given to a customer is over when the offer itself ends.
 */
export type DerivedTime = "consent-decision-ends" | "offer-ended";

/** When a row becomes due: its start time is before `cutoff` (rows without a start time never are). */
export type DueWhen =
  | { kind: "column"; column: string; cutoff: Date }
  | { kind: "derived"; time: DerivedTime; cutoff: Date };

/** Why a rule needs no sweep. */
export type NoSweep =
  | { kind: "account-closed" }
  | { kind: "not-personal" }
  | { kind: "with-parent"; parent: TableName | null }
  /** Rows are replaced in place each time the named job recomputes them. */
  | { kind: "recomputed"; job: string }
  /** The map names no time to count from: a gap the unit test reports. */
  | { kind: "unresolved"; problem: string };

export type SweepPart = {
  scope: RowScope;
  trigger: RetentionTrigger;
  period: RetentionPeriod;
  column: string | null;
  law: string | null;
  text: { de: string; en: string };
} & ({ due: DueWhen; noSweep: null } | { due: null; noSweep: NoSweep });

export type TableSweepRule = { table: TableName; parts: SweepPart[] };

/** Map rules whose start time lives in other rows (see DerivedTime). */
const DERIVED_TIMES: Partial<Record<TableName, { trigger: RetentionTrigger; time: DerivedTime }>> =
  {
    consent_events: { trigger: "superseded", time: "consent-decision-ends" },
    offer_assignments: { trigger: "closed", time: "offer-ended" },
  };

/** "superseded" rules of derived data: the job that recomputes it replaces the rows in place. */
const RECOMPUTED_BY: Partial<Record<TableName, string>> = {
  segment_memberships: "segment-refresh",
  customer_profiles: "segment-refresh",
};

/** A decision tied to no account applies only through the consent cookie, set for one year. */
export const GUEST_DECISION_LIFETIME_SECONDS = CONSENT_COOKIE_MAX_AGE_SECONDS;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The calendar year of an instant in Europe/Berlin. The year changes at 1 January 00:00, when
 * Berlin is always on CET (UTC+1), so adding one hour and reading the UTC year is exact.
 */
export function berlinYear(instant: Date): number {
  return new Date(instant.getTime() + HOUR_MS).getUTCFullYear();
}

/** 1 January 00:00 in Europe/Berlin (CET, UTC+1) of the year. */
export function startOfBerlinYear(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - HOUR_MS);
}

/**
 * `now` minus the period. Days are exact 24-hour days; months and years are calendar steps in UTC,
 * a day the target month lacks becoming its last day (31 March − 1 month = 28/29 February).
 */
export function subtractPeriod(now: Date, period: RetentionPeriod): Date {
  if ("days" in period) return new Date(now.getTime() - period.days * DAY_MS);
  const months = "months" in period ? period.months : period.years * 12;
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(now);
  result.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return result;
}

/**
 * Rows whose start time is before the cutoff are due. For the end-of-calendar-year trigger the
 * period runs from the end of the row's year (Europe/Berlin): a row of year Y is due once
 * 31 December of Y plus the period has passed, i.e. when it lies before 1 January of the year of
 * `now − period`. Every other timed trigger counts the period from the time itself.
 */
export function cutoffFor(trigger: RetentionTrigger, period: RetentionPeriod, now: Date): Date {
  const back = subtractPeriod(now, period);
  return trigger === "end-of-calendar-year" ? startOfBerlinYear(berlinYear(back)) : back;
}

const TIMED: readonly RetentionTrigger[] = [
  "recorded",
  "last-change",
  "expiry",
  "closed",
  "end-of-calendar-year",
  "superseded",
];

type AnyRule = {
  period: RetentionPeriod;
  trigger: RetentionTrigger;
  column?: string;
  law?: string;
  text: { de: string; en: string };
};

function withParentOf(entry: TableEntry): TableName | null {
  return entry.personal && "via" in entry.subject ? entry.subject.via.parentTable : null;
}

function resolve(
  table: TableName,
  entry: TableEntry,
  rule: AnyRule,
  scope: RowScope,
  now: Date,
): SweepPart {
  const base = {
    scope,
    trigger: rule.trigger,
    period: rule.period,
    column: rule.column ?? null,
    law: rule.law ?? null,
    text: rule.text,
  };
  const none = (noSweep: NoSweep): SweepPart => ({ ...base, due: null, noSweep });
  switch (rule.trigger) {
    case "account-closed":
      return none({ kind: "account-closed" });
    case "not-personal":
      return none({ kind: "not-personal" });
    case "with-parent":
      return none({ kind: "with-parent", parent: withParentOf(entry) });
  }
  if (!TIMED.includes(rule.trigger)) {
    return none({ kind: "unresolved", problem: `${table}: unknown trigger "${rule.trigger}"` });
  }
  const cutoff = cutoffFor(rule.trigger, rule.period, now);
  if (rule.column) {
    return { ...base, due: { kind: "column", column: rule.column, cutoff }, noSweep: null };
  }
  const derived = DERIVED_TIMES[table];
  if (derived && derived.trigger === rule.trigger) {
    return { ...base, due: { kind: "derived", time: derived.time, cutoff }, noSweep: null };
  }
  const job = RECOMPUTED_BY[table];
  if (rule.trigger === "superseded" && job && periodIsZero(rule.period)) {
    return none({ kind: "recomputed", job });
  }
  return none({
    kind: "unresolved",
    problem: `${table}: the "${rule.trigger}" rule names no column and has no derived time`,
  });
}

function periodIsZero(period: RetentionPeriod): boolean {
  return Object.values(period).every((n) => n === 0);
}

/** The rule parts of one table at `now`: the exception for its rows, the main rule for the rest. */
export function tableSweepRule(table: TableName, entry: TableEntry, now: Date): TableSweepRule {
  const retention = entry.retention as AnyRule & {
    exception?: AnyRule & { rows: RowFilterSpec };
  };
  const { exception, ...main } = retention;
  if (!exception) return { table, parts: [resolve(table, entry, main, { kind: "all" }, now)] };
  return {
    table,
    parts: [
      resolve(table, entry, main, { kind: "except", filter: exception.rows }, now),
      resolve(table, entry, exception, { kind: "only", filter: exception.rows }, now),
    ],
  };
}

/** Every table's rule at `now`, in data-map order. */
export function sweepRules(now: Date): TableSweepRule[] {
  return allTables().map(([table, entry]) => tableSweepRule(table, entry, now));
}

/** Parts that would sweep, per table; tables without any are left out. */
export function sweptTables(now: Date): TableSweepRule[] {
  return sweepRules(now).filter((rule) => rule.parts.some((part) => part.due !== null));
}

/** Map rules the sweep cannot enforce (none may exist: the unit test fails on each). */
export function unresolvedRules(now = new Date()): string[] {
  return sweepRules(now).flatMap((rule) =>
    rule.parts.flatMap((part) =>
      part.noSweep?.kind === "unresolved" ? [part.noSweep.problem] : [],
    ),
  );
}

/** The cutoff recorded for a table's run: its main rule's when that sweeps, else the exception's. */
export function recordedCutoff(rule: TableSweepRule): Date | null {
  return rule.parts.find((part) => part.due !== null)?.due?.cutoff ?? null;
}
