import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { openDatabase } from "@/db/engine/open";
import { migrateDatabase } from "@/db/engine/migrate";
import { seedDatabase } from "@/db/seed/seed";

/** Test databases are copies of one migrated, seeded template (DEVELOPERS.md: never from scratch per test). */
export const TEMPLATE_DIR = resolve(process.cwd(), ".test-data");
export const PGLITE_TEMPLATE = join(TEMPLATE_DIR, "template.tar.gz");
export const PG_TEMPLATE_NAME = "vitrine_test_template";

/** Customers in the test template: enough for segments of 50+, small enough to seed quickly. */
export const TEST_SEED = { demo: true, customers: 400 } as const;

/** The template is rebuilt when a migration or anything the seed uses changed since it was made. */
function newestSource(path = resolve(process.cwd())): number {
  let newest = 0;
  for (const top of ["db", "lib"]) {
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (!entry.name.includes(".test.")) newest = Math.max(newest, statSync(full).mtimeMs);
      }
    };
    walk(join(path, top));
  }
  return newest;
}

export async function buildPgliteTemplate(): Promise<string> {
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  try {
    if (
      statSync(PGLITE_TEMPLATE).mtimeMs > newestSource() &&
      process.env.VITRINE_FRESH_TEMPLATE !== "1"
    ) {
      return PGLITE_TEMPLATE;
    }
  } catch {
    // no template yet
  }
  const handle = await openDatabase({ engine: "pglite-memory" });
  try {
    await migrateDatabase(handle);
    await seedDatabase(handle.db, TEST_SEED);
    const dump = await handle.pglite!.dumpDataDir("gzip");
    writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  return PGLITE_TEMPLATE;
}

export function readPgliteTemplate(): Blob {
  return new Blob([readFileSync(PGLITE_TEMPLATE)]);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** On PostgreSQL: a template database, migrated and seeded once per run. */
export async function buildPostgresTemplate(adminUrl: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${PG_TEMPLATE_NAME} with (force)`);
    await admin.query(`create database ${PG_TEMPLATE_NAME}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({
    engine: "postgres",
    url: withDatabase(adminUrl, PG_TEMPLATE_NAME),
    max: 2,
  });
  try {
    await migrateDatabase(handle);
    await seedDatabase(handle.db, TEST_SEED);
  } finally {
    await handle.close();
  }
}

export async function dropPostgresTemplate(adminUrl: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${PG_TEMPLATE_NAME} with (force)`);
  } finally {
    await admin.end();
  }
}

export { withDatabase };
