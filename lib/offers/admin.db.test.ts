import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { auditLog, categories, offers, orders, segments, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { insertSampleOrder, sampleVariant } from "@/lib/privacy/map/samples";
import { randomCode } from "@/lib/random/random";
import {
  createOffer,
  getOfferForAdmin,
  listOffersForAdmin,
  offerResults,
  setOfferStatus,
  updateOffer,
} from "./admin";

let handle: DatabaseHandle;
const db = () => handle.db;
/** Shortly after the template was seeded, so that the seeded segments have their members. */
let now: Date;
let staffId: string;
let coffeeSegmentId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  const [seeded] = await db()
    .select({ id: segments.id, at: segments.createdAt })
    .from(segments)
    .where(eq(segments.slug, "kaffee-stammkunden"));
  coffeeSegmentId = seeded!.id;
  now = new Date(seeded!.at.getTime() + 60 * 60 * 1000);
  const [staff] = await db()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "marketing@example.com"));
  staffId = staff!.id;
});
afterAll(async () => {
  await handle?.close();
});

const berlin = (offsetDays: number) => {
  const at = new Date(now.getTime() + offsetDays * 24 * 60 * 60 * 1000);
  return at.toISOString().slice(0, 10);
};

function form(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    nameDe: "Frühlingsrabatt",
    nameEn: "Spring discount",
    descriptionDe: "Auf alles",
    descriptionEn: "On everything",
    kind: "percent",
    value: "10",
    target: "everyone",
    voucher: `spring-${randomCode(6)}`,
    startsAt: berlin(-1),
    endsAt: berlin(14),
    budget: "500",
    minOrder: "20,00",
    ...overrides,
  };
}

async function auditFor(offerId: string) {
  return db()
    .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "offer"), eq(auditLog.entityId, offerId)))
    .orderBy(auditLog.occurredAt);
}

async function offerRow(id: string) {
  const [row] = await db().select().from(offers).where(eq(offers.id, id));
  return row!;
}

async function smallSegment(): Promise<string> {
  const [row] = await db()
    .insert(segments)
    .values({
      slug: `grosskunden-${randomUUID().slice(0, 8)}`,
      nameDe: "Großkunden",
      nameEn: "Big spenders",
      rules: [{ attribute: "orders_12m", operator: "gte", value: 900 }],
    })
    .returning({ id: segments.id });
  return row!.id;
}

