import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccountSectionCard, AccountShell } from "@/components/account/account-shell";
import { ExportDownloadPanel } from "@/components/privacy/export/export-download-panel";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { describeStoredData } from "@/lib/privacy/data-map";
import { EXPORT_SCHEMA_PATH } from "@/lib/privacy/export/document";
import { getReauthenticatedAt, hasRecentReauth, REAUTH_WINDOW_MS } from "@/lib/privacy/reauth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyExport"))("title") };
}

export default async function PrivacyExportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const current = await requireUser("/account/privacy/export");
  const now = new Date();
  const [t, format, rawLocale, params, reauthenticatedAt] = await Promise.all([
    getTranslations("privacyExport"),
    getFormatter(),
    getLocale(),
    searchParams,
    getReauthenticatedAt(await getDb(), {
      sessionId: current.sessionId,
      userId: current.user.id,
      now,
    }),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const ready = hasRecentReauth({ reauthenticatedAt }, now);
  const until =
    ready && reauthenticatedAt ? new Date(reauthenticatedAt.getTime() + REAUTH_WINDOW_MS) : null;
  const groups = describeStoredData(locale);
  return (
    <AccountShell
      current="privacy"
      subpage
      title={t("title")}
      intro={
        <>
          <p>{t("intro")}</p>
          <p className="mt-2">
            <Link href="/account/privacy" className="underline underline-offset-4">
              {t("back")}
            </Link>
          </p>
        </>
      }
    >
      <AccountSectionCard id="contents" title={t("contents.title")}>
        <ul className="list-disc space-y-2 pl-5">
          <li>{t("contents.json")}</li>
          <li>{t("contents.zip")}</li>
          <li>
            {t.rich("contents.schema", {
              link: (chunks) => (
                <a href={EXPORT_SCHEMA_PATH} className="underline underline-offset-4">
                  {chunks}
                </a>
              ),
            })}
          </li>
        </ul>
        <h3 className="pt-2 text-lg font-semibold">{t("contents.categoriesTitle")}</h3>
        <ul className="grid gap-2 sm:grid-cols-2">
          {groups.map((group) => (
            <li key={group.category} className="rounded-2xl border border-line p-3">
              <p className="font-semibold">{group.label}</p>
              <p className="text-sm text-ink-soft">{group.description}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm text-ink-soft">{t("contents.notIncluded")}</p>
      </AccountSectionCard>
      <AccountSectionCard id="download" title={t("download.title")}>
        <ExportDownloadPanel
          ready={ready}
          expired={!ready && params.reauth === "required"}
          validUntil={
            until
              ? { iso: until.toISOString(), label: format.dateTime(until, { timeStyle: "short" }) }
              : null
          }
        />
      </AccountSectionCard>
    </AccountShell>
  );
}
