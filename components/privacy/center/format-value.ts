import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";

/** Longer values are shortened on the page; the download holds them in full. */
export const MAX_CELL_LENGTH = 240;

export type CellWords = { yes: string; no: string; empty: string };
export type Cell = { text: string; shortened: boolean };

const dateTimeFormats = new Map<AppLocale, Intl.DateTimeFormat>();

/** Date and time as people read them here: Europe/Berlin, the reader's language. */
export function formatDateTime(date: Date, locale: AppLocale): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Berlin",
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * A stored value for people: dates localized, yes/no for booleans, euros for cents, addresses
 * and lists as text, other JSON compact (R1: "in plain words", not a database dump).
 */
export function formatCell(
  value: unknown,
  options: { locale: AppLocale; money: boolean; words: CellWords },
): Cell {
  return shorten(formatValue(value, options));
}

function formatValue(
  value: unknown,
  options: { locale: AppLocale; money: boolean; words: CellWords },
): string {
  const { locale, money, words } = options;
  if (value === null || value === undefined || value === "") return words.empty;
  if (value instanceof Date) return formatDateTime(value, locale);
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") {
    return money && Number.isInteger(value)
      ? formatMoney(value, locale)
      : // Invoice numbers, rates in basis points, quantities: digits as stored, no grouping.
        new Intl.NumberFormat(INTL_LOCALE[locale], { useGrouping: false }).format(value);
  }
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every(isPrimitive)) {
    return value.length === 0 ? words.empty : value.map((v) => primitive(v, words)).join(", ");
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return words.empty;
    if (isPostalAddress(value)) return formatAddress(value);
    // Other text-only records: their parts, without the field names.
    if (entries.every(([, v]) => typeof v === "string" || v === null)) {
      return entries
        .map(([, v]) => v)
        .filter((v): v is string => typeof v === "string" && v.trim() !== "")
        .join(", ");
    }
    if (entries.every(([, v]) => isPrimitive(v))) {
      return entries.map(([k, v]) => `${k}: ${primitive(v as Primitive, words)}`).join("; ");
    }
  }
  return JSON.stringify(value) ?? words.empty;
}

type Primitive = string | number | boolean | null;

type AddressLike = Record<"fullName" | "street" | "postalCode" | "city" | "country", string> &
  Partial<Record<"company" | "addressLine2", string | null>>;

/** An address as orders store it (PostalAddress); jsonb does not keep the order of its keys. */
function isPostalAddress(value: Record<string, unknown>): value is AddressLike {
  return ["fullName", "street", "postalCode", "city", "country"].every(
    (key) => typeof value[key] === "string",
  );
}

function formatAddress(a: AddressLike): string {
  return [a.fullName, a.company, a.street, a.addressLine2, `${a.postalCode} ${a.city}`, a.country]
    .filter((part): part is string => typeof part === "string" && part.trim() !== "")
    .join(", ");
}

function isPrimitive(value: unknown): value is Primitive {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  );
}

function primitive(value: Primitive, words: CellWords): string {
  if (value === null) return words.empty;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shorten(text: string): Cell {
  if (text.length <= MAX_CELL_LENGTH) return { text, shortened: false };
  return { text: `${text.slice(0, MAX_CELL_LENGTH - 1).trimEnd()}…`, shortened: true };
}
