import { and, desc, eq, isNotNull, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import {
  behaviourEvents,
  categories,
  consentEvents,
  orderItems,
  orders,
  personalizationSettings,
  processingLimits,
  products,
  statedInterests,
  users,
} from "@/db/schema";
import { daysBefore, DAY_MS } from "@/lib/time/days";
import type { AffinityPurchase } from "./affinity";
import { PURCHASE_WINDOW_DAYS, VIEW_WINDOW_DAYS } from "./attributes";
import {
  canTarget,
  evaluateFacts,
  excludedBecause,
  segmentSizeLabel,
  validateRules,
  type CategoryRef,
  type CustomerFacts,
  type ExclusionReason,
  type SegmentRuleError,
  type SegmentSizeLabel,
} from "./rules";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One array parameter instead of one parameter per id: stays valid for any number of customers. */
function uuidArray(ids: readonly string[]): SQL {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`Not a uuid: ${id}`);
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** The allowed-to-know part of the facts: who may be in segments at all (P6). */
async function loadGates(db: Database, userIds: readonly string[] | undefined) {
  const only = (column: SQLWrapper) =>
    userIds ? sql`${column} = any(${uuidArray(userIds)})` : undefined;
  const [people, decisions, limits] = await Promise.all([
    db
      .select({
        userId: users.id,
        role: users.role,
        confirmedAdult: sql<boolean>`${users.confirmedAdultAt} is not null`,
        level: personalizationSettings.level,
      })
      .from(users)
      .leftJoin(personalizationSettings, eq(personalizationSettings.userId, users.id))
      .where(only(users.id))
      .orderBy(users.id),
    // The latest decision per account (any notice version), as the consent gate reads it.
    db
      .selectDistinctOn([consentEvents.userId], {
        userId: consentEvents.userId,
        personalization: sql<boolean>`coalesce((${consentEvents.purposes}->>'personalization')::boolean, false)`,
      })
      .from(consentEvents)
      .where(and(isNotNull(consentEvents.userId), only(consentEvents.userId)))
      .orderBy(consentEvents.userId, desc(consentEvents.recordedAt), desc(consentEvents.id)),
    db
      .select({
        userId: processingLimits.userId,
        kind: processingLimits.kind,
        purpose: processingLimits.purpose,
      })
      .from(processingLimits)
      .where(and(isNull(processingLimits.liftedAt), only(processingLimits.userId))),
  ]);
  const consent = new Map(decisions.map((d) => [d.userId, d.personalization === true]));
  const limitsByUser = new Map<string, CustomerFacts["activeLimits"][number][]>();
  for (const l of limits)
    limitsByUser.set(l.userId, [
      ...(limitsByUser.get(l.userId) ?? []),
      { kind: l.kind, purpose: l.purpose },
    ]);
  return people.map((p): CustomerFacts => ({
    userId: p.userId,
    role: p.role,
    confirmedAdult: p.confirmedAdult,
    personalizationConsent: consent.get(p.userId) ?? false,
    personalizationLevel: p.level ?? "full",
    activeLimits: limitsByUser.get(p.userId) ?? [],
    lastPurchaseDays: null,
    orders12m: 0,
    spent12mCents: 0,
    boughtCategories: [],
    statedInterests: [],
    viewedCategories90d: [],
  }));
}

/** Purchases that count: not cancelled, not restricted (R5), not in a sensitive category (P6). */
function countedPurchases(ids: SQL, now: Date): SQL {
  return sql`o.user_id = any(${ids}) and o.status <> 'cancelled' and o.restricted_at is null
    and not c.sensitive
    and o.placed_at >= ${daysBefore(now, PURCHASE_WINDOW_DAYS).toISOString()}
    and o.placed_at <= ${now.toISOString()}`;
}

async function loadBehaviour(db: Database, ids: SQL, now: Date) {
  return Promise.all([
    queryRows<{
      user_id: string;
      last_at: string | Date;
      orders: number;
      spent: string | number;
      slugs: string[];
    }>(
      db,
      sql`select o.user_id, max(o.placed_at) as last_at,
          count(distinct o.id) filter (where o.placed_at >= ${daysBefore(now, 365).toISOString()})::int as orders,
          coalesce(sum(oi.total_cents) filter (where o.placed_at >= ${daysBefore(now, 365).toISOString()}), 0)::bigint as spent,
          array_agg(distinct c.slug) as slugs
        from ${orders} o
        join ${orderItems} oi on oi.order_id = o.id
        join ${products} p on p.id = oi.product_id
        join ${categories} c on c.id = p.category_id
        where ${countedPurchases(ids, now)}
        group by o.user_id`,
    ),
    queryRows<{ user_id: string; slug: string; sentiment: "interested" | "not_interested" }>(
      db,
      sql`select distinct si.user_id, c.slug, si.sentiment
        from ${statedInterests} si join ${categories} c on c.id = si.category_id
        where si.user_id = any(${ids}) and not c.sensitive`,
    ),
    queryRows<{ user_id: string; slug: string }>(
      db,
      sql`select distinct e.user_id, c.slug
        from ${behaviourEvents} e
        left join ${products} p on p.id = e.product_id
        join ${categories} c on c.id = coalesce(e.category_id, p.category_id)
        where e.user_id = any(${ids}) and e.purpose = 'personalization'
          and e.type in ('product_view', 'category_view') and not c.sensitive
          and e.occurred_at >= ${daysBefore(now, VIEW_WINDOW_DAYS).toISOString()}
          and e.occurred_at <= ${now.toISOString()}`,
    ),
  ]);
}

/**
 * The facts of every account (or of `userIds`) in a handful of aggregate queries. Purchases,
 * interests and views are read only for those who pass the exclusions; sensitive categories and
 * categories marked "not interested" never become facts.
 */
export async function loadCustomerFacts(
  db: Database,
  options: { now: Date; userIds?: readonly string[] },
): Promise<CustomerFacts[]> {
  const { now, userIds } = options;
  if (userIds && userIds.length === 0) return [];
  const facts = await loadGates(db, userIds);
  const eligible = facts.filter((f) => excludedBecause(f) === null);
  if (eligible.length === 0) return facts;
  const ids = uuidArray(eligible.map((f) => f.userId));
  const [purchases, interests, views] = await loadBehaviour(db, ids, now);

  const notInterested = new Map<string, Set<string>>();
  const interested = new Map<string, string[]>();
  for (const i of interests) {
    if (i.sentiment === "not_interested")
      notInterested.set(i.user_id, (notInterested.get(i.user_id) ?? new Set()).add(i.slug));
    else interested.set(i.user_id, [...(interested.get(i.user_id) ?? []), i.slug]);
  }
  const viewed = new Map<string, string[]>();
  for (const v of views) viewed.set(v.user_id, [...(viewed.get(v.user_id) ?? []), v.slug]);
  const bought = new Map(purchases.map((p) => [p.user_id, p]));

  for (const f of eligible) {
    const marked = notInterested.get(f.userId) ?? new Set<string>();
    const keep = (slugs: readonly string[] | undefined) =>
      [...new Set(slugs ?? [])].filter((s) => !marked.has(s)).sort();
    const p = bought.get(f.userId);
    if (p) {
      const last = new Date(p.last_at).getTime();
      f.lastPurchaseDays = Math.floor((now.getTime() - last) / DAY_MS);
      f.orders12m = Number(p.orders);
      f.spent12mCents = Number(p.spent);
    }
    f.boughtCategories = keep(p?.slugs);
    f.statedInterests = keep(interested.get(f.userId));
    f.viewedCategories90d = keep(viewed.get(f.userId));
  }
  return facts;
}

/**
 * Decayed-weight inputs for customer_profiles: quantities per purchase, category and brand of the
 * given (eligible) customers, with the same filters as the facts.
 */
export async function loadAffinityPurchases(
  db: Database,
  userIds: readonly string[],
  now: Date,
): Promise<{
  purchases: Map<string, AffinityPurchase[]>;
  notInterested: Map<string, { categoryIds: Set<string>; brands: Set<string> }>;
}> {
  const purchases = new Map<string, AffinityPurchase[]>();
  const notInterested = new Map<string, { categoryIds: Set<string>; brands: Set<string> }>();
  if (userIds.length === 0) return { purchases, notInterested };
  const ids = uuidArray(userIds);
  const [rows, marks] = await Promise.all([
    queryRows<{
      user_id: string;
      category_id: string;
      brand: string;
      at: string | Date;
      quantity: number;
    }>(
      db,
      sql`select o.user_id, p.category_id, p.brand, o.placed_at as at, sum(oi.quantity)::int as quantity
        from ${orders} o
        join ${orderItems} oi on oi.order_id = o.id
        join ${products} p on p.id = oi.product_id
        join ${categories} c on c.id = p.category_id
        where ${countedPurchases(ids, now)}
        group by o.user_id, p.category_id, p.brand, o.placed_at`,
    ),
    queryRows<{ user_id: string; category_id: string | null; brand: string | null }>(
      db,
      sql`select user_id, category_id, brand from ${statedInterests}
        where user_id = any(${ids}) and sentiment = 'not_interested'`,
    ),
  ]);
  for (const r of rows) {
    const list = purchases.get(r.user_id) ?? [];
    list.push({
      categoryId: r.category_id,
      brand: r.brand,
      at: new Date(r.at),
      quantity: Number(r.quantity),
    });
    purchases.set(r.user_id, list);
  }
  for (const m of marks) {
    const entry = notInterested.get(m.user_id) ?? { categoryIds: new Set(), brands: new Set() };
    if (m.category_id) entry.categoryIds.add(m.category_id);
    if (m.brand) entry.brands.add(m.brand);
    notInterested.set(m.user_id, entry);
  }
  return { purchases, notInterested };
}

/** The categories rules may name, for validateRules and the rule builder. */
export async function loadRuleCategories(
  db: Database,
): Promise<(CategoryRef & { id: string; nameDe: string; nameEn: string })[]> {
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      sensitive: categories.sensitive,
      nameDe: categories.nameDe,
      nameEn: categories.nameEn,
    })
    .from(categories)
    .orderBy(categories.position, categories.slug);
}

