import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountShell } from "@/components/account/account-shell";
import { CorrectionForm } from "@/components/privacy/requests/correction-form";
import { requireUser } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { describeStoredData } from "@/lib/privacy/data-map";
import { MAX_REASON_LENGTH } from "@/lib/privacy/requests";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyRequests.correct"))("title") };
}

/**
 * Rectification (Art. 16, R3) of what the customer cannot edit themselves: a request for the
 * officer's queue. The privacy center says what can be edited where.
 */
export default async function CorrectionRequestPage() {
  await requireUser("/account/privacy/correct");
  const [t, rawLocale] = await Promise.all([
    getTranslations("privacyRequests.correct"),
    getLocale(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const categories = describeStoredData(locale).map((group) => ({
    value: group.category,
    label: group.label,
  }));
  return (
    <AccountShell
      current="privacy"
      subpage
      title={t("title")}
      intro={
        <p>
          {t("intro")}{" "}
          <Link href="/account/privacy#correct" className="underline underline-offset-2">
            {t("centerLink")}
          </Link>
        </p>
      }
    >
      <div className="rounded-3xl border border-line bg-card p-5 sm:p-8">
        <CorrectionForm categories={categories} maxLength={MAX_REASON_LENGTH} />
        <p className="mt-5 text-sm">
          <Link href="/account/privacy/requests" className="underline underline-offset-2">
            {t("requestsLink")}
          </Link>
        </p>
      </div>
    </AccountShell>
  );
}
