import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ProductTable } from "@/components/admin/catalog/product-table";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { ADMIN_PAGE_SIZE, listAdminCategories, listAdminProducts } from "@/lib/catalog/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;

/** The marketers' product list: search, category filter, 25 a page. Catalog data only. */
export default async function CatalogPage({ searchParams }: Props) {
  await requireRole(["marketer", "admin"], "/admin/catalog");
  const params = await searchParams;
  const q = (single(params.q) ?? "").trim().slice(0, 100);
  const rawCategory = single(params.category) ?? "";
  const categoryId = z.uuid().safeParse(rawCategory).success ? rawCategory : undefined;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(single(params.page) ?? "1", 10) || 1));

  const db = await getDb();
  const [t, locale, categories, result] = await Promise.all([
    getTranslations("adminCatalog"),
    getLocale(),
    listAdminCategories(db),
    listAdminProducts(db, { q, categoryId, page }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / ADMIN_PAGE_SIZE));
  const pageHref = (n: number) => {
    const search = new URLSearchParams();
    if (q) search.set("q", q);
    if (categoryId) search.set("category", categoryId);
    if (n > 1) search.set("page", String(n));
    const text = search.toString();
    return text ? `/admin/catalog?${text}` : "/admin/catalog";
  };

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="font-display text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href="/admin/catalog/categories" className="font-semibold underline">
            {t("categoriesLink")}
          </Link>
          <Link href="/admin/catalog/new" className="font-semibold underline">
            {t("newProductLink")}
          </Link>
        </p>
      </header>

      <form
        method="get"
        action="/admin/catalog"
        role="search"
        aria-label={t("search.label")}
        className="flex flex-wrap items-end gap-3 rounded-2xl border border-line bg-card p-4"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="catalog-q" className="text-sm font-medium">
            {t("search.label")}
          </label>
          <input
            id="catalog-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("search.placeholder")}
            className="rounded-lg border border-line bg-card px-3 py-2"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="catalog-category" className="text-sm font-medium">
            {t("search.category")}
          </label>
          <select
            id="catalog-category"
            name="category"
            defaultValue={categoryId ?? ""}
            className="rounded-lg border border-line bg-card px-3 py-2"
          >
            <option value="">{t("search.allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {locale === "de" ? c.nameDe : c.nameEn}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
        >
          {t("search.submit")}
        </button>
      </form>

      <section aria-labelledby="catalog-results" className="flex flex-col gap-4">
        <h2 id="catalog-results" className="text-lg font-semibold" aria-live="polite">
          {t("search.results", { total: result.total })}
        </h2>
        {result.rows.length > 0 ? <ProductTable rows={result.rows} /> : null}
        {pages > 1 ? (
          <nav aria-label={t("pager.label")} className="flex items-center gap-4">
            {page > 1 ? (
              <Link href={pageHref(page - 1)} className="underline">
                {t("pager.previous")}
              </Link>
            ) : null}
            <span aria-current="page">{t("pager.page", { page, pages })}</span>
            {page < pages ? (
              <Link href={pageHref(page + 1)} className="underline">
                {t("pager.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
