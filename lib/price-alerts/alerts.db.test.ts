import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  mailOutbox,
  offerAssignments,
  offers,
  priceAlerts,
  processingLimits,
  segmentMemberships,
  segments,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { NO_CONSENT, newSubjectId } from "@/lib/consent/consent-cookie";
import { recordDecision } from "@/lib/consent/ledger";
import { runJob } from "@/lib/jobs/runner";
import { cancelPriceAlert, createPriceAlert, markNoticeSeen, MAX_ACTIVE_ALERTS } from "./alerts";
import { listAlertNotices, listAlerts } from "./listing";
import { makeCustomer, makeProduct } from "./test-fixtures";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  // Only the offers each test makes count: the seeded vouchers are ended here.
  await handle.db.update(offers).set({ status: "ended" });
});
afterAll(async () => {
  await handle?.close();
});

const launch = new Date("2026-09-01T10:00:00Z");
const now = new Date("2026-12-01T10:00:00Z");
const DAY = 86_400_000;

async function makeOffer(
  patch: Partial<typeof offers.$inferInsert> & Pick<typeof offers.$inferInsert, "target">,
) {
  const slug = `alert-offer-${randomUUID().slice(0, 8)}`;
  const [row] = await handle.db
    .insert(offers)
    .values({
      slug,
      nameDe: "Testrabatt",
      nameEn: "Test discount",
      kind: "percent",
      value: 20,
      voucherCode: slug.toUpperCase(),
      startsAt: new Date(now.getTime() - DAY),
      endsAt: new Date(now.getTime() + 30 * DAY),
      status: "active",
      ...patch,
    })
    .returning();
  return row!;
}

async function consent(userId: string, personalization: boolean) {
  await recordDecision(handle.db, {
    subjectId: newSubjectId(),
    userId,
    purposes: { ...NO_CONSENT, personalization },
    method: "settings",
    gpc: false,
    language: "de",
    now: new Date(now.getTime() - DAY),
  });
}

const mailCount = async (userId: string) =>
  (
    await handle.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.userId, userId), eq(mailOutbox.template, "price-alert")))
  ).length;

describe("createPriceAlert", () => {
  it("needs a wish price below the current price; a second alert replaces the first's", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 4990, since: launch });
    const customer = await makeCustomer(db);
    const input = { userId: customer.id, productId, now };
    expect(await createPriceAlert(db, { ...input, targetPriceCents: 4990 })).toEqual({
      status: "not_below",
      priceCents: 4990,
      offer: null,
    });
    expect(await createPriceAlert(db, { ...input, targetPriceCents: 0 })).toEqual({
      status: "invalid_target",
    });
    const first = await createPriceAlert(db, { ...input, targetPriceCents: 4000 });
    expect(first.status).toBe("created");
    const second = await createPriceAlert(db, { ...input, targetPriceCents: 3500 });
    expect(second).toEqual({
      status: "updated",
      alertId: first.status === "created" ? first.alertId : "",
    });
    const rows = await db.select().from(priceAlerts).where(eq(priceAlerts.userId, customer.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "active", targetPriceCents: 3500 });
  });

  it("counts an offer the customer can redeem as the current price and names it", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 5000, since: launch });
    const offer = await makeOffer({ target: "everyone", value: 10, minOrderCents: 2000 });
    const customer = await makeCustomer(db);
    const result = await createPriceAlert(db, {
      userId: customer.id,
      productId,
      targetPriceCents: 4600,
      now,
    });
    expect(result).toEqual({
      status: "not_below",
      priceCents: 4500,
      offer: { code: offer.voucherCode, nameDe: offer.nameDe, nameEn: offer.nameEn },
    });
    await db.update(offers).set({ status: "ended" }).where(eq(offers.id, offer.id));
  });

  it("refuses a product that is not for sale and a variant of another product", async () => {
    const { db } = handle;
    const one = await makeProduct(db, { priceCents: 2000, since: launch });
    const two = await makeProduct(db, { priceCents: 2000, since: launch });
    const customer = await makeCustomer(db);
    expect(
      await createPriceAlert(db, {
        userId: customer.id,
        productId: one.productId,
        variantId: two.variantIds[0]!,
        targetPriceCents: 1000,
        now,
      }),
    ).toEqual({ status: "not_found" });
    expect(
      await createPriceAlert(db, {
        userId: customer.id,
        productId: randomUUID(),
        targetPriceCents: 1000,
        now,
      }),
    ).toEqual({ status: "not_found" });
  });

  it(`allows at most ${MAX_ACTIVE_ALERTS} active alerts per customer`, async () => {
    const { db } = handle;
    const customer = await makeCustomer(db);
    for (let i = 0; i < MAX_ACTIVE_ALERTS; i++) {
      const { productId } = await makeProduct(db, { priceCents: 2000, since: launch });
      const result = await createPriceAlert(db, {
        userId: customer.id,
        productId,
        targetPriceCents: 1000,
        now,
      });
      expect(result.status).toBe("created");
    }
    const { productId } = await makeProduct(db, { priceCents: 2000, since: launch });
    expect(
      await createPriceAlert(db, { userId: customer.id, productId, targetPriceCents: 1000, now }),
    ).toEqual({ status: "limit_reached", limit: MAX_ACTIVE_ALERTS });
  });
});

