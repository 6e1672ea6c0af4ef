import { describe, expect, it } from "vitest";
import { PgDialect } from "drizzle-orm/pg-core";
import { DATA_MAP, getTableEntry } from "../data-map";
import type { TableEntry } from "../data-map-types";
import { COMMERCIAL_LETTER_TEMPLATES, RETENTION } from "../retention";
import { describeRules } from "./describe";
import { referencesTo, sweepOrder, withParentChildren, withParentFamily } from "./graph";
import {
  berlinYear,
  cutoffFor,
  recordedCutoff,
  startOfBerlinYear,
  subtractPeriod,
  sweptTables,
  tableSweepRule,
  unresolvedRules,
  type SweepPart,
} from "./rules";
import { databaseAllows, keptByReferences, partDue, removable } from "./sql";

const DAY = 86_400_000;
const now = new Date("2031-05-14T01:15:00Z");
const rule = (table: keyof typeof DATA_MAP, at = now) =>
  tableSweepRule(table, getTableEntry(table), at);
const dialect = new PgDialect();
const render = (query: Parameters<PgDialect["sqlToQuery"]>[0]) => dialect.sqlToQuery(query);

describe("calendar years in Europe/Berlin", () => {
  it("puts New Year at 1 January 00:00 Berlin time (23:00 UTC on 31 December)", () => {
    expect(startOfBerlinYear(2025).toISOString()).toBe("2024-12-31T23:00:00.000Z");
    expect(berlinYear(new Date("2024-12-31T22:59:59.999Z"))).toBe(2024);
    expect(berlinYear(new Date("2024-12-31T23:00:00.000Z"))).toBe(2025);
    expect(berlinYear(new Date("2025-01-01T00:30:00.000Z"))).toBe(2025);
    // Summer time (UTC+2) never moves a date across a year.
    expect(berlinYear(new Date("2025-06-30T22:30:00.000Z"))).toBe(2025);
    expect(berlinYear(startOfBerlinYear(2030))).toBe(2030);
  });

  it("makes a row of year Y due when Y ended the period before (8 years: due from 1 Jan Y+9)", () => {
    const period = { years: RETENTION.invoiceYears };
    const lastMinuteOf2025 = new Date("2025-12-31T22:59:00Z"); // 23:59 in Berlin
    const firstMinuteOf2026 = new Date("2025-12-31T23:00:00Z"); // 00:00 in Berlin
    const dueAt = (instant: Date, at: Date) =>
      instant < cutoffFor("end-of-calendar-year", period, at);

    const justBefore = new Date("2033-12-31T22:59:59Z"); // 31 Dec 2033, 23:59:59 in Berlin
    const newYear = new Date("2033-12-31T23:00:00Z"); // 1 Jan 2034, 00:00 in Berlin
    expect(dueAt(lastMinuteOf2025, justBefore)).toBe(false);
    expect(dueAt(lastMinuteOf2025, newYear)).toBe(true);
    expect(dueAt(firstMinuteOf2026, newYear)).toBe(false);
    expect(dueAt(firstMinuteOf2026, new Date("2034-12-31T23:00:00Z"))).toBe(true);
    expect(cutoffFor("end-of-calendar-year", period, newYear).toISOString()).toBe(
      "2025-12-31T23:00:00.000Z",
    );
  });
});

describe("periods back from now", () => {
  it("counts days exactly and months and years by the calendar, clamping to the month's end", () => {
    expect(subtractPeriod(now, { days: 180 }).getTime()).toBe(now.getTime() - 180 * DAY);
    expect(subtractPeriod(now, { days: 0 })).toEqual(now);
    expect(subtractPeriod(new Date("2028-02-29T12:00:00Z"), { years: 1 }).toISOString()).toBe(
      "2027-02-28T12:00:00.000Z",
    );
    expect(subtractPeriod(new Date("2025-03-31T08:00:00Z"), { months: 1 }).toISOString()).toBe(
      "2025-02-28T08:00:00.000Z",
    );
    expect(subtractPeriod(new Date("2025-01-15T08:00:00Z"), { months: 13 }).toISOString()).toBe(
      "2023-12-15T08:00:00.000Z",
    );
    expect(subtractPeriod(now, { years: 3 }).toISOString()).toBe("2028-05-14T01:15:00.000Z");
  });
});

