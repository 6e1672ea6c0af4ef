import "server-only";
import { env } from "@/lib/env";
import { boot } from "@/lib/server/boot";
import type { Database } from "./engine/open";

export type { Database } from "./engine/open";

/** The app's database: opened, migrated and seeded once per process (lib/server/boot.ts). */
export async function getDb(): Promise<Database> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // PGlite has no cross-process locking: the build must never open the database.
    throw new Error("The database is not available during the build; make this page dynamic.");
  }
  return (await boot(env())).db;
}
