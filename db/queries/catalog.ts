import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  categories,
  orderItems,
  orders,
  priceHistory,
  productImages,
  productVariants,
  products,
  stockLevels,
  stores,
  type Category,
} from "@/db/schema";
import type { PricePoint } from "@/lib/pricing/reference-price";
import { searchProducts, type SearchOrder } from "@/lib/search/sql";
import type { ProductSort } from "./catalog-types";

export type ProductSummary = {
  id: string;
  slug: string;
  brand: string;
  nameDe: string;
  nameEn: string;
  categorySlug: string;
  vatRate: number;
  unitKind: "weight" | "volume" | "length" | null;
  unitContent: number | null;
  priceCents: number;
  hasPriceRange: boolean;
  launchedAt: Date;
  image: { url: string; altDe: string; altEn: string } | null;
  /** Price history of the cheapest variant, for the reference price (P5). */
  history: PricePoint[];
  inStock: boolean;
};

export async function listCategories(): Promise<Category[]> {
  const db = await getDb();
  return db.select().from(categories).orderBy(asc(categories.position));
}

export async function getCategoryBySlug(slug: string): Promise<Category | null> {
  const db = await getDb();
  const [row] = await db.select().from(categories).where(eq(categories.slug, slug)).limit(1);
  return row ?? null;
}

/** Every price the given variants had, for the reference price of a reduction (P5). */
async function listPriceHistory(variantIds: string[]) {
  if (variantIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      variantId: priceHistory.variantId,
      priceCents: priceHistory.priceCents,
      validFrom: priceHistory.validFrom,
      validTo: priceHistory.validTo,
    })
    .from(priceHistory)
    .where(inArray(priceHistory.variantId, variantIds));
}

/** Adds price, image, stock and price history to product rows, in three queries for the whole page. */
async function summarize(rows: { id: string }[]): Promise<ProductSummary[]> {
  if (rows.length === 0) return [];
  const db = await getDb();
  const ids = rows.map((r) => r.id);
  const [base, variants, images, stock] = await Promise.all([
    db
      .select({
        id: products.id,
        slug: products.slug,
        brand: products.brand,
        nameDe: products.nameDe,
        nameEn: products.nameEn,
        categorySlug: categories.slug,
        vatRate: products.vatRate,
        unitKind: products.unitKind,
        unitContent: products.unitContent,
        launchedAt: products.launchedAt,
      })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(inArray(products.id, ids)),
    db
      .select({
        id: productVariants.id,
        productId: productVariants.productId,
        priceCents: productVariants.priceCents,
      })
      .from(productVariants)
      .where(and(inArray(productVariants.productId, ids), eq(productVariants.active, true)))
      .orderBy(asc(productVariants.priceCents), asc(productVariants.position)),
    db
      .select({
        productId: productImages.productId,
        url: productImages.url,
        altDe: productImages.altDe,
        altEn: productImages.altEn,
      })
      .from(productImages)
      .where(and(inArray(productImages.productId, ids), eq(productImages.position, 0))),
    db
      .select({
        productId: productVariants.productId,
        total: sql<number>`coalesce(sum(${stockLevels.quantity}), 0)::int`,
      })
      .from(productVariants)
      .innerJoin(stockLevels, eq(stockLevels.variantId, productVariants.id))
      .innerJoin(stores, and(eq(stores.id, stockLevels.storeId), eq(stores.kind, "warehouse")))
      .where(inArray(productVariants.productId, ids))
      .groupBy(productVariants.productId),
  ]);
  const cheapest = new Map<string, { id: string; priceCents: number }>();
  const priceCount = new Map<string, Set<number>>();
  for (const v of variants) {
    if (!cheapest.has(v.productId)) cheapest.set(v.productId, v);
    priceCount.set(v.productId, (priceCount.get(v.productId) ?? new Set()).add(v.priceCents));
  }
  const variantIds = [...cheapest.values()].map((v) => v.id);
  const history = await listPriceHistory(variantIds);
  const byId = new Map(base.map((b) => [b.id, b]));
  return ids.flatMap((id) => {
    const b = byId.get(id);
    const variant = cheapest.get(id);
    if (!b || !variant) return [];
    const image = images.find((i) => i.productId === id);
    return [
      {
        ...b,
        priceCents: variant.priceCents,
        hasPriceRange: (priceCount.get(id)?.size ?? 0) > 1,
        image: image ? { url: image.url, altDe: image.altDe, altEn: image.altEn } : null,
        history: history.filter((h) => h.variantId === variant.id),
        inStock: (stock.find((s) => s.productId === id)?.total ?? 0) > 0,
      },
    ];
  });
}

