import { randomBytes } from "node:crypto";
import { expireReservations } from "../lib/after-sales/reservations/reserve";
import { withAppDatabase } from "./fixtures/app-database";
import { expect, test, useLocale } from "./fixtures/test";

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

test("a customer reserves in a store; the stock is held and released after 48 hours", async ({
  page,
  shopDb,
  expectNoA11yViolations,
}) => {
  const suffix = randomBytes(4).toString("hex");
  const slug = `reserve-lamp-${suffix}`;
  const nameEn = `Reserve lamp ${suffix}`;
  const product = await shopDb.createProduct({
    slug,
    nameDe: `Reservierlampe ${suffix}`,
    nameEn,
    priceCents: 3990,
  });
  const customer = await shopDb.createCustomer({ label: "reserve", locale: "en" });
  const [store] = await shopDb.query<{ id: string; name: string }>(
    "select id, name from stores where kind = 'store' order by slug limit 1",
  );
  const stock = async () =>
    (
      await shopDb.query<{ quantity: number }>(
        "select quantity from stock_levels where variant_id = $1 and store_id = $2",
        [product.variantId, store!.id],
      )
    )[0]!.quantity;
  expect(await stock()).toBe(5);
  const panel = page.getByRole("region", { name: "Reserve in a store", exact: true });

  await test.step("signed out, the product page offers to sign in and comes back", async () => {
    await page.goto(`/products/${slug}`);
    await panel.getByRole("link", { name: "Sign in to reserve" }).click();
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("E-mail address").fill(customer.email);
    await form.getByLabel("Password").fill(customer.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/products/${slug}$`));
  });

  await test.step("the customer reserves in a store and the store's stock drops by one", async () => {
    const form = panel.getByRole("form", { name: "Reserve in a store" });
    await form.getByLabel("Store").selectOption(store!.id);
    await form.getByRole("button", { name: "Reserve" }).click();
    await expect(form.getByText(/Reserved\. Your pickup code is [2-9A-Z]{8}/)).toBeVisible();
    await expectNoA11yViolations(page);
    expect(await stock()).toBe(4);
  });

  const [reservation] = await shopDb.query<{ pickup_code: string; status: string }>(
    "select pickup_code, status from reservations where user_id = $1",
    [customer.id],
  );
  expect(reservation).toMatchObject({ status: "active" });
  const code = reservation!.pickup_code;

  await test.step("the reservation shows in the account with its code, and was mailed", async () => {
    await page.goto("/account/reservations");
    const list = page.getByRole("list", { name: "Your reservations" });
    const item = list.getByRole("listitem").filter({ hasText: nameEn });
    await expect(item).toContainText(code);
    await expect(item).toContainText(store!.name);
    await expect(item).toContainText("Reserved");
    await expect(item.getByRole("button", { name: /Cancel reservation/ })).toBeVisible();
    await expectNoA11yViolations(page);
    const mail = await shopDb.latestMail(customer.email, "reservation-confirmed");
    expect(mail).not.toBeNull();
    expect(mail!.text).toContain(code);
  });

  await test.step("49 hours later the expiry puts the unit back on the shelf", async () => {
    const later = new Date(Date.now() + 49 * 60 * 60 * 1000);
    await withAppDatabase((db) => expireReservations(db, later));
    expect(await stock()).toBe(5);
    await page.reload();
    const item = page
      .getByRole("list", { name: "Your reservations" })
      .getByRole("listitem")
      .filter({ hasText: nameEn });
    await expect(item).toContainText("Expired");
    await expect(item.getByRole("button", { name: /Cancel reservation/ })).toHaveCount(0);
  });
});
