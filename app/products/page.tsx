import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getCategoryBySlug, listProducts } from "@/db/queries/catalog";
import { PRODUCT_SORTS } from "@/db/queries/catalog-types";
import { ProductGrid } from "@/components/catalog/product-grid";
import { listingHref, parseListingParams } from "@/lib/catalog/listing-params";
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
  });
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

      <form
        method="get"
        action="/products"
        className="grid grid-cols-2 gap-3 rounded-2xl border border-line bg-card p-4 sm:grid-cols-5"
      >
        {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
        {params.category ? <input type="hidden" name="category" value={params.category} /> : null}
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("brand")}</span>
          <select
            name="brand"
            defaultValue={params.brand ?? ""}
            className="rounded-lg border border-line bg-paper px-2 py-2"
          >
            <option value="">{t("allBrands")}</option>
            {brands.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("minPrice")}</span>
          <input
            name="min"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            defaultValue={params.min}
            className="rounded-lg border border-line bg-paper px-2 py-2"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("maxPrice")}</span>
          <input
            name="max"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            defaultValue={params.max}
            className="rounded-lg border border-line bg-paper px-2 py-2"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("sort")}</span>
          <select
            name="sort"
            defaultValue={params.sort}
            className="rounded-lg border border-line bg-paper px-2 py-2"
          >
            {PRODUCT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="col-span-2 self-end rounded-full bg-ink px-4 py-2 font-semibold text-white hover:bg-ink-soft sm:col-span-1"
        >
          {t("apply")}
        </button>
      </form>

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
