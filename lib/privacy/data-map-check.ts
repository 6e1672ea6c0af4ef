/**
 * Compares the data map with the schema and lists every gap as one line naming the table or column,
 * so that a new table or column cannot silently escape export, erasure or retention.
 */
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { ColumnClass, Localized, PersonalEntry, TableEntry } from "./data-map-types";

export type SchemaTableShape = {
  name: string;
  columns: string[];
  /** Columns with a foreign key to users.id. */
  userReferences: string[];
};

/** The drizzle tables among a module's exports (db/schema/index.ts). */
export function tablesOf(module: Record<string, unknown>): PgTable[] {
  return Object.values(module).filter((value): value is PgTable => is(value, PgTable));
}

export function shapeOf(table: PgTable): SchemaTableShape {
  const config = getTableConfig(table);
  const userReferences = config.foreignKeys.flatMap((fk) => {
    const ref = fk.reference();
    return getTableConfig(ref.foreignTable).name === "users" ? ref.columns.map((c) => c.name) : [];
  });
  return { name: config.name, columns: config.columns.map((c) => c.name), userReferences };
}

/** Names ending like this hold secrets and must never be exported. */
const SECRET_NAME = /(_hash|_secret)$/;

export function checkDataMap(
  schema: SchemaTableShape[],
  map: Readonly<Record<string, TableEntry>>,
): string[] {
  const problems: string[] = [];
  const shapes = new Map(schema.map((s) => [s.name, s]));
  for (const shape of schema) {
    if (!Object.hasOwn(map, shape.name))
      problems.push(`${shape.name}: table is in the schema but missing from the data map`);
  }
  for (const [name, entry] of Object.entries(map)) {
    const shape = shapes.get(name);
    if (!shape) {
      problems.push(`${name}: the data map has an entry for a table that is not in the schema`);
      continue;
    }
    problems.push(...checkEntry(name, entry, shape, map, shapes));
  }
  return problems;
}

function checkEntry(
  name: string,
  entry: TableEntry,
  shape: SchemaTableShape,
  map: Readonly<Record<string, TableEntry>>,
  shapes: Map<string, SchemaTableShape>,
): string[] {
  const problems: string[] = [];
  const has = (column: string) => shape.columns.includes(column);
  const columns = (entry.columns ?? {}) as Record<string, ColumnClass>;

  if (!entry.table || getTableConfig(entry.table).name !== name)
    problems.push(`${name}: entry.table is not the table "${name}"`);
  if (!isLocalized(entry.description))
    problems.push(`${name}: description needs German and English text`);

  for (const column of shape.columns) {
    if (!Object.hasOwn(columns, column))
      problems.push(
        `${name}.${column}: column is in the schema but not classified in the data map`,
      );
  }
  for (const [column, c] of Object.entries(columns)) {
    if (!has(column)) {
      problems.push(
        `${name}.${column}: classified in the data map but the table has no such column`,
      );
      continue;
    }
    if (c.personal && !isLocalized(c.label))
      problems.push(`${name}.${column}: personal column needs a German and English label`);
    if (
      SECRET_NAME.test(column) &&
      !(c.personal && c.category === "account-security" && "export" in c && c.export === false)
    ) {
      problems.push(
        `${name}.${column}: holds a secret but is not marked personal with export: false`,
      );
    }
    if (!entry.personal && c.personal && c.category !== "employee") {
      problems.push(
        `${name}.${column}: customer personal data in a table the map calls non-personal`,
      );
    }
  }
  for (const column of shape.userReferences) {
    const c = columns[column];
    if (c && !c.personal)
      problems.push(`${name}.${column}: references users.id but is classified as not personal`);
  }

  const retention = entry.retention;
  if (!retention || !retention.trigger || !retention.period || !isLocalized(retention.text)) {
    problems.push(`${name}: retention needs a period, a trigger and German and English text`);
  } else {
    for (const rule of [retention, retention.exception]) {
      if (rule?.column && !has(rule.column))
        problems.push(`${name}: retention counts from "${rule.column}", which is not a column`);
    }
    if (retention.exception && !has(retention.exception.rows.column)) {
      problems.push(
        `${name}: retention exception filters on "${retention.exception.rows.column}", which is not a column`,
      );
    }
  }

  if (entry.personal) problems.push(...checkPersonal(name, entry, has, columns, map, shapes));
  return problems;
}

