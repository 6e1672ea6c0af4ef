import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatMoney } from "@/lib/format/money";
import { pickOffers } from "@/lib/personalization/surfaces";
import type { PersonalOffer } from "@/lib/personalization/offers";
import { OfferActions } from "./offer-actions";
import { WhyPanel } from "./why-panel";

/**
 * "Your offers": segment and personal offers, only with personalization allowed (P1). An offer the
 * engine chose says so (P4), and every one explains itself (P2).
 */
export async function PersonalOffers({ surface, heading }: { surface: string; heading: string }) {
  const [offers, t, rawLocale, format] = await Promise.all([
    pickOffers(surface),
    getTranslations("personalization.offers"),
    getLocale(),
    getFormatter(),
  ]);
  if (offers.length === 0) return null;
  const locale = rawLocale === "en" ? "en" : "de";
  const headingId = `offers-${surface}`;
  const terms = (offer: PersonalOffer) => {
    switch (offer.kind) {
      case "percent":
        return t("terms.percent", { value: offer.value });
      case "fixed":
        return t("terms.fixed", { amount: formatMoney(offer.value, locale) });
      case "free_shipping":
        return t("terms.freeShipping");
      case "bonus_product":
        return t("terms.bonus", { product: offer.bonusProduct?.name[locale] ?? "" });
    }
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-4 font-display text-2xl">
        {heading}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {offers.map((offer) => (
          <li key={offer.offerId} className="rounded-2xl border border-line bg-card p-4">
            <h3 className="font-semibold">{offer.name[locale]}</h3>
            <p className="mt-1 text-sm">{offer.description[locale]}</p>
            <p className="mt-2 text-sm font-semibold text-moss">{terms(offer)}</p>
            <p className="mt-1 text-xs text-ink-soft">
              {offer.minOrderCents > 0
                ? t("minOrder", { amount: formatMoney(offer.minOrderCents, locale) }) + " · "
                : ""}
              {t("validUntil", {
                date: format.dateTime(offer.endsAt, { day: "numeric", month: "long" }),
              })}
              {offer.voucherCode ? ` · ${t("code", { code: offer.voucherCode })}` : ""}
            </p>
            <p className="mt-2 rounded-lg bg-paper px-2 py-1 text-xs">
              {offer.automated ? t("automated") : t("segment")}
            </p>
            {offer.kind === "bonus_product" && offer.bonusProduct ? (
              <p className="mt-2 text-sm">
                <Link
                  href={`/products/${offer.bonusProduct.slug}`}
                  className="underline underline-offset-4"
                >
                  {offer.bonusProduct.name[locale]}
                </Link>
              </p>
            ) : null}
            <OfferActions offerId={offer.offerId} code={offer.voucherCode} />
          </li>
        ))}
      </ul>
      <WhyPanel
        signedIn
        items={offers.map((o) => ({ key: o.offerId, title: o.name[locale], reasons: o.reasons }))}
      />
    </section>
  );
}
