import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  auditLog,
  categories,
  customerProfiles,
  newsletterSubscriptions,
  offerAssignments,
  offers,
  personalizationSettings,
  processingLimits,
  products,
  segmentMemberships,
  statedInterests,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import {
  daysFromNow,
  ensureSampleUser,
  insertSampleOffer,
  insertSampleSegment,
  sampleTokenHash,
} from "@/lib/privacy/map/samples";
import { randomCode } from "@/lib/random/random";
import {
  dismissOffer,
  liftObjection,
  loadControls,
  markNotInterested,
  objectToProfiling,
  restoreOffer,
  setPersonalizationLevel,
  setStatedInterests,
  undoNotInterested,
} from "./controls";

let handle: DatabaseHandle;
const db = () => handle.db;
const now = new Date("2026-03-02T10:00:00Z");

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function customer(): Promise<string> {
  const userId = randomUUID();
  await ensureSampleUser(db(), { userId, email: `${userId}@example.test` });
  return userId;
}

async function category(sensitive = false): Promise<string> {
  const suffix = randomCode(8).toLowerCase();
  const [row] = await db()
    .insert(categories)
    .values({
      slug: `test-${suffix}`,
      nameDe: `Kategorie ${suffix}`,
      nameEn: `Category ${suffix}`,
      sensitive,
    })
    .returning({ id: categories.id });
  return row!.id;
}

async function interestRows(userId: string) {
  return db()
    .select({
      id: statedInterests.id,
      categoryId: statedInterests.categoryId,
      brand: statedInterests.brand,
      sentiment: statedInterests.sentiment,
    })
    .from(statedInterests)
    .where(eq(statedInterests.userId, userId));
}

async function auditActions(userId: string) {
  const rows = await db()
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    .where(eq(auditLog.subjectUserId, userId));
  expect(rows.every((r) => r.actorId === userId)).toBe(true);
  return rows.map((r) => r.action).sort();
}

async function offerFor(target: "everyone" | "segment", segmentId?: string): Promise<string> {
  const [row] = await db()
    .insert(offers)
    .values({
      slug: `test-offer-${randomCode(8).toLowerCase()}`,
      nameDe: "Versandkostenfrei",
      nameEn: "Free shipping",
      kind: "free_shipping",
      target,
      segmentId: segmentId ?? null,
      startsAt: daysFromNow(-1),
      endsAt: daysFromNow(10),
      status: "active",
    })
    .returning({ id: offers.id });
  return row!.id;
}

async function assignment(userId: string, offerId: string) {
  const [row] = await db()
    .select({ dismissedAt: offerAssignments.dismissedAt })
    .from(offerAssignments)
    .where(and(eq(offerAssignments.userId, userId), eq(offerAssignments.offerId, offerId)));
  return row;
}

describe("personalization level", () => {
  it("defaults to the loader's level until chosen, then upserts and audits only changes", async () => {
    const userId = await customer();
    expect(await loadControls(db(), userId)).toMatchObject({ level: "full", levelChosen: false });

    expect(await setPersonalizationLevel(db(), userId, "session", now)).toEqual({ changed: true });
    expect(await setPersonalizationLevel(db(), userId, "off", now)).toEqual({ changed: true });
    expect(await setPersonalizationLevel(db(), userId, "off", now)).toEqual({ changed: false });

    const rows = await db()
      .select()
      .from(personalizationSettings)
      .where(eq(personalizationSettings.userId, userId));
    expect(rows).toEqual([{ userId, level: "off", updatedAt: now }]);
    expect(await loadControls(db(), userId)).toMatchObject({ level: "off", levelChosen: true });
    expect(await auditActions(userId)).toEqual([
      "personalization.level_set",
      "personalization.level_set",
    ]);
  });
});

