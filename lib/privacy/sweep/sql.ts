/**
 * SQL of the sweep: when a row is due (./rules.ts), what keeps a due row (rows still pointing at
 * it), and what the database itself refuses (the immutability trigger of invoices).
 */
import { sql, type SQL } from "drizzle-orm";
import type { TableName } from "../data-map-types";
import { referencesTo } from "./graph";
import {
  GUEST_DECISION_LIFETIME_SECONDS,
  type DueWhen,
  type RowFilterSpec,
  type RowScope,
  type SweepPart,
} from "./rules";

const id = (name: string) => sql.identifier(name);
/** `alias.column`, both quoted. */
export const col = (alias: string, column: string) => sql`${id(alias)}.${id(column)}`;
const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

function matches(alias: string, filter: RowFilterSpec): SQL {
  if ("isNull" in filter) return sql`${col(alias, filter.column)} is null`;
  const values = sql.join(
    filter.in.map((value) => sql`${value}`),
    sql`, `,
  );
  // Compared as text so that enum columns match their labels.
  return sql`(${col(alias, filter.column)}::text in (${values}))`;
}

function inScope(alias: string, scope: RowScope): SQL | null {
  switch (scope.kind) {
    case "all":
      return null;
    case "only":
      return sql`${matches(alias, scope.filter)} is true`;
    case "except":
      return sql`${matches(alias, scope.filter)} is not true`;
  }
}

function startTime(alias: string, due: DueWhen): SQL {
  if (due.kind === "column") return col(alias, due.column);
  switch (due.time) {
    case "consent-decision-ends": {
      // Two lookups rather than one OR, so that each uses its index (subject, account).
      const newer = (match: SQL) => sql`(
        select min(n.recorded_at) from consent_events n
        where ${match}
          and (n.recorded_at > ${col(alias, "recorded_at")}
            or (n.recorded_at = ${col(alias, "recorded_at")} and n.id > ${col(alias, "id")}))
      )`;
      return sql`least(
        ${newer(sql`n.subject_id = ${col(alias, "subject_id")}`)},
        ${newer(sql`n.user_id = ${col(alias, "user_id")}`)},
        case when ${col(alias, "user_id")} is null
          then ${col(alias, "recorded_at")} + ${GUEST_DECISION_LIFETIME_SECONDS} * interval '1 second'
        end
      )`;
    }
    case "offer-ended":
      return sql`(select o.ends_at from offers o where o.id = ${col(alias, "offer_id")})`;
  }
}

/** Rows of one rule part that are due (null when the part does not sweep). */
export function partDue(alias: string, part: SweepPart): SQL | null {
  if (!part.due) return null;
  const due = sql`${startTime(alias, part.due)} < ${at(part.due.cutoff)}`;
  const scope = inScope(alias, part.scope);
  return scope ? sql`(${scope} and ${due})` : sql`(${due})`;
}

/**
 * Rows that must stay although due: a row of another table still points at them (an order with an
 * invoice not yet due), or at a row that would go with them. Null when nothing can point at them.
 */
export function keptByReferences(table: TableName, alias: string, depth = 0): SQL | null {
  if (depth > 8) throw new Error(`${table}: "with-parent" chain too deep for the sweep`);
  const conditions = referencesTo(table).flatMap((ref, index): SQL[] => {
    const child = `r${depth}_${index}`;
    const link = sql`${col(child, ref.childColumn)} = ${col(alias, ref.parentColumn)}`;
    if (!ref.withParent)
      return [sql`exists (select 1 from ${id(ref.child)} ${id(child)} where ${link})`];
    const kept = keptByReferences(ref.child, child, depth + 1);
    return kept
      ? [sql`exists (select 1 from ${id(ref.child)} ${id(child)} where ${link} and ${kept})`]
      : [];
  });
  return conditions.length === 0 ? null : sql`(${sql.join(conditions, sql` or `)})`;
}

/**
 * Issued invoices and credit notes are immutable; their trigger (db/migrations/0002) lets a row be
 * deleted only once `date_trunc('year', issued_at) + 9 years <= now()` by the database's clock and
 * time zone. The sweep asks the same question, so that it never runs into the refusal (at a
 * `now` other than the clock's, or around New Year where Berlin and UTC differ).
 */
const IMMUTABLE_UNTIL_RETENTION_ENDS: Partial<Record<TableName, string>> = {
  invoices: "issued_at",
  credit_notes: "issued_at",
};

export function immutableTables(): TableName[] {
  return Object.keys(IMMUTABLE_UNTIL_RETENTION_ENDS) as TableName[];
}

export function databaseAllows(table: TableName, alias: string): SQL | null {
  const column = IMMUTABLE_UNTIL_RETENTION_ENDS[table];
  if (!column) return null;
  return sql`(date_trunc('year', ${col(alias, column)}) + interval '9 years' <= now())`;
}

/** The full condition: due by some part, kept by no reference, allowed by the database. */
export function removable(table: TableName, alias: string, parts: SweepPart[]): SQL | null {
  const due = parts.flatMap((part) => partDue(alias, part) ?? []);
  if (due.length === 0) return null;
  const conditions = [sql`(${sql.join(due, sql` or `)})`];
  const kept = keptByReferences(table, alias);
  if (kept) conditions.push(sql`not ${kept}`);
  const allowed = databaseAllows(table, alias);
  if (allowed) conditions.push(allowed);
  return sql.join(conditions, sql` and `);
}
