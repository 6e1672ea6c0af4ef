import type { Database } from "@/db/engine/open";
import { seedCatalog } from "./catalog";
import { insertSeedOrders, seedDemoAccounts, seedSyntheticCustomers } from "./customers";
import { refreshSegments } from "@/lib/jobs/segment-refresh";
import { seedPersonalization } from "./personalization";
import { seedScaledProducts } from "./scale";
import { seedVouchers } from "./vouchers";

export type SeedOptions = {
  /** Create the demo accounts with published passwords (embedded demo or --demo only). */
  demo: boolean;
  /** Synthetic customers with order history (default 2,000). */
  customers?: number;
  /** Extra synthetic products and customers for benchmarks. */
  scaleProducts?: number;
  scaleCustomers?: number;
  now?: Date;
  log?: (message: string) => void;
};

/** Idempotent: each part is skipped when already present. Dates are relative to `now`. */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<void> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  };
  // One transaction: a seed that fails half-way leaves an empty database, not a half-seeded one.
  await db.transaction(async (tx) => {
    await timed("catalogue", () => seedCatalog(tx, now));
    await seedVouchers(tx, now);
    const synthetic = await timed("synthetic customers", () =>
      seedSyntheticCustomers(tx, now, { count: options.customers ?? 2000, cohort: 80 }),
    );
    const demo = options.demo ? await timed("demo accounts", () => seedDemoAccounts(tx, now)) : [];
    await timed(`${synthetic.length + demo.length} orders`, () =>
      insertSeedOrders(tx, [...synthetic, ...demo]),
    );
    await timed("segments and offers", () => seedPersonalization(tx, now));
  });
  if (options.scaleProducts)
    await timed(`${options.scaleProducts} scaled products`, () =>
      seedScaledProducts(db, now, options.scaleProducts!),
    );
  if (options.scaleCustomers) {
    await timed(`${options.scaleCustomers} scaled customers`, async () =>
      insertSeedOrders(
        db,
        await seedSyntheticCustomers(db, now, {
          count: options.scaleCustomers!,
          cohort: 0,
          offset: 1_000_000 + (Date.now() % 1_000_000),
        }),
      ),
    );
  }
  // Derived data (of scaled customers too), as the hourly job makes it; outside the transaction,
  // whose single connection should not run the job's parallel queries.
  await timed("segment memberships", () => refreshSegments(db, now));
}
