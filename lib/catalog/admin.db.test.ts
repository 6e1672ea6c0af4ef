import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import {
  auditLog,
  categories,
  priceHistory,
  productImages,
  productVariants,
  products,
  stockLevels,
  stores,
  users,
} from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { makeProduct } from "@/lib/price-alerts/test-fixtures";
import { computeReduction } from "@/lib/pricing/reference-price";
import { DAY_MS } from "@/lib/time/days";
import {
  addProductImage,
  changePriceAsStaff,
  createProduct,
  createProductSchema,
  getAdminProduct,
  listAdminProducts,
  priceChangeSchema,
  removeProductImage,
  setCategorySensitive,
  setStock,
  updateProduct,
  type CatalogActor,
} from "./admin";

let handle: DatabaseHandle;
let actor: CatalogActor;
beforeAll(async () => {
  handle = await createTestDatabase();
  const [marketer] = await handle.db
    .insert(users)
    .values({ email: `catalog-${randomUUID()}@staff.test`, name: "Mara Markt", role: "marketer" })
    .returning({ id: users.id });
  actor = { id: marketer!.id, role: "marketer" };
});
afterAll(async () => {
  await handle?.close();
});

const now = new Date("2026-12-01T10:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

async function auditOf(action: string, entityId: string) {
  return handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
}

async function storedHistory(variantId: string) {
  return handle.db
    .select({
      priceCents: priceHistory.priceCents,
      validFrom: priceHistory.validFrom,
      validTo: priceHistory.validTo,
    })
    .from(priceHistory)
    .where(eq(priceHistory.variantId, variantId));
}

describe("a marketer's price change", () => {
  it("writes the history and audit, and the product page's reference price follows P5", async () => {
    const { db } = handle;
    const { productId, variantIds } = await makeProduct(db, {
      priceCents: 4990,
      since: daysAgo(120),
    });
    const variantId = variantIds[0]!;

    // The form's input, parsed as the action parses it, then the action's domain call.
    const form = priceChangeSchema.parse({ variantId, price: "39,90" });
    const first = await changePriceAsStaff(db, {
      actor,
      variantId,
      priceCents: form.price,
      now: daysAgo(10),
    });
    expect(first).toEqual({
      status: "changed",
      priceCents: 3990,
      reduction: { currentCents: 3990, referenceCents: 4990, percentOff: 20, since: daysAgo(10) },
    });

    // A second step: the reference stays the price before the first step (PAngV §11(2)).
    const second = await changePriceAsStaff(db, { actor, variantId, priceCents: 2990, now });
    expect(second.status).toBe("changed");

    const history = await storedHistory(variantId);
    expect(history.map((h) => h.priceCents).sort()).toEqual([2990, 3990, 4990]);
    const expected = computeReduction(history, now);
    expect(expected).toMatchObject({ referenceCents: 4990, percentOff: 40 });
    expect(second).toEqual({ status: "changed", priceCents: 2990, reduction: expected });

    const page = await getAdminProduct(db, productId, now);
    expect(page!.variants[0]!.reduction).toEqual(expected);
    expect(page!.variants[0]!.priceCents).toBe(2990);

    const audits = await auditOf("catalog.price_changed", variantId);
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.actorId === actor.id && a.actorRole === "marketer")).toBe(true);
  });

  it("shows no reduction for an increase and changes nothing for an unknown variant", async () => {
    const { db } = handle;
    const { variantIds } = await makeProduct(db, { priceCents: 1000, since: daysAgo(60) });
    const up = await changePriceAsStaff(db, {
      actor,
      variantId: variantIds[0]!,
      priceCents: 1200,
      now,
    });
    expect(up).toEqual({ status: "changed", priceCents: 1200, reduction: null });
    const missing = await changePriceAsStaff(db, {
      actor,
      variantId: randomUUID(),
      priceCents: 1200,
      now,
    });
    expect(missing).toEqual({ status: "not_found" });
  });
});

