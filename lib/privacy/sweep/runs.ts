import "server-only";
import { desc, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import { retentionRuns } from "@/db/schema";

/** One logged sweep of one table (retention_runs: counts and times, no contents). */
export type RetentionRun = {
  id: string;
  jobId: string;
  table: string;
  cutoff: Date | null;
  removed: number;
  changed: number;
  ranAt: Date;
};

const fields = {
  id: retentionRuns.id,
  jobId: retentionRuns.jobId,
  table: retentionRuns.tableName,
  cutoff: retentionRuns.cutoff,
  removed: retentionRuns.removed,
  changed: retentionRuns.changed,
  ranAt: retentionRuns.ranAt,
};

/** The most recent runs of all tables, newest first. */
export async function listRecentRuns(db: Database, limit = 20): Promise<RetentionRun[]> {
  return db
    .select(fields)
    .from(retentionRuns)
    .orderBy(desc(retentionRuns.ranAt), retentionRuns.tableName)
    .limit(limit);
}

/** The latest run of each table that was ever swept, by table name. */
export async function listLatestRunPerTable(db: Database): Promise<RetentionRun[]> {
  const rows = await queryRows<{
    id: string;
    job_id: string;
    table_name: string;
    cutoff: string | Date | null;
    removed: number;
    changed: number;
    ran_at: string | Date;
  }>(
    db,
    sql`select distinct on (table_name) id, job_id, table_name, cutoff, removed, changed, ran_at
        from ${retentionRuns}
        order by table_name, ran_at desc, id desc`,
  );
  const date = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  return rows.map((row) => ({
    id: row.id,
    jobId: row.job_id,
    table: row.table_name,
    cutoff: row.cutoff === null ? null : date(row.cutoff),
    removed: row.removed,
    changed: row.changed,
    ranAt: date(row.ran_at),
  }));
}
