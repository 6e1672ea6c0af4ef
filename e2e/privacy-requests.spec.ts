import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { generateOrderNumber } from "../lib/orders/order-number";
import { storageStateFor } from "./fixtures/roles";
import { ShopDatabase, uniqueEmail } from "./fixtures/shop-database";
import { expect, test, useLocale } from "./fixtures/test";

/** A paid guest order (no account), as checkout writes one for a visitor without an account. */
async function insertGuestOrder(shopDb: ShopDatabase, email: string): Promise<string> {
  const orderNumber = generateOrderNumber();
  const address = {
    fullName: "Gisela Gast",
    street: "Am Markt 5",
    postalCode: "50667",
    city: "Köln",
    country: "DE",
  };
  await shopDb.query(
    `insert into orders (order_number, user_id, email, status, shipping_method, payment_method, shipping_address,
       billing_address, subtotal_cents, shipping_cents, total_cents, vat_lines, idempotency_key)
     values ($1, null, $2, 'paid', 'standard', 'card', $3, $3, 2000, 490, 2490, $4, $5)`,
    [
      orderNumber,
      email,
      JSON.stringify(address),
      JSON.stringify([{ rate: 1900, grossCents: 2490, netCents: 2092, vatCents: 398 }]),
      `e2e-guest-${orderNumber}`,
    ],
  );
  return orderNumber;
}

