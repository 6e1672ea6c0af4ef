import { ShopDatabase } from "./fixtures/shop-database";
import { expect, test, useLocale } from "./fixtures/test";

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

async function signIn(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail address").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function deliveredOrder(
  shopDb: ShopDatabase,
  user: { id: string; email: string },
  days: number,
) {
  const { orderNumber } = await shopDb.createOrder(user, { placedDaysAgo: days + 2 });
  await shopDb.query(
    "update orders set status = 'delivered', delivered_at = now() - make_interval(days => $2::int) where order_number = $1",
    [orderNumber, days],
  );
  return orderNumber;
}

test("a customer withdraws in two steps and gets the acknowledgment with the order and the date", async ({
  page,
  shopDb,
  expectNoA11yViolations,
}) => {
  const customer = await shopDb.createCustomer({ label: "withdrawal" });
  const orderNumber = await deliveredOrder(shopDb, customer, 3);
  await signIn(page, customer.email, customer.password);
  await page.goto(`/account/orders/${orderNumber}`);

  const section = page.getByRole("region", { name: "Withdraw from contract" });
  await expect(section.getByText(/You can withdraw from this contract until/)).toBeVisible();
  // The function opens with its "Withdraw from contract" control (a native disclosure).
  await section.locator("summary", { hasText: "Withdraw from contract" }).click();
  await expect(section.getByLabel("Name", { exact: true })).toHaveValue(customer.name);
  await expect(section.getByLabel("E-mail address")).toHaveValue(customer.email);
  await section.getByLabel("Statement (optional)").fill("I no longer want the mug.");
  await expectNoA11yViolations(page);
  await section.getByRole("button", { name: "Continue to summary" }).click();

  await expect(
    section.getByRole("heading", { name: "Step 2 of 2: confirm withdrawal" }),
  ).toBeVisible();
  await expect(section.getByText("I no longer want the mug.")).toBeVisible();
  // Nothing is declared before the second step.
  expect(await shopDb.latestMail(customer.email, "withdrawal-acknowledgment")).toBeNull();
  await section.getByRole("button", { name: "Confirm withdrawal" }).click();
  await expect(
    section.getByRole("status").getByText(/We have received your withdrawal/),
  ).toBeVisible();

  const mail = await shopDb.latestMail(customer.email, "withdrawal-acknowledgment");
  expect(mail).not.toBeNull();
  expect(mail!.subject).toContain(orderNumber);
  expect(mail!.text).toContain("I no longer want the mug.");
  // The order's language is German: today's date in Berlin, as the mail writes it.
  const today = new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    dateStyle: "long",
  }).format(new Date());
  expect(mail!.text).toContain(today);

  await page.reload();
  await expect(page.getByText(/You withdrew from this contract on/)).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Withdraw from contract" }).locator("summary"),
  ).toHaveCount(0);
});

test("an order delivered 20 days ago says why it can no longer be withdrawn", async ({
  page,
  shopDb,
}) => {
  const customer = await shopDb.createCustomer({ label: "withdrawal-late" });
  const orderNumber = await deliveredOrder(shopDb, customer, 20);
  await signIn(page, customer.email, customer.password);
  await page.goto(`/account/orders/${orderNumber}`);
  const section = page.getByRole("region", { name: "Withdraw from contract" });
  await expect(
    section.getByText(/The withdrawal period ended on .+ \(14 days after delivery\)\./),
  ).toBeVisible();
  await expect(section.getByRole("button", { name: "Continue to summary" })).toHaveCount(0);
});
