import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { newOfferDraft, OfferEditor } from "@/components/admin/offers/offer-editor";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOffers"))("newTitle") };
}

export default async function NewOfferPage() {
  await requireRole(["marketer", "admin"], "/admin/offers/new");
  const [t, rawLocale] = await Promise.all([getTranslations("adminOffers"), getLocale()]);
  return (
    <div className="flex flex-col gap-8">
      <header>
        <Link href="/admin/offers" className="text-sm underline underline-offset-4">
          {t("back")}
        </Link>
        <h1 id="offer-form-title" className="mt-2 font-display text-3xl">
          {t("newTitle")}
        </h1>
      </header>
      <OfferEditor
        offerId={null}
        initial={newOfferDraft(new Date())}
        locale={isLocale(rawLocale) ? rawLocale : "de"}
        bonusName={null}
      />
    </div>
  );
}
