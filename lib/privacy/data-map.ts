/**
 * The data map: one registry of every table and column of the schema (architecture.md, "The data
 * map"). Entries live in lib/privacy/map/<aggregate>.ts; this module joins them and derives views.
 */
import type {
  ColumnClass,
  CustomerCategory,
  CustomerColumn,
  DataMap,
  LegalBasis,
  MapLocale,
  PersonalEntry,
  SecretColumn,
  StaffColumn,
  TableEntry,
  TableName,
} from "./data-map-types";
import { ACCOUNT_TABLES } from "./map/accounts";
import { AFTER_SALES_TABLES } from "./map/after-sales";
import { CART_TABLES } from "./map/carts";
import { CATALOG_TABLES } from "./map/catalog";
import { CONSENT_TABLES } from "./map/consent";
import { OPERATIONS_TABLES } from "./map/operations";
import { ORDER_TABLES } from "./map/orders";
import { PERSONALIZATION_TABLES } from "./map/personalization";
import { PRIVACY_TABLES } from "./map/privacy";
import {
  CATEGORY_TEXT,
  CUSTOMER_CATEGORY_ORDER,
  LEGAL_BASIS_TEXT,
  PURPOSES,
  RECIPIENTS,
  SOURCES,
} from "./map/vocabulary";

export const DATA_MAP = {
  ...ACCOUNT_TABLES,
  ...CATALOG_TABLES,
  ...CART_TABLES,
  ...ORDER_TABLES,
  ...AFTER_SALES_TABLES,
  ...CONSENT_TABLES,
  ...PERSONALIZATION_TABLES,
  ...PRIVACY_TABLES,
  ...OPERATIONS_TABLES,
} satisfies DataMap;

/** The map seen table by table, without each table's own column types. */
const ENTRIES: Readonly<Record<TableName, TableEntry>> = DATA_MAP;

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(ENTRIES, name);
}

export function getTableEntry(name: TableName): TableEntry;
export function getTableEntry(name: string): TableEntry | undefined;
export function getTableEntry(name: string): TableEntry | undefined {
  return isTableName(name) ? ENTRIES[name] : undefined;
}

export function getPersonalEntry(name: TableName): PersonalEntry {
  const entry = ENTRIES[name];
  if (!entry.personal) throw new Error(`${name} holds no customer's personal data (data map)`);
  return entry;
}

export function allTables(): [TableName, TableEntry][] {
  return Object.entries(ENTRIES) as [TableName, TableEntry][];
}

/** Tables whose rows belong to a customer, in map order. */
export function personalTables(): [TableName, PersonalEntry][] {
  return allTables().filter((pair): pair is [TableName, PersonalEntry] => pair[1].personal);
}

export function isCustomerColumn(column: ColumnClass): column is CustomerColumn | SecretColumn {
  return column.personal && column.category !== "employee";
}

export function isStaffColumn(column: ColumnClass): column is StaffColumn {
  return column.personal && column.category === "employee";
}

/**
 * Columns of a subject's rows that go into the access view and export (Art. 15, 20): the customer's
 * personal columns except secrets, plus row keys and references so that rows can be linked.
 */
export function exportedColumns(entry: TableEntry): string[] {
  return Object.entries(entry.columns as Record<string, ColumnClass>)
    .filter(([, c]) =>
      isCustomerColumn(c)
        ? c.export !== false
        : !c.personal && (c.kind === "key" || c.kind === "reference"),
    )
    .map(([name]) => name);
}

/** Where staff members' own data sits (for a staff member's access request and staff erasure). */
export function staffColumns(): {
  table: TableName;
  column: string;
  label: StaffColumn["label"];
}[] {
  return allTables().flatMap(([table, entry]) =>
    Object.entries(entry.columns as Record<string, ColumnClass>).flatMap(([column, c]) =>
      isStaffColumn(c) ? [{ table, column, label: c.label }] : [],
    ),
  );
}

