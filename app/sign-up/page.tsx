import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("signUpTitle")}
      intro={
        <>
          <p>{t("signUpIntro")}</p>
          <p className="mt-2">
            {t("haveAccount")}{" "}
            <Link href="/sign-in" className="underline">
              {t("signIn")}
            </Link>
          </p>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
