import { z } from "zod";
import type { Purpose } from "@/db/schema";

/**
 * Pure helpers of the privacy officer's consent page (/admin/consent): the period, the weekly
 * rates and the subject lookup. No database, no clock: everything is passed in, so all of it is
 * unit-tested. Dates are calendar dates in Europe/Berlin as `YYYY-MM-DD`; weeks start on Monday
 * (as `date_trunc('week', …)` in PostgreSQL).
 */

export const REPORT_PURPOSES: readonly Purpose[] = [
  "preferences",
  "analytics",
  "personalization",
  "marketing",
];

export const REPORT_TIME_ZONE = "Europe/Berlin";
/** The default period: the current week and the 11 before it. */
export const DEFAULT_WEEKS = 12;
/** Longest period one page shows (two years of weeks), so the chart and the table stay readable. */
export const MAX_PERIOD_DAYS = 731;

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return toIsoDate(new Date(toUtcDate(isoDate).getTime() + days * DAY_MS));
}

/** The Monday of the week a date falls in. */
export function mondayOf(isoDate: string): string {
  const weekday = toUtcDate(isoDate).getUTCDay(); // 0 = Sunday
  return addDays(isoDate, -((weekday + 6) % 7));
}

/** Today's calendar date in Berlin. */
export function berlinDate(now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: REPORT_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** ISO 8601 week number of a date (the "KW" of a German calendar). */
export function isoWeekNumber(isoDate: string): number {
  // The week belongs to the year its Thursday is in.
  const thursday = toUtcDate(addDays(mondayOf(isoDate), 3));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
}

export type ReportPeriod = { from: string; to: string };

/** The last 12 weeks: from the Monday 11 weeks before this week's up to today. */
export function defaultPeriod(today: string): ReportPeriod {
  return { from: addDays(mondayOf(today), -7 * (DEFAULT_WEEKS - 1)), to: today };
}

const isoDate = z.iso.date();
const optionalDate = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value),
  isoDate.optional(),
);

export const periodParamsSchema = z
  .object({ from: optionalDate, to: optionalDate })
  .refine(({ from, to }) => !from || !to || from <= to, { message: "order", path: ["to"] })
  .refine(
    ({ from, to }) =>
      !from ||
      !to ||
      (toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY_MS < MAX_PERIOD_DAYS,
    { message: "tooLong", path: ["to"] },
  );

export type PeriodProblem = "invalid" | "order" | "tooLong";

/**
 * The period from `?from=&to=`. A missing bound takes the default's; anything invalid falls back
 * to the default period and says why, so the page always shows something.
 */
export function parsePeriod(
  params: { from?: unknown; to?: unknown },
  today: string,
): { period: ReportPeriod; problem: PeriodProblem | null } {
  const fallback = defaultPeriod(today);
  const parsed = periodParamsSchema.safeParse({ from: params.from, to: params.to });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    const problem: PeriodProblem =
      message === "order" ? "order" : message === "tooLong" ? "tooLong" : "invalid";
    return { period: fallback, problem };
  }
  const to =
    parsed.data.to ?? (parsed.data.from && parsed.data.from > today ? parsed.data.from : today);
  let from = parsed.data.from ?? defaultPeriod(to).from;
  if (from > to) from = defaultPeriod(to).from;
  return { period: { from, to }, problem: null };
}

