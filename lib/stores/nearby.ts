import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { productVariants, stockLevels, stores, type OpeningHours } from "@/db/schema";
import { sortByDistance, type Coordinates } from "./distance";
import { openingStatus, type OpeningStatus } from "./opening-hours";

/** Up to this many units across the variants count as "only a few left". */
export const LOW_STOCK_UNITS = 3;
/** How many stores the answer lists. */
export const NEARBY_LIMIT = 5;

export type StockState = "in_stock" | "low" | "none";

export function stockState(units: number): StockState {
  if (units <= 0) return "none";
  return units <= LOW_STOCK_UNITS ? "low" : "in_stock";
}

export type NearbyStore = {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  distanceKm: number;
  stock: StockState;
  hours: OpeningStatus;
};

type StoreRow = Coordinates & {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  openingHours: OpeningHours;
  units: number;
};

/** The stores (not the warehouse) with the product's units on hand, summed over its variants. */
async function listStoresWithStock(db: Database, productId: string): Promise<StoreRow[]> {
  // Only this product's variants (product_variants_product_idx), summed per store.
  const stock = db
    .select({
      storeId: stockLevels.storeId,
      units: sql<number>`sum(${stockLevels.quantity})::int`.as("units"),
    })
    .from(stockLevels)
    .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
    .where(and(eq(productVariants.productId, productId), eq(productVariants.active, true)))
    .groupBy(stockLevels.storeId)
    .as("product_stock");
  return db
    .select({
      id: stores.id,
      name: stores.name,
      street: stores.street,
      postalCode: stores.postalCode,
      city: stores.city,
      latitude: stores.latitude,
      longitude: stores.longitude,
      openingHours: stores.openingHours,
      units: sql<number>`coalesce(${stock.units}, 0)::int`,
    })
    .from(stores)
    .leftJoin(stock, eq(stock.storeId, stores.id))
    .where(eq(stores.kind, "store"))
    .orderBy(asc(stores.name));
}

/** Ranks stores by distance and describes each: pure, so that tests need no database. */
export function describeNearby(rows: readonly StoreRow[], origin: Coordinates, now: Date) {
  return sortByDistance(rows, origin)
    .slice(0, NEARBY_LIMIT)
    .map((row): NearbyStore => ({
      id: row.id,
      name: row.name,
      street: row.street,
      postalCode: row.postalCode,
      city: row.city,
      distanceKm: row.distanceKm,
      stock: stockState(row.units),
      hours: openingStatus(row.openingHours, now),
    }));
}

/**
 * The stores nearest to `origin` with the product's stock and today's hours. The origin is used
 * for this answer only: it is neither stored nor logged.
 */
export async function findNearbyStores(
  db: Database,
  input: { productId: string; origin: Coordinates; now: Date },
): Promise<NearbyStore[]> {
  return describeNearby(await listStoresWithStock(db, input.productId), input.origin, input.now);
}