describe("createOffer", () => {
  it("creates a percent offer as a draft, with cents, an upper-case code and an audit entry", async () => {
    const input = form({ voucher: "spring-abc" });
    const result = await createOffer(db(), { input, staffId, now });
    expect(result.status).toBe("saved");
    if (result.status !== "saved") return;
    const row = await offerRow(result.offerId);
    expect(row).toMatchObject({
      kind: "percent",
      value: 10,
      voucherCode: "SPRING-ABC",
      status: "draft",
      budgetCents: 50_000,
      minOrderCents: 2_000,
      target: "everyone",
      createdBy: staffId,
    });
    expect(row.endsAt.getTime()).toBeGreaterThan(row.startsAt.getTime());
    const audit = await auditFor(result.offerId);
    expect(audit.map((a) => a.action)).toEqual(["offer.created"]);
    expect(audit[0]!.actorId).toBe(staffId);
  });

  it("creates fixed, free shipping and bonus product offers", async () => {
    const fixed = await createOffer(db(), {
      input: form({ kind: "fixed", value: "5,50" }),
      staffId,
      now,
    });
    const shipping = await createOffer(db(), {
      input: form({ kind: "free_shipping", value: "" }),
      staffId,
      now,
    });
    const variant = await sampleVariant(db());
    const bonus = await createOffer(db(), {
      input: form({ kind: "bonus_product", value: "", bonusSku: variant.sku, voucher: "" }),
      staffId,
      now,
    });
    if (fixed.status !== "saved" || shipping.status !== "saved" || bonus.status !== "saved")
      throw new Error(`not saved: ${fixed.status} ${shipping.status} ${bonus.status}`);
    expect((await offerRow(fixed.offerId)).value).toBe(550);
    expect((await offerRow(shipping.offerId)).kind).toBe("free_shipping");
    const bonusRow = await offerRow(bonus.offerId);
    expect(bonusRow.bonusVariantId).toBe(variant.variantId);
    expect(bonusRow.voucherCode).toBeNull();
    expect((await getOfferForAdmin(db(), bonus.offerId))?.bonusSku).toBe(variant.sku);
  });

  it("refuses bad input and writes nothing", async () => {
    const before = (await db().select({ id: offers.id }).from(offers)).length;
    const cases: [Record<string, string>, string, string][] = [
      [{ value: "95" }, "value", "invalidPercent"],
      [{ value: "0" }, "value", "invalidPercent"],
      [{ kind: "fixed", value: "0" }, "value", "invalidFixed"],
      [{ kind: "bonus_product", bonusSku: "" }, "bonusSku", "bonusRequired"],
      [{ kind: "bonus_product", bonusSku: "NO-SUCH-SKU" }, "bonusSku", "unknownProduct"],
      [{ startsAt: berlin(5), endsAt: berlin(2) }, "endsAt", "endsBeforeStart"],
      [{ voucher: "ä!" }, "voucher", "invalidVoucher"],
      [{ target: "segment" }, "segmentId", "segmentRequired"],
      [{ nameDe: "" }, "nameDe", "required"],
    ];
    for (const [overrides, field, key] of cases) {
      const result = await createOffer(db(), { input: form(overrides), staffId, now });
      expect(result, JSON.stringify(overrides)).toEqual({
        status: "invalid",
        errors: expect.objectContaining({ [field]: key }),
      });
    }
    expect((await db().select({ id: offers.id }).from(offers)).length).toBe(before);
  });

  it("refuses a voucher code that another offer has, whatever its case", async () => {
    const code = `DUP-${randomCode(6)}`;
    const first = await createOffer(db(), { input: form({ voucher: code }), staffId, now });
    expect(first.status).toBe("saved");
    const second = await createOffer(db(), {
      input: form({ voucher: code.toLowerCase() }),
      staffId,
      now,
    });
    expect(second).toEqual({ status: "invalid", errors: { voucher: "voucherTaken" } });
  });

  it("targets a segment of 50 or more, and refuses a smaller one (P6)", async () => {
    const ok = await createOffer(db(), {
      input: form({ target: "segment", segmentId: coffeeSegmentId }),
      staffId,
      now,
    });
    expect(ok.status).toBe("saved");
    const small = await smallSegment();
    const refused = await createOffer(db(), {
      input: form({ target: "segment", segmentId: small }),
      staffId,
      now,
    });
    expect(refused).toEqual({ status: "invalid", errors: { segmentId: "segmentTooSmall" } });
  });

  it("lets a personal offer focus on a category, never on a sensitive one", async () => {
    const [plain] = await db()
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.sensitive, false))
      .limit(1);
    const [sensitive] = await db()
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.sensitive, true))
      .limit(1);
    const ok = await createOffer(db(), {
      input: form({ target: "personal", focusCategoryId: plain!.id }),
      staffId,
      now,
    });
    if (ok.status !== "saved") throw new Error(ok.status);
    expect((await offerRow(ok.offerId)).focusCategoryId).toBe(plain!.id);
    const refused = await createOffer(db(), {
      input: form({ target: "personal", focusCategoryId: sensitive!.id }),
      staffId,
      now,
    });
    expect(refused).toEqual({
      status: "invalid",
      errors: { focusCategoryId: "sensitiveCategory" },
    });
  });
});

