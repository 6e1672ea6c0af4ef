/**
 * The erasure statement (Art. 17, R4), derived from the data map: what erasure deletes and what it
 * keeps, why, under which law and until when, computed from the retention rule and the subject's
 * actual rows. Pure: the rows come from rows.ts, so that the rules are unit-tested without a database.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type {
  ColumnClass,
  CustomerCategory,
  Localized,
  PersonalEntry,
  RetentionPeriod,
  RetentionRule,
  RowFilter,
  TableName,
} from "../data-map-types";
import { isCustomerColumn } from "../data-map";
import { CATEGORY_TEXT, CUSTOMER_CATEGORY_ORDER } from "../map/vocabulary";

/** What the database says about one table's rows of the subject (rows.ts). */
export type TableRows = {
  /** All of the subject's rows. */
  count: number;
  /** Rows that erasure keeps (pseudonymized or restricted). */
  kept: number;
  /** The latest time the retention of the kept rows counts from; null when the rule needs none. */
  latest: Date | null;
};
export type ErasureRowsInfo = Partial<Record<TableName, TableRows>>;

export type DeletedItem = { table: TableName; label: Localized; count: number };
export type DeletedGroup = { category: CustomerCategory; label: Localized; items: DeletedItem[] };

export type KeptItem = {
  table: TableName;
  label: Localized;
  action: "retain-restricted" | "pseudonymize";
  count: number;
  /** The data map's reason for keeping (the entry's erasure reason). */
  why: Localized;
  /** The law that requires the retention. */
  law: string | null;
  /** The last day the latest of these rows is kept (ISO date, Europe/Berlin). */
  until: string;
  /** What is removed from the kept rows at once (labels of the columns cleared). */
  cleared: Localized[];
};

export type ErasureStatement = { deleted: DeletedGroup[]; kept: KeptItem[] };

type Entries = readonly (readonly [TableName, PersonalEntry])[];
type AnyRule = RetentionRule<PgTable>;

/** Whether erasure keeps rows of this table (in some form) instead of deleting them all. */
export function keepsRows(entry: PersonalEntry): boolean {
  return entry.erasure.action === "retain-restricted" || entry.erasure.action === "pseudonymize";
}

/** The rows a retain-restricted entry keeps; undefined means all of the subject's rows. */
export function keptRowsFilter(entry: PersonalEntry): RowFilter<PgTable> | undefined {
  return entry.erasure.action === "retain-restricted"
    ? (entry.erasure.rows as RowFilter<PgTable> | undefined)
    : undefined;
}

function sameFilter(a: RowFilter<PgTable>, b: RowFilter<PgTable>): boolean {
  if (a.column !== b.column) return false;
  if ("isNull" in a || "isNull" in b) return "isNull" in a && "isNull" in b;
  return a.in.length === b.in.length && a.in.every((value) => b.in.includes(value));
}

/**
 * The rule that governs the kept rows: the exception when erasure keeps exactly the rows the
 * exception is for (commercial letters among the mails), otherwise the table's rule.
 */
export function keptRetentionRule(entry: PersonalEntry): AnyRule {
  const retention = entry.retention as PersonalEntry["retention"] & {
    exception?: AnyRule & { rows: RowFilter<PgTable> };
  };
  const kept = keptRowsFilter(entry);
  if (kept && retention.exception && sameFilter(kept, retention.exception.rows)) {
    return retention.exception;
  }
  return retention;
}

const BERLIN_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

type CalendarDay = { year: number; month: number; day: number };

