import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  auditLog,
  consentEvents,
  newsletterSubscriptions,
  privacyRequests,
  processingLimits,
  type PurposeStates,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { recordBehaviourEventFor, type RecordingConsent } from "@/lib/consent/record-event";
import {
  ensureSampleUser,
  sampleConsentSubjectId,
  sampleTokenHash,
  sampleVariant,
} from "@/lib/privacy/map/samples";
import { listActiveLimits, setProcessingLimit } from "./limits";

// record-event's request-bound wrappers (cookies, session) are not under test here.
vi.mock("@/lib/consent/gate", () => ({ getConsentState: vi.fn(), hasConsent: vi.fn() }));
vi.mock("@/lib/auth/authorize", () => ({ currentUserOrNull: vi.fn() }));

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const T0 = new Date("2026-09-01T08:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ALL: PurposeStates = {
  preferences: true,
  analytics: true,
  personalization: true,
  marketing: true,
};

async function customer() {
  const subject = { userId: randomUUID(), email: `l-${randomUUID().slice(0, 8)}@example.test` };
  await ensureSampleUser(handle.db, subject);
  return subject;
}

async function requestsOf(userId: string) {
  return handle.db
    .select({
      kind: privacyRequests.kind,
      status: privacyRequests.status,
      details: privacyRequests.details,
    })
    .from(privacyRequests)
    .where(eq(privacyRequests.userId, userId))
    .orderBy(privacyRequests.receivedAt);
}

describe("setProcessingLimit (R5)", () => {
  it("sets and lifts a limit, each change logged as a completed request and audited", async () => {
    const { userId } = await customer();
    const set = { userId, kind: "restriction", purpose: "personalization", active: true } as const;
    expect(await setProcessingLimit(handle.db, { ...set, now: T0 })).toEqual({ changed: true });
    expect(await setProcessingLimit(handle.db, { ...set, now: later(1) })).toEqual({
      changed: false,
    });
    expect(await listActiveLimits(handle.db, userId)).toEqual([
      { kind: "restriction", purpose: "personalization", since: T0 },
    ]);

    expect(await setProcessingLimit(handle.db, { ...set, active: false, now: later(2) })).toEqual({
      changed: true,
    });
    expect(await listActiveLimits(handle.db, userId)).toEqual([]);
    const [row] = await handle.db
      .select()
      .from(processingLimits)
      .where(eq(processingLimits.userId, userId));
    expect(row).toMatchObject({ createdAt: T0, liftedAt: later(2) });

    expect(await requestsOf(userId)).toEqual([
      {
        kind: "restriction",
        status: "completed",
        details: { purpose: "personalization", change: "set" },
      },
      {
        kind: "restriction",
        status: "completed",
        details: { purpose: "personalization", change: "lifted" },
      },
    ]);
    const audit = await handle.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.subjectUserId, userId), eq(auditLog.entity, "processing_limits")))
      .orderBy(auditLog.occurredAt);
    expect(audit).toEqual([
      { action: "privacy.restriction_set", actorId: userId },
      { action: "privacy.restriction_lifted", actorId: userId },
    ]);
  });

  it("ends the newsletter at once on an objection to marketing, not on a restriction", async () => {
    const { userId, email } = await customer();
    await handle.db.insert(newsletterSubscriptions).values({
      userId,
      email,
      status: "confirmed",
      tokenHash: sampleTokenHash(),
      confirmedAt: T0,
    });
    const status = async () =>
      (
        await handle.db
          .select({ status: newsletterSubscriptions.status })
          .from(newsletterSubscriptions)
          .where(eq(newsletterSubscriptions.userId, userId))
      )[0]!.status;
    const marketing = { userId, purpose: "marketing", active: true } as const;
    await setProcessingLimit(handle.db, { ...marketing, kind: "restriction", now: later(1) });
    expect(await status()).toBe("confirmed");
    await setProcessingLimit(handle.db, { ...marketing, kind: "objection", now: later(2) });
    expect(await status()).toBe("unsubscribed");
  });
});

describe("behaviour recording honours restriction and objection on the next request", () => {
  async function consentOf(userId: string | null): Promise<RecordingConsent> {
    const subjectId = sampleConsentSubjectId();
    const [row] = await handle.db
      .insert(consentEvents)
      .values({
        subjectId,
        userId,
        noticeVersion: "test",
        language: "de",
        purposes: ALL,
        method: "settings",
        withdrawalMethod: "Footer link",
      })
      .returning({ id: consentEvents.id });
    return { purposes: ALL, subjectId, eventId: row!.id };
  }

  it("skips events of a limited purpose and records again once it is lifted", async () => {
    const { userId } = await customer();
    const consent = await consentOf(userId);
    const { productId } = await sampleVariant(handle.db);
    const view = (now: Date) =>
      recordBehaviourEventFor(handle.db, {
        consent,
        userId,
        event: { type: "product_view", productId },
        now,
      });

    expect(await view(T0)).toMatchObject({ status: "recorded" });
    await setProcessingLimit(handle.db, {
      userId,
      kind: "objection",
      purpose: "personalization",
      active: true,
      now: later(1),
    });
    await setProcessingLimit(handle.db, {
      userId,
      kind: "restriction",
      purpose: "analytics",
      active: true,
      now: later(1),
    });
    expect(await view(later(2))).toEqual({ status: "skipped", reason: "no_consent" });

    await setProcessingLimit(handle.db, {
      userId,
      kind: "restriction",
      purpose: "analytics",
      active: false,
      now: later(3),
    });
    const again = await view(later(4));
    expect(again.status).toBe("recorded");
  });

  it("also skips them when the person browses signed out with the consent id of their account", async () => {
    const { userId } = await customer();
    const consent = await consentOf(userId);
    const { productId } = await sampleVariant(handle.db);
    for (const purpose of ["personalization", "analytics"] as const) {
      await setProcessingLimit(handle.db, {
        userId,
        kind: "restriction",
        purpose,
        active: true,
        now: T0,
      });
    }
    expect(
      await recordBehaviourEventFor(handle.db, {
        consent,
        userId: null,
        event: { type: "product_view", productId },
        now: later(1),
      }),
    ).toEqual({ status: "skipped", reason: "no_consent" });

    // Another visitor's consent id is not affected by this person's limits.
    const stranger = await consentOf(null);
    expect(
      await recordBehaviourEventFor(handle.db, {
        consent: stranger,
        userId: null,
        event: { type: "product_view", productId },
        now: later(1),
      }),
    ).toMatchObject({ status: "recorded" });
  });
});
