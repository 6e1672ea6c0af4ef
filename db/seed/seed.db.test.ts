import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  categories,
  consentEvents,
  customerProfiles,
  invoices,
  offers,
  orderItems,
  orders,
  priceHistory,
  productImages,
  productVariants,
  products,
  segmentMemberships,
  segments,
  staffMfa,
  stockLevels,
  stores,
  users,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { TEST_SEED } from "@/db/testing/template";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { lookUpVoucher } from "@/lib/cart/voucher";
import { validateRules } from "@/lib/personalization/segments/rules";
import { SEED_SEGMENTS } from "./personalization";
import { seedDatabase } from "./seed";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const count = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;

describe("seed", () => {
  it("has the catalogue the mission needs", async () => {
    const { db } = handle;
    expect(
      await count(db.select({ n: sql<number>`count(*)::int` }).from(products)),
    ).toBeGreaterThanOrEqual(120);
    expect(
      await count(db.select({ n: sql<number>`count(*)::int` }).from(categories)),
    ).toBeGreaterThanOrEqual(8);
    expect(
      await count(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(categories)
          .where(eq(categories.sensitive, true)),
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await count(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(stores)
          .where(eq(stores.kind, "store")),
      ),
    ).toBe(4);
    const rates = await db.selectDistinct({ rate: products.vatRate }).from(products);
    expect(rates.map((r) => r.rate).sort((a, b) => a - b)).toEqual([700, 1900]);
    expect(
      await count(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(products)
          .where(sql`${products.unitKind} is not null`),
      ),
    ).toBeGreaterThan(5);
    expect(
      await count(db.select({ n: sql<number>`count(*)::int` }).from(productImages)),
    ).toBeGreaterThanOrEqual(360);
    expect(
      await count(db.select({ n: sql<number>`count(*)::int` }).from(stockLevels)),
    ).toBeGreaterThan(0);
    expect(
      await count(
        db
          .select({ n: sql<number>`count(distinct ${priceHistory.variantId})::int` })
          .from(priceHistory)
          .where(eq(priceHistory.change, "reduction")),
      ),
    ).toBeGreaterThan(10);
  });

  it("has the demo accounts, staff with second factors", async () => {
    const { db } = handle;
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await db.select().from(users).where(eq(users.email, account.email));
      expect(user?.role).toBe(account.role);
      expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      if (account.totpSecret) {
        const [mfa] = await db.select().from(staffMfa).where(eq(staffMfa.userId, user!.id));
        expect(mfa?.totpSecret).toBe(account.totpSecret);
      }
    }
    const [anna] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "anna@example.com"));
    const annasOrders = await db
      .select({ id: orders.id })
      .from(orders)
      .where(eq(orders.userId, anna!.id));
    expect(annasOrders.length).toBeGreaterThanOrEqual(5);
    const [annaConsent] = await db
      .select()
      .from(consentEvents)
      .where(eq(consentEvents.userId, anna!.id));
    expect(annaConsent?.purposes).toEqual({
      preferences: true,
      analytics: true,
      personalization: true,
      marketing: true,
    });
    const [ben] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "ben@example.com"));
    const [benConsent] = await db
      .select()
      .from(consentEvents)
      .where(eq(consentEvents.userId, ben!.id));
    expect(Object.values(benConsent!.purposes).every((v) => v === false)).toBe(true);
  });

  it("has synthetic customers with a year of orders and a cohort of consenting adults like Anna", async () => {
    const { db } = handle;
    const customers = await count(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(eq(users.role, "customer")),
    );
    expect(customers).toBeGreaterThanOrEqual(TEST_SEED.customers);
    const months = await db
      .select({ month: sql<string>`to_char(${orders.placedAt}, 'YYYY-MM')` })
      .from(orders)
      .groupBy(sql`1`);
    expect(months.length).toBeGreaterThanOrEqual(12);
    const cohort = await db
      .selectDistinct({ userId: orders.userId })
      .from(orders)
      .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
      .innerJoin(products, eq(products.id, orderItems.productId))
      .innerJoin(users, eq(users.id, orders.userId))
      .innerJoin(consentEvents, eq(consentEvents.userId, users.id))
      .where(
        and(
          eq(products.slug, "lumix-g9-ii"),
          sql`${users.confirmedAdultAt} is not null`,
          sql`(${consentEvents.purposes}->>'personalization')::boolean`,
        ),
      );
    expect(cohort.length).toBeGreaterThanOrEqual(60);
  });

  it("numbers invoices sequentially in the order they were issued, and never changes them", async () => {
    const { db } = handle;
    const rows = await db
      .select({ number: invoices.number, issuedAt: invoices.issuedAt })
      .from(invoices)
      .orderBy(asc(invoices.number));
    expect(rows.length).toBeGreaterThan(100);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.number).toBe(rows[i - 1]!.number + 1);
      expect(rows[i]!.issuedAt.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.issuedAt.getTime());
    }
    await expect(
      db.update(invoices).set({ totalCents: 1 }).where(eq(invoices.number, rows[0]!.number)),
    ).rejects.toThrow();
    await expect(db.delete(invoices).where(eq(invoices.number, rows[0]!.number))).rejects.toThrow();
  });

  it("allows deleting an invoice only once its 8 years after the end of its year have passed", async () => {
    const { db } = handle;
    const [template] = await db.select().from(orders).limit(1);
    const fresh = await db
      .insert(orders)
      .values(
        [1, 2].map((n) => ({
          ...template!,
          id: undefined,
          orderNumber: `V-RETENTN${n}`,
          idempotencyKey: `retention-test-${n}`,
        })),
      )
      .returning({ id: orders.id });
    const year = new Date().getUTCFullYear();
    const issued = [
      new Date(Date.UTC(year - 9, 11, 31, 12)),
      new Date(Date.UTC(year - 8, 0, 2, 12)),
    ];
    const [expired, kept] = await db
      .insert(invoices)
      .values(
        fresh.map((o, i) => ({
          orderId: o.id,
          totalCents: 100,
          issuedAt: issued[i]!,
          snapshot: template!.vatLines as never,
        })),
      )
      .returning({ id: invoices.id });
    await db.delete(invoices).where(eq(invoices.id, expired!.id));
    expect(
      await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.id, expired!.id)),
    ).toEqual([]);
    await expect(db.delete(invoices).where(eq(invoices.id, kept!.id))).rejects.toThrow();
  });

  it("is idempotent: seeding again adds nothing", async () => {
    const { db } = handle;
    const before = await count(db.select({ n: sql<number>`count(*)::int` }).from(orders));
    const usersBefore = await count(db.select({ n: sql<number>`count(*)::int` }).from(users));
    await seedDatabase(db, TEST_SEED);
    expect(await count(db.select({ n: sql<number>`count(*)::int` }).from(orders))).toBe(before);
    expect(await count(db.select({ n: sql<number>`count(*)::int` }).from(users))).toBe(usersBefore);
  });
});

