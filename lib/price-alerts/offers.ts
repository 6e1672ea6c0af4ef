import { and, desc, eq, gt, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  consentEvents,
  offerAssignments,
  offers,
  processingLimits,
  segmentMemberships,
} from "@/db/schema";
import { voucherState } from "@/lib/cart/voucher";
import { effectiveConsent } from "@/lib/consent/consent-cookie";
import { decisionFromEvent } from "@/lib/consent/ledger";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import { offersForCustomer, type AlertOffer } from "./effective-price";

export type LiveOffer = AlertOffer & { segmentId: string | null };

/**
 * Offers a customer could redeem right now that lower the price of goods: live, within budget,
 * and with a voucher code (the shop redeems offers only by their code).
 */
export async function listLiveOffers(db: Database, now: Date): Promise<LiveOffer[]> {
  const rows = await db
    .select({
      id: offers.id,
      code: offers.voucherCode,
      nameDe: offers.nameDe,
      nameEn: offers.nameEn,
      kind: offers.kind,
      value: offers.value,
      minOrderCents: offers.minOrderCents,
      target: offers.target,
      segmentId: offers.segmentId,
      status: offers.status,
      startsAt: offers.startsAt,
      endsAt: offers.endsAt,
      budgetCents: offers.budgetCents,
      spentCents: offers.spentCents,
    })
    .from(offers)
    .where(
      and(
        eq(offers.status, "active"),
        lte(offers.startsAt, now),
        gt(offers.endsAt, now),
        isNotNull(offers.voucherCode),
        inArray(offers.kind, ["percent", "fixed"]),
      ),
    );
  return rows.flatMap((row) =>
    row.code && voucherState(row, now) === "valid"
      ? [
          {
            id: row.id,
            code: row.code,
            nameDe: row.nameDe,
            nameEn: row.nameEn,
            kind: row.kind,
            value: row.value,
            minOrderCents: row.minOrderCents,
            target: row.target,
            segmentId: row.segmentId,
          },
        ]
      : [],
  );
}

/**
 * The offers each of these customers may count for their alerts (offersForCustomer), in four
 * queries for all of them. Consent is the account's latest decision under the current notice
 * (lib/consent/ledger.ts latestDecisionForUser, effectiveConsent): there is no request here.
 */
export async function offersByCustomer(
  db: Database,
  userIds: readonly string[],
  live: readonly LiveOffer[],
): Promise<Map<string, AlertOffer[]>> {
  const result = new Map<string, AlertOffer[]>();
  const ids = [...new Set(userIds)];
  const targeted = live.filter((o) => o.target !== "everyone");
  if (ids.length === 0) return result;
  if (targeted.length === 0) {
    for (const id of ids) result.set(id, [...live]);
    return result;
  }
  const segmentIds = [...new Set(targeted.flatMap((o) => (o.segmentId ? [o.segmentId] : [])))];
  const [decisions, limits, assignments, memberships] = await Promise.all([
    // The latest decision of each account, as latestDecisionForUser orders them.
    db
      .selectDistinctOn([consentEvents.userId])
      .from(consentEvents)
      .where(inArray(consentEvents.userId, ids))
      .orderBy(consentEvents.userId, desc(consentEvents.recordedAt), desc(consentEvents.id)),
    db
      .select({ userId: processingLimits.userId })
      .from(processingLimits)
      .where(
        and(
          inArray(processingLimits.userId, ids),
          isNull(processingLimits.liftedAt),
          inArray(processingLimits.purpose, ["personalization", "marketing"]),
        ),
      ),
    db
      .select({ userId: offerAssignments.userId, offerId: offerAssignments.offerId })
      .from(offerAssignments)
      .where(
        and(
          inArray(offerAssignments.userId, ids),
          inArray(
            offerAssignments.offerId,
            targeted.map((o) => o.id),
          ),
          isNull(offerAssignments.redeemedAt),
        ),
      ),
    segmentIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ userId: segmentMemberships.userId, segmentId: segmentMemberships.segmentId })
          .from(segmentMemberships)
          .where(
            and(
              inArray(segmentMemberships.userId, ids),
              inArray(segmentMemberships.segmentId, segmentIds),
            ),
          ),
  ]);
  const allowed = new Set<string>();
  for (const row of decisions) {
    if (!row.userId) continue;
    const consent = effectiveConsent({
      browser: null,
      account: decisionFromEvent(row),
      gpc: row.gpc,
      currentVersion: CONSENT_NOTICE_VERSION,
    });
    if (consent.purposes.personalization) allowed.add(row.userId);
  }
  // A restriction or objection (Art. 18, 21) outweighs the consent (R5).
  for (const limit of limits) allowed.delete(limit.userId);
  const assigned = groupBy(
    assignments,
    (a) => a.userId,
    (a) => a.offerId,
  );
  const segments = groupBy(
    memberships,
    (m) => m.userId,
    (m) => m.segmentId,
  );
  for (const id of ids) {
    result.set(
      id,
      offersForCustomer(live, {
        personalizationAllowed: allowed.has(id),
        assignedOfferIds: assigned.get(id) ?? new Set(),
        segmentIds: segments.get(id) ?? new Set(),
      }),
    );
  }
  return result;
}

function groupBy<T>(
  rows: readonly T[],
  key: (row: T) => string,
  value: (row: T) => string,
): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const row of rows) map.set(key(row), (map.get(key(row)) ?? new Set()).add(value(row)));
  return map;
}
