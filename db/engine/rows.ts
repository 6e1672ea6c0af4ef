import type { SQL } from "drizzle-orm";
import type { Database } from "./open";

/** Rows of a raw SQL query; both drivers return `{ rows }`, typed differently. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
