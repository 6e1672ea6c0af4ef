import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/lib/ui/cn";
import { PERIOD_PRESETS, type InsightsPeriod } from "@/lib/insights/period";
import { dateOf } from "./dates";

/** The period presets as links (`?period=30`), the current one marked for assistive technology. */
export async function PeriodChooser({ period }: { period: InsightsPeriod }) {
  const [t, format] = await Promise.all([getTranslations("adminInsights"), getFormatter()]);
  const day = (iso: string) => format.dateTime(dateOf(iso), { dateStyle: "medium" });
  return (
    <nav aria-labelledby="insights-period-label" className="flex flex-col gap-2">
      <p id="insights-period-label" className="text-sm font-semibold">
        {t("period.legend")}
        <span className="ml-2 font-normal text-ink-soft">
          {t("period.range", { from: day(period.from), to: day(period.to) })}
        </span>
      </p>
      <ul className="flex flex-wrap gap-2">
        {PERIOD_PRESETS.map((days) => {
          const current = days === period.days;
          return (
            <li key={days}>
              <Link
                href={`/admin/insights?period=${days}`}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-block rounded-full border px-4 py-2 text-sm font-semibold",
                  current
                    ? "border-ink bg-ink text-white"
                    : "border-line bg-card text-ink hover:bg-paper",
                )}
              >
                {t("period.option", { days })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
