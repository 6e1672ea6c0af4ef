import type { Database } from "@/db/engine/open";

export type JobContext = {
  db: Database;
  /** The time the job acts as of: tests pass any moment, the scheduler passes the clock. */
  now: Date;
  jobId: string;
};

export type JobResult = Record<string, number>;

export type JobDefinition = {
  name: string;
  /** Schedule in cron syntax (Europe/Berlin), used by pg-boss. */
  cron: string;
  /** Interval of the in-process runner on the embedded database. */
  intervalMs: number;
  run(context: JobContext): Promise<JobResult>;
};
