import { and, asc, count, eq, ilike, inArray, max, min, or, sql, sum, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/engine/open";
import {
  categories,
  priceHistory,
  productImages,
  productVariants,
  products,
  stockLevels,
  stores,
  type Role,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { changeVariantPrice } from "@/lib/catalog/price-change";
import { parseProductArtFile } from "@/lib/catalog/product-images";
import { computeReduction, type PricePoint, type Reduction } from "@/lib/pricing/reference-price";

/** The member of staff acting; every change below is written to the audit log with it (S9). */
export type CatalogActor = { id: string; role: Role };

export const ADMIN_PAGE_SIZE = 25;
export const PRODUCT_STATUSES = ["draft", "active", "archived"] as const;

// ---------------------------------------------------------------------------------------------
// Input rules. Issue messages are keys of the `adminCatalog.errors` catalogue.

/** "12,99", "12.99", "1.299,00" or "12" euros as integer cents; null for anything else. */
export function parseEuroToCents(raw: string): number | null {
  const text = raw.trim().replace(/\s|€/g, "");
  if (!/^\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$/.test(text)) return null;
  // A dot followed by three digits is a German thousands separator, otherwise a decimal point.
  const normalized = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(text)
    ? text.replace(/\./g, "").replace(",", ".")
    : text.replace(",", ".");
  const [whole = "0", fraction = ""] = normalized.split(".");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(cents) && cents > 0 && cents <= 100_000_000 ? cents : null;
}

/** Only the shop's own generated art (/media/products/...) may be attached as an image. */
export function isMediaImageUrl(url: string): boolean {
  const match = /^\/media\/products\/([^/?#]+)$/.exec(url.trim());
  return match !== null && parseProductArtFile(match[1]!) !== null;
}

const uuid = z.uuid("errors.notFound");
const text = (maxLength: number) =>
  z.string("errors.required").trim().min(1, "errors.required").max(maxLength, "errors.tooLong");
const longText = z.string("errors.required").trim().max(5000, "errors.tooLong");
const euros = z.string("errors.priceInvalid").transform((value, ctx) => {
  const cents = parseEuroToCents(value);
  if (cents === null) ctx.addIssue({ code: "custom", message: "errors.priceInvalid" });
  return cents ?? 0;
});
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.null(), z.undefined()])
  .transform((v) => v === "on" || v === "true");

export const productDetailsSchema = z.object({
  productId: uuid,
  nameDe: text(200),
  nameEn: text(200),
  descriptionDe: longText,
  descriptionEn: longText,
  brand: text(120),
  categoryId: z.uuid("errors.categoryInvalid"),
  status: z.enum(PRODUCT_STATUSES, "errors.statusInvalid"),
  featured: checkbox,
});

export const priceChangeSchema = z.object({ variantId: uuid, price: euros });

export const stockSchema = z.object({
  variantId: uuid,
  storeId: uuid,
  quantity: z.coerce
    .number("errors.quantityInvalid")
    .int("errors.quantityInvalid")
    .min(0, "errors.quantityInvalid")
    .max(1_000_000, "errors.quantityInvalid"),
});

export const addImageSchema = z.object({
  productId: uuid,
  url: z.string("errors.imageUrlInvalid").trim().refine(isMediaImageUrl, "errors.imageUrlInvalid"),
  altDe: text(300),
  altEn: text(300),
});

export const removeImageSchema = z.object({ imageId: uuid });

export const categorySensitiveSchema = z.object({ categoryId: uuid, sensitive: checkbox });
export const categoryNamesSchema = z.object({
  categoryId: uuid,
  nameDe: text(120),
  nameEn: text(120),
});

export const createProductSchema = z.object({
  nameDe: text(200),
  nameEn: text(200),
  brand: text(120),
  categoryId: z.uuid("errors.categoryInvalid"),
  sku: z
    .string("errors.required")
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/, "errors.skuInvalid"),
  price: euros,
});

// ---------------------------------------------------------------------------------------------
// Reads (marketers and admins; catalog data only, nothing about customers).

export type AdminProductRow = {
  id: string;
  nameDe: string;
  nameEn: string;
  brand: string;
  status: (typeof PRODUCT_STATUSES)[number];
  categoryNameDe: string;
  categoryNameEn: string;
  minPriceCents: number | null;
  maxPriceCents: number | null;
  stockTotal: number;
};

export async function listAdminProducts(
  db: Database,
  input: { q?: string; categoryId?: string; page: number },
): Promise<{ rows: AdminProductRow[]; total: number }> {
  const filters: SQL[] = [];
  const q = input.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(
      or(
        ilike(products.nameDe, pattern),
        ilike(products.nameEn, pattern),
        ilike(products.brand, pattern),
        ilike(products.slug, pattern),
      )!,
    );
  }
  if (input.categoryId) filters.push(eq(products.categoryId, input.categoryId));
  const where = filters.length ? and(...filters) : undefined;

  const [{ total = 0 } = {}] = await db.select({ total: count() }).from(products).where(where);
  const page = await db
    .select({
      id: products.id,
      nameDe: products.nameDe,
      nameEn: products.nameEn,
      brand: products.brand,
      status: products.status,
      categoryNameDe: categories.nameDe,
      categoryNameEn: categories.nameEn,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(where)
    .orderBy(asc(products.nameDe), asc(products.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((Math.max(1, input.page) - 1) * ADMIN_PAGE_SIZE);
  const ids = page.map((p) => p.id);
  if (ids.length === 0) return { rows: [], total };

  const [prices, stock] = await Promise.all([
    db
      .select({
        productId: productVariants.productId,
        low: min(productVariants.priceCents),
        high: max(productVariants.priceCents),
      })
      .from(productVariants)
      .where(inArray(productVariants.productId, ids))
      .groupBy(productVariants.productId),
    db
      .select({
        productId: productVariants.productId,
        total: sql<number>`coalesce(${sum(stockLevels.quantity)}, 0)::int`,
      })
      .from(stockLevels)
      .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
      .where(inArray(productVariants.productId, ids))
      .groupBy(productVariants.productId),
  ]);
  const priceOf = new Map(prices.map((p) => [p.productId, p]));
  const stockOf = new Map(stock.map((s) => [s.productId, s.total]));
  return {
    total,
    rows: page.map((p) => ({
      ...p,
      minPriceCents: priceOf.get(p.id)?.low ?? null,
      maxPriceCents: priceOf.get(p.id)?.high ?? null,
      stockTotal: stockOf.get(p.id) ?? 0,
    })),
  };
}

export type AdminVariant = {
  id: string;
  sku: string;
  size: string | null;
  colour: string | null;
  priceCents: number;
  /** What shoppers see as "-X %" and reference price right now (P5), computed, never typed. */
  reduction: Reduction | null;
  stock: { storeId: string; quantity: number }[];
};

export async function getAdminProduct(db: Database, productId: string, now: Date) {
  const [product] = await db.select().from(products).where(eq(products.id, productId));
  if (!product) return null;
  const [variants, images, allStores, allCategories] = await Promise.all([
    db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, productId))
      .orderBy(asc(productVariants.position), asc(productVariants.sku)),
    db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, productId))
      .orderBy(asc(productImages.position)),
    db
      .select({ id: stores.id, name: stores.name, kind: stores.kind })
      .from(stores)
      .orderBy(asc(stores.kind), asc(stores.name)),
    listAdminCategories(db),
  ]);
  const variantIds = variants.map((v) => v.id);
  const [history, stock] = variantIds.length
    ? await Promise.all([
        db.select().from(priceHistory).where(inArray(priceHistory.variantId, variantIds)),
        db.select().from(stockLevels).where(inArray(stockLevels.variantId, variantIds)),
      ])
    : [[], []];
  const adminVariants: AdminVariant[] = variants.map((v) => ({
    id: v.id,
    sku: v.sku,
    size: v.size,
    colour: v.colour,
    priceCents: v.priceCents,
    reduction: computeReduction(
      history.filter((h) => h.variantId === v.id),
      now,
    ),
    stock: stock
      .filter((s) => s.variantId === v.id)
      .map((s) => ({ storeId: s.storeId, quantity: s.quantity })),
  }));
  return { product, variants: adminVariants, images, stores: allStores, categories: allCategories };
}

