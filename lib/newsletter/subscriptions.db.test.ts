import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { consentEvents, mailOutbox, newsletterSubscriptions } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { applyWithdrawal } from "@/lib/consent/withdrawal";
import { ensureSampleUser, sampleConsentSubjectId } from "@/lib/privacy/map/samples";
import { CONFIRM_TTL_MS, unsubscribeToken } from "./links";
import {
  confirmationStateOf,
  confirmSubscription,
  endNewsletterForUser,
  requestSubscription,
  unsubscribe,
} from "./subscriptions";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const SECRET = "test-secret-for-newsletter-links-0123456789";
const BASE = "https://shop.example";
const CONSENT = "Ja, ich möchte den Newsletter erhalten.";
const T0 = new Date("2026-11-20T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@Example.test`;

async function subscribe(email: string, options: { userId?: string | null; now?: Date } = {}) {
  return requestSubscription(handle.db, {
    email,
    userId: options.userId ?? null,
    locale: "de",
    consentText: CONSENT,
    now: options.now ?? T0,
    baseUrl: BASE,
  });
}

async function row(email: string) {
  const [found] = await handle.db
    .select()
    .from(newsletterSubscriptions)
    .where(eq(newsletterSubscriptions.email, email.toLowerCase()));
  return found;
}

async function confirmationMails(email: string) {
  return handle.db
    .select({ text: mailOutbox.text, locale: mailOutbox.locale, headers: mailOutbox.headers })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.toEmail, email.toLowerCase()),
        eq(mailOutbox.template, "newsletter-confirm"),
      ),
    )
    .orderBy(mailOutbox.createdAt);
}

/** The token of the newest confirmation link mailed to the address. */
async function mailedToken(email: string): Promise<string> {
  const mails = await confirmationMails(email);
  const link = mails.at(-1)?.text.match(/https:\/\/shop\.example\/newsletter\/confirm\?\S+/)?.[0];
  if (!link) throw new Error(`no confirmation link mailed to ${email}`);
  return new URL(link).searchParams.get("token")!;
}

describe("double opt-in (UWG §7)", () => {
  it("records the request, mails a link and confirms only by the POST step", async () => {
    const email = address("doi");
    expect(await subscribe(email)).toBe("confirmation-sent");

    const pending = await row(email);
    expect(pending).toMatchObject({
      email: email.toLowerCase(),
      status: "pending",
      consentText: CONSENT,
      locale: "de",
      requestedAt: T0,
      confirmedAt: null,
      userId: null,
    });
    const mails = await confirmationMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe("de");
    // A confirmation mail is no advertising: no unsubscribe headers needed, none set.
    expect(mails[0]!.headers).toEqual({});
    const token = await mailedToken(email);
    expect(pending!.tokenHash).not.toContain(token);

    // Showing the page reads only.
    expect(await confirmationStateOf(handle.db, token, later(60_000))).toBe("valid");
    expect((await row(email))!.status).toBe("pending");

    expect(await confirmSubscription(handle.db, { token, now: later(60_000) })).toBe("confirmed");
    expect(await row(email)).toMatchObject({
      status: "confirmed",
      confirmedAt: later(60_000),
      consentText: CONSENT,
      requestedAt: T0,
    });
    // The link is used: a second click confirms nothing new.
    expect(await confirmSubscription(handle.db, { token, now: later(120_000) })).toBe(
      "already-confirmed",
    );
    expect((await row(email))!.confirmedAt).toEqual(later(60_000));
  });

  it("answers a second sign-up of a confirmed address without a mail and without changes", async () => {
    const email = address("again");
    await subscribe(email);
    await confirmSubscription(handle.db, { token: await mailedToken(email), now: later(1000) });
    const before = await row(email);

    expect(await subscribe(email, { now: later(5000) })).toBe("already-confirmed");
    expect(await confirmationMails(email)).toHaveLength(1);
    expect(await row(email)).toEqual(before);
  });

  it("lets a link expire after 48 hours and leaves the request unconfirmed", async () => {
    const email = address("expiry");
    await subscribe(email);
    const token = await mailedToken(email);
    expect(await confirmationStateOf(handle.db, token, later(CONFIRM_TTL_MS))).toBe("expired");
    expect(await confirmSubscription(handle.db, { token, now: later(CONFIRM_TTL_MS + 1) })).toBe(
      "expired",
    );
    expect(await row(email)).toMatchObject({ status: "pending", confirmedAt: null });
  });

  it("refuses unknown tokens and replaces the link of a pending request that is asked again", async () => {
    expect(await confirmSubscription(handle.db, { token: "x".repeat(43), now: T0 })).toBe(
      "invalid",
    );
    expect(await confirmSubscription(handle.db, { token: "", now: T0 })).toBe("invalid");

    const email = address("renew");
    await subscribe(email);
    const first = await mailedToken(email);
    await subscribe(email, { now: later(3600_000) });
    const second = await mailedToken(email);
    expect(second).not.toBe(first);
    expect(await confirmSubscription(handle.db, { token: first, now: later(3600_001) })).toBe(
      "invalid",
    );
    // The new link counts from the new request.
    expect(
      await confirmSubscription(handle.db, { token: second, now: later(CONFIRM_TTL_MS + 1000) }),
    ).toBe("confirmed");
  });

  it("links the subscription to a signed-in customer's account", async () => {
    const userId = randomUUID();
    const email = address("linked");
    await ensureSampleUser(handle.db, { userId, email: email.toLowerCase() });
    await subscribe(email, { userId });
    expect((await row(email))!.userId).toBe(userId);
  });
});

