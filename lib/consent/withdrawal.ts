import { and, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  behaviourEvents,
  customerProfiles,
  offerAssignments,
  segmentMemberships,
  type Purpose,
} from "@/db/schema";
import { latestDecisionForUser } from "@/lib/consent/ledger";
import { endNewsletterAfterWithdrawal } from "@/lib/newsletter/subscriptions";

/*
 * Withdrawing consent stops the processing at once and deletes the behaviour data that rested only
 * on the withdrawn consent (C7, GDPR Art. 7(3), 17(1)(b)). Called by the consent action after the
 * new decision is in the ledger; the ledger itself is never changed (C8).
 */

export type WithdrawalSubject = {
  /** The signed-in customer, if any: all their events and derived data. */
  userId: string | null;
  /** The consent subject id of this browser: the guest events recorded under it. */
  subjectId: string | null;
  /** Purposes switched off by the new decision. */
  withdrawn: readonly Purpose[];
  now: Date;
};

export type WithdrawalResult = {
  behaviourEvents: number;
  customerProfiles: number;
  segmentMemberships: number;
  offerAssignments: number;
};

/**
 * Deletes, in one transaction, the subject's behaviour events recorded under a withdrawn purpose
 * and, when personalization is withdrawn, the data derived from it: the customer profile, segment
 * memberships and automated offers not yet redeemed. Kept: redeemed offers (part of an order),
 * offers a member of staff gave by hand, and the personalization log, which is the record of past
 * processing shown to the customer (P7) and has its own retention.
 *
 * Events of a guest are found by the subject id only where they carry no account: a browser shared
 * by two customers never lets one of them delete the other's data.
 */
export async function applyWithdrawal(
  db: Database,
  subject: WithdrawalSubject,
): Promise<WithdrawalResult> {
  const { userId, subjectId } = subject;
  const withdrawn = [...new Set(subject.withdrawn)];
  const result: WithdrawalResult = {
    behaviourEvents: 0,
    customerProfiles: 0,
    segmentMemberships: 0,
    offerAssignments: 0,
  };
  if (withdrawn.length === 0 || (!userId && !subjectId)) return result;

  const owners: SQL[] = [];
  if (userId) owners.push(eq(behaviourEvents.userId, userId));
  if (subjectId)
    owners.push(and(eq(behaviourEvents.subjectId, subjectId), isNull(behaviourEvents.userId))!);

  return db.transaction(async (tx) => {
    const events = await tx
      .delete(behaviourEvents)
      .where(and(inArray(behaviourEvents.purpose, withdrawn), or(...owners)))
      .returning({ id: behaviourEvents.id });
    result.behaviourEvents = events.length;

    if (userId && withdrawn.includes("personalization")) {
      const profiles = await tx
        .delete(customerProfiles)
        .where(eq(customerProfiles.userId, userId))
        .returning({ userId: customerProfiles.userId });
      result.customerProfiles = profiles.length;
      const memberships = await tx
        .delete(segmentMemberships)
        .where(eq(segmentMemberships.userId, userId))
        .returning({ segmentId: segmentMemberships.segmentId });
      result.segmentMemberships = memberships.length;
      const offers = await tx
        .delete(offerAssignments)
        .where(
          and(
            eq(offerAssignments.userId, userId),
            eq(offerAssignments.automated, true),
            isNull(offerAssignments.redeemedAt),
          ),
        )
        .returning({ id: offerAssignments.id });
      result.offerAssignments = offers.length;
    }

    // Withdrawing marketing also ends the newsletter at once (L6): the safer reading of a
    // "Marketing: off" in the settings, though the newsletter has its own double opt-in.
    if (userId && withdrawn.includes("marketing")) {
      const decision = await latestDecisionForUser(tx, userId);
      if (decision && !decision.purposes.marketing) {
        await endNewsletterAfterWithdrawal(tx, userId, decision.recordedAt, subject.now);
      }
    }
    return result;
  });
}