function checkPersonal(
  name: string,
  entry: PersonalEntry,
  has: (column: string) => boolean,
  columns: Record<string, ColumnClass>,
  map: Readonly<Record<string, TableEntry>>,
  shapes: Map<string, SchemaTableShape>,
): string[] {
  const problems: string[] = [];
  if (!Object.values(columns).some((c) => c.personal && c.category !== "employee")) {
    problems.push(`${name}: personal table without any column of customer personal data`);
  }
  if (!entry.category) problems.push(`${name}: personal table needs a category`);
  if (!isLocalized(entry.exportLabel))
    problems.push(`${name}: personal table needs an export label in German and English`);
  if (typeof entry.factory !== "function") problems.push(`${name}: personal table needs a factory`);
  if (!entry.purposes?.length) problems.push(`${name}: personal table needs at least one purpose`);
  if (!entry.source?.length) problems.push(`${name}: personal table needs a source`);
  if (!Array.isArray(entry.recipients))
    problems.push(`${name}: personal table needs a list of recipients (may be empty)`);

  const lookup = entry.subject;
  if (!lookup) {
    problems.push(`${name}: personal table needs a subject lookup`);
  } else if ("via" in lookup) {
    if (!has(lookup.via.foreignKey))
      problems.push(
        `${name}: subject lookup names column "${lookup.via.foreignKey}", which does not exist`,
      );
    problems.push(...checkChain(name, map, shapes));
  } else {
    for (const column of [lookup.userColumn, lookup.emailColumn, lookup.pseudonymColumn]) {
      if (column !== undefined && !has(column))
        problems.push(`${name}: subject lookup names column "${column}", which does not exist`);
    }
  }

  const erasure = entry.erasure;
  if (!erasure) {
    problems.push(`${name}: personal table needs an erasure rule`);
    return problems;
  }
  const erasureColumns: string[] = [];
  if (erasure.action === "pseudonymize") {
    if (erasure.setNull.length === 0)
      problems.push(`${name}: pseudonymization must clear at least one column`);
    erasureColumns.push(...erasure.setNull, ...erasure.keeps);
  }
  if (erasure.action === "retain-restricted") {
    erasureColumns.push(...(erasure.setNull ?? []));
    if (erasure.restrictedAtColumn) erasureColumns.push(erasure.restrictedAtColumn);
    if (erasure.rows) erasureColumns.push(erasure.rows.column);
  }
  if (erasure.action === "cascade") {
    const parent = lookup && "via" in lookup ? lookup.via.parentTable : undefined;
    if (erasure.parentTable !== parent)
      problems.push(
        `${name}: cascades with "${erasure.parentTable}" but its subject lookup goes through "${parent ?? "no parent"}"`,
      );
  }
  for (const column of erasureColumns) {
    if (!has(column))
      problems.push(`${name}: erasure names column "${column}", which does not exist`);
  }
  return problems;
}

/** Follows `via` links to the table with the user column; reports dead ends and cycles. */
function checkChain(
  start: string,
  map: Readonly<Record<string, TableEntry>>,
  shapes: Map<string, SchemaTableShape>,
): string[] {
  const seen = [start];
  let current = map[start];
  while (current?.personal && "via" in current.subject) {
    const { parentTable, parentKey } = current.subject.via;
    if (seen.includes(parentTable))
      return [`${start}: subject lookup loops (${[...seen, parentTable].join(" -> ")})`];
    const parent = map[parentTable];
    if (!parent?.personal) {
      return [
        `${start}: subject lookup goes through "${parentTable}", which is not a personal table of the data map`,
      ];
    }
    if (!shapes.get(parentTable)?.columns.includes(parentKey ?? "id")) {
      return [
        `${start}: subject lookup joins on ${parentTable}.${parentKey ?? "id"}, which does not exist`,
      ];
    }
    seen.push(parentTable);
    current = parent;
  }
  const last = seen[seen.length - 1]!;
  if (
    !current?.personal ||
    !current.subject ||
    !("userColumn" in current.subject) ||
    !current.subject.userColumn
  ) {
    return [
      `${start}: subject lookup (${seen.join(" -> ")}) does not end at a table with a user column`,
    ];
  }
  if (!shapes.get(last)?.columns.includes(current.subject.userColumn)) {
    return [
      `${start}: subject lookup (${seen.join(" -> ")}) ends at a user column that does not exist`,
    ];
  }
  return [];
}

function isLocalized(text: Localized | undefined): boolean {
  return !!text && text.de.trim().length > 0 && text.en.trim().length > 0;
}
