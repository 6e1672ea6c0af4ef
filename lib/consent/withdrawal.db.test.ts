import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  behaviourEvents,
  consentEvents,
  customerProfiles,
  offerAssignments,
  personalizationLog,
  segmentMemberships,
  type Purpose,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { runJob } from "@/lib/jobs/runner";
import {
  ensureSampleUser,
  insertSampleOffer,
  insertSampleSegment,
  sampleConsentSubjectId,
  sampleVariant,
} from "@/lib/privacy/map/samples";
import { DAY_MS } from "@/lib/time/days";
import { applyWithdrawal } from "./withdrawal";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

type Person = { userId: string; subjectId: string; consentEventId: string };

async function person(): Promise<Person> {
  const { db } = handle;
  const userId = randomUUID();
  await ensureSampleUser(db, { userId, email: `${userId}@example.test` });
  const subjectId = sampleConsentSubjectId();
  const [consent] = await db
    .insert(consentEvents)
    .values({
      subjectId,
      userId,
      noticeVersion: "test",
      language: "de",
      purposes: { preferences: false, analytics: true, personalization: true, marketing: false },
      method: "banner",
      withdrawalMethod: "Footer link",
    })
    .returning({ id: consentEvents.id });
  return { userId, subjectId, consentEventId: consent!.id };
}

async function events(
  who: Person,
  rows: { purpose: Purpose; guest?: boolean; occurredAt?: Date }[],
): Promise<string[]> {
  const { db } = handle;
  const variant = await sampleVariant(handle.db);
  const inserted = await db
    .insert(behaviourEvents)
    .values(
      rows.map((row) => ({
        userId: row.guest ? null : who.userId,
        subjectId: who.subjectId,
        type: "product_view" as const,
        purpose: row.purpose,
        productId: variant.productId,
        categoryId: variant.categoryId,
        consentEventId: who.consentEventId,
        occurredAt: row.occurredAt ?? new Date(),
      })),
    )
    .returning({ id: behaviourEvents.id });
  return inserted.map((r) => r.id);
}

async function derived(who: Person) {
  const { db } = handle;
  await db.insert(customerProfiles).values({ userId: who.userId, categoryAffinities: { a: 0.7 } });
  await db
    .insert(segmentMemberships)
    .values({ segmentId: await insertSampleSegment(db), userId: who.userId });
  const [automated, redeemed, manual] = await db
    .insert(offerAssignments)
    .values([
      { offerId: await insertSampleOffer(db), userId: who.userId, automated: true },
      {
        offerId: await insertSampleOffer(db),
        userId: who.userId,
        automated: true,
        redeemedAt: new Date(),
      },
      { offerId: await insertSampleOffer(db), userId: who.userId, automated: false },
    ])
    .returning({ id: offerAssignments.id });
  await db.insert(personalizationLog).values({
    userId: who.userId,
    surface: "home",
    decision: { productIds: [] },
    reasons: [],
  });
  return { automated: automated!.id, redeemed: redeemed!.id, manual: manual!.id };
}

async function remainingEvents(ids: string[]): Promise<string[]> {
  const rows = await handle.db
    .select({ id: behaviourEvents.id })
    .from(behaviourEvents)
    .where(inArray(behaviourEvents.id, ids));
  return rows.map((r) => r.id).sort();
}

