import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { NewsletterSignupForm } from "@/components/newsletter/signup-form";
import { NewsletterUnsubscribeForm } from "@/components/newsletter/token-forms";
import { getCurrentSession } from "@/lib/auth/session";
import { unsubscribeToken } from "@/lib/newsletter/links";
import { getSubscriptionForUser } from "@/lib/newsletter/subscriptions";
import { loadSecrets } from "@/lib/server/secrets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter"))("title") };
}

/** Sign-up (L6): a signed-in customer gets their address prefilled and sees a subscription. */
export default async function NewsletterPage() {
  const [t, session] = await Promise.all([getTranslations("newsletter"), getCurrentSession()]);
  const subscription = session
    ? await getSubscriptionForUser(await getDb(), {
        userId: session.user.id,
        email: session.user.email,
      })
    : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="font-display text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-2 text-ink-soft">{t("intro")}</p>
      </div>
      <section
        aria-labelledby="newsletter-benefits"
        className="rounded-2xl border border-line bg-card p-5"
      >
        <h2 id="newsletter-benefits" className="font-semibold">
          {t("benefitsHeading")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t("benefitNew")}</li>
          <li>{t("benefitOffers")}</li>
          <li>{t("benefitPersonal")}</li>
        </ul>
      </section>
      {subscription?.status === "confirmed" ? (
        <section className="space-y-3 rounded-2xl border border-line bg-card p-5">
          <p>{t("subscribedNote", { email: session!.user.email })}</p>
          <p className="text-sm text-ink-soft">{t("unsubscribeHere")}</p>
          <NewsletterUnsubscribeForm
            subscriptionId={subscription.id}
            token={unsubscribeToken(loadSecrets().authSecret, subscription.id)}
          />
        </section>
      ) : null}
      <section className="rounded-2xl border border-line bg-card p-5 sm:p-6">
        <NewsletterSignupForm defaultEmail={session?.user.email} />
        <p className="mt-4 text-sm">
          <Link href="/legal/privacy" className="underline underline-offset-2">
            {t("privacyLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
