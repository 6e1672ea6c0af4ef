import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { KpiCards } from "@/components/admin/insights/kpi-cards";
import { PeriodChooser } from "@/components/admin/insights/period-chooser";
import { RevenueSection } from "@/components/admin/insights/revenue-section";
import { TopSellers } from "@/components/admin/insights/top-sellers";
import { TrendsForecast } from "@/components/admin/insights/trends-forecast";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { berlinDate } from "@/lib/consent/reporting";
import { parseInsightsPeriod } from "@/lib/insights/period";
import {
  getConsentedConversion,
  getConsentRateSummary,
  getSalesSummary,
  listProductTrendWindows,
  listRevenueSeries,
  listTopCategories,
  listTopProducts,
  listWeeklyCategoryUnits,
} from "@/lib/insights/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminInsights"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The marketers' insights (P6): totals, rankings, trends and forecasts. Aggregates only, so no
 * audit entry is needed: nothing here reads one person's data (S9 covers that kind of access).
 */
export default async function InsightsPage({ searchParams }: Props) {
  await requireRole(["marketer", "admin"], "/admin/insights");
  await connection();
  const params = await searchParams;
  const today = berlinDate(new Date());
  const period = parseInsightsPeriod(params.period, today);
  const db = await getDb();

  const [
    t,
    sales,
    series,
    topProducts,
    topCategories,
    weekly,
    productWindows,
    conversion,
    consent,
  ] = await Promise.all([
    getTranslations("adminInsights"),
    getSalesSummary(db, period),
    listRevenueSeries(db, period),
    listTopProducts(db, period),
    listTopCategories(db, period),
    listWeeklyCategoryUnits(db, today),
    listProductTrendWindows(db, today),
    getConsentedConversion(db, period),
    getConsentRateSummary(db, period),
  ]);

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-4">
        <div>
          <h1 className="font-display text-3xl">{t("title")}</h1>
          <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
        </div>
        <PeriodChooser period={period} />
      </header>
      <KpiCards sales={sales} conversion={conversion} consent={consent} />
      <RevenueSection period={period} series={series} />
      <TopSellers kind="products" items={topProducts} />
      <TopSellers kind="categories" items={topCategories} />
      <TrendsForecast
        weeks={weekly.weeks}
        categories={weekly.categories}
        products={productWindows}
      />
    </div>
  );
}
