import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RetentionRules } from "@/components/admin/privacy/retention/retention-rules";
import { RetentionRuns } from "@/components/admin/privacy/retention/retention-runs";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { describeRules } from "@/lib/privacy/sweep/describe";
import { listLatestRunPerTable, listRecentRuns } from "@/lib/privacy/sweep/runs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyRetention"))("title") };
}

const RECENT_RUNS = 20;

/**
 * The privacy officer's view of retention (T1): every rule of the data map in words and the
 * sweep's log. No personal data: rules, counts and times.
 */
export default async function RetentionPage() {
  await requireRole(["privacy_officer", "admin"], "/admin/privacy/retention");
  const [t, rawLocale, db] = await Promise.all([
    getTranslations("privacyRetention"),
    getLocale(),
    getDb(),
  ]);
  const [latest, recent] = await Promise.all([
    listLatestRunPerTable(db),
    listRecentRuns(db, RECENT_RUNS),
  ]);
  const rules = describeRules(isLocale(rawLocale) ? rawLocale : "de");
  const labels = Object.fromEntries(rules.map((rule) => [rule.table, rule.label]));

  return (
    <div className="flex flex-col gap-10">
      <header>
        <h1 className="font-display text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
        <p className="mt-2 max-w-3xl text-sm text-ink-soft">{t("schedule")}</p>
      </header>
      <RetentionRules rules={rules} />
      <RetentionRuns latest={latest} recent={recent} labels={labels} />
    </div>
  );
}
