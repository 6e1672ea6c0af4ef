import { randomBytes } from "node:crypto";
import { changeVariantPrice } from "../lib/catalog/price-change";
import { withAppDatabase } from "./fixtures/app-database";
import { ShopDatabase } from "./fixtures/shop-database";
import { expect, test, useLocale } from "./fixtures/test";

/** A price change made through the catalogue's domain function, as the marketer UI will make it. */
function changePrice(variantId: string, priceCents: number) {
  return withAppDatabase((db) =>
    changeVariantPrice(db, {
      variantId,
      priceCents,
      now: new Date(),
      baseUrl: test.info().project.use.baseURL ?? "http://127.0.0.1:3100",
    }),
  );
}

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

test("a price alert fires by mail when a price change reaches the wish price", async ({
  page,
  shopDb,
  expectNoA11yViolations,
}) => {
  const suffix = randomBytes(4).toString("hex");
  const slug = `alert-mug-${suffix}`;
  const nameEn = `Alert mug ${suffix}`;
  const product = await shopDb.createProduct({
    slug,
    nameDe: `Alarmtasse ${suffix}`,
    nameEn,
    priceCents: 4990,
  });
  const customer = await shopDb.createCustomer({ label: "price-alert", locale: "en" });
  const panel = page.getByRole("region", { name: "Price alert", exact: true });

  await test.step("signed out, the product page offers to sign in and comes back", async () => {
    await page.goto(`/products/${slug}`);
    await panel.getByRole("link", { name: "Sign in to set a price alert" }).click();
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("E-mail address").fill(customer.email);
    await form.getByLabel("Password").fill(customer.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/products/${slug}$`));
  });

  await test.step("the customer sets a wish price, typed the German way", async () => {
    const form = panel.getByRole("form", { name: "Price alert" });
    const price = form.getByLabel("Notify me when the price drops to");
    await price.fill("60");
    await form.getByRole("button", { name: "Set price alert" }).click();
    // Already the price (or, through a voucher for everyone, less): the wish must be lower.
    await expect(form.getByText(/at or below your wish price/)).toBeVisible();
    await expect(price).toHaveAttribute("aria-invalid", "true");

    await price.fill("30,00");
    await form.getByRole("button", { name: "Set price alert" }).click();
    await expect(
      form.getByText("Done: we will notify you by e-mail when the price drops to €30.00 or less."),
    ).toBeVisible();
    await expect(panel.getByText(/Your price alert is on/)).toContainText("€30.00");
    const rows = await shopDb.query<{ status: string; target_price_cents: number }>(
      "select status, target_price_cents from price_alerts where user_id = $1",
      [customer.id],
    );
    expect(rows).toEqual([{ status: "active", target_price_cents: 3000 }]);
    expect(await shopDb.latestMail(customer.email, "price-alert")).toBeNull();
  });

  await test.step("a reduction that stays above the wish price sends nothing", async () => {
    const result = await changePrice(product.variantId, 3990);
    expect(result).toMatchObject({ status: "changed", change: "reduction", alertsTriggered: 0 });
    expect(await shopDb.latestMail(customer.email, "price-alert")).toBeNull();
  });

  await test.step("the reduction to the wish price mails the customer at once", async () => {
    const result = await changePrice(product.variantId, 2990);
    expect(result).toMatchObject({ status: "changed", alertsTriggered: 1 });
    const mail = await shopDb.latestMail(customer.email, "price-alert");
    expect(mail).not.toBeNull();
    expect(mail!.subject).toContain(nameEn);
    expect(mail!.text).toContain("€29.90");
    expect(mail!.text).toContain("€30.00");
    expect(ShopDatabase.linkIn(mail!.text, `/products/${slug}`)).toBeTruthy();
    expect(ShopDatabase.linkIn(mail!.text, "/account/alerts")).toBeTruthy();
  });

  await test.step("the account shows the notice until it is dismissed", async () => {
    await page.goto("/account/alerts");
    await expect(page.getByRole("heading", { level: 1, name: "Price alerts" })).toBeVisible();
    const notices = page.getByRole("region", { name: "Your wish price is reached" });
    await expect(
      notices.getByText(`Price alert: ${nameEn} now costs €29.90 (your wish price €30.00).`),
    ).toBeVisible();
    const reached = page.getByRole("region", { name: "Reached", exact: true });
    await expect(reached.getByRole("link", { name: nameEn })).toBeVisible();
    await expectNoA11yViolations(page);

    await notices.getByRole("button", { name: `Dismiss: ${nameEn}` }).click();
    await expect(page.getByText("The notice is dismissed.")).toBeVisible();
    await expect(notices).toHaveCount(0);
    const [row] = await shopDb.query<{ notice_seen_at: Date | null; status: string }>(
      "select status, notice_seen_at from price_alerts where user_id = $1",
      [customer.id],
    );
    expect(row?.status).toBe("triggered");
    expect(row?.notice_seen_at).not.toBeNull();
  });
});

test.describe("nearby stores", () => {
  test.use({ geolocation: { latitude: 48.137, longitude: 11.575 }, permissions: ["geolocation"] });

  test("finds the stores with stock by the browser's location or by a postcode", async ({
    page,
    shopDb,
    expectNoA11yViolations,
  }) => {
    const suffix = randomBytes(4).toString("hex");
    const slug = `nearby-mug-${suffix}`;
    // In stock (5 units) in every store.
    await shopDb.createProduct({
      slug,
      nameDe: `Nahtasse ${suffix}`,
      nameEn: `Nearby mug ${suffix}`,
      priceCents: 1990,
    });
    await page.goto(`/products/${slug}`);
    const nearby = page.getByRole("region", { name: "Nearby stores" });
    const results = nearby.getByRole("list", { name: "Stores by distance" });

    await test.step("the location, asked only on the click, puts Munich first", async () => {
      await expect(nearby.getByText(/used once for this search and not stored/)).toBeVisible();
      await nearby.getByRole("button", { name: "Find stores near me" }).click();
      await expect(nearby.getByText(/Stores near your location, nearest first/)).toBeVisible();
      const first = results.getByRole("listitem").first();
      await expect(
        first.getByRole("heading", { name: "Vitrine München Maxvorstadt" }),
      ).toBeVisible();
      await expect(first.getByText("In stock")).toBeVisible();
      await expect(first.getByText(/km away/)).toBeVisible();
    });

    await test.step("a postcode works too, and a bad one is explained", async () => {
      const form = nearby.getByRole("form", { name: "Find stores by postcode" });
      await form.getByLabel("Or enter a postcode").fill("1011");
      await form.getByRole("button", { name: "Search" }).click();
      await expect(form.getByText("Please enter a five-digit postcode.")).toBeVisible();
      await form.getByLabel("Or enter a postcode").fill("10115");
      await form.getByRole("button", { name: "Search" }).click();
      await expect(nearby.getByText(/near postcode 10115.*approximate/)).toBeVisible();
      await expect(
        results
          .getByRole("listitem")
          .first()
          .getByRole("heading", { name: "Vitrine Berlin Mitte" }),
      ).toBeVisible();
      await expectNoA11yViolations(page);
    });
  });
});
