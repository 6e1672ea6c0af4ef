import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import type { RankedItem } from "@/lib/insights/queries";
import { InsightsBarChart } from "./insights-bar-chart";

/** The top 10 products or categories by revenue: a bar chart and the same numbers as a table. */
export async function TopSellers({
  kind,
  items,
}: {
  kind: "products" | "categories";
  items: RankedItem[];
}) {
  const [t, format, rawLocale] = await Promise.all([
    getTranslations("adminInsights"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = rawLocale as AppLocale;
  const name = (item: RankedItem) =>
    item.id === null ? t("top.deleted") : locale === "en" ? item.nameEn : item.nameDe;
  const title = kind === "products" ? t("top.productsTitle") : t("top.categoriesTitle");
  const id = `insights-top-${kind}`;
  const leader = items[0];
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {leader ? (
        <>
          <InsightsBarChart
            ranking
            data={items.map((item) => ({ label: name(item), valueCents: item.revenueCents }))}
            locale={locale}
            summary={t(kind === "products" ? "top.productsSummary" : "top.categoriesSummary", {
              name: name(leader),
              revenue: formatMoney(leader.revenueCents, locale),
            })}
          />
          <details className="rounded-2xl border border-line bg-card">
            <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">
              {t("top.showTable")}
            </summary>
            <ScrollRegion label={title}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{title}</caption>
                <thead className="bg-paper">
                  <tr>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("top.rank")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("top.name")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("top.units")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("top.revenue")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item, i) => (
                    <tr key={item.id ?? "deleted"} className="border-t border-line">
                      <td className="px-3 py-2 text-right tabular-nums">{i + 1}</td>
                      <th scope="row" className="px-3 py-2 font-normal">
                        {name(item)}
                        {item.sensitive ? (
                          <span className="ml-2 rounded-full bg-brass-soft px-2 py-0.5 text-xs font-semibold text-ink">
                            {t("top.sensitive")}
                          </span>
                        ) : null}
                      </th>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {format.number(item.units)}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatMoney(item.revenueCents, locale)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
          {items.some((item) => item.sensitive) ? (
            <p className="text-xs text-ink-soft">{t("top.sensitiveNote")}</p>
          ) : null}
        </>
      ) : (
        <p className="text-ink-soft">{t("top.empty")}</p>
      )}
    </section>
  );
}
