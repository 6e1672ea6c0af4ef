import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import {
  auditLog,
  mailOutbox,
  productVariants,
  products,
  reservations,
  stockLevels,
  stores,
  users,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { listActiveReservations, listReservationsForUser, storesWithStock } from "./queries";
import {
  cancelReservation,
  expireReservations,
  markPickedUp,
  MAX_ACTIVE_RESERVATIONS,
  reserve,
  RESERVATION_HOLD_MS,
} from "./reserve";

let handle: DatabaseHandle;
let db: Database;
let storeId: string;
let warehouseId: string;
let variantIds: string[];
const now = new Date("2026-11-20T10:00:00Z");

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const physical = await db
    .select({ id: stores.id, kind: stores.kind })
    .from(stores)
    .orderBy(asc(stores.slug));
  storeId = physical.find((s) => s.kind === "store")!.id;
  warehouseId = physical.find((s) => s.kind === "warehouse")!.id;
  const variants = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(products.status, "active"), eq(productVariants.active, true)))
    .orderBy(asc(productVariants.sku))
    .limit(12);
  variantIds = variants.map((v) => v.id);
});
afterAll(async () => {
  await handle?.close();
});

let nextVariant = 0;
/** A variant of its own for each test, with `quantity` units in the store. */
async function stocked(quantity: number, store = storeId): Promise<string> {
  const variantId = variantIds[nextVariant++]!;
  await db
    .insert(stockLevels)
    .values({ variantId, storeId: store, quantity })
    .onConflictDoUpdate({
      target: [stockLevels.variantId, stockLevels.storeId],
      set: { quantity },
    });
  return variantId;
}

async function stockOf(variantId: string, store = storeId): Promise<number> {
  const [row] = await db
    .select({ quantity: stockLevels.quantity })
    .from(stockLevels)
    .where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.storeId, store)));
  return row?.quantity ?? 0;
}

async function customer(): Promise<{ id: string; email: string }> {
  const [row] = await db
    .insert(users)
    .values({ email: `reserve-${randomUUID()}@test.example`, name: "Rita Reserve", locale: "en" })
    .returning({ id: users.id, email: users.email });
  return row!;
}

