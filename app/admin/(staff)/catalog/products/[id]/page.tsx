import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AddImageForm, RemoveImageForm } from "@/components/admin/catalog/image-forms";
import { ProductDetailsForm } from "@/components/admin/catalog/product-details-form";
import { VariantSection } from "@/components/admin/catalog/variant-section";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { getAdminProduct } from "@/lib/catalog/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/** One product for marketers: details, variants with price and stock, images. */
export default async function AdminProductPage({ params }: Props) {
  const { id } = await params;
  await requireRole(["marketer", "admin"], `/admin/catalog/products/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await getAdminProduct(await getDb(), id, new Date());
  if (!data) notFound();
  const [t, locale] = await Promise.all([getTranslations("adminCatalog"), getLocale()]);
  const { product, variants, images, stores, categories } = data;
  const name = locale === "de" ? product.nameDe : product.nameEn;

  return (
    <div className="flex flex-col gap-8">
      <Link href="/admin/catalog" className="underline">
        {t("backToCatalog")}
      </Link>
      <header>
        <h1 className="font-display text-3xl">{name}</h1>
        <p className="mt-1 text-ink-soft">
          {product.brand} · {t(`status.${product.status}`)}
        </p>
      </header>

      <section
        aria-labelledby="product-details-title"
        className="rounded-2xl border border-line bg-card p-4"
      >
        <h2 id="product-details-title" className="mb-4 text-xl font-semibold">
          {t("product.detailsTitle")}
        </h2>
        <ProductDetailsForm
          product={{
            productId: product.id,
            nameDe: product.nameDe,
            nameEn: product.nameEn,
            descriptionDe: product.descriptionDe,
            descriptionEn: product.descriptionEn,
            brand: product.brand,
            categoryId: product.categoryId,
            status: product.status,
            featured: product.featured,
          }}
          categories={categories.map((c) => ({
            value: c.id,
            label: locale === "de" ? c.nameDe : c.nameEn,
          }))}
        />
      </section>

      <section aria-labelledby="variants-title" className="flex flex-col gap-4">
        <h2 id="variants-title" className="text-xl font-semibold">
          {t("variants.title")}
        </h2>
        {variants.map((variant) => (
          <VariantSection key={variant.id} variant={variant} stores={stores} />
        ))}
      </section>

      <section
        aria-labelledby="images-title"
        className="flex flex-col gap-4 rounded-2xl border border-line bg-card p-4"
      >
        <h2 id="images-title" className="text-xl font-semibold">
          {t("images.title")}
        </h2>
        {images.length === 0 ? (
          <p className="text-ink-soft">{t("images.none")}</p>
        ) : (
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            {images.map((image, index) => (
              <li key={image.id} className="flex flex-col gap-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- small admin thumbnail of our own SVG */}
                <img
                  src={image.url}
                  alt={locale === "de" ? image.altDe : image.altEn}
                  width={160}
                  height={160}
                  className="rounded-lg border border-line"
                />
                <RemoveImageForm imageId={image.id} position={index + 1} />
              </li>
            ))}
          </ul>
        )}
        <h3 id="add-image-title" className="text-lg font-semibold">
          {t("images.addTitle")}
        </h3>
        <AddImageForm productId={product.id} />
      </section>
    </div>
  );
}
