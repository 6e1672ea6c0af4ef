import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/admin/privacy/records/print-button";
import {
  ControllerBlock,
  PurposeRecord,
  Safeguards,
  StaffData,
} from "@/components/admin/privacy/records/records-view";
import { requireRole } from "@/lib/auth/authorize";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/locale";
import { recordsOfProcessing, staffDataRecords } from "@/lib/privacy/records";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyCenter.records"))("title") };
}

/**
 * Hides the site's and the staff area's navigation when printing, from this page alone: the
 * header and footer of <body>, the staff navigation column, and the grid that placed it.
 */
const PRINT_ONLY_THE_RECORDS = [
  "print:[body:has(&)>header]:hidden",
  "print:[body:has(&)>footer]:hidden",
  "print:[main:has(&)_div:has(>nav)]:hidden",
  "print:[main:has(&)>div]:block",
].join(" ");

/** The records of processing activities (GDPR Art. 30, T2), generated from the data map. */
export default async function RecordsOfProcessingPage() {
  await requireRole(["privacy_officer", "admin"], "/admin/privacy/records");
  const [t, rawLocale] = await Promise.all([getTranslations("privacyCenter.records"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const records = recordsOfProcessing(locale);
  const asOf = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeZone: "Europe/Berlin",
  }).format(new Date());
  return (
    <div className={`flex flex-col gap-10 ${PRINT_ONLY_THE_RECORDS}`}>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="font-display text-3xl">{t("title")}</h1>
          <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
          <p className="mt-1 text-sm text-ink-soft">{t("asOf", { date: asOf })}</p>
        </div>
        <PrintButton label={t("print")} />
      </header>

      <ControllerBlock locale={locale} />

      <section aria-labelledby="activities-heading" className="space-y-4">
        <h2 id="activities-heading" className="font-display text-2xl">
          {t("activities")}
        </h2>
        <p className="text-ink-soft">{t("activitiesIntro", { count: records.length })}</p>
        {records.map((record) => (
          <PurposeRecord key={record.purpose} record={record} />
        ))}
      </section>

      <StaffData records={staffDataRecords(locale)} />

      <Safeguards locale={locale} />
    </div>
  );
}
