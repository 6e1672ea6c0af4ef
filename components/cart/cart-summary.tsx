import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";
import type { Totals } from "@/lib/pricing/totals";
import type { AppliedVoucher } from "@/lib/cart/types";
import { AutomatedPriceNote } from "@/components/personalization/automated-price-note";

/** The totals for standard shipping, with the VAT each rate contains (computed by computeTotals). */
export function CartSummary({
  totals,
  voucher,
  locale,
}: {
  totals: Totals;
  voucher: AppliedVoucher | null;
  locale: AppLocale;
}) {
  const t = useTranslations("cart.summary");
  const tv = useTranslations("cart.voucher");
  const money = (cents: number) => formatMoney(cents, locale);
  const percent = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 });
  const row = "flex justify-between gap-4";
  return (
    <section aria-labelledby="cart-summary-heading" className="space-y-3">
      <h2 id="cart-summary-heading" className="font-display text-xl">
        {t("heading")}
      </h2>
      <dl className="space-y-1.5 text-sm">
        <div className={row}>
          <dt>{t("subtotal")}</dt>
          <dd>{money(totals.subtotalCents)}</dd>
        </div>
        {totals.discountCents > 0 && voucher ? (
          <div className={`${row} text-moss`}>
            <dt>
              {t("discount", { code: voucher.code })}
              {voucher.automated ? <AutomatedPriceNote /> : null}
            </dt>
            <dd>−{money(totals.discountCents)}</dd>
          </div>
        ) : null}
        <div className={row}>
          <dt>{t("shipping")}</dt>
          <dd>{totals.shippingCents === 0 ? t("free") : money(totals.shippingCents)}</dd>
        </div>
        <div className={`${row} border-t border-line pt-2 text-base font-semibold`}>
          <dt>
            {t("total")} <span className="text-xs font-normal">{t("vatIncluded")}</span>
          </dt>
          <dd>{money(totals.totalCents)}</dd>
        </div>
        {totals.vatLines.map((line) => (
          <div key={line.rate} className={`${row} text-xs text-ink-soft`}>
            <dt>{t("vatLine", { rate: percent.format(line.rate / 100) })}</dt>
            <dd>{money(line.vatCents)}</dd>
          </div>
        ))}
      </dl>
      {voucher && !totals.discountApplied ? (
        <p className="text-sm text-sale">
          {tv("minHint", {
            min: money(voucher.discount.minOrderCents),
            missing: money(Math.max(0, voucher.discount.minOrderCents - totals.subtotalCents)),
          })}
        </p>
      ) : null}
      <p className="text-sm">
        {totals.shippingCents > 0 && totals.missingForFreeShippingCents > 0
          ? t("missingForFreeShipping", { amount: money(totals.missingForFreeShippingCents) })
          : t("freeShipping")}
      </p>
      <p className="text-xs text-ink-soft">{t("shippingChoice")}</p>
    </section>
  );
}
