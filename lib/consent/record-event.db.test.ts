import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  behaviourEvents,
  categories,
  consentEvents,
  processingLimits,
  productVariants,
  products,
  type PurposeStates,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { ensureSampleUser, sampleConsentSubjectId } from "@/lib/privacy/map/samples";
import { NO_CONSENT } from "./consent-cookie";
import { getConsentState } from "./gate";
import {
  recordBehaviourEvent,
  recordBehaviourEventFor,
  type RecordingConsent,
} from "./record-event";

// The request-bound wrappers (cookies, session) are not under test here; the core takes their results.
vi.mock("./gate", () => ({ getConsentState: vi.fn(), hasConsent: vi.fn() }));
vi.mock("@/lib/auth/authorize", () => ({ currentUserOrNull: vi.fn() }));

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const BOTH: PurposeStates = { ...NO_CONSENT, analytics: true, personalization: true };

async function consent(purposes: PurposeStates, userId: string | null = null) {
  const subjectId = sampleConsentSubjectId();
  const [row] = await handle.db
    .insert(consentEvents)
    .values({
      subjectId,
      userId,
      noticeVersion: "test",
      language: "de",
      purposes,
      method: "settings",
      withdrawalMethod: "Footer link",
    })
    .returning({ id: consentEvents.id });
  return { purposes, subjectId, eventId: row!.id } satisfies RecordingConsent;
}

async function product(sensitive: boolean) {
  const [row] = await handle.db
    .select({
      productId: products.id,
      categoryId: products.categoryId,
      variantId: productVariants.id,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .where(eq(categories.sensitive, sensitive))
    .limit(1);
  return row;
}

async function stored(id: string) {
  const [row] = await handle.db.select().from(behaviourEvents).where(eq(behaviourEvents.id, id));
  return row!;
}

describe("recordBehaviourEventFor", () => {
  it("records nothing without consent, subject id or consent record (C1)", async () => {
    const { db } = handle;
    const none = await consent(NO_CONSENT);
    const now = new Date();
    const event = { type: "search" as const, query: "kaffee" };
    expect(await recordBehaviourEventFor(db, { consent: none, userId: null, event, now })).toEqual({
      status: "skipped",
      reason: "no_consent",
    });
    const both = await consent(BOTH);
    expect(
      await recordBehaviourEventFor(db, {
        consent: { ...both, subjectId: null },
        userId: null,
        event,
        now,
      }),
    ).toEqual({ status: "skipped", reason: "no_subject" });
    expect(
      await recordBehaviourEventFor(db, {
        consent: { ...both, eventId: null },
        userId: null,
        event,
        now,
      }),
    ).toEqual({ status: "skipped", reason: "no_consent" });
    const rows = await db
      .select()
      .from(behaviourEvents)
      .where(eq(behaviourEvents.subjectId, both.subjectId));
    expect(rows).toEqual([]);
  });

  it("tags the event with purpose, consent record, subject and account", async () => {
    const { db } = handle;
    const userId = randomUUID();
    await ensureSampleUser(db, { userId, email: `${userId}@example.test` });
    const given = await consent(BOTH, userId);
    const item = (await product(false))!;
    const result = await recordBehaviourEventFor(db, {
      consent: given,
      userId,
      event: { type: "add_to_cart", variantId: item.variantId },
      now: new Date(),
    });
    expect(result.status).toBe("recorded");
    const row = await stored((result as { id: string }).id);
    expect(row).toMatchObject({
      userId,
      subjectId: given.subjectId,
      type: "add_to_cart",
      purpose: "personalization",
      productId: item.productId,
      categoryId: item.categoryId,
      consentEventId: given.eventId,
      query: null,
    });

    const funnel = await recordBehaviourEventFor(db, {
      consent: given,
      userId,
      event: { type: "purchase" },
      now: new Date(),
    });
    expect((await stored((funnel as { id: string }).id)).purpose).toBe("analytics");
  });

  it("stores at most 100 characters of a search query", async () => {
    const { db } = handle;
    const given = await consent({ ...NO_CONSENT, analytics: true });
    const result = await recordBehaviourEventFor(db, {
      consent: given,
      userId: null,
      event: { type: "search", query: "espresso ".repeat(40) },
      now: new Date(),
    });
    const row = await stored((result as { id: string }).id);
    expect(row.purpose).toBe("analytics");
    expect(row.userId).toBeNull();
    expect(row.query!.length).toBeLessThanOrEqual(100);
    expect(row.query!.startsWith("espresso espresso")).toBe(true);
  });

  it("never records events about products or categories that are sensitive (P6, Art. 9)", async () => {
    const { db } = handle;
    const given = await consent(BOTH);
    const item = await product(true);
    expect(item).toBeDefined();
    const now = new Date();
    for (const event of [
      { type: "product_view" as const, productId: item!.productId },
      { type: "add_to_cart" as const, variantId: item!.variantId },
      { type: "search" as const, query: "test", categoryId: item!.categoryId },
    ]) {
      expect(
        await recordBehaviourEventFor(db, { consent: given, userId: null, event, now }),
      ).toEqual({ status: "skipped", reason: "sensitive" });
    }
    const rows = await db
      .select()
      .from(behaviourEvents)
      .where(eq(behaviourEvents.subjectId, given.subjectId));
    expect(rows).toEqual([]);
  });

  it("leaves out restricted or objected purposes (R5)", async () => {
    const { db } = handle;
    const userId = randomUUID();
    await ensureSampleUser(db, { userId, email: `${userId}@example.test` });
    await db
      .insert(processingLimits)
      .values({ userId, kind: "objection", purpose: "personalization" });
    const given = await consent(BOTH, userId);
    const item = (await product(false))!;
    const result = await recordBehaviourEventFor(db, {
      consent: given,
      userId,
      event: { type: "product_view", productId: item.productId },
      now: new Date(),
    });
    expect((await stored((result as { id: string }).id)).purpose).toBe("analytics");

    await db.insert(processingLimits).values({ userId, kind: "restriction", purpose: "analytics" });
    expect(
      await recordBehaviourEventFor(db, {
        consent: given,
        userId,
        event: { type: "product_view", productId: item.productId },
        now: new Date(),
      }),
    ).toEqual({ status: "skipped", reason: "no_consent" });
    const rows = await db
      .select()
      .from(behaviourEvents)
      .where(and(eq(behaviourEvents.userId, userId)));
    expect(rows).toHaveLength(1);
  });

  it("never throws into the page: a failure is logged and the page goes on", async () => {
    vi.mocked(getConsentState).mockRejectedValueOnce(new Error("no request scope"));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(recordBehaviourEvent({ type: "product_view" })).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
