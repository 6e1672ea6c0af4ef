import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getProductBySlug } from "@/db/queries/catalog";
import { AddToCart } from "@/components/catalog/add-to-cart";
import { PriceTag } from "@/components/catalog/price-tag";
import { VariantTable } from "@/components/catalog/variant-table";
import { StockByStore } from "@/components/catalog/stock-by-store";
import { Recommendations } from "@/components/personalization/recommendations";
import { PriceAlertPanel } from "@/components/price-alerts/price-alert-panel";
import { NearbyStores } from "@/components/stores/nearby-stores";
import { ReserveInStore } from "@/components/after-sales/reservations/reserve-in-store";
import { deliveryWindow } from "@/lib/catalog/delivery";
import { recordBehaviourEvent } from "@/lib/consent/record-event";
import { computeReduction } from "@/lib/pricing/reference-price";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [product, locale] = await Promise.all([getProductBySlug(slug), getLocale()]);
  if (!product) return {};
  return {
    title: locale === "de" ? product.product.nameDe : product.product.nameEn,
    description: (locale === "de"
      ? product.product.descriptionDe
      : product.product.descriptionEn
    ).slice(0, 160),
  };
}

export default async function ProductPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const [detail, locale, t, tp, format] = await Promise.all([
    getProductBySlug(slug),
    getLocale(),
    getTranslations("product"),
    getTranslations("personalization.surfaces"),
    getFormatter(),
  ]);
  if (!detail) notFound();
  const { product, category, variants, images, stock, history } = detail;
  await recordBehaviourEvent({ type: "product_view", productId: product.id });
  const de = locale === "de";
  const now = new Date();
  const cheapest = [...variants].sort((a, b) => a.priceCents - b.priceCents)[0];
  const reduction = cheapest
    ? computeReduction(
        history.filter((h) => h.variantId === cheapest.id),
        now,
      )
    : null;
  const onlineStock = stock
    .filter((s) => s.storeKind === "warehouse")
    .reduce((sum, s) => sum + s.quantity, 0);
  const window = deliveryWindow(now);
  const attributes = Object.entries(product.attributes);
  return (
    <article className="space-y-10">
      <nav aria-label={t("breadcrumb")} className="text-sm text-ink-soft">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/" className="hover:underline">
              {t("home")}
            </Link>{" "}
            /
          </li>
          <li>
            <Link href={`/products?category=${category.slug}`} className="hover:underline">
              {de ? category.nameDe : category.nameEn}
            </Link>
          </li>
        </ol>
      </nav>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-label={t("gallery")} className="space-y-3">
          {images[0] ? (
            <Image
              src={images[0].url}
              alt={de ? images[0].altDe : images[0].altEn}
              width={800}
              height={800}
              unoptimized
              priority
              className="aspect-square w-full rounded-3xl border border-line bg-card object-cover"
            />
          ) : null}
          <ul className="grid grid-cols-4 gap-2">
            {images.slice(1).map((image) => (
              <li key={image.id}>
                <Image
                  src={image.url}
                  alt={de ? image.altDe : image.altEn}
                  width={200}
                  height={200}
                  unoptimized
                  className="aspect-square w-full rounded-xl border border-line bg-card object-cover"
                />
              </li>
            ))}
          </ul>
        </section>
        <div className="min-w-0 space-y-5">
          <div>
            <p className="text-sm uppercase tracking-wide text-ink-soft">{product.brand}</p>
            <h1 className="mt-1 font-display text-3xl leading-tight sm:text-4xl">
              {de ? product.nameDe : product.nameEn}
            </h1>
          </div>
          {cheapest ? (
            <PriceTag
              size="lg"
              priceCents={cheapest.priceCents}
              fromPrice={new Set(variants.map((v) => v.priceCents)).size > 1}
              reduction={reduction}
              unit={
                product.unitKind && product.unitContent
                  ? { kind: product.unitKind, amount: product.unitContent }
                  : null
              }
            />
          ) : null}
          <p className="rounded-xl bg-card p-3 text-sm">
            {onlineStock > 0
              ? t("delivery", {
                  from: format.dateTime(window.earliest, {
                    weekday: "short",
                    day: "numeric",
                    month: "long",
                  }),
                  to: format.dateTime(window.latest, {
                    weekday: "short",
                    day: "numeric",
                    month: "long",
                  }),
                })
              : t("notAvailableOnline")}
          </p>
          <AddToCart variants={variants} stock={stock} />
          {variants.length > 1 ? <VariantTable variants={variants} stock={stock} /> : null}
          <p className="leading-relaxed">{de ? product.descriptionDe : product.descriptionEn}</p>
          <StockByStore stock={stock} variantCount={variants.length} />
          <NearbyStores productId={product.id} />
          <PriceAlertPanel productId={product.id} slug={product.slug} variants={variants} />
          <ReserveInStore productId={product.id} variants={variants} />
        </div>
      </div>
      {attributes.length > 0 ? (
        <section aria-labelledby="details-heading" className="max-w-2xl">
          <h2 id="details-heading" className="mb-3 font-display text-2xl">
            {t("details")}
          </h2>
          <dl className="divide-y divide-line rounded-2xl border border-line bg-card">
            {attributes.map(([key, value]) => (
              <div key={key} className="grid grid-cols-2 gap-4 px-4 py-2.5 text-sm">
                <dt className="font-medium">
                  {t.has(`attributes.${key}`) ? t(`attributes.${key}`) : key}
                </dt>
                <dd>{de ? value.de : value.en}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <Recommendations
        placement={{ surface: "product", productId: product.id }}
        heading={tp("goesWellWith")}
      />
    </article>
  );
}