describe("owner scope", () => {
  it("lets only the owner cancel an alert or dismiss its notice", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 3000, since: launch });
    const owner = await makeCustomer(db);
    const stranger = await makeCustomer(db);
    const created = await createPriceAlert(db, {
      userId: owner.id,
      productId,
      targetPriceCents: 2000,
      now,
    });
    if (created.status !== "created") throw new Error("alert not created");
    const alertId = created.alertId;

    expect(await cancelPriceAlert(db, { userId: stranger.id, alertId })).toBe(false);
    expect(await listAlerts(db, stranger.id)).toEqual([]);
    const [still] = await db.select().from(priceAlerts).where(eq(priceAlerts.id, alertId));
    expect(still!.status).toBe("active");

    // Fire it, then the notice belongs to the owner alone.
    await db
      .update(priceAlerts)
      .set({ status: "triggered", triggeredAt: now, triggeredPriceCents: 1990 })
      .where(eq(priceAlerts.id, alertId));
    expect(await markNoticeSeen(db, { userId: stranger.id, alertId, now })).toBe(false);
    expect(await listAlertNotices(db, stranger.id)).toEqual([]);
    expect((await listAlertNotices(db, owner.id)).map((n) => n.id)).toEqual([alertId]);
    expect(await markNoticeSeen(db, { userId: owner.id, alertId, now })).toBe(true);
    expect(await listAlertNotices(db, owner.id)).toEqual([]);
  });

  it("cancels the owner's active alert and lists it as cancelled", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 3000, since: launch });
    const owner = await makeCustomer(db);
    const created = await createPriceAlert(db, {
      userId: owner.id,
      productId,
      targetPriceCents: 2500,
      now,
    });
    if (created.status !== "created") throw new Error("alert not created");
    expect(await cancelPriceAlert(db, { userId: owner.id, alertId: created.alertId })).toBe(true);
    expect(await cancelPriceAlert(db, { userId: owner.id, alertId: created.alertId })).toBe(false);
    const [listed] = await listAlerts(db, owner.id);
    expect(listed).toMatchObject({ status: "cancelled", currentPriceCents: 3000 });
    // A cancelled alert never fires.
    await db
      .update(priceAlerts)
      .set({ targetPriceCents: 5000 })
      .where(eq(priceAlerts.userId, owner.id));
    await runJob("price-alerts", { db, now });
    expect(await mailCount(owner.id)).toBe(0);
  });
});

describe("the price-alerts job and offers", () => {
  it("fires once when an offer for everyone starts that reaches the wish price", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 5000, since: launch });
    const customer = await makeCustomer(db);
    await createPriceAlert(db, { userId: customer.id, productId, targetPriceCents: 4000, now });
    const later = new Date(now.getTime() + DAY);
    const offer = await makeOffer({ target: "everyone", value: 20, startsAt: later });

    await runJob("price-alerts", { db, now });
    expect(await mailCount(customer.id)).toBe(0);
    await runJob("price-alerts", { db, now: later });
    await runJob("price-alerts", { db, now: new Date(later.getTime() + 60_000) });
    expect(await mailCount(customer.id)).toBe(1);
    const [alert] = await db.select().from(priceAlerts).where(eq(priceAlerts.userId, customer.id));
    expect(alert).toMatchObject({ status: "triggered", triggeredPriceCents: 4000 });
    await db.update(offers).set({ status: "ended" }).where(eq(offers.id, offer.id));
  });

  it("does not count an offer whose minimum order value the product does not reach", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 5000, since: launch });
    const customer = await makeCustomer(db);
    await createPriceAlert(db, { userId: customer.id, productId, targetPriceCents: 4000, now });
    const offer = await makeOffer({ target: "everyone", value: 20, minOrderCents: 5001 });
    await runJob("price-alerts", { db, now });
    expect(await mailCount(customer.id)).toBe(0);
    await db.update(offers).set({ status: "ended" }).where(eq(offers.id, offer.id));
  });

  it("counts a segment offer only for members whose consent allows personalization", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 5000, since: launch });
    const [segment] = await db
      .insert(segments)
      .values({
        slug: `alert-seg-${randomUUID().slice(0, 8)}`,
        nameDe: "Testsegment",
        nameEn: "Test segment",
        rules: [],
      })
      .returning();
    const withConsent = await makeCustomer(db);
    const withoutConsent = await makeCustomer(db);
    const objected = await makeCustomer(db);
    await consent(withConsent.id, true);
    await consent(withoutConsent.id, false);
    await consent(objected.id, true);
    await db.insert(processingLimits).values({
      userId: objected.id,
      kind: "objection",
      purpose: "personalization",
    });
    for (const customer of [withConsent, withoutConsent, objected]) {
      await db.insert(segmentMemberships).values({ segmentId: segment!.id, userId: customer.id });
      await createPriceAlert(db, { userId: customer.id, productId, targetPriceCents: 4000, now });
    }
    const offer = await makeOffer({ target: "segment", segmentId: segment!.id, value: 20 });

    expect(await runJob("price-alerts", { db, now })).toEqual({ triggered: 1 });
    expect(await mailCount(withConsent.id)).toBe(1);
    expect(await mailCount(withoutConsent.id)).toBe(0);
    expect(await mailCount(objected.id)).toBe(0);
    await db.update(offers).set({ status: "ended" }).where(eq(offers.id, offer.id));
  });

  it("counts a personal offer only for the customer it was given to", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 5000, since: launch });
    const given = await makeCustomer(db);
    const notGiven = await makeCustomer(db);
    for (const customer of [given, notGiven]) {
      await consent(customer.id, true);
      await createPriceAlert(db, { userId: customer.id, productId, targetPriceCents: 4500, now });
    }
    const offer = await makeOffer({ target: "personal", kind: "fixed", value: 600 });
    await db.insert(offerAssignments).values({ offerId: offer.id, userId: given.id });
    await runJob("price-alerts", { db, now });
    expect(await mailCount(given.id)).toBe(1);
    expect(await mailCount(notGiven.id)).toBe(0);
    await db.update(offers).set({ status: "ended" }).where(eq(offers.id, offer.id));
  });
});
