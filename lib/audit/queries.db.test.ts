import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/engine/open";
import { orders, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { generateOrderNumber } from "@/lib/orders/order-number";
import { auditPseudonym, writeAudit } from "./audit";
import { listAuditEntries, type AuditFilters } from "./queries";

let handle: DatabaseHandle;
const db = () => handle.db;
/** Every action of this file starts with it, so seeded entries never mix in. */
const prefix = `qtest${randomUUID().slice(0, 8)}.`;
const none: AuditFilters = {
  actorRole: null,
  actionPrefix: prefix,
  subject: null,
  from: null,
  to: null,
  page: 1,
};

let officer: string;
let admin: string;
let customer: string;
let orderNumber: string;
let orderId: string;

async function newUser(role: "customer" | "admin" | "privacy_officer") {
  const [user] = await db()
    .insert(users)
    .values({ email: `${role}-${randomUUID()}@audit.test`, name: role, role })
    .returning({ id: users.id });
  return user!.id;
}

const actions = async (filters: Partial<AuditFilters>, pageSize?: number) =>
  (await listAuditEntries(db(), { ...none, ...filters }, pageSize)).rows.map((r) => r.action);

beforeAll(async () => {
  handle = await createTestDatabase();
  [officer, admin, customer] = [
    await newUser("privacy_officer"),
    await newUser("admin"),
    await newUser("customer"),
  ];
  orderNumber = generateOrderNumber();
  const [order] = await db()
    .insert(orders)
    .values({
      orderNumber,
      email: "guest@audit.test",
      shippingMethod: "standard",
      paymentMethod: "invoice",
      billingAddress: {
        fullName: "G",
        street: "S 1",
        postalCode: "10115",
        city: "Berlin",
        country: "DE",
      },
      subtotalCents: 100,
      shippingCents: 0,
      totalCents: 100,
      vatLines: [],
      idempotencyKey: randomUUID(),
    })
    .returning({ id: orders.id });
  orderId = order!.id;

  const at = (iso: string) => new Date(iso);
  // 23:30 UTC on 10 March is already 11 March in Berlin.
  await writeAudit(db(), {
    actorId: admin,
    actorRole: "admin",
    action: `${prefix}order.viewed`,
    entity: "order",
    entityId: orderNumber,
    subjectUserId: customer,
    occurredAt: at("2024-03-10T23:30:00Z"),
  });
  await writeAudit(db(), {
    actorId: officer,
    actorRole: "privacy_officer",
    action: `${prefix}consent.looked_up`,
    entity: "user",
    entityId: customer,
    subjectUserId: customer,
    occurredAt: at("2024-03-12T10:00:00Z"),
  });
  await writeAudit(db(), {
    actorId: null,
    actorRole: null,
    action: `${prefix}order.swept`,
    entity: "order",
    entityId: orderId,
    occurredAt: at("2024-03-09T12:00:00Z"),
  });
  await writeAudit(db(), {
    actorId: admin,
    actorRole: "admin",
    action: `${prefix}100%_done`,
    entity: "job",
    occurredAt: at("2024-03-08T12:00:00Z"),
  });
});

afterAll(async () => {
  await handle?.close();
});

describe("listAuditEntries", () => {
  it("lists newest first and pages", async () => {
    expect(await actions({})).toEqual([
      `${prefix}consent.looked_up`,
      `${prefix}order.viewed`,
      `${prefix}order.swept`,
      `${prefix}100%_done`,
    ]);
    const second = await listAuditEntries(db(), { ...none, page: 2 }, 3);
    expect(second).toMatchObject({ total: 4, page: 2, pageCount: 2 });
    expect(second.rows.map((r) => r.action)).toEqual([`${prefix}100%_done`]);
    expect((await listAuditEntries(db(), { ...none, page: 99 }, 3)).page).toBe(2);
  });

  it("filters by actor role, with 'system' for entries without an actor", async () => {
    expect(await actions({ actorRole: "privacy_officer" })).toEqual([`${prefix}consent.looked_up`]);
    expect(await actions({ actorRole: "system" })).toEqual([`${prefix}order.swept`]);
    expect(await actions({ actorRole: "admin" })).toEqual([
      `${prefix}order.viewed`,
      `${prefix}100%_done`,
    ]);
  });

  it("filters by action prefix, taking % and _ literally", async () => {
    expect(await actions({ actionPrefix: `${prefix}order.` })).toEqual([
      `${prefix}order.viewed`,
      `${prefix}order.swept`,
    ]);
    expect(await actions({ actionPrefix: `${prefix}100%` })).toEqual([`${prefix}100%_done`]);
    expect(await actions({ actionPrefix: `${prefix}%` })).toEqual([]);
    expect(await actions({ actionPrefix: `${prefix}_` })).toEqual([]);
  });

  it("filters by subject: a user id, a pseudonym, or an order number by number or id", async () => {
    expect(await actions({ subject: customer })).toEqual([
      `${prefix}consent.looked_up`,
      `${prefix}order.viewed`,
    ]);
    expect(await actions({ subject: officer })).toEqual([`${prefix}consent.looked_up`]);
    expect(await actions({ subject: auditPseudonym(customer) })).toEqual([
      `${prefix}consent.looked_up`,
      `${prefix}order.viewed`,
    ]);
    expect(await actions({ subject: orderNumber })).toEqual([
      `${prefix}order.viewed`,
      `${prefix}order.swept`,
    ]);
    expect(await actions({ subject: randomUUID() })).toEqual([]);
  });

  it("filters by a date range of Berlin days, both ends included", async () => {
    expect(await actions({ from: "2024-03-11", to: "2024-03-11" })).toEqual([
      `${prefix}order.viewed`,
    ]);
    expect(await actions({ to: "2024-03-10" })).toEqual([
      `${prefix}order.swept`,
      `${prefix}100%_done`,
    ]);
    expect(await actions({ from: "2024-03-11" })).toEqual([
      `${prefix}consent.looked_up`,
      `${prefix}order.viewed`,
    ]);
    expect(await actions({ from: "2024-03-09", to: "2024-03-11", actorRole: "admin" })).toEqual([
      `${prefix}order.viewed`,
    ]);
  });
});
