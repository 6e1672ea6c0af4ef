import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import type { Purpose } from "@/db/schema";
import { getWeeklyConsentCounts } from "@/db/queries/consent-admin";
import { addDays, mondayOf, percent, REPORT_PURPOSES } from "@/lib/consent/reporting";
import type { InsightsPeriod } from "./period";

/**
 * The marketers' insights (P6, S9): aggregates only. No query here returns a name, an e-mail, an
 * address or the orders of one person; the smallest unit is a product, a category or a day.
 *
 * Orders counted: not cancelled, and not restricted (an erased customer's orders are kept only for
 * tax and accounting, GDPR Art. 18 / R4, so marketing does not read them). Revenue is gross: the
 * order totals including VAT and shipping, after discounts.
 */

const COUNTED = sql`o.status <> 'cancelled' and o.restricted_at is null`;

/** `placed_at` within the period's calendar days in Europe/Berlin. */
const inPeriod = (column: SQL, period: { from: string; to: string }) => sql`
  ${column} >= (${period.from}::date::timestamp at time zone 'Europe/Berlin')
  and ${column} < ((${period.to}::date + 1)::timestamp at time zone 'Europe/Berlin')`;

export type SalesSummary = {
  revenueCents: number;
  orders: number;
  /** Rounded to whole cents; 0 without orders. */
  averageBasketCents: number;
  /** Orders in the period by accounts that had ordered before (not cancelled). */
  returningOrders: number;
  /** Percent with one decimal; null without orders. */
  returningRate: number | null;
};

export async function getSalesSummary(db: Database, period: InsightsPeriod): Promise<SalesSummary> {
  const [row] = await queryRows<{ revenue: string; orders: number; returning: number }>(
    db,
    sql`
      select
        coalesce(sum(o.total_cents), 0)::bigint as revenue,
        count(*)::int as orders,
        count(*) filter (where o.user_id is not null and exists (
          select 1 from orders earlier
          where earlier.user_id = o.user_id
            and earlier.placed_at < o.placed_at
            and earlier.status <> 'cancelled'
        ))::int as returning
      from orders o
      where ${COUNTED} and ${inPeriod(sql`o.placed_at`, period)}
    `,
  );
  const revenueCents = Number(row?.revenue ?? 0);
  const orders = Number(row?.orders ?? 0);
  const returningOrders = Number(row?.returning ?? 0);
  return {
    revenueCents,
    orders,
    averageBasketCents: orders > 0 ? Math.round(revenueCents / orders) : 0,
    returningOrders,
    returningRate: percent(returningOrders, orders),
  };
}

export type RevenuePoint = { start: string; revenueCents: number; orders: number };

/** Revenue per day (or per week, by the period's bucket), every bucket present, oldest first. */
export async function listRevenueSeries(
  db: Database,
  period: InsightsPeriod,
): Promise<RevenuePoint[]> {
  const unit = period.bucket === "week" ? sql.raw(`'week'`) : sql.raw(`'day'`);
  const rows = await queryRows<{ start: string; revenue: string; orders: number }>(
    db,
    sql`
      select
        to_char(date_trunc(${unit}, o.placed_at at time zone 'Europe/Berlin'), 'YYYY-MM-DD') as start,
        sum(o.total_cents)::bigint as revenue,
        count(*)::int as orders
      from orders o
      where ${COUNTED} and ${inPeriod(sql`o.placed_at`, period)}
      group by 1
      order by 1
    `,
  );
  const byStart = new Map(rows.map((row) => [row.start, row]));
  const points: RevenuePoint[] = [];
  const step = period.bucket === "week" ? 7 : 1;
  const first = period.bucket === "week" ? mondayOf(period.from) : period.from;
  for (let start = first; start <= period.to; start = addDays(start, step)) {
    const row = byStart.get(start);
    points.push({
      start,
      revenueCents: Number(row?.revenue ?? 0),
      orders: Number(row?.orders ?? 0),
    });
  }
  return points;
}

export type RankedItem = {
  /** Null for order lines whose product was deleted from the catalogue since. */
  id: string | null;
  nameDe: string;
  nameEn: string;
  /** A sensitive category (GDPR Art. 9): shown as a total, never tied to anyone. */
  sensitive: boolean;
  units: number;
  revenueCents: number;
};

