import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("checkEmailTitle") };
}

/** The same page whether the address was new or already had an account (S2). */
export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("checkEmailTitle")} intro={t("checkEmailText")}>
      {null}
    </AuthCard>
  );
}
