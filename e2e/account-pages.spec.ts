import { roleAccount, storageStateFor } from "./fixtures/roles";
import { expect, test, useLocale, type Locale } from "./fixtures/test";

/** Both languages: accessibility of the account and staff pages, and the wording of errors. */
const COPY = {
  de: {
    postalInvalid: "Bitte geben Sie eine fünfstellige Postleitzahl ein.",
    emailInvalid: "Bitte geben Sie eine gültige E-Mail-Adresse ein",
    newAddress: "Neue Adresse",
    fullName: "Vor- und Nachname",
    street: "Straße und Hausnummer",
    postalCode: "Postleitzahl",
    city: "Ort",
    saveAddress: "Adresse speichern",
    signUp: "Konto erstellen",
    email: "E-Mail-Adresse",
  },
  en: {
    postalInvalid: "Please enter a five-digit postal code.",
    emailInvalid: "Please enter a valid e-mail address",
    newAddress: "New address",
    fullName: "First and last name",
    street: "Street and house number",
    postalCode: "Postal code",
    city: "Town or city",
    saveAddress: "Save address",
    signUp: "Create account",
    email: "E-mail address",
  },
} as const;

for (const locale of ["de", "en"] as Locale[]) {
  const copy = COPY[locale];

  test.describe(`signed out, ${locale}`, () => {
    test("sign-in, sign-up and reset pages are accessible and explain bad input", async ({
      page,
      expectNoA11yViolations,
    }) => {
      await useLocale(page, locale);
      for (const path of ["/sign-in", "/sign-up", "/forgot-password"]) {
        await page.goto(path);
        await expectNoA11yViolations(page);
      }
      await page.goto("/sign-up");
      const form = page.getByRole("form", { name: copy.signUp });
      await form.getByLabel(copy.email).fill("not-an-address");
      await form.getByRole("button", { name: copy.signUp }).click();
      await expect(form.getByText(copy.emailInvalid)).toBeVisible();
      await expect(form.getByLabel(copy.email)).toHaveAttribute("aria-invalid", "true");
      await expectNoA11yViolations(page);
    });
  });

  test.describe(`customer, ${locale}`, () => {
    test.use({ storageState: storageStateFor("customerA") });

    test("the account pages are accessible, and a bad address is refused and not saved", async ({
      page,
      shopDb,
      expectNoA11yViolations,
    }) => {
      await useLocale(page, locale);
      for (const path of [
        "/account",
        "/account/profile",
        "/account/addresses",
        "/account/security",
      ]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoA11yViolations(page);
      }
      const alice = roleAccount("customerA");
      const count = async () =>
        (
          await shopDb.query<{ n: number }>(
            "select count(*)::int as n from addresses where user_id = $1",
            [alice.id],
          )
        )[0]!.n;
      const before = await count();
      await page.goto("/account/addresses/new");
      const form = page.getByRole("form", { name: copy.newAddress });
      await form.getByLabel(copy.fullName).fill("Alma Adler");
      await form.getByLabel(copy.street).fill("Lindenallee 3");
      await form.getByLabel(copy.postalCode).fill("1011");
      await form.getByLabel(copy.city).fill("Berlin");
      await form.getByRole("button", { name: copy.saveAddress }).click();
      await expect(form.getByText(copy.postalInvalid)).toBeVisible();
      await expect(form.getByLabel(copy.street)).toHaveValue("Lindenallee 3");
      await expectNoA11yViolations(page);
      expect(await count()).toBe(before);
    });
  });

  test.describe(`admin, ${locale}`, () => {
    test.use({ storageState: storageStateFor("admin") });

    test("the staff area is accessible", async ({ page, expectNoA11yViolations }) => {
      await useLocale(page, locale);
      for (const path of ["/admin", "/admin/staff", "/admin/consent", "/dev/mailbox"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await expectNoA11yViolations(page);
      }
    });
  });
}
