/**
 * One CSV per category of the export (R2): the rows of all its tables, a `table` column first, then
 * the union of the tables' columns. RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte order
 * mark so that Excel reads umlauts.
 */
import type { ExportCategory, ExportValue, SubjectExport } from "./document";

const BOM = "\uFEFF";
/** A spreadsheet runs a text cell starting with one of these as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell: JSON for structured values; text that could run as a formula gets a `'`. */
export function cellText(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return "";
  // Numbers and booleans are written as such: "-5" from a number is a number, not a formula.
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes inside doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (ExportValue | undefined)[][],
): string {
  const lines = [
    header.map(quoteField).join(","),
    ...rows.map((row) => row.map((v) => quoteField(cellText(v))).join(",")),
  ];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** The CSV of one category: every row of its tables under the union of their columns. */
export function categoryCsv(category: ExportCategory): string {
  const columns: string[] = [];
  for (const table of category.tables)
    for (const { name } of table.columns) if (!columns.includes(name)) columns.push(name);
  const rows = category.tables.flatMap((table) =>
    table.rows.map((row) => [table.table, ...columns.map((name) => row[name])]),
  );
  return toCsv(["table", ...columns], rows);
}

export function csvFileName(category: ExportCategory): string {
  return `${category.category}.csv`;
}

/** One file per category of the document, every category (an empty one has its header only). */
export function exportCsvFiles(document: SubjectExport): { name: string; content: string }[] {
  return document.categories.map((category) => ({
    name: csvFileName(category),
    content: categoryCsv(category),
  }));
}
