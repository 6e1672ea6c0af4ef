/**
 * Data export benchmark (outside CI):
 *   DATABASE_URL=postgres://... npm run bench:export [-- --runs 20 --events 10000 --years 6]
 *
 * Migrates the database and seeds it when empty, then makes (once; later runs reuse it) a customer
 * with years of history: `--events` behaviour events, two orders a month with items, payments and
 * invoices, mails, personalization log entries, and a row in every other personal table through
 * the data map's factories. Measures the whole download as the route handler makes it (collect
 * the data, then serialize the JSON, or build the ZIP with its CSVs) and prints p50/p95/max.
 * Budget (issue 7): an export of such a customer takes under 3 s on PostgreSQL.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { openDatabase, type Database } from "@/db/engine/open";
import { migrateDatabase } from "@/db/engine/migrate";
import {
  behaviourEvents,
  invoices,
  mailOutbox,
  orders,
  payments,
  personalizationLog,
  products,
  users,
} from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed";
import { personalTables } from "@/lib/privacy/data-map";
import { collectSubjectData } from "@/lib/privacy/export/collect";
import { exportJson, exportZip } from "@/lib/privacy/export/zip";
import { insertSampleOrder, SAMPLE_ADDRESS } from "@/lib/privacy/map/samples";
import { computeVatLines } from "@/lib/pricing/vat";
import { DAY_MS } from "@/lib/time/days";
import { percentile, report } from "./bench-stats";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    events: { type: "string", default: "10000" },
    years: { type: "string", default: "6" },
  },
});
const runs = Number(values.runs);
const eventCount = Number(values.events);
const years = Number(values.years);
const url = process.env.DATABASE_URL;
if (!url || ![runs, eventCount, years].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    "Usage: DATABASE_URL=postgres://... npm run bench:export [-- --runs 20 --events 10000 --years 6]",
  );
  process.exit(2);
}
const BUDGET_MS = 3000;
const BATCH = 1000;
const now = new Date();
const email = `bench-export-${eventCount}-${years}y@bench.example`;

/** The benchmark customer with all of their history; made once per database, all or nothing. */
async function benchCustomer(db: Database): Promise<{ userId: string; email: string }> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) return { userId: existing.id, email };
  console.info(`making ${email} ...`);
  const subject = await db.transaction((tx) => makeBenchCustomer(tx));
  await db.execute(sql`analyze`);
  return subject;
}

