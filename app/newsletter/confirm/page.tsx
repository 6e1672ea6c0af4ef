import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { AuthCard } from "@/components/auth/auth-card";
import { NewsletterConfirmForm } from "@/components/newsletter/token-forms";
import { confirmationStateOf } from "@/lib/newsletter/subscriptions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter"))("confirmTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the mailed link changes nothing (S6); the button confirms, i.e. a POST. */
export default async function NewsletterConfirmPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const t = await getTranslations("newsletter");
  const state =
    typeof token === "string"
      ? await confirmationStateOf(await getDb(), token, new Date())
      : "invalid";
  const problem =
    state === "expired"
      ? t("linkExpired")
      : state === "already-confirmed"
        ? t("alreadyConfirmed")
        : state === "invalid"
          ? t("linkInvalid")
          : null;
  return (
    <AuthCard title={t("confirmTitle")} intro={state === "valid" ? t("confirmIntro") : undefined}>
      {state === "valid" && typeof token === "string" ? (
        <NewsletterConfirmForm token={token} />
      ) : (
        <div className="space-y-4">
          <p role="status">{problem}</p>
          <Link
            href={state === "already-confirmed" ? "/" : "/newsletter"}
            className="inline-block font-semibold underline underline-offset-2"
          >
            {state === "already-confirmed" ? t("toShop") : t("signUpAgain")}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
