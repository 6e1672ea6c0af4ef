import { currentTotp } from "../lib/auth/totp";
import { ShopDatabase, uniqueEmail } from "./fixtures/shop-database";
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
}

test("sign-up refuses a weak password with a reason, then verifies the address from the outbox", async ({
  page,
  shopDb,
}) => {
  const email = uniqueEmail("signup");
  const form = page.getByRole("form", { name: "Create account" });
  await test.step("a weak password is refused with its reason, nothing is created", async () => {
    await page.goto("/sign-up");
    await form.getByLabel("Name").fill("Mia Muster");
    await form.getByLabel("E-mail address").fill(email);
    await form.getByLabel("New password", { exact: true }).fill("passwordpassword");
    await form.getByLabel("I am 18 or older.").check();
    await form.getByRole("checkbox", { name: /I accept the terms/ }).check();
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByText("This password is too common")).toBeVisible();
    await expect(form.getByLabel("E-mail address")).toHaveValue(email);
    expect(await shopDb.query("select id from users where email = $1", [email])).toEqual([]);
  });
  await test.step("a good password creates the account and sends the link", async () => {
    await form.getByLabel("New password", { exact: true }).fill("Sommer-am-Wannsee-1989");
    await form.getByLabel("I am 18 or older.").check();
    await form.getByRole("checkbox", { name: /I accept the terms/ }).check();
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Please check your inbox" })).toBeVisible();
  });
  await test.step("signing in before confirming is refused", async () => {
    await signIn(page, email, "Sommer-am-Wannsee-1989");
    await expect(
      page
        .getByRole("form", { name: "Sign in" })
        .getByText("Please confirm your e-mail address first"),
    ).toBeVisible();
  });
  await test.step("the link from the outbox confirms the address; then sign-in works", async () => {
    const mail = await shopDb.latestMail(email, "verify-email");
    expect(mail?.subject).toBeTruthy();
    await page.goto(ShopDatabase.linkIn(mail!.text, "/verify-email"));
    await page.getByRole("button", { name: "Confirm e-mail address" }).click();
    await expect(page.getByText("Your e-mail address is confirmed")).toBeVisible();
    await signIn(page, email, "Sommer-am-Wannsee-1989");
    await expect(page).toHaveURL(/\/account$/);
  });
});

test("a wrong password is refused, and a reset link sets a new one", async ({ page, shopDb }) => {
  const customer = await shopDb.createCustomer({ label: "reset" });
  await signIn(page, customer.email, "definitely-not-it-123");
  await expect(
    page
      .getByRole("form", { name: "Sign in" })
      .getByText("The e-mail address or password is not correct."),
  ).toBeVisible();

  await page.goto("/forgot-password");
  await page.getByLabel("E-mail address").fill(customer.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(
    page.getByText("If there is an account for this address, we have sent you a link."),
  ).toBeVisible();

  const mail = await shopDb.latestMail(customer.email, "reset-password");
  await page.goto(ShopDatabase.linkIn(mail!.text, "/reset-password"));
  await page.getByLabel("New password", { exact: true }).fill("Ein-neues-Kapitel-2026");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Your password has been changed")).toBeVisible();
  await signIn(page, customer.email, customer.password);
  await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  await signIn(page, customer.email, "Ein-neues-Kapitel-2026");
  await expect(page).toHaveURL(/\/account$/);
  // The link works once only.
  await page.goto(ShopDatabase.linkIn(mail!.text, "/reset-password"));
  await expect(
    page.getByText("This link is invalid, has expired or has already been used."),
  ).toBeVisible();
});

test("ending all sessions signs out another browser on its next request", async ({
  browser,
  shopDb,
}) => {
  const customer = await shopDb.createCustomer({ label: "sessions" });
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [phone, laptop] = await Promise.all(contexts.map((c) => c.newPage()));
  for (const page of [phone!, laptop!]) {
    await useLocale(page, "en");
    await signIn(page, customer.email, customer.password);
    await expect(page).toHaveURL(/\/account$/);
  }
  await phone!.goto("/account/security");
  await phone!.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(phone!).toHaveURL(/\/sign-in/);
  await laptop!.goto("/account");
  await expect(laptop!).toHaveURL(/\/sign-in/);
  await Promise.all(contexts.map((c) => c.close()));
});

test("staff sign in with a TOTP code, and with a one-time recovery code", async ({
  browser,
  shopDb,
}) => {
  const staff = await shopDb.createStaff("marketer");
  await test.step("with the authenticator code", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await useLocale(page, "en");
    await signIn(page, staff.email, staff.password);
    await expect(page).toHaveURL(/\/sign-in\/second-factor/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\/second-factor/);
    await page
      .getByLabel(/Code from your authenticator app/)
      .fill(currentTotp(staff.secret, new Date()));
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("navigation", { name: /staff|admin/i })).toBeVisible();
    await context.close();
  });
  await test.step("with a recovery code, which then no longer works", async () => {
    for (const expected of ["ok", "refused"] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await useLocale(page, "en");
      await signIn(page, staff.email, staff.password);
      await page.getByLabel(/Code from your authenticator app/).fill(staff.recoveryCodes[0]!);
      await page.getByRole("button", { name: "Confirm" }).click();
      if (expected === "ok") await expect(page).toHaveURL(/\/admin$/);
      else
        await expect(
          page.getByText("This code is invalid or has already been used."),
        ).toBeVisible();
      await context.close();
    }
  });
});

test("answers do not reveal whether an account exists", async ({ page, shopDb }) => {
  const customer = await shopDb.createCustomer({ label: "enum" });
  const answers: string[] = [];
  for (const email of [customer.email, uniqueEmail("nobody")]) {
    await page.goto("/forgot-password");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const status = page.getByRole("form", { name: "Forgot password" }).getByRole("status");
    await expect(status).not.toBeEmpty();
    answers.push(await status.innerText());
  }
  expect(answers[0]).toBe(answers[1]);
  const signInAnswers: string[] = [];
  for (const email of [customer.email, uniqueEmail("nobody")]) {
    await signIn(page, email, "wrong-password-123");
    const status = page.getByRole("form", { name: "Sign in" }).getByRole("status");
    await expect(status).not.toBeEmpty();
    signInAnswers.push(await status.innerText());
  }
  expect(signInAnswers[0]).toBe(signInAnswers[1]);
});

test("the sign-in rate limit kicks in per account", async ({ page, shopDb }) => {
  const customer = await shopDb.createCustomer({ label: "ratelimit" });
  for (let i = 0; i < 5; i++) {
    await signIn(page, customer.email, `wrong-password-${i}`);
    await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  }
  await signIn(page, customer.email, customer.password);
  await expect(page.getByText("Too many attempts.")).toBeVisible();
});