export class SegmentRulesError extends Error {
  constructor(readonly errors: SegmentRuleError[]) {
    super(`Invalid segment rules: ${errors.map((e) => e.key).join(", ")}`);
    this.name = "SegmentRulesError";
  }
}

export type SegmentEvaluationResult = {
  /** The members; empty below MIN_SEGMENT_SIZE, so that nothing can target them. */
  memberIds: string[];
  /** The exact count: never shown, only through `label` (P6). */
  size: number;
  label: SegmentSizeLabel;
  targetable: boolean;
  /** Accounts left out before any rule was applied, per reason. */
  excluded: Record<ExclusionReason, number>;
};

/** Evaluates a segment's rules now (preview, refresh). Throws SegmentRulesError on bad rules. */
export async function evaluateSegment(
  db: Database,
  segment: { rules: unknown },
  now: Date,
  preloaded?: { facts: readonly CustomerFacts[]; categories: readonly CategoryRef[] },
): Promise<SegmentEvaluationResult> {
  const ruleCategories = preloaded?.categories ?? (await loadRuleCategories(db));
  const checked = validateRules(segment.rules, ruleCategories);
  if (!checked.ok) throw new SegmentRulesError(checked.errors);
  const facts = preloaded?.facts ?? (await loadCustomerFacts(db, { now }));
  const { memberIds, excluded } = evaluateFacts(facts, checked.rules);
  const targetable = canTarget(memberIds.length);
  return {
    memberIds: targetable ? memberIds : [],
    size: memberIds.length,
    label: segmentSizeLabel(memberIds.length),
    targetable,
    excluded,
  };
}
