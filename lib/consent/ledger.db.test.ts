import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { consentEvents, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { effectiveConsent, NO_CONSENT, newSubjectId } from "./consent-cookie";
import {
  carryGuestConsent,
  decisionFromEvent,
  decisionsForSubject,
  decisionsForUser,
  latestDecisionForUser,
  recordDecision,
} from "./ledger";
import { CONSENT_NOTICE_VERSION } from "./notice";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const t0 = new Date("2026-12-01T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const ALL = { preferences: true, analytics: true, personalization: true, marketing: true };

async function newUser() {
  const [user] = await handle.db
    .insert(users)
    .values({ email: `c-${randomUUID()}@consent.test`, name: "Clara", locale: "de" })
    .returning();
  return user!;
}

describe("consent ledger", () => {
  it("records the ISO/IEC TS 27560 fields", async () => {
    const subjectId = newSubjectId();
    const row = await recordDecision(handle.db, {
      subjectId,
      userId: null,
      purposes: { ...NO_CONSENT, preferences: true },
      method: "settings",
      gpc: true,
      language: "en",
      now: t0,
    });
    expect(row).toMatchObject({
      subjectId,
      userId: null,
      noticeVersion: CONSENT_NOTICE_VERSION,
      language: "en",
      method: "settings",
      gpc: true,
      jurisdiction: "DE",
      purposes: { ...NO_CONSENT, preferences: true },
    });
    expect(row.withdrawalMethod).toMatch(/Privacy settings/);
    expect(row.recordedAt.toISOString()).toBe(t0.toISOString());
  });

  it("appends: a new decision never changes an earlier one", async () => {
    const subjectId = newSubjectId();
    const first = await recordDecision(handle.db, {
      subjectId,
      userId: null,
      purposes: ALL,
      method: "banner",
      gpc: false,
      language: "de",
      now: t0,
    });
    await recordDecision(handle.db, {
      subjectId,
      userId: null,
      purposes: NO_CONSENT,
      method: "settings",
      gpc: false,
      language: "de",
      now: at(5),
    });
    const rows = await decisionsForSubject(handle.db, subjectId);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(first);
    expect(rows[1]!.purposes).toEqual(NO_CONSENT);
  });

  it("carries a guest's rows into the account at sign-in, changing only user_id", async () => {
    const user = await newUser();
    const guest = newSubjectId();
    const before = await recordDecision(handle.db, {
      subjectId: guest,
      userId: null,
      purposes: ALL,
      method: "banner",
      gpc: false,
      language: "de",
      now: t0,
    });
    const other = await recordDecision(handle.db, {
      subjectId: newSubjectId(),
      userId: null,
      purposes: ALL,
      method: "banner",
      gpc: false,
      language: "de",
      now: t0,
    });
    expect(
      await carryGuestConsent(handle.db, { subjectId: guest, userId: user.id, now: at(1) }),
    ).toBe(1);
    const [after] = await handle.db
      .select()
      .from(consentEvents)
      .where(eq(consentEvents.id, before.id));
    expect(after).toEqual({ ...before, userId: user.id });
    const [untouched] = await handle.db
      .select()
      .from(consentEvents)
      .where(eq(consentEvents.id, other.id));
    expect(untouched).toEqual(other);
    expect((await decisionsForUser(handle.db, user.id)).map((r) => r.id)).toEqual([before.id]);
    // Carrying again moves nothing more.
    expect(
      await carryGuestConsent(handle.db, { subjectId: guest, userId: user.id, now: at(2) }),
    ).toBe(0);
  });

  it("lets the latest explicit decision win across guest and account rows", async () => {
    const user = await newUser();
    const guest = newSubjectId();
    await recordDecision(handle.db, {
      subjectId: "s_other-device",
      userId: user.id,
      purposes: ALL,
      method: "banner",
      gpc: false,
      language: "de",
      now: t0,
    });
    const later = await recordDecision(handle.db, {
      subjectId: guest,
      userId: null,
      purposes: NO_CONSENT,
      method: "banner",
      gpc: false,
      language: "de",
      now: at(10),
    });
    await carryGuestConsent(handle.db, { subjectId: guest, userId: user.id, now: at(11) });
    const latest = await latestDecisionForUser(handle.db, user.id);
    expect(latest?.id).toBe(later.id);
    const history = await decisionsForUser(handle.db, user.id);
    expect(history.map((r) => r.recordedAt.getTime())).toEqual([at(10).getTime(), t0.getTime()]);
    const result = effectiveConsent({
      browser: null,
      account: decisionFromEvent(latest!),
      gpc: false,
      currentVersion: CONSENT_NOTICE_VERSION,
    });
    expect(result).toMatchObject({ decided: true, purposes: NO_CONSENT });
  });
});
