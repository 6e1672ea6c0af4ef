import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/auth/demo-accounts";
import { expect, test, useLocale } from "./fixtures/test";

const ALL = { preferences: true, analytics: true, personalization: true, marketing: true };

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail address").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

function demo(email: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
}

const forYou = (page: Page) => page.getByRole("region", { name: "For you" });

test.describe("with all consents given in this browser, as anna gave them", () => {
  // Her account's decision is older than this browser's, so signing in records nothing for her.
  test.use({ consentDecision: ALL });

  test("anna sees “For you” chosen from her purchases, and why, naming a real purchase", async ({
    page,
    shopDb,
    expectNoA11yViolations,
  }) => {
    const anna = demo("anna@example.com");
    await signIn(page, anna.email, anna.password);
    const bought = (
      await shopDb.query<{ name: string }>(
        `select distinct p.name_en as name from order_items i
       join orders o on o.id = i.order_id join users u on u.id = o.user_id
       join products p on p.id = i.product_id where u.email = $1`,
        [anna.email],
      )
    ).map((r) => r.name);
    expect(bought.length).toBeGreaterThan(0);

    await page.goto("/");
    const section = forYou(page);
    await expect(section).toBeVisible();
    await expect(section.getByRole("listitem").first()).toBeVisible();
    await section.getByText("Why am I seeing this?").click();
    // "You bought “X” on …" or "Goes with “X”, which you bought on …": a purchase by name.
    const purchase = /You bought “([^”]+)”|“([^”]+)”, which you bought/;
    const purchaseReason = section.getByText(purchase).first();
    await expect(purchaseReason).toBeVisible();
    const match = purchase.exec((await purchaseReason.textContent()) ?? "");
    expect(bought).toContain(match?.[1] ?? match?.[2]);
    await expect(section.getByRole("link", { name: /turn off personalization/i })).toBeVisible();
    await expectNoA11yViolations(page);

    // Her offers carry the disclosure of who chose them (P4) and explain themselves (P2).
    const offers = page.getByRole("region", { name: "Your offers" });
    await expect(offers).toBeVisible();
    await expect(
      offers.getByText(/chosen for you by automated means|customer group/).first(),
    ).toBeVisible();
    await expect(offers.getByText("Why am I seeing this?")).toBeVisible();

    // The decision was logged for the privacy center (P7).
    const [log] = await shopDb.query<{ n: number }>(
      `select count(*)::int as n from personalization_log l join users u on u.id = l.user_id
     where u.email = $1 and l.surface = 'home' and l.occurred_at > now() - interval '5 minutes'`,
      [anna.email],
    );
    expect(log!.n).toBeGreaterThan(0);
  });
});

test("ben, who refused, gets the ranking everyone gets and no personal offer", async ({ page }) => {
  const ben = demo("ben@example.com");
  await signIn(page, ben.email, ben.password);
  await expect(page.getByRole("region", { name: "Your offers" })).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Bestsellers" })).toBeVisible();
  await expect(forYou(page)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Your offers" })).toHaveCount(0);
  await expect(page.getByText("Why am I seeing this?")).toHaveCount(0);
  // A product page's "Goes well with" is the same for everyone: no personal reasons.
  await page.goto("/products/lumix-g9-ii");
  const goesWith = page.getByRole("region", { name: "Goes well with" });
  await expect(goesWith).toBeVisible();
  await expect(goesWith).toHaveAttribute("data-personalized", "false");
  await expect(page.getByText("Why am I seeing this?")).toHaveCount(0);
});

test.describe("a fixture customer with all consents", () => {
  test.use({ consentDecision: ALL });

  test("a customer who switches personalization off sees the generic ranking on the next page", async ({
    page,
    shopDb,
  }) => {
    const customer = await shopDb.createCustomer({ name: "Paula Probe" });
    await shopDb.recordConsent(customer.id, ALL);
    await shopDb.createOrder(customer, { productSlug: "lumix-g9-ii", placedDaysAgo: 20 });
    await signIn(page, customer.email, customer.password);

    await page.goto("/");
    await expect(forYou(page)).toBeVisible();
    await expect(forYou(page).getByText("Why am I seeing this?")).toBeVisible();

    await page.goto("/account/personalization");
    await page.getByRole("radio", { name: /^Off/ }).check();
    await page.getByRole("button", { name: /save level/i }).click();
    await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Bestsellers" })).toBeVisible();
    await expect(forYou(page)).toHaveCount(0);
    await expect(page.getByText("Why am I seeing this?")).toHaveCount(0);
  });
});
