import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { addDays } from "@/lib/consent/reporting";
import { forecastHoltWinters } from "@/lib/insights/forecast";
import type { CategoryUnits, ProductWindows } from "@/lib/insights/queries";
import { computeTrends, DEFAULT_MIN_VOLUME, trendWindows, type Trend } from "@/lib/insights/trends";
import { dateOf } from "./dates";
import { ForecastChart, type ForecastChartPoint } from "./forecast-chart";

export const FORECAST_WEEKS = 8;
/** Weeks of history drawn before the forecast; the model itself fits on all 52. */
const CHART_HISTORY_WEEKS = 12;

type Named = { nameDe: string; nameEn: string };

/** Rising and falling products and categories, and per category the 8-week forecast with band. */
export async function TrendsForecast({
  weeks,
  categories,
  products,
}: {
  /** Mondays of the 52 complete weeks, oldest first. */
  weeks: string[];
  categories: CategoryUnits[];
  products: ProductWindows[];
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("adminInsights"),
    getFormatter(),
    getLocale(),
  ]);
  const nameOf = (item: Named) => (locale === "en" ? item.nameEn : item.nameDe);
  const day = (iso: string) => format.dateTime(dateOf(iso), { dateStyle: "medium" });
  const short = (iso: string) => format.dateTime(dateOf(iso), { day: "numeric", month: "short" });
  const num = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const share = (value: number) =>
    format.number(value, { style: "percent", maximumFractionDigits: 1 });

  const categoryTrends = computeTrends(categories.map((c) => ({ ...c, ...trendWindows(c.units) })));
  const productTrends = computeTrends(products);

  const list = (id: string, title: string, items: (Trend & Named)[]) => (
    <div className="rounded-2xl border border-line bg-card p-4">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-ink-soft">{t("trends.none")}</p>
      ) : (
        <ol aria-labelledby={id} className="mt-2 flex flex-col gap-2 text-sm">
          {items.map((item) => (
            <li key={item.id}>
              <span className="font-medium">{nameOf(item)}</span>
              <br />
              <span className="text-ink-soft">
                {t("trends.item", {
                  previous: format.number(item.previous),
                  recent: format.number(item.recent),
                  change:
                    item.changeRatio === null
                      ? t("trends.new")
                      : format.number(item.changeRatio, {
                          style: "percent",
                          maximumFractionDigits: 0,
                          signDisplay: "exceptZero",
                        }),
                  previousShare: share(item.previousShare),
                  recentShare: share(item.recentShare),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );

  const lastWeek = weeks.at(-1);
  return (
    <section aria-labelledby="insights-trends-title" className="flex flex-col gap-6">
      <div>
        <h2 id="insights-trends-title" className="text-lg font-semibold">
          {t("trends.title")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-soft">
          {t("trends.intro", { minVolume: DEFAULT_MIN_VOLUME })}
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {list("trends-rising-products", t("trends.risingProducts"), productTrends.rising)}
        {list("trends-falling-products", t("trends.fallingProducts"), productTrends.falling)}
        {list("trends-rising-categories", t("trends.risingCategories"), categoryTrends.rising)}
        {list("trends-falling-categories", t("trends.fallingCategories"), categoryTrends.falling)}
      </div>

      <div className="flex flex-col gap-4">
        <h3 className="font-semibold">{t("forecast.title")}</h3>
        <p className="max-w-3xl text-sm text-ink-soft">{t("forecast.method")}</p>
        {categories.length === 0 || !lastWeek ? (
          <p className="text-ink-soft">{t("forecast.empty")}</p>
        ) : (
          categories.map((category) => {
            const name = nameOf(category);
            const forecast = forecastHoltWinters(category.units, FORECAST_WEEKS);
            const futureWeek = (step: number) => addDays(lastWeek, 7 * step);
            const historyStart = weeks.length - CHART_HISTORY_WEEKS;
            const history: ForecastChartPoint[] = weeks.slice(historyStart).map((week, i) => {
              const actual = category.units[historyStart + i] ?? 0;
              const last = historyStart + i === weeks.length - 1;
              // The last observed week also starts the forecast line, so the two lines join.
              return { label: short(week), actual, forecast: last ? actual : null, band: null };
            });
            const ahead: ForecastChartPoint[] = forecast.points.map((point) => ({
              label: short(futureWeek(point.step)),
              actual: null,
              forecast: point.value,
              band: [point.lower, point.upper],
            }));
            const first = forecast.points[0];
            const final = forecast.points.at(-1);
            const headingId = `forecast-${category.id}`;
            return (
              <article
                key={category.id}
                aria-labelledby={headingId}
                className="flex flex-col gap-3 rounded-2xl border border-line p-4"
              >
                <h4 id={headingId} className="font-semibold">
                  {t("forecast.categoryTitle", { name })}
                </h4>
                <ForecastChart
                  data={[...history, ...ahead]}
                  locale={locale}
                  names={{
                    actual: t("forecast.actual"),
                    forecast: t("forecast.forecast"),
                    band: t("forecast.band"),
                  }}
                  summary={t("forecast.chartSummary", {
                    name,
                    history: CHART_HISTORY_WEEKS,
                    horizon: FORECAST_WEEKS,
                    first: num(first?.value ?? 0),
                    last: num(final?.value ?? 0),
                  })}
                />
                <p className="text-xs text-ink-soft">
                  {forecast.seasonLength === 0
                    ? t("forecast.fitNoSeason")
                    : t("forecast.fit", {
                        alpha: num(forecast.params.alpha),
                        beta: num(forecast.params.beta),
                        gamma: num(forecast.params.gamma),
                        sigma: num(forecast.sigma),
                      })}
                </p>
                <details className="rounded-2xl border border-line bg-card">
                  <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">
                    {t("forecast.showTable")}
                  </summary>
                  <ScrollRegion label={t("forecast.caption", { name })}>
                    <table className="w-full text-left text-sm">
                      <caption className="sr-only">{t("forecast.caption", { name })}</caption>
                      <thead className="bg-paper">
                        <tr>
                          <th scope="col" className="px-3 py-2">
                            {t("forecast.week")}
                          </th>
                          <th scope="col" className="px-3 py-2 text-right">
                            {t("forecast.forecast")}
                          </th>
                          <th scope="col" className="px-3 py-2 text-right">
                            {t("forecast.lower")}
                          </th>
                          <th scope="col" className="px-3 py-2 text-right">
                            {t("forecast.upper")}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {forecast.points.map((point) => (
                          <tr key={point.step} className="border-t border-line">
                            <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                              <time dateTime={futureWeek(point.step)}>
                                {day(futureWeek(point.step))}
                              </time>
                            </th>
                            <td className="px-3 py-2 text-right tabular-nums">
                              {num(point.value)}
                            </td>
                            <td className="px-3 py-2 text-right tabular-nums">
                              {num(point.lower)}
                            </td>
                            <td className="px-3 py-2 text-right tabular-nums">
                              {num(point.upper)}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollRegion>
                </details>
              </article>
            );
          })
        )}
      </div>
    </section>
  );
}