describe("stated interests", () => {
  it("replaces the interested categories and leaves other customers alone", async () => {
    const [alice, bob] = [await customer(), await customer()];
    const [a, b, c] = [await category(), await category(), await category()];
    await setStatedInterests(db(), bob, [a], now);

    expect(await setStatedInterests(db(), alice, [a, b, a], now)).toEqual({
      status: "saved",
      added: [a, b],
      removed: [],
    });
    expect(await setStatedInterests(db(), alice, [b, c], now)).toEqual({
      status: "saved",
      added: [c],
      removed: [a],
    });
    const mine = (await interestRows(alice)).map((r) => r.categoryId).sort();
    expect(mine).toEqual([b, c].sort());
    expect((await interestRows(bob)).map((r) => r.categoryId)).toEqual([a]);

    const controls = await loadControls(db(), alice);
    expect(
      controls.categories
        .filter((x) => x.interested)
        .map((x) => x.id)
        .sort(),
    ).toEqual([b, c].sort());
    expect(await setStatedInterests(db(), alice, [], now)).toMatchObject({ removed: [b, c] });
    expect(await interestRows(alice)).toEqual([]);
  });

  it("refuses a sensitive or unknown category and writes nothing", async () => {
    const userId = await customer();
    const [normal, sensitive] = [await category(), await category(true)];
    await setStatedInterests(db(), userId, [normal], now);

    expect(await setStatedInterests(db(), userId, [sensitive], now)).toEqual({
      status: "sensitive",
      categoryIds: [sensitive],
    });
    const unknown = randomUUID();
    expect(await setStatedInterests(db(), userId, [normal, unknown], now)).toEqual({
      status: "unknown",
      categoryIds: [unknown],
    });
    expect((await interestRows(userId)).map((r) => r.categoryId)).toEqual([normal]);
    const controls = await loadControls(db(), userId);
    expect(controls.categories.some((x) => x.id === sensitive)).toBe(false);
  });
});

describe("not interested", () => {
  it("marks a category once, ends the interest in it, and a later interest ends the mark", async () => {
    const userId = await customer();
    const [coffee, books] = [await category(), await category()];
    await setStatedInterests(db(), userId, [coffee, books], now);

    const first = await markNotInterested(db(), userId, { categoryId: coffee }, now);
    expect(first).toMatchObject({ status: "marked", created: true });
    const again = await markNotInterested(db(), userId, { categoryId: coffee }, now);
    expect(again).toEqual({
      status: "marked",
      id: first.status === "marked" && first.id,
      created: false,
    });

    const rows = await interestRows(userId);
    expect(rows.filter((r) => r.categoryId === coffee)).toEqual([
      { id: expect.any(String), categoryId: coffee, brand: null, sentiment: "not_interested" },
    ]);
    const controls = await loadControls(db(), userId);
    expect(controls.notInterested).toMatchObject([{ kind: "category", categoryId: coffee }]);
    expect(controls.categories.find((x) => x.id === coffee)).toMatchObject({
      interested: false,
      notInterested: true,
    });

    await setStatedInterests(db(), userId, [coffee, books], now);
    expect((await interestRows(userId)).every((r) => r.sentiment === "interested")).toBe(true);
  });

  it("refuses sensitive and unknown categories and unknown brands", async () => {
    const userId = await customer();
    const sensitive = await category(true);
    expect(await markNotInterested(db(), userId, { categoryId: sensitive }, now)).toEqual({
      status: "sensitive",
    });
    expect(await markNotInterested(db(), userId, { categoryId: randomUUID() }, now)).toEqual({
      status: "unknown",
    });
    expect(await markNotInterested(db(), userId, { brand: "No Such Brand 4711" }, now)).toEqual({
      status: "unknown",
    });
    expect(await interestRows(userId)).toEqual([]);
  });

  it("stores a brand in the catalogue's spelling", async () => {
    const userId = await customer();
    const [product] = await db().select({ brand: products.brand }).from(products).limit(1);
    const brand = product!.brand;
    const result = await markNotInterested(
      db(),
      userId,
      { brand: ` ${brand.toUpperCase()} ` },
      now,
    );
    expect(result).toMatchObject({ status: "marked", created: true });
    expect(await interestRows(userId)).toMatchObject([{ brand, sentiment: "not_interested" }]);
    expect((await loadControls(db(), userId)).notInterested).toMatchObject([
      { kind: "brand", brand },
    ]);
  });

  it("lets only the owner undo a mark", async () => {
    const [alice, mallory] = [await customer(), await customer()];
    const marked = await markNotInterested(db(), alice, { categoryId: await category() }, now);
    if (marked.status !== "marked") throw new Error("not marked");

    expect(await undoNotInterested(db(), mallory, marked.id, now)).toBe(false);
    expect(await interestRows(alice)).toHaveLength(1);
    expect(await undoNotInterested(db(), alice, marked.id, now)).toBe(true);
    expect(await interestRows(alice)).toEqual([]);
    expect(await undoNotInterested(db(), alice, marked.id, now)).toBe(false);
    expect(await auditActions(alice)).toEqual([
      "personalization.not_interested_marked",
      "personalization.not_interested_undone",
    ]);
    expect(await auditActions(mallory)).toEqual([]);
  });

  it("undo never removes an interest, only a mark", async () => {
    const userId = await customer();
    const topic = await category();
    await setStatedInterests(db(), userId, [topic], now);
    const [row] = await interestRows(userId);
    expect(await undoNotInterested(db(), userId, row!.id, now)).toBe(false);
    expect(await interestRows(userId)).toHaveLength(1);
  });
});

