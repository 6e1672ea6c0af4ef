import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import { behaviourEvents, categories, orderItems, orders, products, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { berlinDate } from "@/lib/consent/reporting";
import { forecastHoltWinters } from "./forecast";
import { parseInsightsPeriod, type InsightsPeriod } from "./period";
import {
  getConsentedConversion,
  getSalesSummary,
  listProductTrendWindows,
  listRevenueSeries,
  listTopCategories,
  listTopProducts,
  listWeeklyCategoryUnits,
} from "./queries";

let handle: DatabaseHandle;
const db = () => handle.db;
const tag = randomUUID().slice(0, 8);

/** March 2001: long before any seeded data, so the numbers below are exactly ours. */
const MARCH: InsightsPeriod = { days: 30, from: "2001-03-01", to: "2001-03-30", bucket: "day" };

async function category(name: string, sensitive = false) {
  const [row] = await db()
    .insert(categories)
    .values({ slug: `ins-${name}-${tag}`, nameDe: `${name} DE`, nameEn: `${name} EN`, sensitive })
    .returning({ id: categories.id });
  return row!.id;
}

async function product(name: string, categoryId: string) {
  const [row] = await db()
    .insert(products)
    .values({
      slug: `ins-${name}-${tag}`,
      categoryId,
      brand: "Test",
      nameDe: `${name} DE`,
      nameEn: `${name} EN`,
      descriptionDe: "",
      descriptionEn: "",
      vatRate: 1900,
    })
    .returning({ id: products.id });
  return row!.id;
}

async function order(
  placedAt: string,
  lines: { productId: string; quantity: number; totalCents: number }[],
  extra: {
    userId?: string;
    cancelled?: boolean;
    restricted?: boolean;
    shippingCents?: number;
  } = {},
) {
  const subtotal = lines.reduce((sum, line) => sum + line.totalCents, 0);
  const shipping = extra.shippingCents ?? 0;
  const [row] = await db()
    .insert(orders)
    .values({
      orderNumber: `INS-${randomUUID()}`,
      userId: extra.userId ?? null,
      email: "insights@example.test",
      status: extra.cancelled ? "cancelled" : "paid",
      shippingMethod: "standard",
      paymentMethod: "card",
      billingAddress: {
        fullName: "Test",
        street: "Weg 1",
        postalCode: "10115",
        city: "Berlin",
        country: "DE",
      },
      subtotalCents: subtotal,
      shippingCents: shipping,
      totalCents: subtotal + shipping,
      vatLines: [],
      idempotencyKey: randomUUID(),
      placedAt: new Date(placedAt),
      restrictedAt: extra.restricted ? new Date(placedAt) : null,
    })
    .returning({ id: orders.id });
  await db()
    .insert(orderItems)
    .values(
      lines.map((line) => ({
        orderId: row!.id,
        productId: line.productId,
        sku: `SKU-${tag}`,
        name: "Line",
        quantity: line.quantity,
        unitPriceCents: Math.round(line.totalCents / line.quantity),
        vatRate: 1900,
        totalCents: line.totalCents,
      })),
    );
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const cameras = await category("cameras");
  const pharmacy = await category("pharmacy", true);
  const camera = await product("camera", cameras);
  const lens = await product("lens", cameras);
  const plaster = await product("plaster", pharmacy);
  const [customer] = await db()
    .insert(users)
    .values({ email: `ins-${tag}@example.test`, name: "Test", role: "customer" })
    .returning({ id: users.id });
  const userId = customer!.id;

  // Before the period: makes the customer's March order a returning one.
  await order("2001-02-10T10:00:00Z", [{ productId: lens, quantity: 1, totalCents: 5000 }], {
    userId,
  });
  // 1 March 00:30 in Berlin is still 28 February in UTC: inside the period.
  await order("2001-02-28T23:30:00Z", [{ productId: camera, quantity: 1, totalCents: 40000 }]);
  await order(
    "2001-03-05T10:00:00Z",
    [
      { productId: camera, quantity: 2, totalCents: 80000 },
      { productId: plaster, quantity: 3, totalCents: 900 },
    ],
    { userId, shippingCents: 495 },
  );
  await order("2001-03-06T10:00:00Z", [{ productId: lens, quantity: 4, totalCents: 20000 }]);
  // Not counted: cancelled, restricted (erased customer), and 31 March in Berlin.
  await order("2001-03-07T10:00:00Z", [{ productId: camera, quantity: 9, totalCents: 1 }], {
    cancelled: true,
  });
  await order("2001-03-08T10:00:00Z", [{ productId: camera, quantity: 9, totalCents: 2 }], {
    restricted: true,
  });
  await order("2001-03-30T22:30:00Z", [{ productId: camera, quantity: 9, totalCents: 3 }]);

  const event = (
    subjectId: string,
    type: "product_view" | "purchase",
    purpose: "analytics" | "personalization",
    at = "2001-03-10T10:00:00Z",
  ) => ({ subjectId, type, purpose, occurredAt: new Date(at) });
  await db()
    .insert(behaviourEvents)
    .values([
      event(`s_a${tag}`, "product_view", "analytics"),
      event(`s_a${tag}`, "purchase", "analytics"),
      event(`s_b${tag}`, "product_view", "analytics"),
      event(`s_c${tag}`, "product_view", "analytics"),
      event(`s_c${tag}`, "product_view", "analytics"),
      // Recorded for personalization only: not reused for statistics.
      event(`s_d${tag}`, "product_view", "personalization"),
      // Outside the period.
      event(`s_e${tag}`, "purchase", "analytics", "2001-04-02T10:00:00Z"),
    ]);
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe("insights on a known month", () => {
  it("sums revenue and orders without cancelled, restricted or out-of-period orders", async () => {
    expect(await getSalesSummary(db(), MARCH)).toEqual({
      revenueCents: 40000 + 80900 + 495 + 20000,
      orders: 3,
      averageBasketCents: Math.round(141395 / 3),
      returningOrders: 1,
      returningRate: 33.3,
    });
  });

  it("puts revenue on Berlin calendar days, with every day present", async () => {
    const series = await listRevenueSeries(db(), MARCH);
    expect(series).toHaveLength(30);
    expect(series[0]).toEqual({ start: "2001-03-01", revenueCents: 40000, orders: 1 });
    expect(series.find((p) => p.start === "2001-03-05")?.revenueCents).toBe(81395);
    expect(series.reduce((sum, p) => sum + p.revenueCents, 0)).toBe(141395);
  });

  it("ranks products and categories by revenue and marks sensitive ones", async () => {
    const top = await listTopProducts(db(), MARCH);
    expect(top.map((p) => [p.nameEn, p.units, p.revenueCents])).toEqual([
      ["camera EN", 3, 120000],
      ["lens EN", 4, 20000],
      ["plaster EN", 3, 900],
    ]);
    expect(top[2]!.sensitive).toBe(true);
    const cats = await listTopCategories(db(), MARCH);
    expect(cats.map((c) => [c.nameDe, c.units, c.revenueCents, c.sensitive])).toEqual([
      ["cameras DE", 7, 140000, false],
      ["pharmacy DE", 3, 900, true],
    ]);
  });

  it("counts conversion only among visitors with analytics events", async () => {
    expect(await getConsentedConversion(db(), MARCH)).toEqual({
      visitors: 3,
      buyers: 1,
      rate: 33.3,
    });
  });

  it("returns no personal data in any row", async () => {
    const rows = [
      await getSalesSummary(db(), MARCH),
      ...(await listTopProducts(db(), MARCH)),
      ...(await listTopCategories(db(), MARCH)),
    ];
    const text = JSON.stringify(rows);
    expect(text).not.toContain("example.test");
    expect(text).not.toContain("Weg 1");
  });
});

describe("insights on the seeded data, checked against direct SQL", () => {
  const today = berlinDate(new Date());
  const year = parseInsightsPeriod("365", today);

  it("revenue, orders and top categories agree with plain sums", async () => {
    const [direct] = await queryRows<{ revenue: string; orders: number }>(
      db(),
      sql`select coalesce(sum(total_cents), 0)::bigint as revenue, count(*)::int as orders
          from orders
          where status <> 'cancelled' and restricted_at is null
            and (placed_at at time zone 'Europe/Berlin')::date between ${year.from}::date and ${year.to}::date`,
    );
    const summary = await getSalesSummary(db(), year);
    expect(summary.revenueCents).toBe(Number(direct!.revenue));
    expect(summary.orders).toBe(direct!.orders);
    expect(summary.orders).toBeGreaterThan(0);
    const series = await listRevenueSeries(db(), year);
    expect(series.reduce((sum, p) => sum + p.revenueCents, 0)).toBe(summary.revenueCents);

    const [top] = await queryRows<{ id: string; revenue: string }>(
      db(),
      sql`select p.category_id::text as id, sum(i.total_cents)::bigint as revenue
          from order_items i join orders o on o.id = i.order_id join products p on p.id = i.product_id
          where o.status <> 'cancelled' and o.restricted_at is null
            and (o.placed_at at time zone 'Europe/Berlin')::date between ${year.from}::date and ${year.to}::date
          group by 1 order by 2 desc limit 1`,
    );
    const categoriesTop = await listTopCategories(db(), year);
    expect(categoriesTop[0]).toMatchObject({ id: top!.id, revenueCents: Number(top!.revenue) });
  });

  it("weekly category units add up to the units of the 52 complete weeks", async () => {
    const { weeks, categories: series } = await listWeeklyCategoryUnits(db(), today);
    expect(weeks).toHaveLength(52);
    const [direct] = await queryRows<{ units: number }>(
      db(),
      sql`select coalesce(sum(i.quantity), 0)::int as units
          from order_items i join orders o on o.id = i.order_id join products p on p.id = i.product_id
          where o.status <> 'cancelled' and o.restricted_at is null
            and (o.placed_at at time zone 'Europe/Berlin')::date >= ${weeks[0]}::date
            and (o.placed_at at time zone 'Europe/Berlin')::date < ${weeks[51]}::date + 7`,
    );
    const total = series.reduce((sum, c) => sum + c.units.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(direct!.units);
    for (const c of series) {
      expect(c.units).toHaveLength(52);
      // What the page does with each series: a finite, non-negative 8-week forecast.
      for (const point of forecastHoltWinters(c.units, 8).points) {
        expect(Number.isFinite(point.upper)).toBe(true);
        expect(point.lower).toBeGreaterThanOrEqual(0);
      }
    }

    // The product windows are the last 8 of those weeks.
    const windows = await listProductTrendWindows(db(), today);
    const lastEight = series.reduce(
      (sum, c) => sum + c.units.slice(-8).reduce((a, b) => a + b, 0),
      0,
    );
    expect(windows.reduce((sum, p) => sum + p.recent + p.previous, 0)).toBe(lastEight);
  });
});
