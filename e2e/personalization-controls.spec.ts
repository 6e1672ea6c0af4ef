import type { Page } from "@playwright/test";
import { expect, test, useLocale } from "./fixtures/test";

/** P3 and R5 in English: the level, "not interested" and the objection persist and show again. */

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail address").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test("a customer sets the level, marks a category not interested and objects to profiling", async ({
  page,
  shopDb,
  expectNoA11yViolations,
}) => {
  const customer = await shopDb.createCustomer({ label: "personalization", locale: "en" });
  await useLocale(page, "en");
  await signIn(page, customer.email, customer.password);

  const level = page.getByRole("form", { name: "Level of personalization" });
  const mark = page.getByRole("form", { name: "Mark a category" });
  const notInterested = page.getByRole("region", { name: "Not interested" });
  const objection = page.getByRole("region", { name: "Objection to profiling for marketing" });
  const undoBooks = notInterested.getByRole("button", { name: /Undo .*not interested.* Books/ });

  await test.step("the page explains itself and says that nothing is personalized without consent", async () => {
    await page.goto("/account/personalization");
    await expect(page.getByRole("heading", { level: 1, name: "Personalization" })).toBeVisible();
    // The fixture's browser rejected all optional purposes.
    await expect(page.getByText("You have not consented to personalization.")).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Change consent in the privacy settings" }),
    ).toHaveAttribute("href", "/privacy-settings");
    await expect(page.getByRole("link", { name: "Open the personalization log" })).toHaveAttribute(
      "href",
      "/account/privacy",
    );
    await expectNoA11yViolations(page);
  });

  await test.step("the level is set to this visit only", async () => {
    await level.getByRole("radio", { name: "This visit only" }).check();
    await level.getByRole("button", { name: "Save level" }).click();
    await expect(level.getByRole("status")).toHaveText("Saved: only this visit is used.");
  });

  await test.step("a category is marked not interested", async () => {
    await mark.getByLabel("Category").selectOption({ label: "Books" });
    await mark.getByRole("button", { name: "Mark as not interested" }).click();
    await expect(mark.getByRole("status")).toHaveText("Marked as not interested.");
    await expect(notInterested.getByText("Category: Books")).toBeVisible();
    await expect(undoBooks).toBeVisible();
  });

  await test.step("one click objects to profiling for marketing, no reason asked", async () => {
    await objection.getByRole("button", { name: "Object to profiling for marketing" }).click();
    await expect(objection.getByRole("status")).toHaveText(
      "Your objection is recorded and applies at once.",
    );
    await expect(objection.getByRole("button", { name: "Lift objection" })).toBeVisible();
  });

  await test.step("after a reload the page shows each state", async () => {
    await page.reload();
    await expect(level.getByRole("radio", { name: "This visit only" })).toBeChecked();
    await expect(level.getByRole("radio", { name: "Off" })).not.toBeChecked();
    await expect(notInterested.getByText("Category: Books")).toBeVisible();
    await expect(undoBooks).toBeVisible();
    await expect(mark.getByLabel("Category").locator("option", { hasText: "Books" })).toHaveCount(
      0,
    );
    await expect(objection.getByText(/Your objection has been in force since/)).toBeVisible();
    await expect(objection.getByRole("button", { name: "Lift objection" })).toBeVisible();
    await expect(
      page.getByText("Your objection is in force: nothing is personalized for you"),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });

  await test.step("the database holds exactly these choices", async () => {
    const [settings] = await shopDb.query<{ level: string }>(
      "select level from personalization_settings where user_id = $1",
      [customer.id],
    );
    expect(settings?.level).toBe("session");
    const marks = await shopDb.query<{ slug: string }>(
      `select c.slug from stated_interests s join categories c on c.id = s.category_id
       where s.user_id = $1 and s.sentiment = 'not_interested'`,
      [customer.id],
    );
    expect(marks).toEqual([{ slug: "books" }]);
    const limits = await shopDb.query<{ purpose: string }>(
      `select purpose from processing_limits
       where user_id = $1 and kind = 'objection' and lifted_at is null order by purpose::text`,
      [customer.id],
    );
    expect(limits).toEqual([{ purpose: "marketing" }, { purpose: "personalization" }]);
  });
});
