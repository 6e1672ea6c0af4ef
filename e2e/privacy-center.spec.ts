import type { Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/roles";
import { expect, test, useLocale } from "./fixtures/test";

const ALL_OFF = { preferences: false, analytics: false, personalization: false, marketing: false };

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail address").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test("a customer sees what we store by category, with their own order and address, paged", async ({
  page,
  shopDb,
}) => {
  const customer = await shopDb.createCustomer({ label: "privacy-center" });
  const { orderNumber } = await shopDb.createOrder(customer);
  await shopDb.query(
    `insert into addresses (user_id, full_name, street, postal_code, city, country)
     values ($1, 'Alma Adler', 'Kastanienweg 12', '50667', 'Köln', 'DE')`,
    [customer.id],
  );
  // Twelve decisions: more than one page of the consent history.
  for (let i = 0; i < 12; i++) await shopDb.recordConsent(customer.id, ALL_OFF);

  await useLocale(page, "en");
  await signIn(page, customer.email, customer.password);
  // Signing in may add a decision of its own (C11): count what the ledger holds now.
  const [{ decisions } = { decisions: 0 }] = await shopDb.query<{ decisions: number }>(
    "select count(*)::int as decisions from consent_events where user_id = $1",
    [customer.id],
  );
  expect(decisions).toBeGreaterThan(10);
  expect(decisions).toBeLessThanOrEqual(20);
  await page.goto("/account/privacy");

  await test.step("the rights come first, as actions", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Privacy center" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download my data" })).toHaveAttribute(
      "href",
      "/account/privacy/export",
    );
    await expect(page.getByRole("link", { name: "Delete my account" })).toHaveAttribute(
      "href",
      "/account/privacy/delete",
    );
    await expect(page.getByRole("link", { name: "Ask us to correct it" })).toHaveAttribute(
      "href",
      "/account/privacy/correct",
    );
  });

  await test.step("each category says why, on what basis, and who receives it", async () => {
    const orders = page.getByRole("region", { name: "Orders, carts and reservations" });
    await expect(orders.getByRole("heading", { level: 3 })).toHaveText(
      "Orders, carts and reservations",
    );
    await expect(
      orders.getByText("Taking, processing and delivering your orders", { exact: true }),
    ).toBeVisible();
    await expect(
      orders.getByText("Contract and steps before a contract (GDPR Art. 6(1)(b))", {
        exact: true,
      }),
    ).toBeVisible();
    await expect(
      orders.getByText("Carrier (name and delivery address, to deliver)", { exact: true }),
    ).toBeVisible();
    const consent = page.locator("#category-consent-proof");
    await expect(
      consent.getByText("Proving how you decided about your consents (GDPR Art. 7(1))", {
        exact: true,
      }),
    ).toBeVisible();
  });

  await test.step("the data itself: their order number and addresses", async () => {
    const orderRows = page
      .locator("#data-orders")
      .getByRole("region", { name: "Orders: your data" });
    await expect(orderRows.getByRole("cell", { name: orderNumber, exact: true })).toBeVisible();
    await expect(orderRows.getByText(/Lindenallee 3/).first()).toBeVisible();
    await expect(orderRows.getByRole("link", { name: `Order page ${orderNumber}` })).toBeVisible();
    const addressRows = page
      .locator("#data-addresses")
      .getByRole("region", { name: "Addresses: your data" });
    await expect(addressRows.getByRole("cell", { name: "Kastanienweg 12" })).toBeVisible();
    // Secrets are never shown.
    await expect(page.getByText("Password (only as a one-way hash)")).toHaveCount(0);
  });

  await test.step("a long table is paged in the URL", async () => {
    const history = page.locator("#data-consent_events");
    const rows = history
      .getByRole("region", { name: "Consent history: your data" })
      .locator("tbody tr");
    await expect(history.getByText(`${decisions} entries`, { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(10);
    await expect(history.getByText(`Entries 1–10 of ${decisions}`)).toBeVisible();
    await expect(
      history.getByRole("link", { name: "Previous entries: Consent history" }),
    ).toHaveCount(0);
    await history.getByRole("link", { name: "More entries: Consent history" }).click();
    await expect(page).toHaveURL(/[?&]table=consent_events&page=2/);
    await expect(rows).toHaveCount(decisions - 10);
    await expect(history.getByText(`Entries 11–${decisions} of ${decisions}`)).toBeVisible();
    await expect(history.getByRole("link", { name: "More entries: Consent history" })).toHaveCount(
      0,
    );
    await expect(history.getByRole("link", { name: /^Receipt of your decision of/ })).toHaveCount(
      decisions - 10,
    );
    // Other tables stay on their first page.
    await expect(
      page.locator("#data-orders").getByRole("cell", { name: orderNumber, exact: true }),
    ).toBeVisible();
    await history.getByRole("link", { name: "Previous entries: Consent history" }).click();
    await expect(page).toHaveURL(/[?&]table=consent_events&page=1/);
    await expect(rows).toHaveCount(10);
  });
});

for (const locale of ["de", "en"] as const) {
  test(`the privacy center is accessible (${locale})`, async ({
    page,
    shopDb,
    expectNoA11yViolations,
  }) => {
    const customer = await shopDb.createCustomer({ label: `privacy-center-a11y-${locale}` });
    await shopDb.createOrder(customer);
    await shopDb.recordConsent(customer.id, ALL_OFF);
    // The sign-in form is named in English: sign in first, then switch the language.
    await useLocale(page, "en");
    await signIn(page, customer.email, customer.password);
    await useLocale(page, locale);
    await page.goto("/account/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      locale === "de" ? "Datenschutz-Center" : "Privacy center",
    );
    await expectNoA11yViolations(page);
  });
}

test.describe("records of processing", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("the admin sees every purpose with its basis, printable, and the page is accessible", async ({
    page,
    expectNoA11yViolations,
  }) => {
    await useLocale(page, "en");
    await page.goto("/admin/privacy/records");
    await expect(
      page.getByRole("heading", { level: 1, name: "Records of processing activities" }),
    ).toBeVisible();
    for (const purpose of [
      "Taking, processing and delivering your orders",
      "Tailoring recommendations and offers to you",
      "Recording which members of staff accessed your data (GDPR Art. 5(2), 32)",
    ]) {
      await expect(page.getByRole("heading", { level: 3, name: purpose })).toBeVisible();
    }
    await expect(page.getByText("Vitrine Demo GmbH").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await expectNoA11yViolations(page);

    await test.step("printing leaves out the navigation", async () => {
      const siteHeader = page.locator("body > header");
      const staffNav = page.getByRole("navigation", { name: "Staff area" });
      await expect(siteHeader).toBeVisible();
      await expect(staffNav).toBeVisible();
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
      await expect(siteHeader).toBeHidden();
      await expect(staffNav).toBeHidden();
      await expect(page.locator("body > footer")).toBeHidden();
      await expect(
        page.getByRole("heading", {
          level: 3,
          name: "Tailoring recommendations and offers to you",
        }),
      ).toBeVisible();
    });
  });
});