export function legalBasesOf(entry: PersonalEntry): LegalBasis[] {
  return unique(entry.purposes.map((p) => PURPOSES[p].legalBasis));
}

export type StoredDataItem = {
  table: TableName;
  label: string;
  /** What this record holds, by column label. */
  contains: string[];
  purposes: string[];
  legalBases: string[];
  retention: string;
  /** What happens at erasure: deleted at once, or what is kept, why and until when (R4). */
  onErasure: string;
  recipients: string[];
  sources: string[];
};

export type StoredDataGroup = {
  category: CustomerCategory;
  label: string;
  description: string;
  /** The records of this group ("Orders", "Invoices" ...). */
  contains: string[];
  purposes: string[];
  legalBases: string[];
  /** One line per record: "Orders: 8 years after ...". */
  retention: string[];
  recipients: string[];
  sources: string[];
  items: StoredDataItem[];
};

/** The customer-facing "what we store" list (Art. 13, 15(1); R1), grouped by category. */
export function describeStoredData(locale: MapLocale): StoredDataGroup[] {
  const items = personalTables().map(([table, entry]) => ({
    category: entry.category,
    item: describeTable(table, entry, locale),
  }));
  return CUSTOMER_CATEGORY_ORDER.flatMap((category) => {
    const inGroup = items.filter((i) => i.category === category).map((i) => i.item);
    if (inGroup.length === 0) return [];
    const text = CATEGORY_TEXT[category];
    return [
      {
        category,
        label: text.label[locale],
        description: text.description[locale],
        contains: inGroup.map((i) => i.label),
        purposes: unique(inGroup.flatMap((i) => i.purposes)),
        legalBases: unique(inGroup.flatMap((i) => i.legalBases)),
        retention: inGroup.map((i) => `${i.label}: ${i.retention}`),
        recipients: unique(inGroup.flatMap((i) => i.recipients)),
        sources: unique(inGroup.flatMap((i) => i.sources)),
        items: inGroup,
      },
    ];
  });
}

function describeTable(table: TableName, entry: PersonalEntry, locale: MapLocale): StoredDataItem {
  const columns = Object.values(entry.columns as Record<string, ColumnClass>).filter(
    isCustomerColumn,
  );
  return {
    table,
    label: entry.exportLabel[locale],
    contains: unique(columns.map((c) => c.label[locale])),
    purposes: entry.purposes.map((p) => PURPOSES[p].text[locale]),
    legalBases: legalBasesOf(entry).map((b) => LEGAL_BASIS_TEXT[b][locale]),
    retention: entry.retention.text[locale],
    onErasure: describeErasure(entry, locale),
    recipients: entry.recipients.map((r) => RECIPIENTS[r][locale]),
    sources: entry.source.map((s) => SOURCES[s][locale]),
  };
}

const DELETED_AT_ONCE = {
  de: "Wird gelöscht, sobald Sie Ihr Konto löschen.",
  en: "Deleted as soon as you delete your account.",
};

function describeErasure(entry: PersonalEntry, locale: MapLocale): string {
  const erasure = entry.erasure;
  switch (erasure.action) {
    case "delete":
    case "cascade":
      return DELETED_AT_ONCE[locale];
    case "pseudonymize":
      return erasure.reason[locale];
    case "retain-restricted": {
      const columns = entry.columns as Record<string, ColumnClass>;
      const cleared = (erasure.setNull ?? []).flatMap((name) => {
        const column = columns[name];
        return column && isCustomerColumn(column) ? [column.label[locale]] : [];
      });
      const removed = cleared.length > 0 ? ` ${CLEARED[locale]} ${cleared.join(", ")}.` : "";
      return `${erasure.reason[locale]} ${entry.retention.text[locale]}${removed}`;
    }
  }
}

const CLEARED = { de: "Sofort entfernt werden:", en: "Removed at once:" };

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
