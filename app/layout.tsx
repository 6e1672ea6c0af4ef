import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { listCategories } from "@/db/queries/catalog";
import { getCartItemCount } from "@/db/queries/cart";
import { ConsentBanner } from "@/components/consent/consent-dialog";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { CART_COOKIE } from "@/lib/cart/cookie";
import { getCurrentSession } from "@/lib/auth/session";
import { getConsentState } from "@/lib/consent/gate";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · Vitrine` },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1c2333" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page reads the database (categories, cart): never prerender at build time.
  await connection();
  const [locale, categories, cookieStore] = await Promise.all([
    getLocale(),
    listCategories(),
    cookies(),
  ]);
  const [cartCount, session, consent] = await Promise.all([
    getCartItemCount(cookieStore.get(CART_COOKIE)?.value),
    getCurrentSession(),
    getConsentState(),
  ]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider>
          <SiteHeader categories={categories} cartCount={cartCount} signedIn={session !== null} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
            {children}
          </main>
          <SiteFooter />
          {/* Decided on the server: returning visitors never see it flash (C1, C9). */}
          {consent.decided ? null : <ConsentBanner gpc={consent.gpc} />}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
