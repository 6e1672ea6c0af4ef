import type { Page } from "@playwright/test";
import { ShopDatabase } from "./fixtures/shop-database";
import { expect, test, useLocale } from "./fixtures/test";

async function productOfOurOwn(shopDb: ShopDatabase, label: string) {
  const slug = `e2e-${label}-${Date.now()}`;
  const ids = await shopDb.createProduct({
    slug,
    nameDe: `Testtasse ${label}`,
    nameEn: `Test mug ${label}`,
    priceCents: 2490,
  });
  return { slug, ...ids };
}

async function addToCart(page: Page, slug: string, button: string) {
  await page.goto(`/products/${slug}`);
  await page.getByRole("button", { name: button }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /Warenkorb|cart/ })
      .first(),
  ).toBeVisible();
}

async function fillAddress(
  page: Page,
  labels: { fullName: string; street: string; postalCode: string; city: string },
) {
  await page.getByLabel(labels.fullName).first().fill("Greta Gast");
  await page.getByLabel(labels.street).first().fill("Gartenweg 7");
  await page.getByLabel(labels.postalCode).first().fill("10115");
  await page.getByLabel(labels.city).first().fill("Berlin");
}

test("a guest buys in German with the accepted card", async ({ page, shopDb }) => {
  await useLocale(page, "de");
  const product = await productOfOurOwn(shopDb, "gast");
  const stockBefore = await shopDb.onlineStock(product.variantId);
  const email = `gast-${Date.now()}@e2e.example`;
  await test.step("cart", async () => {
    await addToCart(page, product.slug, "In den Warenkorb");
    await page.goto("/cart");
    await expect(page.getByText("Testtasse gast")).toBeVisible();
    await page.getByRole("link", { name: "Zur Kasse" }).click();
  });
  await test.step("checkout", async () => {
    await expect(page).toHaveURL(/\/checkout$/);
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await fillAddress(page, {
      fullName: "Vor- und Nachname",
      street: "Straße und Hausnummer",
      postalCode: "Postleitzahl",
      city: "Ort",
    });
    await page.getByRole("radio", { name: /Standardversand/ }).check();
    await page.getByRole("radio", { name: "Kreditkarte" }).check();
    await page.getByLabel("Kartennummer").fill("4242 4242 4242 4242");
    await page.getByLabel(/Gültig bis/).fill("12/30");
    await page.getByLabel(/Prüfnummer/).fill("123");
    await page.getByRole("button", { name: "Zahlungspflichtig bestellen" }).click();
  });
  await test.step("confirmation, stock and mail", async () => {
    await expect(
      page.getByRole("heading", { name: "Vielen Dank für Ihre Bestellung" }),
    ).toBeVisible();
    const [order] = await shopDb.query<{
      order_number: string;
      total_cents: number;
      status: string;
    }>("select order_number, total_cents, status from orders where email = $1", [email]);
    expect(order?.status).toBe("paid");
    expect(order?.total_cents).toBe(2490 + 490);
    await expect(page.getByText(order!.order_number)).toBeVisible();
    expect(await shopDb.onlineStock(product.variantId)).toBe(stockBefore - 1);
    const mail = await shopDb.latestMail(email, "order-confirmation");
    expect(mail?.text).toContain(order!.order_number);
    expect(mail?.text).toMatch(/Muster-Widerrufsformular/);
    const invoice = await page.request.get(`/checkout/confirmation/${order!.order_number}/invoice`);
    expect(invoice.status()).toBe(200);
    expect(invoice.headers()["content-type"]).toContain("application/pdf");
  });
});

