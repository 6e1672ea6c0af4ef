import {
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export type LocalizedText = { de: string; en: string };

export const categories = pgTable(
  "categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    parentId: uuid("parent_id"),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionDe: text("description_de").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    /** Health, pharmacy, erotic and similar goods (GDPR Art. 9, CJEU C-21/23): never personalized. */
    sensitive: boolean("sensitive").notNull().default(false),
    /** VAT in basis points (1900 = 19 %). */
    defaultVatRate: integer("default_vat_rate").notNull().default(1900),
    position: integer("position").notNull().default(0),
    hue: smallint("hue").notNull().default(210),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("categories_slug_key").on(t.slug)],
);

/** PostgreSQL's `tsvector`; read as its text form (search only ever filters and ranks on it in SQL). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const productStatusEnum = pgEnum("product_status", ["draft", "active", "archived"]);
export const unitKindEnum = pgEnum("unit_kind", ["weight", "volume", "length"]);

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => categories.id),
    brand: text("brand").notNull(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionDe: text("description_de").notNull(),
    descriptionEn: text("description_en").notNull(),
    vatRate: integer("vat_rate").notNull(),
    /** Content for the unit price (PAngV §4): grams, millilitres or centimetres per item. */
    unitKind: unitKindEnum("unit_kind"),
    unitContent: integer("unit_content"),
    attributes: jsonb("attributes").$type<Record<string, LocalizedText>>().notNull().default({}),
    status: productStatusEnum("status").notNull().default("active"),
    featured: boolean("featured").notNull().default(false),
    consumable: boolean("consumable").notNull().default(false),
    /** Slugs of products that go with this one (a lens for a camera). */
    complements: jsonb("complements").$type<string[]>().notNull().default([]),
    launchedAt: timestamp("launched_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Search (lib/search): the distinct words of both names and the brand, folded by
     * vitrine_search_words (migration 0003: ä -> ae, ß -> ss, accents away, lower case, no bare
     * numbers), compared with trigrams for typos ("Kammera") and parts of compound words.
     */
    searchText: text("search_text").generatedAlwaysAs(
      sql`public.vitrine_search_words(name_de || ' ' || name_en || ' ' || brand)`,
    ),
    /**
     * Search: both names (weight A) and the brand (B), folded and stemmed as German and as English
     * (vitrine_search_vector, migration 0003), so that a query in either language finds either
     * language's name. Small, so that ranking every match stays cheap; suggestions match prefixes.
     */
    searchNames: tsvector("search_names").generatedAlwaysAs(
      sql`setweight(public.vitrine_search_vector(name_de || ' ' || name_en), 'A') || setweight(public.vitrine_search_vector(brand), 'B')`,
    ),
  },
  (t) => [
    uniqueIndex("products_slug_key").on(t.slug),
    index("products_category_idx").on(t.categoryId, t.status),
    index("products_brand_idx").on(t.brand),
    index("products_launched_idx").on(t.launchedAt),
    index("products_search_names_idx").using("gin", t.searchNames),
    // Both descriptions (migration 0003): indexed, not stored, so that rows stay narrow.
    index("products_search_descriptions_idx").using(
      "gin",
      sql`public.vitrine_search_descriptions(description_de, description_en)`,
    ),
    index("products_search_text_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    check("products_unit_check", sql`(${t.unitKind} is null) = (${t.unitContent} is null)`),
  ],
);

/** Every product has at least one variant; price and stock belong to the variant. */
export const productVariants = pgTable(
  "product_variants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text("sku").notNull(),
    size: text("size"),
    colour: text("colour"),
    /** Current gross price in cents, VAT included. Changed only through the pricing domain. */
    priceCents: integer("price_cents").notNull(),
    position: integer("position").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("product_variants_sku_key").on(t.sku),
    index("product_variants_product_idx").on(t.productId),
    index("product_variants_price_idx").on(t.priceCents),
    check("product_variants_price_check", sql`${t.priceCents} >= 0`),
  ],
);

export const productImages = pgTable(
  "product_images",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    url: text("url").notNull(),
    altDe: text("alt_de").notNull(),
    altEn: text("alt_en").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
  },
  (t) => [index("product_images_product_idx").on(t.productId, t.position)],
);

export const priceChangeEnum = pgEnum("price_change", ["launch", "reduction", "increase"]);

/** Every price a variant had (PAngV §11: the lowest price of the 30 days before a reduction). */
export const priceHistory = pgTable(
  "price_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    priceCents: integer("price_cents").notNull(),
    change: priceChangeEnum("change").notNull(),
    validFrom: timestamp("valid_from", { withTimezone: true }).notNull(),
    validTo: timestamp("valid_to", { withTimezone: true }),
  },
  (t) => [index("price_history_variant_idx").on(t.variantId, t.validFrom)],
);

export const storeKindEnum = pgEnum("store_kind", ["store", "warehouse"]);

export type OpeningHours = {
  /** ISO weekday 1 (Monday) to 7 (Sunday); times "HH:MM" in Europe/Berlin. */
  day: number;
  opens: string;
  closes: string;
}[];

/** Physical stores and the online warehouse (kind = warehouse holds the online stock). */
export const stores = pgTable(
  "stores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    kind: storeKindEnum("kind").notNull().default("store"),
    name: text("name").notNull(),
    street: text("street").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    openingHours: jsonb("opening_hours").$type<OpeningHours>().notNull().default([]),
    phone: text("phone"),
  },
  (t) => [uniqueIndex("stores_slug_key").on(t.slug)],
);

export const stockLevels = pgTable(
  "stock_levels",
  {
    variantId: uuid("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id, { onDelete: "cascade" }),
    /** Units on hand that can be sold or reserved; decremented with a guarded update. */
    quantity: integer("quantity").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.storeId] }),
    index("stock_levels_store_idx").on(t.storeId),
    check("stock_levels_quantity_check", sql`${t.quantity} >= 0`),
  ],
);

export type Category = typeof categories.$inferSelect;
export type Product = typeof products.$inferSelect;
export type ProductVariant = typeof productVariants.$inferSelect;
export type ProductImage = typeof productImages.$inferSelect;
export type Store = typeof stores.$inferSelect;
