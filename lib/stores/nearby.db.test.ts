import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { stockLevels, stores } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { makeProduct } from "@/lib/price-alerts/test-fixtures";
import { findNearbyStores } from "./nearby";
import { postcodeCentre } from "./postcode-regions";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("findNearbyStores", () => {
  it("lists the stores (not the warehouse) nearest first, with this product's stock summed", async () => {
    const { db } = handle;
    const { productId, variantIds } = await makeProduct(db, {
      priceCents: 2000,
      since: new Date("2026-01-01T00:00:00Z"),
      variants: 2,
    });
    const all = await db.select({ id: stores.id, slug: stores.slug }).from(stores);
    const id = (slug: string) => all.find((s) => s.slug === slug)!.id;
    await db.insert(stockLevels).values([
      // Berlin: 2 + 5 units over both variants; Hamburg: 2; Munich and Cologne: none.
      { variantId: variantIds[0]!, storeId: id("berlin-mitte"), quantity: 2 },
      { variantId: variantIds[1]!, storeId: id("berlin-mitte"), quantity: 5 },
      { variantId: variantIds[0]!, storeId: id("hamburg-altona"), quantity: 2 },
      { variantId: variantIds[0]!, storeId: id("muenchen-maxvorstadt"), quantity: 0 },
      { variantId: variantIds[0]!, storeId: id("online"), quantity: 99 },
    ]);
    // Another product's stock in Cologne must not count.
    const other = await makeProduct(db, { priceCents: 2000, since: new Date("2026-01-01") });
    await db
      .insert(stockLevels)
      .values({ variantId: other.variantIds[0]!, storeId: id("koeln-ehrenfeld"), quantity: 9 });

    const result = await findNearbyStores(db, {
      productId,
      origin: postcodeCentre("20095")!, // Hamburg
      now: new Date("2026-01-07T12:00:00Z"), // Wednesday 13:00 in Berlin
    });
    const seeded = result.filter((s) =>
      ["berlin-mitte", "hamburg-altona", "muenchen-maxvorstadt", "koeln-ehrenfeld"].some(
        (slug) => s.id === id(slug),
      ),
    );
    expect(seeded.map((s) => [s.city, s.stock])).toEqual([
      ["Hamburg", "low"],
      ["Berlin", "in_stock"],
      ["Köln", "none"],
      ["München", "none"],
    ]);
    expect(result.some((s) => s.id === id("online"))).toBe(false);
    const distances = result.map((s) => s.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(seeded[0]!.hours).toMatchObject({ openNow: true, closesAt: "19:00" });
    const [warehouse] = await db.select().from(stores).where(eq(stores.slug, "online"));
    expect(warehouse!.kind).toBe("warehouse");
  });
});
