import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { RetentionRun } from "@/lib/privacy/sweep/runs";

type Props = {
  latest: RetentionRun[];
  recent: RetentionRun[];
  /** The data map's name of each table, by SQL name. */
  labels: Record<string, string>;
};

const head = "px-3 py-2";
const cell = "px-3 py-2";
const number = "px-3 py-2 text-right tabular-nums";

/** The sweep's log (retention_runs): the latest run of each table and the most recent runs. */
export async function RetentionRuns({ latest, recent, labels }: Props) {
  const [t, format] = await Promise.all([getTranslations("privacyRetention"), getFormatter()]);
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>
      {format.dateTime(date, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "Europe/Berlin",
      })}
    </time>
  );
  const cutoff = (date: Date | null) =>
    date ? when(date) : <span className="text-ink-soft">{t("withParent")}</span>;
  const table = (name: string) => (
    <>
      {labels[name] ?? name}
      <code className="ml-2 font-mono text-xs text-ink-soft">{name}</code>
    </>
  );

  return (
    <>
      <section aria-labelledby="retention-latest-title" className="flex flex-col gap-3">
        <h2 id="retention-latest-title" className="text-lg font-semibold">
          {t("latest.title")}
        </h2>
        {latest.length === 0 ? (
          <p className="text-ink-soft">{t("latest.none")}</p>
        ) : (
          <ScrollRegion
            label={t("latest.caption")}
            className="rounded-2xl border border-line bg-card"
          >
            <table className="w-full min-w-[40rem] text-left text-sm">
              <caption className="sr-only">{t("latest.caption")}</caption>
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className={head}>
                    {t("latest.table")}
                  </th>
                  <th scope="col" className={head}>
                    {t("latest.ranAt")}
                  </th>
                  <th scope="col" className={`${head} text-right`}>
                    {t("latest.removed")}
                  </th>
                  <th scope="col" className={`${head} text-right`}>
                    {t("latest.changed")}
                  </th>
                  <th scope="col" className={head}>
                    {t("latest.cutoff")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {latest.map((run) => (
                  <tr key={run.id} className="border-t border-line">
                    <th scope="row" className={`${cell} font-normal`}>
                      {table(run.table)}
                    </th>
                    <td className={`${cell} whitespace-nowrap`}>{when(run.ranAt)}</td>
                    <td className={number}>{format.number(run.removed)}</td>
                    <td className={number}>{format.number(run.changed)}</td>
                    <td className={`${cell} whitespace-nowrap`}>{cutoff(run.cutoff)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section aria-labelledby="retention-recent-title" className="flex flex-col gap-3">
        <h2 id="retention-recent-title" className="text-lg font-semibold">
          {t("recent.title", { count: recent.length })}
        </h2>
        {recent.length === 0 ? (
          <p className="text-ink-soft">{t("recent.none")}</p>
        ) : (
          <ScrollRegion
            label={t("recent.caption")}
            className="rounded-2xl border border-line bg-card"
          >
            <table className="w-full min-w-[48rem] text-left text-sm">
              <caption className="sr-only">{t("recent.caption")}</caption>
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className={head}>
                    {t("recent.ranAt")}
                  </th>
                  <th scope="col" className={head}>
                    {t("recent.table")}
                  </th>
                  <th scope="col" className={`${head} text-right`}>
                    {t("recent.removed")}
                  </th>
                  <th scope="col" className={`${head} text-right`}>
                    {t("recent.changed")}
                  </th>
                  <th scope="col" className={head}>
                    {t("recent.cutoff")}
                  </th>
                  <th scope="col" className={head}>
                    {t("recent.job")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {recent.map((run) => (
                  <tr key={run.id} className="border-t border-line">
                    <td className={`${cell} whitespace-nowrap`}>{when(run.ranAt)}</td>
                    <th scope="row" className={`${cell} font-normal`}>
                      {table(run.table)}
                    </th>
                    <td className={number}>{format.number(run.removed)}</td>
                    <td className={number}>{format.number(run.changed)}</td>
                    <td className={`${cell} whitespace-nowrap`}>{cutoff(run.cutoff)}</td>
                    <td className={cell}>
                      <code className="font-mono text-xs" title={run.jobId}>
                        {run.jobId.slice(0, 8)}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}