/** The one-time link of the newest guest-privacy-link mail to the address. */
async function mailedLink(shopDb: ShopDatabase, email: string): Promise<string> {
  const mail = await shopDb.latestMail(email, "guest-privacy-link");
  expect(mail, `a guest-privacy-link mail to ${email}`).not.toBeNull();
  const link = (mail!.text.match(/https?:\/\/[^\s<>"]+/g) ?? []).find((url) =>
    new URL(url).pathname.startsWith("/privacy-request/"),
  );
  if (!link) throw new Error(`no /privacy-request/ link in mail:\n${mail!.text}`);
  return link;
}

/** Fills in and sends the guest form; returns the answer the form announced. */
async function askForLink(page: Page, email: string, option: RegExp, details?: string) {
  await page.goto("/privacy-request");
  const form = page.getByRole("form", { name: "Data request" });
  await form.getByLabel("E-mail address").fill(email);
  await form.getByRole("radio", { name: option }).check();
  if (details) await form.getByLabel("Details (optional)").fill(details);
  await form.getByRole("button", { name: "Send me the link" }).click();
  const answer = form.getByRole("status");
  await expect(answer).toContainText("If we hold data for this address, a link is on its way");
  return (await answer.textContent())!.trim();
}

test.describe("guest data requests (R7)", () => {
  test.beforeEach(async ({ page }) => {
    await useLocale(page, "en");
  });

  test("a guest who ordered gets a copy of their data through the e-mail link", async ({
    page,
    shopDb,
    expectNoA11yViolations,
  }) => {
    const email = uniqueEmail("guest-copy");
    const orderNumber = await insertGuestOrder(shopDb, email);

    await test.step("the form answers that a link is on its way if we hold data", async () => {
      await page.goto("/privacy-request");
      await expect(
        page.getByRole("heading", { level: 1, name: "Data requests without an account" }),
      ).toBeVisible();
      await expectNoA11yViolations(page);
      await askForLink(page, email, /a copy of my data/);
    });

    const link = await mailedLink(shopDb, email);

    await test.step("opening the link shows the request and uses nothing (S6)", async () => {
      await page.goto(link);
      await expect(
        page.getByRole("heading", { level: 1, name: "Confirm your request" }),
      ).toBeVisible();
      await expect(page.getByText(email)).toBeVisible();
      const tokens = await shopDb.query<{ used_at: Date | null }>(
        "select used_at from verification_tokens where lower(email) = lower($1) and purpose = 'guest_privacy'",
        [email],
      );
      expect(tokens).toEqual([{ used_at: null }]);
      await expectNoA11yViolations(page);
    });

    await test.step("confirming offers the data as JSON, with the guest's order in it", async () => {
      await page.getByRole("button", { name: "Confirm and get my data" }).click();
      await expect(page.getByText(/Your copy is ready/)).toBeVisible();
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download my data (JSON)" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^vitrine-data-\d{4}-\d{2}-\d{2}\.json$/);
      const body = readFileSync(await file.path(), "utf8");
      expect(JSON.parse(body)).toMatchObject({ subject: { kind: "guest" } });
      expect(body).toContain(orderNumber);
      await expectNoA11yViolations(page);

      const requests = await shopDb.query<{ kind: string; status: string; user_id: null }>(
        "select kind, status, user_id from privacy_requests where email = lower($1)",
        [email],
      );
      expect(requests).toEqual([{ kind: "access", status: "completed", user_id: null }]);
    });

    await test.step("the link works only once", async () => {
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1, name: "Link not valid" })).toBeVisible();
    });
  });

  test("an unknown address gets the same answer and no mail", async ({ page, shopDb }) => {
    const known = uniqueEmail("guest-known");
    await insertGuestOrder(shopDb, known);
    const unknown = uniqueEmail("guest-unknown");

    const answerKnown = await askForLink(page, known, /a copy of my data/);
    const answerUnknown = await askForLink(page, unknown, /a copy of my data/);
    expect(answerUnknown).toBe(answerKnown);

    expect(await shopDb.latestMail(known, "guest-privacy-link")).not.toBeNull();
    expect(await shopDb.latestMail(unknown, "guest-privacy-link")).toBeNull();
    const traces = await shopDb.query(
      `select 1 from verification_tokens where lower(email) = lower($1)
       union all select 1 from privacy_requests where lower(email) = lower($1)
       union all select 1 from mail_outbox where lower(to_email) = lower($1)`,
      [unknown],
    );
    expect(traces).toEqual([]);
  });

  test.describe("the privacy officer", () => {
    test.use({ storageState: storageStateFor("admin") });

    test("sees a guest's correction request in the queue with days left", async ({
      page,
      browser,
      shopDb,
      expectNoA11yViolations,
    }) => {
      const email = uniqueEmail("guest-correct");
      await insertGuestOrder(shopDb, email);

      const guestContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
      const guest = await guestContext.newPage();
      await useLocale(guest, "en");
      let reference = "";
      await test.step("a guest asks for a correction and confirms it from the link", async () => {
        await askForLink(guest, email, /Correct my data/, "My surname is Gast, not Gasst.");
        await guest.goto(await mailedLink(shopDb, email));
        await expect(guest.getByText("My surname is Gast, not Gasst.")).toBeVisible();
        await guest.getByRole("button", { name: "Confirm my request" }).click();
        const answer = guest.getByText(/Your request was received \(reference [0-9A-F]{8}\)/);
        await expect(answer).toBeVisible();
        reference = /reference ([0-9A-F]{8})/.exec((await answer.textContent())!)![1]!;
      });
      await guestContext.close();

      await test.step("the queue lists it, received today, with the days left", async () => {
        await useLocale(page, "en");
        await page.goto("/admin/privacy/requests");
        await expect(
          page.getByRole("heading", { level: 1, name: "Privacy requests" }),
        ).toBeVisible();
        const row = page.getByRole("row", { name: new RegExp(reference) });
        await expect(row).toContainText("Correction");
        await expect(row).toContainText("Guest");
        await expect(row).toContainText(/(2[7-9]|30) days left/);
        await expect(row).toContainText("Received");
        await expectNoA11yViolations(page);
      });

      await test.step("its page shows the address, and the look is audit-logged (S9)", async () => {
        await page.getByRole("link", { name: `Open request ${reference}` }).click();
        await expect(
          page.getByRole("heading", { level: 1, name: `Request ${reference}` }),
        ).toBeVisible();
        await expect(page.getByText(email.toLowerCase())).toBeVisible();
        await expectNoA11yViolations(page);
        const looks = await shopDb.query(
          `select 1 from audit_log a join privacy_requests r on r.id::text = a.entity_id
           where a.action = 'privacy_request.viewed' and r.email = lower($1)`,
          [email],
        );
        expect(looks.length).toBeGreaterThan(0);
      });
    });
  });
});
