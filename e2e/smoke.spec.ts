import { expect, test, useLocale, type Locale } from "./fixtures/test";

const COPY = {
  de: {
    home: /Gute Dinge/,
    category: "Kameras",
    vat: "inkl. MwSt.",
    shipping: "zzgl. Versand",
    addNav: "Kategorien",
  },
  en: {
    home: /Good things/,
    category: "Cameras",
    vat: "incl. VAT",
    shipping: "plus shipping",
    addNav: "Categories",
  },
} as const;

for (const locale of ["de", "en"] as Locale[]) {
  test.describe(`browsing in ${locale}`, () => {
    test.beforeEach(async ({ page }) => {
      await useLocale(page, locale);
    });

    test("home, a category and a product render seeded data without accessibility violations", async ({
      page,
      expectNoA11yViolations,
    }) => {
      const copy = COPY[locale];
      await test.step("home", async () => {
        await page.goto("/");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.home);
        await expect(page.getByRole("navigation", { name: copy.addNav })).toBeVisible();
        await expectNoA11yViolations(page);
      });
      await test.step("category", async () => {
        await page
          .getByRole("navigation", { name: copy.addNav })
          .getByRole("link", { name: new RegExp(copy.category) })
          .click();
        await expect(page).toHaveURL(/\/products\?category=cameras/);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(copy.category);
        await expect(page.getByRole("article").first()).toBeVisible();
        await expectNoA11yViolations(page);
      });
      await test.step("product", async () => {
        await page.goto("/products/lumix-g9-ii");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByText(copy.vat).first()).toBeVisible();
        await expect(page.getByRole("link", { name: copy.shipping }).first()).toBeVisible();
        await expect(page.getByRole("img").first()).toBeVisible();
        await expectNoA11yViolations(page);
      });
    });

    test("the legal pages are linked from every page and have no accessibility violations", async ({
      page,
      expectNoA11yViolations,
    }) => {
      await page.goto("/products");
      const footer = page.getByRole("contentinfo");
      const links = await footer.getByRole("link").all();
      expect(links.length).toBeGreaterThanOrEqual(5);
      for (const path of [
        "/legal/imprint",
        "/legal/privacy",
        "/legal/terms",
        "/legal/withdrawal",
        "/legal/accessibility",
      ]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(
          page.getByRole("contentinfo").getByRole("link", { name: /Impressum|Imprint/ }),
        ).toBeVisible();
        await expectNoA11yViolations(page);
      }
    });
  });
}

test("the language switch changes the language and keeps the page", async ({ page }) => {
  await useLocale(page, "de");
  await page.goto("/products?category=books");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/category=books/);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("the privacy notice lists what we store, generated from the data map", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/legal/privacy");
  const section = page.getByRole("region", { name: "What we store" });
  await expect(section).toBeVisible();
  await expect(section.getByText(/Orders/i).first()).toBeVisible();
});

test("a product made by a fixture shows its reduction with the computed reference price", async ({
  page,
  shopDb,
}) => {
  const slug = `e2e-lamp-${Date.now()}`;
  await shopDb.createProduct({
    slug,
    nameDe: "Testlampe",
    nameEn: "Test lamp",
    priceCents: 3900,
    wasCents: 5200,
  });
  await useLocale(page, "de");
  await page.goto(`/products/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testlampe");
  await expect(page.getByText("−25 %")).toBeVisible();
  await expect(
    page.getByText(/Niedrigster Preis der letzten 30 Tage vor der Reduzierung: 52,00/),
  ).toBeVisible();
});

test("health answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
