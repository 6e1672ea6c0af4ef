import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/authorize";
import { getCurrentSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const requested = typeof params.callbackUrl === "string" ? params.callbackUrl : "";
  const current = await getCurrentSession();
  if (current?.secondFactorDone) redirect(safeCallbackUrl(requested, "/admin"));
  if (current && current.user.role === "customer") redirect(safeCallbackUrl(requested, "/account"));
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("signInTitle")}
      intro={
        <>
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="underline">
            {t("createAccount")}
          </Link>
        </>
      }
    >
      {params.verified === "1" ? <Notice>{t("verifiedNotice")}</Notice> : null}
      {params.reset === "1" ? <Notice>{t("resetNotice")}</Notice> : null}
      {params.changed === "1" ? <Notice>{t("passwordChangedNotice")}</Notice> : null}
      <SignInForm callbackUrl={safeCallbackUrl(requested, "")} />
    </AuthCard>
  );
}
