import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { stockLevels, stores } from "@/db/schema";

/** The online warehouse (the store of kind "warehouse"): online orders take their stock from it. */
export async function getWarehouseId(db: Database): Promise<string> {
  const [row] = await db
    .select({ id: stores.id })
    .from(stores)
    .where(eq(stores.kind, "warehouse"))
    .orderBy(asc(stores.slug))
    .limit(1);
  if (!row) throw new Error("No warehouse store: online stock has nowhere to come from");
  return row.id;
}

/**
 * Takes `quantity` units with a guarded update: the row changes only while enough is on hand, so
 * two transactions (on any number of app instances) cannot sell the same last unit. On
 * PostgreSQL the second one waits for the first's row lock and then re-checks the guard.
 */
export async function takeStock(
  db: Database,
  input: { variantId: string; warehouseId: string; quantity: number; now: Date },
): Promise<boolean> {
  const updated = await db
    .update(stockLevels)
    .set({ quantity: sql`${stockLevels.quantity} - ${input.quantity}`, updatedAt: input.now })
    .where(
      and(
        eq(stockLevels.variantId, input.variantId),
        eq(stockLevels.storeId, input.warehouseId),
        gte(stockLevels.quantity, input.quantity),
      ),
    )
    .returning({ quantity: stockLevels.quantity });
  return updated.length === 1;
}

/** Puts units back (a cancelled order, a failed payment challenge). */
export async function returnStock(
  db: Database,
  input: { variantId: string; warehouseId: string; quantity: number; now: Date },
): Promise<void> {
  await db
    .insert(stockLevels)
    .values({
      variantId: input.variantId,
      storeId: input.warehouseId,
      quantity: input.quantity,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: [stockLevels.variantId, stockLevels.storeId],
      set: {
        quantity: sql`${stockLevels.quantity} + ${input.quantity}`,
        updatedAt: input.now,
      },
    });
}

/** Returns the stock of every line of an order that still points at a variant. */
export async function returnOrderStock(
  db: Database,
  items: readonly { variantId: string | null; quantity: number }[],
  now: Date,
): Promise<void> {
  const lines = items
    .filter((i): i is { variantId: string; quantity: number } => i.variantId !== null)
    .sort((a, b) => a.variantId.localeCompare(b.variantId));
  if (lines.length === 0) return;
  const warehouseId = await getWarehouseId(db);
  for (const line of lines) {
    await returnStock(db, { ...line, warehouseId, now });
  }
}
