/**
 * Finds a data subject's rows of any personal table from the data map's subject lookup, so that the
 * access view, export, erasure and their tests share one definition of "this person's rows".
 */
import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";
import { consentEvents } from "@/db/schema";
import type { TableName } from "./data-map-types";
import { getPersonalEntry } from "./data-map";

/**
 * The person whose rows are wanted. Pass `email` only once control of the address is proven (the
 * verified address of the account, or a guest's one-time link, R7): it also finds guest rows.
 * A guest (`userId: null`) is only the rows without an account that carry the proven address, and
 * the rows that `via` chains reach from them.
 */
export type DataSubject = { userId: string; email?: string } | { userId: null; email: string };

const columnsByTable = new Map<PgTable, Map<string, PgColumn>>();

/** A column of the table by its SQL name; throws when the map names one the schema lacks. */
export function columnBySqlName(table: PgTable, name: string): PgColumn {
  let columns = columnsByTable.get(table);
  if (!columns) {
    columns = new Map(getTableConfig(table).columns.map((c) => [c.name, c]));
    columnsByTable.set(table, columns);
  }
  const column = columns.get(name);
  if (!column) throw new Error(`${getTableConfig(table).name}.${name}: no such column (data map)`);
  return column;
}

/** Every column of the table, keyed by SQL name (the names the data map classifies). */
export function sqlNamedColumns(table: PgTable): Record<string, PgColumn> {
  return Object.fromEntries(getTableConfig(table).columns.map((c) => [c.name, c]));
}

/** The WHERE condition selecting the subject's rows of a personal table (also for updates and deletes). */
export function subjectCondition(db: Database, tableName: TableName, subject: DataSubject): SQL {
  const entry = getPersonalEntry(tableName);
  const lookup = entry.subject;
  if ("via" in lookup) {
    const parent = getPersonalEntry(lookup.via.parentTable);
    const parentKey = columnBySqlName(parent.table, lookup.via.parentKey ?? "id");
    const parentRows = db
      .select({ key: parentKey })
      .from(parent.table)
      .where(subjectCondition(db, lookup.via.parentTable, subject));
    return inArray(columnBySqlName(entry.table, lookup.via.foreignKey), parentRows);
  }
  const userColumn = columnBySqlName(entry.table, lookup.userColumn);
  // Guest rows only: a row of another account never becomes this person's through an address.
  const guestRows = (email: string, emailColumnName: string) =>
    and(
      isNull(userColumn),
      sql`lower(${columnBySqlName(entry.table, emailColumnName)}) = lower(${email})`,
    )!;
  if (subject.userId === null) {
    // A guest has no account and no consent id we could tie to the address: only rows by address.
    return lookup.emailColumn ? guestRows(subject.email, lookup.emailColumn) : sql`false`;
  }
  const conditions: SQL[] = [eq(userColumn, subject.userId)];
  if (lookup.emailColumn && subject.email) {
    conditions.push(guestRows(subject.email, lookup.emailColumn));
  }
  if (lookup.pseudonymColumn) {
    // Guest rows recorded under a consent id the customer later signed in with (C11).
    const ownPseudonyms = db
      .select({ subjectId: consentEvents.subjectId })
      .from(consentEvents)
      .where(eq(consentEvents.userId, subject.userId));
    const pseudonymColumn = columnBySqlName(entry.table, lookup.pseudonymColumn);
    conditions.push(and(isNull(userColumn), inArray(pseudonymColumn, ownPseudonyms))!);
  }
  return conditions.length === 1 ? conditions[0]! : or(...conditions)!;
}

/** The subject's rows of a personal table, every column keyed by its SQL name. */
export function selectSubjectRows(db: Database, tableName: TableName, subject: DataSubject) {
  const entry = getPersonalEntry(tableName);
  return db
    .select(sqlNamedColumns(entry.table))
    .from(entry.table)
    .where(subjectCondition(db, tableName, subject));
}
