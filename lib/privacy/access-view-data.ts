/**
 * The rows of the access view (R1): one page of the subject's rows per personal table, found by
 * the data map's subject lookup, and the names the derived data refers to. One query per table
 * and one per kind of name, whatever the length of the history.
 */
import { and, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";
import {
  categories,
  offers,
  productVariants,
  products,
  segments,
  stores,
  users,
} from "@/db/schema";
import type { Localized, TableName } from "./data-map-types";
import { getPersonalEntry, personalTables } from "./data-map";
import {
  ACCESS_PAGE_SIZE,
  pageOf,
  type AccessPaging,
  type NameIds,
  type NameKind,
} from "./access-view";
import {
  columnBySqlName,
  sqlNamedColumns,
  subjectCondition,
  type DataSubject,
} from "./subject-rows";

export type TablePage = {
  rows: Record<string, unknown>[];
  /** All of the subject's rows in the table, not only this page's. */
  total: number;
  page: number;
  pageCount: number;
};

export type AccessPages = Record<TableName, TablePage>;

/**
 * The person as the access view looks them up: the account, and guest rows under its address
 * only once the address is verified (a guest order under an unproven address is not theirs yet).
 */
export async function accessSubject(db: Database, userId: string): Promise<DataSubject> {
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), isNotNull(users.emailVerifiedAt)))
    .limit(1);
  return row ? { userId, email: row.email } : { userId };
}

/** One page of every personal table for the subject: the page in the URL for its table, else the first. */
export async function loadAccessPages(
  db: Database,
  subject: DataSubject,
  paging: AccessPaging,
): Promise<AccessPages> {
  const pages = await Promise.all(
    personalTables().map(
      async ([table]) =>
        [table, await loadTablePage(db, subject, table, pageOf(paging, table))] as const,
    ),
  );
  return Object.fromEntries(pages) as AccessPages;
}

const TOTAL = "__total";

export async function loadTablePage(
  db: Database,
  subject: DataSubject,
  table: TableName,
  page: number,
): Promise<TablePage> {
  const entry = getPersonalEntry(table);
  const rows = await db
    .select({
      ...sqlNamedColumns(entry.table),
      // The count rides along with the page: one round trip per table.
      [TOTAL]: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(entry.table)
    .where(subjectCondition(db, table, subject))
    .orderBy(...rowOrder(table))
    .limit(ACCESS_PAGE_SIZE)
    .offset((page - 1) * ACCESS_PAGE_SIZE);
  if (rows.length === 0 && page > 1) return loadTablePage(db, subject, table, 1);
  const total = rows.length > 0 ? Number(rows[0]![TOTAL]) : 0;
  return {
    rows: rows.map((row) => {
      const copy: Record<string, unknown> = { ...row };
      delete copy[TOTAL];
      return copy;
    }),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ACCESS_PAGE_SIZE)),
  };
}

const orderCache = new Map<TableName, SQL[]>();

/**
 * Newest first by the table's first required timestamp (placed_at, recorded_at ...), then by the
 * primary key so that pages never overlap; tables without a timestamp by their key alone.
 */
function rowOrder(table: TableName): SQL[] {
  const cached = orderCache.get(table);
  if (cached) return cached;
  const entry = getPersonalEntry(table);
  const config = getTableConfig(entry.table);
  const time = config.columns.find((c) => c.columnType === "PgTimestamp" && c.notNull);
  const keys: PgColumn[] = [
    ...config.columns.filter((c) => c.primary),
    ...config.primaryKeys.flatMap((pk) => pk.columns),
  ];
  const order = [
    ...(time ? [sql`${columnBySqlName(entry.table, time.name)} desc`] : []),
    ...keys.map((key) => sql`${key} asc`),
  ];
  orderCache.set(table, order);
  return order;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NameLookups = Record<NameKind, Map<string, Localized>>;

type NamedRow = { id: string; de: string; en: string };

/** Names of products, variants, categories, offers, segments and stores: one query per kind in use. */
export async function loadNames(db: Database, ids: NameIds): Promise<NameLookups> {
  const load = async (wanted: Set<string>, query: (list: string[]) => Promise<NamedRow[]>) => {
    // Ids come from JSON columns too: only well-formed ones reach a uuid comparison.
    const list = [...wanted].filter((id) => UUID.test(id));
    if (list.length === 0) return new Map<string, Localized>();
    const rows = await query(list);
    return new Map(rows.map((r) => [r.id, { de: r.de, en: r.en }]));
  };
  const [productNames, variantNames, categoryNames, offerNames, segmentNames, storeNames] =
    await Promise.all([
      load(ids.products, (list) =>
        db
          .select({ id: products.id, de: products.nameDe, en: products.nameEn })
          .from(products)
          .where(inArray(products.id, list)),
      ),
      load(ids.variants, (list) =>
        db
          .select({
            id: productVariants.id,
            de: sql<string>`${products.nameDe} || ' (' || ${productVariants.sku} || ')'`,
            en: sql<string>`${products.nameEn} || ' (' || ${productVariants.sku} || ')'`,
          })
          .from(productVariants)
          .innerJoin(products, eq(products.id, productVariants.productId))
          .where(inArray(productVariants.id, list)),
      ),
      load(ids.categories, (list) =>
        db
          .select({ id: categories.id, de: categories.nameDe, en: categories.nameEn })
          .from(categories)
          .where(inArray(categories.id, list)),
      ),
      load(ids.offers, (list) =>
        db
          .select({ id: offers.id, de: offers.nameDe, en: offers.nameEn })
          .from(offers)
          .where(inArray(offers.id, list)),
      ),
      load(ids.segments, (list) =>
        db
          .select({ id: segments.id, de: segments.nameDe, en: segments.nameEn })
          .from(segments)
          .where(inArray(segments.id, list)),
      ),
      load(ids.stores, (list) =>
        db
          .select({ id: stores.id, de: stores.name, en: stores.name })
          .from(stores)
          .where(inArray(stores.id, list)),
      ),
    ]);
  return {
    products: productNames,
    variants: variantNames,
    categories: categoryNames,
    offers: offerNames,
    segments: segmentNames,
    stores: storeNames,
  };
}
