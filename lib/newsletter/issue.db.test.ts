import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  categories,
  consentEvents,
  mailOutbox,
  newsletterSubscriptions,
  offers,
  personalizationLog,
  processingLimits,
  productVariants,
  products,
  users,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { getJob } from "@/lib/jobs/registry";
import { clearShopContext } from "@/lib/personalization/load";
import { ensureSampleUser, sampleConsentSubjectId } from "@/lib/privacy/map/samples";
import { hashToken, isoWeekKey, isValidUnsubscribeToken, ISSUE_HEADER } from "./links";
import { sendIssueToSubscription, loadIssueCommon, sendNewsletterIssue } from "./issue";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const SECRET = "test-secret-for-newsletter-links-0123456789";
const BASE = "https://shop.example";
const WEEK = 7 * 86_400_000;
// Seed dates are relative to the moment of seeding: the issue is sent "now".
const NOW = new Date();
const send = (now: Date, emails: string[]) =>
  sendNewsletterIssue(handle.db, { now, baseUrl: BASE, secret: SECRET, emails });

const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

async function subscription(
  email: string,
  status: "pending" | "confirmed" | "unsubscribed",
  userId: string | null = null,
): Promise<string> {
  const [row] = await handle.db
    .insert(newsletterSubscriptions)
    .values({
      email,
      userId,
      status,
      tokenHash: hashToken(randomUUID()),
      locale: "de",
      consentText: "Ja, ich möchte den Newsletter erhalten.",
      requestedAt: new Date(NOW.getTime() - WEEK),
      confirmedAt: status === "pending" ? null : new Date(NOW.getTime() - WEEK),
      unsubscribedAt: status === "unsubscribed" ? NOW : null,
    })
    .returning({ id: newsletterSubscriptions.id });
  return row!.id;
}

async function account(email: string): Promise<string> {
  const userId = randomUUID();
  await ensureSampleUser(handle.db, { userId, email });
  return userId;
}

async function limit(
  userId: string,
  kind: "objection" | "restriction",
  purpose: "marketing" | "personalization",
  liftedAt: Date | null = null,
) {
  await handle.db.insert(processingLimits).values({ userId, kind, purpose, liftedAt });
}

async function issues(email: string) {
  return handle.db
    .select({ text: mailOutbox.text, html: mailOutbox.html, headers: mailOutbox.headers })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toEmail, email), eq(mailOutbox.template, "newsletter-issue")))
    .orderBy(mailOutbox.createdAt);
}

