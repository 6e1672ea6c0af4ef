/**
 * Personalization benchmark (outside CI):
 *   DATABASE_URL=postgres://... npm run bench:personalization [-- --scale --runs 400]
 *
 * Migrates the database and seeds it when empty (with --scale: 100,000 products and 20,000 more
 * customers, as db/seed/scale.ts makes them), then measures what personalization adds to one
 * request on the server, for consenting customers with history: the consent-independent parts it
 * needs (level, processing limits, signals, offers, segments), the engine, the assignment upsert
 * and the log row. Prints p50/p95/max of the whole and of each step, and the generic path
 * (no consent) for comparison. Budget (shared/design/architecture.md): ≤ 10 ms p95 added per page.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { report } from "./bench-stats";
import { and, eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/engine/open";
import { migrateDatabase } from "@/db/engine/migrate";
import { consentEvents, personalizationSettings, products, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed";
import { chooseOffers, recommend } from "@/lib/personalization/engine";
import {
  accountLevel,
  hasProcessingLimit,
  loadShopContext,
  loadSignals,
} from "@/lib/personalization/load";
import {
  listOfferCandidates,
  loadOfferState,
  logDecision,
  recordAssignments,
} from "@/lib/personalization/offers";

const { values } = parseArgs({
  options: {
    scale: { type: "boolean", default: false },
    runs: { type: "string", default: "400" },
    customers: { type: "string", default: "100" },
  },
});
const runs = Number(values.runs);
const url = process.env.DATABASE_URL;
if (!url || !Number.isInteger(runs) || runs < 1) {
  console.error(
    "Usage: DATABASE_URL=postgres://... npm run bench:personalization [-- --scale] [--runs 400]",
  );
  process.exit(2);
}

const handle = await openDatabase({ engine: "postgres", url, max: 4 });
try {
  const { db } = handle;
  await migrateDatabase(handle);
  const count = async () =>
    (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(products))[0]?.n ?? 0;
  if ((await count()) === 0) {
    console.info("seeding ...");
    await seedDatabase(db, {
      demo: false,
      log: (m) => console.info(`  ${m}`),
      ...(values.scale ? { scaleProducts: 100_000 - 147, scaleCustomers: 20_000 } : {}),
    });
  }
  // Fresh statistics after a bulk load, as autovacuum would make them: the plans depend on them.
  await db.execute(sql`analyze`);
  const [{ customers } = { customers: 0 }] = await db
    .select({ customers: sql<number>`count(*)`.mapWith(Number) })
    .from(users);
  console.info(`${await count()} products, ${customers} accounts`);

  // Consenting customers with the most history: the expensive case.
  const subjects = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(consentEvents, eq(consentEvents.userId, users.id))
    .innerJoin(personalizationSettings, eq(personalizationSettings.userId, users.id))
    .where(
      and(
        sql`(${consentEvents.purposes}->>'personalization')::boolean`,
        eq(personalizationSettings.level, "full"),
      ),
    )
    .limit(Number(values.customers));
  if (subjects.length === 0) throw new Error("no consenting customers in this database");

  const started = performance.now();
  await loadShopContext(db, new Date());
  console.info(
    `shop context (once per 5 min per instance): ${(performance.now() - started).toFixed(0)} ms`,
  );

  const steps: Record<string, number[]> = {
    total: [],
    "level+limits": [],
    signals: [],
    "engine: products": [],
    "offers (load+choose)": [],
    "assignments+log": [],
    "generic (no consent)": [],
  };
  const time = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    steps[label]!.push(performance.now() - t0);
    return result;
  };
  for (let i = 0; i < runs + 20; i++) {
    const warm = i < 20;
    const userId = subjects[i % subjects.length]!.id;
    const now = new Date();
    const t0 = performance.now();
    const ctx = await loadShopContext(db, now);
    const [level] = await time("level+limits", () =>
      Promise.all([accountLevel(db, userId), hasProcessingLimit(db, userId)]),
    );
    const signals = await time("signals", () =>
      loadSignals(db, { userId, subjectId: null, level: level ?? "full", now }),
    );
    const picks = await time("engine: products", () =>
      recommend(ctx, signals, { surface: "home" }, { now, limit: 4 }),
    );
    const chosen = await time("offers (load+choose)", async () => {
      const [candidates, state] = await Promise.all([
        listOfferCandidates(db, now),
        loadOfferState(db, userId),
      ]);
      return chooseOffers(candidates, {
        signals,
        segmentIds: state.segmentIds,
        ctx,
        dismissedOfferIds: state.dismissedOfferIds,
        now,
      });
    });
    await time("assignments+log", async () => {
      await recordAssignments(db, userId, chosen, now);
      await logDecision(db, {
        userId,
        surface: "bench",
        productIds: picks.items.map((p) => p.productId),
        reasons: picks.items.flatMap((p) => p.reasons),
        now,
      });
    });
    steps.total!.push(performance.now() - t0);
    await time("generic (no consent)", () =>
      recommend(ctx, null, { surface: "home" }, { now, limit: 4 }),
    );
    if (warm) for (const list of Object.values(steps)) list.length = 0;
  }
  console.info(
    `\nadded server time of personalization per request (${subjects.length} customers):`,
  );
  for (const [label, times] of Object.entries(steps))
    report(label, times, { width: 22, digits: 2 });
  await db.execute(sql`delete from personalization_log where surface = 'bench'`);
} finally {
  await handle.close();
}
