import type { Role } from "@/db/schema";

/**
 * The pages of the staff area and who may open them. Later work adds a row here; the navigation
 * and the overview follow. Each page still checks the role itself (requireRole): hiding a link is
 * not authorization.
 */
export type AdminNavEntry = {
  href: string;
  /** Key in the `admin.nav` catalogue; `admin.navHints` has the one-line description. */
  labelKey:
    | "overview"
    | "insights"
    | "segments"
    | "offers"
    | "catalog"
    | "orders"
    | "audit"
    | "returns"
    | "reservations"
    | "staff"
    | "consent"
    | "privacyRequests"
    | "retention"
    | "records"
    | "mailbox";
  roles: readonly Role[];
};

export const ADMIN_NAV: readonly AdminNavEntry[] = [
  { href: "/admin", labelKey: "overview", roles: ["marketer", "privacy_officer", "admin"] },
  { href: "/admin/insights", labelKey: "insights", roles: ["marketer", "admin"] },
  { href: "/admin/segments", labelKey: "segments", roles: ["marketer", "admin"] },
  { href: "/admin/offers", labelKey: "offers", roles: ["marketer", "admin"] },
  { href: "/admin/catalog", labelKey: "catalog", roles: ["marketer", "admin"] },
  { href: "/admin/orders", labelKey: "orders", roles: ["admin"] },
  { href: "/admin/returns", labelKey: "returns", roles: ["admin"] },
  { href: "/admin/reservations", labelKey: "reservations", roles: ["admin"] },
  { href: "/admin/audit", labelKey: "audit", roles: ["privacy_officer", "admin"] },
  { href: "/admin/staff", labelKey: "staff", roles: ["admin"] },
  { href: "/admin/consent", labelKey: "consent", roles: ["privacy_officer", "admin"] },
  {
    href: "/admin/privacy/requests",
    labelKey: "privacyRequests",
    roles: ["privacy_officer", "admin"],
  },
  { href: "/admin/privacy/retention", labelKey: "retention", roles: ["privacy_officer", "admin"] },
  { href: "/admin/privacy/records", labelKey: "records", roles: ["privacy_officer", "admin"] },
  { href: "/dev/mailbox", labelKey: "mailbox", roles: ["admin"] },
];

export function navEntriesFor(role: Role): AdminNavEntry[] {
  return ADMIN_NAV.filter((entry) => entry.roles.includes(role));
}

/** The entry for the current path: the longest href that is the path or a parent of it. */
export function activeNavHref(entries: readonly AdminNavEntry[], pathname: string): string | null {
  let best: string | null = null;
  for (const { href } of entries) {
    const matches = pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
