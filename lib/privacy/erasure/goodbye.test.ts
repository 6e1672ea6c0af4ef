import { describe, expect, it } from "vitest";
import { personalTables } from "../data-map";
import { goodbyeHref, parseGoodbyeKept } from "./goodbye";
import { describeErasure } from "./plan";

const entries = personalTables();
const NOW = new Date("2026-06-15T10:00:00Z");

describe("the goodbye page's address", () => {
  it("carries only table names and end dates, and reads back to the same kept records", () => {
    const statement = describeErasure(
      entries,
      {
        users: { count: 1, kept: 0, latest: null },
        orders: { count: 1, kept: 1, latest: new Date("2026-02-01T10:00:00Z") },
        consent_events: { count: 2, kept: 2, latest: null },
      },
      NOW,
    );
    const href = goodbyeHref(statement);
    expect(href).toBe(
      `/account-deleted?kept=${encodeURIComponent("orders:2034-12-31,consent_events:2029-06-15")}`,
    );
    const param = new URL(href, "https://shop.example").searchParams.get("kept")!;
    expect(parseGoodbyeKept(param, entries).map(({ table, until }) => ({ table, until }))).toEqual([
      { table: "orders", until: "2034-12-31" },
      { table: "consent_events", until: "2029-06-15" },
    ]);
    expect(goodbyeHref({ deleted: [], kept: [] })).toBe("/account-deleted");
  });

  it("ignores tables erasure deletes, unknown tables, bad dates, repeats and extra parts", () => {
    const parsed = parseGoodbyeKept(
      [
        "users:2030-01-01",
        "wishlists:2030-01-01",
        "orders:31.12.2034",
        "orders:2034-13-45",
        "orders:2034-12-31:x",
        "<script>:2034-12-31",
        "invoices:2034-12-31",
        "invoices:2035-12-31",
      ].join(","),
      entries,
    );
    expect(parsed.map(({ table, until }) => `${table}:${until}`)).toEqual(["invoices:2034-12-31"]);
    expect(parseGoodbyeKept(undefined, entries)).toEqual([]);
    expect(parseGoodbyeKept(["orders:2034-12-31", "x"], entries)).toHaveLength(1);
  });
});