describe("catalog changes", () => {
  it("sets stock per store with an audit entry, and refuses an unknown store", async () => {
    const { db } = handle;
    const { productId, slug, variantIds } = await makeProduct(db, {
      priceCents: 990,
      since: daysAgo(5),
    });
    const variantId = variantIds[0]!;
    const [store] = await db.select({ id: stores.id }).from(stores).limit(1);

    expect(await setStock(db, { actor, variantId, storeId: store!.id, quantity: 12, now })).toEqual(
      { status: "saved" },
    );
    expect(await setStock(db, { actor, variantId, storeId: store!.id, quantity: 3, now })).toEqual({
      status: "saved",
    });
    const [level] = await db
      .select({ quantity: stockLevels.quantity })
      .from(stockLevels)
      .where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.storeId, store!.id)));
    expect(level!.quantity).toBe(3);
    const audits = await auditOf("catalog.stock_set", variantId);
    expect(audits.map((a) => a.details)).toEqual(
      expect.arrayContaining([
        { storeId: store!.id, from: 0, to: 12 },
        { storeId: store!.id, from: 12, to: 3 },
      ]),
    );

    const bad = await setStock(db, { actor, variantId, storeId: randomUUID(), quantity: 1, now });
    expect(bad).toEqual({ status: "not_found" });
    expect(await auditOf("catalog.stock_set", variantId)).toHaveLength(2);

    const { rows } = await listAdminProducts(db, { q: slug, page: 1 });
    expect(rows.find((r) => r.id === productId)).toMatchObject({
      stockTotal: 3,
      minPriceCents: 990,
    });
  });

  it("updates a product's details and records which fields changed", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 990, since: daysAgo(5) });
    const [product] = await db.select().from(products).where(eq(products.id, productId));
    const result = await updateProduct(db, {
      actor,
      now,
      productId,
      nameDe: "Neue Tasse",
      nameEn: product!.nameEn,
      descriptionDe: product!.descriptionDe,
      descriptionEn: product!.descriptionEn,
      brand: product!.brand,
      categoryId: product!.categoryId,
      status: "archived",
      featured: true,
    });
    expect(result).toEqual({ status: "saved" });
    const [after] = await db.select().from(products).where(eq(products.id, productId));
    expect(after).toMatchObject({ nameDe: "Neue Tasse", status: "archived", featured: true });
    const [audit] = await auditOf("catalog.product_updated", productId);
    expect(audit!.details).toEqual({ changed: ["nameDe", "status", "featured"] });

    const wrongCategory = await updateProduct(db, {
      actor,
      now,
      productId,
      nameDe: "Sollte nicht gespeichert werden",
      nameEn: "x",
      descriptionDe: "",
      descriptionEn: "",
      brand: "x",
      categoryId: randomUUID(),
      status: "active",
      featured: false,
    });
    expect(wrongCategory).toEqual({ status: "category_not_found" });
    const [unchanged] = await db.select().from(products).where(eq(products.id, productId));
    expect(unchanged!.nameDe).toBe("Neue Tasse");
  });

  it("adds and removes images, audit-logged", async () => {
    const { db } = handle;
    const { productId } = await makeProduct(db, { priceCents: 990, since: daysAgo(5) });
    await addProductImage(db, {
      actor,
      now,
      productId,
      url: "/media/products/mug-210-0.svg",
      altDe: "Tasse",
      altEn: "Mug",
    });
    const [image] = await db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, productId));
    expect(image).toMatchObject({ url: "/media/products/mug-210-0.svg", position: 0 });
    expect(await removeProductImage(db, { actor, now, imageId: image!.id })).toEqual({
      status: "saved",
    });
    expect(await removeProductImage(db, { actor, now, imageId: image!.id })).toEqual({
      status: "not_found",
    });
    expect(await auditOf("catalog.image_added", productId)).toHaveLength(1);
    expect(await auditOf("catalog.image_removed", productId)).toHaveLength(1);
  });

  it("flags a category sensitive with an audit entry", async () => {
    const { db } = handle;
    const [category] = await db
      .insert(categories)
      .values({ slug: `test-${randomUUID().slice(0, 8)}`, nameDe: "Apotheke", nameEn: "Pharmacy" })
      .returning({ id: categories.id });
    const id = category!.id;
    await setCategorySensitive(db, { actor, now, categoryId: id, sensitive: true });
    const [row] = await db.select().from(categories).where(eq(categories.id, id));
    expect(row!.sensitive).toBe(true);
    const [audit] = await auditOf("catalog.category_sensitive_set", id);
    expect(audit!.details).toEqual({ sensitive: true });
  });

  it("creates a draft product with one variant whose launch price starts the history", async () => {
    const { db } = handle;
    const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
    const sku = `NEW-${randomUUID().slice(0, 8)}`;
    const input = createProductSchema.parse({
      nameDe: "Große Tasse",
      nameEn: "Big mug",
      brand: "Vitrine",
      categoryId: category!.id,
      sku,
      price: "19,90",
    });
    const created = await createProduct(db, { ...input, actor, now });
    expect(created.status).toBe("created");
    if (created.status !== "created") return;
    const [product] = await db.select().from(products).where(eq(products.id, created.productId));
    expect(product).toMatchObject({ status: "draft", nameDe: "Große Tasse" });
    const [variant] = await db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, created.productId));
    expect(variant).toMatchObject({ sku: sku.toUpperCase(), priceCents: 1990 });
    expect(await storedHistory(variant!.id)).toEqual([
      { priceCents: 1990, validFrom: now, validTo: null },
    ]);
    expect(await auditOf("catalog.product_created", created.productId)).toHaveLength(1);

    expect(await createProduct(db, { ...input, actor, now })).toEqual({ status: "sku_taken" });
  });
});