type RankedRow = {
  id: string | null;
  name_de: string;
  name_en: string;
  sensitive: boolean;
  units: number;
  revenue: string;
};

const toRanked = (row: RankedRow): RankedItem => ({
  id: row.id,
  nameDe: row.name_de,
  nameEn: row.name_en,
  sensitive: row.sensitive === true,
  units: Number(row.units),
  revenueCents: Number(row.revenue),
});

/** The top products by revenue of their order lines (line totals, gross, after discounts). */
export async function listTopProducts(
  db: Database,
  period: InsightsPeriod,
  limit = 10,
): Promise<RankedItem[]> {
  const rows = await queryRows<RankedRow>(
    db,
    sql`
      select
        p.id::text as id,
        coalesce(p.name_de, min(i.name)) as name_de,
        coalesce(p.name_en, min(i.name)) as name_en,
        coalesce(bool_or(c.sensitive), false) as sensitive,
        sum(i.quantity)::int as units,
        sum(i.total_cents)::bigint as revenue
      from order_items i
      join orders o on o.id = i.order_id
      left join products p on p.id = i.product_id
      left join categories c on c.id = p.category_id
      where ${COUNTED} and ${inPeriod(sql`o.placed_at`, period)}
      group by p.id, p.name_de, p.name_en
      order by revenue desc, units desc, name_de
      limit ${limit}
    `,
  );
  return rows.map(toRanked);
}

/** The top categories (the product's own category) by revenue. */
export async function listTopCategories(
  db: Database,
  period: InsightsPeriod,
  limit = 10,
): Promise<RankedItem[]> {
  const rows = await queryRows<RankedRow>(
    db,
    sql`
      select
        c.id::text as id,
        c.name_de,
        c.name_en,
        c.sensitive,
        sum(i.quantity)::int as units,
        sum(i.total_cents)::bigint as revenue
      from order_items i
      join orders o on o.id = i.order_id
      join products p on p.id = i.product_id
      join categories c on c.id = p.category_id
      where ${COUNTED} and ${inPeriod(sql`o.placed_at`, period)}
      group by c.id, c.name_de, c.name_en, c.sensitive
      order by revenue desc, units desc, c.name_de
      limit ${limit}
    `,
  );
  return rows.map(toRanked);
}

export const HISTORY_WEEKS = 52;

/** The complete weeks before the current one: `weeks` Mondays, oldest first. */
export function completeWeeks(today: string, weeks = HISTORY_WEEKS): string[] {
  const current = mondayOf(today);
  return Array.from({ length: weeks }, (_, i) => addDays(current, -7 * (weeks - i)));
}

export type CategoryUnits = {
  id: string;
  nameDe: string;
  nameEn: string;
  sensitive: boolean;
  /** Units per week, aligned with `weeks`; 0 for a week without sales. */
  units: number[];
};

/**
 * Units sold per category per complete week over the last 52 weeks, the history the forecast
 * fits on. The running week is left out: half a week would look like a slump.
 */
export async function listWeeklyCategoryUnits(
  db: Database,
  today: string,
  weeks = HISTORY_WEEKS,
): Promise<{ weeks: string[]; categories: CategoryUnits[] }> {
  const mondays = completeWeeks(today, weeks);
  const range = { from: mondays[0]!, to: addDays(mondayOf(today), -1) };
  const rows = await queryRows<{
    id: string;
    name_de: string;
    name_en: string;
    sensitive: boolean;
    week: string;
    units: number;
  }>(
    db,
    sql`
      select
        c.id::text as id, c.name_de, c.name_en, c.sensitive,
        to_char(date_trunc('week', o.placed_at at time zone 'Europe/Berlin'), 'YYYY-MM-DD') as week,
        sum(i.quantity)::int as units
      from order_items i
      join orders o on o.id = i.order_id
      join products p on p.id = i.product_id
      join categories c on c.id = p.category_id
      where ${COUNTED} and ${inPeriod(sql`o.placed_at`, range)}
      group by c.id, c.name_de, c.name_en, c.sensitive, week
    `,
  );
  const index = new Map(mondays.map((monday, i) => [monday, i]));
  const categories = new Map<string, CategoryUnits>();
  for (const row of rows) {
    let category = categories.get(row.id);
    if (!category) {
      category = {
        id: row.id,
        nameDe: row.name_de,
        nameEn: row.name_en,
        sensitive: row.sensitive === true,
        units: mondays.map(() => 0),
      };
      categories.set(row.id, category);
    }
    const i = index.get(row.week);
    if (i !== undefined) category.units[i] = Number(row.units);
  }
  const total = (c: CategoryUnits) => c.units.reduce((sum, units) => sum + units, 0);
  return {
    weeks: mondays,
    categories: [...categories.values()].sort(
      (a, b) => total(b) - total(a) || a.nameDe.localeCompare(b.nameDe),
    ),
  };
}

