import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import { auditLog, privacyRequests, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import type { ColumnClass, SampleSubject, TableName } from "../data-map-types";
import { exportedColumns, personalTables } from "../data-map";
import { insertSampleOrder } from "../map/samples";
import { selectSubjectRows, type DataSubject } from "../subject-rows";
import { collectSubjectData, toExportValue } from "./collect";
import type { ExportTable, SubjectExport } from "./document";
import { exportJsonSchema } from "./schema";
import { exportValidator } from "./validator";

let handle: DatabaseHandle;
let db: Database;
const now = new Date();

async function freshCustomer(tag: string): Promise<SampleSubject> {
  const subject = {
    userId: randomUUID(),
    email: `export-${tag}-${randomUUID().slice(0, 8)}@kunden.example`,
  };
  await db.insert(users).values({
    id: subject.userId,
    email: subject.email,
    name: "Erika Mustermann",
    role: "customer",
  });
  return subject;
}

/** A row in every personal table for the subject, through the data map's own factories. */
async function fillEveryTable(subject: SampleSubject) {
  for (const [, entry] of personalTables()) await entry.factory(db, subject);
}

function tablesOf(document: SubjectExport): Map<TableName, ExportTable> {
  return new Map(document.categories.flatMap((c) => c.tables).map((t) => [t.table, t]));
}

/** Every string inside a value (JSON columns included), for searching one export for another's data. */
function strings(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const v of Object.values(value)) strings(v, into);
  return into;
}

/** All values of the subject's rows in every personal table, every column, straight from the database. */
async function storedStrings(subject: DataSubject): Promise<Set<string>> {
  const found = new Set<string>();
  for (const [name] of personalTables()) strings(await selectSubjectRows(db, name, subject), found);
  return found;
}

let customerA: SampleSubject;
let customerB: SampleSubject;
let staffId: string;
let exportA: SubjectExport;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  customerA = await freshCustomer("a");
  customerB = await freshCustomer("b");
  await fillEveryTable(customerA);
  await fillEveryTable(customerB);
  // Staff who handled A's records: their identity is not A's data and must stay out of it.
  staffId = randomUUID();
  await db.insert(users).values({
    id: staffId,
    email: `officer-${staffId.slice(0, 8)}@vitrine.example`,
    name: "Paula Datenschutz",
    role: "privacy_officer",
  });
  await db
    .update(auditLog)
    .set({ actorId: staffId })
    .where(eq(auditLog.subjectUserId, customerA.userId));
  await db
    .update(privacyRequests)
    .set({ handledBy: staffId })
    .where(eq(privacyRequests.userId, customerA.userId));
  exportA = await collectSubjectData(db, customerA, now);
});

afterAll(async () => {
  await handle?.close();
});

describe("a customer's export (R2)", () => {
  it("holds every exported personal column of every personal table", () => {
    const tables = tablesOf(exportA);
    const missing: string[] = [];
    for (const [name, entry] of personalTables()) {
      const exported = tables.get(name);
      if (!exported || exported.rows.length === 0) {
        missing.push(`${name}: no rows`);
        continue;
      }
      for (const column of exportedColumns(entry)) {
        if (!exported.rows.every((row) => Object.hasOwn(row, column)))
          missing.push(`${name}.${column}`);
      }
    }
    expect(missing, "personal columns missing from the export").toEqual([]);
  });

  it("holds exactly those columns, with the values stored in the database", async () => {
    const tables = tablesOf(exportA);
    for (const [name, entry] of personalTables()) {
      const expectedColumns = exportedColumns(entry);
      const exported = tables.get(name)!;
      expect(
        exported.columns.map((c) => c.name),
        name,
      ).toEqual(expectedColumns);
      for (const row of exported.rows)
        expect(Object.keys(row).sort(), name).toEqual([...expectedColumns].sort());
      const stored = await selectSubjectRows(db, name, customerA);
      const project = (row: Record<string, unknown>) =>
        JSON.stringify(Object.fromEntries(expectedColumns.map((c) => [c, toExportValue(row[c])])));
      expect(exported.rows.map((r) => JSON.stringify(r)).sort(), name).toEqual(
        stored.map(project).sort(),
      );
    }
  });

  it("validates against the published JSON Schema", () => {
    expect(exportValidator(exportJsonSchema())(JSON.parse(JSON.stringify(exportA)))).toEqual([]);
    expect(exportA.subject).toEqual({ kind: "customer" });
  });

  it("holds no secret and nothing about the staff who handled the records", async () => {
    const serialized = JSON.stringify(exportA);
    const leaks: string[] = [];
    for (const [name, entry] of personalTables()) {
      const classes = Object.entries(entry.columns as Record<string, ColumnClass>);
      const hidden = classes
        .filter(
          ([, c]) =>
            c.personal && (("export" in c && c.export === false) || c.category === "employee"),
        )
        .map(([column]) => column);
      const table = tablesOf(exportA).get(name)!;
      for (const column of hidden) {
        if (table.columns.some((c) => c.name === column)) leaks.push(`${name}.${column}`);
      }
      for (const row of await selectSubjectRows(db, name, customerA)) {
        for (const column of hidden) {
          const value = row[column];
          if (typeof value === "string" && value.length >= 6 && serialized.includes(value))
            leaks.push(`${name}.${column} = ${value}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(serialized).not.toContain(staffId);
    expect(serialized).not.toContain("Paula Datenschutz");
  });

  it("holds no value that belongs only to another customer", async () => {
    const ownValues = await storedStrings(customerA);
    const othersOnly = [...(await storedStrings(customerB))].filter(
      (value) => value.length >= 6 && !ownValues.has(value),
    );
    // The check can fail: B's address and id are among the values searched for.
    expect(othersOnly).toContain(customerB.email);
    expect(othersOnly).toContain(customerB.userId);
    const serialized = JSON.stringify(exportA);
    expect(othersOnly.filter((value) => serialized.includes(value))).toEqual([]);
  });
});

describe("a guest's export by proven e-mail address (R7)", () => {
  it("finds the guest order and its items, and nothing of the account with the same address", async () => {
    const account = await freshCustomer("guest-and-account");
    const guestOrder = await insertSampleOrder(db, { userId: null, email: account.email });
    const accountOrder = await insertSampleOrder(db, account);

    const document = await collectSubjectData(
      db,
      { userId: null, email: account.email.toUpperCase() },
      now,
    );
    const tables = tablesOf(document);
    expect(document.subject).toEqual({ kind: "guest" });
    expect(tables.get("orders")!.rows.map((r) => r.id)).toEqual([guestOrder.orderId]);
    expect(tables.get("order_items")!.rows.map((r) => r.order_id)).toEqual([guestOrder.orderId]);
    expect(tables.get("users")!.rows).toEqual([]);
    const serialized = JSON.stringify(document);
    expect(serialized).not.toContain(accountOrder.orderId);
    expect(serialized).not.toContain(account.userId);
    expect(exportValidator(exportJsonSchema())(JSON.parse(serialized))).toEqual([]);
  });
});
