/**
 * Reads what the erasure statement needs about a subject's rows: per personal table how many rows
 * there are, how many erasure keeps, and the latest time their retention counts from.
 */
import { inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";
import { privacyRequests } from "@/db/schema";
import type { PersonalEntry, RowFilter, TableName } from "../data-map-types";
import { getPersonalEntry, personalTables } from "../data-map";
import { columnBySqlName, subjectCondition, type DataSubject } from "../subject-rows";
import { keepsRows, keptRetentionRule, keptRowsFilter, type ErasureRowsInfo } from "./plan";

/** The SQL condition of a data map row filter (`template in (...)`, `user_id is null`). */
export function rowFilterCondition(table: PgTable, filter: RowFilter<PgTable>): SQL {
  const column = columnBySqlName(table, filter.column);
  return "isNull" in filter ? isNull(column) : inArray(column, [...filter.in]);
}

/** The condition selecting the subject's rows that erasure keeps (undefined: none are kept). */
export function keptCondition(entry: PersonalEntry): SQL | undefined {
  if (!keepsRows(entry)) return undefined;
  const filter = keptRowsFilter(entry);
  return filter ? rowFilterCondition(entry.table, filter) : sql`true`;
}

const REQUESTS_TABLE = getTableConfig(privacyRequests).name as TableName;

async function tableRows(
  db: Database,
  name: TableName,
  entry: PersonalEntry,
  subject: DataSubject,
  now: Date,
) {
  const kept = keptCondition(entry);
  const ruleColumn = keptRetentionRule(entry).column;
  const baseColumn = kept && ruleColumn ? columnBySqlName(entry.table, ruleColumn) : undefined;
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      kept: kept ? sql<number>`(count(*) filter (where ${kept}))::int` : sql<number>`0`,
      // A row whose period has not started yet (an open request) starts it no earlier than now.
      latest: baseColumn
        ? sql<
            string | Date | null
          >`max(coalesce(${baseColumn}, ${now.toISOString()}::timestamptz)) filter (where ${kept})`
        : sql<null>`null`,
    })
    .from(entry.table)
    .where(subjectCondition(db, name, subject));
  const latest = row?.latest ? new Date(row.latest) : null;
  return { count: Number(row?.count ?? 0), kept: Number(row?.kept ?? 0), latest };
}

/**
 * The subject's rows as describeErasure() needs them. With `withErasureRequest`, the request that
 * erasure itself records (kept as proof under its own entry) is counted as if it existed.
 */
export async function loadErasureRows(
  db: Database,
  subject: DataSubject,
  now: Date,
  options: { withErasureRequest?: boolean } = {},
): Promise<ErasureRowsInfo> {
  const info: ErasureRowsInfo = {};
  // One query per table; sequential, so that it runs alike inside a transaction and on PGlite.
  for (const [name, entry] of personalTables()) {
    info[name] = await tableRows(db, name, entry, subject, now);
  }
  const requests = info[REQUESTS_TABLE];
  if (options.withErasureRequest && requests) {
    // The new request is received and completed now, so its retention starts now.
    const keeps = keepsRows(getPersonalEntry(REQUESTS_TABLE));
    const latest = requests.latest && requests.latest > now ? requests.latest : now;
    info[REQUESTS_TABLE] = {
      count: requests.count + 1,
      kept: requests.kept + (keeps ? 1 : 0),
      latest: keeps ? latest : requests.latest,
    };
  }
  return info;
}
