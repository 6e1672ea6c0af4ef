import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, like, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  behaviourEvents,
  categories,
  customerProfiles,
  orderItems,
  orders,
  processingLimits,
  productVariants,
  products,
  segmentMemberships,
  segments,
  statedInterests,
  users,
} from "@/db/schema";
import { buildSeedOrder, type CatalogEntry } from "@/db/seed/orders";
import { createTestDatabase } from "@/db/testing/test-db";
import { recordDecision } from "@/lib/consent/ledger";
import { evaluateSegment, loadCustomerFacts } from "@/lib/personalization/segments/facts";
import { excludedBecause } from "@/lib/personalization/segments/rules";
import { secureRandom } from "@/lib/random/random";
import { DAY_MS } from "@/lib/time/days";
import { runJob } from "./runner";
import { refreshSegments } from "./segment-refresh";

let handle: DatabaseHandle;
/** Shortly after the template was seeded (the seed stamps its segments with its `now`). */
let now: Date;
beforeAll(async () => {
  handle = await createTestDatabase();
  const [seeded] = await handle.db
    .select({ at: segments.createdAt })
    .from(segments)
    .where(eq(segments.slug, "kaffee-stammkunden"));
  now = new Date(seeded!.at.getTime() + 60 * 60 * 1000);
});
afterAll(async () => {
  await handle?.close();
});

const ALL = { preferences: true, analytics: true, personalization: true, marketing: true };

async function segmentId(slug: string): Promise<string> {
  const [row] = await handle.db
    .select({ id: segments.id })
    .from(segments)
    .where(eq(segments.slug, slug));
  return row!.id;
}

async function members(id: string): Promise<Set<string>> {
  const rows = await handle.db
    .select({ userId: segmentMemberships.userId })
    .from(segmentMemberships)
    .where(eq(segmentMemberships.segmentId, id));
  return new Set(rows.map((r) => r.userId));
}

