import { describe, expect, it } from "vitest";
import type { PersonalEntry, TableName } from "../data-map-types";
import { getPersonalEntry, personalTables } from "../data-map";
import { CUSTOMER_CATEGORY_ORDER } from "../map/vocabulary";
import { erasureDependencies, erasureOrder } from "./order";
import {
  describeErasure,
  keepsRows,
  keptForMail,
  keptRetentionRule,
  retentionEnd,
  type ErasureRowsInfo,
} from "./plan";

const NOW = new Date("2026-06-15T10:00:00Z");
const entries = personalTables();

describe("retentionEnd", () => {
  it("counts accounting records from the end of the calendar year (Europe/Berlin)", () => {
    const eightYears = { period: { years: 8 }, trigger: "end-of-calendar-year" } as const;
    expect(retentionEnd(eightYears, new Date("2026-06-15T10:00:00Z"))).toBe("2034-12-31");
    expect(retentionEnd(eightYears, new Date("2026-01-01T00:30:00+01:00"))).toBe("2034-12-31");
    // 23:30 UTC on New Year's Eve is already the next year in Berlin.
    expect(retentionEnd(eightYears, new Date("2026-12-31T23:30:00Z"))).toBe("2035-12-31");
  });

  it("counts other periods from the Berlin calendar day of the recorded time", () => {
    const threeYears = { period: { years: 3 }, trigger: "recorded" } as const;
    expect(retentionEnd(threeYears, new Date("2026-06-15T10:00:00Z"))).toBe("2029-06-15");
    expect(retentionEnd(threeYears, new Date("2026-06-15T22:30:00Z"))).toBe("2029-06-16");
    expect(retentionEnd(threeYears, new Date("2028-02-29T12:00:00Z"))).toBe("2031-02-28");
    expect(
      retentionEnd({ period: { days: 90 }, trigger: "closed" }, new Date("2026-06-15T10:00:00Z")),
    ).toBe("2026-09-13");
    expect(
      retentionEnd({ period: { months: 1 }, trigger: "expiry" }, new Date("2026-01-31T10:00:00Z")),
    ).toBe("2026-02-28");
  });

  it("refuses rules that have no end of their own", () => {
    for (const trigger of ["with-parent", "account-closed", "not-personal"] as const) {
      expect(() => retentionEnd({ period: { days: 0 }, trigger }, NOW)).toThrow(trigger);
    }
  });
});

/** One row in every personal table, kept where erasure keeps rows, its period starting `at`. */
function everyTable(at: Date): ErasureRowsInfo {
  return Object.fromEntries(
    entries.map(([name, entry]) => [
      name,
      {
        count: 1,
        kept: keepsRows(entry) ? 1 : 0,
        latest: keptRetentionRule(entry).column ? at : null,
      },
    ]),
  );
}

