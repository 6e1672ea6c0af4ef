import { randomUUID } from "node:crypto";
import type { Database } from "@/db/engine/open";
import { categories, priceHistory, productVariants, products, users } from "@/db/schema";

/** Data of a test's own for the price alert database tests (never the seeded demo data). */
export async function makeProduct(
  db: Database,
  options: { priceCents: number; since: Date; variants?: number },
) {
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const slug = `alert-test-${randomUUID().slice(0, 8)}`;
  const [product] = await db
    .insert(products)
    .values({
      slug,
      categoryId: category!.id,
      brand: "Testmarke",
      nameDe: `Testtasse ${slug}`,
      nameEn: `Test mug ${slug}`,
      descriptionDe: "Nur für diesen Test.",
      descriptionEn: "For this test only.",
      vatRate: 1900,
      launchedAt: options.since,
    })
    .returning({ id: products.id, slug: products.slug });
  const variantIds: string[] = [];
  for (let i = 0; i < (options.variants ?? 1); i++) {
    const [variant] = await db
      .insert(productVariants)
      .values({
        productId: product!.id,
        sku: `${slug}-${i}`.toUpperCase(),
        priceCents: options.priceCents + i * 1000,
        position: i,
      })
      .returning({ id: productVariants.id });
    await db.insert(priceHistory).values({
      variantId: variant!.id,
      priceCents: options.priceCents + i * 1000,
      change: "launch",
      validFrom: options.since,
    });
    variantIds.push(variant!.id);
  }
  return { productId: product!.id, slug: product!.slug, variantIds };
}

export async function makeCustomer(db: Database, locale: "de" | "en" = "de") {
  const [user] = await db
    .insert(users)
    .values({
      email: `alert-${randomUUID()}@alerts.test`,
      name: locale === "de" ? "Erika Beispiel" : "Emma Example",
      locale,
      emailVerifiedAt: new Date("2026-01-01T00:00:00Z"),
    })
    .returning({ id: users.id, email: users.email });
  return user!;
}
