import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { processingLimits, users, type Purpose } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { endNewsletterForUser } from "@/lib/newsletter/subscriptions";
import { recordCompletedRequest } from "./requests";

/*
 * Restriction (Art. 18) and objection (Art. 21) per purpose (R5). A limit is a processing_limits row
 * with lifted_at null; every reader (personalization, newsletter, behaviour recording) asks on each
 * request, so a change takes effect on the next one.
 */

/** The purposes a customer can restrict or object to: the optional ones that use their data. */
export const LIMIT_PURPOSES = [
  "personalization",
  "marketing",
  "analytics",
] as const satisfies readonly Purpose[];
export type LimitPurpose = (typeof LIMIT_PURPOSES)[number];
export type LimitKind = "restriction" | "objection";
export const LIMIT_KINDS = ["restriction", "objection"] as const satisfies readonly LimitKind[];

export function isLimitPurpose(value: unknown): value is LimitPurpose {
  return (LIMIT_PURPOSES as readonly unknown[]).includes(value);
}

export type ActiveLimit = { kind: LimitKind; purpose: Purpose; since: Date };

/** The customer's limits in force, oldest first (owner-scoped). */
export async function listActiveLimits(db: Database, userId: string): Promise<ActiveLimit[]> {
  return db
    .select({
      kind: processingLimits.kind,
      purpose: processingLimits.purpose,
      since: processingLimits.createdAt,
    })
    .from(processingLimits)
    .where(and(eq(processingLimits.userId, userId), isNull(processingLimits.liftedAt)))
    .orderBy(asc(processingLimits.createdAt));
}

/** The state of each purpose and kind, for the page: since when it is in force, or null. */
export function limitStates(
  limits: readonly ActiveLimit[],
): Record<LimitPurpose, Record<LimitKind, Date | null>> {
  const states = Object.fromEntries(
    LIMIT_PURPOSES.map((purpose) => [purpose, { restriction: null, objection: null }]),
  ) as Record<LimitPurpose, Record<LimitKind, Date | null>>;
  for (const limit of limits) {
    if (!isLimitPurpose(limit.purpose)) continue;
    states[limit.purpose][limit.kind] ??= limit.since;
  }
  return states;
}

/**
 * Sets (active) or lifts one limit of the customer, in one transaction with a completed request of
 * the same kind in the request log (R6) and an audit entry. An objection to marketing also ends the
 * newsletter at once (Art. 21(3)). Idempotent: asking for the state in force changes nothing.
 */
export async function setProcessingLimit(
  db: Database,
  input: { userId: string; kind: LimitKind; purpose: LimitPurpose; active: boolean; now: Date },
): Promise<{ changed: boolean }> {
  const { userId, kind, purpose, active, now } = input;
  return db.transaction(async (tx) => {
    // One change of one customer at a time: two clicks never leave two limits in force.
    const [user] = await tx
      .select({ email: users.email, role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user) throw new Error("The customer does not exist");
    const inForce = and(
      eq(processingLimits.userId, userId),
      eq(processingLimits.kind, kind),
      eq(processingLimits.purpose, purpose),
      isNull(processingLimits.liftedAt),
    );
    const current = await tx
      .select({ id: processingLimits.id })
      .from(processingLimits)
      .where(inForce);
    if (active === current.length > 0) return { changed: false };

    if (active) {
      await tx.insert(processingLimits).values({ userId, kind, purpose, createdAt: now });
      if (kind === "objection" && purpose === "marketing")
        await endNewsletterForUser(tx, userId, now);
    } else {
      await tx.update(processingLimits).set({ liftedAt: now }).where(inForce);
    }
    const change = active ? "set" : "lifted";
    const request = await recordCompletedRequest(tx, {
      userId,
      email: user.email,
      kind,
      details: { purpose, change },
      now,
    });
    await writeAudit(tx, {
      actorId: userId,
      actorRole: user.role,
      action: `privacy.${kind}_${change}`,
      entity: "processing_limits",
      entityId: request.id,
      subjectUserId: userId,
      details: { purpose },
      occurredAt: now,
    });
    return { changed: true };
  });
}
