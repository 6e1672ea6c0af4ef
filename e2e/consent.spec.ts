import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { COOKIE_TABLE, isNecessaryEntry } from "../lib/consent/cookie-table";
import { expect, test, useLocale } from "./fixtures/test";

// These specs test the banner itself: no default decision, a fresh context per test.
test.use({ consentDecision: null });

const banner = (page: Page, name = /Privacy|Datenschutz/) => page.getByRole("dialog", { name });

async function consentCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === "vitrine_consent");
}

async function storageKeys(page: Page) {
  return page.evaluate(() => ({
    local: Object.keys(window.localStorage),
    session: Object.keys(window.sessionStorage),
  }));
}

async function expectOnlyNecessary(page: Page) {
  for (const cookie of await page.context().cookies())
    expect(isNecessaryEntry(cookie.name, "cookie"), `cookie ${cookie.name}`).toBe(true);
  const { local, session } = await storageKeys(page);
  for (const key of local)
    expect(isNecessaryEntry(key, "localStorage"), `localStorage ${key}`).toBe(true);
  for (const key of session)
    expect(isNecessaryEntry(key, "sessionStorage"), `sessionStorage ${key}`).toBe(true);
}

test("C1: before any choice only necessary storage, no behaviour recorded", async ({
  page,
  shopDb,
}) => {
  await useLocale(page, "en");
  const slug = `e2e-consent-${Date.now()}`;
  await shopDb.createProduct({
    slug,
    nameDe: "Einwilligungstasse",
    nameEn: "Consent mug",
    priceCents: 1990,
  });
  const [{ count: before } = { count: "0" }] = await shopDb.query<{ count: string }>(
    "select count(*)::text as count from behaviour_events",
  );
  await page.goto(`/products/${slug}`);
  await expect(banner(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(banner(page)).toBeHidden();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: /cart/ }).first()).toBeVisible();
  await page.goto(`/products?q=${encodeURIComponent("Consent mug")}`);
  await expect(banner(page)).toBeVisible();
  await expectOnlyNecessary(page);
  expect(await consentCookie(page.context())).toBeUndefined();
  const [{ count: after } = { count: "0" }] = await shopDb.query<{ count: string }>(
    "select count(*)::text as count from behaviour_events",
  );
  expect(after).toBe(before);
  expect(COOKIE_TABLE.some((e) => e.name === "vitrine_cart")).toBe(true);
});

test("C2: Accept all and Reject all look the same", async ({ page }) => {
  await useLocale(page, "de");
  await page.goto("/");
  const dialog = banner(page, /Datenschutz/);
  const accept = dialog.getByRole("button", { name: "Alle akzeptieren" });
  const reject = dialog.getByRole("button", { name: "Alle ablehnen" });
  await expect(dialog.getByRole("link", { name: "Einstellungen" })).toBeVisible();
  const style = (el: Element) => {
    const s = getComputedStyle(el);
    return [s.font, s.color, s.backgroundColor, s.padding, s.borderColor, s.borderWidth].join("|");
  };
  expect(await accept.evaluate(style)).toBe(await reject.evaluate(style));
  const [a, r] = [await accept.boundingBox(), await reject.boundingBox()];
  expect(a && r).toBeTruthy();
  expect(Math.round(a!.width)).toBe(Math.round(r!.width));
  expect(Math.round(a!.height)).toBe(Math.round(r!.height));
});

