import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import type { OfferResults as Results } from "@/lib/offers/admin";

/** An offer's results as totals: no customer appears (marketers see aggregates only). */
export async function OfferResults({ results, locale }: { results: Results; locale: AppLocale }) {
  const [t, format] = await Promise.all([getTranslations("adminOffers"), getFormatter()]);
  const budget =
    results.budgetCents === null
      ? t("noBudget")
      : `${t("budgetUsed", {
          spent: formatMoney(results.spentCents, locale),
          budget: formatMoney(results.budgetCents, locale),
        })} (${format.number(results.budgetUsed ?? 0, { style: "percent", maximumFractionDigits: 1 })})`;
  const rows: [string, string][] = [
    [t("results.redemptions"), format.number(results.redemptions)],
    [t("results.discount"), formatMoney(results.discountCents, locale)],
    [t("results.revenue"), formatMoney(results.revenueCents, locale)],
    [t("results.budget"), budget],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label} className="rounded-2xl border border-line bg-card p-4">
          <dt className="text-sm text-ink-soft">{label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