async function userId(email: string): Promise<string> {
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function hasProfile(id: string): Promise<boolean> {
  const rows = await handle.db
    .select({ userId: customerProfiles.userId })
    .from(customerProfiles)
    .where(eq(customerProfiles.userId, id));
  return rows.length === 1;
}

async function catalogEntry(categorySlug: string): Promise<CatalogEntry> {
  const [entry] = await handle.db
    .select({
      productId: products.id,
      variantId: productVariants.id,
      slug: products.slug,
      sku: productVariants.sku,
      nameDe: products.nameDe,
      priceCents: productVariants.priceCents,
      vatRate: products.vatRate,
      categorySlug: categories.slug,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(categories.slug, categorySlug))
    .orderBy(asc(productVariants.sku))
    .limit(1);
  return entry!;
}

/** A consenting adult customer of this test only, with orders in the given categories. */
async function newCustomer(purchases: { categorySlug: string; daysAgo: number }[]) {
  const { db } = handle;
  const id = randomUUID();
  const email = `segment-${id}@segments.test`;
  await db.insert(users).values({
    id,
    email,
    name: "Sina Segment",
    role: "customer",
    confirmedAdultAt: new Date(now.getTime() - 100 * DAY_MS),
  });
  await recordDecision(db, {
    subjectId: `s_${id.replaceAll("-", "").slice(0, 20)}`,
    userId: id,
    purposes: ALL,
    method: "banner",
    gpc: false,
    language: "de",
    now: new Date(now.getTime() - 100 * DAY_MS),
  });
  for (const p of purchases) {
    const rows = buildSeedOrder({
      userId: id,
      email,
      address: {
        fullName: "Sina Segment",
        street: "Weg 1",
        postalCode: "10115",
        city: "Berlin",
        country: "DE",
      },
      lines: [{ entry: await catalogEntry(p.categorySlug), quantity: 1 }],
      placedAt: new Date(now.getTime() - p.daysAgo * DAY_MS),
      now,
      random: secureRandom,
    });
    await db.insert(orders).values(rows.order);
    await db.insert(orderItems).values(rows.items);
  }
  return id;
}

describe("segment refresh", () => {
  it("puts consenting adult regular coffee buyers in the coffee segment: anna, not ben", async () => {
    await runJob("segment-refresh", { db: handle.db, now });
    const coffee = await members(await segmentId("kaffee-stammkunden"));
    expect(coffee.size).toBeGreaterThanOrEqual(50);
    expect(coffee.has(await userId("anna@example.com"))).toBe(true);
    expect(coffee.has(await userId("ben@example.com"))).toBe(false);
    expect(await hasProfile(await userId("anna@example.com"))).toBe(true);
    expect(await hasProfile(await userId("ben@example.com"))).toBe(false);

    // Every active segment either reaches k = 50 or targets nobody at all.
    const sizes = await handle.db
      .select({
        slug: segments.slug,
        n: sql<number>`(select count(*)::int from ${segmentMemberships} m where m.segment_id = ${segments.id})`,
      })
      .from(segments)
      .where(eq(segments.status, "active"));
    for (const s of sizes) expect(s.n === 0 || s.n >= 50, `${s.slug}: ${s.n}`).toBe(true);
  });

  it("drops customers who withdraw consent, object or are not confirmed adults on the next refresh", async () => {
    const { db } = handle;
    const coffeeId = await segmentId("kaffee-stammkunden");
    const synthetic = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(segmentMemberships, eq(segmentMemberships.userId, users.id))
      .where(and(eq(segmentMemberships.segmentId, coffeeId), like(users.email, "%@kunden.example")))
      .orderBy(asc(users.email))
      .limit(3);
    const [withdrawn, objecting, minor] = synthetic.map((s) => s.id) as [string, string, string];
    for (const id of [withdrawn, objecting, minor]) expect(await hasProfile(id)).toBe(true);

    await recordDecision(db, {
      subjectId: "s_segment_withdrawal_test",
      userId: withdrawn,
      purposes: { ...ALL, personalization: false },
      method: "settings",
      gpc: false,
      language: "de",
      now,
    });
    await db
      .insert(processingLimits)
      .values({ userId: objecting, kind: "objection", purpose: "marketing" });
    await db.update(users).set({ confirmedAdultAt: null }).where(eq(users.id, minor));

    const facts = await loadCustomerFacts(db, { now, userIds: [withdrawn, objecting, minor] });
    expect(Object.fromEntries(facts.map((f) => [f.userId, excludedBecause(f)]))).toEqual({
      [withdrawn]: "no_personalization_consent",
      [objecting]: "objection",
      [minor]: "not_adult",
    });
    // Their purchases are not even read.
    for (const f of facts) expect(f.boughtCategories).toEqual([]);

    const result = await runJob("segment-refresh", { db, now });
    expect(result.memberships).toBeGreaterThan(0);
    const coffee = await members(coffeeId);
    for (const id of [withdrawn, objecting, minor]) {
      expect(coffee.has(id)).toBe(false);
      expect(await hasProfile(id)).toBe(false);
    }
    const all = await db
      .select({ userId: segmentMemberships.userId })
      .from(segmentMemberships)
      .where(inArray(segmentMemberships.userId, [withdrawn, objecting, minor]));
    expect(all).toEqual([]);

    // Lifting the objection brings the customer back on the refresh after.
    await db
      .update(processingLimits)
      .set({ liftedAt: now })
      .where(eq(processingLimits.userId, objecting));
    await refreshSegments(db, now);
    expect((await members(coffeeId)).has(objecting)).toBe(true);
  });

  it("never turns purchases, interests or views in a sensitive category into facts or affinities", async () => {
    const { db } = handle;
    const id = await newCustomer([
      { categorySlug: "drugstore-health", daysAgo: 5 },
      { categorySlug: "drugstore-health", daysAgo: 40 },
    ]);
    const [health] = await db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.slug, "drugstore-health"));
    const healthProduct = await catalogEntry("drugstore-health");
    await db.insert(statedInterests).values({ userId: id, categoryId: health!.id });
    await db.insert(behaviourEvents).values({
      userId: id,
      subjectId: "s_sensitive_views",
      type: "product_view",
      purpose: "personalization",
      productId: healthProduct.productId,
      occurredAt: new Date(now.getTime() - DAY_MS),
    });

    const [onlySensitive] = await loadCustomerFacts(db, { now, userIds: [id] });
    expect(onlySensitive).toMatchObject({
      lastPurchaseDays: null,
      orders12m: 0,
      spent12mCents: 0,
      boughtCategories: [],
      statedInterests: [],
      viewedCategories90d: [],
    });
    await refreshSegments(db, now);
    expect(await hasProfile(id)).toBe(false);

    // A book bought as well counts, with its own price only.
    const book = await catalogEntry("books");
    const mixed = await newCustomer([
      { categorySlug: "drugstore-health", daysAgo: 3 },
      { categorySlug: "books", daysAgo: 20 },
    ]);
    const [facts] = await loadCustomerFacts(db, { now, userIds: [mixed] });
    expect(facts).toMatchObject({
      lastPurchaseDays: 20,
      orders12m: 1,
      spent12mCents: book.priceCents,
      boughtCategories: ["books"],
    });
    await refreshSegments(db, now);
    const [profile] = await db
      .select()
      .from(customerProfiles)
      .where(eq(customerProfiles.userId, mixed));
    expect(Object.keys(profile!.categoryAffinities)).not.toContain(health!.id);
    expect(Object.keys(profile!.categoryAffinities).length).toBe(1);
  });

  it("gives a segment under 50 no memberships, and reports it only as fewer than 50", async () => {
    const { db } = handle;
    const eligible = (await loadCustomerFacts(db, { now }))
      .filter((f) => excludedBecause(f) === null)
      .map((f) => f.spent12mCents)
      .sort((a, b) => b - a);
    const threshold = eligible[9]!;
    expect(threshold).toBeGreaterThan(0);
    const [small] = await db
      .insert(segments)
      .values({
        slug: `grosskunden-${randomUUID().slice(0, 8)}`,
        nameDe: "Großkunden",
        nameEn: "Big spenders",
        rules: [{ attribute: "spent_12m_cents", operator: "gte", value: threshold }],
      })
      .returning();
    // A membership left over from an earlier, larger evaluation must go too.
    await db
      .insert(segmentMemberships)
      .values({ segmentId: small!.id, userId: await userId("anna@example.com") });

    const evaluation = await evaluateSegment(db, small!, now);
    expect(evaluation.size).toBeGreaterThanOrEqual(10);
    expect(evaluation.size).toBeLessThan(50);
    expect(evaluation).toMatchObject({
      memberIds: [],
      targetable: false,
      label: { kind: "below", min: 50 },
    });

    const result = await refreshSegments(db, now);
    expect(result.belowMinimum).toBeGreaterThanOrEqual(1);
    expect((await members(small!.id)).size).toBe(0);
  });

  it("gives segments with rules outside the allow-list and inactive segments no memberships", async () => {
    const { db } = handle;
    const annaId = await userId("anna@example.com");
    const [invalid, archived] = await db
      .insert(segments)
      .values([
        {
          slug: `ungueltig-${randomUUID().slice(0, 8)}`,
          nameDe: "Ungültig",
          nameEn: "Invalid",
          rules: [
            { attribute: "bought_category", operator: "any_of", value: ["drugstore-health"] },
          ],
        },
        {
          slug: `archiviert-${randomUUID().slice(0, 8)}`,
          nameDe: "Archiviert",
          nameEn: "Archived",
          status: "archived" as const,
          rules: [{ attribute: "orders_12m", operator: "gte", value: 0 }],
        },
      ])
      .returning();
    await db.insert(segmentMemberships).values([
      { segmentId: invalid!.id, userId: annaId },
      { segmentId: archived!.id, userId: annaId },
    ]);
    const result = await refreshSegments(db, now);
    expect(result.invalid).toBeGreaterThanOrEqual(1);
    expect(result.inactiveMembershipsDeleted).toBeGreaterThanOrEqual(1);
    expect((await members(invalid!.id)).size).toBe(0);
    expect((await members(archived!.id)).size).toBe(0);
  });

  it("is idempotent and fast enough for the hourly schedule", async () => {
    const { db } = handle;
    const started = Date.now();
    const first = await refreshSegments(db, now);
    const elapsed = Date.now() - started;
    const snapshot = async () =>
      (
        await db
          .select({ s: segmentMemberships.segmentId, u: segmentMemberships.userId })
          .from(segmentMemberships)
          .orderBy(segmentMemberships.segmentId, segmentMemberships.userId)
      ).map((r) => `${r.s}/${r.u}`);
    const before = await snapshot();
    const second = await refreshSegments(db, now);
    expect(second).toEqual({ ...first, inactiveMembershipsDeleted: 0 });
    expect(await snapshot()).toEqual(before);
    const profiles = await db.select().from(customerProfiles).orderBy(customerProfiles.userId);
    expect(profiles.length).toBe(second.profiles);
    expect(elapsed).toBeLessThan(20_000);
  });
});
