/**
 * Erasure (Art. 17 GDPR, R4): every personal table of the data map, by its erasure rule, in one
 * transaction. What a legal retention keeps stays, restricted as the map says; everything else of
 * the subject is gone when the transaction commits, sessions included.
 */
import { and, eq, getTableColumns, not, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/engine/open";
import { privacyRequests, users } from "@/db/schema";
import { enqueueMail } from "@/lib/mail/outbox";
import type { MailLocale } from "@/lib/mail/templates";
import type { Erasure, PersonalEntry, TableName } from "../data-map-types";
import { getPersonalEntry, personalTables } from "../data-map";
import { recordCompletedRequest } from "../requests";
import { columnBySqlName, subjectCondition, type DataSubject } from "../subject-rows";
import { erasureOrder } from "./order";
import { describeErasure, keptForMail, type ErasureStatement } from "./plan";
import { keptCondition, loadErasureRows, rowFilterCondition } from "./rows";

export type ErasureAction = Erasure<PgTable>["action"];

/** What erasure did to one table's rows of the subject. */
export type TableErasure = {
  action: ErasureAction;
  deleted: number;
  /** Rows kept and altered (pseudonymized, or restricted with columns cleared). */
  changed: number;
  /** Rows kept, altered or not. */
  kept: number;
};

export type ErasureReport = {
  erasedAt: Date;
  /** The address the confirmation went to and the request log names. */
  email: string;
  tables: Partial<Record<TableName, TableErasure>>;
  /** The statement as it stood when erasure began: what was deleted, what is kept until when. */
  statement: ErasureStatement;
  /** The completed "erasure" request recorded (R6), unless the caller logs its own. */
  requestId: string | null;
  /** The "account-deleted" confirmation in the outbox. */
  mailId: string | null;
};

export type EraseResult = { status: "erased"; report: ErasureReport } | { status: "not_found" };

export type EraseOptions = {
  /** Language of the confirmation; an account's own language wins. Default German. */
  locale?: MailLocale;
  /**
   * Record a completed "erasure" request (self-service). A caller that answers a logged request
   * (the officer's queue, a guest's request) passes false and completes that request itself.
   */
  recordRequest?: boolean;
  /** Send the "account-deleted" confirmation (default true). */
  sendConfirmation?: boolean;
};

const columnKeys = new Map<PgTable, Map<string, string>>();

/** The drizzle property name of a column given its SQL name, for `.set({...})`. */
function propertyKey(table: PgTable, sqlName: string): string {
  let keys = columnKeys.get(table);
  if (!keys) {
    keys = new Map(
      Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([key, column]) => [
        column.name,
        key,
      ]),
    );
    columnKeys.set(table, keys);
  }
  const key = keys.get(sqlName);
  if (!key) throw new Error(`No column ${sqlName} (data map)`);
  return key;
}

const ONE = { one: sql<number>`1` };

async function deleteRows(db: Database, table: PgTable, where: SQL): Promise<number> {
  return (await db.delete(table).where(where).returning(ONE)).length;
}

async function updateRows(
  db: Database,
  table: PgTable,
  values: Record<string, unknown>,
  where: SQL,
): Promise<number> {
  return (await db.update(table).set(values).where(where).returning(ONE)).length;
}

async function countRows(db: Database, table: PgTable, where: SQL): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(table)
    .where(where);
  return Number(row?.count ?? 0);
}

/** One table's rows of the subject, by the entry's erasure rule. */
async function eraseTable(
  db: Database,
  name: TableName,
  entry: PersonalEntry,
  subject: DataSubject,
  now: Date,
): Promise<TableErasure> {
  const table = entry.table;
  const mine = subjectCondition(db, name, subject);
  const erasure = entry.erasure as Erasure<PgTable>;
  switch (erasure.action) {
    case "delete":
    // A cascading child is deleted explicitly before its parent (erasureOrder), so that it is
    // counted and does not depend on the foreign key's ON DELETE.
    case "cascade": {
      const deleted = await deleteRows(db, table, mine);
      return { action: erasure.action, deleted, changed: 0, kept: 0 };
    }
    case "pseudonymize": {
      const values = Object.fromEntries(erasure.setNull.map((c) => [propertyKey(table, c), null]));
      const changed = await updateRows(db, table, values, mine);
      return { action: "pseudonymize", deleted: 0, changed, kept: changed };
    }
    case "retain-restricted": {
      const keep = keptCondition(entry)!;
      const deleted = erasure.rows
        ? await deleteRows(db, table, and(mine, not(rowFilterCondition(table, erasure.rows)))!)
        : 0;
      const values: Record<string, unknown> = Object.fromEntries(
        (erasure.setNull ?? []).map((c) => [propertyKey(table, c), null]),
      );
      if (erasure.restrictedAtColumn) {
        // Restricted since the first erasure that reached the row (a guest's, then the account's).
        const column = columnBySqlName(table, erasure.restrictedAtColumn);
        values[propertyKey(table, erasure.restrictedAtColumn)] =
          sql`coalesce(${column}, ${now.toISOString()}::timestamptz)`;
      }
      const kept = and(mine, keep)!;
      if (Object.keys(values).length === 0) {
        // Kept unaltered (invoices are never changed, GoBD); the account no longer leads to them.
        return {
          action: "retain-restricted",
          deleted,
          changed: 0,
          kept: await countRows(db, table, kept),
        };
      }
      const changed = await updateRows(db, table, values, kept);
      return { action: "retain-restricted", deleted, changed, kept: changed };
    }
  }
}

