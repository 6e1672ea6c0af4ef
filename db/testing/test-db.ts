import { Client } from "pg";
import { openDatabase, type DatabaseHandle } from "@/db/engine/open";
import { PG_TEMPLATE_NAME, readPgliteTemplate, withDatabase } from "./template";

/**
 * A private database for one test file, copied from the seeded template: in-memory PGlite, or on
 * PostgreSQL (DATABASE_URL set) a database created from the template and dropped afterwards.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ engine: "pglite-memory", loadDataDir: readPgliteTemplate() });
  const name = `vitrine_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${PG_TEMPLATE_NAME}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ engine: "postgres", url: withDatabase(url, name), max: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new Client({ connectionString: url });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
