/**
 * The access view of the privacy center (GDPR Art. 15, R1), derived from the data map: which
 * categories and tables hold a customer's data, with purpose, legal basis, retention, recipients
 * and source, and which columns of each table the customer sees. Pure: the rows come from
 * access-view-data.ts.
 */
import { getTableConfig } from "drizzle-orm/pg-core";
import type { Reason } from "@/db/schema";
import type { ColumnClass, Localized, MapLocale, TableName } from "./data-map-types";
import {
  describeStoredData,
  exportedColumns,
  getPersonalEntry,
  getTableEntry,
  isCustomerColumn,
  isTableName,
  type StoredDataGroup,
  type StoredDataItem,
} from "./data-map";

/** Rows per table and page (R1: "paged where long"). */
export const ACCESS_PAGE_SIZE = 10;
/** A page number beyond this is a manipulated URL, not a long history. */
const MAX_PAGE = 100_000;

/**
 * Columns shown in the download only, not on the page: mail bodies and headers are long and
 * would bury the list of mails (subject and date say which mail it was).
 */
export const DOWNLOAD_ONLY_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  mail_outbox: ["html", "text", "headers"],
};

/** Catalogue and marketing tables whose rows a customer's data points at by id. */
export type NameKind = "products" | "variants" | "categories" | "offers" | "segments" | "stores";
const NAMED_TABLES: Partial<Record<TableName, NameKind>> = {
  products: "products",
  product_variants: "variants",
  categories: "categories",
  offers: "offers",
  segments: "segments",
  stores: "stores",
};

export type ViewColumn = {
  name: string;
  label: string;
  /** Integer cents: shown as an amount in euros. */
  money: boolean;
  /** An id of a product, store ...: shown by its name. */
  names?: NameKind;
};

export type AccessTable = StoredDataItem & {
  columns: ViewColumn[];
  /** Labels of columns that are in the download but not on the page. */
  downloadOnly: string[];
};

export type AccessCategory = Omit<StoredDataGroup, "items"> & { tables: AccessTable[] };

const KEY_LABEL: Localized = { de: "Kennung des Eintrags", en: "Record id" };
const LINK_LABEL: Localized = { de: "Verweis auf: ", en: "Link to: " };
const REFERENCE_LABEL: Localized = { de: "Verweis", en: "Reference" };
const CENTS_SUFFIX = /\s*\((Cent|cents)\)$/;

/** Every category of the customer's data with its tables and the columns shown (R1). */
export function describeAccessView(locale: MapLocale): AccessCategory[] {
  return describeStoredData(locale).map(({ items, ...group }) => ({
    ...group,
    tables: items.map((item) => ({
      ...item,
      columns: viewColumns(item.table, locale),
      downloadOnly: downloadOnlyLabels(item.table, locale),
    })),
  }));
}

/**
 * The columns of a table the customer sees: what the export holds (the customer's personal
 * columns without secrets, plus keys and references that link rows), less the download-only ones.
 */
const viewColumnCache = new Map<string, ViewColumn[]>();

export function viewColumns(table: TableName, locale: MapLocale): ViewColumn[] {
  const key = `${table}:${locale}`;
  const cached = viewColumnCache.get(key);
  if (cached) return cached;
  const columns = computeViewColumns(table, locale);
  viewColumnCache.set(key, columns);
  return columns;
}

function computeViewColumns(table: TableName, locale: MapLocale): ViewColumn[] {
  const entry = getPersonalEntry(table);
  const classes = entry.columns as Record<string, ColumnClass>;
  const hidden = DOWNLOAD_ONLY_COLUMNS[table] ?? [];
  return exportedColumns(entry)
    .filter((name) => !hidden.includes(name))
    .map((name) => {
      const money = name.endsWith("_cents");
      const label = columnLabel(table, name, classes[name]!, locale);
      const target = referencedTable(table, name);
      const names = target ? NAMED_TABLES[target] : undefined;
      return {
        name,
        label: money ? label.replace(CENTS_SUFFIX, "") : label,
        money,
        ...(names ? { names } : {}),
      };
    });
}

function downloadOnlyLabels(table: TableName, locale: MapLocale): string[] {
  const classes = getPersonalEntry(table).columns as Record<string, ColumnClass>;
  return (DOWNLOAD_ONLY_COLUMNS[table] ?? []).flatMap((name) => {
    const column = classes[name];
    return column && isCustomerColumn(column) ? [column.label[locale]] : [];
  });
}

function columnLabel(
  table: TableName,
  name: string,
  column: ColumnClass,
  locale: MapLocale,
): string {
  if (column.personal) return column.label[locale];
  if (column.kind === "key") return KEY_LABEL[locale];
  const target = referencedTable(table, name);
  const targetEntry = target ? getTableEntry(target) : undefined;
  return targetEntry?.personal
    ? `${LINK_LABEL[locale]}${targetEntry.exportLabel[locale]}`
    : `${REFERENCE_LABEL[locale]} (${name})`;
}

/** The table a column points at, from the schema's foreign keys. */
function referencedTable(table: TableName, column: string): TableName | null {
  const config = getTableConfig(getPersonalEntry(table).table);
  for (const foreignKey of config.foreignKeys) {
    const reference = foreignKey.reference();
    if (reference.columns.length === 1 && reference.columns[0]!.name === column) {
      const name = getTableConfig(reference.foreignTable).name;
      return isTableName(name) ? name : null;
    }
  }
  return null;
}