async function makeBenchCustomer(db: Database): Promise<{ userId: string; email: string }> {
  const subject = { userId: randomUUID(), email };
  await db.insert(users).values({
    id: subject.userId,
    email,
    name: "Bernd Benchmark",
    role: "customer",
    locale: "de",
    createdAt: new Date(now.getTime() - years * 365 * DAY_MS),
  });
  // A row in every personal table, so that every query of the export has something to read.
  for (const [, entry] of personalTables()) await entry.factory(db, subject);

  const productRows = await db
    .select({ id: products.id, categoryId: products.categoryId })
    .from(products)
    .limit(500);
  const types = ["product_view", "category_view", "search", "add_to_cart"] as const;
  const events = Array.from({ length: eventCount }, (_, i) => {
    const product = productRows[i % productRows.length]!;
    const type = types[i % types.length]!;
    return {
      userId: subject.userId,
      subjectId: `s_bench${String(i % 40).padStart(14, "0")}`,
      type,
      purpose: i % 3 === 0 ? ("analytics" as const) : ("personalization" as const),
      productId: type === "search" ? null : product.id,
      categoryId: product.categoryId,
      query: type === "search" ? `suche ${i % 97}` : null,
      // Spread over the retention period (180 days): the most a customer can have.
      occurredAt: new Date(now.getTime() - ((i * 179 * DAY_MS) / eventCount + 60_000)),
    };
  });
  for (let i = 0; i < events.length; i += BATCH)
    await db.insert(behaviourEvents).values(events.slice(i, i + BATCH));

  const orderCount = years * 24;
  for (let i = 0; i < orderCount; i++) {
    const order = await insertSampleOrder(db, subject);
    const placedAt = new Date(now.getTime() - (i * years * 365 * DAY_MS) / orderCount - DAY_MS);
    await db
      .update(orders)
      .set({ placedAt, shippedAt: new Date(placedAt.getTime() + DAY_MS) })
      .where(eq(orders.id, order.orderId));
    // Invoices are immutable once written (GoBD): issued at the order's date right away.
    const { variant } = order;
    const line = { grossCents: variant.priceCents, rate: variant.vatRate };
    await db.insert(invoices).values({
      orderId: order.orderId,
      issuedAt: placedAt,
      totalCents: order.totalCents,
      snapshot: {
        seller: {
          name: "Vitrine Demo GmbH",
          address: "Musterstraße 1, 10115 Berlin",
          vatId: "DE000000000",
        },
        buyer: { name: "Bernd Benchmark", address: SAMPLE_ADDRESS, email },
        lines: [
          {
            sku: variant.sku,
            name: variant.name,
            quantity: 1,
            unitPriceCents: variant.priceCents,
            vatRate: variant.vatRate,
            totalCents: variant.priceCents,
          },
        ],
        shippingCents: order.totalCents - variant.priceCents,
        discountCents: 0,
        totalCents: order.totalCents,
        vatLines: computeVatLines([line], order.totalCents - variant.priceCents, 0),
      },
    });
    await db.insert(payments).values({
      orderId: order.orderId,
      provider: "test",
      method: "card",
      status: "captured",
      amountCents: order.totalCents,
      providerReference: `bench_${order.orderId.slice(0, 8)}`,
      cardSummary: "Visa •••• 4242",
      createdAt: placedAt,
    });
  }

  const mails = Array.from({ length: orderCount * 3 }, (_, i) => ({
    userId: subject.userId,
    toEmail: email,
    locale: "de" as const,
    template: i % 3 === 0 ? "order-confirmation" : "shipping-notice",
    subject: `Ihre Bestellung ${i}`,
    html: `<p>Vielen Dank für Ihre Bestellung ${i}.</p>`.repeat(20),
    text: `Vielen Dank für Ihre Bestellung ${i}.\n`.repeat(20),
    status: "sent" as const,
    attempts: 1,
    createdAt: new Date(now.getTime() - i * 7 * DAY_MS),
    sentAt: new Date(now.getTime() - i * 7 * DAY_MS),
  }));
  for (let i = 0; i < mails.length; i += BATCH)
    await db.insert(mailOutbox).values(mails.slice(i, i + BATCH));

  const decisions = Array.from(
    { length: 1000 },
    (_, i): typeof personalizationLog.$inferInsert => ({
      userId: subject.userId,
      surface: "home",
      decision: { productIds: productRows.slice(i % 50, (i % 50) + 8).map((p) => p.id) },
      reasons: [
        {
          signal: "category_affinity",
          weight: 1,
          basis: "personalization_consent",
          subject: { de: "Kameras", en: "Cameras" },
        },
      ],
      occurredAt: new Date(now.getTime() - (i * 179 * DAY_MS) / 1000),
    }),
  );
  for (let i = 0; i < decisions.length; i += BATCH)
    await db.insert(personalizationLog).values(decisions.slice(i, i + BATCH));
  return subject;
}

const handle = await openDatabase({ engine: "postgres", url, max: 4 });
try {
  const { db } = handle;
  await migrateDatabase(handle);
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(products);
  if (n === 0) {
    console.info("seeding ...");
    await seedDatabase(db, { demo: false, customers: 200, log: (m) => console.info(`  ${m}`) });
  }
  const subject = await benchCustomer(db);
  const count = async (table: typeof orders | typeof behaviourEvents) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(table)
      .where(eq(table.userId, subject.userId));
    return row?.n ?? 0;
  };
  const [events, orderCount] = [await count(behaviourEvents), await count(orders)];
  console.info(`${subject.email}: ${events} behaviour events, ${orderCount} orders`);

  const jsonTimes: number[] = [];
  const zipTimes: number[] = [];
  let sizes = { json: 0, zip: 0, rows: 0 };
  // Two warm-up rounds: the first run of each query plans it and loads the indexes.
  for (let i = 0; i < runs + 2; i++) {
    let started = performance.now();
    const document = await collectSubjectData(db, subject, new Date());
    const json = exportJson(document);
    const jsonMs = performance.now() - started;
    started = performance.now();
    const zip = exportZip(await collectSubjectData(db, subject, new Date()), new Date());
    const zipMs = performance.now() - started;
    if (i < 2) continue;
    jsonTimes.push(jsonMs);
    zipTimes.push(zipMs);
    sizes = {
      json: Buffer.byteLength(json),
      zip: zip.byteLength,
      rows: document.categories.flatMap((c) => c.tables).reduce((s, t) => s + t.rows.length, 0),
    };
  }
  console.info(
    `${sizes.rows} rows; JSON ${(sizes.json / 1e6).toFixed(1)} MB, ZIP ${(sizes.zip / 1e6).toFixed(1)} MB\n`,
  );
  report("json", jsonTimes);
  report("zip", zipTimes);
  const worst = Math.max(
    ...[jsonTimes, zipTimes].map((times) =>
      percentile(
        [...times].sort((a, b) => a - b),
        95,
      ),
    ),
  );
  console.info(`\nbudget: p95 < ${BUDGET_MS} ms: ${worst < BUDGET_MS ? "met" : "MISSED"}`);
  if (worst >= BUDGET_MS) process.exitCode = 1;
} finally {
  await handle.close();
}
