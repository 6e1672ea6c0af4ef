import { roleAccount, storageStateFor } from "./fixtures/roles";
import { expect, test, useLocale, type Locale } from "./fixtures/test";

const ADD = { de: "In den Warenkorb", en: "Add to cart" } as const;

test.use({ storageState: storageStateFor("customerB") });

for (const locale of ["de", "en"] as Locale[]) {
  test(`listing, product, cart, checkout and history pages have no accessibility violations (${locale})`, async ({
    page,
    shopDb,
    expectNoA11yViolations,
  }) => {
    await useLocale(page, locale);
    const { orderNumber } = await shopDb.createOrder(roleAccount("customerB"));
    await page.goto("/products?category=fashion-women&sort=price-asc");
    await expectNoA11yViolations(page);
    await page.goto("/products/lumix-g9-ii");
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: ADD[locale] }).click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /Warenkorb|cart/ })
        .first(),
    ).toBeVisible();
    for (const path of [
      "/cart",
      "/checkout",
      "/account/orders",
      `/account/orders/${orderNumber}`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    }
  });
}