export type AccessPaging = { table: TableName | null; page: number };

/** `?table=…&page=…` of the privacy center; anything else means the first page of every table. */
export function parseAccessPaging(params: {
  table?: string | string[];
  page?: string | string[];
}): AccessPaging {
  const table = typeof params.table === "string" ? params.table : undefined;
  const page = typeof params.page === "string" ? params.page : undefined;
  if (!table || !isTableName(table) || !getTableEntry(table).personal) {
    return { table: null, page: 1 };
  }
  const number = page && /^\d{1,6}$/.test(page) ? Number(page) : 1;
  return { table, page: Math.min(Math.max(number, 1), MAX_PAGE) };
}

export function pageOf(paging: AccessPaging, table: TableName): number {
  return paging.table === table ? paging.page : 1;
}

/** What kind of data chose a personalized item, in the order of how much it weighed. */
export type DecisionSource =
  "purchases" | "views" | "history" | "interests" | "segment" | "cart" | "page";

const SOURCE_OF_SIGNAL: Record<Reason["signal"], DecisionSource> = {
  purchase: "purchases",
  co_purchase: "purchases",
  complement: "purchases",
  replenishment: "purchases",
  recently_viewed: "views",
  category_affinity: "history",
  brand_affinity: "history",
  stated_interest: "interests",
  segment: "segment",
  cart: "cart",
  viewing: "page",
};

/** The kinds of data behind a logged decision (P7): "your purchase history chose these offers". */
export function decisionSources(reasons: readonly Reason[]): DecisionSource[] {
  const weights = new Map<DecisionSource, number>();
  for (const reason of reasons) {
    const source =
      reason.basis === "stated_by_customer"
        ? "interests"
        : reason.basis === "context" && reason.signal !== "cart"
          ? "page"
          : SOURCE_OF_SIGNAL[reason.signal];
    weights.set(source, (weights.get(source) ?? 0) + reason.weight);
  }
  return [...weights].sort((a, b) => b[1] - a[1]).map(([source]) => source);
}

/** Where in the shop a decision was shown: "home", "product", "account:offers" ... */
export function parseSurface(surface: string): { place: string; offers: boolean } {
  const [place = surface, suffix] = surface.split(":");
  return { place, offers: suffix === "offers" };
}

export type NameIds = Record<NameKind, Set<string>>;

type Row = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/**
 * The ids of products, stores, offers ... that the rows on the page refer to, so that their names
 * are loaded with one query per kind (no query per row): from columns that reference those tables,
 * the products and offers of the personalization log, and the categories of affinity scores.
 */
export function collectNameIds(pages: Partial<Record<TableName, { rows: Row[] }>>): NameIds {
  const ids: NameIds = {
    products: new Set(),
    variants: new Set(),
    categories: new Set(),
    offers: new Set(),
    segments: new Set(),
    stores: new Set(),
  };
  for (const [table, page] of Object.entries(pages) as [TableName, { rows: Row[] }][]) {
    const named = viewColumns(table, "en").filter((c) => c.names);
    for (const row of page.rows) {
      for (const column of named) {
        const value = row[column.name];
        if (typeof value === "string") ids[column.names!].add(value);
      }
    }
  }
  for (const row of pages.personalization_log?.rows ?? []) {
    const decision = (row.decision ?? {}) as { productIds?: unknown; offerIds?: unknown };
    strings(decision.productIds).forEach((id) => ids.products.add(id));
    strings(decision.offerIds).forEach((id) => ids.offers.add(id));
  }
  for (const row of pages.customer_profiles?.rows ?? []) {
    const affinities = row.category_affinities;
    if (affinities && typeof affinities === "object") {
      Object.keys(affinities).forEach((id) => ids.categories.add(id));
    }
  }
  return ids;
}

/** Affinities (relative to the strongest, 0..1) as whole percentages, strongest first. */
export function rankAffinities(
  affinities: unknown,
  nameOf: (key: string) => string | undefined,
): { name: string; percent: number }[] {
  if (!affinities || typeof affinities !== "object") return [];
  return Object.entries(affinities as Record<string, unknown>)
    .filter((pair): pair is [string, number] => typeof pair[1] === "number")
    .sort((a, b) => b[1] - a[1])
    .flatMap(([key, share]) => {
      const name = nameOf(key);
      return name ? [{ name, percent: Math.round(share * 100) }] : [];
    });
}

/**
 * The reasons stored with a decision or an offer, as far as they are well-formed: the JSON column
 * is not checked by the database, and a malformed entry must not break the page.
 */
export function readReasons(value: unknown): Reason[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Reason => {
    if (!item || typeof item !== "object") return false;
    const r = item as Record<string, unknown>;
    const subject = r.subject as Record<string, unknown> | null | undefined;
    return (
      typeof r.signal === "string" &&
      Object.hasOwn(SOURCE_OF_SIGNAL, r.signal) &&
      typeof r.weight === "number" &&
      (r.basis === "personalization_consent" ||
        r.basis === "stated_by_customer" ||
        r.basis === "context") &&
      typeof subject?.de === "string" &&
      typeof subject.en === "string"
    );
  });
}
