import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";

/** Inserts many rows in statements that stay below PostgreSQL's 65,535 parameters. */
export async function insertInBatches<T extends PgTable>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
  columnsPerRow = 20,
): Promise<void> {
  const size = Math.max(1, Math.floor(30000 / columnsPerRow));
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size));
  }
}

export { DAY_MS, daysBefore } from "@/lib/time/days";
