import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { exportValidator } from "../lib/privacy/export/validator";
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
  await expect(page).toHaveURL(/\/account$/);
}

type ExportDocument = {
  $schema: string;
  subject: { kind: string };
  categories: {
    category: string;
    tables: { table: string; rows: Record<string, unknown>[] }[];
  }[];
};

function rowsOf(document: ExportDocument, table: string) {
  return document.categories.flatMap((c) => c.tables).find((t) => t.table === table)?.rows ?? [];
}

test("a customer downloads their data: JSON valid against the published schema, and a ZIP of CSVs", async ({
  page,
  shopDb,
  expectNoA11yViolations,
}) => {
  const customer = await shopDb.createCustomer({ label: "export", name: "Ida Export" });
  const { orderNumber } = await shopDb.createOrder(customer);
  await signIn(page, customer.email, customer.password);

  await test.step("without confirming the password, the export is refused", async () => {
    const response = await page.request.get("/api/account/export");
    expect(response.status()).toBe(403);
    expect(response.headers()["content-disposition"]).toBeUndefined();
    expect(response.headers()["cache-control"]).toContain("no-store");
    const zip = await page.request.get("/api/account/export/zip");
    expect(zip.status()).toBe(403);
    // A browser following the link is sent to the page that asks for the password.
    await page.goto("/api/account/export");
    await expect(page).toHaveURL(/\/account\/privacy\/export\?reauth=required$/);
    await expect(page.getByText("Please confirm your password again")).toBeVisible();
  });

  const form = page.getByRole("form", { name: "Confirm your password" });
  await test.step("the page explains the download and asks for the password", async () => {
    await page.goto("/account/privacy/export");
    await expect(page.getByRole("heading", { level: 1, name: "Download your data" })).toBeVisible();
    await expect(page.getByRole("link", { name: "JSON Schema" })).toHaveAttribute(
      "href",
      "/schemas/vitrine-export.schema.json",
    );
    await expect(page.getByRole("link", { name: "Download my data (JSON)" })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  await test.step("a wrong password is refused without detail", async () => {
    await form.getByLabel("Password").fill("not-my-password-123");
    await form.getByRole("button", { name: "Confirm password" }).click();
    await expect(form.getByText("The password is not correct.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Download my data (JSON)" })).toHaveCount(0);
  });

  let document: ExportDocument;
  await test.step("after confirming, the JSON download validates against the app's schema", async () => {
    await form.getByLabel("Password").fill(customer.password);
    await form.getByRole("button", { name: "Confirm password" }).click();
    await expect(page.getByText("Password confirmed. Your downloads are ready.")).toBeVisible();
    const link = page.getByRole("link", { name: "Download my data (JSON)" });
    await expect(link).toBeFocused();
    await expectNoA11yViolations(page);

    const download = page.waitForEvent("download");
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^vitrine-data-\d{4}-\d{2}-\d{2}\.json$/);
    document = JSON.parse(readFileSync(await file.path(), "utf8")) as ExportDocument;

    const schemaResponse = await page.request.get(document.$schema);
    expect(schemaResponse.ok()).toBe(true);
    const schema = (await schemaResponse.json()) as object;
    const served = await page.request.get("/api/privacy/export-schema");
    expect(await served.json()).toEqual(schema);
    expect(exportValidator(schema)(document)).toEqual([]);

    expect(document.subject).toEqual({ kind: "customer" });
    expect(rowsOf(document, "users")).toEqual([
      expect.objectContaining({ id: customer.id, email: customer.email, name: "Ida Export" }),
    ]);
    expect(rowsOf(document, "orders").map((o) => o.order_number)).toEqual([orderNumber]);
    expect(rowsOf(document, "invoices")).toHaveLength(1);
    expect(JSON.stringify(document)).not.toContain("password_hash");
  });

  await test.step("the ZIP opens and holds one CSV per category, the JSON and a README", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download as ZIP (CSV)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^vitrine-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync(await file.path()));
    const csvs = Object.keys(files).filter((name) => name.endsWith(".csv"));
    expect(csvs.sort()).toEqual(document.categories.map((c) => `${c.category}.csv`).sort());
    expect(Object.keys(files)).toContain("README.txt");
    expect(Object.keys(files).filter((name) => name.endsWith(".json"))).toHaveLength(1);
    const orderCsv = strFromU8(files["order.csv"]!);
    expect(orderCsv.split("\r\n")[0]).toMatch(/^table,/);
    expect(orderCsv).toContain(orderNumber);
    expect(strFromU8(files["README.txt"]!)).toContain("YOUR DATA AT VITRINE");
  });

  await test.step("both downloads are logged as completed export requests", async () => {
    const requests = await shopDb.query<{ kind: string; status: string }>(
      "select kind, status from privacy_requests where user_id = $1",
      [customer.id],
    );
    expect(requests).toEqual([
      { kind: "export", status: "completed" },
      { kind: "export", status: "completed" },
    ]);
  });
});

test("the export schema is public and the export needs a signed-in customer", async ({
  request,
}) => {
  const schema = await request.get("/schemas/vitrine-export.schema.json");
  expect(schema.ok()).toBe(true);
  expect(await schema.json()).toMatchObject({
    $schema: "https://json-schema.org/draft/2020-12/schema",
  });
  const anonymous = await request.get("/api/account/export");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-disposition"]).toBeUndefined();
});
