import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { auditLog, mailOutbox, newsletterSubscriptions, privacyRequests, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { auditPseudonym } from "@/lib/audit/audit";
import { ensureSampleUser, sampleTokenHash } from "@/lib/privacy/map/samples";
import {
  completeRequest,
  dueDate,
  extendedDueDate,
  extendRequest,
  getRequestForStaff,
  listQueue,
  logRequest,
  receiveRequest,
  refuseRequest,
  startRequest,
  type RequestKind,
} from "./requests";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await ensureSampleUser(handle.db, { userId: OFFICER, email: `${OFFICER}@staff.test` });
  await handle.db.update(users).set({ role: "privacy_officer" }).where(eq(users.id, OFFICER));
});
afterAll(async () => {
  await handle?.close();
});

const OFFICER = randomUUID();
const BASE = "https://shop.example";
const T0 = new Date("2026-03-02T09:00:00Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

async function customer() {
  const subject = { userId: randomUUID(), email: `c-${randomUUID().slice(0, 8)}@example.test` };
  await ensureSampleUser(handle.db, subject);
  return subject;
}

async function received(
  subject: { userId: string; email: string },
  kind: RequestKind = "rectification",
) {
  return receiveRequest(handle.db, {
    userId: subject.userId,
    email: subject.email,
    kind,
    details: { category: "address", note: "Falsche Hausnummer." },
    now: T0,
    actor: { id: subject.userId, role: "customer" },
    baseUrl: BASE,
  });
}

async function stored(id: string) {
  const [row] = await handle.db.select().from(privacyRequests).where(eq(privacyRequests.id, id));
  return row!;
}

async function auditOf(id: string) {
  return handle.db
    .select({
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorRole: auditLog.actorRole,
      subjectUserId: auditLog.subjectUserId,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "privacy_request"), eq(auditLog.entityId, id)))
    .orderBy(auditLog.occurredAt);
}

async function updatesTo(email: string) {
  return handle.db
    .select({ text: mailOutbox.text, userId: mailOutbox.userId })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toEmail, email), eq(mailOutbox.template, "privacy-request-update")))
    .orderBy(mailOutbox.createdAt);
}

