import { sendNewsletterIssue } from "../lib/newsletter/issue";
import { withAppDatabase } from "./fixtures/app-database";
import { ShopDatabase, uniqueEmail } from "./fixtures/shop-database";
import { expect, serverSecret, test, useLocale } from "./fixtures/test";

/** Sends this week's issue to one address, as the scheduler would on Thursday. */
async function sendIssueTo(email: string): Promise<void> {
  const result = await withAppDatabase((db) =>
    sendNewsletterIssue(db, {
      now: new Date(),
      baseUrl: test.info().project.use.baseURL ?? "http://127.0.0.1:3100",
      secret: serverSecret(),
      emails: [email],
    }),
  );
  expect(result).toEqual({ sent: 1, skipped: 0 });
}

async function subscriptionStatus(shopDb: ShopDatabase, email: string): Promise<string | null> {
  const [row] = await shopDb.query<{ status: string }>(
    "select status from newsletter_subscriptions where email = lower($1)",
    [email],
  );
  return row?.status ?? null;
}

async function issueHeaders(shopDb: ShopDatabase, email: string) {
  const [row] = await shopDb.query<{ headers: Record<string, string> }>(
    "select headers from mail_outbox where to_email = lower($1) and template = 'newsletter-issue' order by created_at desc limit 1",
    [email],
  );
  if (!row) throw new Error(`no newsletter issue for ${email}`);
  return row.headers;
}

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

test("a visitor subscribes with double opt-in and unsubscribes from the link in the newsletter", async ({
  page,
  shopDb,
  expectNoA11yViolations,
}) => {
  const email = uniqueEmail("newsletter");
  const form = page.getByRole("form", { name: "Subscribe to the newsletter" });

  await test.step("the footer leads to the sign-up; consent must be given in words", async () => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Newsletter" }).click();
    await expect(page).toHaveURL(/\/newsletter$/);
    await expect(page.getByRole("heading", { level: 1, name: "Newsletter" })).toBeVisible();
    await expectNoA11yViolations(page);
    await form.getByLabel("E-mail address").fill(email);
    await form.getByRole("button", { name: "Subscribe to the newsletter" }).click();
    await expect(
      form.getByText("Please confirm that you would like to receive the newsletter."),
    ).toBeVisible();
    expect(await subscriptionStatus(shopDb, email)).toBeNull();
  });

  await test.step("with the box ticked, the answer is 'check your inbox' and the link is mailed", async () => {
    await form
      .getByRole("checkbox", { name: /Yes, I would like to receive the Vitrine newsletter/ })
      .check();
    await form.getByRole("button", { name: "Subscribe to the newsletter" }).click();
    await expect(form.getByText(/Please check your inbox/)).toBeVisible();
    expect(await subscriptionStatus(shopDb, email)).toBe("pending");
    const [row] = await shopDb.query<{ consent_text: string; locale: string }>(
      "select consent_text, locale from newsletter_subscriptions where email = $1",
      [email],
    );
    expect(row).toEqual({
      consent_text: expect.stringContaining("Yes, I would like to receive the Vitrine newsletter"),
      locale: "en",
    });
  });

  await test.step("opening the link changes nothing; the button confirms", async () => {
    const mail = await shopDb.latestMail(email, "newsletter-confirm");
    expect(mail?.subject).toBe("Please confirm your newsletter subscription");
    await page.goto(ShopDatabase.linkIn(mail!.text, "/newsletter/confirm"));
    expect(await subscriptionStatus(shopDb, email)).toBe("pending");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByText("Your subscription is confirmed")).toBeVisible();
    expect(await subscriptionStatus(shopDb, email)).toBe("confirmed");
  });

  await test.step("the newsletter's visible unsubscribe link leads to one button that ends it", async () => {
    await sendIssueTo(email);
    const issue = await shopDb.latestMail(email, "newsletter-issue");
    expect(issue?.subject).toBe("New at Vitrine: your weekly round-up");
    await page.goto(ShopDatabase.linkIn(issue!.text, "/newsletter/unsubscribe"));
    expect(await subscriptionStatus(shopDb, email)).toBe("confirmed");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Unsubscribe", exact: true }).click();
    await expect(page.getByText("You have unsubscribed from the newsletter.")).toBeVisible();
    expect(await subscriptionStatus(shopDb, email)).toBe("unsubscribed");
  });
});

test("the List-Unsubscribe header's one-click POST (RFC 8058) unsubscribes and answers 200", async ({
  page,
  shopDb,
}) => {
  const email = uniqueEmail("one-click");
  await shopDb.query(
    `insert into newsletter_subscriptions (email, status, token_hash, locale, consent_text, requested_at, confirmed_at)
     values ($1, 'confirmed', md5(random()::text), 'en', 'Yes, I would like to receive the Vitrine newsletter.', now(), now())`,
    [email],
  );
  await sendIssueTo(email);
  const headers = await issueHeaders(shopDb, email);
  expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = headers["List-Unsubscribe"]!.match(/^<(https?:\/\/[^>]+)>$/)?.[1];
  expect(oneClick).toBeTruthy();
  expect(new URL(oneClick!).pathname).toBe("/api/newsletter/unsubscribe");

  await test.step("a wrong token is refused with a bare 400", async () => {
    const bad = new URL(oneClick!);
    bad.searchParams.set("t", "not-the-right-token");
    const response = await page.request.post(bad.toString(), {
      form: { "List-Unsubscribe": "One-Click" },
    });
    expect(response.status()).toBe(400);
    expect(await subscriptionStatus(shopDb, email)).toBe("confirmed");
  });

  await test.step("the mail provider's POST, without our Origin, unsubscribes; again is fine", async () => {
    for (let i = 0; i < 2; i += 1) {
      const response = await page.request.post(oneClick!, {
        form: { "List-Unsubscribe": "One-Click" },
      });
      expect(response.status()).toBe(200);
      expect(await subscriptionStatus(shopDb, email)).toBe("unsubscribed");
    }
  });
});
