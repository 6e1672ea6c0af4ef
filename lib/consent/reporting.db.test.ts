import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getWeeklyConsentCounts,
  listNoticeVersionUse,
  searchConsentLedger,
} from "@/db/queries/consent-admin";
import type { DatabaseHandle } from "@/db/engine/open";
import { auditLog, consentEvents, users, type PurposeStates } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { toWeeklyRates } from "./reporting";

let handle: DatabaseHandle;
const db = () => handle.db;
const VERSION = `test-${randomUUID().slice(0, 8)}`;
const ALL: PurposeStates = {
  preferences: true,
  analytics: true,
  personalization: true,
  marketing: true,
};
const NONE: PurposeStates = {
  preferences: false,
  analytics: false,
  personalization: false,
  marketing: false,
};
const subject = () => `s_test${randomUUID().replaceAll("-", "").slice(0, 16)}`;

async function decide(
  subjectId: string,
  at: string,
  purposes: PurposeStates,
  extra: { gpc?: boolean; userId?: string | null } = {},
) {
  await db()
    .insert(consentEvents)
    .values({
      subjectId,
      userId: extra.userId ?? null,
      noticeVersion: VERSION,
      language: "de",
      purposes,
      method: extra.gpc ? "gpc" : "banner",
      gpc: extra.gpc ?? false,
      withdrawalMethod: "settings",
      recordedAt: new Date(at),
    });
}

async function createUser(role: "customer" | "privacy_officer", email: string) {
  const [row] = await db()
    .insert(users)
    .values({ email, name: "Test", role })
    .returning({ id: users.id });
  return row!.id;
}

async function lastAudit(actorId: string) {
  const [row] = await db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, "consent.ledger_viewed")))
    .orderBy(desc(auditLog.occurredAt))
    .limit(1);
  return row;
}

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("weekly consent counts (year 2001, before any seeded data)", () => {
  const a = subject();
  const b = subject();
  const c = subject();

  beforeAll(async () => {
    // 2001-01-01 is a Monday. Berlin is UTC+1 in winter.
    await decide(a, "2000-12-31T23:30:00Z", ALL); // Mon 01 Jan 00:30 Berlin: week 1, in period
    await decide(a, "2001-01-03T10:00:00Z", { ...ALL, analytics: false, marketing: false }); // latest of a in week 1
    await decide(b, "2001-01-02T10:00:00Z", { ...NONE, preferences: true }, { gpc: true });
    await decide(c, "2000-12-31T22:30:00Z", ALL); // Sun 31 Dec 23:30 Berlin: before the period
    await decide(c, "2001-01-07T23:30:00Z", NONE); // Mon 08 Jan 00:30 Berlin: week 2
    await decide(a, "2001-01-21T23:30:00Z", ALL); // Mon 22 Jan Berlin: after the period
  });

  it("counts the latest decision per subject and week, in Berlin weeks", async () => {
    const period = { from: "2001-01-01", to: "2001-01-21" };
    const counts = await getWeeklyConsentCounts(period, db());
    expect(counts).toEqual([
      {
        week: "2001-01-01",
        decisions: 2,
        allowed: { preferences: 2, analytics: 0, personalization: 1, marketing: 0 },
        gpc: 1,
      },
      {
        week: "2001-01-08",
        decisions: 1,
        allowed: { preferences: 0, analytics: 0, personalization: 0, marketing: 0 },
        gpc: 0,
      },
    ]);
    const rates = toWeeklyRates(counts, period);
    expect(rates.map((r) => [r.week, r.rates.personalization, r.gpcShare])).toEqual([
      ["2001-01-01", 50, 50],
      ["2001-01-08", 0, 0],
      ["2001-01-15", null, null],
    ]);
  });

  it("lists the notice version with first and last use", async () => {
    const versions = await listNoticeVersionUse(db());
    const mine = versions.find((v) => v.version === VERSION);
    expect(mine).toEqual({
      version: VERSION,
      firstUsedAt: new Date("2000-12-31T22:30:00Z"),
      lastUsedAt: new Date("2001-01-21T23:30:00Z"),
      decisions: 6,
    });
  });
});

describe("the ledger search", () => {
  let officer: string;
  let customer: string;
  let other: string;
  const email = `ledger-${randomUUID().slice(0, 8)}@example.test`;
  const device = subject();
  const guestOnly = subject();

  beforeAll(async () => {
    officer = await createUser(
      "privacy_officer",
      `officer-${randomUUID().slice(0, 8)}@example.test`,
    );
    customer = await createUser("customer", email);
    other = await createUser("customer", `other-${randomUUID().slice(0, 8)}@example.test`);
    await decide(device, "2002-01-01T10:00:00Z", NONE); // as a guest on this device
    await decide(device, "2002-01-02T10:00:00Z", ALL, { userId: customer }); // signed in
    await decide(device, "2002-01-03T10:00:00Z", NONE, { userId: other }); // someone else, same device
    await decide(subject(), "2002-01-04T10:00:00Z", ALL, { userId: customer }); // another device
    await decide(guestOnly, "2002-01-05T10:00:00Z", ALL, { gpc: true });
  });

  it("finds a pseudonymous id's decisions newest first and audits the lookup", async () => {
    const result = await searchConsentLedger(
      { kind: "subject_id", value: device },
      { id: officer, role: "privacy_officer" },
      db(),
    );
    expect(result.total).toBe(3);
    expect(result.decisions.map((d) => d.recordedAt.toISOString())).toEqual([
      "2002-01-03T10:00:00.000Z",
      "2002-01-02T10:00:00.000Z",
      "2002-01-01T10:00:00.000Z",
    ]);
    expect(result.accountFound).toBe(true);
    expect(await lastAudit(officer)).toMatchObject({
      actorRole: "privacy_officer",
      entity: "consent_subject",
      entityId: device,
      subjectUserId: other,
      details: { queryKind: "subject_id", resultCount: 3 },
    });
  });

  it("finds a customer by e-mail: the account's and its guest decisions, not another account's", async () => {
    const result = await searchConsentLedger(
      { kind: "email", value: email.toUpperCase().toLowerCase() },
      { id: officer, role: "privacy_officer" },
      db(),
    );
    expect(result.decisions.map((d) => d.recordedAt.toISOString())).toEqual([
      "2002-01-04T10:00:00.000Z",
      "2002-01-02T10:00:00.000Z",
      "2002-01-01T10:00:00.000Z",
    ]);
    expect(await lastAudit(officer)).toMatchObject({
      entityId: null,
      subjectUserId: customer,
      details: { queryKind: "email", resultCount: 3 },
    });
  });

  it("audits a lookup that finds nobody", async () => {
    const result = await searchConsentLedger(
      { kind: "email", value: "nobody-here@example.test" },
      { id: officer, role: "privacy_officer" },
      db(),
    );
    expect(result).toEqual({ accountFound: false, total: 0, decisions: [] });
    expect(await lastAudit(officer)).toMatchObject({
      subjectUserId: null,
      details: { queryKind: "email", resultCount: 0 },
    });
    const guest = await searchConsentLedger(
      { kind: "subject_id", value: guestOnly },
      { id: officer, role: "privacy_officer" },
      db(),
    );
    expect(guest.accountFound).toBe(false);
    expect(guest.decisions[0]?.gpc).toBe(true);
  });
});
