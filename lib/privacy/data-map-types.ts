/**
 * Types of the data map (architecture.md, "The data map"): one entry per table of the schema,
 * keyed by SQL table name, classifying every SQL column. Access view, export, erasure, retention
 * sweeps, the privacy notice and the records of processing are all derived from it.
 *
 * Classification principle: a column is personal when, in a subject's row, it says something about
 * that person (who they are, how to reach them, what they bought, chose, did, or what we derived).
 * Row ids and keys pointing at other rows are structure ("key", "reference"): they travel with the
 * row in an export so that rows can be linked, and go with the row at erasure. A column holding a
 * users.id is personal (it is the customer's identifier) unless it names a member of staff.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";
import type * as schema from "@/db/schema";

export type Localized = { de: string; en: string };
export type MapLocale = keyof Localized;

type Schema = typeof schema;
/** Every drizzle table exported from db/schema/index.ts. */
export type SchemaTable = {
  [K in keyof Schema]: Schema[K] extends PgTable ? Schema[K] : never;
}[keyof Schema];
/** SQL names of the schema's tables ("order_items"). */
export type TableName = SchemaTable["_"]["name"];
export type TableByName<N extends TableName> = Extract<SchemaTable, { _: { name: N } }>;
/** SQL names of a table's columns ("user_id"), checked by the compiler. */
export type ColumnName<T extends PgTable> = {
  [K in keyof T["_"]["columns"]]: T["_"]["columns"][K]["_"]["name"];
}[keyof T["_"]["columns"]];

/** Categories of personal data; tables are grouped by them in the access view (R1). */
export const PERSONAL_CATEGORIES = [
  "identity",
  "contact",
  "address",
  "account-security",
  "order",
  "payment",
  "after-sales",
  "consent-proof",
  "behaviour",
  "stated-preference",
  "derived-profile",
  "communication",
  "request",
  "employee",
] as const;
export type PersonalCategory = (typeof PERSONAL_CATEGORIES)[number];
/** Categories of customer data; "employee" is data about staff, never part of a customer's data. */
export type CustomerCategory = Exclude<PersonalCategory, "employee">;

export type NonPersonalKind =
  "key" | "reference" | "catalogue" | "configuration" | "technical" | "timestamp-of-record";

export type NotPersonalColumn = { personal: false; kind: NonPersonalKind };

/** Personal data of the customer the row belongs to: shown in the access view and exported. */
export type CustomerColumn = {
  personal: true;
  category: CustomerCategory;
  label: Localized;
  export?: true;
};

/** Personal but never exported nor shown: a secret whose disclosure would weaken security. */
export type SecretColumn = {
  personal: true;
  category: "account-security";
  label: Localized;
  export: false;
  reason: "security";
};

/**
 * Personal data of a member of staff (offers.created_by, audit_log.actor_id ...): not part of any
 * customer's data, left out of customer access and export; found through `staffColumns()`.
 */
export type StaffColumn = {
  personal: true;
  category: "employee";
  label: Localized;
  subject: "staff";
};

export type ColumnClass = NotPersonalColumn | CustomerColumn | SecretColumn | StaffColumn;

/**
 * How to find a subject's rows.
 * - `userColumn`: the column holding the subject's users.id.
 * - `emailColumn`: also guest rows (user column null) with this address, compared case-insensitively.
 *   Callers pass an e-mail only once control of it is proven (verified account address, or the
 *   one-time link of a guest request, R7).
 * - `pseudonymColumn`: also guest rows (user column null) carrying a consent subject id that the
 *   customer used while signed in (consent_events.subject_id of their own decisions, C11).
 * - `via`: rows whose `foreignKey` points at a row of `parentTable` that belongs to the subject;
 *   chains are allowed (credit_notes -> invoices -> orders) and must end at a user column.
 */
export type SubjectLookup<T extends PgTable> =
  | { userColumn: ColumnName<T>; emailColumn?: ColumnName<T>; pseudonymColumn?: ColumnName<T> }
  | { via: { parentTable: TableName; foreignKey: ColumnName<T>; parentKey?: string } };

export const LEGAL_BASES = ["art-6-1-a", "art-6-1-b", "art-6-1-c", "art-6-1-f"] as const;
/** GDPR Art. 6(1)(a) consent, (b) contract, (c) legal obligation, (f) legitimate interest. */
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Processing purposes; each has one legal basis (lib/privacy/map/vocabulary.ts). */
export type PurposeCode =
  | "account"
  | "contract"
  | "payment"
  | "accounting"
  | "after-sales"
  | "services"
  | "security"
  | "transactional-mail"
  | "consent-proof"
  | "analytics"
  | "personalization"
  | "marketing"
  | "honour-choices"
  | "transparency"
  | "privacy-rights"
  | "staff-accountability";

