import { getFormatter, getTranslations } from "next-intl/server";
import type { LedgerSearchResult } from "@/db/queries/consent-admin";
import { REPORT_PURPOSES, type ReportPeriod, type SubjectQuery } from "@/lib/consent/reporting";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * Section 3 of /admin/consent: the GET form "Subject" and, after a search, that subject's
 * decisions newest first. The page has already written the audit entry for the search (S9).
 */
export async function LedgerSearch({
  raw,
  query,
  result,
  keepPeriod,
}: {
  /** What was typed, shown back in the field. */
  raw: string;
  query: SubjectQuery;
  result: LedgerSearchResult | null;
  /** The period in the URL, carried along so that searching keeps the chart's period. */
  keepPeriod: Partial<ReportPeriod>;
}) {
  const [t, format] = await Promise.all([getTranslations("consentAdmin"), getFormatter()]);
  const invalid = query.kind === "invalid";
  const describedBy = invalid
    ? "consent-subject-hint consent-subject-error"
    : "consent-subject-hint";
  return (
    <section aria-labelledby="consent-ledger-title" className="flex flex-col gap-4">
      <div>
        <h2 id="consent-ledger-title" className="text-lg font-semibold">
          {t("ledger.title")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-soft">{t("ledger.intro")}</p>
      </div>

      <form
        method="get"
        role="search"
        aria-labelledby="consent-ledger-title"
        className="flex max-w-2xl flex-col gap-2 rounded-2xl border border-line bg-card p-4"
      >
        {keepPeriod.from ? <input type="hidden" name="from" value={keepPeriod.from} /> : null}
        {keepPeriod.to ? <input type="hidden" name="to" value={keepPeriod.to} /> : null}
        <label htmlFor="consent-subject" className="text-sm font-medium">
          {t("ledger.label")}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="consent-subject"
            name="subject"
            type="search"
            defaultValue={raw}
            maxLength={254}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid ? true : undefined}
            className={`min-w-0 flex-1 rounded-lg border bg-card px-3 py-2 ${invalid ? "border-sale" : "border-line"}`}
          />
          <button
            type="submit"
            className="rounded-full bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/90"
          >
            {t("ledger.submit")}
          </button>
        </div>
        <p id="consent-subject-hint" className="text-xs text-ink-soft">
          {t("ledger.hint")}
        </p>
        {invalid ? (
          <p id="consent-subject-error" role="alert" className="text-sm text-sale">
            {t("ledger.invalid")}
          </p>
        ) : null}
      </form>

      {result && (query.kind === "subject_id" || query.kind === "email") ? (
        <div className="flex flex-col gap-3">
          <h3 className="font-semibold break-all">
            {t("ledger.resultsTitle", { query: query.value })}
          </h3>
          <div className="text-sm">
            <p>
              {t("ledger.count", { count: result.total })}{" "}
              {result.total > result.decisions.length
                ? t("ledger.truncated", { shown: result.decisions.length })
                : null}
            </p>
            <p className="text-ink-soft">
              {result.accountFound
                ? t("ledger.accountLinked")
                : query.kind === "email"
                  ? t("ledger.noAccount")
                  : t("ledger.guestOnly")}{" "}
              {t("ledger.logged")}
            </p>
          </div>
          {result.decisions.length > 0 ? (
            <ScrollRegion
              label={t("ledger.caption")}
              className="rounded-2xl border border-line bg-card"
            >
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("ledger.caption")}</caption>
                <thead className="bg-paper">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t("ledger.time")}
                    </th>
                    {query.kind === "email" ? (
                      <th scope="col" className="px-3 py-2">
                        {t("ledger.subject")}
                      </th>
                    ) : null}
                    <th scope="col" className="px-3 py-2">
                      {t("ledger.method")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("ledger.version")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("ledger.language")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("ledger.purposes")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("ledger.gpc")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.decisions.map((decision) => (
                    <tr key={decision.id} className="border-t border-line align-top">
                      <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                        <time dateTime={decision.recordedAt.toISOString()}>
                          {format.dateTime(decision.recordedAt, {
                            dateStyle: "medium",
                            timeStyle: "medium",
                          })}
                        </time>
                      </th>
                      {query.kind === "email" ? (
                        <td className="px-3 py-2">
                          <code className="font-mono text-xs break-all">{decision.subjectId}</code>
                        </td>
                      ) : null}
                      <td className="px-3 py-2">{t(`methods.${decision.method}`)}</td>
                      <td className="px-3 py-2">
                        <code className="font-mono text-xs">{decision.noticeVersion}</code>
                      </td>
                      <td className="px-3 py-2">{t(`languages.${decision.language}`)}</td>
                      <td className="px-3 py-2">
                        <ul className="min-w-48">
                          {REPORT_PURPOSES.map((purpose) => (
                            <li key={purpose}>
                              {t(`purposes.${purpose}`)}:{" "}
                              <span
                                className={
                                  decision.purposes[purpose]
                                    ? "font-semibold text-moss"
                                    : "text-ink-soft"
                                }
                              >
                                {decision.purposes[purpose]
                                  ? t("ledger.allowed")
                                  : t("ledger.refused")}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="px-3 py-2">
                        {decision.gpc ? t("ledger.yes") : t("ledger.no")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
