/**
 * The rows each retention rule makes due at a moment, written out by hand in SQL, table by table,
 * from the data map's texts and the law (not by calling the sweep), for the sweep's database test.
 * Parents count as due only when every row still pointing at them is due as well.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";

/** Berlin calendar year of a timestamptz column. */
const year = (column: string) => `extract(year from ${column} at time zone 'Europe/Berlin')::int`;
const LETTERS = `('order-confirmation', 'withdrawal-acknowledgment', 'return-confirmation', 'refund-confirmation')`;
/** What the invoices' immutability trigger (migration 0002) lets go, by the database clock. */
const triggerAllows = (column: string) =>
  `date_trunc('year', ${column}) + interval '9 years' <= now()`;

const DUE: [table: string, select: string][] = [
  ["sessions", `select id from sessions, p where expires_at < p.now`],
  ["verification_tokens", `select id from verification_tokens, p where expires_at < p.now`],
  ["rate_limits", `select key as id from rate_limits, p where expires_at < p.now`],
  [
    "carts",
    `select id from carts, p where user_id is null and updated_at < p.now - interval '30 days'`,
  ],
  ["cart_items", `select id from cart_items where cart_id in (select id from carts_due)`],
  [
    "behaviour_events",
    `select id from behaviour_events, p where occurred_at < p.now - interval '180 days'`,
  ],
  [
    "personalization_log",
    `select id from personalization_log, p where occurred_at < p.now - interval '180 days'`,
  ],
  ["reservations", `select id from reservations, p where closed_at < p.now - interval '90 days'`],
  [
    "price_alerts",
    `select id from price_alerts, p
     where (status <> 'cancelled' and triggered_at < p.now - interval '90 days')
        or (status = 'cancelled' and created_at < p.now - interval '90 days')`,
  ],
  [
    "offer_assignments",
    `select a.id from offer_assignments a join offers o on o.id = a.offer_id, p
     where o.ends_at < p.now - interval '90 days'`,
  ],
  [
    "newsletter_subscriptions",
    `select id from newsletter_subscriptions, p
     where (status = 'pending' and requested_at < p.now - interval '30 days')
        or (status <> 'pending' and unsubscribed_at < p.now - interval '3 years')`,
  ],
  [
    "privacy_requests",
    `select id from privacy_requests, p where completed_at < p.now - interval '3 years'`,
  ],
  [
    "processing_limits",
    `select id from processing_limits, p where lifted_at < p.now - interval '3 years'`,
  ],
  [
    "mail_outbox",
    `select id from mail_outbox, p
     where (template in ${LETTERS} and ${year("created_at")} <= p.y - 7)
        or (template not in ${LETTERS} and created_at < p.now - interval '90 days')`,
  ],
  ["audit_log", `select id from audit_log, p where occurred_at < p.now - interval '3 years'`],
  ["retention_runs", `select id from retention_runs, p where ran_at < p.now - interval '3 years'`],
  [
    "consent_events",
    // A decision stops applying when a newer one of the same consent id or account replaces it, or
    // (without an account) when its one-year cookie expires; proof is kept 3 years after that.
    `select c.id from consent_events c, p
     where (
       select min(stop) from (
         select n.recorded_at as stop from consent_events n
         where (n.subject_id = c.subject_id or n.user_id = c.user_id)
           and (n.recorded_at, n.id) > (c.recorded_at, c.id)
         union all
         select c.recorded_at + interval '365 days' where c.user_id is null
       ) stops
     ) < p.now - interval '3 years'
     and not exists (select 1 from behaviour_events b where b.consent_event_id = c.id
                     and b.id not in (select id from behaviour_events_due))`,
  ],
  ["returns", `select id from returns, p where ${year("created_at")} <= p.y - 7`],
  ["return_items", `select id from return_items where return_id in (select id from returns_due)`],
  [
    "withdrawals",
    `select w.id from withdrawals w, p where ${year("w.declared_at")} <= p.y - 7
     and not exists (select 1 from returns r where r.withdrawal_id = w.id
                     and r.id not in (select id from returns_due))`,
  ],
  [
    "credit_notes",
    `select c.id from credit_notes c, p where ${year("c.issued_at")} <= p.y - 9
     and ${triggerAllows("c.issued_at")}
     and not exists (select 1 from withdrawals w where w.credit_note_id = c.id
                     and w.id not in (select id from withdrawals_due))
     and not exists (select 1 from returns r where r.credit_note_id = c.id
                     and r.id not in (select id from returns_due))`,
  ],
  [
    "invoices",
    `select i.id from invoices i, p where ${year("i.issued_at")} <= p.y - 9
     and ${triggerAllows("i.issued_at")}
     and not exists (select 1 from credit_notes c where c.invoice_id = i.id
                     and c.id not in (select id from credit_notes_due))`,
  ],
  [
    "orders",
    `select o.id from orders o, p where ${year("o.placed_at")} <= p.y - 9
     and not exists (select 1 from invoices i where i.order_id = o.id
                     and i.id not in (select id from invoices_due))
     and not exists (select 1 from withdrawals w where w.order_id = o.id
                     and w.id not in (select id from withdrawals_due))
     and not exists (select 1 from returns r where r.order_id = o.id
                     and r.id not in (select id from returns_due))
     and not exists (select 1 from return_items ri join order_items oi on oi.id = ri.order_item_id
                     where oi.order_id = o.id and ri.id not in (select id from return_items_due))`,
  ],
  ["order_items", `select id from order_items where order_id in (select id from orders_due)`],
  ["payments", `select id from payments where order_id in (select id from orders_due)`],
];

/** The tables with a rule that deletes (or whose rows go with such a table). */
export const EXPECTED_TABLES = DUE.map(([table]) => table).sort();

/** Per table, the keys (primary key as text) of the rows due at `now`. */
export async function expectedDue(db: Database, now: Date): Promise<Map<string, Set<string>>> {
  const ctes = DUE.map(([table, select]) => `${table}_due as (${select})`).join(",\n");
  const union = DUE.map(
    ([table]) => `select '${table}' as table_name, id::text as key from ${table}_due`,
  ).join("\nunion all\n");
  const rows = await queryRows<{ table_name: string; key: string }>(
    db,
    sql`with p as (
          select ${now.toISOString()}::timestamptz as now,
                 extract(year from ${now.toISOString()}::timestamptz at time zone 'Europe/Berlin')::int as y
        ),
        ${sql.raw(ctes)}
        ${sql.raw(union)}`,
  );
  const due = new Map<string, Set<string>>(DUE.map(([table]) => [table, new Set<string>()]));
  for (const row of rows) due.get(row.table_name)!.add(row.key);
  return due;
}
