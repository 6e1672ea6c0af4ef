import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";
import {
  addresses,
  consentEvents,
  invoices,
  mailOutbox,
  newsletterSubscriptions,
  orders,
  privacyRequests,
  sessions,
  users,
  verificationTokens,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import type { PersonalEntry, SampleSubject, TableName } from "../data-map-types";
import { getTableEntry, personalTables } from "../data-map";
import {
  insertSampleOrder,
  insertSampleWithdrawal,
  SAMPLE_ADDRESS,
  SAMPLE_NAME,
  sampleTokenHash,
} from "../map/samples";
import { selectSubjectRows, subjectCondition, type DataSubject } from "../subject-rows";
import { eraseSubject, type ErasureReport } from "./erase";

let handle: DatabaseHandle;
let db: Database;

const NOW = new Date("2026-06-15T10:00:00Z");
const SAMPLE_PHONE = "+49 221 555 0147";

/** Values that belong to one person only, so that a hit anywhere is theirs. */
type Identity = { email: string; name: string; street: string; phone: string; userId: string };

function uniqueIdentity(tag: string): Identity {
  const suffix = randomUUID().replaceAll("-", "").slice(0, 10);
  return {
    userId: randomUUID(),
    email: `${tag}-${suffix}@kunden.example`,
    name: `Zora Quellenberg ${suffix}`,
    street: `Unikatweg ${suffix}`,
    phone: `+49 30 ${Number.parseInt(suffix.slice(0, 8), 16) % 100_000_000}`,
  };
}

async function createCustomer(identity: Identity): Promise<SampleSubject> {
  await db.insert(users).values({
    id: identity.userId,
    email: identity.email,
    name: SAMPLE_NAME,
    role: "customer",
    locale: "de",
    emailVerifiedAt: new Date(NOW.getTime() - 86_400_000),
  });
  return { userId: identity.userId, email: identity.email };
}

const TEXT_TYPES = new Set(["text", "jsonb"]);

function isImmutable(error: unknown): boolean {
  const text = (e: unknown): string => (e instanceof Error ? `${e.message} ${text(e.cause)}` : "");
  return text(error).includes("immutable");
}

/**
 * The factories write the shared sample name, street and phone; in the subject's own rows they are
 * replaced by the subject's unique values, in every text and JSON column the data map reaches.
 * Invoices and credit notes refuse any change (GoBD trigger): the subject gets one more invoice,
 * issued with their own values, instead.
 */
async function personalize(subject: DataSubject, identity: Identity): Promise<void> {
  const swaps: [string, string][] = [
    [SAMPLE_NAME, identity.name],
    [SAMPLE_ADDRESS.street, identity.street],
    [SAMPLE_PHONE, identity.phone],
  ];
  for (const [name, entry] of personalTables()) {
    try {
      for (const column of getTableConfig(entry.table).columns) {
        const type = column.getSQLType();
        if (!TEXT_TYPES.has(type) && !type.startsWith("varchar")) continue;
        for (const [from, to] of swaps) {
          const replaced =
            type === "jsonb"
              ? sql`replace(${sql.identifier(column.name)}::text, ${from}, ${to})::jsonb`
              : sql`replace(${sql.identifier(column.name)}, ${from}, ${to})`;
          await db.execute(
            sql`update ${sql.identifier(name)} set ${sql.identifier(column.name)} = ${replaced}
                where ${subjectCondition(db, name, subject)}`,
          );
        }
      }
    } catch (error) {
      if (!isImmutable(error)) throw error;
    }
  }
  await db.update(users).set({ phone: identity.phone }).where(eq(users.id, identity.userId));
  await db
    .update(addresses)
    .set({ phone: identity.phone })
    .where(eq(addresses.userId, identity.userId));

  const [issued] = await selectSubjectRows(db, "invoices", subject);
  const order = await insertSampleOrder(db, { userId: identity.userId, email: identity.email });
  let snapshot = JSON.stringify(issued!.snapshot);
  for (const [from, to] of swaps) snapshot = snapshot.replaceAll(from, to);
  await db.insert(invoices).values({
    orderId: order.orderId,
    totalCents: order.totalCents,
    snapshot: JSON.parse(snapshot) as typeof invoices.$inferInsert.snapshot,
  });
  await db
    .update(orders)
    .set({
      phone: identity.phone,
      shippingAddress: { ...SAMPLE_ADDRESS, fullName: identity.name, street: identity.street },
      billingAddress: { ...SAMPLE_ADDRESS, fullName: identity.name, street: identity.street },
    })
    .where(eq(orders.id, order.orderId));
}

type Hit = { table: string; column: string; needle: keyof Identity; row: Record<string, unknown> };

/** Every text, JSON and uuid column of every table of the database, searched for the identity. */
async function scanDatabase(identity: Partial<Identity>): Promise<Hit[]> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public'
          and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'uuid', 'ARRAY')
        order by table_name, ordinal_position`,
  );
  expect(columns.length).toBeGreaterThan(100);
  const needles = Object.entries(identity).map(
    ([key, value]) => [key as keyof Identity, String(value).toLowerCase()] as const,
  );
  const hits: Hit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const value = sql`lower(${sql.identifier(column)}::text)`;
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`select *, ${value} as "__scan_value" from ${sql.identifier(table)}
          where ${sql.join(
            needles.map(([, needle]) => sql`position(${needle} in ${value}) > 0`),
            sql` or `,
          )}`,
    );
    for (const { __scan_value: scanned, ...row } of rows) {
      for (const [key, needle] of needles) {
        if (String(scanned).includes(needle)) hits.push({ table, column, needle: key, row });
      }
    }
  }
  return hits;
}

/**
 * Whether the data map says erasure keeps this value: a table that pseudonymizes (only in the
 * pseudonym it keeps) or keeps rows restricted (in a column it does not clear, in a row it keeps,
 * marked restricted where the map has a column for that).
 */
function keptByTheMap(hit: Hit): string | null {
  const entry = getTableEntry(hit.table);
  const where = `${hit.table}.${hit.column} holds the ${hit.needle}`;
  if (!entry?.personal) return `${where}, but the table is not personal in the data map`;
  const erasure = (entry as PersonalEntry).erasure;
  if (erasure.action === "pseudonymize") {
    return (erasure.keeps as readonly string[]).includes(hit.column)
      ? null
      : `${where}, but erasure keeps only ${erasure.keeps.join(", ")} there`;
  }
  if (erasure.action !== "retain-restricted") return `${where}, but erasure ${erasure.action}s it`;
  if ((erasure.setNull as readonly string[] | undefined)?.includes(hit.column))
    return `${where}, but erasure clears that column`;
  const rows = erasure.rows;
  if (rows) {
    const value = hit.row[rows.column];
    const matches = "isNull" in rows ? value === null : rows.in.includes(String(value));
    if (!matches)
      return `${where} in a row erasure does not keep (${rows.column} = ${String(value)})`;
  }
  if (erasure.restrictedAtColumn && hit.row[erasure.restrictedAtColumn] == null)
    return `${where} in a kept row that is not marked restricted`;
  return null;
}

/** The one row erasure writes after the rules ran: the confirmation, holding only the address. */
function isConfirmation(hit: Hit): boolean {
  return (
    hit.table === "mail_outbox" &&
    hit.column === "to_email" &&
    hit.needle === "email" &&
    hit.row.template === "account-deleted" &&
    hit.row.user_id === null
  );
}

async function rowsOf(subject: DataSubject) {
  const result: Record<string, unknown[]> = {};
  for (const [name] of personalTables()) result[name] = await selectSubjectRows(db, name, subject);
  return result;
}

async function shopNumbers() {
  const [row] = await queryRows<{ revenue: string; orders: string; stock: string }>(
    db,
    sql`select (select coalesce(sum(total_cents), 0) from orders)::text as revenue,
               (select count(*) from orders)::text as orders,
               (select coalesce(sum(quantity), 0) from stock_levels)::text as stock`,
  );
  return row;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
});

describe("erasing a customer with a row in every personal table", () => {
  const identity = uniqueIdentity("erase");
  const bystanderIdentity = uniqueIdentity("bystander");
  let subject: SampleSubject;
  let bystander: SampleSubject;
  let report: ErasureReport;
  let before: {
    hits: Hit[];
    orders: (typeof orders.$inferSelect)[];
    invoices: (typeof invoices.$inferSelect)[];
    bystander: Record<string, unknown[]>;
    numbers: Awaited<ReturnType<typeof shopNumbers>>;
    sessions: number;
  };

  beforeAll(async () => {
    subject = await createCustomer(identity);
    bystander = await createCustomer(bystanderIdentity);
    for (const [, entry] of personalTables()) {
      await entry.factory(db, subject);
      await entry.factory(db, bystander);
    }
    // A guest order placed with the same, now verified address before the account existed.
    await insertSampleOrder(db, { userId: null, email: identity.email.toUpperCase() });
    // A second device.
    await db.insert(sessions).values({
      userId: subject.userId,
      userAgent: "Mozilla/5.0 (Android 15) Firefox/140.0",
      expiresAt: new Date(NOW.getTime() + 86_400_000),
    });
    await personalize({ userId: subject.userId, email: subject.email }, identity);
    await personalize({ userId: bystander.userId, email: bystander.email }, bystanderIdentity);

    const subjectOrders = await selectSubjectRows(db, "orders", subject);
    const orderIds = subjectOrders.map((o) => o.id as string);
    before = {
      hits: await scanDatabase(identity),
      orders: await db.select().from(orders).where(inArray(orders.id, orderIds)),
      invoices: await db.select().from(invoices).where(inArray(invoices.orderId, orderIds)),
      bystander: await rowsOf(bystander),
      numbers: await shopNumbers(),
      sessions: (await db.select().from(sessions).where(eq(sessions.userId, subject.userId)))
        .length,
    };

    const result = await eraseSubject(db, subject, NOW);
    if (result.status !== "erased") throw new Error("the customer was not found");
    report = result.report;
  });

  it("starts from a customer the scan finds everywhere", () => {
    const found = new Set(before.hits.map((h) => `${h.table}.${h.column}:${h.needle}`));
    for (const expected of [
      "users.email:email",
      "users.name:name",
      "users.phone:phone",
      "addresses.street:street",
      "orders.shipping_address:name",
      "orders.phone:phone",
      "invoices.snapshot:street",
      "sessions.user_id:userId",
      "behaviour_events.user_id:userId",
    ]) {
      expect(found, expected).toContain(expected);
    }
    expect(before.orders.length).toBeGreaterThanOrEqual(8);
    expect(before.invoices.length).toBeGreaterThanOrEqual(1);
    expect(before.sessions).toBe(2);
  });

  it("treats every personal table by its rule and reports the counts", () => {
    expect(Object.keys(report.tables).sort()).toEqual(
      personalTables()
        .map(([n]) => n)
        .sort(),
    );
    for (const [name, entry] of personalTables()) {
      const done = report.tables[name]!;
      expect(done.action, name).toBe(entry.erasure.action);
      expect(done.deleted + done.kept, `${name}: the factory's row was handled`).toBeGreaterThan(0);
    }
    expect(report.tables.sessions).toMatchObject({ deleted: 2 });
    expect(report.tables.users).toMatchObject({ deleted: 1 });
    expect(report.tables.orders!.kept).toBe(before.orders.length);
    expect(report.tables.orders!.changed).toBe(before.orders.length);
  });

  it("leaves the identity only where the data map says a retention keeps it, restricted", async () => {
    const hits = await scanDatabase(identity);
    const problems = hits.filter((h) => !isConfirmation(h)).flatMap((h) => keptByTheMap(h) ?? []);
    expect(problems).toEqual([]);
    // The scan does see kept data: the restricted orders and invoices still name the customer.
    const kept = new Set(hits.map((h) => `${h.table}.${h.column}:${h.needle}`));
    expect(kept).toContain("orders.email:email");
    expect(kept).toContain("orders.shipping_address:name");
    expect(kept).toContain("invoices.snapshot:street");
    // The account id is nowhere, not even in kept rows: they keep no link to the account.
    expect(hits.filter((h) => h.needle === "userId")).toEqual([]);
  });

  it("ends every session and removes the account", async () => {
    expect(await db.select().from(sessions).where(eq(sessions.userId, subject.userId))).toEqual([]);
    expect(await db.select().from(users).where(eq(users.id, subject.userId))).toEqual([]);
  });

  it("keeps orders and invoices with the shop's numbers unchanged, restricted", async () => {
    const ids = before.orders.map((o) => o.id);
    const after = await db.select().from(orders).where(inArray(orders.id, ids));
    expect(after).toHaveLength(before.orders.length);
    for (const order of after) {
      const was = before.orders.find((o) => o.id === order.id)!;
      expect(order).toEqual({ ...was, userId: null, phone: null, restrictedAt: NOW });
    }
    const invoicesAfter = await db.select().from(invoices).where(inArray(invoices.orderId, ids));
    expect(invoicesAfter.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.invoices.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await shopNumbers()).toEqual(before.numbers);
  });

  it("pseudonymizes the consent proof instead of deleting it", async () => {
    const kept = before.hits.filter((h) => h.table === "consent_events" && h.needle === "userId");
    expect(kept.length).toBeGreaterThan(0);
    const proof = await db
      .select()
      .from(consentEvents)
      .where(
        inArray(
          consentEvents.id,
          kept.map((h) => h.row.id as string),
        ),
      );
    for (const hit of kept) {
      const row = proof.find((p) => p.id === hit.row.id);
      expect(row, "the consent record still exists").toBeDefined();
      expect(row!.userId).toBeNull();
      expect(row!.subjectId).toBe(hit.row.subject_id);
    }
  });

  it("logs a completed erasure request, itself kept as its entry says", async () => {
    const [request] = await db
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.id, report.requestId!));
    expect(request).toMatchObject({
      userId: null,
      email: identity.email,
      kind: "erasure",
      status: "completed",
      receivedAt: NOW,
      completedAt: NOW,
    });
    expect(request!.details).toMatchObject({ selfService: true });
    expect(request!.details.deletedRows).toBeGreaterThan(20);
  });

  it("sends the confirmation with what is kept, to the address, holding nothing else of theirs", async () => {
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, report.mailId!));
    expect(mail).toMatchObject({
      template: "account-deleted",
      toEmail: identity.email,
      userId: null,
      status: "pending",
      locale: "de",
    });
    expect(mail!.text).toContain("Rechnungen");
    expect(mail!.text).toContain("AO §147, HGB §257, UStG §14b");
    expect(mail!.text).not.toContain(identity.name);
    expect(report.statement.kept.map((k) => k.table)).toEqual(
      expect.arrayContaining(["orders", "invoices", "consent_events", "privacy_requests"]),
    );
    const commercial = await db
      .select()
      .from(mailOutbox)
      .where(
        and(eq(mailOutbox.toEmail, identity.email), eq(mailOutbox.template, "order-confirmation")),
      );
    expect(commercial.length).toBeGreaterThan(0);
    expect(commercial.every((m) => m.userId === null)).toBe(true);
  });

  it("leaves another customer's rows untouched", async () => {
    expect(await rowsOf(bystander)).toEqual(before.bystander);
  });

  it("finds nothing left to erase when asked again", async () => {
    expect(await eraseSubject(db, subject, NOW)).toEqual({ status: "not_found" });
  });
});