describe("applyWithdrawal (C7, Art. 17(1)(b))", () => {
  it("deletes only the events under the withdrawn purpose and the data derived from personalization", async () => {
    const { db } = handle;
    const alice = await person();
    const bob = await person();
    const [aliceAnalytics, alicePersonal, aliceGuestPersonal, aliceGuestAnalytics] = await events(
      alice,
      [
        { purpose: "analytics" },
        { purpose: "personalization" },
        { purpose: "personalization", guest: true },
        { purpose: "analytics", guest: true },
      ],
    );
    const bobEvents = await events(bob, [{ purpose: "analytics" }, { purpose: "personalization" }]);
    // Bob signed in on Alice's browser once: his events carry her subject id but belong to him.
    const [bobOnAliceBrowser] = await events({ ...bob, subjectId: alice.subjectId }, [
      { purpose: "personalization" },
    ]);
    const aliceOffers = await derived(alice);
    await derived(bob);

    const result = await applyWithdrawal(db, {
      userId: alice.userId,
      subjectId: alice.subjectId,
      withdrawn: ["personalization"],
      now: new Date(),
    });

    expect(result).toEqual({
      behaviourEvents: 2,
      customerProfiles: 1,
      segmentMemberships: 1,
      offerAssignments: 1,
    });
    expect(
      await remainingEvents([
        aliceAnalytics!,
        alicePersonal!,
        aliceGuestPersonal!,
        aliceGuestAnalytics!,
      ]),
    ).toEqual([aliceAnalytics!, aliceGuestAnalytics!].sort());
    expect(await remainingEvents([...bobEvents, bobOnAliceBrowser!])).toEqual(
      [...bobEvents, bobOnAliceBrowser!].sort(),
    );

    expect(
      await db.select().from(customerProfiles).where(eq(customerProfiles.userId, alice.userId)),
    ).toEqual([]);
    expect(
      await db.select().from(segmentMemberships).where(eq(segmentMemberships.userId, alice.userId)),
    ).toEqual([]);
    const offersLeft = await db
      .select({ id: offerAssignments.id })
      .from(offerAssignments)
      .where(eq(offerAssignments.userId, alice.userId));
    expect(offersLeft.map((o) => o.id).sort()).toEqual(
      [aliceOffers.redeemed, aliceOffers.manual].sort(),
    );
    // The record of past processing stays (P7).
    expect(
      await db.select().from(personalizationLog).where(eq(personalizationLog.userId, alice.userId)),
    ).toHaveLength(1);
    // Nothing of Bob's is touched, and the consent ledger is never changed (C8).
    expect(
      await db.select().from(customerProfiles).where(eq(customerProfiles.userId, bob.userId)),
    ).toHaveLength(1);
    expect(
      await db.select().from(segmentMemberships).where(eq(segmentMemberships.userId, bob.userId)),
    ).toHaveLength(1);
    expect(
      await db.select().from(offerAssignments).where(eq(offerAssignments.userId, bob.userId)),
    ).toHaveLength(3);
    expect(
      await db.select().from(consentEvents).where(eq(consentEvents.userId, alice.userId)),
    ).toHaveLength(1);
  });

  it("withdrawing analytics keeps the derived personalization data", async () => {
    const { db } = handle;
    const carol = await person();
    const [analytics, personal] = await events(carol, [
      { purpose: "analytics" },
      { purpose: "personalization" },
    ]);
    await derived(carol);
    const result = await applyWithdrawal(db, {
      userId: carol.userId,
      subjectId: carol.subjectId,
      withdrawn: ["analytics"],
      now: new Date(),
    });
    expect(result).toEqual({
      behaviourEvents: 1,
      customerProfiles: 0,
      segmentMemberships: 0,
      offerAssignments: 0,
    });
    expect(await remainingEvents([analytics!, personal!])).toEqual([personal!]);
  });

  it("for a guest deletes the events of the subject id only", async () => {
    const { db } = handle;
    const dave = await person();
    const [guest, account] = await events(dave, [
      { purpose: "analytics", guest: true },
      { purpose: "analytics" },
    ]);
    const result = await applyWithdrawal(db, {
      userId: null,
      subjectId: dave.subjectId,
      withdrawn: ["analytics", "personalization"],
      now: new Date(),
    });
    expect(result.behaviourEvents).toBe(1);
    expect(await remainingEvents([guest!, account!])).toEqual([account!]);
  });

  it("does nothing without a subject or without withdrawn purposes", async () => {
    const { db } = handle;
    const erin = await person();
    const ids = await events(erin, [{ purpose: "analytics" }, { purpose: "personalization" }]);
    const none = {
      behaviourEvents: 0,
      customerProfiles: 0,
      segmentMemberships: 0,
      offerAssignments: 0,
    };
    expect(
      await applyWithdrawal(db, {
        userId: null,
        subjectId: null,
        withdrawn: ["analytics", "personalization"],
        now: new Date(),
      }),
    ).toEqual(none);
    expect(
      await applyWithdrawal(db, {
        userId: erin.userId,
        subjectId: erin.subjectId,
        withdrawn: [],
        now: new Date(),
      }),
    ).toEqual(none);
    expect(await remainingEvents(ids)).toEqual([...ids].sort());
  });
});

describe("behaviour retention job (T1)", () => {
  it("deletes only events older than 180 days, and is idempotent", async () => {
    const { db } = handle;
    const now = new Date();
    const frank = await person();
    const [old, borderline, recent] = await events(frank, [
      { purpose: "analytics", occurredAt: new Date(now.getTime() - 181 * DAY_MS) },
      { purpose: "personalization", occurredAt: new Date(now.getTime() - 179 * DAY_MS) },
      { purpose: "analytics", occurredAt: new Date(now.getTime() - DAY_MS) },
    ]);

    const result = await runJob("retention-sweep", { db, now });

    expect(result.behaviour_events).toBeGreaterThanOrEqual(1);
    expect(await remainingEvents([old!, borderline!, recent!])).toEqual(
      [borderline!, recent!].sort(),
    );
    expect((await runJob("retention-sweep", { db, now })).behaviour_events).toBe(0);
  });
});
