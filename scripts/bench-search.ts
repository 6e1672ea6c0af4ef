/**
 * Search benchmark (outside CI):
 *   DATABASE_URL=postgres://... npm run bench:search [-- --scale 100000 --runs 200]
 *
 * Migrates the database, seeds it when empty and adds synthetic products (db/seed/scale.ts) until
 * it holds `--scale` of them, then runs realistic searches (German, English, umlaut spellings,
 * typos) and suggestions (queries typed letter by letter), prints p50/p95/max of each, and
 * EXPLAIN (ANALYZE, BUFFERS) of two searches and one suggestion so that the index use is visible.
 * Budget (docs: shared/design/architecture.md): search p95 <= 50 ms at 100,000 products.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { report } from "./bench-stats";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openDatabase } from "@/db/engine/open";
import { migrateDatabase } from "@/db/engine/migrate";
import { products } from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed";
import { seedScaledProducts } from "@/db/seed/scale";
import {
  buildSearchQuery,
  buildSuggestQuery,
  prepareSearch,
  searchProductIds,
  suggestProducts,
} from "@/lib/search/sql";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "100000" },
    runs: { type: "string", default: "200" },
  },
});
const target = Number(values.scale);
const runs = Number(values.runs);
const url = process.env.DATABASE_URL;
if (!url || !Number.isInteger(target) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    "Usage: DATABASE_URL=postgres://... npx tsx scripts/bench-search.ts [--scale 100000] [--runs 200]",
  );
  process.exit(2);
}

/** What shoppers type: German and English, plural and singular, umlaut spellings, typos, brands. */
const SEARCHES = [
  "kamera",
  "Kameras",
  "Systemkamera",
  "cameras",
  "Kammera",
  "objektiv",
  "lens",
  "Speicherkarte 128 GB",
  "sd card",
  "stativ",
  "tripod",
  "kopfhörer",
  "kopfhoerer",
  "headphones",
  "hedphones",
  "lautsprecher bluetooth",
  "laptop",
  "Tastatur",
  "keyboard",
  "smartwatch",
  "pullover merino",
  "merino jumper",
  "jeans",
  "damen jacke",
  "women's coat",
  "regenjacke",
  "schuhe",
  "sneaker",
  "wanderschuhe",
  "hiking boots",
  "Käse",
  "kaese",
  "kaffee",
  "espresso",
  "honig",
  "tee",
  "Straße",
  "ladegerät usb-c",
  "powerbank",
  "lumix",
  "akku für lumix",
  "Tasche",
  "rucksack",
  "backpack",
  "leder",
  "Baumwolle",
  "organic cotton",
  "Kaffeemaschine",
  "Lautsprecher",
  "Sofortbildkamera",
];

/** Suggestions as the search box asks for them: every prefix from two letters on. */
const TYPED = [
  "kamera",
  "objektiv",
  "kopfhörer",
  "headphones",
  "pullover",
  "jeans",
  "sneaker",
  "espresso",
  "lumix g9",
  "usb-c kabel",
  "rucksack",
  "smartwatch",
];
const SUGGESTS = TYPED.flatMap((word) =>
  Array.from({ length: word.length - 1 }, (_, i) => word.slice(0, i + 2)),
);

type Explainable = { toSQL(): { sql: string; params: unknown[] } };

async function explain(label: string, query: Explainable | null) {
  if (!query) return;
  const { sql: text, params } = query.toSQL();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ "QUERY PLAN": string }>(
      `explain (analyze, buffers) ${text}`,
      params,
    );
    console.info(`\n--- EXPLAIN (ANALYZE, BUFFERS) ${label}`);
    console.info(result.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  } finally {
    await client.end();
  }
}

const handle = await openDatabase({ engine: "postgres", url, max: 4 });
try {
  const { db } = handle;
  await migrateDatabase(handle);
  const count = async () =>
    (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(products))[0]?.n ?? 0;
  let existing = await count();
  if (existing === 0) {
    console.info("seeding the catalogue ...");
    await seedDatabase(db, { demo: false, customers: 200 });
    existing = await count();
  }
  if (existing < target) {
    console.info(`adding ${target - existing} synthetic products ...`);
    const started = performance.now();
    await seedScaledProducts(db, new Date(), target - existing);
    console.info(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  await db.execute(sql`vacuum analyze products`);
  console.info(`${await count()} products`);

  // Warm up: the first run of each query loads the indexes into memory.
  for (const q of SEARCHES) await searchProductIds(db, { q, limit: 24, offset: 0 });
  for (const q of SUGGESTS) await suggestProducts(db, q, "de");

  const searchTimes: number[] = [];
  const timesByQuery = new Map<string, { total: number; ms: number[] }>();
  for (let i = 0; i < runs; i++) {
    const q = SEARCHES[i % SEARCHES.length]!;
    const started = performance.now();
    const result = await searchProductIds(db, { q, limit: 24, offset: 0 });
    const ms = performance.now() - started;
    searchTimes.push(ms);
    const entry = timesByQuery.get(q) ?? { total: result.total, ms: [] };
    entry.ms.push(ms);
    timesByQuery.set(q, entry);
  }
  const suggestTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const q = SUGGESTS[i % SUGGESTS.length]!;
    const started = performance.now();
    await suggestProducts(db, q, i % 2 === 0 ? "de" : "en");
    suggestTimes.push(performance.now() - started);
  }

  console.info("\nmatches (median ms) per search:");
  console.info(
    [...timesByQuery]
      .map(([q, { total, ms }]) => {
        const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0;
        return `${q}: ${total} (${median.toFixed(0)})`;
      })
      .join(", "),
  );
  console.info("");
  report("search", searchTimes);
  report("suggest", suggestTimes);

  const page = { limit: 24, offset: 0 };
  const kameras = await prepareSearch(db, "Kameras");
  await explain('search "Kameras"', kameras && buildSearchQuery(db, kameras, page));
  const typo = await prepareSearch(db, "Kammera");
  await explain(
    'search "Kammera" (typo tolerance, after full text found nothing)',
    typo && buildSearchQuery(db, { ...typo, typos: { ids: [] } }, page),
  );
  await explain('suggest "kopfh"', buildSuggestQuery(db, "kopfh", "de"));
} finally {
  await handle.close();
}
