import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/token-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("verifyTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the link changes nothing (S6); confirming is a button, i.e. a POST. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("verifyTitle")} intro={t("verifyIntro")}>
      {typeof token === "string" ? <VerifyEmailForm token={token} /> : <p>{t("linkInvalid")}</p>}
    </AuthCard>
  );
}
