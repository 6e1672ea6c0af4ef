import { and, desc, eq, gte, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import {
  behaviourEvents,
  categories,
  orderItems,
  orders,
  personalizationSettings,
  processingLimits,
  productVariants,
  products,
  statedInterests,
} from "@/db/schema";
import { latestDecisionForUser } from "@/lib/consent/ledger";
import { daysBefore } from "@/lib/time/days";
import type { CatalogItem, PersonalSignals, PersonalizationLevel, ShopContext } from "./types";

/** How far back the signals reach: purchases two years, consented views 90 days. */
const PURCHASE_WINDOW_DAYS = 730;
const VIEW_WINDOW_DAYS = 90;
const MAX_VIEWS = 200;
const MAX_PURCHASE_ROWS = 500;
/** Co-purchases over the last year, the ten strongest partners per product. */
const CO_PURCHASE_WINDOW_DAYS = 365;
const CO_PURCHASE_PARTNERS = 10;
const GENERIC_SIZE = 60;
/** The shop context holds no personal data; it is shared by all requests for this long. */
const CONTEXT_TTL_MS = 5 * 60 * 1000;

type CachedContext = { at: number; value: Promise<ShopContext>; refreshing: boolean };
const contextCache = new WeakMap<Database, CachedContext>();

/**
 * What the engine knows about the shop, the same for everyone (catalogue, co-purchases aggregated
 * over all orders, the generic ranking); cached per database. When it is older than the TTL the
 * old one still answers while a new one is built, so that no request waits for the rebuild
 * (about 0.8 s at 100,000 products).
 */
export function loadShopContext(db: Database, now: Date): Promise<ShopContext> {
  const cached = contextCache.get(db);
  if (!cached) {
    const value = buildShopContext(db, now);
    contextCache.set(db, { at: now.getTime(), value, refreshing: false });
    value.catch(() => contextCache.delete(db));
    return value;
  }
  if (Math.abs(now.getTime() - cached.at) >= CONTEXT_TTL_MS && !cached.refreshing) {
    cached.refreshing = true;
    buildShopContext(db, now).then(
      (fresh) =>
        contextCache.set(db, {
          at: now.getTime(),
          value: Promise.resolve(fresh),
          refreshing: false,
        }),
      () => {
        cached.refreshing = false;
      },
    );
  }
  return cached.value;
}

/** Forgets the cached context (tests and catalogue changes that must show at once). */
export function clearShopContext(db: Database): void {
  contextCache.delete(db);
}

async function buildShopContext(db: Database, now: Date): Promise<ShopContext> {
  const [rows, sellable, pairs, bestsellers, newest] = await Promise.all([
    db
      .select({
        productId: products.id,
        slug: products.slug,
        categoryId: products.categoryId,
        brand: products.brand,
        nameDe: products.nameDe,
        nameEn: products.nameEn,
        categoryDe: categories.nameDe,
        categoryEn: categories.nameEn,
        sensitive: categories.sensitive,
        consumable: products.consumable,
        complements: products.complements,
        active: sql<boolean>`${products.status} = 'active'`,
      })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId)),
    db
      .selectDistinct({ productId: productVariants.productId })
      .from(productVariants)
      .where(eq(productVariants.active, true)),
    queryRows<{ a: string; b: string; n: number }>(
      db,
      sql`
      with recent as (
        select distinct oi.order_id, oi.product_id
        from ${orderItems} oi
        join ${orders} o on o.id = oi.order_id
        where o.placed_at >= ${daysBefore(now, CO_PURCHASE_WINDOW_DAYS).toISOString()}
          and o.status <> 'cancelled' and oi.product_id is not null
      ), counted as (
        select x.product_id as a, y.product_id as b, count(*)::int as n
        from recent x join recent y on x.order_id = y.order_id and x.product_id <> y.product_id
        group by 1, 2
      ), ranked as (
        select a, b, n, row_number() over (partition by a order by n desc, b) as r from counted
      )
      select a, b, n from ranked where r <= ${CO_PURCHASE_PARTNERS}`,
    ),
    db
      .select({ productId: orderItems.productId })
      .from(orderItems)
      .innerJoin(orders, eq(orders.id, orderItems.orderId))
      .where(and(gte(orders.placedAt, daysBefore(now, 90)), ne(orders.status, "cancelled")))
      .groupBy(orderItems.productId)
      .orderBy(desc(sql`sum(${orderItems.quantity})`), orderItems.productId)
      .limit(GENERIC_SIZE * 2),
    db
      .select({ productId: products.id })
      .from(products)
      .where(eq(products.status, "active"))
      .orderBy(desc(products.launchedAt), products.id)
      .limit(GENERIC_SIZE),
  ]);
  const sellableIds = new Set(sellable.map((s) => s.productId));
  const idBySlug = new Map(rows.map((r) => [r.slug, r.productId]));
  const catalog = new Map<string, CatalogItem>();
  for (const r of rows) {
    catalog.set(r.productId, {
      productId: r.productId,
      categoryId: r.categoryId,
      brand: r.brand,
      name: { de: r.nameDe, en: r.nameEn },
      categoryName: { de: r.categoryDe, en: r.categoryEn },
      sensitive: r.sensitive,
      consumable: r.consumable,
      complements: r.complements.flatMap((slug) => idBySlug.get(slug) ?? []),
      available: r.active && sellableIds.has(r.productId),
    });
  }
  const coPurchases = new Map<string, { productId: string; orders: number }[]>();
  for (const p of pairs) {
    const list = coPurchases.get(p.a) ?? [];
    list.push({ productId: p.b, orders: Number(p.n) });
    coPurchases.set(p.a, list);
  }
  // Bestsellers first, then new arrivals; sensitive and unavailable products never (P1, P6).
  const generic: string[] = [];
  for (const { productId } of [...bestsellers, ...newest]) {
    const item = productId ? catalog.get(productId) : undefined;
    if (!item || item.sensitive || !item.available || generic.includes(item.productId)) continue;
    generic.push(item.productId);
    if (generic.length >= GENERIC_SIZE) break;
  }
  return { catalog, coPurchases, generic };
}

