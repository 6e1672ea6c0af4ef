import { sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import type { TableName } from "../data-map-types";
import { getPersonalEntry, personalTables } from "../data-map";
import { subjectCondition } from "../subject-rows";

/**
 * The personal tables that can hold rows of someone without an account: those whose subject lookup
 * finds guest rows by address (orders, newsletter, mails, ...). Derived from the data map, so a table
 * a later issue adds with an `emailColumn` is covered without a change here.
 */
export function guestTables(): TableName[] {
  return personalTables()
    .filter(([, entry]) => !("via" in entry.subject) && entry.subject.emailColumn !== undefined)
    .map(([name]) => name);
}

/**
 * Whether we hold any row for this address without an account (R7). Every table is asked, whatever
 * the earlier ones answered, so that the work done does not depend on the answer.
 */
export async function hasGuestData(db: Database, email: string): Promise<boolean> {
  const subject = { userId: null, email } as const;
  const found = await Promise.all(
    guestTables().map(async (table) => {
      const rows = await db
        .select({ one: sql<number>`1` })
        .from(getPersonalEntry(table).table)
        .where(subjectCondition(db, table, subject))
        .limit(1);
      return rows.length > 0;
    }),
  );
  return found.some(Boolean);
}
