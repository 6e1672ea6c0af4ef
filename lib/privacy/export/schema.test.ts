import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import type { ColumnClass } from "../data-map-types";
import { exportedColumns, personalTables } from "../data-map";
import { EXPORT_SCHEMA_PATH } from "./document";
import { exportJsonSchema, type JsonSchema } from "./schema";
import { exportValidator } from "./validator";

const schema = exportJsonSchema();
const defs = schema.$defs as Record<string, JsonSchema>;

function rowSchema(table: string): JsonSchema {
  const tableDef = defs[table]!;
  const rows = (tableDef.properties as Record<string, JsonSchema>).rows!;
  return rows.items as JsonSchema;
}

function compile() {
  return new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false }).compile(
    schema,
  );
}

/** A minimal document: one category holding one users row. */
function documentWithUserRow(row: Record<string, unknown>) {
  const text = { de: "x", en: "x" };
  return {
    $schema: EXPORT_SCHEMA_PATH,
    schemaVersion: 1,
    generatedAt: "2026-05-03T10:00:00.000Z",
    subject: { kind: "customer" },
    categories: [
      {
        category: "identity",
        label: text,
        description: text,
        tables: [
          {
            table: "users",
            label: text,
            purposes: [
              {
                code: "account",
                label: text,
                legalBasis: { code: "art-6-1-b", label: text },
              },
            ],
            retention: text,
            recipients: [],
            source: [{ code: "customer", label: text }],
            columns: exportedColumns(personalTables().find(([n]) => n === "users")![1]).map(
              (name) => ({ name, label: text }),
            ),
            rows: [row],
          },
        ],
      },
    ],
  };
}

const USER_ROW = {
  id: "0b0c6d5e-52a4-4c1e-9d55-1f4c2f6c8a10",
  email: "erika@example.com",
  email_verified_at: "2026-01-02T03:04:05.000Z",
  name: "Erika Mustermann",
  phone: null,
  role: "customer",
  confirmed_adult_at: null,
  locale: "de",
  created_at: "2026-01-02T03:04:05.000Z",
  last_sign_in_at: null,
};

describe("the export's JSON Schema", () => {
  it("is the committed, published file (refresh it with `npm run export-schema`)", () => {
    const committed = JSON.parse(
      readFileSync(resolve("public/schemas/vitrine-export.schema.json"), "utf8"),
    ) as unknown;
    expect(
      committed,
      "public/schemas/vitrine-export.schema.json is out of date: run `npm run export-schema`",
    ).toEqual(schema);
  });

  it("is valid draft 2020-12 and compiles", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(() => compile()).not.toThrow();
  });

  it.each(personalTables())(
    "%s: exactly the data map's exported columns, all required, none besides",
    (name, entry) => {
      const row = rowSchema(name);
      const exported = exportedColumns(entry);
      expect(Object.keys(row.properties as object).sort()).toEqual([...exported].sort());
      expect([...(row.required as string[])].sort()).toEqual([...exported].sort());
      expect(row.additionalProperties).toBe(false);
      const classes = entry.columns as Record<string, ColumnClass>;
      for (const column of Object.keys(row.properties as object)) {
        const c = classes[column]!;
        expect(
          c.personal && "export" in c && c.export === false,
          `${name}.${column} is secret`,
        ).toBe(false);
        expect(c.personal && c.category === "employee", `${name}.${column} is staff data`).toBe(
          false,
        );
      }
    },
  );

  it("types columns from the database: timestamps, nullability, enums, integers, JSON", () => {
    const users = rowSchema("users").properties as Record<string, JsonSchema>;
    expect(users.email).toMatchObject({ type: "string" });
    expect(users.phone).toMatchObject({ type: ["string", "null"] });
    expect(users.created_at).toMatchObject({ type: "string", format: "date-time" });
    expect(users.email_verified_at).toMatchObject({
      type: ["string", "null"],
      format: "date-time",
    });
    expect(users.id).toMatchObject({ type: "string", format: "uuid" });
    expect(users.role?.enum).toContain("customer");
    expect(users.email?.description).toContain("E-mail address");
    const orders = rowSchema("orders").properties as Record<string, JsonSchema>;
    expect(orders.total_cents).toMatchObject({ type: "integer" });
    expect(orders.billing_address).toMatchObject({ type: ["object", "array"] });
    expect(orders.shipping_address).toMatchObject({ type: ["object", "array", "null"] });
  });

  it("accepts a well-formed document and refuses extra, missing or mistyped columns", () => {
    const validate = compile();
    expect(validate(documentWithUserRow(USER_ROW)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(documentWithUserRow({ ...USER_ROW, password_hash: "$argon2id$..." }))).toBe(
      false,
    );
    const withoutEmail: Record<string, unknown> = { ...USER_ROW };
    delete withoutEmail.email;
    expect(validate(documentWithUserRow(withoutEmail))).toBe(false);
    expect(validate(documentWithUserRow({ ...USER_ROW, email: null }))).toBe(false);
    expect(validate(documentWithUserRow({ ...USER_ROW, role: "pirate" }))).toBe(false);
  });

  it("checks timestamps and ids by their format", () => {
    const errorsOf = exportValidator(schema);
    expect(errorsOf(documentWithUserRow(USER_ROW))).toEqual([]);
    expect(errorsOf(documentWithUserRow({ ...USER_ROW, created_at: "yesterday" }))).not.toEqual([]);
    expect(errorsOf(documentWithUserRow({ ...USER_ROW, id: "42" }))).not.toEqual([]);
  });
});
