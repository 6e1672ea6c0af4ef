import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getChallengeForAccess } from "@/db/queries/orders";
import { completeChallengeAction } from "@/lib/actions/checkout";
import { currentOrderAccess } from "@/lib/checkout/guest-cookie";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("checkout"))("challenge.title"),
    robots: { index: false },
  };
}

type Props = { params: Promise<{ reference: string }> };

/** The test provider's 3-D Secure style page: only the order's owner sees it (404 otherwise). */
export default async function ChallengePage({ params }: Props) {
  await connection();
  const [{ reference }, rawLocale, t, access] = await Promise.all([
    params,
    getLocale(),
    getTranslations("checkout.challenge"),
    currentOrderAccess(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  if (reference.length > 200) notFound();
  const challenge = await getChallengeForAccess({ challengeReference: reference, access });
  if (!challenge) notFound();
  if (challenge.paymentStatus !== "requires_action") {
    redirect(`/checkout/confirmation/${challenge.orderNumber}`);
  }
  const button = "rounded-full px-5 py-2.5 font-semibold";
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-3xl border border-line bg-card p-6 sm:p-8">
      <h1 className="font-display text-3xl">{t("title")}</h1>
      <p>
        {t("intro", {
          amount: formatMoney(challenge.totalCents, locale),
          orderNumber: challenge.orderNumber,
        })}
      </p>
      {challenge.cardSummary ? <p>{t("card", { card: challenge.cardSummary })}</p> : null}
      <p className="rounded-lg bg-brass-soft px-3 py-2 text-sm">{t("testNote")}</p>
      <form
        action={completeChallengeAction}
        aria-label={t("formLabel")}
        className="flex flex-wrap gap-3"
      >
        <input type="hidden" name="reference" value={reference} />
        <button
          type="submit"
          name="decision"
          value="confirm"
          className={`${button} bg-ink text-white hover:bg-ink-soft`}
        >
          {t("confirm")}
        </button>
        <button
          type="submit"
          name="decision"
          value="cancel"
          className={`${button} border border-line bg-card hover:border-ink`}
        >
          {t("cancel")}
        </button>
      </form>
    </div>
  );
}
