import type { Page } from "@playwright/test";
import { expect, test, useLocale } from "./fixtures/test";

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail address").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

/** 31 December of the year invoices of an order placed today are kept until (8 years, Berlin). */
function accountingEnd(): RegExp {
  const year =
    Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Berlin", year: "numeric" }).format()) +
    8;
  return new RegExp(`December 31, ${year}|31 December ${year}`);
}

test("a customer deletes their account: told what is kept, signed out everywhere, gone for good", async ({
  page,
  browser,
  shopDb,
  expectNoA11yViolations,
}) => {
  const customer = await shopDb.createCustomer({
    label: "erasure",
    name: "Ole Löschmann",
    locale: "en",
  });
  const { orderNumber } = await shopDb.createOrder(customer);
  await signIn(page, customer.email, customer.password);
  await expect(page).toHaveURL(/\/account$/);

  const laptopContext = await browser.newContext();
  const laptop = await laptopContext.newPage();
  await useLocale(laptop, "en");
  await signIn(laptop, customer.email, customer.password);
  await expect(laptop).toHaveURL(/\/account$/);

  const form = page.getByRole("form", { name: "Confirm the deletion" });

  await test.step("the page states what is deleted and what is kept, until when and why", async () => {
    await page.goto("/account/privacy/delete");
    await expect(page.getByRole("heading", { level: 1, name: "Delete my account" })).toBeVisible();
    const deleted = page.getByRole("region", { name: "What is deleted at once" });
    await expect(deleted.getByText(/Account \(1 entry\)/)).toBeVisible();
    const kept = page.getByRole("region", { name: "What we keep, and until when" });
    const orders = kept.getByRole("listitem").filter({
      has: page.getByRole("heading", { level: 3, name: "Orders", exact: true }),
    });
    await expect(orders.getByText(accountingEnd())).toBeVisible();
    await expect(orders.getByText("AO §147, HGB §257, UStG §14b", { exact: true })).toBeVisible();
    await expect(
      page.getByText(`We send a confirmation with this list to ${customer.email}.`),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step("without the acknowledgement or with a wrong password, nothing happens", async () => {
    await form.getByLabel("Your password").fill(customer.password);
    await form.getByRole("button", { name: "Delete my account" }).click();
    await expect(
      form.getByText("Please confirm that you understand that the deletion cannot be undone."),
    ).toBeVisible();
    await form.getByLabel("Your password").fill("not-my-password-123");
    await form.getByLabel("I understand that this cannot be undone.").check();
    await form.getByRole("button", { name: "Delete my account" }).click();
    await expect(form.getByText("The password is not correct.")).toBeVisible();
    expect(await shopDb.query("select id from users where id = $1", [customer.id])).toHaveLength(1);
  });

  await test.step("with the password and the acknowledgement, the account is deleted at once", async () => {
    await form.getByLabel("Your password").fill(customer.password);
    await form.getByLabel("I understand that this cannot be undone.").check();
    await form.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/account-deleted(\?|$)/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Your account has been deleted" }),
    ).toBeVisible();
    const kept = page.getByRole("region", { name: "What we keep" });
    const orders = kept.getByRole("listitem").filter({
      has: page.getByRole("heading", { level: 3, name: "Orders", exact: true }),
    });
    await expect(orders.getByText(accountingEnd())).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step("the database keeps the order restricted and nothing of the account", async () => {
    expect(await shopDb.query("select id from users where id = $1", [customer.id])).toEqual([]);
    expect(await shopDb.query("select id from sessions where user_id = $1", [customer.id])).toEqual(
      [],
    );
    const [order] = await shopDb.query<{ user_id: string | null; restricted: boolean }>(
      "select user_id, restricted_at is not null as restricted from orders where order_number = $1",
      [orderNumber],
    );
    expect(order).toEqual({ user_id: null, restricted: true });
  });

  await test.step("the confirmation is in the outbox, with what is kept", async () => {
    const mail = await shopDb.latestMail(customer.email, "account-deleted");
    expect(mail?.subject).toBe("Your Vitrine account has been deleted");
    expect(mail!.text).toContain("Orders\nkept until");
    expect(mail!.text).toContain("AO §147, HGB §257, UStG §14b");
  });

  await test.step("signing in again is refused like any wrong password", async () => {
    await signIn(page, customer.email, customer.password);
    await expect(
      page
        .getByRole("form", { name: "Sign in" })
        .getByText("The e-mail address or password is not correct."),
    ).toBeVisible();
  });

  await test.step("the other signed-in browser is signed out on its next request", async () => {
    await laptop.goto("/account");
    await expect(laptop).toHaveURL(/\/sign-in/);
  });
  await laptopContext.close();
});
