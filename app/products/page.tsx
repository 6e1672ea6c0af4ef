import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getCategoryBySlug, listFacets, listProducts } from "@/db/queries/catalog";
import { ListingFilters } from "@/components/catalog/listing-filters";
import { ProductGrid } from "@/components/catalog/product-grid";
import { listingHref, parseListingParams } from "@/lib/catalog/listing-params";
import { recordBehaviourEvent } from "@/lib/consent/record-event";
import { isLocale } from "@/lib/i18n/locale";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 24;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = parseListingParams(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("catalog"), getLocale()]);
  const category = params.category ? await getCategoryBySlug(params.category) : null;
  return {
    title: category ? (locale === "de" ? category.nameDe : category.nameEn) : t("allProducts"),
  };
}

export default async function ProductsPage({ searchParams }: Props) {
  await connection();
  const params = parseListingParams(await searchParams);
  const [t, rawLocale] = await Promise.all([getTranslations("catalog"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const category = params.category ? await getCategoryBySlug(params.category) : null;
  const facetsPromise = category ? listFacets(category.id, locale) : Promise.resolve(null);
  const { items, total, brands } = await listProducts({
    categoryId: category?.id,
    q: params.q,
    brand: params.brand,
    minPriceCents: params.min !== undefined ? Math.round(params.min * 100) : undefined,
    maxPriceCents: params.max !== undefined ? Math.round(params.max * 100) : undefined,
    sort: params.sort,
    page: params.page,
    pageSize: PAGE_SIZE,
    locale,
    inStock: params.inStock,
    size: params.size,
    colour: params.colour,
    attributes: params.attributes,
  });
  const facets = await facetsPromise;
  if (params.q && params.page === 1)
    await recordBehaviourEvent({ type: "search", query: params.q, categoryId: category?.id });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const title = category
    ? locale === "de"
      ? category.nameDe
      : category.nameEn
    : params.q
      ? t("resultsFor", { q: params.q })
      : t("allProducts");
  const now = new Date();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-display text-3xl">{title}</h1>
        {category ? (
          <p className="mt-1 text-ink-soft">
            {locale === "de" ? category.descriptionDe : category.descriptionEn}
          </p>
        ) : null}
        <p className="mt-1 text-sm text-ink-soft" aria-live="polite">
          {t("count", { count: total })}
        </p>
      </div>

      <ListingFilters params={params} brands={brands} facets={facets} locale={locale} />

      {items.length > 0 ? (
        <ProductGrid products={items} now={now} priorityCount={2} />
      ) : (
        <p className="rounded-2xl border border-line bg-card p-6">{t("empty")}</p>
      )}

      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-center gap-3">
          {params.page > 1 ? (
            <Link
              href={listingHref(params, { page: params.page - 1 })}
              className="rounded-full border border-line px-4 py-2 hover:border-ink"
              rel="prev"
            >
              {t("previous")}
            </Link>
          ) : null}
          <span className="text-sm text-ink-soft">{t("pageOf", { page: params.page, pages })}</span>
          {params.page < pages ? (
            <Link
              href={listingHref(params, { page: params.page + 1 })}
              className="rounded-full border border-line px-4 py-2 hover:border-ink"
              rel="next"
            >
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