describe("reserve", () => {
  it("holds the stock, issues a code for 48 hours and enqueues the confirmation", async () => {
    const user = await customer();
    const variantId = await stocked(2);
    const result = await reserve(db, { userId: user.id, variantId, storeId, now });
    expect(result.status).toBe("reserved");
    if (result.status !== "reserved") return;
    expect(result.pickupCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(result.expiresAt.getTime()).toBe(now.getTime() + RESERVATION_HOLD_MS);
    expect(await stockOf(variantId)).toBe(1);
    const mails = await db
      .select({ template: mailOutbox.template, text: mailOutbox.text })
      .from(mailOutbox)
      .where(eq(mailOutbox.toEmail, user.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.template).toBe("reservation-confirmed");
    expect(mails[0]!.text).toContain(result.pickupCode);
  });

  it("refuses when the store has no unit left and changes nothing", async () => {
    const user = await customer();
    const variantId = await stocked(0);
    expect(await reserve(db, { userId: user.id, variantId, storeId, now })).toEqual({
      status: "out_of_stock",
    });
    expect(await stockOf(variantId)).toBe(0);
    const rows = await db.select().from(reservations).where(eq(reservations.userId, user.id));
    expect(rows).toHaveLength(0);
  });

  it("never reserves from the online warehouse", async () => {
    const user = await customer();
    const variantId = await stocked(3, warehouseId);
    const result = await reserve(db, { userId: user.id, variantId, storeId: warehouseId, now });
    expect(result.status).toBe("not_found");
    expect(await stockOf(variantId, warehouseId)).toBe(3);
  });

  it("allows at most three active reservations per customer", async () => {
    const user = await customer();
    const variantId = await stocked(10);
    for (let i = 0; i < MAX_ACTIVE_RESERVATIONS; i++) {
      expect((await reserve(db, { userId: user.id, variantId, storeId, now })).status).toBe(
        "reserved",
      );
    }
    expect(await reserve(db, { userId: user.id, variantId, storeId, now })).toEqual({
      status: "limit_reached",
      limit: MAX_ACTIVE_RESERVATIONS,
    });
    expect(await stockOf(variantId)).toBe(10 - MAX_ACTIVE_RESERVATIONS);
  });
});

describe("closing a reservation", () => {
  it("lets only the owner cancel, and releases the stock once", async () => {
    const owner = await customer();
    const other = await customer();
    const variantId = await stocked(1);
    const result = await reserve(db, { userId: owner.id, variantId, storeId, now });
    if (result.status !== "reserved") throw new Error(result.status);
    expect(await cancelReservation(db, { userId: other.id, id: result.id, now })).toBe(false);
    expect(await stockOf(variantId)).toBe(0);
    expect(await cancelReservation(db, { userId: owner.id, id: result.id, now })).toBe(true);
    expect(await cancelReservation(db, { userId: owner.id, id: result.id, now })).toBe(false);
    expect(await stockOf(variantId)).toBe(1);
    const [row] = await db.select().from(reservations).where(eq(reservations.id, result.id));
    expect(row).toMatchObject({ status: "cancelled", closedAt: now });
  });

  it("expires overdue reservations once and puts the stock back", async () => {
    const user = await customer();
    const variantId = await stocked(2);
    const result = await reserve(db, { userId: user.id, variantId, storeId, now });
    if (result.status !== "reserved") throw new Error(result.status);
    const early = new Date(now.getTime() + RESERVATION_HOLD_MS - 60_000);
    await expireReservations(db, early);
    expect(await stockOf(variantId)).toBe(1);
    const later = new Date(now.getTime() + 49 * 60 * 60 * 1000);
    const first = await expireReservations(db, later);
    expect(first.expired).toBeGreaterThanOrEqual(1);
    await expireReservations(db, later);
    expect(await stockOf(variantId)).toBe(2);
    const [row] = await db.select().from(reservations).where(eq(reservations.id, result.id));
    expect(row).toMatchObject({ status: "expired", closedAt: later });
    // An expired reservation no longer counts toward the limit and cannot be cancelled.
    expect(await cancelReservation(db, { userId: user.id, id: result.id, now: later })).toBe(false);
    expect(await stockOf(variantId)).toBe(2);
  });

  it("marks a pickup: closed, stock stays sold, audited", async () => {
    const user = await customer();
    const [admin] = await db
      .insert(users)
      .values({ email: `admin-${randomUUID()}@test.example`, name: "Ada Admin", role: "admin" })
      .returning({ id: users.id });
    const variantId = await stocked(1);
    const result = await reserve(db, { userId: user.id, variantId, storeId, now });
    if (result.status !== "reserved") throw new Error(result.status);
    const staff = { id: admin!.id, role: "admin" as const };
    expect(await markPickedUp(db, { id: result.id, staff, now })).toBe(true);
    expect(await markPickedUp(db, { id: result.id, staff, now })).toBe(false);
    await expireReservations(db, new Date(now.getTime() + 72 * 60 * 60 * 1000));
    expect(await stockOf(variantId)).toBe(0);
    const [row] = await db.select().from(reservations).where(eq(reservations.id, result.id));
    expect(row).toMatchObject({ status: "picked_up", closedAt: now });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, result.id));
    expect(audit.map((a) => a.action)).toEqual(["reservation.picked_up"]);
  });
});

describe.runIf(!!process.env.DATABASE_URL)("concurrent reservations (PostgreSQL)", () => {
  it("gives the last unit of a store to exactly one of two simultaneous customers", async () => {
    const [a, b] = [await customer(), await customer()];
    const variantId = await stocked(1);
    // The pool (max 4) runs the two transactions on separate connections at the same time.
    const results = await Promise.all([
      reserve(db, { userId: a.id, variantId, storeId, now }),
      reserve(db, { userId: b.id, variantId, storeId, now }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["out_of_stock", "reserved"]);
    expect(await stockOf(variantId)).toBe(0);
    const rows = await db
      .select({ id: reservations.id })
      .from(reservations)
      .where(eq(reservations.variantId, variantId));
    expect(rows).toHaveLength(1);
  });
});

describe("queries", () => {
  it("lists only the customer's own reservations and only stores with stock", async () => {
    const owner = await customer();
    const other = await customer();
    const variantId = await stocked(1);
    const result = await reserve(db, { userId: owner.id, variantId, storeId, now });
    if (result.status !== "reserved") throw new Error(result.status);
    const mine = await listReservationsForUser(db, owner.id);
    expect(mine.map((r) => [r.id, r.pickupCode, r.store.id])).toEqual([
      [result.id, result.pickupCode, storeId],
    ]);
    expect(await listReservationsForUser(db, other.id)).toEqual([]);
    // The last unit is held: the store no longer offers this variant.
    const offered = await storesWithStock(db, [variantId]);
    expect(offered.map((s) => s.storeId)).not.toContain(storeId);
    expect(offered.every((s) => s.storeId !== warehouseId && s.quantity > 0)).toBe(true);
    expect((await listActiveReservations(db, storeId)).map((r) => r.id)).toContain(result.id);
  });
});
