import { and, asc, desc, eq, gt, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  productVariants,
  products,
  reservations,
  stockLevels,
  stores,
  type Reservation,
} from "@/db/schema";

export type ReservationView = {
  id: string;
  status: Reservation["status"];
  quantity: number;
  pickupCode: string;
  expiresAt: Date;
  createdAt: Date;
  closedAt: Date | null;
  product: { slug: string; nameDe: string; nameEn: string; forSale: boolean };
  variant: { sku: string; size: string | null; colour: string | null };
  store: { id: string; name: string; address: string };
};

const viewColumns = {
  id: reservations.id,
  status: reservations.status,
  quantity: reservations.quantity,
  pickupCode: reservations.pickupCode,
  expiresAt: reservations.expiresAt,
  createdAt: reservations.createdAt,
  closedAt: reservations.closedAt,
  productSlug: products.slug,
  productNameDe: products.nameDe,
  productNameEn: products.nameEn,
  productStatus: products.status,
  sku: productVariants.sku,
  size: productVariants.size,
  colour: productVariants.colour,
  storeId: stores.id,
  storeName: stores.name,
  street: stores.street,
  postalCode: stores.postalCode,
  city: stores.city,
};

type Row = Awaited<ReturnType<typeof baseQuery>>[number];

function toView(row: Row): ReservationView {
  return {
    id: row.id,
    status: row.status,
    quantity: row.quantity,
    pickupCode: row.pickupCode,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    product: {
      slug: row.productSlug,
      nameDe: row.productNameDe,
      nameEn: row.productNameEn,
      forSale: row.productStatus === "active",
    },
    variant: { sku: row.sku, size: row.size, colour: row.colour },
    store: {
      id: row.storeId,
      name: row.storeName,
      address: `${row.street}, ${row.postalCode} ${row.city}`,
    },
  };
}

function baseQuery(db: Database) {
  return db
    .select(viewColumns)
    .from(reservations)
    .innerJoin(productVariants, eq(productVariants.id, reservations.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(stores, eq(stores.id, reservations.storeId));
}

/** The customer's own reservations, newest first (owner-scoped by the session's user id). */
export async function listReservationsForUser(
  db: Database,
  userId: string,
): Promise<ReservationView[]> {
  const rows = await baseQuery(db)
    .where(eq(reservations.userId, userId))
    .orderBy(desc(reservations.createdAt))
    .limit(50);
  return rows.map(toView);
}

/** Staff view: active reservations (optionally of one store), soonest expiry first. */
export async function listActiveReservations(
  db: Database,
  storeId?: string,
): Promise<ReservationView[]> {
  const rows = await baseQuery(db)
    .where(
      and(
        eq(reservations.status, "active"),
        storeId ? eq(reservations.storeId, storeId) : undefined,
      ),
    )
    .orderBy(asc(reservations.expiresAt))
    .limit(200);
  return rows.map(toView);
}

/** Staff view: the most recently expired reservations (optionally of one store). */
export async function listRecentlyExpired(
  db: Database,
  storeId?: string,
): Promise<ReservationView[]> {
  const rows = await baseQuery(db)
    .where(
      and(
        eq(reservations.status, "expired"),
        storeId ? eq(reservations.storeId, storeId) : undefined,
      ),
    )
    .orderBy(desc(reservations.closedAt))
    .limit(20);
  return rows.map(toView);
}

/** The physical stores (kind "store"), for the staff filter. */
export async function listPhysicalStores(db: Database): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: stores.id, name: stores.name })
    .from(stores)
    .where(eq(stores.kind, "store"))
    .orderBy(asc(stores.name));
}

/** For each variant: the physical stores that have at least one unit on hand. */
export async function storesWithStock(
  db: Database,
  variantIds: readonly string[],
): Promise<
  { variantId: string; storeId: string; name: string; address: string; quantity: number }[]
> {
  if (variantIds.length === 0) return [];
  const rows = await db
    .select({
      variantId: stockLevels.variantId,
      storeId: stores.id,
      name: stores.name,
      street: stores.street,
      postalCode: stores.postalCode,
      city: stores.city,
      quantity: stockLevels.quantity,
    })
    .from(stockLevels)
    .innerJoin(stores, eq(stores.id, stockLevels.storeId))
    .where(
      and(
        inArray(stockLevels.variantId, [...variantIds]),
        eq(stores.kind, "store"),
        gt(stockLevels.quantity, 0),
      ),
    )
    .orderBy(asc(stores.name));
  return rows.map((r) => ({
    variantId: r.variantId,
    storeId: r.storeId,
    name: r.name,
    address: `${r.street}, ${r.postalCode} ${r.city}`,
    quantity: r.quantity,
  }));
}