describe("the request lifecycle (R6, Art. 12(3), (4))", () => {
  it("receives a request: due in one month, audited, acknowledged by mail", async () => {
    const subject = await customer();
    const request = await received(subject);
    expect(request).toMatchObject({ status: "received", receivedAt: T0, dueAt: dueDate(T0) });
    expect(await auditOf(request.id)).toEqual([
      expect.objectContaining({
        action: "privacy_request.received",
        actorId: subject.userId,
        subjectUserId: subject.userId,
      }),
    ]);
    const mails = await updatesTo(subject.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.userId).toBe(subject.userId);
    expect(mails[0]!.text).toContain(`${BASE}/account/privacy/requests`);
  });

  it("starts, extends once with reasons, then completes; each step audited and mailed", async () => {
    const subject = await customer();
    const { id } = await received(subject);
    const step = { id, staffId: OFFICER, baseUrl: BASE };

    expect(await startRequest(handle.db, { ...step, now: at(1) })).toMatchObject({
      status: "ok",
      request: { status: "in_progress", handledBy: OFFICER },
    });
    expect(await startRequest(handle.db, { ...step, now: at(2) })).toEqual({
      status: "problem",
      problem: "already_started",
    });

    const before = await stored(id);
    expect(await extendRequest(handle.db, { ...step, reason: "   ", now: at(3) })).toEqual({
      status: "problem",
      problem: "reason_required",
    });
    expect(await stored(id)).toEqual(before);

    const reason = "Die Berichtigung betrifft Rechnungen in drei Systemen.";
    const extended = await extendRequest(handle.db, { ...step, reason, now: at(10) });
    expect(extended).toMatchObject({
      status: "ok",
      request: { status: "extended", dueAt: extendedDueDate(T0), statusReason: reason },
    });
    expect(await extendRequest(handle.db, { ...step, reason, now: at(11) })).toEqual({
      status: "problem",
      problem: "already_extended",
    });

    expect(await completeRequest(handle.db, { ...step, now: at(40) })).toMatchObject({
      status: "ok",
      request: { status: "completed", completedAt: at(40), statusReason: reason },
    });
    expect(await refuseRequest(handle.db, { ...step, reason: "zu spät", now: at(41) })).toEqual({
      status: "problem",
      problem: "closed",
    });

    expect((await auditOf(id)).map((a) => [a.action, a.actorId, a.actorRole])).toEqual([
      ["privacy_request.received", subject.userId, "customer"],
      ["privacy_request.started", OFFICER, "privacy_officer"],
      ["privacy_request.extended", OFFICER, "privacy_officer"],
      ["privacy_request.completed", OFFICER, "privacy_officer"],
    ]);
    expect((await auditOf(id))[2]!.details).toMatchObject({ reason });
    const mails = await updatesTo(subject.email);
    expect(mails).toHaveLength(4);
    expect(mails[2]!.text).toContain(reason);
  });

  it("refuses an extension after the first month", async () => {
    const subject = await customer();
    const { id } = await received(subject);
    expect(
      await extendRequest(handle.db, { id, staffId: OFFICER, reason: "Viel zu tun.", now: at(32) }),
    ).toEqual({ status: "problem", problem: "extension_too_late" });
    expect((await stored(id)).dueAt).toEqual(dueDate(T0));
  });

  it("refuses with reasons, which the requester receives", async () => {
    const subject = await customer();
    const { id } = await received(subject);
    expect(
      await refuseRequest(handle.db, { id, staffId: OFFICER, reason: "", now: at(2) }),
    ).toEqual({ status: "problem", problem: "reason_required" });
    const reason = "Die Angaben sind bereits richtig; der Name steht so im Ausweis.";
    expect(
      await refuseRequest(handle.db, { id, staffId: OFFICER, reason, now: at(3) }),
    ).toMatchObject({
      status: "ok",
      request: { status: "refused", statusReason: reason, completedAt: at(3) },
    });
    const mails = await updatesTo(subject.email);
    expect(mails.at(-1)!.text).toContain(reason);
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "privacy_request.refused",
      details: expect.objectContaining({ reason }),
    });
  });

  it("answers an unknown id with not_found and writes nothing", async () => {
    expect(await startRequest(handle.db, { id: randomUUID(), staffId: OFFICER, now: T0 })).toEqual({
      status: "problem",
      problem: "not_found",
    });
  });

  it("erases a guest's data by address when the officer completes an erasure request", async () => {
    const email = `g-${randomUUID().slice(0, 8)}@example.test`;
    await handle.db.insert(newsletterSubscriptions).values({
      email,
      status: "confirmed",
      tokenHash: sampleTokenHash(),
      locale: "en",
    });
    const request = await receiveRequest(handle.db, {
      userId: null,
      email,
      kind: "erasure",
      details: { language: "en" },
      now: T0,
      actor: null,
    });
    expect(
      await completeRequest(handle.db, { id: request.id, staffId: OFFICER, now: at(1) }),
    ).toMatchObject({ status: "ok", request: { status: "completed" } });
    const left = await handle.db
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.email, email));
    expect(left).toEqual([]);
    // The officer's request is the one answered: erasure logs no second one.
    const logged = await handle.db
      .select({ kind: privacyRequests.kind })
      .from(privacyRequests)
      .where(eq(privacyRequests.email, email));
    expect(logged).toEqual([{ kind: "erasure" }]);
    // Erasure removed the mails to the address, the acknowledgement included; the answer follows.
    const mails = await updatesTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.userId).toBeNull();
    expect(mails[0]!.text).toContain("erasure of your data has been completed");
  });

  it("erases an account on completion and logs the step under the pseudonym only", async () => {
    const subject = await customer();
    const { id } = await received(subject, "erasure");
    expect(await completeRequest(handle.db, { id, staffId: OFFICER, now: at(1) })).toMatchObject({
      status: "ok",
      request: { status: "completed", userId: null },
    });
    expect(await handle.db.select().from(users).where(eq(users.id, subject.userId))).toEqual([]);
    const completed = (await auditOf(id)).find((a) => a.action === "privacy_request.completed");
    expect(completed).toMatchObject({
      subjectUserId: null,
      details: expect.objectContaining({ subjectPseudonym: auditPseudonym(subject.userId) }),
    });
    const deleted = await handle.db
      .select({ template: mailOutbox.template })
      .from(mailOutbox)
      .where(eq(mailOutbox.toEmail, subject.email));
    expect(deleted.map((m) => m.template)).toContain("account-deleted");
  });
});

describe("the queue and the officer's view", () => {
  it("lists open requests overdue first, and logs every look at a request (S9)", async () => {
    const subject = await customer();
    const now = at(45);
    const late = await logRequest(handle.db, { ...subject, kind: "access", now: at(0) });
    const fresh = await logRequest(handle.db, { ...subject, kind: "objection", now: at(40) });
    const done = await logRequest(handle.db, { ...subject, kind: "export", now: at(1) });
    await handle.db
      .update(privacyRequests)
      .set({ status: "completed", completedAt: at(2) })
      .where(eq(privacyRequests.id, done.id));

    const queue = await listQueue(handle.db, now);
    const ids = queue.map((e) => e.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(done.id);
    expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(fresh.id));
    expect(queue.find((e) => e.id === late.id)).toMatchObject({ overdue: true });
    expect(queue.find((e) => e.id === fresh.id)).toMatchObject({ overdue: false, daysLeft: 25 });
    for (let i = 1; i < queue.length; i++) {
      expect(queue[i - 1]!.dueAt.getTime()).toBeLessThanOrEqual(queue[i]!.dueAt.getTime());
    }

    const view = await getRequestForStaff(handle.db, {
      id: late.id,
      staff: { id: OFFICER, role: "privacy_officer" },
      now,
    });
    expect(view).toMatchObject({
      request: { email: subject.email },
      requester: { hasAccount: true },
      overdue: true,
      canExtend: false,
    });
    const [look] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, late.id), eq(auditLog.action, "privacy_request.viewed")));
    expect(look).toMatchObject({ actorId: OFFICER, subjectUserId: subject.userId });
    expect(
      await getRequestForStaff(handle.db, {
        id: randomUUID(),
        staff: { id: OFFICER, role: "privacy_officer" },
        now,
      }),
    ).toBeNull();
  });
});
