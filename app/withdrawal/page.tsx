import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WithdrawalForm } from "@/components/after-sales/withdrawal/withdrawal-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("withdrawal.page");
  return { title: t("title") };
}

/** The public withdrawal function for guests: order number and e-mail, then the two steps. */
export default async function WithdrawalPage() {
  const t = await getTranslations("withdrawal.page");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="font-display text-4xl">{t("title")}</h1>
      <p className="text-ink-soft">{t("intro")}</p>
      <div className="rounded-2xl border border-line bg-card p-5 sm:p-6">
        <WithdrawalForm mode="public" />
      </div>
    </div>
  );
}
