import { sweepRetention } from "@/lib/privacy/sweep/sweep";
import type { JobDefinition, JobResult } from "./types";

/**
 * Enforces every retention rule of the data map (T1): behaviour events, guest carts, expired
 * sessions and links, old mails, consent proof, invoices ... (lib/privacy/sweep). Each table's
 * sweep is logged in retention_runs. The result counts the rows removed per table.
 */
export const retentionSweepJob: JobDefinition = {
  name: "retention-sweep",
  cron: "15 3 * * *",
  intervalMs: 60 * 60 * 1000,
  async run({ db, now, jobId }) {
    const results = await sweepRetention(db, { now, jobId });
    const perTable: JobResult = Object.fromEntries(results.map((r) => [r.table, r.removed]));
    return {
      ...perTable,
      removed: results.reduce((sum, r) => sum + r.removed, 0),
      changed: results.reduce((sum, r) => sum + r.changed, 0),
    };
  },
};
