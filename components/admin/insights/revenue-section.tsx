import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import type { InsightsPeriod } from "@/lib/insights/period";
import type { RevenuePoint } from "@/lib/insights/queries";
import { dateOf } from "./dates";
import { InsightsBarChart } from "./insights-bar-chart";

/** Revenue per day (or week) as a chart, and the same numbers as a table. */
export async function RevenueSection({
  period,
  series,
}: {
  period: InsightsPeriod;
  series: RevenuePoint[];
}) {
  const [t, format, rawLocale] = await Promise.all([
    getTranslations("adminInsights"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = rawLocale as AppLocale;
  const day = (iso: string) => format.dateTime(dateOf(iso), { dateStyle: "medium" });
  const short = (iso: string) => format.dateTime(dateOf(iso), { day: "numeric", month: "short" });
  const title = period.bucket === "week" ? t("revenue.perWeek") : t("revenue.perDay");
  const total = series.reduce((sum, point) => sum + point.revenueCents, 0);
  const range = { from: day(period.from), to: day(period.to) };
  return (
    <section aria-labelledby="insights-revenue-title" className="flex flex-col gap-4">
      <h2 id="insights-revenue-title" className="text-lg font-semibold">
        {t("revenue.title")}
      </h2>
      <InsightsBarChart
        data={series.map((point) => ({
          label: short(point.start),
          valueCents: point.revenueCents,
        }))}
        locale={locale}
        summary={t("revenue.chartSummary", { title, ...range, total: formatMoney(total, locale) })}
      />
      <details className="rounded-2xl border border-line bg-card">
        <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">
          {t("revenue.showTable")}
        </summary>
        <ScrollRegion label={t("revenue.caption", { title, ...range })}>
          <table className="w-full text-left text-sm">
            <caption className="px-3 py-2 text-left font-semibold">
              {t("revenue.caption", { title, ...range })}
            </caption>
            <thead className="bg-paper">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {period.bucket === "week" ? t("revenue.week") : t("revenue.day")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("revenue.revenue")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("revenue.orders")}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((point) => (
                <tr key={point.start} className="border-t border-line">
                  <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                    <time dateTime={point.start}>{day(point.start)}</time>
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatMoney(point.revenueCents, locale)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {format.number(point.orders)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </section>
  );
}
