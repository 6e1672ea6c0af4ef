import { describe, expect, it } from "vitest";
import type { Reason } from "@/db/schema";
import type { ColumnClass } from "./data-map-types";
import { exportedColumns, getPersonalEntry, personalTables } from "./data-map";
import {
  collectNameIds,
  decisionSources,
  describeAccessView,
  DOWNLOAD_ONLY_COLUMNS,
  parseAccessPaging,
  parseSurface,
  rankAffinities,
  readReasons,
  viewColumns,
} from "./access-view";

const reason = (overrides: Partial<Reason>): Reason => ({
  signal: "purchase",
  weight: 0.5,
  basis: "personalization_consent",
  subject: { de: "Espresso", en: "Espresso" },
  ...overrides,
});

describe.each(["de", "en"] as const)("the access view (%s)", (locale) => {
  const categories = describeAccessView(locale);
  const shown = categories.flatMap((c) => c.tables.map((t) => t.table));

  it("shows every personal table of the data map in exactly one category", () => {
    const personal = personalTables().map(([name]) => name);
    expect([...shown].sort()).toEqual([...personal].sort());
    expect(new Set(shown).size).toBe(shown.length);
  });

  it("says for every category why, on what basis, from where and how long", () => {
    for (const category of categories) {
      expect(category.label, category.category).not.toBe("");
      expect(category.purposes.length, category.category).toBeGreaterThan(0);
      expect(category.legalBases.length, category.category).toBeGreaterThan(0);
      expect(category.sources.length, category.category).toBeGreaterThan(0);
      for (const table of category.tables) {
        expect(table.retention, table.table).not.toBe("");
        expect(table.onErasure, table.table).not.toBe("");
      }
    }
  });

  it("never shows a secret or a column about staff, and shows every other exported column", () => {
    for (const [name, entry] of personalTables()) {
      const classes = entry.columns as Record<string, ColumnClass>;
      const columns = viewColumns(name, locale).map((c) => c.name);
      for (const column of columns) {
        const c = classes[column]!;
        expect(c.personal && c.category === "employee", `${name}.${column}`).toBe(false);
        expect(c.personal && "reason" in c, `${name}.${column} is a secret`).toBe(false);
      }
      const downloadOnly = DOWNLOAD_ONLY_COLUMNS[name] ?? [];
      expect([...columns, ...downloadOnly].sort(), name).toEqual(
        [...exportedColumns(entry)].sort(),
      );
    }
    const users = viewColumns("users", locale).map((c) => c.name);
    expect(users).not.toContain("password_hash");
    expect(users).toEqual(expect.arrayContaining(["email", "name", "phone"]));
    expect(viewColumns("audit_log", locale).map((c) => c.name)).not.toContain("actor_id");
    expect(viewColumns("sessions", locale).map((c) => c.name)).toContain("user_agent");
  });

  it("keeps mail bodies for the download and shows subject and date", () => {
    const mails = viewColumns("mail_outbox", locale).map((c) => c.name);
    expect(mails).toEqual(expect.arrayContaining(["subject", "created_at", "sent_at"]));
    expect(mails).not.toContain("html");
    expect(mails).not.toContain("text");
    const table = categories.flatMap((c) => c.tables).find((t) => t.table === "mail_outbox")!;
    expect(table.downloadOnly).toHaveLength(3);
  });
});

describe("column labels", () => {
  it("shows amounts in cents as money, without '(cents)' in the label", () => {
    const total = viewColumns("orders", "en").find((c) => c.name === "total_cents")!;
    expect(total).toEqual({ name: "total_cents", label: "Total", money: true });
    const number = viewColumns("orders", "de").find((c) => c.name === "order_number")!;
    expect(number.money).toBe(false);
    expect(number.label).toBe("Bestellnummer");
  });

  it("shows ids of products, stores, segments ... by name", () => {
    const events = viewColumns("behaviour_events", "en");
    expect(events.find((c) => c.name === "product_id")!.names).toBe("products");
    expect(events.find((c) => c.name === "category_id")!.names).toBe("categories");
    expect(events.find((c) => c.name === "query")!.names).toBeUndefined();
    expect(viewColumns("segment_memberships", "en")[0]).toMatchObject({ names: "segments" });
    expect(viewColumns("orders", "en").find((c) => c.name === "pickup_store_id")!.names).toBe(
      "stores",
    );
  });

  it("names keys and the table a reference points at", () => {
    const items = viewColumns("order_items", "en");
    expect(items.find((c) => c.name === "id")!.label).toBe("Record id");
    expect(items.find((c) => c.name === "order_id")!.label).toBe(
      `Link to: ${getPersonalEntry("orders").exportLabel.en}`,
    );
    // offer_assignments.order_id has no foreign key in the schema: the column name says it.
    const assignments = viewColumns("offer_assignments", "de");
    expect(assignments.find((c) => c.name === "order_id")!.label).toBe("Verweis (order_id)");
  });
});

