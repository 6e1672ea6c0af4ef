/**
 * The retention sweep (GDPR Art. 5(1)(e), T1): deletes every row whose retention under the data map
 * has ended at `now`, table by table, children before parents, one transaction per table, and logs
 * each table's count in retention_runs (also when it is 0).
 */
import { sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import { retentionRuns } from "@/db/schema";
import { getTableEntry } from "../data-map";
import type { TableName } from "../data-map-types";
import { sweepOrder, withParentChildren, withParentFamily } from "./graph";
import { recordedCutoff, sweptTables, type TableSweepRule } from "./rules";
import { removable } from "./sql";

export type SweepResult = {
  table: TableName;
  removed: number;
  /** Rows altered instead of deleted; the map's rules only ever delete, so this stays 0 today. */
  changed: number;
  /** The table's own cutoff; null for rows that went with their parent. */
  cutoff: Date | null;
};

export type SweepOptions = {
  now: Date;
  jobId: string;
  /** Rows deleted per statement, so that a first sweep of years of data stays a series of small ones. */
  batchSize?: number;
};

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

const DEFAULT_BATCH = 1000;
const ROOT = "t";

/**
 * Sweeps every table with a rule that deletes. A table that fails does not stop the others; the
 * sweep then throws, naming the tables, after the rest are done and logged.
 */
export async function sweepRetention(db: Database, options: SweepOptions): Promise<SweepResult[]> {
  const rules = new Map(sweptTables(options.now).map((rule) => [rule.table, rule]));
  const results: SweepResult[] = [];
  const failed: { table: TableName; error: unknown }[] = [];
  for (const table of sweepOrder([...rules.keys()])) {
    try {
      results.push(...(await sweepTable(db, rules.get(table)!, options)));
    } catch (error) {
      failed.push({ table, error });
    }
  }
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((f) => f.error),
      `Retention sweep failed for ${failed.map((f) => f.table).join(", ")}`,
    );
  }
  return results;
}

async function sweepTable(
  db: Database,
  rule: TableSweepRule,
  { now, jobId, batchSize = DEFAULT_BATCH }: SweepOptions,
): Promise<SweepResult[]> {
  const { table } = rule;
  const condition = removable(table, ROOT, rule.parts);
  const family = withParentFamily(table);
  const removed = new Map<TableName, number>(family.map((member) => [member, 0]));
  return db.transaction(async (tx) => {
    if (condition) {
      const key = primaryKey(table);
      for (;;) {
        // Locked, so that nothing changes the chosen rows between the children's delete and theirs.
        const batch = await queryRows<Record<string, unknown>>(
          tx,
          sql`select ${sql.join(
            key.map((c) => sql`${sql.identifier(ROOT)}.${sql.identifier(c.name)}`),
            sql`, `,
          )} from ${sql.identifier(table)} ${sql.identifier(ROOT)}
          where ${condition} limit ${batchSize} for update of ${sql.identifier(ROOT)}`,
        );
        if (batch.length === 0) break;
        await removeWithChildren(tx, table, keyIn(key, batch), removed);
        if (batch.length < batchSize) break;
      }
    }
    const results: SweepResult[] = family.map((member) => ({
      table: member,
      removed: removed.get(member) ?? 0,
      changed: 0,
      cutoff: member === table ? recordedCutoff(rule) : null,
    }));
    await tx.insert(retentionRuns).values(
      results.map((result) => ({
        jobId,
        tableName: result.table,
        cutoff: result.cutoff,
        removed: result.removed,
        changed: result.changed,
        ranAt: now,
      })),
    );
    return results;
  });
}

/** Deletes the rows matching `where` and, first, the rows that go with them (at any depth). */
async function removeWithChildren(
  tx: Transaction,
  table: TableName,
  where: SQL,
  removed: Map<TableName, number>,
): Promise<void> {
  for (const ref of withParentChildren(table)) {
    const childWhere = sql`${sql.identifier(ref.childColumn)} in (
      select ${sql.identifier(ref.parentColumn)} from ${sql.identifier(table)} where ${where}
    )`;
    await removeWithChildren(tx, ref.child, childWhere, removed);
  }
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with gone as (delete from ${sql.identifier(table)} where ${where} returning 1)
        select count(*)::int as n from gone`,
  );
  removed.set(table, (removed.get(table) ?? 0) + (row?.n ?? 0));
}

function primaryKey(table: TableName): PgColumn[] {
  const config = getTableConfig(getTableEntry(table).table);
  const composite = config.primaryKeys[0]?.columns;
  const key =
    composite && composite.length > 0 ? composite : config.columns.filter((c) => c.primary);
  if (key.length === 0) throw new Error(`${table}: the sweep needs a primary key`);
  return key;
}

/** `(key) in ((v1), (v2) ...)` for the chosen rows, each value cast to its column's type. */
function keyIn(key: PgColumn[], rows: Record<string, unknown>[]): SQL {
  const tuple = (row: Record<string, unknown>) =>
    sql`(${sql.join(
      key.map((c) => sql`cast(${row[c.name]} as ${sql.raw(c.getSQLType())})`),
      sql`, `,
    )})`;
  const columns = sql.join(
    key.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  return sql`(${columns}) in (${sql.join(rows.map(tuple), sql`, `)})`;
}
