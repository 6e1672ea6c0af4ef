import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "../schema";
import { acquireDataDirLock } from "./lock";

export type Schema = typeof schema;
/** Both drivers fit this type (stack-notes.md), so queries are written once. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseHandle = {
  db: Database;
  engine: "pglite" | "postgres";
  /** The connection string, when on PostgreSQL. */
  url?: string;
  /** The PGlite instance, when embedded (to serve it over a socket or dump it). */
  pglite?: import("@electric-sql/pglite").PGlite;
  close(): Promise<void>;
};

export type OpenOptions =
  | { engine: "postgres"; url: string; max?: number }
  | { engine: "pglite"; dataDir: string }
  | { engine: "pglite-memory"; loadDataDir?: Blob };

async function createPglite(dataDir: string | undefined, loadDataDir?: Blob) {
  const [{ PGlite }, { pg_trgm }, { unaccent }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/unaccent"),
  ]);
  return PGlite.create(dataDir, { extensions: { pg_trgm, unaccent }, loadDataDir });
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.engine === "postgres") {
    const [{ Pool }, { drizzle }] = await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
    ]);
    const pool = new Pool({ connectionString: options.url, max: options.max ?? 10 });
    let closing = false;
    // An idle connection that the server ends (restart, failover) must not crash the process.
    pool.on("error", (error) => {
      if (!closing) console.error(`[db] idle connection error: ${error.message}`);
    });
    const db = drizzle({ client: pool, schema }) as unknown as Database;
    return {
      db,
      engine: "postgres",
      url: options.url,
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  const { drizzle } = await import("drizzle-orm/pglite");
  if (options.engine === "pglite-memory") {
    const pglite = await createPglite(undefined, options.loadDataDir);
    const db = drizzle({ client: pglite, schema }) as unknown as Database;
    return { db, engine: "pglite", pglite, close: () => pglite.close() };
  }
  const dataDir = resolve(options.dataDir);
  const release = acquireDataDirLock(dataDir);
  try {
    const pgdata = resolve(dataDir, "pgdata");
    mkdirSync(pgdata, { recursive: true });
    const pglite = await createPglite(pgdata);
    const db = drizzle({ client: pglite, schema }) as unknown as Database;
    return {
      db,
      engine: "pglite",
      pglite,
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