export type AdminProduct = NonNullable<Awaited<ReturnType<typeof getAdminProduct>>>;

export async function listAdminCategories(db: Database) {
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      nameDe: categories.nameDe,
      nameEn: categories.nameEn,
      sensitive: categories.sensitive,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.nameDe));
}

async function variantHistory(db: Database, variantId: string): Promise<PricePoint[]> {
  return db
    .select({
      priceCents: priceHistory.priceCents,
      validFrom: priceHistory.validFrom,
      validTo: priceHistory.validTo,
    })
    .from(priceHistory)
    .where(eq(priceHistory.variantId, variantId));
}

// ---------------------------------------------------------------------------------------------
// Changes. Each is one transaction with its audit entry.

type Done = { status: "saved" } | { status: "not_found" };

export async function updateProduct(
  db: Database,
  input: z.infer<typeof productDetailsSchema> & { actor: CatalogActor; now: Date },
): Promise<Done | { status: "category_not_found" }> {
  const { actor, now, productId, ...fields } = input;
  return db.transaction(async (tx) => {
    const [category] = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.id, fields.categoryId));
    if (!category) return { status: "category_not_found" as const };
    const [before] = await tx
      .select()
      .from(products)
      .where(eq(products.id, productId))
      .for("update");
    if (!before) return { status: "not_found" as const };
    await tx
      .update(products)
      .set({ ...fields, updatedAt: now })
      .where(eq(products.id, productId));
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (key) => before[key] !== fields[key],
    );
    await writeAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "catalog.product_updated",
      entity: "product",
      entityId: productId,
      details: { changed },
      occurredAt: now,
    });
    return { status: "saved" as const };
  });
}

