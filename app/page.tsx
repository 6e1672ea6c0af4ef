import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import {
  listBestsellers,
  listCategories,
  listFeaturedProducts,
  listNewProducts,
} from "@/db/queries/catalog";
import { ProductGrid } from "@/components/catalog/product-grid";
import { PersonalOffers } from "@/components/personalization/personal-offers";
import { AlertNotices } from "@/components/price-alerts/alert-notices";
import { Recommendations } from "@/components/personalization/recommendations";

export default async function HomePage() {
  await connection();
  const now = new Date();
  const [t, tp, locale, featured, newest, bestsellers, categories] = await Promise.all([
    getTranslations("home"),
    getTranslations("personalization.surfaces"),
    getLocale(),
    listFeaturedProducts(8),
    listNewProducts(8),
    listBestsellers(now, 8),
    listCategories(),
  ]);
  return (
    <div className="space-y-12">
      <section className="overflow-hidden rounded-3xl bg-ink px-6 py-10 text-white sm:px-10 sm:py-14">
        <p className="text-sm font-semibold uppercase tracking-widest text-brass-soft">
          {t("eyebrow")}
        </p>
        <h1 className="mt-3 max-w-2xl font-display text-3xl leading-tight sm:text-5xl">
          {t("title")}
        </h1>
        <p className="mt-4 max-w-xl text-white/85">{t("intro")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/products"
            className="rounded-full bg-brass-soft px-5 py-2.5 font-semibold text-ink hover:bg-white"
          >
            {t("browse")}
          </Link>
          <Link
            href="/legal/privacy"
            className="rounded-full border border-white/40 px-5 py-2.5 font-semibold hover:border-white"
          >
            {t("howWeUseData")}
          </Link>
        </div>
      </section>

      <AlertNotices />
      <Recommendations
        placement={{ surface: "home" }}
        limit={4}
        heading={tp("forYou")}
        note={tp("forYouNote")}
        personalOnly
      />
      <PersonalOffers surface="home" heading={tp("yourOffers")} />

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-4 font-display text-2xl">
          {t("featured")}
        </h2>
        <ProductGrid products={featured} now={now} priorityCount={2} />
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 font-display text-2xl">
          {t("categories")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {categories.map((c) => (
            <li key={c.id}>
              <Link
                href={`/products?category=${c.slug}`}
                className="block h-full rounded-2xl border border-line p-4 hover:border-ink"
                style={{ background: `hsl(${c.hue} 60% 96%)` }}
              >
                <span className="font-semibold">{locale === "de" ? c.nameDe : c.nameEn}</span>
                <span className="mt-1 block text-xs text-ink-soft">
                  {locale === "de" ? c.descriptionDe : c.descriptionEn}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="new-heading">
        <h2 id="new-heading" className="mb-4 font-display text-2xl">
          {t("new")}
        </h2>
        <ProductGrid products={newest} now={now} />
      </section>

      <section aria-labelledby="bestsellers-heading">
        <h2 id="bestsellers-heading" className="mb-1 font-display text-2xl">
          {t("bestsellers")}
        </h2>
        <p className="mb-4 text-sm text-ink-soft">{t("bestsellersNote")}</p>
        <ProductGrid products={bestsellers} now={now} />
      </section>
    </div>
  );
}