/** The Mondays of every week the period touches, oldest first. */
export function weeksOf(period: ReportPeriod): string[] {
  const weeks: string[] = [];
  const last = mondayOf(period.to);
  for (let week = mondayOf(period.from); week <= last; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** One week as counted in SQL: the latest decision of each subject in that week. */
export type WeeklyConsentCounts = {
  /** Monday of the week, `YYYY-MM-DD` (Berlin). */
  week: string;
  decisions: number;
  /** How many of those decisions allowed each purpose. */
  allowed: Record<Purpose, number>;
  /** How many of them were made with `Sec-GPC: 1`. */
  gpc: number;
};

export type WeeklyConsentRates = {
  week: string;
  decisions: number;
  /** Percent with one decimal, or null for a week without decisions (no rate, not 0 %). */
  rates: Record<Purpose, number | null>;
  gpcShare: number | null;
};

/** `part / whole` as a percentage with one decimal; null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/**
 * Turns the weekly counts into rates for every week of the period, the empty ones included, so
 * the chart shows gaps and the table says "no decisions" rather than skipping weeks.
 */
export function toWeeklyRates(
  counts: readonly WeeklyConsentCounts[],
  period: ReportPeriod,
): WeeklyConsentRates[] {
  const byWeek = new Map(counts.map((row) => [row.week, row]));
  return weeksOf(period).map((week) => {
    const row = byWeek.get(week);
    const decisions = row?.decisions ?? 0;
    const rates = Object.fromEntries(
      REPORT_PURPOSES.map((purpose) => [purpose, percent(row?.allowed[purpose] ?? 0, decisions)]),
    ) as Record<Purpose, number | null>;
    return { week, decisions, rates, gpcShare: percent(row?.gpc ?? 0, decisions) };
  });
}

export type PeriodTotals = {
  decisions: number;
  gpc: number;
  gpcShare: number | null;
  weeksWithDecisions: number;
};

/** Totals over the period (a subject deciding in two weeks counts once per week). */
export function periodTotals(counts: readonly WeeklyConsentCounts[]): PeriodTotals {
  const decisions = counts.reduce((sum, row) => sum + row.decisions, 0);
  const gpc = counts.reduce((sum, row) => sum + row.gpc, 0);
  return {
    decisions,
    gpc,
    gpcShare: percent(gpc, decisions),
    weeksWithDecisions: counts.filter((row) => row.decisions > 0).length,
  };
}

/** The most recent week that has decisions, for the chart's text summary. */
export function latestWeekWithDecisions(
  weeks: readonly WeeklyConsentRates[],
): WeeklyConsentRates | null {
  for (let i = weeks.length - 1; i >= 0; i--) {
    const week = weeks[i];
    if (week && week.decisions > 0) return week;
  }
  return null;
}

export type NoticeVersionUse = {
  version: string;
  firstUsedAt: Date | null;
  lastUsedAt: Date | null;
  decisions: number;
};

/**
 * The versions seen in the ledger, newest first, each marked whether it is the current one. The
 * current version is listed even before anyone decided under it (C9: it asks everyone again).
 */
export function withCurrentVersion(
  versions: readonly NoticeVersionUse[],
  current: string,
): (NoticeVersionUse & { current: boolean })[] {
  const list = versions.map((v) => ({ ...v, current: v.version === current }));
  if (!list.some((v) => v.current)) {
    list.push({
      version: current,
      firstUsedAt: null,
      lastUsedAt: null,
      decisions: 0,
      current: true,
    });
  }
  const time = (v: NoticeVersionUse) => v.firstUsedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return list.sort((a, b) => time(b) - time(a) || b.version.localeCompare(a.version));
}

export type SubjectQuery =
  | { kind: "empty" }
  | { kind: "invalid" }
  | { kind: "subject_id"; value: string }
  | { kind: "email"; value: string };

const SUBJECT_ID = /^s_[A-Za-z0-9_-]{4,100}$/;
const EMAIL = z.email();

/** What was typed into "Subject": a pseudonymous id (s_…), an e-mail address, nothing, or neither. */
export function parseSubjectQuery(raw: unknown): SubjectQuery {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  if (typeof value !== "string") return { kind: "invalid" };
  const trimmed = value.trim();
  if (trimmed === "") return { kind: "empty" };
  if (trimmed.length > 254) return { kind: "invalid" };
  if (SUBJECT_ID.test(trimmed)) return { kind: "subject_id", value: trimmed };
  if (EMAIL.safeParse(trimmed).success) return { kind: "email", value: trimmed.toLowerCase() };
  return { kind: "invalid" };
}
