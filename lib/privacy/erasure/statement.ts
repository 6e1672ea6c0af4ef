import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { personalTables } from "../data-map";
import { accountSubject } from "./erase";
import { describeErasure, type ErasureStatement } from "./plan";
import { loadErasureRows } from "./rows";

/**
 * What deleting this account would delete and keep (R4), for the signed-in owner's own account:
 * the same subject and rules eraseSubject() applies, the erasure request it records included.
 */
export async function getErasureStatementForUser(input: {
  userId: string;
  now: Date;
}): Promise<ErasureStatement | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!user) return null;
  const subject = accountSubject({ ...user, verified: user.verifiedAt !== null });
  const rows = await loadErasureRows(db, subject, input.now, { withErasureRequest: true });
  return describeErasure(personalTables(), rows, input.now);
}