describe("the weekly newsletter issue", () => {
  it("is registered as a weekly job on Thursday morning", () => {
    const job = getJob("newsletter-issue");
    expect(job.cron).toBe("0 9 * * 4");
    expect(job.intervalMs).toBe(WEEK);
  });

  it("goes once per week to each confirmed subscriber, never to pending, unsubscribed or objected ones", async () => {
    const guest = address("guest");
    const pending = address("pending");
    const gone = address("gone");
    const objected = address("objected");
    const ownerObjected = address("owner-objected");
    const restricted = address("restricted");
    const lifted = address("lifted");
    const guestId = await subscription(guest, "confirmed");
    await subscription(pending, "pending");
    await subscription(gone, "unsubscribed");
    const objector = await account(objected);
    await limit(objector, "objection", "marketing");
    await subscription(objected, "confirmed", objector);
    // Signed up as a guest, but the address's account objected: that counts too.
    await limit(await account(ownerObjected), "objection", "marketing");
    await subscription(ownerObjected, "confirmed");
    const restrictor = await account(restricted);
    await limit(restrictor, "restriction", "marketing");
    await subscription(restricted, "confirmed", restrictor);
    const lifter = await account(lifted);
    await limit(lifter, "objection", "marketing", new Date(NOW.getTime() - 1000));
    await limit(lifter, "objection", "personalization");
    await subscription(lifted, "confirmed", lifter);
    const all = [guest, pending, gone, objected, ownerObjected, restricted, lifted];

    expect(await send(NOW, all)).toEqual({ sent: 2, skipped: 3 });
    for (const email of [pending, gone, objected, ownerObjected, restricted]) {
      expect(await issues(email), email).toEqual([]);
    }
    const [mail] = await issues(guest);
    expect(await issues(lifted)).toHaveLength(1);

    // L6: List-Unsubscribe with the one-click endpoint, and the visible link in the body.
    const header = mail!.headers["List-Unsubscribe"]!;
    expect(header).toMatch(/^<https:\/\/shop\.example\/api\/newsletter\/unsubscribe\?[^>]+>$/);
    const oneClick = new URL(header.slice(1, -1));
    expect(oneClick.searchParams.get("s")).toBe(guestId);
    expect(isValidUnsubscribeToken(SECRET, guestId, oneClick.searchParams.get("t"))).toBe(true);
    expect(mail!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.headers[ISSUE_HEADER]).toBe(isoWeekKey(NOW));
    const page = `${BASE}/newsletter/unsubscribe?s=${guestId}&t=${oneClick.searchParams.get("t")}`;
    expect(mail!.text.split("\n")).toContain(page);
    expect(mail!.html).toContain(page.replaceAll("&", "&amp;"));
    expect(mail!.text).toContain("Guten Tag,");
    expect(mail!.text).not.toContain("Für Sie ausgewählt");

    // The same week again: nothing twice.
    expect(await send(new Date(NOW.getTime() + 3600_000), all)).toEqual({ sent: 0, skipped: 3 });
    expect(await issues(guest)).toHaveLength(1);

    // Next week's issue is a new one.
    expect((await send(new Date(NOW.getTime() + WEEK), all)).sent).toBe(2);
    const next = await issues(guest);
    expect(next).toHaveLength(2);
    expect(next[1]!.headers[ISSUE_HEADER]).toBe(isoWeekKey(new Date(NOW.getTime() + WEEK)));
  });

  it("honours an objection at send time, even when the subscription row still says confirmed", async () => {
    const email = address("late-objection");
    const userId = await account(email);
    const id = await subscription(email, "confirmed", userId);
    const common = await loadIssueCommon(handle.db, NOW, BASE);
    await limit(userId, "objection", "marketing");

    const outcome = await sendIssueToSubscription(handle.db, {
      now: NOW,
      baseUrl: BASE,
      secret: SECRET,
      subscriptionId: id,
      common,
    });
    expect(outcome).toBe("skipped");
    expect(await issues(email)).toEqual([]);
  });

  it("carries new arrivals and offers for everyone, but no sensitive products or targeted offers", async () => {
    const [plain] = await handle.db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.sensitive, false))
      .limit(1);
    const [sensitive] = await handle.db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.sensitive, true))
      .limit(1);
    const newProduct = async (slug: string, categoryId: string, nameDe: string) => {
      const [row] = await handle.db
        .insert(products)
        .values({
          slug,
          categoryId,
          brand: "Testmarke",
          nameDe,
          nameEn: `${nameDe} EN`,
          descriptionDe: "Test",
          descriptionEn: "Test",
          vatRate: 1900,
          launchedAt: new Date(NOW.getTime() - 60_000),
        })
        .returning({ id: products.id });
      await handle.db
        .insert(productVariants)
        .values({ productId: row!.id, sku: slug.toUpperCase(), priceCents: 4299 });
    };
    const suffix = randomUUID().slice(0, 6);
    await newProduct(`newsletter-neu-${suffix}`, plain!.id, `Brandneue Tasse ${suffix}`);
    await newProduct(`newsletter-heikel-${suffix}`, sensitive!.id, `Heikles Mittel ${suffix}`);
    const offer = (slug: string, target: "everyone" | "personal", code: string, ended = false) => ({
      slug: `${slug}-${suffix}`,
      nameDe: `Angebot ${slug} ${suffix}`,
      nameEn: `Offer ${slug} ${suffix}`,
      descriptionDe: `Beschreibung ${slug}`,
      descriptionEn: `Description ${slug}`,
      kind: "percent" as const,
      value: 10,
      voucherCode: `${code}${suffix}`.toUpperCase(),
      target,
      status: "active" as const,
      startsAt: new Date(NOW.getTime() - WEEK),
      endsAt: new Date(NOW.getTime() + (ended ? -1000 : WEEK)),
    });
    await handle.db
      .insert(offers)
      .values([
        offer("alle", "everyone", "ALLE"),
        offer("persoenlich", "personal", "PERS"),
        offer("vorbei", "everyone", "VORBEI", true),
      ]);

    const email = address("content");
    await subscription(email, "confirmed");
    expect((await send(NOW, [email])).sent).toBe(1);
    const [mail] = await issues(email);
    const text = mail!.text.replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain(`Brandneue Tasse ${suffix} · 42,99 €`);
    expect(text).toContain(`${BASE}/products/newsletter-neu-${suffix}`);
    expect(text).not.toContain(`Heikles Mittel ${suffix}`);
    expect(text).toContain(
      `Angebot alle ${suffix}\nBeschreibung alle\nGutscheincode: ALLE${suffix.toUpperCase()}`,
    );
    expect(text).not.toContain(`Angebot persoenlich ${suffix}`);
    expect(text).not.toContain(`Angebot vorbei ${suffix}`);
  });

  it("adds personal picks with their reason only when the account allows personalization", async () => {
    const [anna] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "anna@example.com"));
    const [ben] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "ben@example.com"));
    await handle.db
      .update(newsletterSubscriptions)
      .set({ status: "confirmed" })
      .where(eq(newsletterSubscriptions.email, "anna@example.com"));
    await subscription("ben@example.com", "confirmed", ben!.id);
    clearShopContext(handle.db);

    expect(await send(NOW, ["anna@example.com", "ben@example.com"])).toEqual({
      sent: 2,
      skipped: 0,
    });
    const [annaMail] = await issues("anna@example.com");
    expect(annaMail!.text).toContain("Für Sie ausgewählt");
    expect(annaMail!.text).toMatch(/Für Sie ausgewählt[\s\S]*Sie haben/);
    const [benMail] = await issues("ben@example.com");
    expect(benMail!.text).not.toContain("Für Sie ausgewählt");
    // P7: the decision is in the customer's personalization log.
    const logged = await handle.db
      .select({ userId: personalizationLog.userId, decision: personalizationLog.decision })
      .from(personalizationLog)
      .where(
        and(
          eq(personalizationLog.surface, "newsletter"),
          inArray(personalizationLog.userId, [anna!.id, ben!.id]),
        ),
      );
    expect(logged.map((l) => l.userId)).toEqual([anna!.id]);
    expect(logged[0]!.decision.productIds!.length).toBeGreaterThan(0);

    // Anna withdraws personalization: next week's issue has no picks.
    await handle.db.insert(consentEvents).values({
      subjectId: sampleConsentSubjectId(),
      userId: anna!.id,
      noticeVersion: "test",
      language: "de",
      purposes: { preferences: false, analytics: false, personalization: false, marketing: false },
      method: "settings",
      withdrawalMethod: "Footer link",
      recordedAt: new Date(NOW.getTime() + 1000),
    });
    expect((await send(new Date(NOW.getTime() + WEEK), ["anna@example.com"])).sent).toBe(1);
    const annaMails = await issues("anna@example.com");
    expect(annaMails).toHaveLength(2);
    expect(annaMails[1]!.text).not.toContain("Für Sie ausgewählt");
  });
});