describe("offers", () => {
  it("dismisses an assigned offer and restores it, for its owner only", async () => {
    const [alice, mallory] = [await customer(), await customer()];
    const offerId = await insertSampleOffer(db());
    await db().insert(offerAssignments).values({ offerId, userId: alice, automated: true });

    expect(await dismissOffer(db(), alice, offerId, now)).toEqual({
      status: "dismissed",
      changed: true,
    });
    expect(await assignment(alice, offerId)).toEqual({ dismissedAt: now });
    expect(await dismissOffer(db(), alice, offerId, now)).toEqual({
      status: "dismissed",
      changed: false,
    });
    expect((await loadControls(db(), alice)).dismissedOffers).toEqual([
      { offerId, name: { de: "10 % auf Espresso", en: "10 % off espresso" }, dismissedAt: now },
    ]);

    expect(await restoreOffer(db(), mallory, offerId, now)).toBe(false);
    expect(await assignment(alice, offerId)).toEqual({ dismissedAt: now });
    expect(await restoreOffer(db(), alice, offerId, now)).toBe(true);
    expect(await assignment(alice, offerId)).toEqual({ dismissedAt: null });
    expect(await restoreOffer(db(), alice, offerId, now)).toBe(false);
  });

  it("dismisses an offer without an assignment when it is for everyone or the customer's segment", async () => {
    const userId = await customer();
    const everyone = await offerFor("everyone");
    expect(await dismissOffer(db(), userId, everyone, now)).toMatchObject({ status: "dismissed" });
    expect(await assignment(userId, everyone)).toEqual({ dismissedAt: now });

    const segmentId = await insertSampleSegment(db());
    const segmentOffer = await offerFor("segment", segmentId);
    expect(await dismissOffer(db(), userId, segmentOffer, now)).toEqual({ status: "not_found" });
    expect(await assignment(userId, segmentOffer)).toBeUndefined();
    await db().insert(segmentMemberships).values({ segmentId, userId });
    expect(await dismissOffer(db(), userId, segmentOffer, now)).toMatchObject({
      status: "dismissed",
    });
    expect(await assignment(userId, segmentOffer)).toEqual({ dismissedAt: now });
  });

  it("never makes an assignment for a personal offer the customer was not given", async () => {
    const userId = await customer();
    const personal = await insertSampleOffer(db());
    expect(await dismissOffer(db(), userId, personal, now)).toEqual({ status: "not_found" });
    expect(await dismissOffer(db(), userId, randomUUID(), now)).toEqual({ status: "not_found" });
    expect(await assignment(userId, personal)).toBeUndefined();
    expect(await auditActions(userId)).toEqual([]);
  });
});