describe("parseAccessPaging", () => {
  it("reads a personal table and a page", () => {
    expect(parseAccessPaging({ table: "orders", page: "3" })).toEqual({ table: "orders", page: 3 });
    expect(parseAccessPaging({ table: "behaviour_events" })).toEqual({
      table: "behaviour_events",
      page: 1,
    });
  });

  it("ignores tables that are not personal or do not exist, and bad pages", () => {
    expect(parseAccessPaging({ table: "products", page: "2" })).toEqual({ table: null, page: 1 });
    expect(parseAccessPaging({ table: "nope", page: "2" })).toEqual({ table: null, page: 1 });
    expect(parseAccessPaging({ table: ["orders", "carts"], page: "2" })).toEqual({
      table: null,
      page: 1,
    });
    expect(parseAccessPaging({ table: "orders", page: "-4" }).page).toBe(1);
    expect(parseAccessPaging({ table: "orders", page: "0" }).page).toBe(1);
    expect(parseAccessPaging({ table: "orders", page: "2.5" }).page).toBe(1);
    expect(parseAccessPaging({ table: "orders", page: "99999999999" }).page).toBe(1);
  });
});

describe("decisionSources", () => {
  it("names the kinds of data behind a decision, the heaviest first", () => {
    expect(
      decisionSources([
        reason({ signal: "recently_viewed", weight: 0.2 }),
        reason({ signal: "replenishment", weight: 0.5 }),
        reason({ signal: "stated_interest", basis: "stated_by_customer", weight: 0.3 }),
      ]),
    ).toEqual(["purchases", "interests", "views"]);
  });

  it("tells the customer's own statements and the page in view apart from their history", () => {
    expect(
      decisionSources([
        reason({ signal: "category_affinity", basis: "stated_by_customer", weight: 0.4 }),
        reason({ signal: "category_affinity", weight: 0.35 }),
        reason({ signal: "viewing", basis: "context", weight: 0.15 }),
        reason({ signal: "cart", basis: "context", weight: 0.1 }),
      ]),
    ).toEqual(["interests", "history", "page", "cart"]);
    expect(decisionSources([])).toEqual([]);
  });
});

describe("parseSurface", () => {
  it("splits the place in the shop from the offers marker", () => {
    expect(parseSurface("home")).toEqual({ place: "home", offers: false });
    expect(parseSurface("account:offers")).toEqual({ place: "account", offers: true });
  });
});

describe("collectNameIds", () => {
  it("gathers the ids the derived data refers to, once each", () => {
    const ids = collectNameIds({
      personalization_log: {
        rows: [
          { decision: { productIds: ["p1", "p2"] } },
          { decision: { productIds: ["p1"], offerIds: ["o1"] } },
          { decision: null },
        ],
      },
      offer_assignments: { rows: [{ offer_id: "o2" }] },
      segment_memberships: { rows: [{ segment_id: "s1" }] },
      customer_profiles: { rows: [{ category_affinities: { c1: 1, c2: 0.4 } }] },
      behaviour_events: { rows: [{ product_id: "p3", category_id: "c1", query: "p9" }] },
      cart_items: { rows: [{ variant_id: "v1" }] },
      reservations: { rows: [{ store_id: "st1", variant_id: "v1" }] },
    });
    expect([...ids.products]).toEqual(["p3", "p1", "p2"]);
    expect([...ids.variants]).toEqual(["v1"]);
    expect([...ids.offers]).toEqual(["o2", "o1"]);
    expect([...ids.segments]).toEqual(["s1"]);
    expect([...ids.categories]).toEqual(["c1", "c2"]);
    expect([...ids.stores]).toEqual(["st1"]);
  });
});

describe("rankAffinities", () => {
  it("lists affinities strongest first as percentages, with their names", () => {
    const names: Record<string, string> = { c1: "Kameras", c2: "Kaffee" };
    expect(rankAffinities({ c2: 0.404, c1: 1 }, (id) => names[id])).toEqual([
      { name: "Kameras", percent: 100 },
      { name: "Kaffee", percent: 40 },
    ]);
    expect(rankAffinities(null, (id) => id)).toEqual([]);
    expect(rankAffinities({ x: "high" }, (id) => id)).toEqual([]);
  });
});

describe("readReasons", () => {
  it("keeps well-formed reasons and drops anything else", () => {
    const good = reason({ signal: "segment", weight: 1 });
    expect(
      readReasons([
        good,
        { ...good, signal: "telepathy" },
        { ...good, subject: "Espresso" },
        { ...good, basis: "guess" },
        null,
        "purchase",
      ]),
    ).toEqual([good]);
    expect(readReasons({ signal: "purchase" })).toEqual([]);
  });
});
