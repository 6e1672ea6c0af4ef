/**
 * The shape of a data export (Art. 15(3), 20 GDPR; R2): the subject's rows of every personal table
 * of the data map, grouped by category, each table with what the privacy notice says about it.
 * exportJsonSchema() (schema.ts) describes this document; the ZIP holds it and one CSV per category.
 */
import type {
  CustomerCategory,
  LegalBasis,
  Localized,
  PurposeCode,
  RecipientCode,
  SourceCode,
  TableName,
} from "../data-map-types";

/** Raised when the document's shape changes, so that readers of older copies can tell. */
export const EXPORT_SCHEMA_VERSION = 1;
/** Where the app publishes the schema (public/schemas, also served by /api/privacy/export-schema). */
export const EXPORT_SCHEMA_PATH = "/schemas/vitrine-export.schema.json";

/** A column value as JSON: timestamps as ISO 8601 strings, JSON columns as they are stored. */
export type ExportValue = string | number | boolean | null | object;
export type ExportRow = Record<string, ExportValue>;

export type Coded<C extends string> = { code: C; label: Localized };

export type ExportPurpose = Coded<PurposeCode> & { legalBasis: Coded<LegalBasis> };

export type ExportTable = {
  table: TableName;
  label: Localized;
  purposes: ExportPurpose[];
  retention: Localized;
  recipients: Coded<RecipientCode>[];
  source: Coded<SourceCode>[];
  /** The exported columns in order, with what each holds. */
  columns: { name: string; label: Localized }[];
  rows: ExportRow[];
};

export type ExportCategory = {
  category: CustomerCategory;
  label: Localized;
  description: Localized;
  tables: ExportTable[];
};

export type SubjectExport = {
  $schema: string;
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  generatedAt: string;
  subject: { kind: "customer" | "guest" };
  categories: ExportCategory[];
};
