import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { auditLog, mailOutbox, orders, privacyRequests, verificationTokens } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { hashToken } from "@/lib/auth/tokens";
import { ensureSampleUser, insertSampleOrder } from "@/lib/privacy/map/samples";
import { dueDate } from "../requests";
import { checkGuestLink, confirmGuestRequest, GUEST_LINK_TTL_MS, requestGuestLink } from "./flow";
import { guestTables, hasGuestData } from "./lookup";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const SECRET = "test-secret-for-guest-privacy-links-0123456789";
const BASE = "https://shop.example";
const T0 = new Date("2026-11-20T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

async function mailsTo(email: string) {
  return handle.db
    .select({ template: mailOutbox.template, text: mailOutbox.text, locale: mailOutbox.locale })
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.toEmail}) = lower(${email})`);
}

async function tokensFor(email: string) {
  return handle.db
    .select()
    .from(verificationTokens)
    .where(sql`lower(${verificationTokens.email}) = lower(${email})`);
}

/** The token and seal of the link in the newest guest-privacy-link mail to the address. */
async function linkFor(email: string) {
  const mail = (await mailsTo(email)).filter((m) => m.template === "guest-privacy-link").at(-1);
  if (!mail) throw new Error(`no guest link to ${email}`);
  const url = new URL(mail.text.match(/https:\/\/shop\.example\/privacy-request\/\S+/)![0]);
  return { url, token: url.pathname.split("/").at(-1)!, sealed: url.searchParams.get("r")! };
}

async function guestWithOrder(label: string) {
  const email = address(label);
  await insertSampleOrder(handle.db, { userId: null, email });
  const [order] = await handle.db
    .select({ orderNumber: orders.orderNumber })
    .from(orders)
    .where(eq(orders.email, email));
  return { email, orderNumber: order!.orderNumber };
}

function ask(email: string, kind: "export" | "rectification" | "erasure", details: string | null) {
  return requestGuestLink(handle.db, {
    email,
    kind,
    details,
    language: "en",
    now: T0,
    baseUrl: BASE,
    secret: SECRET,
  });
}

describe("which addresses hold guest data", () => {
  it("asks every table the data map finds guest rows in by address", () => {
    expect(guestTables()).toEqual(
      expect.arrayContaining(["orders", "newsletter_subscriptions", "mail_outbox"]),
    );
    expect(guestTables()).not.toContain("users");
  });

  it("counts guest rows only, never another account's rows", async () => {
    const { email } = await guestWithOrder("known");
    expect(await hasGuestData(handle.db, email.toUpperCase())).toBe(true);
    const customer = { userId: randomUUID(), email: address("customer") };
    await insertSampleOrder(handle.db, customer);
    expect(await hasGuestData(handle.db, customer.email)).toBe(false);
    expect(await hasGuestData(handle.db, address("nobody"))).toBe(false);
  });
});

describe("the guest request (R7)", () => {
  it("sends nothing and stores nothing for an address we hold no data for", async () => {
    const email = address("unknown");
    await expect(ask(email, "export", null)).resolves.toBeUndefined();
    expect(await mailsTo(email)).toEqual([]);
    expect(await tokensFor(email)).toEqual([]);
    const requests = await handle.db
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.email, email));
    expect(requests).toEqual([]);
  });

  it("mails a one-hour, one-use link (hash stored only) to a guest who ordered", async () => {
    const { email } = await guestWithOrder("copy");
    await ask(email, "export", null);
    const mails = await mailsTo(email);
    expect(mails.map((m) => [m.template, m.locale])).toEqual([["guest-privacy-link", "en"]]);
    const { token } = await linkFor(email);
    const [stored] = await tokensFor(email);
    expect(stored).toMatchObject({
      purpose: "guest_privacy",
      userId: null,
      tokenHash: hashToken(token),
      usedAt: null,
    });
    expect(stored!.expiresAt.getTime() - T0.getTime()).toBe(GUEST_LINK_TTL_MS);
    expect(GUEST_LINK_TTL_MS).toBe(60 * 60 * 1000);
    expect(JSON.stringify(await tokensFor(email))).not.toContain(token);
  });

  it("shows the request without using the link; confirming gives the copy once", async () => {
    const { email, orderNumber } = await guestWithOrder("download");
    await ask(email, "export", "Bitte alles.");
    const { token, sealed } = await linkFor(email);

    const check = await checkGuestLink(handle.db, {
      token,
      sealed,
      secret: SECRET,
      now: later(1000),
    });
    expect(check).toEqual({
      status: "valid",
      email,
      request: { kind: "export", details: "Bitte alles.", language: "en" },
    });
    expect((await tokensFor(email))[0]!.usedAt).toBeNull();

    const outcome = await confirmGuestRequest(handle.db, {
      token,
      sealed,
      secret: SECRET,
      now: later(2000),
      baseUrl: BASE,
    });
    expect(outcome.status).toBe("download");
    if (outcome.status !== "download") return;
    const copy = JSON.parse(outcome.json) as { subject: { kind: string } };
    expect(copy.subject.kind).toBe("guest");
    expect(outcome.json).toContain(orderNumber);

    const [request] = await handle.db
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.email, email));
    expect(request).toMatchObject({
      userId: null,
      kind: "export",
      status: "completed",
      completedAt: later(2000),
      details: { note: "Bitte alles.", language: "en" },
    });
    const audit = await handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, request!.id));
    expect(audit).toEqual([{ action: "privacy_request.guest_copy_downloaded" }]);

    const again = { token, sealed, secret: SECRET, now: later(3000), baseUrl: BASE };
    expect(await confirmGuestRequest(handle.db, again)).toEqual({ status: "invalid" });
    expect(await checkGuestLink(handle.db, again)).toEqual({ status: "invalid" });
  });

  it("puts other kinds in the officer's queue, due in one month, and acknowledges them", async () => {
    const { email } = await guestWithOrder("rectify");
    await ask(email, "rectification", "Mein Name ist falsch geschrieben.");
    const { token, sealed } = await linkFor(email);
    const now = later(5 * 60 * 1000);
    const outcome = await confirmGuestRequest(handle.db, {
      token,
      sealed,
      secret: SECRET,
      now,
      baseUrl: BASE,
    });
    expect(outcome).toMatchObject({ status: "queued", kind: "rectification", dueAt: dueDate(now) });
    const [request] = await handle.db
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.email, email));
    expect(request).toMatchObject({
      kind: "rectification",
      status: "received",
      receivedAt: now,
      dueAt: dueDate(now),
      details: { note: "Mein Name ist falsch geschrieben.", language: "en" },
    });
    const receipts = (await mailsTo(email)).filter((m) => m.template === "privacy-request-update");
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.locale).toBe("en");
  });

  it("refuses a forged or swapped seal and an expired link, and uses up nothing", async () => {
    const { email } = await guestWithOrder("forged");
    await ask(email, "erasure", null);
    const { token, sealed } = await linkFor(email);
    const other = await guestWithOrder("other");
    await ask(other.email, "export", null);
    const otherLink = await linkFor(other.email);

    const tries = [
      { token, sealed: otherLink.sealed, now: later(1000) },
      { token, sealed: `${sealed.slice(0, -2)}AA`, now: later(1000) },
      { token, sealed, now: later(GUEST_LINK_TTL_MS + 1) },
    ];
    for (const attempt of tries) {
      expect(
        await confirmGuestRequest(handle.db, { ...attempt, secret: SECRET, baseUrl: BASE }),
      ).toEqual({ status: "invalid" });
    }
    expect((await tokensFor(email))[0]!.usedAt).toBeNull();
    const requests = await handle.db
      .select()
      .from(privacyRequests)
      .where(and(eq(privacyRequests.email, email)));
    expect(requests).toEqual([]);
  });

  it("does not mail an account holder whose address has no guest rows", async () => {
    const subject = { userId: randomUUID(), email: address("account") };
    await ensureSampleUser(handle.db, subject);
    await ask(subject.email, "export", null);
    expect(await mailsTo(subject.email)).toEqual([]);
  });
});
