import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Category } from "@/db/schema";
import { SearchBox } from "@/components/search/search-box";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({
  categories,
  cartCount,
  signedIn,
}: {
  categories: Category[];
  cartCount: number;
  signedIn: boolean;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("header")]);
  return (
    <header className="border-b border-line bg-card">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-card focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
        <Link
          href="/"
          className="font-display text-2xl font-semibold tracking-tight text-ink"
          aria-label={t("home")}
        >
          Vitrine<span className="text-brass">.</span>
        </Link>
        <SearchBox />
        <nav aria-label={t("serviceNav")} className="ml-auto flex items-center gap-2 sm:ml-0">
          <LanguageSwitch />
          <Link
            href={signedIn ? "/account" : "/sign-in"}
            className="rounded-full px-3 py-1.5 text-sm font-medium hover:bg-paper"
          >
            {signedIn ? t("account") : t("signIn")}
          </Link>
          <Link
            href="/cart"
            className="flex items-center gap-1.5 rounded-full bg-brass-soft px-3 py-1.5 text-sm font-medium text-ink hover:bg-brass hover:text-white"
            aria-label={t("cartWithCount", { count: cartCount })}
          >
            <svg
              aria-hidden="true"
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M6 7h12l-1.2 11.2a2 2 0 0 1-2 1.8H9.2a2 2 0 0 1-2-1.8L6 7Z" />
              <path d="M9 7V6a3 3 0 0 1 6 0v1" />
            </svg>
            <span>{t("cart")}</span>
            <span className="min-w-5 rounded-full bg-ink px-1.5 text-center text-xs text-white">
              {cartCount}
            </span>
          </Link>
        </nav>
      </div>
      <nav aria-label={t("categoryNav")} className="border-t border-line">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1.5 text-sm">
          {categories.map((c) => (
            <li key={c.id} className="shrink-0">
              <Link
                href={`/products?category=${c.slug}`}
                className="block rounded-full px-3 py-1.5 text-ink-soft hover:bg-paper hover:text-ink"
              >
                {locale === "de" ? c.nameDe : c.nameEn}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
