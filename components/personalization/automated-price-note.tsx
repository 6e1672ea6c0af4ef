import { useTranslations } from "next-intl";

/**
 * CRD Art. 6(1)(ea), P4: a price or discount set by automated personalization says so next to the
 * price, in the cart and again at checkout.
 */
export function AutomatedPriceNote() {
  const t = useTranslations("personalization");
  return (
    <span className="mt-0.5 block text-xs font-normal text-ink-soft">{t("automatedPrice")}</span>
  );
}
