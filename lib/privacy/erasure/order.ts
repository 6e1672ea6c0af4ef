/**
 * The order in which erasure works through the personal tables, derived from the data map and the
 * schema's foreign keys, so that a table a later issue adds slots in by itself.
 */
import { getTableConfig } from "drizzle-orm/pg-core";
import { consentEvents } from "@/db/schema";
import type { PersonalEntry, TableName } from "../data-map-types";

type Entries = readonly (readonly [TableName, PersonalEntry])[];

/**
 * A table comes before every table it must not outlive in the transaction:
 * - before the parent its subject lookup goes through (`via`): once the parent's rows are deleted
 *   or lose their user id, the child's rows can no longer be found;
 * - before every table it references by a foreign key: children go before their parents, and the
 *   account row (users) is deleted last, after everything kept has lost its link to it;
 * - before the consent ledger when it finds guest rows by consent id: that lookup reads the
 *   ledger's user ids, which pseudonymization removes.
 */
export function erasureDependencies(entries: Entries): Map<TableName, Set<TableName>> {
  const names = new Set(entries.map(([name]) => name));
  const ledger = getTableConfig(consentEvents).name as TableName;
  const before = new Map<TableName, Set<TableName>>(entries.map(([name]) => [name, new Set()]));
  for (const [name, entry] of entries) {
    const after = before.get(name)!;
    if ("via" in entry.subject) after.add(entry.subject.via.parentTable);
    for (const fk of getTableConfig(entry.table).foreignKeys) {
      const target = getTableConfig(fk.reference().foreignTable).name as TableName;
      if (target !== name && names.has(target)) after.add(target);
    }
    if (!("via" in entry.subject) && entry.subject.pseudonymColumn && name !== ledger) {
      if (names.has(ledger)) after.add(ledger);
    }
  }
  return before;
}

/** The tables in working order (a stable topological sort in map order); throws on a cycle. */
export function erasureOrder(entries: Entries): TableName[] {
  const mustPrecede = erasureDependencies(entries);
  // Count, for each table, the tables that must be done before it.
  const waitingOn = new Map<TableName, number>(entries.map(([name]) => [name, 0]));
  for (const targets of mustPrecede.values()) {
    for (const target of targets) waitingOn.set(target, (waitingOn.get(target) ?? 0) + 1);
  }
  const order: TableName[] = [];
  const done = new Set<TableName>();
  while (order.length < entries.length) {
    const next = entries.find(([name]) => !done.has(name) && waitingOn.get(name) === 0);
    if (!next) {
      const left = entries.filter(([name]) => !done.has(name)).map(([name]) => name);
      throw new Error(`Erasure order has a cycle among: ${left.join(", ")}`);
    }
    const [name] = next;
    order.push(name);
    done.add(name);
    for (const target of mustPrecede.get(name)!) {
      waitingOn.set(target, waitingOn.get(target)! - 1);
    }
  }
  return order;
}
