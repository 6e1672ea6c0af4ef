import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  isoWeekNumber,
  latestWeekWithDecisions,
  REPORT_PURPOSES,
  type PeriodProblem,
  type PeriodTotals,
  type ReportPeriod,
  type WeeklyConsentRates,
} from "@/lib/consent/reporting";
import { ConsentRateChart, type ConsentRatePoint } from "./consent-rate-chart";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** A calendar date (`YYYY-MM-DD`) as a Date that formats to the same day in any time zone used. */
const dateOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/**
 * Section 1 of /admin/consent: the period form, the totals, the chart and the same numbers as a
 * table. Nothing personal: counts and shares only.
 */
export async function ConsentRates({
  period,
  problem,
  weeks,
  totals,
}: {
  period: ReportPeriod;
  problem: PeriodProblem | null;
  weeks: WeeklyConsentRates[];
  totals: PeriodTotals;
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("consentAdmin"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (isoDate: string) => format.dateTime(dateOf(isoDate), { dateStyle: "medium" });
  const shortDay = (isoDate: string) =>
    format.dateTime(dateOf(isoDate), { day: "numeric", month: "short" });
  const pct = (value: number | null) =>
    value === null
      ? null
      : format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  const range = { from: day(period.from), to: day(period.to) };
  const purposeName = (purpose: (typeof REPORT_PURPOSES)[number]) => t(`purposes.${purpose}`);

  const latest = latestWeekWithDecisions(weeks);
  const summary = t("rates.chartSummary", {
    ...range,
    latest: latest
      ? t("rates.chartLatest", {
          week: day(latest.week),
          values: REPORT_PURPOSES.map(
            (purpose) => `${purposeName(purpose)} ${pct(latest.rates[purpose]) ?? "–"}`,
          ).join(", "),
        })
      : t("rates.chartEmpty"),
  });
  const data: ConsentRatePoint[] = weeks.map((week) => ({
    label: shortDay(week.week),
    ...week.rates,
  }));
  const series = REPORT_PURPOSES.map((key) => ({ key, name: purposeName(key) }));
  const problemId = "consent-period-problem";

  return (
    <section aria-labelledby="consent-rates-title" className="flex flex-col gap-4">
      <div>
        <h2 id="consent-rates-title" className="text-lg font-semibold">
          {t("rates.title")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-soft">{t("rates.intro")}</p>
      </div>

      <form method="get" className="rounded-2xl border border-line bg-card p-4">
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="mb-2 text-sm font-semibold">{t("period.legend")}</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="consent-from" className="text-sm font-medium">
              {t("period.from")}
            </label>
            <input
              id="consent-from"
              name="from"
              type="date"
              defaultValue={period.from}
              aria-describedby={
                problem ? `consent-period-hint ${problemId}` : "consent-period-hint"
              }
              aria-invalid={problem ? true : undefined}
              className="rounded-lg border border-line bg-card px-3 py-2"
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="consent-to" className="text-sm font-medium">
              {t("period.to")}
            </label>
            <input
              id="consent-to"
              name="to"
              type="date"
              defaultValue={period.to}
              aria-describedby={
                problem ? `consent-period-hint ${problemId}` : "consent-period-hint"
              }
              aria-invalid={problem ? true : undefined}
              className="rounded-lg border border-line bg-card px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="rounded-full bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/90"
          >
            {t("period.submit")}
          </button>
          <p id="consent-period-hint" className="w-full text-xs text-ink-soft">
            {t("period.hint")}
          </p>
          {problem ? (
            <p id={problemId} role="alert" className="w-full text-sm text-sale">
              {t(`period.${problem}`)}
            </p>
          ) : null}
        </fieldset>
      </form>

      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-2xl border border-line bg-card p-4">
          <dt className="text-sm text-ink-soft">{t("rates.periodTerm")}</dt>
          <dd className="mt-1 font-semibold">{t("rates.range", range)}</dd>
        </div>
        <div className="rounded-2xl border border-line bg-card p-4">
          <dt className="text-sm text-ink-soft">{t("rates.decisions")}</dt>
          <dd className="mt-1 text-2xl font-semibold">{format.number(totals.decisions)}</dd>
        </div>
        <div className="rounded-2xl border border-line bg-card p-4">
          <dt className="text-sm text-ink-soft">{t("rates.gpcShare")}</dt>
          <dd className="mt-1 text-2xl font-semibold">
            {totals.gpcShare === null
              ? "–"
              : t("rates.gpcValue", {
                  share: pct(totals.gpcShare) ?? "–",
                  count: format.number(totals.gpc),
                })}
          </dd>
        </div>
      </dl>

      {totals.decisions === 0 ? <p className="text-ink-soft">{t("rates.noDecisions")}</p> : null}

      <ConsentRateChart data={data} series={series} locale={locale} summary={summary} />

      <ScrollRegion
        label={t("rates.caption", range)}
        className="rounded-2xl border border-line bg-card"
      >
        <table className="w-full text-left text-sm">
          <caption className="px-3 py-2 text-left font-semibold">
            {t("rates.caption", range)}
          </caption>
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("rates.week")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("rates.decisions")}
              </th>
              {REPORT_PURPOSES.map((purpose) => (
                <th key={purpose} scope="col" className="px-3 py-2 text-right">
                  {purposeName(purpose)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">
                {t("rates.gpc")}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week} className="border-t border-line">
                <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                  <time dateTime={week.week}>
                    {t("rates.weekLabel", {
                      number: isoWeekNumber(week.week),
                      date: day(week.week),
                    })}
                  </time>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">
                  {format.number(week.decisions)}
                </td>
                {week.decisions === 0 ? (
                  <td colSpan={REPORT_PURPOSES.length + 1} className="px-3 py-2 text-ink-soft">
                    {t("rates.none")}
                  </td>
                ) : (
                  <>
                    {REPORT_PURPOSES.map((purpose) => (
                      <td key={purpose} className="px-3 py-2 text-right tabular-nums">
                        {pct(week.rates[purpose])}
                      </td>
                    ))}
                    <td className="px-3 py-2 text-right tabular-nums">{pct(week.gpcShare)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