describe("each trigger of the data map becomes a sweep rule", () => {
  const only = (table: keyof typeof DATA_MAP) => {
    const parts = rule(table).parts;
    expect(parts).toHaveLength(1);
    return parts[0]!;
  };

  it("recorded: the period counts from the column (behaviour events, 180 days)", () => {
    expect(only("behaviour_events").due).toEqual({
      kind: "column",
      column: "occurred_at",
      cutoff: new Date(now.getTime() - RETENTION.behaviourEventDays * DAY),
    });
  });

  it("expiry: due once the expiry time has passed", () => {
    expect(only("sessions").due).toEqual({ kind: "column", column: "expires_at", cutoff: now });
    expect(only("rate_limits").due).toEqual({ kind: "column", column: "expires_at", cutoff: now });
  });

  it("closed: only rows closed before the cutoff (open rows have no time and never are)", () => {
    expect(only("reservations").due).toEqual({
      kind: "column",
      column: "closed_at",
      cutoff: new Date(now.getTime() - RETENTION.closedServiceDays * DAY),
    });
    expect(only("privacy_requests").due).toMatchObject({
      column: "completed_at",
      cutoff: new Date("2028-05-14T01:15:00Z"),
    });
  });

  it("end-of-calendar-year: orders from the start of the year 8 years back", () => {
    expect(only("orders").due).toEqual({
      kind: "column",
      column: "placed_at",
      cutoff: startOfBerlinYear(2023),
    });
    expect(only("withdrawals").due).toMatchObject({ cutoff: startOfBerlinYear(2025) });
  });

  it("superseded: consent proof from when the decision stops applying; derived data is recomputed", () => {
    expect(only("consent_events").due).toEqual({
      kind: "derived",
      time: "consent-decision-ends",
      cutoff: new Date("2028-05-14T01:15:00Z"),
    });
    expect(only("segment_memberships").noSweep).toEqual({
      kind: "recomputed",
      job: "segment-refresh",
    });
    expect(only("customer_profiles").noSweep).toEqual({
      kind: "recomputed",
      job: "segment-refresh",
    });
  });

  it("closed without a column of its own: offers given to a customer end with the offer", () => {
    expect(only("offer_assignments").due).toEqual({
      kind: "derived",
      time: "offer-ended",
      cutoff: new Date(now.getTime() - RETENTION.closedServiceDays * DAY),
    });
  });

  it("with-parent, account-closed and not-personal rows are never swept on their own", () => {
    expect(only("order_items").noSweep).toEqual({ kind: "with-parent", parent: "orders" });
    expect(only("cart_items").noSweep).toEqual({ kind: "with-parent", parent: "carts" });
    expect(only("users").noSweep).toEqual({ kind: "account-closed" });
    expect(only("addresses").noSweep).toEqual({ kind: "account-closed" });
    expect(only("products").noSweep).toEqual({ kind: "not-personal" });
    expect(only("order_items").due).toBeNull();
  });

  it("a timed rule that names no time is reported, not silently skipped", () => {
    const entry = getTableEntry("reservations");
    const broken = {
      ...entry,
      retention: { ...entry.retention, column: undefined },
    } as unknown as TableEntry;
    expect(tableSweepRule("reservations", broken, now).parts[0]!.noSweep).toEqual({
      kind: "unresolved",
      problem: 'reservations: the "closed" rule names no column and has no derived time',
    });
    expect(unresolvedRules(now)).toEqual([]);
  });
});

describe("exceptions apply to their rows, the main rule to the others", () => {
  it("guest carts go 30 days after their last change; customers' carts stay with the account", () => {
    const [main, exception] = rule("carts").parts as [SweepPart, SweepPart];
    expect(main.scope).toEqual({ kind: "except", filter: { column: "user_id", isNull: true } });
    expect(main.noSweep).toEqual({ kind: "account-closed" });
    expect(exception.scope).toEqual({ kind: "only", filter: { column: "user_id", isNull: true } });
    expect(exception.due).toEqual({
      kind: "column",
      column: "updated_at",
      cutoff: new Date(now.getTime() - RETENTION.guestCartDays * DAY),
    });
    expect(recordedCutoff(rule("carts"))).toEqual(exception.due!.cutoff);
  });

  it("commercial letters keep 6 years after the year's end; other mails 90 days", () => {
    const [main, letters] = rule("mail_outbox").parts as [SweepPart, SweepPart];
    expect(main.due).toMatchObject({ column: "created_at" });
    expect(main.due!.cutoff).toEqual(new Date(now.getTime() - RETENTION.mailDays * DAY));
    expect(letters.due).toMatchObject({ column: "created_at", cutoff: startOfBerlinYear(2025) });
    expect(letters.scope).toEqual({
      kind: "only",
      filter: { column: "template", in: COMMERCIAL_LETTER_TEMPLATES },
    });
    const mainSql = render(partDue("t", main)!);
    expect(mainSql.sql).toContain('"t"."template"::text in ($1, $2, $3, $4)) is not true');
    const lettersSql = render(partDue("t", letters)!);
    expect(lettersSql.sql).toContain(") is true");
    expect(lettersSql.params).toEqual([...COMMERCIAL_LETTER_TEMPLATES, "2024-12-31T23:00:00.000Z"]);
  });

  it("unconfirmed newsletter sign-ups go after 30 days, unsubscribed ones 3 years after", () => {
    const [main, pending] = rule("newsletter_subscriptions").parts as [SweepPart, SweepPart];
    expect(main.due).toMatchObject({ column: "unsubscribed_at" });
    expect(pending.due).toMatchObject({ column: "requested_at" });
    expect(pending.scope).toEqual({ kind: "only", filter: { column: "status", in: ["pending"] } });
  });
});