export type RecipientCode = "payment-provider" | "carrier" | "mail-delivery" | "accounting";
export type SourceCode = "customer" | "shop-systems" | "derived" | "payment-provider" | "staff";

export type RetentionPeriod = { days: number } | { months: number } | { years: number };

/**
 * What starts the retention period:
 * - account-closed: kept while the account exists, deleted with it;
 * - recorded / last-change / expiry / closed: counted from the time in `column`;
 * - end-of-calendar-year: from the end of the calendar year of the time in `column` (accounting law);
 * - superseded: from when a newer record replaces it or it stops applying;
 * - with-parent: deleted together with its parent row;
 * - not-personal: catalogue and configuration, kept as long as the shop needs them.
 */
export type RetentionTrigger =
  | "account-closed"
  | "recorded"
  | "last-change"
  | "expiry"
  | "closed"
  | "end-of-calendar-year"
  | "superseded"
  | "with-parent"
  | "not-personal";

export type RowFilter<T extends PgTable> =
  { column: ColumnName<T>; in: readonly string[] } | { column: ColumnName<T>; isNull: true };

export type RetentionRule<T extends PgTable> = {
  period: RetentionPeriod;
  trigger: RetentionTrigger;
  /** The timestamp the period counts from, where the trigger needs one. */
  column?: ColumnName<T>;
  /** The law that sets the period, when one does. */
  law?: string;
  text: Localized;
};

/** One rule, optionally with a different rule for some rows (guest carts, commercial letters). */
export type Retention<T extends PgTable> = RetentionRule<T> & {
  exception?: RetentionRule<T> & { rows: RowFilter<T> };
};

/**
 * What erasure (Art. 17, R4) does with the subject's rows:
 * - delete: deleted at once;
 * - cascade: removed with its parent row (`parentTable`, the table of the subject lookup);
 * - pseudonymize: `setNull` columns become null, `keeps` (a pseudonym) stays, nothing else changes;
 * - retain-restricted: kept unaltered until the legal retention ends and read only for that purpose
 *   (Art. 17(3)(b), 18); `restrictedAtColumn` is set, `setNull` columns not needed for it are cleared;
 *   with `rows`, only matching rows are kept and the others deleted.
 */
export type Erasure<T extends PgTable> =
  | { action: "delete" }
  | { action: "cascade"; parentTable: TableName }
  | {
      action: "pseudonymize";
      setNull: readonly ColumnName<T>[];
      keeps: readonly ColumnName<T>[];
      reason: Localized;
    }
  | {
      action: "retain-restricted";
      reason: Localized;
      restrictedAtColumn?: ColumnName<T>;
      setNull?: readonly ColumnName<T>[];
      rows?: RowFilter<T>;
    };

export type SampleSubject = { userId: string; email: string };
/** Inserts one realistic row of the table (and any parent rows it needs) for the subject. */
export type Factory = (db: Database, subject: SampleSubject) => Promise<void>;

type EntryBase<T extends PgTable> = {
  table: T;
  description: Localized;
  columns: { [C in ColumnName<T>]: ColumnClass };
  retention: Retention<T>;
};

/** A table whose rows belong to no customer (catalogue, configuration, operational counters). */
export type NonPersonalEntry<T extends PgTable = PgTable> = EntryBase<T> & {
  personal: false;
  kind: "catalogue" | "configuration" | "operational";
};

export type PersonalEntry<T extends PgTable = PgTable> = EntryBase<T> & {
  personal: true;
  /** The group in the access view and the privacy notice (R1). */
  category: CustomerCategory;
  exportLabel: Localized;
  subject: SubjectLookup<T>;
  /** Legal bases follow from the purposes. */
  purposes: readonly PurposeCode[];
  erasure: Erasure<T>;
  recipients: readonly RecipientCode[];
  source: readonly SourceCode[];
  factory: Factory;
};

export type TableEntry<T extends PgTable = PgTable> = NonPersonalEntry<T> | PersonalEntry<T>;

/** The whole map: the compiler insists on an entry for every table of the schema. */
export type DataMap = { [N in TableName]: TableEntry<TableByName<N>> };
