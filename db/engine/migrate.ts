import { resolve } from "node:path";
import type { DatabaseHandle } from "./open";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "db/migrations");

/** Applies the committed migrations; on PostgreSQL under an advisory lock, so N instances can start at once. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The handle's db was made by drizzle-orm/pglite; the migrator only needs its dialect and session.
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // An advisory lock belongs to one connection, so migrate through a dedicated client.
  const [{ Client }, { drizzle }, { migrate }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const client = new Client({ connectionString: handle.url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(727274)");
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end();
  }
}
