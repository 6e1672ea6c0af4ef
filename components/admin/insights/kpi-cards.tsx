import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { REPORT_PURPOSES } from "@/lib/consent/reporting";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import type { ConsentRateSummary, Conversion, SalesSummary } from "@/lib/insights/queries";

/** The key figures of the period and the consent rates, all of them totals or shares. */
export async function KpiCards({
  sales,
  conversion,
  consent,
}: {
  sales: SalesSummary;
  conversion: Conversion;
  consent: ConsentRateSummary;
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("adminInsights"),
    getFormatter(),
    getLocale(),
  ]);
  const pct = (value: number | null) =>
    value === null
      ? t("kpi.none")
      : format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  const card = "rounded-2xl border border-line bg-card p-4";
  return (
    <section aria-labelledby="insights-kpi-title" className="flex flex-col gap-4">
      <h2 id="insights-kpi-title" className="text-lg font-semibold">
        {t("kpi.title")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className={card}>
          <dt className="text-sm text-ink-soft">{t("kpi.revenue")}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">
            {formatMoney(sales.revenueCents, locale as AppLocale)}
          </dd>
          <dd className="mt-1 text-xs text-ink-soft">{t("kpi.revenueHint")}</dd>
        </div>
        <div className={card}>
          <dt className="text-sm text-ink-soft">{t("kpi.orders")}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">
            {format.number(sales.orders)}
          </dd>
        </div>
        <div className={card}>
          <dt className="text-sm text-ink-soft">{t("kpi.averageBasket")}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">
            {formatMoney(sales.averageBasketCents, locale as AppLocale)}
          </dd>
        </div>
        <div className={card}>
          <dt className="text-sm text-ink-soft">{t("kpi.returningRate")}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{pct(sales.returningRate)}</dd>
          <dd className="mt-1 text-xs text-ink-soft">
            {t("kpi.returningHint", {
              returning: format.number(sales.returningOrders),
              orders: format.number(sales.orders),
            })}
          </dd>
        </div>
        <div className={card}>
          <dt className="text-sm text-ink-soft">{t("kpi.conversion")}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{pct(conversion.rate)}</dd>
          <dd className="mt-1 text-xs text-ink-soft">
            {t("kpi.conversionHint", {
              buyers: format.number(conversion.buyers),
              visitors: format.number(conversion.visitors),
            })}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-ink-soft">{t("kpi.restrictedNote")}</p>

      <h3 className="font-semibold">{t("kpi.consentTitle")}</h3>
      <p className="-mt-2 text-xs text-ink-soft">
        {t("kpi.consentHint", { decisions: format.number(consent.decisions) })}
      </p>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {REPORT_PURPOSES.map((purpose) => (
          <div key={purpose} className={card}>
            <dt className="text-sm text-ink-soft">{t(`purposes.${purpose}`)}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">
              {pct(consent.rates[purpose])}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