export type PriceChangeOutcome =
  | { status: "changed"; priceCents: number; reduction: Reduction | null }
  | { status: "unchanged" | "not_found" | "invalid_price" };

/**
 * A marketer's price change: through changeVariantPrice (price history, price alerts, audit), then
 * the reduction shoppers will see, computed from the stored history (P5); nobody types it in.
 */
export async function changePriceAsStaff(
  db: Database,
  input: {
    actor: CatalogActor;
    variantId: string;
    priceCents: number;
    now: Date;
    baseUrl?: string;
  },
): Promise<PriceChangeOutcome> {
  const result = await changeVariantPrice(db, {
    variantId: input.variantId,
    priceCents: input.priceCents,
    now: input.now,
    actorId: input.actor.id,
    baseUrl: input.baseUrl,
  });
  if (result.status !== "changed") return { status: result.status };
  const reduction = computeReduction(await variantHistory(db, input.variantId), input.now);
  return { status: "changed", priceCents: result.toCents, reduction };
}

export async function setStock(
  db: Database,
  input: z.infer<typeof stockSchema> & { actor: CatalogActor; now: Date },
): Promise<Done> {
  return db.transaction(async (tx) => {
    const [variant] = await tx
      .select({ id: productVariants.id })
      .from(productVariants)
      .where(eq(productVariants.id, input.variantId));
    const [store] = await tx
      .select({ id: stores.id })
      .from(stores)
      .where(eq(stores.id, input.storeId));
    if (!variant || !store) return { status: "not_found" as const };
    const [before] = await tx
      .select({ quantity: stockLevels.quantity })
      .from(stockLevels)
      .where(
        and(eq(stockLevels.variantId, input.variantId), eq(stockLevels.storeId, input.storeId)),
      )
      .for("update");
    await tx
      .insert(stockLevels)
      .values({
        variantId: input.variantId,
        storeId: input.storeId,
        quantity: input.quantity,
        updatedAt: input.now,
      })
      .onConflictDoUpdate({
        target: [stockLevels.variantId, stockLevels.storeId],
        set: { quantity: input.quantity, updatedAt: input.now },
      });
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "catalog.stock_set",
      entity: "product_variant",
      entityId: input.variantId,
      details: { storeId: input.storeId, from: before?.quantity ?? 0, to: input.quantity },
      occurredAt: input.now,
    });
    return { status: "saved" as const };
  });
}

export async function addProductImage(
  db: Database,
  input: z.infer<typeof addImageSchema> & { actor: CatalogActor; now: Date },
): Promise<Done> {
  return db.transaction(async (tx) => {
    const [product] = await tx
      .select({ id: products.id })
      .from(products)
      .where(eq(products.id, input.productId))
      .for("update");
    if (!product) return { status: "not_found" as const };
    const [{ last = null } = {}] = await tx
      .select({ last: max(productImages.position) })
      .from(productImages)
      .where(eq(productImages.productId, input.productId));
    const [image] = await tx
      .insert(productImages)
      .values({
        productId: input.productId,
        position: (last ?? -1) + 1,
        url: input.url,
        altDe: input.altDe,
        altEn: input.altEn,
        // Generated art is square, 800 px like the seeded images.
        width: 800,
        height: 800,
      })
      .returning({ id: productImages.id });
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "catalog.image_added",
      entity: "product",
      entityId: input.productId,
      details: { imageId: image!.id, url: input.url },
      occurredAt: input.now,
    });
    return { status: "saved" as const };
  });
}

