/**
 * npm run seed -- [--demo] [--customers N] [--scale PRODUCTS] [--scale-customers N]
 * Seeds the database of DATABASE_URL, or the embedded one under DATA_DIR (when no app has it open).
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/engine/open";
import { migrateDatabase } from "@/db/engine/migrate";
import { env } from "@/lib/env";
import { seedDatabase } from "./seed";

const { values } = parseArgs({
  options: {
    demo: { type: "boolean", default: false },
    customers: { type: "string" },
    scale: { type: "string" },
    "scale-customers": { type: "string" },
  },
});

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} needs a whole number, got "${value}"`);
    process.exit(2);
  }
  return n;
}

function fail(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const e = (() => {
  try {
    return env();
  } catch (error) {
    return fail(error);
  }
})();
const handle = await (
  e.embedded
    ? openDatabase({ engine: "pglite", dataDir: e.DATA_DIR })
    : openDatabase({ engine: "postgres", url: e.DATABASE_URL! })
).catch(fail);
try {
  await migrateDatabase(handle);
  await seedDatabase(handle.db, {
    demo: values.demo || e.embedded,
    customers: count(values.customers, "customers"),
    scaleProducts: count(values.scale, "scale"),
    scaleCustomers: count(values["scale-customers"], "scale-customers"),
    log: (m) => console.info(`seeded ${m}`),
  });
} finally {
  await handle.close();
}
