/**
 * The published JSON Schema (draft 2020-12) of the data export, generated from the data map and
 * the drizzle column types, so that a new table or column changes the schema by itself. The
 * committed copy (public/schemas/vitrine-export.schema.json) is refreshed with
 * `npm run export-schema`; a unit test fails when it differs from this.
 */
import type { PgColumn } from "drizzle-orm/pg-core";
import { LEGAL_BASES, type Localized } from "../data-map-types";
import { CUSTOMER_CATEGORY_ORDER, PURPOSES, RECIPIENTS, SOURCES } from "../map/vocabulary";
import { EXPORT_SCHEMA_PATH, EXPORT_SCHEMA_VERSION } from "./document";
import { exportPlans, type ExportColumn, type ExportPlan } from "./plan";

export type JsonSchema = { [keyword: string]: unknown };

/** Identifies the schema independently of the host that serves it. */
export const EXPORT_SCHEMA_ID = `urn:vitrine:data-export:v${EXPORT_SCHEMA_VERSION}`;

const INTEGER_COLUMNS = new Set([
  "PgInteger",
  "PgSmallInt",
  "PgBigInt53",
  "PgSerial",
  "PgSmallSerial",
  "PgBigSerial53",
]);

const HELPER_DEFS = ["localized", "purpose", "recipient", "source", "category", "table"];

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

function both(text: Localized): string {
  return text.en === text.de ? text.en : `${text.en} (${text.de})`;
}

function object(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

/** The JSON type of a column's values, as collect.ts writes them. */
function valueType(column: PgColumn): JsonSchema {
  const enumValues = (column.enumValues as string[] | undefined) ?? [];
  switch (column.dataType) {
    case "string":
      if (enumValues.length > 0) return { type: "string", enum: [...enumValues] };
      if (column.columnType === "PgUUID") return { type: "string", format: "uuid" };
      return { type: "string" };
    case "number":
      return { type: INTEGER_COLUMNS.has(column.columnType) ? "integer" : "number" };
    case "boolean":
      return { type: "boolean" };
    case "date":
      return { type: "string", format: "date-time" };
    case "json":
      return { type: ["object", "array"] };
    case "bigint":
      return { type: "string", pattern: "^-?[0-9]+$" };
    case "array":
      return { type: "array" };
    default:
      // A new drizzle type must be mapped here and in collect.ts's toExportValue deliberately.
      throw new Error(`${column.name}: no JSON Schema type for ${column.columnType}`);
  }
}

export function columnSchema({ column, label }: ExportColumn): JsonSchema {
  const schema: JsonSchema = { description: both(label), ...valueType(column) };
  if (column.notNull) return schema;
  const type = schema.type as string | string[];
  schema.type = Array.isArray(type) ? [...type, "null"] : [type, "null"];
  if (Array.isArray(schema.enum)) schema.enum = [...(schema.enum as string[]), null];
  return schema;
}

function tableSchema(plan: ExportPlan): JsonSchema {
  const rowProperties = Object.fromEntries(plan.columns.map((c) => [c.name, columnSchema(c)]));
  return object(
    {
      table: { const: plan.name },
      label: ref("localized"),
      purposes: { type: "array", items: ref("purpose") },
      retention: ref("localized"),
      recipients: { type: "array", items: ref("recipient") },
      source: { type: "array", items: ref("source") },
      columns: {
        type: "array",
        prefixItems: plan.columns.map((c) =>
          object({ name: { const: c.name }, label: ref("localized") }),
        ),
        items: false,
        minItems: plan.columns.length,
      },
      rows: { type: "array", items: object(rowProperties) },
    },
    both(plan.entry.exportLabel),
  );
}

const coded = (codes: readonly string[], description: string) =>
  object({ code: { enum: [...codes] }, label: ref("localized") }, description);

export function exportJsonSchema(): JsonSchema {
  const plans = exportPlans();
  const names = plans.map((p) => p.name);
  const clash = names.find((name) => HELPER_DEFS.includes(name));
  if (clash) throw new Error(`table ${clash} clashes with a definition of the export schema`);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: EXPORT_SCHEMA_ID,
    title: "Vitrine: your data (Ihre Daten)",
    description:
      "A copy of the personal data Vitrine holds about one person (GDPR Art. 15, 20), grouped by category. " +
      "Timestamps are ISO 8601 in UTC, amounts are euro cents. " +
      "Eine Kopie der personenbezogenen Daten, die Vitrine über eine Person speichert (Art. 15, 20 DSGVO), nach Kategorien geordnet. " +
      "Zeitpunkte in ISO 8601 (UTC), Beträge in Euro-Cent.",
    ...object({
      $schema: {
        type: "string",
        description: `Where this schema is published (${EXPORT_SCHEMA_PATH})`,
      },
      schemaVersion: { const: EXPORT_SCHEMA_VERSION },
      generatedAt: { type: "string", format: "date-time" },
      subject: object(
        { kind: { enum: ["customer", "guest"] } },
        "Whose data: a customer account, or a guest identified by a proven e-mail address",
      ),
      categories: { type: "array", items: ref("category") },
    }),
    $defs: {
      localized: object({ de: { type: "string" }, en: { type: "string" } }, "German and English"),
      purpose: object(
        {
          code: { enum: Object.keys(PURPOSES) },
          label: ref("localized"),
          legalBasis: coded(LEGAL_BASES, "GDPR Art. 6(1) legal basis"),
        },
        "Purpose of processing",
      ),
      recipient: coded(Object.keys(RECIPIENTS), "Recipient of the data"),
      source: coded(Object.keys(SOURCES), "Where the data comes from"),
      category: object({
        category: { enum: [...CUSTOMER_CATEGORY_ORDER] },
        label: ref("localized"),
        description: ref("localized"),
        tables: { type: "array", items: ref("table") },
      }),
      // One definition per table, chosen by its "table" property.
      table: {
        type: "object",
        properties: { table: { enum: names } },
        required: ["table"],
        allOf: names.map((name) => ({
          if: { properties: { table: { const: name } } },
          then: ref(name),
        })),
      },
      ...Object.fromEntries(plans.map((plan) => [plan.name, tableSchema(plan)])),
    },
  };
}
