import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  categories,
  consentEvents,
  invoices,
  orderItems,
  orders,
  priceHistory,
  productImages,
  products,
  staffMfa,
  stockLevels,
  stores,
  users,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { TEST_SEED } from "@/db/testing/template";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
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
