import type { DatabaseHandle } from "@/db/engine/open";
import type { Database } from "@/db/engine/open";
import { getJob, JOBS } from "./registry";
import type { JobResult } from "./types";

/** Runs one job now, as the scheduler would: tests call this with any `now`. */
export async function runJob(
  name: string,
  options: { db: Database; now?: Date; jobId?: string },
): Promise<JobResult> {
  const job = getJob(name);
  return job.run({
    db: options.db,
    now: options.now ?? new Date(),
    jobId: options.jobId ?? crypto.randomUUID(),
  });
}

export type JobsHandle = { scheduled: readonly string[]; stop(): Promise<void> };

/**
 * On PostgreSQL, pg-boss schedules the jobs, so that with N instances each run happens once.
 * PGlite serves one process only, so there an in-process timer runs them behind the same interface.
 */
export async function startJobs(handle: DatabaseHandle): Promise<JobsHandle> {
  const log = (message: string) => console.info(`[jobs] ${message}`);
  const execute = async (name: string, jobId: string) => {
    try {
      const result = await runJob(name, { db: handle.db, jobId });
      if (Object.values(result).some((n) => n > 0))
        log(`${name} ${jobId} done ${JSON.stringify(result)}`);
    } catch (error) {
      console.error(`[jobs] ${name} ${jobId} failed`, error);
      throw error;
    }
  };
  if (handle.engine === "postgres") {
    const { default: PgBoss } = await import("pg-boss");
    const boss = new PgBoss({ connectionString: handle.url!, schema: "pgboss", max: 3 });
    boss.on("error", (error) => console.error("[jobs] pg-boss", error));
    await boss.start();
    for (const job of JOBS) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Berlin" });
      await boss.work(job.name, async (batch) => {
        for (const item of batch) await execute(job.name, item.id);
      });
    }
    return {
      scheduled: JOBS.map((j) => j.name),
      stop: () => boss.stop({ graceful: true, wait: true }),
    };
  }
  const timers = JOBS.map((job) =>
    setInterval(() => {
      execute(job.name, crypto.randomUUID()).catch(() => {});
    }, job.intervalMs),
  );
  for (const timer of timers) timer.unref();
  return {
    scheduled: JOBS.map((j) => j.name),
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
    },
  };
}
