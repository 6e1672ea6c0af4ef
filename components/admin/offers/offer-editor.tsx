import { getMessages, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { AppLocale } from "@/lib/i18n/locale";
import { listFocusCategories, type OfferDetail } from "@/lib/offers/admin";
import { toBerlinInput } from "@/lib/offers/input";
import { listTargetableSegments } from "@/lib/personalization/segments/admin";
import { OfferForm } from "./offer-form";
import type { OfferDraft, ShopperOfferTexts } from "./offer-preview";

async function shopperTexts(locale: AppLocale): Promise<ShopperOfferTexts> {
  const messages = (await getMessages({ locale })) as {
    personalization: { offers: ShopperOfferTexts };
  };
  return messages.personalization.offers;
}

/** Loads what the editor offers to choose from (segments with their size now, categories). */
export async function OfferEditor({
  offerId,
  initial,
  locale,
  bonusName,
}: {
  offerId: string | null;
  initial: OfferDraft;
  locale: AppLocale;
  bonusName: { de: string; en: string } | null;
}) {
  const db = await getDb();
  const [t, segments, categories, de, en] = await Promise.all([
    getTranslations("adminOffers"),
    listTargetableSegments(db, new Date()),
    listFocusCategories(db),
    shopperTexts("de"),
    shopperTexts("en"),
  ]);
  return (
    <OfferForm
      offerId={offerId}
      initial={initial}
      segments={segments.map((s) => ({
        id: s.id,
        name: locale === "de" ? s.nameDe : s.nameEn,
        targetable: s.targetable,
        // Sizes only rounded to tens (P6).
        sizeText: s.label.kind === "about" ? t("sizeAbout", { value: s.label.value }) : "",
      }))}
      categories={categories.map((c) => ({
        id: c.id,
        name: locale === "de" ? c.nameDe : c.nameEn,
      }))}
      shopperTexts={{ de, en }}
      bonusName={bonusName}
    />
  );
}

const euros = (cents: number) => (cents / 100).toFixed(2);

/** A saved offer as form values (Berlin time, euros). */
export function offerDraft(offer: OfferDetail): OfferDraft {
  return {
    nameDe: offer.nameDe,
    nameEn: offer.nameEn,
    descriptionDe: offer.descriptionDe,
    descriptionEn: offer.descriptionEn,
    kind: offer.kind,
    value:
      offer.kind === "percent"
        ? String(offer.value)
        : offer.kind === "fixed"
          ? euros(offer.value)
          : "",
    bonusSku: offer.bonusSku ?? "",
    target: offer.target,
    segmentId: offer.segmentId ?? "",
    focusCategoryId: offer.focusCategoryId ?? "",
    voucher: offer.voucherCode ?? "",
    startsAt: toBerlinInput(offer.startsAt),
    endsAt: toBerlinInput(offer.endsAt),
    budget: offer.budgetCents === null ? "" : euros(offer.budgetCents),
    minOrder: offer.minOrderCents > 0 ? euros(offer.minOrderCents) : "",
  };
}

/** A new offer starts tomorrow at midnight and runs for two weeks. */
export function newOfferDraft(now: Date): OfferDraft {
  const day = 24 * 60 * 60 * 1000;
  return {
    kind: "percent",
    target: "everyone",
    startsAt: `${toBerlinInput(new Date(now.getTime() + day)).slice(0, 10)}T00:00`,
    endsAt: `${toBerlinInput(new Date(now.getTime() + 15 * day)).slice(0, 10)}T00:00`,
  };
}
