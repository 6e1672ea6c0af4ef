import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CookieTableView } from "@/components/consent/cookie-table-view";
import { AccessibilityContent } from "@/components/legal/accessibility-content";
import { ImprintContent } from "@/components/legal/imprint-content";
import { PrivacyContent } from "@/components/legal/privacy-content";
import { TermsContent } from "@/components/legal/terms-content";
import { WithdrawalContent } from "@/components/legal/withdrawal-content";
import { WhatWeStore } from "@/components/legal/what-we-store";
import { isLocale } from "@/lib/i18n/locale";

const PAGES = ["imprint", "privacy", "terms", "withdrawal", "accessibility"] as const;
type LegalPage = (typeof PAGES)[number];

function isLegalPage(value: string): value is LegalPage {
  return (PAGES as readonly string[]).includes(value);
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  if (!isLegalPage(page)) return {};
  const t = await getTranslations("legal");
  return { title: t(`${page}.title`) };
}

export default async function LegalPageRoute({ params }: Props) {
  const { page } = await params;
  if (!isLegalPage(page)) notFound();
  const [t, rawLocale] = await Promise.all([getTranslations("legal"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <article className="prose-legal">
      <h1 className="font-display text-3xl sm:text-4xl">{t(`${page}.title`)}</h1>
      {page === "imprint" ? <ImprintContent locale={locale} /> : null}
      {page === "privacy" ? (
        <PrivacyContent
          locale={locale}
          whatWeStore={<WhatWeStore locale={locale} />}
          cookieTable={<CookieTableView locale={locale} />}
        />
      ) : null}
      {page === "terms" ? <TermsContent locale={locale} /> : null}
      {page === "withdrawal" ? <WithdrawalContent locale={locale} /> : null}
      {page === "accessibility" ? <AccessibilityContent locale={locale} /> : null}
    </article>
  );
}
