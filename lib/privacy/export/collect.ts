/**
 * Collects everything the data map says we hold about one person (Art. 15, 20 GDPR; R2): the
 * exported columns of their rows of every personal table, with purpose, legal basis, retention,
 * recipients and source. One query per table, all in one read-only snapshot.
 */
import { asc } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";
import {
  CATEGORY_TEXT,
  CUSTOMER_CATEGORY_ORDER,
  LEGAL_BASIS_TEXT,
  PURPOSES,
  RECIPIENTS,
  SOURCES,
} from "../map/vocabulary";
import { subjectCondition, type DataSubject } from "../subject-rows";
import {
  EXPORT_SCHEMA_PATH,
  EXPORT_SCHEMA_VERSION,
  type ExportCategory,
  type ExportRow,
  type ExportTable,
  type ExportValue,
  type SubjectExport,
} from "./document";
import { exportPlans, type ExportPlan } from "./plan";

/** A database value as JSON: timestamps as ISO 8601, JSON columns unchanged. */
export function toExportValue(value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (typeof value === "object") return value;
  return String(value);
}

function describeTable(plan: ExportPlan, rows: ExportRow[]): ExportTable {
  const { entry } = plan;
  return {
    table: plan.name,
    label: entry.exportLabel,
    purposes: entry.purposes.map((code) => {
      const { legalBasis, text } = PURPOSES[code];
      return {
        code,
        label: text,
        legalBasis: { code: legalBasis, label: LEGAL_BASIS_TEXT[legalBasis] },
      };
    }),
    retention: entry.retention.text,
    recipients: entry.recipients.map((code) => ({ code, label: RECIPIENTS[code] })),
    source: entry.source.map((code) => ({ code, label: SOURCES[code] })),
    columns: plan.columns.map((c) => ({ name: c.name, label: c.label })),
    rows,
  };
}

async function readRows(db: Database, plan: ExportPlan, subject: DataSubject) {
  const selection: Record<string, PgColumn> = Object.fromEntries(
    plan.columns.map((c) => [c.name, c.column]),
  );
  const rows = await db
    .select(selection)
    .from(plan.entry.table)
    .where(subjectCondition(db, plan.name, subject))
    .orderBy(...plan.orderBy.map((c) => asc(c)));
  return rows.map((row) => {
    const out: ExportRow = {};
    for (const c of plan.columns) out[c.name] = toExportValue(row[c.name]);
    return out;
  });
}

/**
 * The subject's data as one document. `schemaUrl` is where the reader finds the JSON Schema (the
 * app's absolute URL of EXPORT_SCHEMA_PATH in a download). Pass a guest only once they proved
 * control of the address (R7).
 */
export async function collectSubjectData(
  db: Database,
  subject: DataSubject,
  now: Date,
  options: { schemaUrl?: string } = {},
): Promise<SubjectExport> {
  const plans = exportPlans();
  // One snapshot, so that an order and its items, read by two queries, agree with each other.
  const tables = await db.transaction(
    async (tx) => {
      const read: ExportTable[] = [];
      for (const plan of plans) read.push(describeTable(plan, await readRows(tx, plan, subject)));
      return read;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const byTable = new Map(tables.map((t) => [t.table, t]));
  const categories: ExportCategory[] = CUSTOMER_CATEGORY_ORDER.flatMap((category) => {
    const inCategory = plans
      .filter((p) => p.entry.category === category)
      .map((p) => byTable.get(p.name)!);
    if (inCategory.length === 0) return [];
    const text = CATEGORY_TEXT[category];
    return [{ category, label: text.label, description: text.description, tables: inCategory }];
  });
  const placed = categories.reduce((n, c) => n + c.tables.length, 0);
  if (placed !== plans.length)
    throw new Error("a personal table's category has no place in the export");
  return {
    $schema: options.schemaUrl ?? EXPORT_SCHEMA_PATH,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    subject: { kind: subject.userId === null ? "guest" : "customer" },
    categories,
  };
}