export { PRODUCT_SORTS, type ProductSort } from "./catalog-types";

export type ProductQuery = {
  categoryId?: string;
  q?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
  brand?: string;
  sort: ProductSort;
  page: number;
  pageSize: number;
  locale: "de" | "en";
  inStock?: boolean;
  size?: string;
  colour?: string;
  /** Attribute code → value in the interface language. */
  attributes?: Record<string, string>;
};

// `+ 0` keeps PostgreSQL from walking the price index of every variant for each product (seen at 100,000 products).
const minPrice = sql<number>`(select min(${productVariants.priceCents} + 0) from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.active})`;

/** The listing's filters (all in the URL): brand, price range, availability, size, colour, attributes. */
function filterConditions(query: ProductQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.brand) conditions.push(eq(products.brand, query.brand));
  if (query.minPriceCents !== undefined) conditions.push(gte(minPrice, query.minPriceCents));
  if (query.maxPriceCents !== undefined) conditions.push(lte(minPrice, query.maxPriceCents));
  const variantMatch = (condition: SQL) =>
    sql`exists (select 1 from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.active} and ${condition})`;
  if (query.size) conditions.push(variantMatch(sql`${productVariants.size} = ${query.size}`));
  if (query.colour) conditions.push(variantMatch(sql`${productVariants.colour} = ${query.colour}`));
  if (query.inStock) {
    conditions.push(
      variantMatch(
        sql`exists (select 1 from ${stockLevels} join ${stores} on ${stores.id} = ${stockLevels.storeId} and ${stores.kind} = 'warehouse' where ${stockLevels.variantId} = ${productVariants.id} and ${stockLevels.quantity} > 0)`,
      ),
    );
  }
  for (const [key, value] of Object.entries(query.attributes ?? {})) {
    conditions.push(sql`${products.attributes} -> ${key} ->> ${query.locale} = ${value}`);
  }
  return conditions;
}

export type ListingFacets = {
  sizes: string[];
  colours: string[];
  attributes: { key: string; values: string[] }[];
};

/** What the listing can be filtered by within a category: sizes, colours and attribute values. */
export async function listFacets(categoryId: string, locale: "de" | "en"): Promise<ListingFacets> {
  const db = await getDb();
  const [variantRows, attributeRows] = await Promise.all([
    db
      .selectDistinct({ size: productVariants.size, colour: productVariants.colour })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(
        and(
          eq(products.categoryId, categoryId),
          eq(products.status, "active"),
          eq(productVariants.active, true),
        ),
      ),
    db
      .select({ key: sql<string>`kv.key`, value: sql<string>`kv.value ->> ${locale}` })
      .from(products)
      .innerJoin(sql`jsonb_each(${products.attributes}) as kv`, sql`true`)
      .where(and(eq(products.categoryId, categoryId), eq(products.status, "active")))
      .groupBy(sql`1`, sql`2`),
  ]);
  const SIZE_ORDER = ["XS", "S", "M", "L", "XL", "XXL"];
  const sizeRank = (s: string) =>
    SIZE_ORDER.includes(s) ? SIZE_ORDER.indexOf(s) : 100 + Number(s) || 1000;
  const sizes = [...new Set(variantRows.flatMap((r) => (r.size ? [r.size] : [])))].sort(
    (a, b) => sizeRank(a) - sizeRank(b),
  );
  const colours = [...new Set(variantRows.flatMap((r) => (r.colour ? [r.colour] : [])))].sort();
  const byKey = new Map<string, Set<string>>();
  for (const row of attributeRows) {
    if (!row.value) continue;
    byKey.set(row.key, (byKey.get(row.key) ?? new Set()).add(row.value));
  }
  // An attribute worth filtering by: shared by several products, with a handful of values.
  const attributes = [...byKey.entries()]
    .filter(([, values]) => values.size >= 2 && values.size <= 12)
    .map(([key, values]) => ({
      key,
      values: [...values].sort((a, b) => a.localeCompare(b, locale)),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { sizes, colours, attributes };
}

export async function listProducts(
  query: ProductQuery,
): Promise<{ items: ProductSummary[]; total: number; brands: string[] }> {
  const db = await getDb();
  const nameColumn = query.locale === "de" ? products.nameDe : products.nameEn;
  const brandsQuery = db
    .selectDistinct({ brand: products.brand })
    .from(products)
    .where(
      and(
        eq(products.status, "active"),
        query.categoryId ? eq(products.categoryId, query.categoryId) : undefined,
      ),
    )
    .orderBy(asc(products.brand));
  if (query.q) {
    // The shop's search (lib/search): ranked by relevance, or in the chosen order. Its price is
    // `min(price + 0)`: for a plain min(price) the planner walks product_variants_price_idx in
    // price order for every product (its min/max rewrite), which takes minutes at 100,000 products.
    const searchMinPrice = minPrice;
    const filters = filterConditions(query);
    const order: SearchOrder =
      query.sort === "price-asc"
        ? { key: searchMinPrice, direction: "asc" }
        : query.sort === "price-desc"
          ? { key: searchMinPrice, direction: "desc" }
          : query.sort === "name"
            ? { key: sql`${nameColumn}`, direction: "asc" }
            : query.sort === "newest"
              ? { key: sql`${products.launchedAt}`, direction: "desc" }
              : "relevance";
    const [found, brandRows] = await Promise.all([
      searchProducts(db, {
        q: query.q,
        categoryId: query.categoryId,
        where: and(...filters),
        order,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      }),
      brandsQuery,
    ]);
    return {
      items: await summarize(found.ids.map((id) => ({ id }))),
      total: found.total,
      brands: brandRows.map((b) => b.brand),
    };
  }
  const conditions: SQL[] = [eq(products.status, "active"), ...filterConditions(query)];
  if (query.categoryId) conditions.push(eq(products.categoryId, query.categoryId));
  const where = and(...conditions);
  const order =
    query.sort === "price-asc"
      ? [asc(minPrice), asc(products.id)]
      : query.sort === "price-desc"
        ? [desc(minPrice), asc(products.id)]
        : query.sort === "name"
          ? [asc(nameColumn), asc(products.id)]
          : query.sort === "newest"
            ? [desc(products.launchedAt), asc(products.id)]
            : [desc(products.featured), desc(products.launchedAt), asc(products.id)];
  const [rows, [{ total = 0 } = {}], brandRows] = await Promise.all([
    db
      .select({ id: products.id })
      .from(products)
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(products)
      .where(where),
    brandsQuery,
  ]);
  return { items: await summarize(rows), total, brands: brandRows.map((b) => b.brand) };
}

/** Product cards for the given ids, in the given order (inactive or unknown ids are left out). */
export async function listProductSummaries(ids: readonly string[]): Promise<ProductSummary[]> {
  return summarize(ids.map((id) => ({ id })));
}

export async function listFeaturedProducts(limit = 8): Promise<ProductSummary[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.status, "active"), eq(products.featured, true)))
    .orderBy(desc(products.launchedAt))
    .limit(limit);
  return summarize(rows);
}

