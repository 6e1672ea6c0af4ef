import { eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import { customerProfiles, segmentMemberships, segments } from "@/db/schema";
import { computeAffinities } from "@/lib/personalization/segments/affinity";
import {
  evaluateSegment,
  loadAffinityPurchases,
  loadCustomerFacts,
  loadRuleCategories,
  SegmentRulesError,
} from "@/lib/personalization/segments/facts";
import { excludedBecause } from "@/lib/personalization/segments/rules";
import type { JobDefinition, JobResult } from "./types";

/** Rows per insert: well below PostgreSQL's 65,535 parameters. */
const BATCH = 2000;

export type SegmentRefreshResult = JobResult & {
  /** Active segments evaluated. */
  segments: number;
  /** Of those, with 50 members or more (memberships written). */
  targetable: number;
  /** Of those, below 50 (no memberships at all). */
  belowMinimum: number;
  /** Active segments whose stored rules no longer pass the allow-list (no memberships). */
  invalid: number;
  memberships: number;
  /** Memberships removed from segments that are no longer active. */
  inactiveMembershipsDeleted: number;
  profiles: number;
  profilesDeleted: number;
};

/**
 * Recomputes every active segment's memberships (one transaction per segment; below k = 50 none at
 * all, so nothing can target it, P6) and the customer profiles of the customers who pass the P6
 * exclusions; everybody else's profile is deleted. Idempotent: a second run changes nothing.
 */
export async function refreshSegments(db: Database, now: Date): Promise<SegmentRefreshResult> {
  const result: SegmentRefreshResult = {
    segments: 0,
    targetable: 0,
    belowMinimum: 0,
    invalid: 0,
    memberships: 0,
    inactiveMembershipsDeleted: 0,
    profiles: 0,
    profilesDeleted: 0,
  };
  const [facts, categories, active] = await Promise.all([
    loadCustomerFacts(db, { now }),
    loadRuleCategories(db),
    db
      .select({ id: segments.id, rules: segments.rules })
      .from(segments)
      .where(eq(segments.status, "active"))
      .orderBy(segments.slug),
  ]);

  for (const segment of active) {
    result.segments++;
    let memberIds: string[] = [];
    try {
      const evaluation = await evaluateSegment(db, segment, now, { facts, categories });
      memberIds = evaluation.memberIds;
      if (evaluation.targetable) result.targetable++;
      else result.belowMinimum++;
    } catch (error) {
      if (!(error instanceof SegmentRulesError)) throw error;
      result.invalid++;
    }
    await db.transaction(async (tx) => {
      await tx.delete(segmentMemberships).where(eq(segmentMemberships.segmentId, segment.id));
      for (let i = 0; i < memberIds.length; i += BATCH) {
        await tx
          .insert(segmentMemberships)
          .values(
            memberIds
              .slice(i, i + BATCH)
              .map((userId) => ({ segmentId: segment.id, userId, computedAt: now })),
          );
      }
    });
    result.memberships += memberIds.length;
  }

  // Draft and archived segments target nobody either.
  const stale = await db
    .delete(segmentMemberships)
    .where(
      inArray(
        segmentMemberships.segmentId,
        db.select({ id: segments.id }).from(segments).where(ne(segments.status, "active")),
      ),
    )
    .returning({ userId: segmentMemberships.userId });
  result.inactiveMembershipsDeleted = stale.length;

  const eligible = facts.filter((f) => excludedBecause(f) === null).map((f) => f.userId);
  const { purchases, notInterested } = await loadAffinityPurchases(db, eligible, now);
  const rows: (typeof customerProfiles.$inferInsert)[] = [];
  for (const userId of eligible) {
    const affinities = computeAffinities(
      purchases.get(userId) ?? [],
      now,
      notInterested.get(userId),
    );
    if (affinities) rows.push({ userId, ...affinities, computedAt: now });
  }
  await db.transaction(async (tx) => {
    const kept = `{${rows.map((r) => r.userId).join(",")}}`;
    const deleted = await queryRows<{ user_id: string }>(
      tx,
      sql`delete from ${customerProfiles} where not (user_id = any(${kept}::uuid[])) returning user_id`,
    );
    result.profilesDeleted = deleted.length;
    for (let i = 0; i < rows.length; i += BATCH) {
      await tx
        .insert(customerProfiles)
        .values(rows.slice(i, i + BATCH))
        .onConflictDoUpdate({
          target: customerProfiles.userId,
          set: {
            categoryAffinities: sql`excluded.category_affinities`,
            brandAffinities: sql`excluded.brand_affinities`,
            computedAt: sql`excluded.computed_at`,
          },
        });
    }
  });
  result.profiles = rows.length;
  return result;
}

/** Keeps segments and profiles in step with consent, objections and purchases (P6). */
export const segmentRefreshJob: JobDefinition = {
  name: "segment-refresh",
  cron: "41 * * * *",
  intervalMs: 60 * 60 * 1000,
  run: ({ db, now }) => refreshSegments(db, now),
};