export async function removeProductImage(
  db: Database,
  input: { imageId: string; actor: CatalogActor; now: Date },
): Promise<Done> {
  return db.transaction(async (tx) => {
    const [image] = await tx
      .delete(productImages)
      .where(eq(productImages.id, input.imageId))
      .returning({ productId: productImages.productId, url: productImages.url });
    if (!image) return { status: "not_found" as const };
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "catalog.image_removed",
      entity: "product",
      entityId: image.productId,
      details: { imageId: input.imageId, url: image.url },
      occurredAt: input.now,
    });
    return { status: "saved" as const };
  });
}

/**
 * Marks a category sensitive (health, pharmacy, erotic: GDPR Art. 9, CJEU C-21/23) or not; its
 * purchases then never feed personalization or segments (P6).
 */
export async function setCategorySensitive(
  db: Database,
  input: z.infer<typeof categorySensitiveSchema> & { actor: CatalogActor; now: Date },
): Promise<Done> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(categories)
      .set({ sensitive: input.sensitive })
      .where(eq(categories.id, input.categoryId))
      .returning({ id: categories.id });
    if (!row) return { status: "not_found" as const };
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "catalog.category_sensitive_set",
      entity: "category",
      entityId: input.categoryId,
      details: { sensitive: input.sensitive },
      occurredAt: input.now,
    });
    return { status: "saved" as const };
  });
}

export async function renameCategory(
  db: Database,
  input: z.infer<typeof categoryNamesSchema> & { actor: CatalogActor; now: Date },
): Promise<Done> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(categories)
      .set({ nameDe: input.nameDe, nameEn: input.nameEn })
      .where(eq(categories.id, input.categoryId))
      .returning({ id: categories.id });
    if (!row) return { status: "not_found" as const };
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "catalog.category_renamed",
      entity: "category",
      entityId: input.categoryId,
      details: { nameDe: input.nameDe, nameEn: input.nameEn },
      occurredAt: input.now,
    });
    return { status: "saved" as const };
  });
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/**
 * A new product, as a draft, with one variant and its launch price (the start of its price
 * history, so a later reduction has its reference).
 */
export async function createProduct(
  db: Database,
  input: z.infer<typeof createProductSchema> & { actor: CatalogActor; now: Date },
): Promise<
  { status: "created"; productId: string } | { status: "category_not_found" | "sku_taken" }
> {
  return db.transaction(async (tx) => {
    const [category] = await tx
      .select({ id: categories.id, vat: categories.defaultVatRate })
      .from(categories)
      .where(eq(categories.id, input.categoryId));
    if (!category) return { status: "category_not_found" as const };
    const [taken] = await tx
      .select({ id: productVariants.id })
      .from(productVariants)
      .where(eq(productVariants.sku, input.sku));
    if (taken) return { status: "sku_taken" as const };
    const slug = `${slugify(input.nameDe) || "produkt"}-${crypto.randomUUID().slice(0, 6)}`;
    const [product] = await tx
      .insert(products)
      .values({
        slug,
        categoryId: category.id,
        brand: input.brand,
        nameDe: input.nameDe,
        nameEn: input.nameEn,
        descriptionDe: "",
        descriptionEn: "",
        vatRate: category.vat,
        status: "draft",
        launchedAt: input.now,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning({ id: products.id });
    const [variant] = await tx
      .insert(productVariants)
      .values({ productId: product!.id, sku: input.sku, priceCents: input.price, position: 0 })
      .returning({ id: productVariants.id });
    await tx.insert(priceHistory).values({
      variantId: variant!.id,
      priceCents: input.price,
      change: "launch",
      validFrom: input.now,
    });
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "catalog.product_created",
      entity: "product",
      entityId: product!.id,
      details: { sku: input.sku, priceCents: input.price },
      occurredAt: input.now,
    });
    return { status: "created" as const, productId: product!.id };
  });
}
