import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import { behaviourEvents, personalizationLog, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import type { SampleSubject } from "./data-map-types";
import { personalTables } from "./data-map";
import { ACCESS_PAGE_SIZE, collectNameIds, viewColumns } from "./access-view";
import { accessSubject, loadAccessPages, loadNames, loadTablePage } from "./access-view-data";
import { insertSampleOrder, sampleConsentSubjectId, sampleVariant } from "./map/samples";

let handle: DatabaseHandle;
let db: Database;

async function freshCustomer(tag: string, verified = true): Promise<SampleSubject> {
  const subject = {
    userId: randomUUID(),
    email: `access-${tag}-${randomUUID().slice(0, 8)}@kunden.example`,
  };
  await db.insert(users).values({
    id: subject.userId,
    email: subject.email,
    name: "Erika Mustermann",
    role: "customer",
    emailVerifiedAt: verified ? new Date() : null,
  });
  return subject;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
});

describe("the access view's rows", () => {
  it("shows a row in every personal table for a customer who has one, and nothing of another's", async () => {
    const owner = await freshCustomer("owner");
    const bystander = await freshCustomer("bystander");
    for (const [, entry] of personalTables()) await entry.factory(db, owner);

    const pages = await loadAccessPages(db, await accessSubject(db, owner.userId), {
      table: null,
      page: 1,
    });
    for (const [name] of personalTables()) {
      const page = pages[name];
      expect(page.total, `${name}: rows shown`).toBeGreaterThan(0);
      for (const column of viewColumns(name, "en")) {
        expect(Object.hasOwn(page.rows[0]!, column.name), `${name}.${column.name}`).toBe(true);
      }
    }

    // The catalogue ids on the page (products, variants, stores, segments ...) come with names.
    const names = await loadNames(db, collectNameIds(pages));
    for (const kind of [
      "products",
      "variants",
      "categories",
      "offers",
      "segments",
      "stores",
    ] as const) {
      expect(names[kind].size, `names of ${kind}`).toBeGreaterThan(0);
    }

    const theirs = await loadAccessPages(db, await accessSubject(db, bystander.userId), {
      table: null,
      page: 1,
    });
    for (const [name] of personalTables()) {
      expect(theirs[name].total, name).toBe(name === "users" ? 1 : 0);
    }
    expect(theirs.users.rows[0]!.email).toBe(bystander.email);
  });

  it("pages long tables newest first, without overlap, and falls back to the first page", async () => {
    const customer = await freshCustomer("paging");
    const variant = await sampleVariant(db);
    const start = Date.UTC(2025, 0, 1);
    await db.insert(behaviourEvents).values(
      Array.from({ length: 23 }, (_, i) => ({
        userId: customer.userId,
        subjectId: sampleConsentSubjectId(),
        type: "product_view" as const,
        purpose: "personalization" as const,
        productId: variant.productId,
        occurredAt: new Date(start + i * 60_000),
      })),
    );
    const subject = { userId: customer.userId };
    const pages = await Promise.all(
      [1, 2, 3].map((page) => loadTablePage(db, subject, "behaviour_events", page)),
    );
    expect(pages.map((p) => p.rows.length)).toEqual([ACCESS_PAGE_SIZE, ACCESS_PAGE_SIZE, 3]);
    expect(pages.every((p) => p.total === 23 && p.pageCount === 3)).toBe(true);
    const times = pages.flatMap((p) => p.rows.map((r) => (r.occurred_at as Date).getTime()));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.id))).size).toBe(23);

    const beyond = await loadTablePage(db, subject, "behaviour_events", 40);
    expect(beyond.page).toBe(1);
    expect(beyond.rows.map((r) => r.id)).toEqual(pages[0]!.rows.map((r) => r.id));
  });

  it("includes guest orders under the address only once it is verified", async () => {
    const verified = await freshCustomer("verified");
    const unverified = await freshCustomer("unverified", false);
    const guestOrder = await insertSampleOrder(db, { userId: null, email: verified.email });
    const otherGuestOrder = await insertSampleOrder(db, { userId: null, email: unverified.email });

    const mine = await loadTablePage(db, await accessSubject(db, verified.userId), "orders", 1);
    expect(mine.rows.map((r) => r.id)).toContain(guestOrder.orderId);

    const subject = await accessSubject(db, unverified.userId);
    expect(subject.email).toBeUndefined();
    const theirs = await loadTablePage(db, subject, "orders", 1);
    expect(theirs.rows.map((r) => r.id)).not.toContain(otherGuestOrder.orderId);
  });

  it("loads the names the personalization log refers to, in one go, ignoring malformed ids", async () => {
    const customer = await freshCustomer("names");
    const variant = await sampleVariant(db);
    await db.insert(personalizationLog).values({
      userId: customer.userId,
      surface: "home",
      decision: { productIds: [variant.productId, "not-a-uuid", randomUUID()] },
      reasons: [],
    });
    const page = await loadTablePage(db, { userId: customer.userId }, "personalization_log", 1);
    const names = await loadNames(db, collectNameIds({ personalization_log: page }));
    expect(names.products.size).toBe(1);
    const [product] = await db.query.products.findMany({
      where: (p) => eq(p.id, variant.productId),
      columns: { nameDe: true },
    });
    expect(names.products.get(variant.productId)?.de).toBe(product!.nameDe);
    expect(names.offers.size).toBe(0);
  });
});