describe("erasing a guest by the address they proved", () => {
  it("restricts their orders, deletes everything else and confirms in their language", async () => {
    const identity = uniqueIdentity("guest");
    const email = identity.email;
    const otherGuest = uniqueIdentity("other-guest").email;
    const order = await insertSampleOrder(db, { userId: null, email });
    const othersOrder = await insertSampleOrder(db, { userId: null, email: otherGuest });
    await insertSampleWithdrawal(db, { userId: null, email }, order.orderId);
    const mail = (template: string, to: string) => ({
      toEmail: to,
      locale: "de" as const,
      template,
      subject: "Betreff",
      html: "<p>Inhalt</p>",
      text: "Inhalt",
    });
    await db
      .insert(mailOutbox)
      .values([
        mail("order-confirmation", email),
        mail("guest-privacy-link", email),
        mail("guest-privacy-link", otherGuest),
      ]);
    await db.insert(verificationTokens).values({
      email,
      purpose: "guest_privacy",
      tokenHash: sampleTokenHash(),
      expiresAt: new Date(NOW.getTime() + 3_600_000),
    });
    await db
      .insert(newsletterSubscriptions)
      .values({ email, status: "confirmed", tokenHash: sampleTokenHash(), confirmedAt: NOW });
    const [pending] = await db
      .insert(privacyRequests)
      .values({ email, kind: "erasure", dueAt: new Date(NOW.getTime() + 30 * 86_400_000) })
      .returning();
    const guestNumbers = await shopNumbers();

    const result = await eraseSubject(db, { userId: null, email: email.toUpperCase() }, NOW, {
      locale: "en",
      recordRequest: false,
    });
    if (result.status !== "erased") throw new Error("guest erasure did not run");
    const { report } = result;

    const [kept] = await db.select().from(orders).where(eq(orders.id, order.orderId));
    expect(kept).toMatchObject({
      email,
      restrictedAt: NOW,
      phone: null,
      totalCents: order.totalCents,
    });
    const [others] = await db.select().from(orders).where(eq(orders.id, othersOrder.orderId));
    expect(others!.restrictedAt).toBeNull();
    expect(others!.phone).toBe(SAMPLE_PHONE);

    const mails = await db
      .select()
      .from(mailOutbox)
      .where(sql`lower(${mailOutbox.toEmail}) = ${email}`);
    expect(mails.map((m) => m.template).sort()).toEqual(["account-deleted", "order-confirmation"]);
    const confirmation = mails.find((m) => m.template === "account-deleted")!;
    expect(confirmation.locale).toBe("en");
    expect(confirmation.subject).toBe("Your data at Vitrine has been deleted");
    expect(confirmation.text).toContain("Orders\nkept until");
    expect(confirmation.text).toContain("Withdrawals\nkept until");
    expect(
      await db.select().from(mailOutbox).where(eq(mailOutbox.toEmail, otherGuest)),
    ).toHaveLength(1);

    expect(
      await db.select().from(verificationTokens).where(eq(verificationTokens.email, email)),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(newsletterSubscriptions)
        .where(eq(newsletterSubscriptions.email, email)),
    ).toEqual([]);
    // The caller answers its own logged request: erasure records no second one.
    expect(report.requestId).toBeNull();
    expect(
      (await db.select().from(privacyRequests).where(eq(privacyRequests.email, email))).map(
        (r) => r.id,
      ),
    ).toEqual([pending!.id]);
    expect(report.tables.withdrawals).toMatchObject({ kept: 1, deleted: 0 });
    expect(report.tables.users).toMatchObject({ deleted: 0, kept: 0 });
    expect(await shopNumbers()).toEqual(guestNumbers);

    const hits = await scanDatabase({ email });
    const problems = hits.filter((h) => !isConfirmation(h)).flatMap((h) => keptByTheMap(h) ?? []);
    expect(problems).toEqual([]);
    expect(hits.map((h) => `${h.table}.${h.column}`)).toEqual(
      expect.arrayContaining(["orders.email", "withdrawals.email", "privacy_requests.email"]),
    );
  });
});

describe("the scan's judgement", () => {
  it("refuses a value in a column the map clears, in a deleted table and in an unkept row", () => {
    const hit = (table: string, column: string, row: Record<string, unknown> = {}): Hit => ({
      table,
      column,
      needle: "email",
      row,
    });
    expect(keptByTheMap(hit("orders", "phone", { restricted_at: NOW }))).toMatch(/clears/);
    expect(keptByTheMap(hit("orders", "email", { restricted_at: null }))).toMatch(/not marked/);
    expect(keptByTheMap(hit("orders", "email", { restricted_at: NOW }))).toBeNull();
    expect(keptByTheMap(hit("addresses", "street"))).toMatch(/deletes it/);
    expect(keptByTheMap(hit("mail_outbox", "to_email", { template: "reset-password" }))).toMatch(
      /does not keep/,
    );
    expect(keptByTheMap(hit("consent_events", "purposes"))).toMatch(/keeps only subject_id/);
    expect(keptByTheMap(hit("rate_limits", "key"))).toMatch(/not personal/);
    expect(
      (["orders", "invoices"] satisfies TableName[]).every((t) => getTableEntry(t)?.personal),
    ).toBe(true);
  });
});
