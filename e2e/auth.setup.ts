import { mkdirSync, writeFileSync } from "node:fs";
import { currentTotp } from "../lib/auth/totp";
import { ShopDatabase, type TestAccount } from "./fixtures/shop-database";
import { ROLES_FILE, storageStateFor, type RoleName } from "./fixtures/roles";
import { expect, test as setup, useLocale } from "./fixtures/test";

/**
 * Signs in once per role and keeps the browser state, so that specs start signed in. The
 * accounts are made here for the run: the demo accounts are never used or changed.
 */
setup("sign in once per role", async ({ browser }) => {
  const db = await ShopDatabase.connect();
  mkdirSync("e2e/.auth", { recursive: true });
  const accounts: Partial<Record<RoleName, TestAccount>> = {};
  try {
    const made: Record<RoleName, TestAccount & { secret?: string }> = {
      customerA: await db.createCustomer({ label: "customer-a", name: "Alma Adler" }),
      customerB: await db.createCustomer({ label: "customer-b", name: "Bodo Berg" }),
      marketer: await db.createStaff("marketer"),
      admin: await db.createStaff("admin"),
    };
    for (const [role, account] of Object.entries(made) as [
      RoleName,
      TestAccount & { secret?: string },
    ][]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await useLocale(page, "en");
      await page.goto("/sign-in");
      const form = page.getByRole("form", { name: "Sign in" });
      await form.getByLabel("E-mail address").fill(account.email);
      await form.getByLabel("Password").fill(account.password);
      await form.getByRole("button", { name: "Sign in" }).click();
      if (account.secret) {
        await expect(page).toHaveURL(/second-factor/);
        await page
          .getByLabel(/Code from your authenticator app/)
          .fill(currentTotp(account.secret, new Date()));
        await page.getByRole("button", { name: "Confirm" }).click();
        await expect(page).toHaveURL(/\/admin$/);
      } else {
        await expect(page).toHaveURL(/\/account$/);
      }
      await context.storageState({ path: storageStateFor(role) });
      accounts[role] = {
        id: account.id,
        email: account.email,
        password: account.password,
        name: account.name,
      };
      await context.close();
    }
    writeFileSync(ROLES_FILE, JSON.stringify(accounts, null, 2));
  } finally {
    await db.close();
  }
});
