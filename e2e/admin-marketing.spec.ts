import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/roles";
import { addConsentCookie, expect, test, useLocale } from "./fixtures/test";

const ALL = { preferences: true, analytics: true, personalization: true, marketing: true };

/** datetime-local value in Berlin time, days from now. */
function berlinInput(daysFromNow: number): string {
  const at = new Date(Date.now() + daysFromNow * 86_400_000);
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
  return parts.replace(" ", "T");
}

async function newSegment(page: Page, nameEn: string, rule: (page: Page) => Promise<void>) {
  await page.goto("/admin/segments/new");
  await page.getByLabel("Name (German)").fill(`${nameEn} (de)`);
  await page.getByLabel("Name (English)").fill(nameEn);
  await rule(page);
  await page.getByRole("button", { name: "Show size" }).click();
}

test.use({ storageState: storageStateFor("marketer") });

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

test("the marketer builds a segment, cannot target a small one, and a customer in it sees the offer with why", async ({
  page,
  browser,
  shopDb,
  expectNoA11yViolations,
}) => {
  const tag = randomBytes(3).toString("hex");
  // A consenting adult customer who bought a camera: in any "bought cameras" segment.
  const customer = await shopDb.createCustomer({ name: "Sina Segment" });
  await shopDb.recordConsent(customer.id, ALL);
  await shopDb.createOrder(customer, { productSlug: "lumix-g9-ii", placedDaysAgo: 15 });

  const segmentName = `E2E camera buyers ${tag}`;
  await test.step("a segment of camera buyers shows its size rounded to tens", async () => {
    await newSegment(page, segmentName, async (p) => {
      const rule = p.getByRole("group", { name: "Rule 1" });
      await rule.getByLabel("Attribute").selectOption({ label: "Bought in category" });
      await rule.getByLabel("Value").selectOption({ label: "Cameras & Photo" });
    });
    const size = page.getByRole("status").filter({ hasText: /customers/ });
    await expect(size).toHaveText(/About \d*0 customers/);
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Save segment" }).click();
    await expect(page).toHaveURL(/\/admin\/segments\?saved=1/);
    await expect(page.getByRole("link", { name: segmentName })).toBeVisible();
  });

  const smallName = `E2E big spenders ${tag}`;
  await test.step("a segment under 50 reads “fewer than 50” and cannot be targeted", async () => {
    await newSegment(page, smallName, async (p) => {
      const rule = p.getByRole("group", { name: "Rule 1" });
      await rule.getByLabel("Attribute").selectOption({ label: "Orders in 12 months" });
      await rule.getByLabel("Operator").selectOption({ label: "at least" });
      await rule.getByLabel("Value").fill("400");
    });
    await expect(
      page.getByRole("status").filter({ hasText: "Fewer than 50 customers" }),
    ).toContainText("cannot be targeted");
    await page.getByRole("button", { name: "Save segment" }).click();
    await expect(page).toHaveURL(/\/admin\/segments\?saved=1/);
  });

  const offerName = `E2E camera thanks ${tag}`;
  const code = `E2E${tag}`.toUpperCase();
  const fillOffer = async (segment: string) => {
    await page.goto("/admin/offers/new");
    await page.getByLabel("Name (German)").fill(`${offerName} (de)`);
    await page.getByLabel("Name (English)").fill(offerName);
    await page.getByLabel("Description (German)").fill("5 % für Kamerakäufer.");
    await page.getByLabel("Description (English)").fill("5 % for camera buyers.");
    await page.getByLabel("Kind").selectOption({ label: "Percent off" });
    await page.getByLabel("Value", { exact: true }).fill("5");
    await page.getByLabel("Target").selectOption({ label: "A segment" });
    const segmentSelect = page.getByLabel("Segment", { exact: true });
    const value = await segmentSelect.locator("option", { hasText: segment }).getAttribute("value");
    await segmentSelect.selectOption(value ?? "");
    await page.getByLabel("Voucher code").fill(code);
    await page.getByLabel("Starts").fill(berlinInput(-1));
    await page.getByLabel("Ends").fill(berlinInput(7));
    await page.getByRole("button", { name: "Save offer" }).click();
  };

  await test.step("an offer for the small segment is refused", async () => {
    await fillOffer(smallName);
    await expect(page.getByText(/fewer than 50 members and cannot be targeted/)).toBeVisible();
  });

  await test.step("an offer for the camera buyers is created and activated", async () => {
    await fillOffer(segmentName);
    await expect(page).toHaveURL(/\/admin\/offers\/[0-9a-f-]+\?created=1/);
    await expect(page.getByText("Offer for a customer group you belong to.").first()).toBeVisible();
    await page.getByRole("button", { name: "Activate" }).click();
    await expect(page.getByText(/Current status: Active/)).toBeVisible();
    await expectNoA11yViolations(page);
  });
  const offerPage = page.url().replace(/\?.*$/, "");

  try {
    await test.step("the customer sees the offer with its “Why am I seeing this?”", async () => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      await addConsentCookie(context, ALL);
      const shopper = await context.newPage();
      await useLocale(shopper, "en");
      await shopper.goto("/sign-in");
      const form = shopper.getByRole("form", { name: "Sign in" });
      await form.getByLabel("E-mail address").fill(customer.email);
      await form.getByLabel("Password").fill(customer.password);
      await form.getByRole("button", { name: "Sign in" }).click();
      await expect(shopper).toHaveURL(/\/account$/);
      const offers = shopper.getByRole("region", { name: "Your offers" });
      await expect(offers.getByRole("heading", { name: offerName })).toBeVisible();
      await offers.getByText("Why am I seeing this?").click();
      await expect(offers.getByText(`customer group “${segmentName}”`).first()).toBeVisible();
      await context.close();
    });
  } finally {
    await page.goto(offerPage);
    await page.getByRole("button", { name: "End offer" }).click();
    await expect(page.getByText(/Current status: Ended/)).toBeVisible();
  }
});

