import type { Env } from "@/lib/env";
import { openDatabase, type DatabaseHandle } from "@/db/engine/open";
import { migrateDatabase } from "@/db/engine/migrate";
import { seedDatabase } from "@/db/seed/seed";
import { categories } from "@/db/schema";
import { startJobs } from "@/lib/jobs/runner";
import { loadSecrets } from "./secrets";

type Booted = DatabaseHandle & { stop(): Promise<void> };

const KEY = Symbol.for("vitrine.boot");
type Holder = { [KEY]?: Promise<Booted> };

async function start(e: Env): Promise<Booted> {
  const log = (message: string) => console.info(`[vitrine] ${message}`);
  loadSecrets();
  const handle = e.embedded
    ? await openDatabase({ engine: "pglite", dataDir: e.DATA_DIR })
    : await openDatabase({ engine: "postgres", url: e.DATABASE_URL! });
  try {
    await migrateDatabase(handle);
    const empty =
      (await handle.db.select({ id: categories.id }).from(categories).limit(1)).length === 0;
    if (empty) {
      log("empty database: seeding the catalogue and sample customers");
      await seedDatabase(handle.db, {
        demo: e.embedded || e.SEED_DEMO === "1",
        customers: e.SEED_CUSTOMERS,
        log: (m) => log(`seeded ${m}`),
      });
    }
    let socket: { stop(): Promise<void> } | undefined;
    if (handle.pglite && e.EMBEDDED_DB_PORT) {
      const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
      const server = new PGLiteSocketServer({
        db: handle.pglite,
        host: "127.0.0.1",
        port: e.EMBEDDED_DB_PORT,
        maxConnections: 16,
      });
      await server.start();
      socket = server;
      log(
        `embedded database served on postgres://postgres@127.0.0.1:${e.EMBEDDED_DB_PORT}/postgres`,
      );
    }
    const jobs = e.JOBS === "on" ? await startJobs(handle) : undefined;
    return {
      ...handle,
      stop: async () => {
        await jobs?.stop();
        await socket?.stop();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** One init promise per process, cleared when it fails so that a later request can retry. */
export function boot(e: Env): Promise<Booted> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = start(e).catch((error: unknown) => {
      delete holder[KEY];
      throw error;
    });
  }
  return holder[KEY];
}
