import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/token-forms";
import { isResetTokenUsable } from "@/db/queries/accounts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the link changes nothing (S6); the form posts the new password. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const t = await getTranslations("auth");
  const usable = typeof token === "string" && (await isResetTokenUsable(token));
  return (
    <AuthCard title={t("resetTitle")}>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          {t("linkInvalid")}{" "}
          <Link href="/forgot-password" className="underline">
            {t("requestNewLink")}
          </Link>
        </p>
      )}
    </AuthCard>
  );
}