test("a price reduction in the catalogue shows the computed reference price on the product page", async ({
  page,
  shopDb,
}) => {
  const slug = `e2e-admin-lamp-${Date.now()}`;
  const { productId } = await shopDb.createProduct({
    slug,
    nameDe: "Preislampe",
    nameEn: "Price lamp",
    priceCents: 5000,
  });
  await page.goto(`/admin/catalog/products/${productId}`);
  const form = page.getByRole("form", { name: `Change the price of ${slug.toUpperCase()}` });
  await form.getByLabel("New price (€)").fill("39,90");
  await form.getByRole("button", { name: "Change price" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Price changed" })).toContainText(
    "Reference price (lowest of 30 days before): €50.00, -20 %",
  );
  await page.goto(`/products/${slug}`);
  await expect(page.getByText("−20 %")).toBeVisible();
  await expect(
    page.getByText(/Lowest price in the 30 days before the reduction: €50.00/),
  ).toBeVisible();
});

test.describe("as admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("the admin pages have no accessibility violations", async ({
    page,
    shopDb,
    expectNoA11yViolations,
  }) => {
    const [product] = await shopDb.query<{ id: string }>(
      "select id from products where slug = 'lumix-g9-ii'",
    );
    const [order] = await shopDb.query<{ order_number: string }>(
      "select order_number from orders order by placed_at desc limit 1",
    );
    const [segment] = await shopDb.query<{ id: string }>(
      "select id from segments where slug = 'fotografie'",
    );
    const [offer] = await shopDb.query<{ id: string }>(
      "select id from offers where voucher_code = 'KAFFEE15'",
    );
    for (const path of [
      "/admin/insights?period=90",
      "/admin/segments",
      `/admin/segments/${segment!.id}`,
      "/admin/offers",
      `/admin/offers/${offer!.id}`,
      "/admin/catalog",
      `/admin/catalog/products/${product!.id}`,
      "/admin/catalog/categories",
      "/admin/orders",
      `/admin/orders/${order!.order_number}`,
      "/admin/audit",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    }
  });
});
