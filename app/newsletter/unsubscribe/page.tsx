import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { NewsletterUnsubscribeForm } from "@/components/newsletter/token-forms";
import { isValidUnsubscribeToken } from "@/lib/newsletter/links";
import { loadSecrets } from "@/lib/server/secrets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter"))("unsubscribeTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The visible unsubscribe link of every newsletter: one button; opening the page changes nothing. */
export default async function NewsletterUnsubscribePage({ searchParams }: Props) {
  const { s, t: token } = await searchParams;
  const t = await getTranslations("newsletter");
  const valid = isValidUnsubscribeToken(loadSecrets().authSecret, s, token);
  return (
    <AuthCard title={t("unsubscribeTitle")} intro={valid ? t("unsubscribeIntro") : undefined}>
      {valid && typeof token === "string" ? (
        <NewsletterUnsubscribeForm subscriptionId={s} token={token} />
      ) : (
        <p role="status">{t("unsubscribeInvalid")}</p>
      )}
    </AuthCard>
  );
}
