/**
 * The goodbye page after erasure is public (the person is signed out by then), so what was kept
 * travels in its address: only table names of the data map and retention end dates, never anything
 * about the person. The page reads the texts (label, reason, law) from the data map again.
 */
import type { PersonalEntry, TableName } from "../data-map-types";
import type { ErasureStatement } from "./plan";
import { keepsRows } from "./plan";

export const GOODBYE_PATH = "/account-deleted";
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function goodbyeHref(statement: ErasureStatement): string {
  if (statement.kept.length === 0) return GOODBYE_PATH;
  const kept = statement.kept.map((item) => `${item.table}:${item.until}`).join(",");
  return `${GOODBYE_PATH}?kept=${encodeURIComponent(kept)}`;
}

export type GoodbyeItem = { table: TableName; entry: PersonalEntry; until: string };

/**
 * The kept records named in the address, each checked against the data map (a personal table whose
 * erasure keeps rows) and the date format; anything else is ignored.
 */
export function parseGoodbyeKept(
  param: string | string[] | undefined,
  entries: readonly (readonly [TableName, PersonalEntry])[],
): GoodbyeItem[] {
  const raw = Array.isArray(param) ? param[0] : param;
  if (!raw) return [];
  const byName = new Map(entries);
  const seen = new Set<TableName>();
  return raw
    .slice(0, 2000)
    .split(",")
    .flatMap((part): GoodbyeItem[] => {
      const [table, until, extra] = part.split(":");
      if (extra !== undefined || !table || !until || !ISO_DAY.test(until)) return [];
      if (Number.isNaN(Date.parse(until))) return [];
      const entry = byName.get(table as TableName);
      if (!entry || !keepsRows(entry) || seen.has(table as TableName)) return [];
      seen.add(table as TableName);
      return [{ table: table as TableName, entry, until }];
    });
}
