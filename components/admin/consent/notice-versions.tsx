import { getFormatter, getTranslations } from "next-intl/server";
import type { NoticeVersionUse } from "@/lib/consent/reporting";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Section 2 of /admin/consent: every notice version in the ledger, the current one marked (C9). */
export async function NoticeVersions({
  versions,
}: {
  versions: (NoticeVersionUse & { current: boolean })[];
}) {
  const [t, format] = await Promise.all([getTranslations("consentAdmin"), getFormatter()]);
  const when = (date: Date | null) =>
    date ? (
      <time dateTime={date.toISOString()}>
        {format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}
      </time>
    ) : (
      <span className="text-ink-soft">{t("versions.notYetUsed")}</span>
    );
  return (
    <section aria-labelledby="consent-versions-title" className="flex flex-col gap-3">
      <div>
        <h2 id="consent-versions-title" className="text-lg font-semibold">
          {t("versions.title")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-soft">{t("versions.intro")}</p>
      </div>
      <ScrollRegion
        label={t("versions.caption")}
        className="rounded-2xl border border-line bg-card"
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("versions.caption")}</caption>
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("versions.version")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("versions.firstUsed")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("versions.lastUsed")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("versions.decisions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version} className="border-t border-line">
                <th scope="row" className="px-3 py-2 font-normal">
                  <code className="font-mono">{version.version}</code>
                  {version.current ? (
                    <span className="ml-2 rounded-full bg-brass-soft px-2 py-0.5 text-xs font-semibold text-ink">
                      {t("versions.current")}
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2 whitespace-nowrap">{when(version.firstUsedAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{when(version.lastUsedAt)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {format.number(version.decisions)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