test("a customer buys in English on invoice and finds the order, its invoice and its mail", async ({
  page,
  shopDb,
}) => {
  await useLocale(page, "en");
  const customer = await shopDb.createCustomer({ label: "invoice-buyer", locale: "en" });
  const product = await productOfOurOwn(shopDb, "invoice");
  await page.goto("/sign-in");
  const signIn = page.getByRole("form", { name: "Sign in" });
  await signIn.getByLabel("E-mail address").fill(customer.email);
  await signIn.getByLabel("Password").fill(customer.password);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  await addToCart(page, product.slug, "Add to cart");
  await page.goto("/cart");
  await page.getByRole("link", { name: "Checkout" }).click();
  await fillAddress(page, {
    fullName: "First and last name",
    street: "Street and house number",
    postalCode: "Postal code",
    city: "Town or city",
  });
  await page.getByRole("radio", { name: /Standard shipping/ }).check();
  await page.getByRole("radio", { name: /Pay by invoice/ }).check();
  await page.getByRole("button", { name: "Buy now" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();

  const [order] = await shopDb.query<{ order_number: string }>(
    "select order_number from orders where user_id = $1",
    [customer.id],
  );
  await page.goto("/account/orders");
  await expect(page.getByText(order!.order_number).first()).toBeVisible();
  await page.goto(`/account/orders/${order!.order_number}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(order!.order_number);
  const invoice = await page.request.get(`/account/orders/${order!.order_number}/invoice`);
  expect(invoice.status()).toBe(200);
  expect(invoice.headers()["content-disposition"]).toContain("attachment");
  expect((await invoice.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const mail = await shopDb.latestMail(customer.email, "order-confirmation");
  expect(mail?.subject).toContain(order!.order_number);
});

test("a declined card is reported and changes neither cart nor stock", async ({ page, shopDb }) => {
  await useLocale(page, "en");
  const product = await productOfOurOwn(shopDb, "declined");
  const stockBefore = await shopDb.onlineStock(product.variantId);
  await addToCart(page, product.slug, "Add to cart");
  await page.goto("/checkout");
  const email = `declined-${Date.now()}@e2e.example`;
  await page.getByLabel("E-mail address").fill(email);
  await fillAddress(page, {
    fullName: "First and last name",
    street: "Street and house number",
    postalCode: "Postal code",
    city: "Town or city",
  });
  await page.getByRole("radio", { name: "Credit card" }).check();
  await page.getByLabel("Card number").fill("4000 0000 0000 0002");
  await page.getByLabel(/Expiry date/).fill("12/30");
  await page.getByLabel(/Security code/).fill("123");
  await page.getByRole("button", { name: "Buy now" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Your card was declined." }),
  ).toBeVisible();
  await expect(page.getByLabel("Card number")).not.toHaveValue("4000 0000 0000 0002");
  expect(await shopDb.query("select id from orders where email = $1", [email])).toEqual([]);
  expect(await shopDb.onlineStock(product.variantId)).toBe(stockBefore);
  await page.goto("/cart");
  await expect(page.getByText("Test mug declined")).toBeVisible();
});

test("listing filters live in the URL: size, colour, availability and attributes", async ({
  page,
}) => {
  await useLocale(page, "en");
  await page.goto("/products?category=fashion-women");
  const filters = page.getByRole("form", { name: "Filters" });
  const all = Number((await page.getByText(/^\d+ products?$/).innerText()).split(" ")[0]);
  await filters.getByLabel("Size").selectOption("M");
  await filters.getByLabel("Available online only").check();
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/size=M/);
  await expect(page).toHaveURL(/instock=1/);
  const filtered = Number((await page.getByText(/^\d+ products?$/).innerText()).split(" ")[0]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThanOrEqual(all);
  // The same URL opened afresh shows the same selection.
  await page.goto(page.url());
  await expect(page.getByRole("form", { name: "Filters" }).getByLabel("Size")).toHaveValue("M");

  await page.goto("/products?category=cameras");
  const mount = page.getByRole("form", { name: "Filters" }).getByLabel("Mount");
  const option = (await mount.locator("option").allInnerTexts()).find((o) => o !== "Any");
  expect(option).toBeTruthy();
  await mount.selectOption(option!);
  await page.getByRole("form", { name: "Filters" }).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/a\.mount=/);
  await expect(page.getByRole("article").first()).toBeVisible();
});
