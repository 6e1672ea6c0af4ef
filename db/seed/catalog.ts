import {
  categories,
  priceHistory,
  productImages,
  productVariants,
  products,
  stockLevels,
  stores,
} from "@/db/schema";
import type { Database } from "@/db/engine/open";
import { seededRandom, type RandomSource } from "@/lib/random/random";
import { productArtUrl } from "@/lib/catalog/product-images";
import { CATEGORIES } from "./data/categories";
import { PRODUCTS } from "./data/products";
import { STORES } from "./data/stores";
import type { SeedProduct } from "./data/types";
import { daysBefore, insertInBatches } from "./batch";

const UNIT_KIND = { g: "weight", ml: "volume", cm: "length" } as const;
const VIEWS_DE = ["Vorderansicht", "Detailansicht", "Ansicht mit Hintergrund", "Musteransicht"];
const VIEWS_EN = ["front view", "detail view", "view on a backdrop", "pattern view"];

type ProductRows = {
  product: typeof products.$inferInsert;
  variants: (typeof productVariants.$inferInsert)[];
  images: (typeof productImages.$inferInsert)[];
  history: (typeof priceHistory.$inferInsert)[];
};

/** Turns one catalogue entry into rows, with ids made here so that children can refer to them. */
export function productRows(
  seed: SeedProduct,
  categoryId: string,
  now: Date,
  imageCount = 3,
): ProductRows {
  const productId = crypto.randomUUID();
  const launchedAt = daysBefore(now, seed.launchedDaysAgo);
  const product: typeof products.$inferInsert = {
    id: productId,
    slug: seed.slug,
    categoryId,
    brand: seed.brand,
    nameDe: seed.name.de,
    nameEn: seed.name.en,
    descriptionDe: seed.description.de,
    descriptionEn: seed.description.en,
    vatRate: seed.vatRate,
    unitKind: seed.unit ? UNIT_KIND[seed.unit.unit] : null,
    unitContent: seed.unit?.amount ?? null,
    attributes: seed.attributes,
    featured: seed.featured ?? false,
    consumable: seed.consumable ?? false,
    complements: seed.complements ?? [],
    launchedAt,
    createdAt: launchedAt,
    updatedAt: launchedAt,
  };
  const specs = seed.variants ?? [{ key: "std", size: null, colour: null }];
  const variants = specs.map((v, position) => ({
    id: crypto.randomUUID(),
    productId,
    sku: `${seed.slug}-${v.key}`.toUpperCase(),
    size: v.size,
    colour: v.colour,
    priceCents: seed.priceCents + (v.priceDeltaCents ?? 0),
    position,
    createdAt: launchedAt,
  }));
  const images = Array.from({ length: imageCount }, (_, view) => ({
    productId,
    position: view,
    url: productArtUrl({ motif: seed.art.motif, hue: seed.art.hue, view }),
    altDe: `${seed.name.de}, ${VIEWS_DE[view]}`,
    altEn: `${seed.name.en}, ${VIEWS_EN[view]}`,
    width: 800,
    height: 800,
  }));
  const history: (typeof priceHistory.$inferInsert)[] = [];
  for (const variant of variants) {
    const delta = variant.priceCents - seed.priceCents;
    const points: {
      priceCents: number;
      from: Date;
      change: "launch" | "reduction" | "increase";
    }[] = [];
    if (seed.sale) {
      seed.sale.earlierPrices.forEach((p, i) => {
        const from =
          i === 0 ? launchedAt : daysBefore(now, Math.min(p.daysAgo, seed.launchedDaysAgo));
        const previous = points[points.length - 1];
        const change =
          i === 0
            ? "launch"
            : previous && p.priceCents < previous.priceCents
              ? "reduction"
              : "increase";
        points.push({ priceCents: p.priceCents + delta, from, change });
      });
      points.push({
        priceCents: variant.priceCents,
        from: daysBefore(now, seed.sale.saleStartedDaysAgo),
        change: "reduction",
      });
    } else {
      points.push({ priceCents: variant.priceCents, from: launchedAt, change: "launch" });
    }
    points.forEach((p, i) =>
      history.push({
        variantId: variant.id,
        priceCents: p.priceCents,
        change: p.change,
        validFrom: p.from,
        validTo: points[i + 1]?.from ?? null,
      }),
    );
  }
  return { product, variants, images, history };
}

type StockRow = typeof stockLevels.$inferInsert;

/** Inserts products with their variants, images, price history and the stock `stockOf` gives. */
export async function insertProductRows(
  db: Database,
  rows: ProductRows[],
  stockOf: (variantId: string) => StockRow[],
): Promise<void> {
  await insertInBatches(
    db,
    products,
    rows.map((r) => r.product),
  );
  await insertInBatches(
    db,
    productVariants,
    rows.flatMap((r) => r.variants),
    9,
  );
  await insertInBatches(
    db,
    productImages,
    rows.flatMap((r) => r.images),
    8,
  );
  await insertInBatches(
    db,
    priceHistory,
    rows.flatMap((r) => r.history),
    6,
  );
  await insertInBatches(
    db,
    stockLevels,
    rows.flatMap((r) => r.variants.flatMap((v) => stockOf(v.id!))),
    4,
  );
}

function stockFor(random: RandomSource, kind: "store" | "warehouse"): number {
  const r = random();
  if (kind === "warehouse")
    return r < 0.05 ? 0 : r < 0.15 ? 1 + Math.floor(random() * 3) : 5 + Math.floor(random() * 60);
  return r < 0.35 ? 0 : 1 + Math.floor(random() * 8);
}

/** Categories, products, variants, images, price history, stores and stock. Idempotent. */
export async function seedCatalog(db: Database, now: Date): Promise<boolean> {
  const existing = await db.select({ id: categories.id }).from(categories).limit(1);
  if (existing.length > 0) return false;
  const random = seededRandom(20261128);
  const categoryIds = new Map<string, string>();
  await db.transaction(async (tx) => {
    const insertedCategories = await tx
      .insert(categories)
      .values(
        CATEGORIES.map((c, position) => ({
          slug: c.slug,
          nameDe: c.name.de,
          nameEn: c.name.en,
          descriptionDe: c.description.de,
          descriptionEn: c.description.en,
          sensitive: c.sensitive,
          defaultVatRate: c.vatRate,
          hue: c.hue,
          position,
        })),
      )
      .returning({ id: categories.id, slug: categories.slug });
    for (const c of insertedCategories) categoryIds.set(c.slug, c.id);
    const insertedStores = await tx
      .insert(stores)
      .values(STORES)
      .returning({ id: stores.id, kind: stores.kind });
    const rows = PRODUCTS.map((p) => {
      const categoryId = categoryIds.get(p.category);
      if (!categoryId) throw new Error(`Unknown category ${p.category} for ${p.slug}`);
      return productRows(p, categoryId, now);
    });
    await insertProductRows(tx, rows, (variantId) =>
      insertedStores.map((s) => ({ variantId, storeId: s.id, quantity: stockFor(random, s.kind) })),
    );
  });
  return true;
}
