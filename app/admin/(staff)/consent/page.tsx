import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentRates } from "@/components/admin/consent/consent-rates";
import { LedgerSearch } from "@/components/admin/consent/ledger-search";
import { NoticeVersions } from "@/components/admin/consent/notice-versions";
import {
  getWeeklyConsentCounts,
  listNoticeVersionUse,
  searchConsentLedger,
} from "@/db/queries/consent-admin";
import { requireRole } from "@/lib/auth/authorize";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import {
  berlinDate,
  parsePeriod,
  parseSubjectQuery,
  periodTotals,
  toWeeklyRates,
  withCurrentVersion,
} from "@/lib/consent/reporting";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("consentAdmin"))("title"),
    // The URL of a search can hold an e-mail address: never send it on.
    referrer: "no-referrer",
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;

/**
 * The privacy officer's consent page: weekly consent rates per purpose (C8), the notice versions
 * (C9) and the ledger of one subject, every lookup of which is audited (S9).
 */
export default async function ConsentAdminPage({ searchParams }: Props) {
  const current = await requireRole(["privacy_officer", "admin"], "/admin/consent");
  const params = await searchParams;
  const { period, problem } = parsePeriod(
    { from: single(params.from), to: single(params.to) },
    berlinDate(new Date()),
  );
  const rawSubject = (single(params.subject) ?? "").slice(0, 254);
  const query = parseSubjectQuery(rawSubject);

  const [t, counts, versions, ledger] = await Promise.all([
    getTranslations("consentAdmin"),
    getWeeklyConsentCounts(period),
    listNoticeVersionUse(),
    query.kind === "subject_id" || query.kind === "email"
      ? searchConsentLedger(query, { id: current.user.id, role: current.user.role })
      : Promise.resolve(null),
  ]);

  return (
    <div className="flex flex-col gap-10">
      <header>
        <h1 className="font-display text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
      </header>

      <ConsentRates
        period={period}
        problem={problem}
        weeks={toWeeklyRates(counts, period)}
        totals={periodTotals(counts)}
      />

      <NoticeVersions versions={withCurrentVersion(versions, CONSENT_NOTICE_VERSION)} />

      <LedgerSearch
        raw={rawSubject.trim()}
        query={query}
        result={ledger}
        keepPeriod={problem ? {} : { from: single(params.from), to: single(params.to) }}
      />
    </div>
  );
}