export async function listNewProducts(limit = 8): Promise<ProductSummary[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(eq(products.status, "active"))
    .orderBy(desc(products.launchedAt), asc(products.id))
    .limit(limit);
  return summarize(rows);
}

/** The same bestseller ranking for everyone (P1): units sold in the last 90 days. */
export async function listBestsellers(now: Date, limit = 8): Promise<ProductSummary[]> {
  const db = await getDb();
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const rows = await db
    .select({ id: orderItems.productId, sold: sql<number>`sum(${orderItems.quantity})::int` })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .innerJoin(products, eq(products.id, orderItems.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(
      and(
        gte(orders.placedAt, since),
        eq(products.status, "active"),
        eq(categories.sensitive, false),
      ),
    )
    .groupBy(orderItems.productId)
    .orderBy(desc(sql`sum(${orderItems.quantity})`), asc(orderItems.productId))
    .limit(limit);
  return summarize(rows.flatMap((r) => (r.id ? [{ id: r.id }] : [])));
}

export async function getProductBySlug(slug: string) {
  const db = await getDb();
  const [product] = await db
    .select({ product: products, category: categories })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.slug, slug), eq(products.status, "active")))
    .limit(1);
  if (!product) return null;
  const [variants, images, stock] = await Promise.all([
    db
      .select()
      .from(productVariants)
      .where(
        and(eq(productVariants.productId, product.product.id), eq(productVariants.active, true)),
      )
      .orderBy(asc(productVariants.position)),
    db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, product.product.id))
      .orderBy(asc(productImages.position)),
    db
      .select({
        variantId: stockLevels.variantId,
        quantity: stockLevels.quantity,
        storeId: stores.id,
        storeName: stores.name,
        storeCity: stores.city,
        storeKind: stores.kind,
      })
      .from(stockLevels)
      .innerJoin(stores, eq(stores.id, stockLevels.storeId))
      .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
      .where(eq(productVariants.productId, product.product.id))
      .orderBy(asc(stores.kind), asc(stores.city)),
  ]);
  const history = await listPriceHistory(variants.map((v) => v.id));
  return { ...product, variants, images, stock, history };
}

export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProductBySlug>>>;