describe("describeErasure (derived from the data map)", () => {
  it("keeps invoices and the order data they need until 8 years after the year ends, by law", () => {
    const rows: ErasureRowsInfo = {
      users: { count: 1, kept: 0, latest: null },
      orders: { count: 2, kept: 2, latest: new Date("2025-03-01T09:00:00Z") },
      order_items: { count: 3, kept: 3, latest: null },
      payments: { count: 2, kept: 2, latest: null },
      invoices: { count: 2, kept: 2, latest: new Date("2025-03-02T09:00:00Z") },
    };
    const { kept, deleted } = describeErasure(entries, rows, NOW);
    const byTable = Object.fromEntries(kept.map((item) => [item.table, item]));
    expect(Object.keys(byTable).sort()).toEqual(["invoices", "order_items", "orders", "payments"]);
    expect(byTable.invoices).toMatchObject({
      action: "retain-restricted",
      count: 2,
      until: "2033-12-31",
      law: "AO §147, HGB §257, UStG §14b",
    });
    expect(byTable.invoices!.why).toEqual(
      (getPersonalEntry("invoices").erasure as { reason: unknown }).reason,
    );
    // Items and payments go "with the order": their end is the order's.
    expect(byTable.order_items!.until).toBe("2033-12-31");
    expect(byTable.payments!.until).toBe("2033-12-31");
    expect(byTable.payments!.law).toBe("AO §147, HGB §257, UStG §14b");
    expect(byTable.payments!.cleared.map((l) => l.en)).toEqual([
      "Card (brand and last four digits)",
    ]);
    expect(byTable.orders!.cleared.map((l) => l.en)).toEqual([
      "Customer number (account id)",
      "Phone number",
    ]);
    expect(byTable.invoices!.cleared).toEqual([]);
    expect(deleted).toEqual([
      {
        category: "identity",
        label: expect.objectContaining({ en: "Account" }),
        items: [{ table: "users", label: { de: "Konto", en: "Account" }, count: 1 }],
      },
    ]);
  });

  it("deletes the other mails and keeps commercial letters under their own rule", () => {
    const rows: ErasureRowsInfo = {
      mail_outbox: { count: 5, kept: 2, latest: new Date("2026-02-01T08:00:00Z") },
    };
    const { kept, deleted } = describeErasure(entries, rows, NOW);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      table: "mail_outbox",
      count: 2,
      until: "2032-12-31",
      law: "HGB §257 Abs. 1 Nr. 3, AO §147 Abs. 1 Nr. 3",
    });
    expect(deleted.flatMap((g) => g.items)).toEqual([
      { table: "mail_outbox", label: getPersonalEntry("mail_outbox").exportLabel, count: 3 },
    ]);
  });

  it("keeps consent proof under a pseudonym for 3 years from now and says what is removed", () => {
    const { kept } = describeErasure(
      entries,
      { consent_events: { count: 4, kept: 4, latest: null } },
      NOW,
    );
    expect(kept).toEqual([
      expect.objectContaining({
        table: "consent_events",
        action: "pseudonymize",
        until: "2029-06-15",
        law: "Art. 7 Abs. 1 DSGVO, §195 BGB",
        cleared: [{ de: "Kundennummer (Konto-Kennung)", en: "Customer number (account id)" }],
      }),
    ]);
  });

  it("lists a row of every personal table exactly once, each kept entry with a law and an end", () => {
    const { kept, deleted } = describeErasure(entries, everyTable(NOW), NOW);
    const keptTables = kept.map((k) => k.table);
    const deletedTables = deleted.flatMap((g) => g.items.map((i) => i.table));
    expect([...keptTables, ...deletedTables].sort()).toEqual(entries.map(([n]) => n).sort());
    expect(keptTables.sort()).toEqual(
      entries
        .filter(([, e]) => keepsRows(e))
        .map(([n]) => n)
        .sort(),
    );
    for (const item of kept) {
      expect(item.law, item.table).toBeTruthy();
      expect(item.until, item.table).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.until >= "2026-06-15", item.table).toBe(true);
      expect(item.why.de && item.why.en, item.table).toBeTruthy();
    }
    expect(deleted.map((g) => g.category)).toEqual(
      CUSTOMER_CATEGORY_ORDER.filter((c) => deleted.some((g) => g.category === c)),
    );
    expect(deleted.find((g) => g.category === "identity")!.label).toEqual({
      de: "Konto",
      en: "Account",
    });
  });

  it("leaves out tables without rows of the subject", () => {
    expect(describeErasure(entries, {}, NOW)).toEqual({ deleted: [], kept: [] });
    expect(
      describeErasure(entries, { invoices: { count: 0, kept: 0, latest: null } }, NOW).kept,
    ).toEqual([]);
  });

  it("words the kept records for the confirmation mail in the recipient's language", () => {
    const statement = describeErasure(
      entries,
      { invoices: { count: 1, kept: 1, latest: new Date("2026-03-01T09:00:00Z") } },
      NOW,
    );
    expect(keptForMail(statement, "de")).toEqual([
      { label: "Rechnungen", until: "2034-12-31", law: "AO §147, HGB §257, UStG §14b" },
    ]);
    expect(keptForMail(statement, "en")[0]!.label).toBe("Invoices");
  });
});

describe("erasureOrder", () => {
  const order = erasureOrder(entries);
  const at = (name: TableName) => order.indexOf(name);

  it("works through every personal table once", () => {
    expect([...order].sort()).toEqual(entries.map(([n]) => n).sort());
  });

  it("does every table before the tables its lookup, its keys or its guest rows depend on", () => {
    for (const [name, targets] of erasureDependencies(entries)) {
      for (const target of targets)
        expect(at(name), `${name} before ${target}`).toBeLessThan(at(target));
    }
    expect(order.at(-1)).toBe("users");
    expect(at("cart_items")).toBeLessThan(at("carts"));
    expect(at("order_items")).toBeLessThan(at("orders"));
    expect(at("credit_notes")).toBeLessThan(at("invoices"));
    expect(at("invoices")).toBeLessThan(at("orders"));
    expect(at("return_items")).toBeLessThan(at("returns"));
    expect(at("behaviour_events")).toBeLessThan(at("consent_events"));
  });

  it("refuses a map whose lookups go round in a circle", () => {
    const orders = getPersonalEntry("orders");
    const items = getPersonalEntry("order_items");
    const circular: [TableName, PersonalEntry][] = [
      [
        "orders",
        {
          ...orders,
          subject: { via: { parentTable: "order_items", foreignKey: "id" } },
        } as PersonalEntry,
      ],
      ["order_items", items],
    ];
    expect(() => erasureOrder(circular)).toThrow(/cycle among: orders, order_items/);
  });
});
