/**
 * Foreign keys between the data map's tables, as the sweep needs them: which children go with a
 * parent row (their retention is "with-parent") and which keep a due parent until they are gone
 * themselves, and so in which order the tables are swept (children first).
 */
import { getTableConfig } from "drizzle-orm/pg-core";
import { allTables, isTableName } from "../data-map";
import type { TableName } from "../data-map-types";

export type Reference = {
  child: TableName;
  childColumn: string;
  parent: TableName;
  parentColumn: string;
  /**
   * The child row goes with its parent: its rule is "with-parent" and this key is the one its
   * subject lookup follows (or, for a table without one, a cascading key).
   */
  withParent: boolean;
};

let cache: Reference[] | null = null;

/** Every single-column foreign key between two tables of the data map. */
export function allReferences(): Reference[] {
  if (cache) return cache;
  cache = allTables().flatMap(([child, entry]) =>
    getTableConfig(entry.table).foreignKeys.flatMap((fk) => {
      const ref = fk.reference();
      const parent = getTableConfig(ref.foreignTable).name;
      const [childColumn, ...moreChild] = ref.columns.map((c) => c.name);
      const [parentColumn, ...moreParent] = ref.foreignColumns.map((c) => c.name);
      if (!isTableName(parent) || !childColumn || !parentColumn) return [];
      if (moreChild.length > 0 || moreParent.length > 0)
        throw new Error(`${child}: composite foreign keys are not supported by the sweep`);
      const withParent =
        entry.retention.trigger === "with-parent" &&
        !entry.retention.exception &&
        (entry.personal && "via" in entry.subject
          ? entry.subject.via.parentTable === parent && entry.subject.via.foreignKey === childColumn
          : fk.onDelete === "cascade");
      return [{ child, childColumn, parent, parentColumn, withParent }];
    }),
  );
  return cache;
}

/** Foreign keys pointing at the table (excluding its own rows pointing at each other). */
export function referencesTo(table: TableName): Reference[] {
  return allReferences().filter((r) => r.parent === table && r.child !== table);
}

/** The rows that go when a row of the table goes, one level down. */
export function withParentChildren(table: TableName): Reference[] {
  return referencesTo(table).filter((r) => r.withParent);
}

/** The table and every table whose rows go with its rows, at any depth. */
export function withParentFamily(table: TableName, seen = new Set<TableName>()): TableName[] {
  if (seen.has(table)) return [];
  seen.add(table);
  return [table, ...withParentChildren(table).flatMap((r) => withParentFamily(r.child, seen))];
}

/**
 * The swept tables, each after every swept table whose rows may still point at its rows or at the
 * rows that go with them: a child due in the same run is removed before its parent is looked at.
 */
export function sweepOrder(swept: readonly TableName[]): TableName[] {
  const sweeping = new Map<TableName, TableName>();
  for (const table of swept)
    for (const member of withParentFamily(table))
      if (!sweeping.has(member)) sweeping.set(member, table);
  const before = new Map<TableName, Set<TableName>>(swept.map((t) => [t, new Set<TableName>()]));
  for (const table of swept) {
    for (const member of withParentFamily(table)) {
      for (const ref of referencesTo(member)) {
        if (ref.withParent) continue;
        const remover = sweeping.get(ref.child);
        if (remover && remover !== table) before.get(table)!.add(remover);
      }
    }
  }
  const order: TableName[] = [];
  const state = new Map<TableName, "visiting" | "done">();
  const visit = (table: TableName, path: TableName[]) => {
    if (state.get(table) === "done") return;
    if (state.get(table) === "visiting")
      throw new Error(
        `Retention sweep: foreign keys form a cycle (${[...path, table].join(" → ")})`,
      );
    state.set(table, "visiting");
    for (const dependency of [...before.get(table)!].sort()) visit(dependency, [...path, table]);
    state.set(table, "done");
    order.push(table);
  };
  for (const table of swept) visit(table, []);
  return order;
}
