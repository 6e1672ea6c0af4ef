/**
 * What the export reads, derived once from the data map: for every personal table the columns that
 * exportedColumns() names, each with its drizzle column (for the query and the JSON Schema type)
 * and a label. Collection, the JSON Schema and the CSV header all use this one list.
 */
import { getTableConfig, type PgColumn } from "drizzle-orm/pg-core";
import type { ColumnClass, Localized, PersonalEntry, TableName } from "../data-map-types";
import { exportedColumns, getTableEntry, isCustomerColumn, personalTables } from "../data-map";
import { columnBySqlName } from "../subject-rows";

export type ExportColumn = { name: string; column: PgColumn; label: Localized };

export type ExportPlan = {
  name: TableName;
  entry: PersonalEntry;
  columns: ExportColumn[];
  /** Stable, readable order: by the time the retention counts from, then by primary key. */
  orderBy: PgColumn[];
};

const RECORD_ID: Localized = { de: "Kennung des Eintrags", en: "Record id" };

/** Keys and references carry no label in the map: they are named after the record they point to. */
function structureLabel(entry: PersonalEntry, name: string, column: PgColumn): Localized {
  if (column.primary) return RECORD_ID;
  const target = getTableConfig(entry.table)
    .foreignKeys.map((fk) => fk.reference())
    .find((ref) => ref.columns.some((c) => c.name === name));
  if (!target) return RECORD_ID;
  const targetName = getTableConfig(target.foreignTable).name;
  const targetEntry = getTableEntry(targetName);
  const label =
    targetEntry?.personal === true
      ? targetEntry.exportLabel
      : { de: `Tabelle ${targetName}`, en: `table ${targetName}` };
  return { de: `Verweis auf: ${label.de}`, en: `Refers to: ${label.en}` };
}

function planOf(name: TableName, entry: PersonalEntry): ExportPlan {
  const classes = entry.columns as Record<string, ColumnClass>;
  const columns = exportedColumns(entry).map((columnName) => {
    const column = columnBySqlName(entry.table, columnName);
    const classified = classes[columnName]!;
    return {
      name: columnName,
      column,
      label: isCustomerColumn(classified)
        ? classified.label
        : structureLabel(entry, columnName, column),
    };
  });
  const config = getTableConfig(entry.table);
  const primary = [
    ...config.columns.filter((c) => c.primary),
    ...config.primaryKeys.flatMap((pk) => pk.columns),
  ];
  const timeColumn = entry.retention.column
    ? columnBySqlName(entry.table, entry.retention.column)
    : undefined;
  return { name, entry, columns, orderBy: timeColumn ? [timeColumn, ...primary] : primary };
}

let plans: ExportPlan[] | undefined;

/** Every personal table of the data map, in map order. */
export function exportPlans(): ExportPlan[] {
  plans ??= personalTables().map(([name, entry]) => planOf(name, entry));
  return plans;
}
