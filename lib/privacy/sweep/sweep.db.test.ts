import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import { invoices, orders, retentionRuns, segments } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { runJob } from "@/lib/jobs/runner";
import { allTables } from "../data-map";
import { listLatestRunPerTable, listRecentRuns } from "./runs";
import { immutableTables } from "./sql";
import { sweepRetention, type SweepResult } from "./sweep";
import { arrange, plusYears, type Arranged } from "./testing/arrange";
import { EXPECTED_TABLES, expectedDue } from "./testing/expected";

let handle: DatabaseHandle;
let db: Database;
/** Shortly after the template was seeded: its dates are relative to the seed's `now`. */
let seeded: Date;
let t3: Date;
let t11: Date;
let arranged: Arranged;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const [segment] = await db
    .select({ at: segments.createdAt })
    .from(segments)
    .where(eq(segments.slug, "kaffee-stammkunden"));
  seeded = new Date(segment!.at.getTime() + 60 * 60 * 1000);
  t3 = plusYears(seeded, 3);
  t11 = plusYears(seeded, 11);
  arranged = await arrange(db, t3, t11);
});

afterAll(async () => {
  await handle?.close();
});

type Snapshot = Map<string, Map<string, string>>;

/** Every row of every table of the map: primary key → hash of the whole row. */
async function snapshot(): Promise<Snapshot> {
  const result: Snapshot = new Map();
  for (const [name, entry] of allTables()) {
    const config = getTableConfig(entry.table);
    const key = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
    const keyText = key.map((c) => `t.${c.name}::text`).join(` || '/' || `);
    const rows = await queryRows<{ k: string; h: string }>(
      db,
      sql.raw(`select ${keyText} as k, md5(t::text) as h from ${name} t`),
    );
    result.set(name, new Map(rows.map((r) => [r.k, r.h])));
  }
  return result;
}

const sorted = (values: Iterable<string>) => [...values].sort();

/**
 * Sweeps at `now` and proves that exactly the expected rows went, that every other row is byte for
 * byte unchanged, and that the only rows added are this run's retention_runs.
 */
async function sweepAndCompare(now: Date, jobId: string): Promise<SweepResult[]> {
  const expected = await expectedDue(db, now);
  const before = await snapshot();
  // Small batches, so that the batching is exercised too.
  const results = await sweepRetention(db, { now, jobId, batchSize: 50 });
  const after = await snapshot();

  expect(sorted(results.map((r) => r.table))).toEqual(EXPECTED_TABLES);
  for (const [table, rowsBefore] of before) {
    const rowsAfter = after.get(table)!;
    const gone = [...rowsBefore.keys()].filter((k) => !rowsAfter.has(k));
    expect(sorted(gone), `${table}: rows removed`).toEqual(sorted(expected.get(table) ?? []));
    const changed = [...rowsAfter].filter(([k, h]) => rowsBefore.has(k) && rowsBefore.get(k) !== h);
    expect(changed, `${table}: rows changed`).toEqual([]);
    const added = [...rowsAfter.keys()].filter((k) => !rowsBefore.has(k));
    if (table !== "retention_runs") expect(added, `${table}: rows added`).toEqual([]);
    else expect(added).toHaveLength(results.length);
  }
  for (const result of results) {
    expect(result.removed, result.table).toBe(expected.get(result.table)!.size);
    expect(result.changed).toBe(0);
  }
  const runs = await db.select().from(retentionRuns).where(eq(retentionRuns.jobId, jobId));
  expect(sorted(runs.map((r) => `${r.tableName}:${r.removed}:${r.ranAt.toISOString()}`))).toEqual(
    sorted(results.map((r) => `${r.table}:${r.removed}:${now.toISOString()}`)),
  );
  return results;
}

async function exists(table: typeof orders | typeof invoices, id: string): Promise<boolean> {
  const rows = await db.select({ id: table.id }).from(table).where(eq(table.id, id));
  return rows.length === 1;
}

describe("retention sweep on the seeded database", () => {
  it("knows every table the immutability trigger guards", async () => {
    const rows = await queryRows<{ table_name: string }>(
      db,
      sql`select distinct c.relname as table_name from pg_trigger g
          join pg_class c on c.oid = g.tgrelid join pg_proc f on f.oid = g.tgfoid
          where f.proname = 'vitrine_refuse_change' and not g.tgisinternal`,
    );
    expect(sorted(rows.map((r) => r.table_name))).toEqual(sorted(immutableTables()));
  });

  it("3 years on: removes exactly the due rows, keeps parents still pointed at", async () => {
    const expected = await expectedDue(db, t3);
    // The test is only as good as its data: every rule has rows due and rows kept.
    for (const table of EXPECTED_TABLES) {
      expect(expected.get(table)!.size, `${table}: rows due at +3 years`).toBeGreaterThan(0);
    }

    const results = await sweepAndCompare(t3, "sweep-test-3y");

    expect(results.find((r) => r.table === "orders")!.cutoff).toEqual(
      new Date(Date.UTC(t3.getUTCFullYear() - 8, 0, 1) - 3_600_000),
    );
    expect(await exists(orders, arranged.oldOrderId)).toBe(false);
    expect(await exists(invoices, arranged.oldInvoiceId)).toBe(false);
    expect(await exists(orders, arranged.keptOrderId)).toBe(true);
    const [kept] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from consent_events where id = ${arranged.keptConsentId}`,
    );
    expect(kept!.n).toBe(1);
    const again = await sweepRetention(db, { now: t3, jobId: "sweep-test-3y-again" });
    expect(again.filter((r) => r.removed > 0)).toEqual([]);
  });

  it("11 years on: New Year in Berlin decides, invoices wait for the database clock", async () => {
    const invoicesBefore = await db.$count(invoices);
    await sweepAndCompare(t11, "sweep-test-11y");

    expect(await exists(orders, arranged.newYearDueOrderId)).toBe(false);
    expect(await exists(orders, arranged.newYearKeptOrderId)).toBe(true);
    expect(await exists(orders, arranged.keptOrderId)).toBe(false);
    const letters = await queryRows<{ id: string }>(
      db,
      sql`select id from mail_outbox
          where id in (${arranged.newYearDueLetterId}, ${arranged.newYearKeptLetterId})`,
    );
    expect(letters.map((l) => l.id)).toEqual([arranged.newYearKeptLetterId]);
    // Due by the rule, but the trigger counts by the real clock: the sweep must not ask it yet.
    expect(await db.$count(invoices)).toBe(invoicesBefore);
    const [consent] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from consent_events where id = ${arranged.keptConsentId}`,
    );
    expect(consent!.n).toBe(0);

    const before = await snapshot();
    const again = await runJob("retention-sweep", { db, now: t11, jobId: "sweep-test-11y-job" });
    expect(again.removed).toBe(0);
    expect(again.sessions).toBe(0);
    const after = await snapshot();
    for (const [table, rows] of before) {
      if (table === "retention_runs") continue;
      expect(after.get(table), table).toEqual(rows);
    }
  });

  it("lists the latest run of each table and the last runs for the privacy officer", async () => {
    const latest = await listLatestRunPerTable(db);
    expect(sorted(latest.map((r) => r.table))).toEqual(EXPECTED_TABLES);
    for (const run of latest) expect(run.ranAt).toEqual(t11);
    const recent = await listRecentRuns(db, 20);
    expect(recent).toHaveLength(20);
    for (const run of recent) expect(run.ranAt).toEqual(t11);
  });
});