describe("unsubscribe (L6)", () => {
  it("works with the signed link, forever, idempotently, and refuses a wrong one", async () => {
    const email = address("unsub");
    await subscribe(email);
    await confirmSubscription(handle.db, { token: await mailedToken(email), now: later(1000) });
    const { id } = (await row(email))!;

    const wrong = await unsubscribe(handle.db, {
      subscriptionId: id,
      token: unsubscribeToken("another-secret-of-sufficient-length-000", id),
      secret: SECRET,
      now: later(2000),
    });
    expect(wrong).toBe("invalid-token");
    expect((await row(email))!.status).toBe("confirmed");

    const token = unsubscribeToken(SECRET, id);
    const aYearLater = later(365 * 86_400_000);
    expect(
      await unsubscribe(handle.db, { subscriptionId: id, token, secret: SECRET, now: aYearLater }),
    ).toBe("unsubscribed");
    expect(await row(email)).toMatchObject({ status: "unsubscribed", unsubscribedAt: aYearLater });
    expect(
      await unsubscribe(handle.db, {
        subscriptionId: id,
        token,
        secret: SECRET,
        now: later(400 * 86_400_000),
      }),
    ).toBe("unsubscribed");
    expect((await row(email))!.unsubscribedAt).toEqual(aYearLater);
  });

  it("starts a new double opt-in when an unsubscribed address signs up again", async () => {
    const email = address("back");
    await subscribe(email);
    const oldToken = await mailedToken(email);
    await confirmSubscription(handle.db, { token: oldToken, now: later(1000) });
    const { id } = (await row(email))!;
    await unsubscribe(handle.db, {
      subscriptionId: id,
      token: unsubscribeToken(SECRET, id),
      secret: SECRET,
      now: later(2000),
    });
    // The old link never subscribes again.
    expect(await confirmSubscription(handle.db, { token: oldToken, now: later(2500) })).toBe(
      "invalid",
    );

    expect(await subscribe(email, { now: later(3000) })).toBe("confirmation-sent");
    expect(await row(email)).toMatchObject({
      id,
      status: "pending",
      requestedAt: later(3000),
      confirmedAt: null,
      unsubscribedAt: null,
    });
    expect(await confirmationMails(email)).toHaveLength(2);
    expect(
      await confirmSubscription(handle.db, {
        token: await mailedToken(email),
        now: later(4000),
      }),
    ).toBe("confirmed");
  });
});

describe("ending the newsletter for an account", () => {
  it("ends the linked subscription and the one of the account's address at once", async () => {
    const userId = randomUUID();
    const own = address("owner");
    await ensureSampleUser(handle.db, { userId, email: own.toLowerCase() });
    const other = address("other-linked");
    const stranger = address("stranger");
    await subscribe(own); // signed up as a guest with the account's address
    await subscribe(other, { userId });
    await subscribe(stranger);
    for (const email of [own, other, stranger]) {
      await confirmSubscription(handle.db, { token: await mailedToken(email), now: later(1000) });
    }

    await endNewsletterForUser(handle.db, userId, later(5000));

    expect(await row(own)).toMatchObject({ status: "unsubscribed", unsubscribedAt: later(5000) });
    expect(await row(other)).toMatchObject({ status: "unsubscribed" });
    expect((await row(stranger))!.status).toBe("confirmed");
    // Idempotent inside a caller's transaction too.
    await handle.db.transaction((tx) => endNewsletterForUser(tx, userId, later(6000)));
    expect((await row(own))!.unsubscribedAt).toEqual(later(5000));
  });

  it("ends it when marketing consent is withdrawn, but not a sign-up made after that decision", async () => {
    const userId = randomUUID();
    const email = address("withdraw");
    await ensureSampleUser(handle.db, { userId, email: email.toLowerCase() });
    await subscribe(email, { userId });
    await confirmSubscription(handle.db, { token: await mailedToken(email), now: later(1000) });
    const subjectId = sampleConsentSubjectId();
    const decide = (marketing: boolean, at: Date) =>
      handle.db.insert(consentEvents).values({
        subjectId,
        userId,
        noticeVersion: "test",
        language: "de",
        purposes: { preferences: false, analytics: false, personalization: false, marketing },
        method: "settings",
        withdrawalMethod: "Footer link",
        recordedAt: at,
      });

    await decide(false, later(10_000));
    await applyWithdrawal(handle.db, {
      userId,
      subjectId,
      withdrawn: ["marketing"],
      now: later(10_000),
    });
    expect(await row(email)).toMatchObject({
      status: "unsubscribed",
      unsubscribedAt: later(10_000),
    });

    // Signed up again later; an older decision carried to another browser must not end it.
    await subscribe(email, { userId, now: later(20_000) });
    await confirmSubscription(handle.db, { token: await mailedToken(email), now: later(21_000) });
    await applyWithdrawal(handle.db, {
      userId,
      subjectId,
      withdrawn: ["marketing"],
      now: later(30_000),
    });
    expect((await row(email))!.status).toBe("confirmed");

    // Withdrawing other purposes leaves the newsletter alone.
    await decide(false, later(40_000));
    await applyWithdrawal(handle.db, {
      userId,
      subjectId,
      withdrawn: ["personalization"],
      now: later(40_000),
    });
    expect((await row(email))!.status).toBe("confirmed");
  });
});
