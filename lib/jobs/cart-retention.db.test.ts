import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { cartItems, carts, productVariants, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { runJob } from "./runner";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const DAY = 86_400_000;

describe("cart retention job", () => {
  it("deletes guest carts untouched for more than 30 days, with their items, and nothing else", async () => {
    const { db } = handle;
    const now = new Date("2026-11-28T03:17:00Z");
    const [variant] = await db.select({ id: productVariants.id }).from(productVariants).limit(1);
    const [customer] = await db.select({ id: users.id }).from(users).limit(1);
    const created = await db
      .insert(carts)
      .values([
        { updatedAt: new Date(now.getTime() - 31 * DAY) },
        { updatedAt: new Date(now.getTime() - 29 * DAY) },
        { userId: customer!.id, updatedAt: new Date(now.getTime() - 90 * DAY) },
      ])
      .returning({ id: carts.id });
    const [old, recent, owned] = created.map((c) => c.id);
    await db.insert(cartItems).values({ cartId: old!, variantId: variant!.id, quantity: 2 });

    const result = await runJob("cart-retention", { db, now, jobId: "test-run-1" });

    expect(result.deleted).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ id: carts.id })
      .from(carts)
      .where(inArray(carts.id, [old!, recent!, owned!]));
    expect(left.map((c) => c.id).sort()).toEqual([recent!, owned!].sort());
    expect(await db.select().from(cartItems).where(eq(cartItems.cartId, old!))).toEqual([]);

    // Running it again at the same moment changes nothing more: the job is idempotent.
    expect(await runJob("cart-retention", { db, now })).toEqual({ deleted: 0 });
  });
});
