import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SecondFactorForm } from "@/components/auth/token-forms";
import { isStaffRole } from "@/lib/accounts/sessions";
import { safeCallbackUrl } from "@/lib/auth/authorize";
import { getCurrentSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("secondFactorTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SecondFactorPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, "/admin");
  const current = await getCurrentSession();
  if (!current || !isStaffRole(current.user.role)) redirect("/sign-in");
  if (current.secondFactorDone) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("secondFactorTitle")} intro={t("secondFactorIntro")}>
      <SecondFactorForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
