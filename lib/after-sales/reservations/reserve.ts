import { and, count, eq, gt, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  productVariants,
  products,
  reservations,
  stockLevels,
  stores,
  users,
  type Role,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { enqueueMail } from "@/lib/mail/outbox";
import { returnStock } from "@/lib/orders/stock";
import { randomCode } from "@/lib/random/random";

/** A reservation holds the stock for two days; then the expiry job puts it back on the shelf. */
export const RESERVATION_HOLD_MS = 48 * 60 * 60 * 1000;
/** Active reservations one customer may hold at a time, so nobody blocks a store's shelf. */
export const MAX_ACTIVE_RESERVATIONS = 3;
export const MAX_RESERVATION_QUANTITY = 3;
export const PICKUP_CODE_LENGTH = 8;

export type ReserveResult =
  | { status: "reserved"; id: string; pickupCode: string; expiresAt: Date }
  | { status: "out_of_stock" }
  | { status: "limit_reached"; limit: number }
  | { status: "not_found" }
  | { status: "invalid_quantity" };

/**
 * Reserves `quantity` units of a variant in a store (kind "store" only) for pickup. One
 * transaction: the customer's row is locked so the limit of active reservations holds under
 * concurrent requests, the stock is taken with a guarded update (zero rows: out of stock, so two
 * customers can never hold the same last unit), and the confirmation mail is enqueued.
 */
export async function reserve(
  db: Database,
  input: { userId: string; variantId: string; storeId: string; quantity?: number; now: Date },
): Promise<ReserveResult> {
  const quantity = input.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_RESERVATION_QUANTITY)
    return { status: "invalid_quantity" };
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!user) return { status: "not_found" } as const;

    const [store] = await tx
      .select({
        id: stores.id,
        name: stores.name,
        street: stores.street,
        postalCode: stores.postalCode,
        city: stores.city,
      })
      .from(stores)
      .where(and(eq(stores.id, input.storeId), eq(stores.kind, "store")));
    const [variant] = await tx
      .select({ id: productVariants.id, nameDe: products.nameDe, nameEn: products.nameEn })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(
        and(
          eq(productVariants.id, input.variantId),
          eq(productVariants.active, true),
          eq(products.status, "active"),
        ),
      );
    if (!store || !variant) return { status: "not_found" } as const;

    const [active] = await tx
      .select({ n: count() })
      .from(reservations)
      .where(
        and(
          eq(reservations.userId, user.id),
          eq(reservations.status, "active"),
          gt(reservations.expiresAt, input.now),
        ),
      );
    if ((active?.n ?? 0) >= MAX_ACTIVE_RESERVATIONS)
      return { status: "limit_reached", limit: MAX_ACTIVE_RESERVATIONS } as const;

    const taken = await tx
      .update(stockLevels)
      .set({ quantity: sql`${stockLevels.quantity} - ${quantity}`, updatedAt: input.now })
      .where(
        and(
          eq(stockLevels.variantId, variant.id),
          eq(stockLevels.storeId, store.id),
          sql`${stockLevels.quantity} >= ${quantity}`,
        ),
      )
      .returning({ quantity: stockLevels.quantity });
    if (taken.length !== 1) return { status: "out_of_stock" } as const;

    const expiresAt = new Date(input.now.getTime() + RESERVATION_HOLD_MS);
    let created: { id: string; pickupCode: string } | undefined;
    // 31^8 codes make a clash practically impossible; the unique index still decides.
    for (let attempt = 0; attempt < 5 && !created; attempt++) {
      [created] = await tx
        .insert(reservations)
        .values({
          userId: user.id,
          storeId: store.id,
          variantId: variant.id,
          quantity,
          pickupCode: randomCode(PICKUP_CODE_LENGTH),
          status: "active",
          expiresAt,
          createdAt: input.now,
        })
        .onConflictDoNothing({ target: reservations.pickupCode })
        .returning({ id: reservations.id, pickupCode: reservations.pickupCode });
    }
    if (!created) throw new Error("Could not draw a unique pickup code");

    await enqueueMail(tx, {
      to: user.email,
      userId: user.id,
      locale: user.locale,
      content: {
        template: "reservation-confirmed",
        name: user.name,
        productName: user.locale === "de" ? variant.nameDe : variant.nameEn,
        storeName: store.name,
        storeAddress: `${store.street}, ${store.postalCode} ${store.city}`,
        pickupCode: created.pickupCode,
        expiresAt: expiresAt.toISOString(),
      },
    });
    return { status: "reserved", id: created.id, pickupCode: created.pickupCode, expiresAt };
  });
}

/** Closes an active reservation and puts its stock back, in the same transaction. */
async function closeAndRelease(
  tx: Database,
  row: { variantId: string; storeId: string; quantity: number },
  now: Date,
): Promise<void> {
  await returnStock(tx, {
    variantId: row.variantId,
    warehouseId: row.storeId,
    quantity: row.quantity,
    now,
  });
}

/**
 * The customer cancels one of their own active reservations; another customer's id finds
 * nothing. The status guard in the update makes a double submit release the stock only once.
 */
export async function cancelReservation(
  db: Database,
  input: { userId: string; id: string; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(reservations)
      .set({ status: "cancelled", closedAt: input.now })
      .where(
        and(
          eq(reservations.id, input.id),
          eq(reservations.userId, input.userId),
          eq(reservations.status, "active"),
        ),
      )
      .returning({
        variantId: reservations.variantId,
        storeId: reservations.storeId,
        quantity: reservations.quantity,
      });
    if (!row) return false;
    await closeAndRelease(tx, row, input.now);
    return true;
  });
}

/**
 * Expires every active reservation past its pickup time and puts the stock back. Only rows still
 * "active" change (on PostgreSQL a concurrent run waits for the row lock and re-checks), so each
 * reservation is released exactly once.
 */
export async function expireReservations(db: Database, now: Date): Promise<{ expired: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(reservations)
      .set({ status: "expired", closedAt: now })
      .where(and(eq(reservations.status, "active"), lte(reservations.expiresAt, now)))
      .returning({
        variantId: reservations.variantId,
        storeId: reservations.storeId,
        quantity: reservations.quantity,
      });
    // A fixed order of stock rows keeps two concurrent releases from deadlocking.
    rows.sort((a, b) => `${a.variantId}${a.storeId}`.localeCompare(`${b.variantId}${b.storeId}`));
    for (const row of rows) await closeAndRelease(tx, row, now);
    return { expired: rows.length };
  });
}

/** Staff hand the goods over: the reservation closes and its stock stays sold. */
export async function markPickedUp(
  db: Database,
  input: { id: string; staff: { id: string; role: Role }; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(reservations)
      .set({ status: "picked_up", closedAt: input.now })
      .where(and(eq(reservations.id, input.id), eq(reservations.status, "active")))
      .returning({ id: reservations.id, userId: reservations.userId });
    if (!row) return false;
    await writeAudit(tx, {
      actorId: input.staff.id,
      actorRole: input.staff.role,
      action: "reservation.picked_up",
      entity: "reservation",
      entityId: row.id,
      subjectUserId: row.userId,
      occurredAt: input.now,
    });
    return true;
  });
}
