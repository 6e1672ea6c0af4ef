import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OfferEditor, offerDraft } from "@/components/admin/offers/offer-editor";
import { OfferResults } from "@/components/admin/offers/offer-results";
import { OfferStatusButtons } from "@/components/admin/offers/offer-status-buttons";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { getOfferForAdmin, offerResults } from "@/lib/offers/admin";
import { availableCommands } from "@/lib/offers/status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOffers"))("editTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One offer: status buttons, results (totals only), the editor and the shopper's preview. */
export default async function OfferPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireRole(["marketer", "admin"], `/admin/offers/${id}`);
  if (!UUID.test(id)) notFound();
  const db = await getDb();
  const [t, rawLocale, offer, results, query] = await Promise.all([
    getTranslations("adminOffers"),
    getLocale(),
    getOfferForAdmin(db, id),
    offerResults(db, id),
    searchParams,
  ]);
  if (!offer || !results) notFound();
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <div className="flex flex-col gap-10">
      <header>
        <Link href="/admin/offers" className="text-sm underline underline-offset-4">
          {t("back")}
        </Link>
        <h1 className="mt-2 font-display text-3xl">
          {locale === "de" ? offer.nameDe : offer.nameEn}
        </h1>
        {query.created ? (
          <p
            role="status"
            className="mt-3 rounded-lg border border-moss bg-card px-3 py-2 text-sm text-moss"
          >
            {t("created")}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="offer-status-title" className="flex flex-col gap-3">
        <h2 id="offer-status-title" className="text-lg font-semibold">
          {t("statusTitle")}
        </h2>
        <p>{t("currentStatus", { status: t(`status.${offer.status}`) })}</p>
        <OfferStatusButtons offerId={offer.id} commands={availableCommands(offer.status)} />
      </section>

      <section aria-labelledby="offer-results-title" className="flex flex-col gap-3">
        <h2 id="offer-results-title" className="text-lg font-semibold">
          {t("resultsTitle")}
        </h2>
        <p className="text-sm text-ink-soft">{t("resultsIntro")}</p>
        <OfferResults results={results} locale={locale} />
      </section>

      <section aria-labelledby="offer-form-title" className="flex flex-col gap-4">
        <h2 id="offer-form-title" className="text-lg font-semibold">
          {t("editTitle")}
        </h2>
        <OfferEditor
          offerId={offer.id}
          initial={offerDraft(offer)}
          locale={locale}
          bonusName={offer.bonusName}
        />
      </section>
    </div>
  );
}
