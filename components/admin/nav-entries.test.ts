import { describe, expect, it } from "vitest";
import { activeNavHref, navEntriesFor } from "./nav-entries";

describe("staff area navigation", () => {
  it("shows each role only its pages", () => {
    expect(navEntriesFor("marketer").map((e) => e.href)).toEqual([
      "/admin",
      "/admin/insights",
      "/admin/segments",
      "/admin/offers",
      "/admin/catalog",
    ]);
    expect(navEntriesFor("privacy_officer").map((e) => e.href)).toEqual([
      "/admin",
      "/admin/audit",
      "/admin/consent",
      "/admin/privacy/requests",
      "/admin/privacy/retention",
      "/admin/privacy/records",
    ]);
    expect(navEntriesFor("admin").map((e) => e.href)).toEqual([
      "/admin",
      "/admin/insights",
      "/admin/segments",
      "/admin/offers",
      "/admin/catalog",
      "/admin/orders",
      "/admin/returns",
      "/admin/reservations",
      "/admin/audit",
      "/admin/staff",
      "/admin/consent",
      "/admin/privacy/requests",
      "/admin/privacy/retention",
      "/admin/privacy/records",
      "/dev/mailbox",
    ]);
    expect(navEntriesFor("customer")).toEqual([]);
  });

  it("marks the most specific entry as current", () => {
    const entries = navEntriesFor("admin");
    expect(activeNavHref(entries, "/admin")).toBe("/admin");
    expect(activeNavHref(entries, "/admin/staff")).toBe("/admin/staff");
    expect(activeNavHref(entries, "/admin/staff/123")).toBe("/admin/staff");
    expect(activeNavHref(entries, "/admin/staffing")).toBe("/admin");
    expect(activeNavHref(entries, "/dev/mailbox")).toBe("/dev/mailbox");
    expect(activeNavHref(entries, "/products")).toBeNull();
  });
});
