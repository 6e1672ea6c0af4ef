import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { personalizationSettings, processingLimits, products, segments, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { recommend, chooseOffers } from "./engine";
import { clearShopContext, loadShopContext, loadSignalsForUser } from "./load";
import { listOfferCandidates, loadOfferState } from "./offers";

let handle: DatabaseHandle;
/** Shortly after the template was seeded: its history is relative to the seed's `now`. */
let now: Date;
let anna: string;
let ben: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  const [seeded] = await handle.db
    .select({ at: segments.createdAt })
    .from(segments)
    .where(eq(segments.slug, "kaffee-stammkunden"));
  now = new Date(seeded!.at.getTime() + 60 * 60 * 1000);
  const idOf = async (email: string) =>
    (await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  anna = await idOf("anna@example.com");
  ben = await idOf("ben@example.com");
});
afterAll(async () => {
  await handle?.close();
});

describe("the personalization loader on the seeded shop", () => {
  it("builds the shared context: catalogue, co-purchases and a generic ranking without sensitive products", async () => {
    const ctx = await loadShopContext(handle.db, now);
    const [camera] = await handle.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.slug, "lumix-g9-ii"));
    const [lens] = await handle.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.slug, "leica-12-60-lens"));
    const [card] = await handle.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.slug, "sd-card-128gb-v90"));
    // The cohort buys the lens and the card in one order, after the camera.
    expect(ctx.coPurchases.get(lens!.id)?.some((p) => p.productId === card!.id)).toBe(true);
    expect(ctx.catalog.get(camera!.id)?.complements).toContain(lens!.id);
    expect(ctx.generic.length).toBeGreaterThanOrEqual(50);
    expect(ctx.generic.every((id) => !ctx.catalog.get(id)!.sensitive)).toBe(true);
    // Cached: the same object within the TTL.
    expect(await loadShopContext(handle.db, now)).toBe(ctx);
  });

  it("answers from the old context while a newer one is built after the TTL", async () => {
    clearShopContext(handle.db);
    const first = await loadShopContext(handle.db, now);
    const later = new Date(now.getTime() + 6 * 60 * 1000);
    expect(await loadShopContext(handle.db, later)).toBe(first);
    await vi.waitFor(async () => {
      expect(await loadShopContext(handle.db, later)).not.toBe(first);
    });
  });

  it("gives anna's recommendations and offers reasons from her real purchases", async () => {
    const ctx = await loadShopContext(handle.db, now);
    const signals = await loadSignalsForUser(handle.db, anna, now);
    expect(signals?.level).toBe("full");
    expect(signals!.purchases.length).toBeGreaterThan(0);
    const result = recommend(ctx, signals, { surface: "home" }, { now, limit: 4 });
    expect(result.personalized).toBe(true);
    const bought = new Set(signals!.purchases.map((p) => p.productId));
    const names = [...bought].map((id) => ctx.catalog.get(id)!.name.en);
    const purchaseReasons = result.items
      .flatMap((i) => i.reasons)
      .filter((r) => r.basis === "personalization_consent" && r.at);
    expect(purchaseReasons.some((r) => names.includes(r.subject.en))).toBe(true);

    const state = await loadOfferState(handle.db, anna);
    const chosen = chooseOffers(await listOfferCandidates(handle.db, now), {
      signals,
      segmentIds: state.segmentIds,
      ctx,
      dismissedOfferIds: state.dismissedOfferIds,
      now,
    });
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.every((c) => c.reasons.length > 0)).toBe(true);
  });

  it("gives nothing personal for ben (refused), for level off, and under an objection", async () => {
    expect(await loadSignalsForUser(handle.db, ben, now)).toBeNull();

    await handle.db
      .update(personalizationSettings)
      .set({ level: "off" })
      .where(eq(personalizationSettings.userId, anna));
    expect(await loadSignalsForUser(handle.db, anna, now)).toBeNull();
    await handle.db
      .update(personalizationSettings)
      .set({ level: "full" })
      .where(eq(personalizationSettings.userId, anna));

    const [limit] = await handle.db
      .insert(processingLimits)
      .values({ userId: anna, kind: "objection", purpose: "personalization" })
      .returning({ id: processingLimits.id });
    expect(await loadSignalsForUser(handle.db, anna, now)).toBeNull();
    await handle.db
      .update(processingLimits)
      .set({ liftedAt: now })
      .where(eq(processingLimits.id, limit!.id));
    expect(await loadSignalsForUser(handle.db, anna, now)).not.toBeNull();
    clearShopContext(handle.db);
  });
});
