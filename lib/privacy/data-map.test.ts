import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { PERSONAL_CATEGORIES, type TableEntry } from "./data-map-types";
import {
  DATA_MAP,
  describeStoredData,
  exportedColumns,
  personalTables,
  staffColumns,
} from "./data-map";
import { checkDataMap, shapeOf, tablesOf, type SchemaTableShape } from "./data-map-check";
import { CATEGORY_TEXT, LEGAL_BASIS_TEXT, PURPOSES, RECIPIENTS, SOURCES } from "./map/vocabulary";

const shapes = tablesOf(schema).map(shapeOf);
const map: Readonly<Record<string, TableEntry>> = DATA_MAP;
const problemsOf = (name: string, problems: string[]) =>
  problems.filter((p) => p.startsWith(`${name}.`) || p.startsWith(`${name}:`));

describe("the data map covers the schema", () => {
  const problems = checkDataMap(shapes, map);

  it("finds the tables of db/schema", () => {
    expect(shapes.length).toBeGreaterThanOrEqual(40);
  });

  it.each(shapes.map((s) => s.name))(
    "%s: every column classified, lookup, retention and erasure complete",
    (name) => {
      expect(problemsOf(name, problems)).toEqual([]);
    },
  );

  it("has no entry for a table that does not exist, and no other gap", () => {
    expect(problems).toEqual([]);
  });
});

describe("the check fails loudly, naming the table or column", () => {
  const users = shapes.find((s) => s.name === "users")!;

  it("on a schema column the map does not classify", () => {
    const withNewColumn = shapes.map((s) =>
      s === users ? { ...users, columns: [...users.columns, "nickname"] } : s,
    );
    expect(checkDataMap(withNewColumn, map)).toEqual([
      "users.nickname: column is in the schema but not classified in the data map",
    ]);
  });

  it("on a classified column the schema does not have", () => {
    const withoutPhone = shapes.map((s) =>
      s === users ? { ...users, columns: users.columns.filter((c) => c !== "phone") } : s,
    );
    expect(checkDataMap(withoutPhone, map)).toEqual([
      "users.phone: classified in the data map but the table has no such column",
    ]);
  });

  it("on a schema table the map lacks, and a map entry without a table", () => {
    const wishlists: SchemaTableShape = {
      name: "wishlists",
      columns: ["id", "user_id"],
      userReferences: ["user_id"],
    };
    const withoutRateLimits = shapes.filter((s) => s.name !== "rate_limits");
    expect(checkDataMap([...withoutRateLimits, wishlists], map)).toEqual([
      "wishlists: table is in the schema but missing from the data map",
      "rate_limits: the data map has an entry for a table that is not in the schema",
    ]);
  });

  it("on subject lookups that name a missing column or end without a user column", () => {
    const broken = {
      ...map,
      carts: { ...DATA_MAP.carts, subject: { userColumn: "owner_id" } },
      order_items: {
        ...DATA_MAP.order_items,
        subject: { via: { parentTable: "products", foreignKey: "product_id" } },
      },
    } as unknown as Record<string, TableEntry>;
    expect(checkDataMap(shapes, broken)).toEqual([
      'carts: subject lookup names column "owner_id", which does not exist',
      "cart_items: subject lookup (cart_items -> carts) ends at a user column that does not exist",
      'order_items: subject lookup goes through "products", which is not a personal table of the data map',
    ]);
  });

  it("on a personal table without factory, retention, erasure or export label", () => {
    const stripped: Record<string, unknown> = { ...DATA_MAP.addresses };
    for (const field of ["factory", "retention", "erasure", "exportLabel"]) delete stripped[field];
    const broken = { ...map, addresses: stripped } as unknown as Record<string, TableEntry>;
    expect(problemsOf("addresses", checkDataMap(shapes, broken))).toEqual([
      "addresses: retention needs a period, a trigger and German and English text",
      "addresses: personal table needs an export label in German and English",
      "addresses: personal table needs a factory",
      "addresses: personal table needs an erasure rule",
    ]);
  });

  it("on a secret that would be exported", () => {
    const broken = {
      ...map,
      users: {
        ...DATA_MAP.users,
        columns: {
          ...DATA_MAP.users.columns,
          password_hash: { personal: false, kind: "technical" },
        },
      },
    } as unknown as Record<string, TableEntry>;
    expect(checkDataMap(shapes, broken)).toEqual([
      "users.password_hash: holds a secret but is not marked personal with export: false",
    ]);
  });
});

