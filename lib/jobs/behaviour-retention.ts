import { lt } from "drizzle-orm";
import { behaviourEvents } from "@/db/schema";
import { RETENTION } from "@/lib/privacy/retention";
import { daysBefore } from "@/lib/time/days";
import type { JobDefinition } from "./types";

/** Deletes behaviour events older than their retention (T1: 180 days after they were recorded). */
export const behaviourRetentionJob: JobDefinition = {
  name: "behaviour-retention",
  cron: "27 3 * * *",
  intervalMs: 60 * 60 * 1000,
  async run({ db, now }) {
    const cutoff = daysBefore(now, RETENTION.behaviourEventDays);
    const deleted = await db
      .delete(behaviourEvents)
      .where(lt(behaviourEvents.occurredAt, cutoff))
      .returning({ id: behaviourEvents.id });
    return { deleted: deleted.length };
  },
};