type Account = { id: string; email: string; locale: MailLocale; verified: boolean };

/**
 * An account as a data subject. Its address reaches guest rows (orders placed before the account
 * existed) only once control of it was proven: a verified address, or one the caller proved.
 */
export function accountSubject(
  account: { id: string; email: string; verified: boolean },
  provenEmail?: string,
): DataSubject {
  const email = provenEmail ?? (account.verified ? account.email : undefined);
  return email ? { userId: account.id, email } : { userId: account.id };
}

async function lockAccount(db: Database, userId: string): Promise<Account | null> {
  // Locks the account row: a sign-in or checkout racing the erasure waits and then finds no account.
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      locale: users.locale,
      verifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return row
    ? { id: row.id, email: row.email, locale: row.locale, verified: row.verifiedAt !== null }
    : null;
}

/**
 * Erases a data subject at once, in one transaction: an account (`userId`; its verified address
 * also reaches the guest rows carrying it) or a guest (`userId: null` with the address they proved).
 *
 * Ends every session (their rows are deleted with the account), pseudonymizes consent proof and
 * audit entries, keeps invoices and the order data they rest on unaltered and restricted, and leaves
 * the shop's numbers alone (orders keep their totals, stock is not touched). Staff accounts are not
 * refused here; callers decide who may erase (the self-service action refuses staff).
 *
 * The confirmation goes out after the rules ran, as a new outbox row to the address, without the
 * account link and without the name: it holds only what delivery needs (the address) and lives
 * under the outbox's own retention (deleted mails after 90 days, retention sweep). Deleting it with
 * the other mails would mean the person is never told.
 */
export async function eraseSubject(
  db: Database,
  subject: DataSubject,
  now: Date,
  options: EraseOptions = {},
): Promise<EraseResult> {
  const recordRequest = options.recordRequest ?? true;
  const sendConfirmation = options.sendConfirmation ?? true;
  return db.transaction(async (tx): Promise<EraseResult> => {
    let lookup: DataSubject;
    let address: string;
    let locale: MailLocale = options.locale ?? "de";
    if (subject.userId === null) {
      address = subject.email.trim();
      lookup = { userId: null, email: address };
    } else {
      const account = await lockAccount(tx, subject.userId);
      if (!account) return { status: "not_found" };
      address = account.email;
      locale = account.locale;
      lookup = accountSubject(account, subject.email);
    }

    const rows = await loadErasureRows(tx, lookup, now, { withErasureRequest: recordRequest });
    const entries = personalTables();
    const statement = describeErasure(entries, rows, now);

    // Recorded first, so that the request row itself goes through its own entry's rule below.
    const request = recordRequest
      ? await recordCompletedRequest(tx, {
          userId: subject.userId,
          email: address,
          kind: "erasure",
          details: { selfService: true },
          now,
        })
      : null;

    const tables: Partial<Record<TableName, TableErasure>> = {};
    for (const name of erasureOrder(entries)) {
      tables[name] = await eraseTable(tx, name, getPersonalEntry(name), lookup, now);
    }

    if (request) {
      const sum = (pick: (t: TableErasure) => number) =>
        Object.values(tables).reduce((total, t) => total + pick(t!), 0);
      await tx
        .update(privacyRequests)
        .set({
          details: {
            selfService: true,
            deletedRows: sum((t) => t.deleted),
            keptRows: sum((t) => t.kept),
          },
        })
        .where(eq(privacyRequests.id, request.id));
    }

    const mail = sendConfirmation
      ? await enqueueMail(tx, {
          to: address,
          userId: null,
          locale,
          content: {
            template: "account-deleted",
            name: "",
            deletedAt: now.toISOString(),
            kept: keptForMail(statement, locale),
            guest: subject.userId === null,
          },
        })
      : null;

    return {
      status: "erased",
      report: {
        erasedAt: now,
        email: address,
        tables,
        statement,
        requestId: request?.id ?? null,
        mailId: mail?.id ?? null,
      },
    };
  });
}
