import type { Page } from "@playwright/test";
import { requestReturn } from "../lib/after-sales/returns/request";
import { declareWithdrawal } from "../lib/after-sales/withdrawal/declare";
import { withAppDatabase } from "./fixtures/app-database";
import { storageStateFor } from "./fixtures/roles";
import type { ShopDatabase, TestAccount } from "./fixtures/shop-database";
import { expect, test, useLocale } from "./fixtures/test";

/** A product with two variants (M and L) at the same price, and a delivered order of the M. */
async function deliveredOrderWithTwoSizes(shopDb: ShopDatabase, customer: TestAccount) {
  const slug = `e2e-shirt-${Date.now().toString(36)}`;
  const product = await shopDb.createProduct({
    slug,
    nameDe: "Testhemd",
    nameEn: "Test shirt",
    priceCents: 2000,
  });
  const [large] = await shopDb.query<{ id: string }>(
    `insert into product_variants (product_id, sku, price_cents, position)
     values ($1, $2, 2000, 1) returning id`,
    [product.productId, `${slug.toUpperCase()}-L`],
  );
  await shopDb.query(
    "insert into stock_levels (variant_id, store_id, quantity) select $1, id, 5 from stores",
    [large!.id],
  );
  const { orderNumber } = await shopDb.createOrder(customer, { productSlug: slug });
  await shopDb.query(
    "update orders set status = 'delivered', shipped_at = now() - interval '4 days', delivered_at = now() - interval '3 days' where order_number = $1",
    [orderNumber],
  );
  return { orderNumber, large: large!.id };
}

async function signIn(page: Page, account: TestAccount) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("E-mail address").fill(account.email);
  await form.getByLabel("Password").fill(account.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test.beforeEach(async ({ page }) => {
  await useLocale(page, "en");
});

test("an exchange of a size holds the replacement's stock at once", async ({ page, shopDb }) => {
  const customer = await shopDb.createCustomer({ name: "Erik Exchange" });
  const { orderNumber, large } = await deliveredOrderWithTwoSizes(shopDb, customer);
  const before = await shopDb.onlineStock(large);
  await signIn(page, customer);
  await page.goto(`/account/orders/${orderNumber}`);
  const form = page.getByRole("form", { name: "New return" });
  await form.getByRole("radio", { name: "Exchange" }).check();
  await form.getByLabel(/Quantity of Testtasse/).fill("1");
  await form.getByLabel("Replacement for Testtasse").selectOption({ index: 0 });
  await form.getByRole("radio", { name: /Return label/ }).check();
  await form.getByRole("button", { name: "Request return" }).click();
  await expect(page.getByText(/Your return has been registered/)).toBeVisible();
  expect(await shopDb.onlineStock(large)).toBe(before - 1);
  const mail = await shopDb.latestMail(customer.email, "return-update");
  expect(mail?.text).toContain(orderNumber);
});

test.describe("staff", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("receive a return, then refund it: the refund and the credit note are on the order", async ({
    page,
    shopDb,
  }) => {
    const customer = await shopDb.createCustomer({ name: "Rita Return" });
    const { orderNumber } = await deliveredOrderWithTwoSizes(shopDb, customer);
    const [item] = await shopDb.query<{ id: string }>(
      "select i.id from order_items i join orders o on o.id = i.order_id where o.order_number = $1",
      [orderNumber],
    );
    const requested = await withAppDatabase((db) =>
      requestReturn(db, {
        orderNumber,
        userId: customer.id,
        kind: "return",
        method: "label",
        storeId: null,
        reason: null,
        lines: [{ orderItemId: item!.id, quantity: 1 }],
        locale: "en",
        baseUrl: test.info().project.use.baseURL ?? "http://127.0.0.1:3100",
        now: new Date(),
      }),
    );
    expect(requested.status).toBe("requested");

    await page.goto("/admin/returns");
    const row = page.locator(`[data-testid="return-row"][data-order="${orderNumber}"]`);
    await row.getByRole("button", { name: "Receive" }).click();
    await expect(row.getByRole("button", { name: "Refund" })).toBeVisible();
    await row.getByRole("button", { name: "Refund" }).click();
    // A refunded return leaves the queue of open ones.
    await expect(row).toHaveCount(0);

    const [payment] = await shopDb.query<{ refunded_cents: number }>(
      "select p.refunded_cents from payments p join orders o on o.id = p.order_id where o.order_number = $1",
      [orderNumber],
    );
    expect(payment?.refunded_cents).toBe(2000);
    await page.goto(`/admin/orders/${orderNumber}`);
    await expect(page.getByText(/Credit note \d+ over €20\.00/)).toBeVisible();
  });

  test("a withdrawal is refunded once proof of dispatch arrived, with a credit note", async ({
    page,
    shopDb,
  }) => {
    const customer = await shopDb.createCustomer({ name: "Wanda Widerruf" });
    const { orderNumber } = await deliveredOrderWithTwoSizes(shopDb, customer);
    const declared = await withAppDatabase((db) =>
      declareWithdrawal(db, {
        orderNumber,
        access: { userId: customer.id },
        fullName: customer.name,
        email: customer.email,
        statement: "",
        now: new Date(),
      }),
    );
    expect(declared.status).toBe("withdrawn");
    await page.goto("/admin/returns");
    const row = page.getByRole("listitem").filter({ hasText: `Order ${orderNumber}` });
    await row
      .getByRole("button", { name: /^Refund \(goods or proof of dispatch received\)/ })
      .click();
    // A refunded withdrawal leaves the list of those awaiting their refund.
    await expect(row).toHaveCount(0);
    const [withdrawal] = await shopDb.query<{ status: string; credit_note_id: string | null }>(
      "select w.status, w.credit_note_id from withdrawals w join orders o on o.id = w.order_id where o.order_number = $1",
      [orderNumber],
    );
    expect(withdrawal?.status).toBe("refunded");
    expect(withdrawal?.credit_note_id).not.toBeNull();
  });
});
