import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  auditLog,
  mailOutbox,
  offers,
  priceAlerts,
  priceHistory,
  productVariants,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { runJob } from "@/lib/jobs/runner";
import { createPriceAlert } from "@/lib/price-alerts/alerts";
import { makeCustomer, makeProduct } from "@/lib/price-alerts/test-fixtures";
import { changeVariantPrice } from "./price-change";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  // The seeded vouchers would lower effective prices; these tests are about the product's price.
  await handle.db.update(offers).set({ status: "ended" });
});
afterAll(async () => {
  await handle?.close();
});

const launch = new Date("2026-09-01T10:00:00Z");
const now = new Date("2026-12-01T10:00:00Z");
const BASE = "https://shop.example";

async function alertMails(userId: string) {
  return handle.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.userId, userId), eq(mailOutbox.template, "price-alert")));
}

describe("changeVariantPrice", () => {
  it("closes the open price, opens the new one and sets the variant's price, in one go", async () => {
    const { db } = handle;
    const { variantIds } = await makeProduct(db, { priceCents: 4990, since: launch });
    const variantId = variantIds[0]!;

    const down = await changeVariantPrice(db, { variantId, priceCents: 3990, now, baseUrl: BASE });
    expect(down).toEqual({
      status: "changed",
      change: "reduction",
      fromCents: 4990,
      toCents: 3990,
      alertsTriggered: 0,
    });
    const later = new Date(now.getTime() + 86_400_000);
    const up = await changeVariantPrice(db, { variantId, priceCents: 4490, now: later });
    expect(up).toMatchObject({ status: "changed", change: "increase" });

    const history = await db
      .select({
        priceCents: priceHistory.priceCents,
        change: priceHistory.change,
        validFrom: priceHistory.validFrom,
        validTo: priceHistory.validTo,
      })
      .from(priceHistory)
      .where(eq(priceHistory.variantId, variantId))
      .orderBy(asc(priceHistory.validFrom));
    expect(history).toEqual([
      { priceCents: 4990, change: "launch", validFrom: launch, validTo: now },
      { priceCents: 3990, change: "reduction", validFrom: now, validTo: later },
      { priceCents: 4490, change: "increase", validFrom: later, validTo: null },
    ]);
    const [variant] = await db
      .select({ priceCents: productVariants.priceCents })
      .from(productVariants)
      .where(eq(productVariants.id, variantId));
    expect(variant!.priceCents).toBe(4490);
  });

  it("changes nothing for the same price, a bad price or an unknown variant", async () => {
    const { db } = handle;
    const { variantIds } = await makeProduct(db, { priceCents: 2500, since: launch });
    const variantId = variantIds[0]!;
    expect(await changeVariantPrice(db, { variantId, priceCents: 2500, now })).toEqual({
      status: "unchanged",
    });
    for (const priceCents of [0, -100, 12.5, Number.NaN]) {
      expect(await changeVariantPrice(db, { variantId, priceCents, now })).toEqual({
        status: "invalid_price",
      });
    }
    expect(
      await changeVariantPrice(db, {
        variantId: "00000000-0000-4000-8000-000000000000",
        priceCents: 1000,
        now,
      }),
    ).toEqual({ status: "not_found" });
    const history = await db
      .select()
      .from(priceHistory)
      .where(eq(priceHistory.variantId, variantId));
    expect(history).toHaveLength(1);
    expect(history[0]!.validTo).toBeNull();
  });

  it("fires exactly the alerts whose wish price the new price reaches, each once, with a mail", async () => {
    const { db } = handle;
    const { productId, slug, variantIds } = await makeProduct(db, {
      priceCents: 4990,
      since: launch,
    });
    const variantId = variantIds[0]!;
    const reached = await makeCustomer(db, "de");
    const exact = await makeCustomer(db, "en");
    const below = await makeCustomer(db, "de");
    const created = now;
    for (const [customer, target] of [
      [reached, 4500],
      [exact, 3990],
      [below, 3000],
    ] as const) {
      const result = await createPriceAlert(db, {
        userId: customer.id,
        productId,
        targetPriceCents: target,
        now: created,
      });
      expect(result.status).toBe("created");
    }
    const other = await makeProduct(db, { priceCents: 4990, since: launch });
    const elsewhere = await makeCustomer(db);
    await createPriceAlert(db, {
      userId: elsewhere.id,
      productId: other.productId,
      targetPriceCents: 4500,
      now: created,
    });

    const result = await changeVariantPrice(db, {
      variantId,
      priceCents: 3990,
      now,
      baseUrl: BASE,
    });
    expect(result).toMatchObject({ status: "changed", alertsTriggered: 2 });

    const alerts = await db.select().from(priceAlerts).where(eq(priceAlerts.productId, productId));
    const byUser = new Map(alerts.map((a) => [a.userId, a]));
    for (const customer of [reached, exact]) {
      expect(byUser.get(customer.id)).toMatchObject({
        status: "triggered",
        triggeredAt: now,
        triggeredPriceCents: 3990,
        noticeSeenAt: null,
      });
    }
    expect(byUser.get(below.id)).toMatchObject({ status: "active", triggeredAt: null });

    const [german] = await alertMails(reached.id);
    expect(german).toMatchObject({ toEmail: reached.email, locale: "de" });
    expect(german!.text).toContain("39,90");
    expect(german!.text).toContain("45,00");
    expect(german!.text).toContain(`${BASE}/products/${slug}`);
    expect(german!.text).toContain(`${BASE}/account/alerts`);
    const [english] = await alertMails(exact.id);
    expect(english).toMatchObject({ toEmail: exact.email, locale: "en" });
    expect(english!.text).toContain("39.90");
    expect(await alertMails(below.id)).toEqual([]);
    expect(await alertMails(elsewhere.id)).toEqual([]);

    // Once: the job and a further reduction fire only the alert not yet reached.
    expect(await runJob("price-alerts", { db, now })).toEqual({ triggered: 0 });
    const again = await changeVariantPrice(db, {
      variantId,
      priceCents: 2990,
      now: new Date(now.getTime() + 3_600_000),
      baseUrl: BASE,
    });
    expect(again).toMatchObject({ alertsTriggered: 1 });
    expect(await alertMails(reached.id)).toHaveLength(1);
    expect(await alertMails(exact.id)).toHaveLength(1);
    expect(await alertMails(below.id)).toHaveLength(1);
  });

  it("watches the alert's own variant when it names one", async () => {
    const { db } = handle;
    // Variants at 30 € and 40 €; the alert watches the 40 € one.
    const { productId, variantIds } = await makeProduct(db, {
      priceCents: 3000,
      since: launch,
      variants: 2,
    });
    const customer = await makeCustomer(db);
    const created = await createPriceAlert(db, {
      userId: customer.id,
      productId,
      variantId: variantIds[1]!,
      targetPriceCents: 3500,
      now,
    });
    expect(created.status).toBe("created");
    // Cheaper still on the other variant: not the one watched.
    await changeVariantPrice(db, { variantId: variantIds[0]!, priceCents: 2000, now });
    expect(await alertMails(customer.id)).toEqual([]);
    await changeVariantPrice(db, { variantId: variantIds[1]!, priceCents: 3499, now });
    expect(await alertMails(customer.id)).toHaveLength(1);
  });

  it("records who changed a price in the audit log", async () => {
    const { db } = handle;
    const { variantIds } = await makeProduct(db, { priceCents: 1000, since: launch });
    const actor = await makeCustomer(db);
    await changeVariantPrice(db, {
      variantId: variantIds[0]!,
      priceCents: 900,
      now,
      actorId: actor.id,
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, variantIds[0]!), eq(auditLog.action, "catalog.price_changed")),
      );
    expect(entry).toMatchObject({
      actorId: actor.id,
      entity: "product_variant",
      details: { fromCents: 1000, toCents: 900, change: "reduction" },
    });
  });
});
