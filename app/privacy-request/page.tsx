import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GuestRequestForm } from "@/components/privacy/requests/guest-request-form";
import { MAX_DETAILS_LENGTH } from "@/lib/privacy/guest/sealed-request";
import { REQUEST_KINDS } from "@/lib/privacy/requests";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyRequests.guest"))("title") };
}

/** Data requests of people without an account (R7): proof by a one-time link to the address. */
export default async function GuestPrivacyRequestPage() {
  const t = await getTranslations("privacyRequests.guest");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="font-display text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-2 text-ink-soft">{t("intro")}</p>
        <p className="mt-3 text-sm">
          {t("accountHint")}{" "}
          <Link href="/account/privacy" className="font-medium underline underline-offset-2">
            {t("accountLink")}
          </Link>
        </p>
      </div>
      <section className="rounded-2xl border border-line bg-card p-5 sm:p-6">
        <GuestRequestForm kinds={REQUEST_KINDS} maxDetailsLength={MAX_DETAILS_LENGTH} />
        <p className="mt-4 text-sm">
          <Link href="/legal/privacy" className="underline underline-offset-2">
            {t("privacyLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