describe("foreign keys", () => {
  it("children whose rule is with-parent go with the parent", () => {
    expect(
      withParentChildren("orders")
        .map((r) => r.child)
        .sort(),
    ).toEqual(["order_items", "payments"]);
    expect(withParentChildren("carts").map((r) => r.child)).toEqual(["cart_items"]);
    expect(withParentFamily("returns")).toEqual(["returns", "return_items"]);
  });

  it("children with their own rule keep a due parent until they are gone themselves", () => {
    const keepers = referencesTo("orders").filter((r) => !r.withParent);
    expect(keepers.map((r) => r.child).sort()).toEqual(["invoices", "returns", "withdrawals"]);
    const kept = render(keptByReferences("orders", "t")!).sql;
    expect(kept).toContain('"invoices"');
    // Return items point at order items, which would go with the order.
    expect(kept).toContain('"return_items"');
    expect(render(keptByReferences("consent_events", "t")!).sql).toContain('"behaviour_events"');
    expect(keptByReferences("sessions", "t")).toBeNull();
  });

  it("sweeps children before the parents they may keep", () => {
    const order = sweepOrder(sweptTables(now).map((r) => r.table));
    const before = (a: string, b: string) =>
      expect(order.indexOf(a as never)).toBeLessThan(order.indexOf(b as never));
    before("returns", "withdrawals");
    before("withdrawals", "credit_notes");
    before("credit_notes", "invoices");
    before("invoices", "orders");
    before("returns", "orders");
    before("behaviour_events", "consent_events");
    expect(new Set(order).size).toBe(order.length);
  });

  it("asks the database clock before deleting invoices and credit notes (immutability trigger)", () => {
    expect(render(databaseAllows("invoices", "t")!).sql).toBe(
      `(date_trunc('year', "t"."issued_at") + interval '9 years' <= now())`,
    );
    expect(databaseAllows("credit_notes", "t")).not.toBeNull();
    expect(databaseAllows("orders", "t")).toBeNull();
    expect(render(removable("invoices", "t", rule("invoices").parts)!).sql).toContain("now()");
  });
});

describe("the rules in words", () => {
  it.each(["de", "en"] as const)("describes every table of the map (%s)", (locale) => {
    const rules = describeRules(locale, now);
    expect(rules.map((r) => r.table)).toEqual(Object.keys(DATA_MAP));
    for (const table of rules) {
      expect(table.label.length).toBeGreaterThan(0);
      for (const part of table.parts) {
        for (const text of [part.rows, part.period, part.startsFrom, part.rule, part.atEnd])
          expect(text, table.table).toMatch(/\S/);
        expect(`${part.startsFrom} ${part.atEnd}`).not.toMatch(/[{}]/);
      }
    }
  });

  it("names the law, the period and what happens, in the chosen language", () => {
    const orders = describeRules("en", now).find((r) => r.table === "orders")!.parts[0]!;
    expect(orders).toMatchObject({
      period: "8 years",
      law: "AO §147, HGB §257, UStG §14b",
      swept: true,
    });
    expect(orders.startsFrom).toContain("end of the calendar year");
    expect(orders.atEnd).toContain("restricted");
    const items = describeRules("de", now).find((r) => r.table === "order_items")!.parts[0]!;
    expect(items).toMatchObject({ swept: false, atEnd: "Wird mit „Bestellungen“ gelöscht." });
    const users = describeRules("de", now).find((r) => r.table === "users")!.parts[0]!;
    expect(users.atEnd).toContain("Konto");
  });
});