describe("classification rules", () => {
  it("keeps secrets out of the export", () => {
    expect(exportedColumns(DATA_MAP.users)).not.toContain("password_hash");
    expect(exportedColumns(DATA_MAP.staff_mfa)).not.toContain("totp_secret");
    expect(exportedColumns(DATA_MAP.users)).toContain("email");
  });

  it("keeps staff data apart from customer data", () => {
    expect(
      staffColumns()
        .map((s) => `${s.table}.${s.column}`)
        .sort(),
    ).toEqual([
      "audit_log.actor_id",
      "offers.created_by",
      "privacy_requests.handled_by",
      "segments.created_by",
    ]);
    expect(exportedColumns(DATA_MAP.audit_log)).not.toContain("actor_id");
    expect(exportedColumns(DATA_MAP.privacy_requests)).not.toContain("handled_by");
  });

  it("keeps invoices unaltered and consent proof under a pseudonym", () => {
    expect(DATA_MAP.invoices.erasure).toMatchObject({ action: "retain-restricted" });
    expect("setNull" in DATA_MAP.invoices.erasure).toBe(false);
    expect(DATA_MAP.consent_events.erasure).toMatchObject({
      action: "pseudonymize",
      setNull: ["user_id"],
      keeps: ["subject_id"],
    });
    expect(DATA_MAP.audit_log.erasure).toMatchObject({
      setNull: ["subject_user_id"],
      keeps: ["subject_pseudonym"],
    });
    expect(DATA_MAP.orders.erasure).toMatchObject({
      action: "retain-restricted",
      restrictedAtColumn: "restricted_at",
    });
  });
});

describe("describeStoredData (privacy notice, access view)", () => {
  const usedCategories = [...new Set(personalTables().map(([, e]) => e.category))];

  it.each(["de", "en"] as const)("describes every category of customer data in %s", (locale) => {
    const groups = describeStoredData(locale);
    expect(groups.map((g) => g.category).sort()).toEqual([...usedCategories].sort());
    for (const group of groups) {
      const where = `${locale}/${group.category}`;
      expect(group.label.trim(), where).not.toBe("");
      expect(group.description.trim(), where).not.toBe("");
      for (const list of [
        group.contains,
        group.purposes,
        group.legalBases,
        group.retention,
        group.sources,
      ]) {
        expect(list.length, where).toBeGreaterThan(0);
        for (const text of list) expect(text.trim(), where).not.toBe("");
      }
      for (const item of group.items) {
        expect(item.contains.length, `${where}/${item.table}`).toBeGreaterThan(0);
        expect(item.onErasure.trim(), `${where}/${item.table}`).not.toBe("");
      }
    }
  });

  it("speaks German in German and English in English", () => {
    const orders = (locale: "de" | "en") =>
      describeStoredData(locale).find((g) => g.category === "order")!;
    expect(orders("de").legalBases).toContain(
      "Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)",
    );
    expect(orders("en").legalBases).toContain("Legal obligation (GDPR Art. 6(1)(c))");
    expect(orders("de").contains).toContain("Rechnungen");
    expect(orders("en").recipients).toContain(RECIPIENTS.carrier.en);
  });

  it("has text for every category, purpose, legal basis, recipient and source", () => {
    const texts = [
      ...PERSONAL_CATEGORIES.flatMap((c) => [CATEGORY_TEXT[c].label, CATEGORY_TEXT[c].description]),
      ...Object.values(PURPOSES).map((p) => p.text),
      ...Object.values(LEGAL_BASIS_TEXT),
      ...Object.values(RECIPIENTS),
      ...Object.values(SOURCES),
    ];
    for (const text of texts) {
      expect(text.de.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
    }
  });
});