test("C3: Escape and ✕ record nothing; the banner returns", async ({ page, shopDb }) => {
  await useLocale(page, "en");
  const [{ count: before } = { count: "0" }] = await shopDb.query<{ count: string }>(
    "select count(*)::text as count from consent_events",
  );
  await page.goto("/");
  await expect(banner(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(banner(page)).toBeHidden();
  await page.goto("/legal/imprint");
  await expect(banner(page)).toBeVisible();
  await banner(page).getByRole("button", { name: "Close without deciding" }).click();
  await expect(banner(page)).toBeHidden();
  expect(await consentCookie(page.context())).toBeUndefined();
  const [{ count: after } = { count: "0" }] = await shopDb.query<{ count: string }>(
    "select count(*)::text as count from consent_events",
  );
  expect(after).toBe(before);
  await page.goto("/");
  await expect(banner(page)).toBeVisible();
});

test.describe("C10: Global Privacy Control", () => {
  test.use({ extraHTTPHeaders: { "Sec-GPC": "1" } });
  test("is honoured and an explicit opt-in still wins", async ({ page, shopDb }) => {
    await useLocale(page, "en");
    await page.goto("/");
    await expect(banner(page)).toContainText("Global Privacy Control");
    await expect(banner(page)).toContainText("analytics, personalization and marketing are off");
    await banner(page).getByRole("link", { name: "Settings" }).click();
    const settings = banner(page, /Privacy settings/);
    await expect(settings).toContainText("Global Privacy Control");
    await expect(settings.getByRole("switch", { name: "Analytics" })).not.toBeChecked();
    await settings.getByRole("switch", { name: "Analytics" }).check();
    await settings.getByRole("button", { name: "Save choices" }).click();
    await expect(banner(page)).toBeHidden();
    const cookie = await consentCookie(page.context());
    expect(cookie?.httpOnly).toBe(true);
    const subject = JSON.parse(
      Buffer.from(cookie!.value.split(".")[0]!, "base64url").toString("utf8"),
    ) as { subjectId: string };
    const [row] = await shopDb.query<{
      method: string;
      gpc: boolean;
      purposes: { analytics: boolean };
    }>(
      "select method, gpc, purposes from consent_events where subject_id = $1 order by recorded_at desc limit 1",
      [subject.subjectId],
    );
    expect(row).toMatchObject({ method: "settings", gpc: true, purposes: { analytics: true } });
    await page.goto("/");
    await expect(banner(page)).toBeHidden();
  });
});

test("C8/C11: a guest's choice follows the customer to another device", async ({
  browser,
  page,
  shopDb,
}) => {
  const customer = await shopDb.createCustomer({ label: "consent", locale: "en" });
  await useLocale(page, "en");
  await page.goto("/");
  await banner(page).getByRole("button", { name: "Accept all" }).click();
  await expect(banner(page)).toBeHidden();
  const cookie = await consentCookie(page.context());
  const { subjectId } = JSON.parse(
    Buffer.from(cookie!.value.split(".")[0]!, "base64url").toString("utf8"),
  ) as { subjectId: string };
  const guestRows = await shopDb.query<{ user_id: string | null; method: string }>(
    "select user_id, method from consent_events where subject_id = $1",
    [subjectId],
  );
  expect(guestRows).toEqual([{ user_id: null, method: "banner" }]);

  async function signIn(p: Page) {
    await p.goto("/sign-in");
    // Without a decision the banner is back on every page; closing it records nothing (C3).
    if (await banner(p).isVisible()) await p.keyboard.press("Escape");
    const form = p.getByRole("form", { name: "Sign in" });
    await form.getByLabel("E-mail address").fill(customer.email);
    await form.getByLabel("Password").fill(customer.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(p).toHaveURL(/\/account$/);
  }
  await signIn(page);
  const carried = await shopDb.query<{ user_id: string | null }>(
    "select user_id from consent_events where subject_id = $1",
    [subjectId],
  );
  expect(carried).toEqual([{ user_id: customer.id }]);

  // A second device: it has no decision of its own (the banner shows), then signs in.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await other.clearCookies();
  const second = await other.newPage();
  await useLocale(second, "en");
  await second.goto("/");
  await expect(banner(second)).toBeVisible();
  await signIn(second);
  await second.goto("/");
  await expect(banner(second)).toBeHidden();
  const secondCookie = await consentCookie(other);
  expect(
    JSON.parse(Buffer.from(secondCookie!.value.split(".")[0]!, "base64url").toString("utf8")),
  ).toMatchObject({ purposes: { analytics: true, marketing: true } });

  await second.goto("/account/consent");
  await expect(second.getByRole("heading", { level: 1, name: "Consent" })).toBeVisible();
  const download = second.waitForEvent("download");
  await second
    .getByRole("link", { name: /Download receipt/ })
    .first()
    .click();
  const receipt = JSON.parse(readFileSync(await (await download).path(), "utf8")) as Record<
    string,
    unknown
  >;
  expect(receipt).toMatchObject({ jurisdiction: "DE", subject: { customerId: customer.id } });
  expect(receipt).toHaveProperty("withdrawalMethod");
  expect(receipt).toHaveProperty("noticeVersion");
  await other.close();
});

function subjectOf(cookie: { value: string } | undefined): string {
  return (
    JSON.parse(Buffer.from(cookie!.value.split(".")[0]!, "base64url").toString("utf8")) as {
      subjectId: string;
    }
  ).subjectId;
}

test("C6: after Reject all a complete guest purchase succeeds", async ({ page, shopDb }) => {
  await useLocale(page, "en");
  const slug = `e2e-reject-${Date.now()}`;
  await shopDb.createProduct({
    slug,
    nameDe: "Ablehnungsbecher",
    nameEn: "Reject mug",
    priceCents: 1990,
  });
  await page.goto(`/products/${slug}`);
  await banner(page).getByRole("button", { name: "Reject all" }).click();
  await expect(banner(page)).toBeHidden();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: /cart/ }).first()).toBeVisible();
  await page.goto("/checkout");
  const email = `reject-${Date.now()}@e2e.example`;
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("First and last name").first().fill("Rieke Reject");
  await page.getByLabel("Street and house number").first().fill("Am Markt 2");
  await page.getByLabel("Postal code").first().fill("04109");
  await page.getByLabel("Town or city").first().fill("Leipzig");
  await page.getByRole("radio", { name: "Credit card" }).check();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel(/Expiry date/).fill("12/30");
  await page.getByLabel(/Security code/).fill("123");
  await page.getByRole("button", { name: "Buy now" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
  const subjectId = subjectOf(await consentCookie(page.context()));
  expect(
    await shopDb.query("select id from behaviour_events where subject_id = $1", [subjectId]),
  ).toEqual([]);
});

test("C7: withdrawing from the footer costs what consenting costs, stops events and deletes them", async ({
  page,
  shopDb,
}) => {
  await useLocale(page, "en");
  await page.goto("/products/lumix-g9-ii");
  await expect(banner(page)).toBeVisible();
  // Escape closes the banner once the page is interactive (hydrated); until then it cannot.
  await expect(async () => {
    await page.keyboard.press("Escape");
    await expect(banner(page)).toBeHidden({ timeout: 500 });
  }).toPass();
  const footerLink = page.getByRole("contentinfo").getByRole("link", { name: "Privacy settings" });
  const settings = page.getByRole("dialog", { name: "Privacy settings" });

  // Consent through the footer: open the settings, accept everything — two clicks.
  await footerLink.click();
  await settings.getByRole("button", { name: "Accept all" }).click();
  await expect(settings).toBeHidden();
  const subjectId = subjectOf(await consentCookie(page.context()));
  await page.goto("/products/lumix-g9-ii");
  const events = () =>
    shopDb.query("select id from behaviour_events where subject_id = $1", [subjectId]);
  expect((await events()).length).toBeGreaterThan(0);

  // Withdrawal: the same two clicks.
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy settings" }).click();
  await settings.getByRole("button", { name: "Reject all" }).click();
  await expect(settings).toBeHidden();
  expect(await events()).toEqual([]);
  await page.goto("/products/lumix-g9-ii");
  expect(await events()).toEqual([]);
  const ledger = await shopDb.query<{ purposes: Record<string, boolean> }>(
    "select purposes from consent_events where subject_id = $1 order by recorded_at",
    [subjectId],
  );
  expect(ledger.map((r) => r.purposes.analytics)).toEqual([true, false]);
});

for (const locale of ["de", "en"] as const) {
  test(`the open banner and settings pass axe-core (${locale})`, async ({
    page,
    expectNoA11yViolations,
  }) => {
    await useLocale(page, locale);
    await page.goto("/");
    await expect(banner(page)).toBeVisible();
    await expectNoA11yViolations(page);
    await banner(page)
      .getByRole("link", { name: locale === "de" ? "Einstellungen" : "Settings" })
      .click();
    await expect(
      banner(page, locale === "de" ? /Datenschutz-Einstellungen/ : /Privacy settings/),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });
}