export type ProductWindows = {
  id: string;
  nameDe: string;
  nameEn: string;
  recent: number;
  previous: number;
};

/** Units per product in the last 4 complete weeks and the 4 before (for lib/insights/trends.ts). */
export async function listProductTrendWindows(
  db: Database,
  today: string,
): Promise<ProductWindows[]> {
  const current = mondayOf(today);
  const split = addDays(current, -28);
  const range = { from: addDays(current, -56), to: addDays(current, -1) };
  const rows = await queryRows<{
    id: string;
    name_de: string;
    name_en: string;
    recent: number;
    previous: number;
  }>(
    db,
    sql`
      select
        p.id::text as id, p.name_de, p.name_en,
        coalesce(sum(i.quantity) filter (
          where o.placed_at >= (${split}::date::timestamp at time zone 'Europe/Berlin')
        ), 0)::int as recent,
        coalesce(sum(i.quantity) filter (
          where o.placed_at < (${split}::date::timestamp at time zone 'Europe/Berlin')
        ), 0)::int as previous
      from order_items i
      join orders o on o.id = i.order_id
      join products p on p.id = i.product_id
      where ${COUNTED} and ${inPeriod(sql`o.placed_at`, range)}
      group by p.id, p.name_de, p.name_en
    `,
  );
  return rows.map((row) => ({
    id: row.id,
    nameDe: row.name_de,
    nameEn: row.name_en,
    recent: Number(row.recent),
    previous: Number(row.previous),
  }));
}

export type Conversion = {
  /** Distinct subjects with any analytics event in the period. */
  visitors: number;
  /** Of those, the ones with a purchase event. */
  buyers: number;
  /** Percent with one decimal; null without visitors. */
  rate: number | null;
};

/**
 * Conversion from behaviour events recorded under analytics consent only: the events of people
 * who did not consent do not exist, and events recorded for personalization are not reused for
 * statistics (purpose limitation, Art. 5(1)(b)). So this is the rate among consenting visitors.
 */
export async function getConsentedConversion(
  db: Database,
  period: InsightsPeriod,
): Promise<Conversion> {
  const [row] = await queryRows<{ visitors: number; buyers: number }>(
    db,
    sql`
      select
        count(distinct e.subject_id)::int as visitors,
        count(distinct e.subject_id) filter (where e.type = 'purchase')::int as buyers
      from behaviour_events e
      where e.purpose = 'analytics' and ${inPeriod(sql`e.occurred_at`, period)}
    `,
  );
  const visitors = Number(row?.visitors ?? 0);
  const buyers = Number(row?.buyers ?? 0);
  return { visitors, buyers, rate: percent(buyers, visitors) };
}

export type ConsentRateSummary = {
  decisions: number;
  /** Percent of the decisions (the latest per subject and week) that allowed each purpose. */
  rates: Record<Purpose, number | null>;
};

/** Consent rates over the period, from the consent page's weekly counts (lib/consent/reporting). */
export async function getConsentRateSummary(
  db: Database,
  period: InsightsPeriod,
): Promise<ConsentRateSummary> {
  const weeks = await getWeeklyConsentCounts({ from: period.from, to: period.to }, db);
  const decisions = weeks.reduce((sum, week) => sum + week.decisions, 0);
  const rates = Object.fromEntries(
    REPORT_PURPOSES.map((purpose) => [
      purpose,
      percent(
        weeks.reduce((sum, week) => sum + week.allowed[purpose], 0),
        decisions,
      ),
    ]),
  ) as Record<Purpose, number | null>;
  return { decisions, rates };
}
