import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountShell } from "@/components/account/account-shell";
import { CorrectData } from "@/components/privacy/center/correct-data";
import { PrivacyActions } from "@/components/privacy/center/privacy-actions";
import { StoredData } from "@/components/privacy/center/stored-data";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { collectNameIds, describeAccessView, parseAccessPaging } from "@/lib/privacy/access-view";
import { accessSubject, loadAccessPages, loadNames } from "@/lib/privacy/access-view-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyCenter"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The privacy center (R1, R3): the customer's rights as actions first, then what can be corrected
 * where, then everything stored about them, derived from the data map and paged per table.
 */
export default async function PrivacyCenterPage({ searchParams }: Props) {
  const { user } = await requireUser("/account/privacy");
  const paging = parseAccessPaging(await searchParams);
  const [t, rawLocale, db] = await Promise.all([
    getTranslations("privacyCenter"),
    getLocale(),
    getDb(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const subject = await accessSubject(db, user.id);
  const pages = await loadAccessPages(db, subject, paging);
  const names = await loadNames(db, collectNameIds(pages));
  return (
    <AccountShell current="privacy" title={t("title")} intro={<p>{t("intro")}</p>}>
      <PrivacyActions />
      <CorrectData />
      <StoredData
        categories={describeAccessView(locale)}
        pages={pages}
        names={names}
        locale={locale}
        userId={user.id}
      />
    </AccountShell>
  );
}