/** The calendar day of an instant in Europe/Berlin (architecture.md: date rules in Berlin time). */
export function berlinDay(instant: Date): CalendarDay {
  const parts = Object.fromEntries(
    BERLIN_DATE.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

function addPeriod(from: CalendarDay, period: RetentionPeriod): CalendarDay {
  if ("days" in period) {
    const date = new Date(Date.UTC(from.year, from.month - 1, from.day + period.days));
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const months = "months" in period ? period.months : period.years * 12;
  const index = from.year * 12 + (from.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // A day the target month lacks becomes its last day (29 February → 28 February).
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(from.day, lastDay) };
}

function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The last day a row is kept under a rule, counted from `base` (the time in the rule's column):
 * accounting records from the end of the calendar year (AO §147(4), HGB §257(5)), everything else
 * from the day itself.
 */
export function retentionEnd(rule: Pick<AnyRule, "period" | "trigger">, base: Date): string {
  switch (rule.trigger) {
    case "end-of-calendar-year":
      return isoDay(addPeriod({ year: berlinDay(base).year, month: 12, day: 31 }, rule.period));
    case "recorded":
    case "last-change":
    case "expiry":
    case "closed":
    case "superseded":
      return isoDay(addPeriod(berlinDay(base), rule.period));
    case "account-closed":
    case "with-parent":
    case "not-personal":
      throw new Error(`A retention "${rule.trigger}" has no end date of its own`);
  }
}

/**
 * The rule that decides how long a table's kept rows stay, and the table whose rows carry its time:
 * the table's own, or for rows kept "with the parent" the parent's (order items with their order).
 */
export function governingRetention(
  name: TableName,
  entries: Entries | ReadonlyMap<TableName, PersonalEntry>,
): { table: TableName; rule: AnyRule } {
  const byName = entries instanceof Map ? entries : new Map(entries as Entries);
  const entry = byName.get(name);
  if (!entry) throw new Error(`${name}: not a personal table of the data map`);
  const rule = keptRetentionRule(entry);
  if (rule.trigger !== "with-parent") return { table: name, rule };
  if (!("via" in entry.subject)) {
    throw new Error(`${name}: kept "with-parent" but its subject lookup names no parent`);
  }
  return governingRetention(entry.subject.via.parentTable, byName);
}

/** The retention end of the subject's kept rows of a table. */
function keptUntil(
  name: TableName,
  byName: ReadonlyMap<TableName, PersonalEntry>,
  rows: ErasureRowsInfo,
  now: Date,
): { until: string; law: string | null } {
  const { table, rule } = governingRetention(name, byName);
  // Without a recorded time (a decision that stops applying only now, a request still open), the
  // period can start no earlier than the erasure.
  const base = rows[table]?.latest ?? now;
  return { until: retentionEnd(rule, base), law: rule.law ?? null };
}

function clearedColumns(entry: PersonalEntry): Localized[] {
  const erasure = entry.erasure;
  const names =
    erasure.action === "pseudonymize" || erasure.action === "retain-restricted"
      ? (erasure.setNull ?? [])
      : [];
  const columns = entry.columns as Record<string, ColumnClass>;
  const labels = names.flatMap((name) => {
    const column = columns[name];
    return column && isCustomerColumn(column) ? [column.label] : [];
  });
  return labels.filter((label, i) => labels.findIndex((l) => l.en === label.en) === i);
}

/**
 * The statement shown before erasure and confirmed after it (R4): the subject's records that are
 * deleted, grouped by category, and the records that are kept with the reason, the law and the day
 * the retention ends. Tables where the subject has no rows are left out.
 */
export function describeErasure(
  entries: Entries,
  rows: ErasureRowsInfo,
  now: Date,
): ErasureStatement {
  const byName = new Map<TableName, PersonalEntry>(entries.map(([name, entry]) => [name, entry]));
  const deleted: (DeletedItem & { category: CustomerCategory })[] = [];
  const kept: KeptItem[] = [];
  for (const [name, entry] of entries) {
    const info = rows[name];
    if (!info || info.count === 0) continue;
    const keptCount = keepsRows(entry) ? Math.min(info.kept, info.count) : 0;
    if (info.count > keptCount) {
      deleted.push({
        table: name,
        category: entry.category,
        label: entry.exportLabel,
        count: info.count - keptCount,
      });
    }
    const erasure = entry.erasure;
    if (
      keptCount === 0 ||
      (erasure.action !== "retain-restricted" && erasure.action !== "pseudonymize")
    )
      continue;
    kept.push({
      table: name,
      label: entry.exportLabel,
      action: erasure.action,
      count: keptCount,
      why: erasure.reason,
      ...keptUntil(name, byName, rows, now),
      cleared: clearedColumns(entry),
    });
  }
  const groups = CUSTOMER_CATEGORY_ORDER.flatMap((category): DeletedGroup[] => {
    const items = deleted
      .filter((item) => item.category === category)
      .map(({ table, label, count }) => ({ table, label, count }));
    return items.length > 0 ? [{ category, label: CATEGORY_TEXT[category].label, items }] : [];
  });
  return { deleted: groups, kept };
}

/**
 * The kept records as the "account-deleted" mail lists them; several tables under one law and end
 * ("Orders", "Items ordered", "Invoices") stay separate lines, each with its own label.
 */
export function keptForMail(
  statement: ErasureStatement,
  locale: keyof Localized,
): { label: string; until: string; law: string }[] {
  return statement.kept.map((item) => ({
    label: item.label[locale],
    until: item.until,
    law: item.law ?? item.why[locale],
  }));
}