export type SignalSubject = {
  /** The account, when signed in. */
  userId: string | null;
  /** The consent subject (browser) id, for a guest's consented views of this visit. */
  subjectId: string | null;
  level: Exclude<PersonalizationLevel, "off">;
  now: Date;
};

/**
 * The consented signals of one customer. The caller has checked consent, level and processing
 * limits; this reads only what the level allows (the visit level reads no purchases).
 */
export async function loadSignals(db: Database, subject: SignalSubject): Promise<PersonalSignals> {
  const { userId, subjectId, level, now } = subject;
  const viewOwner = userId
    ? eq(behaviourEvents.userId, userId)
    : subjectId
      ? and(eq(behaviourEvents.subjectId, subjectId), isNull(behaviourEvents.userId))
      : undefined;
  const [purchases, views, interests] = await Promise.all([
    userId && level === "full"
      ? db
          .select({
            productId: orderItems.productId,
            at: orders.placedAt,
            quantity: orderItems.quantity,
          })
          .from(orderItems)
          .innerJoin(orders, eq(orders.id, orderItems.orderId))
          .where(
            and(
              eq(orders.userId, userId),
              ne(orders.status, "cancelled"),
              gte(orders.placedAt, daysBefore(now, PURCHASE_WINDOW_DAYS)),
            ),
          )
          .orderBy(desc(orders.placedAt))
          .limit(MAX_PURCHASE_ROWS)
      : Promise.resolve([]),
    viewOwner
      ? db
          .select({ productId: behaviourEvents.productId, at: behaviourEvents.occurredAt })
          .from(behaviourEvents)
          .where(
            and(
              viewOwner,
              eq(behaviourEvents.type, "product_view"),
              eq(behaviourEvents.purpose, "personalization"),
              gte(
                behaviourEvents.occurredAt,
                level === "full" ? daysBefore(now, VIEW_WINDOW_DAYS) : daysBefore(now, 1),
              ),
            ),
          )
          .orderBy(desc(behaviourEvents.occurredAt))
          .limit(MAX_VIEWS)
      : Promise.resolve([]),
    userId
      ? db
          .select({
            categoryId: statedInterests.categoryId,
            brand: statedInterests.brand,
            sentiment: statedInterests.sentiment,
          })
          .from(statedInterests)
          .where(eq(statedInterests.userId, userId))
      : Promise.resolve([]),
  ]);
  return {
    level,
    purchases: purchases.flatMap((p) =>
      p.productId ? [{ productId: p.productId, at: p.at, quantity: p.quantity }] : [],
    ),
    views: views.flatMap((v) => (v.productId ? [{ productId: v.productId, at: v.at }] : [])),
    interestCategoryIds: interests.flatMap((i) =>
      i.sentiment === "interested" && i.categoryId ? [i.categoryId] : [],
    ),
    notInterested: {
      categoryIds: interests.flatMap((i) =>
        i.sentiment === "not_interested" && i.categoryId ? [i.categoryId] : [],
      ),
      brands: interests.flatMap((i) =>
        i.sentiment === "not_interested" && i.brand ? [i.brand] : [],
      ),
    },
  };
}

/**
 * The account's personalization level: its own choice, or, with consent given and no choice made
 * yet, the full history (the consent text names purchases and interests). Null: off.
 */
export async function accountLevel(
  db: Database,
  userId: string,
): Promise<Exclude<PersonalizationLevel, "off"> | null> {
  const [settings] = await db
    .select({ level: personalizationSettings.level })
    .from(personalizationSettings)
    .where(eq(personalizationSettings.userId, userId))
    .limit(1);
  const level = settings?.level ?? "full";
  return level === "off" ? null : level;
}

/** Whether a restriction or objection for personalization or marketing is in force (P6, R5). */
export async function hasProcessingLimit(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: processingLimits.id })
    .from(processingLimits)
    .where(
      and(
        eq(processingLimits.userId, userId),
        isNull(processingLimits.liftedAt),
        inArray(processingLimits.purpose, ["personalization", "marketing"]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * For work outside a request (mails, jobs): the account's signals when its latest consent decision
 * allows personalization, its level is not off and no restriction or objection applies; else null.
 */
export async function loadSignalsForUser(
  db: Database,
  userId: string,
  now: Date,
): Promise<PersonalSignals | null> {
  const [decision, level, limited] = await Promise.all([
    latestDecisionForUser(db, userId),
    accountLevel(db, userId),
    hasProcessingLimit(db, userId),
  ]);
  if (!decision?.purposes.personalization || !level || limited) return null;
  return loadSignals(db, { userId, subjectId: null, level, now });
}
