import { categories, products, stores } from "@/db/schema";
import type { Database } from "@/db/engine/open";
import { seededRandom, pick } from "@/lib/random/random";
import { eq, sql } from "drizzle-orm";
import { insertProductRows, productRows } from "./catalog";
import { PRODUCTS } from "./data/products";

const EDITIONS_DE = ["Edition", "Serie", "Kollektion", "Modell", "Ausgabe"];
const EDITIONS_EN = ["Edition", "Series", "Collection", "Model", "Issue"];

/** Adds `count` synthetic products derived from the catalogue, for benchmarks (`--scale`). */
export async function seedScaledProducts(db: Database, now: Date, count: number): Promise<number> {
  const [{ existing = 0 } = {}] = await db
    .select({ existing: sql<number>`count(*)::int` })
    .from(products)
    .where(sql`${products.slug} like 'scale-%'`);
  const random = seededRandom(99 + existing);
  const categoryIds = new Map(
    (await db.select({ id: categories.id, slug: categories.slug }).from(categories)).map((c) => [
      c.slug,
      c.id,
    ]),
  );
  const [warehouse] = await db
    .select({ id: stores.id })
    .from(stores)
    .where(eq(stores.kind, "warehouse"));
  if (!warehouse) throw new Error("Seed the catalogue before scaling it.");
  const chunk = 2000;
  for (let start = 0; start < count; start += chunk) {
    const rows = Array.from({ length: Math.min(chunk, count - start) }, (_, i) => {
      const n = existing + start + i + 1;
      const template = pick(PRODUCTS, random);
      const k = Math.floor(random() * EDITIONS_DE.length);
      const factor = 0.7 + random() * 0.6;
      return productRows(
        {
          ...template,
          slug: `scale-${n}`,
          name: {
            de: `${template.name.de} ${EDITIONS_DE[k]} ${n}`,
            en: `${template.name.en} ${EDITIONS_EN[k]} ${n}`,
          },
          priceCents: Math.max(99, Math.round((template.priceCents * factor) / 10) * 10 - 1),
          sale: undefined,
          featured: false,
          launchedDaysAgo: 31 + Math.floor(random() * 900),
          variants: template.variants?.slice(0, 2),
        },
        categoryIds.get(template.category)!,
        now,
        1,
      );
    });
    await db.transaction(async (tx) =>
      insertProductRows(tx, rows, (variantId) => [
        { variantId, storeId: warehouse.id, quantity: Math.floor(random() * 40) },
      ]),
    );
  }
  return count;
}
