import type { AppLocale } from "@/lib/i18n/locale";
import { formatMoney } from "@/lib/format/money";
import { parseBerlinDateTime, parseEuros } from "@/lib/offers/input";

/** The shopper's own texts (namespace `personalization.offers`) of one language, unformatted. */
export type ShopperOfferTexts = {
  automated: string;
  segment: string;
  minOrder: string;
  validUntil: string;
  code: string;
  terms: { percent: string; fixed: string; freeShipping: string; bonus: string };
};

/** The form's current values, as typed. */
export type OfferDraft = Record<string, string>;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");

/**
 * The offer as a shopper sees it (the look of components/personalization/personal-offers.tsx),
 * with the disclosure it will carry: automated choice (P4) or customer group.
 */
export function OfferPreview({
  draft,
  locale,
  texts,
  heading,
  bonusName,
}: {
  draft: OfferDraft;
  locale: AppLocale;
  texts: ShopperOfferTexts;
  heading: string;
  bonusName: string | null;
}) {
  const name = (locale === "de" ? draft.nameDe : draft.nameEn) || "…";
  const description = locale === "de" ? draft.descriptionDe : draft.descriptionEn;
  const fixed = parseEuros(draft.value ?? "");
  const terms = (() => {
    switch (draft.kind) {
      case "percent":
        return fill(texts.terms.percent, { value: draft.value || "…" });
      case "fixed":
        return fill(texts.terms.fixed, { amount: fixed ? formatMoney(fixed, locale) : "…" });
      case "free_shipping":
        return texts.terms.freeShipping;
      case "bonus_product":
        return fill(texts.terms.bonus, { product: bonusName ?? (draft.bonusSku || "…") });
      default:
        return "";
    }
  })();
  const minOrder = parseEuros(draft.minOrder ?? "");
  const endsAt = parseBerlinDateTime(draft.endsAt ?? "");
  const details = [
    minOrder ? fill(texts.minOrder, { amount: formatMoney(minOrder, locale) }) : null,
    endsAt
      ? fill(texts.validUntil, {
          date: new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
            day: "numeric",
            month: "long",
            timeZone: "Europe/Berlin",
          }).format(endsAt),
        })
      : null,
    draft.voucher ? fill(texts.code, { code: draft.voucher.trim().toUpperCase() }) : null,
  ].filter(Boolean);
  const disclosure =
    draft.target === "personal"
      ? texts.automated
      : draft.target === "segment"
        ? texts.segment
        : null;
  return (
    <figure className="flex flex-col gap-2" lang={locale}>
      <figcaption className="text-xs font-semibold tracking-wide text-ink-soft uppercase">
        {heading}
      </figcaption>
      <div className="rounded-2xl border border-line bg-card p-4">
        <p className="font-semibold">{name}</p>
        {description ? <p className="mt-1 text-sm">{description}</p> : null}
        <p className="mt-2 text-sm font-semibold text-moss">{terms}</p>
        {details.length > 0 ? (
          <p className="mt-1 text-xs text-ink-soft">{details.join(" · ")}</p>
        ) : null}
        {disclosure ? (
          <p className="mt-2 rounded-lg bg-paper px-2 py-1 text-xs">{disclosure}</p>
        ) : null}
      </div>
    </figure>
  );
}
