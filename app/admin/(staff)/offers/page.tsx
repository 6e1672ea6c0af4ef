import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OffersTable } from "@/components/admin/offers/offers-table";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { listOffersForAdmin } from "@/lib/offers/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOffers"))("title") };
}

/** Marketers and admins: every offer with status, target, validity, budget and redemptions. */
export default async function OffersPage() {
  await requireRole(["marketer", "admin"], "/admin/offers");
  const [t, rawLocale, offers] = await Promise.all([
    getTranslations("adminOffers"),
    getLocale(),
    getDb().then(listOffersForAdmin),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-display text-3xl">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-ink-soft">{t("intro")}</p>
        </div>
        <Link
          href="/admin/offers/new"
          className="rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
        >
          {t("newOffer")}
        </Link>
      </header>
      <section aria-labelledby="offers-list-title" className="flex flex-col gap-3">
        <h2 id="offers-list-title" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <OffersTable offers={offers} locale={locale} />
      </section>
    </div>
  );
}