describe("objection to profiling for marketing", () => {
  it("records both purposes once, ends the newsletter and erases the derived data", async () => {
    const userId = await customer();
    const other = await customer();
    await db()
      .insert(newsletterSubscriptions)
      .values([
        {
          userId,
          email: `${userId}@example.test`,
          status: "confirmed",
          tokenHash: sampleTokenHash(),
          confirmedAt: now,
        },
        {
          userId: other,
          email: `${other}@example.test`,
          status: "confirmed",
          tokenHash: sampleTokenHash(),
          confirmedAt: now,
        },
      ]);
    await db()
      .insert(customerProfiles)
      .values([{ userId, categoryAffinities: { x: 1 } }, { userId: other }]);
    const segmentId = await insertSampleSegment(db());
    await db().insert(segmentMemberships).values({ segmentId, userId });
    const [open, dismissed, redeemed] = [
      await insertSampleOffer(db()),
      await insertSampleOffer(db()),
      await insertSampleOffer(db()),
    ];
    await db()
      .insert(offerAssignments)
      .values([
        { offerId: open, userId, automated: true },
        { offerId: dismissed, userId, automated: true, dismissedAt: now },
        { offerId: redeemed, userId, automated: true, redeemedAt: now },
      ]);

    expect(await objectToProfiling(db(), userId, now)).toEqual({
      created: ["personalization", "marketing"],
    });
    expect(await objectToProfiling(db(), userId, now)).toEqual({ created: [] });

    const limits = await db()
      .select({ kind: processingLimits.kind, purpose: processingLimits.purpose })
      .from(processingLimits)
      .where(and(eq(processingLimits.userId, userId), isNull(processingLimits.liftedAt)));
    expect(limits.map((l) => `${l.kind}:${l.purpose}`).sort()).toEqual([
      "objection:marketing",
      "objection:personalization",
    ]);
    const subscriptions = await db()
      .select({ userId: newsletterSubscriptions.userId, status: newsletterSubscriptions.status })
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, userId));
    expect(subscriptions).toEqual([{ userId, status: "unsubscribed" }]);
    const [otherSubscription] = await db()
      .select({ status: newsletterSubscriptions.status })
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, other));
    expect(otherSubscription).toEqual({ status: "confirmed" });
    expect(
      await db().select().from(customerProfiles).where(eq(customerProfiles.userId, userId)),
    ).toEqual([]);
    expect(
      await db().select().from(customerProfiles).where(eq(customerProfiles.userId, other)),
    ).toHaveLength(1);
    expect(
      await db().select().from(segmentMemberships).where(eq(segmentMemberships.userId, userId)),
    ).toEqual([]);
    const left = await db()
      .select({ offerId: offerAssignments.offerId })
      .from(offerAssignments)
      .where(eq(offerAssignments.userId, userId));
    expect(left.map((r) => r.offerId).sort()).toEqual([dismissed, redeemed].sort());

    const controls = await loadControls(db(), userId);
    expect(controls.objection).toEqual({ active: true, since: now });
    expect(await auditActions(userId)).toEqual(["personalization.objection_made"]);
  });

  it("is lifted by its owner, and a new objection after lifting is recorded again", async () => {
    const userId = await customer();
    const other = await customer();
    await objectToProfiling(db(), userId, now);
    await objectToProfiling(db(), other, now);

    const later = new Date(now.getTime() + 60_000);
    expect(await liftObjection(db(), userId, later)).toEqual({ lifted: 2 });
    expect(await liftObjection(db(), userId, later)).toEqual({ lifted: 0 });
    expect((await loadControls(db(), userId)).objection).toEqual({ active: false, since: null });
    expect((await loadControls(db(), other)).objection.active).toBe(true);

    expect(await objectToProfiling(db(), userId, later)).toEqual({
      created: ["personalization", "marketing"],
    });
    expect((await loadControls(db(), userId)).objection).toEqual({ active: true, since: later });
  });

  it("leaves a restriction made in the privacy center in place", async () => {
    const userId = await customer();
    await db()
      .insert(processingLimits)
      .values({ userId, kind: "restriction", purpose: "personalization" });
    await objectToProfiling(db(), userId, now);
    await liftObjection(db(), userId, now);
    const controls = await loadControls(db(), userId);
    expect(controls).toMatchObject({ restricted: true, objection: { active: false } });
  });
});