describe("seeded segments and offers", () => {
  it("has segments within the allow-list that target only from 50 members, Anna among the coffee buyers", async () => {
    const { db } = handle;
    const ruleCategories = await db
      .select({ id: categories.id, slug: categories.slug, sensitive: categories.sensitive })
      .from(categories);
    const seeded = await db
      .select()
      .from(segments)
      .where(
        inArray(
          segments.slug,
          SEED_SEGMENTS.map((s) => s.slug),
        ),
      );
    expect(seeded.length).toBe(SEED_SEGMENTS.length);
    const size = async (segmentId: string) =>
      (
        await db
          .select({ userId: segmentMemberships.userId })
          .from(segmentMemberships)
          .where(eq(segmentMemberships.segmentId, segmentId))
      ).map((m) => m.userId);
    const sizes = new Map<string, string[]>();
    for (const s of seeded) {
      expect(validateRules(s.rules, ruleCategories).ok, s.slug).toBe(true);
      expect(s.status).toBe("active");
      const members = await size(s.id);
      expect(members.length === 0 || members.length >= 50, `${s.slug}: ${members.length}`).toBe(
        true,
      );
      sizes.set(s.slug, members);
    }
    const [anna] = await db.select().from(users).where(eq(users.email, "anna@example.com"));
    const [ben] = await db.select().from(users).where(eq(users.email, "ben@example.com"));
    const coffee = sizes.get("kaffee-stammkunden")!;
    expect(coffee.length).toBeGreaterThanOrEqual(50);
    expect(coffee).toContain(anna!.id);
    expect(coffee).not.toContain(ben!.id);
    expect(sizes.get("fotografie")!.length).toBeGreaterThanOrEqual(50);
    for (const members of sizes.values()) expect(members).not.toContain(ben!.id);

    const [annaProfile] = await db
      .select()
      .from(customerProfiles)
      .where(eq(customerProfiles.userId, anna!.id));
    const sensitiveIds = ruleCategories.filter((c) => c.sensitive).map((c) => c.id);
    const foodId = ruleCategories.find((c) => c.slug === "food-drinks")!.id;
    expect(annaProfile!.categoryAffinities[foodId]).toBe(1);
    const profiles = await db.select().from(customerProfiles);
    for (const p of profiles)
      for (const id of sensitiveIds) expect(p.categoryAffinities).not.toHaveProperty(id);
    expect(profiles.map((p) => p.userId)).not.toContain(ben!.id);
  });

  it("has active segment and personal offers with validity and budgets, redeemable only by their audience", async () => {
    const { db } = handle;
    const now = new Date();
    const bySlug = new Map(
      (await db.select().from(offers).where(isNotNull(offers.budgetCents))).map((o) => [o.slug, o]),
    );
    const segmentIds = new Map(
      (await db.select({ slug: segments.slug, id: segments.id }).from(segments)).map((s) => [
        s.slug,
        s.id,
      ]),
    );
    const categoryIds = new Map(
      (await db.select({ slug: categories.slug, id: categories.id }).from(categories)).map((c) => [
        c.slug,
        c.id,
      ]),
    );
    const [card] = await db
      .select({ id: productVariants.id })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(products.slug, "sd-card-128gb-v90"))
      .orderBy(asc(productVariants.position))
      .limit(1);
    expect(bySlug.get("kaffee-15")).toMatchObject({
      kind: "percent",
      value: 15,
      minOrderCents: 2500,
      voucherCode: "KAFFEE15",
      target: "segment",
      segmentId: segmentIds.get("kaffee-stammkunden"),
    });
    expect(bySlug.get("foto-speicherkarte-gratis")).toMatchObject({
      kind: "bonus_product",
      bonusVariantId: card!.id,
      target: "segment",
      segmentId: segmentIds.get("fotografie"),
    });
    expect(bySlug.get("nachschub-10")).toMatchObject({
      kind: "percent",
      value: 10,
      voucherCode: "NACHSCHUB10",
      target: "personal",
      focusCategoryId: categoryIds.get("food-drinks"),
    });
    expect(bySlug.get("foto-20")).toMatchObject({
      kind: "fixed",
      value: 2000,
      minOrderCents: 15_000,
      voucherCode: "FOTO20",
      target: "personal",
      focusCategoryId: categoryIds.get("cameras"),
    });
    for (const slug of ["kaffee-15", "foto-speicherkarte-gratis", "nachschub-10", "foto-20"]) {
      const offer = bySlug.get(slug)!;
      expect(offer.status).toBe("active");
      expect(offer.startsAt.getTime()).toBeLessThan(now.getTime());
      expect(offer.endsAt.getTime()).toBeGreaterThan(now.getTime() + 30 * 86_400_000);
      expect(offer.budgetCents).toBeGreaterThan(0);
      expect(offer.spentCents).toBe(0);
      expect(offer.nameDe).not.toBe(offer.nameEn);
      expect(offer.descriptionDe.length * offer.descriptionEn.length).toBeGreaterThan(0);
    }

    const [anna] = await db.select().from(users).where(eq(users.email, "anna@example.com"));
    const [ben] = await db.select().from(users).where(eq(users.email, "ben@example.com"));
    // Even with personalization allowed, only members of the coffee segment can redeem its code.
    const annaLookup = await lookUpVoucher(db, {
      code: "kaffee15",
      userId: anna!.id,
      now,
      personalization: true,
    });
    expect(annaLookup.status).toBe("valid");
    expect(
      await lookUpVoucher(db, { code: "KAFFEE15", userId: ben!.id, now, personalization: true }),
    ).toEqual({
      status: "unknown",
    });
  });
});
