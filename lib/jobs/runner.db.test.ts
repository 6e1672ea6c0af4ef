import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import { createTestDatabase } from "@/db/testing/test-db";
import { JOBS } from "./registry";
import { startJobs } from "./runner";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("job runner", () => {
  it("schedules every job on the engine's scheduler and stops cleanly", async () => {
    const jobs = await startJobs(handle);
    try {
      expect([...jobs.scheduled].sort()).toEqual(JOBS.map((j) => j.name).sort());
      if (handle.engine === "postgres") {
        // pg-boss keeps its schedules in the database, so any instance may run a job, once.
        const rows = await queryRows<{ name: string }>(
          handle.db,
          sql`select name from pgboss.schedule`,
        );
        expect(rows.map((r) => r.name).sort()).toEqual(JOBS.map((j) => j.name).sort());
      }
    } finally {
      await jobs.stop();
    }
  });
});