describe("updateOffer and setOfferStatus", () => {
  it("walks draft → active → paused → active → ended, one audit entry per step", async () => {
    const created = await createOffer(db(), { input: form(), staffId, now });
    if (created.status !== "saved") throw new Error(created.status);
    const id = created.offerId;
    const step = (command: "activate" | "pause" | "end") =>
      setOfferStatus(db(), { offerId: id, command, staffId, now });
    expect(await step("pause")).toEqual({ status: "not_allowed" });
    expect(await step("activate")).toEqual({ status: "changed", from: "draft", to: "active" });
    expect(await step("activate")).toEqual({ status: "not_allowed" });
    expect(await step("pause")).toEqual({ status: "changed", from: "active", to: "paused" });
    expect(await step("activate")).toEqual({ status: "changed", from: "paused", to: "active" });
    expect(await step("end")).toEqual({ status: "changed", from: "active", to: "ended" });
    expect(await step("activate")).toEqual({ status: "not_allowed" });
    expect((await offerRow(id)).status).toBe("ended");
    const audit = await auditFor(id);
    expect(audit.map((a) => a.action)).toEqual([
      "offer.created",
      "offer.status_changed",
      "offer.status_changed",
      "offer.status_changed",
      "offer.status_changed",
    ]);
    expect(audit[4]!.details).toMatchObject({ from: "active", to: "ended" });
    // An ended offer is history: it is not edited any more.
    expect(await updateOffer(db(), { offerId: id, input: form(), staffId, now })).toEqual({
      status: "ended",
    });
  });

  it("schedules an offer whose start lies ahead, and refuses one whose end has passed", async () => {
    const later = await createOffer(db(), {
      input: form({ startsAt: berlin(3), endsAt: berlin(10) }),
      staffId,
      now,
    });
    if (later.status !== "saved") throw new Error(later.status);
    expect(
      await setOfferStatus(db(), { offerId: later.offerId, command: "activate", staffId, now }),
    ).toEqual({ status: "changed", from: "draft", to: "scheduled" });
    const past = await createOffer(db(), {
      input: form({ startsAt: berlin(-10), endsAt: berlin(-3) }),
      staffId,
      now,
    });
    if (past.status !== "saved") throw new Error(past.status);
    expect(
      await setOfferStatus(db(), { offerId: past.offerId, command: "activate", staffId, now }),
    ).toEqual({ status: "already_over" });
    expect((await offerRow(past.offerId)).status).toBe("draft");
  });

  it("updates the fields, audits what changed and checks the segment again", async () => {
    const created = await createOffer(db(), { input: form(), staffId, now });
    if (created.status !== "saved") throw new Error(created.status);
    const id = created.offerId;
    const updated = await updateOffer(db(), {
      offerId: id,
      input: form({ nameEn: "Spring sale", value: "15", voucher: "" }),
      staffId,
      now,
    });
    expect(updated).toEqual({ status: "saved", offerId: id });
    expect(await offerRow(id)).toMatchObject({
      nameEn: "Spring sale",
      value: 15,
      voucherCode: null,
    });
    const audit = await auditFor(id);
    expect(audit.at(-1)).toMatchObject({ action: "offer.updated" });
    expect((audit.at(-1)!.details as { changed: string[] }).changed).toEqual(
      expect.arrayContaining(["nameEn", "value", "voucherCode"]),
    );
    const small = await smallSegment();
    expect(
      await updateOffer(db(), {
        offerId: id,
        input: form({ target: "segment", segmentId: small }),
        staffId,
        now,
      }),
    ).toEqual({ status: "invalid", errors: { segmentId: "segmentTooSmall" } });
    expect((await offerRow(id)).target).toBe("everyone");
  });
});

describe("offerResults", () => {
  it("counts redemptions, discount, revenue and budget use, without cancelled orders", async () => {
    const created = await createOffer(db(), { input: form({ budget: "100" }), staffId, now });
    if (created.status !== "saved") throw new Error(created.status);
    const id = created.offerId;
    expect(await offerResults(db(), id)).toEqual({
      redemptions: 0,
      discountCents: 0,
      revenueCents: 0,
      budgetCents: 10_000,
      spentCents: 0,
      budgetUsed: 0,
    });
    const totals: number[] = [];
    for (const [discount, status] of [
      [300, "paid"],
      [500, "shipped"],
      [700, "cancelled"],
    ] as const) {
      const userId = randomUUID();
      const order = await insertSampleOrder(db(), { userId, email: `${userId}@offers.test` });
      const [row] = await db()
        .update(orders)
        .set({ offerId: id, discountCents: discount, status })
        .where(eq(orders.id, order.orderId))
        .returning({ total: orders.totalCents });
      if (status !== "cancelled") totals.push(row!.total);
    }
    await db().update(offers).set({ spentCents: 800 }).where(eq(offers.id, id));
    const results = await offerResults(db(), id);
    expect(results).toEqual({
      redemptions: 2,
      discountCents: 800,
      revenueCents: totals[0]! + totals[1]!,
      budgetCents: 10_000,
      spentCents: 800,
      budgetUsed: 0.08,
    });
    // Aggregates only: nothing in the answer names or identifies a customer.
    expect(Object.keys(results!)).not.toContain("orders");
    const listed = (await listOffersForAdmin(db())).find((o) => o.id === id);
    expect(listed?.redemptions).toBe(2);
    expect(await offerResults(db(), randomUUID())).toBeNull();
  });
});
