import { and, isNull, lt } from "drizzle-orm";
import { carts } from "@/db/schema";
import { RETENTION } from "@/lib/privacy/retention";
import { DAY_MS } from "@/lib/time/days";
import type { JobDefinition } from "./types";

/** Deletes guest carts untouched for longer than their retention (T1); their items cascade. */
export const cartRetentionJob: JobDefinition = {
  name: "cart-retention",
  cron: "17 3 * * *",
  intervalMs: 60 * 60 * 1000,
  async run({ db, now }) {
    const cutoff = new Date(now.getTime() - RETENTION.guestCartDays * DAY_MS);
    const deleted = await db
      .delete(carts)
      .where(and(isNull(carts.userId), lt(carts.updatedAt, cutoff)))
      .returning({ id: carts.id });
    return { deleted: deleted.length };
  },
};
