import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusNotice } from "@/components/account/account-shell";
import { ConfirmEmailChangeForm } from "@/components/account/profile-forms";
import { getEmailChangeForToken } from "@/db/queries/account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("confirmTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The landing page of the link mailed to a new address. No sign-in needed: the token proves
 * control of the new address. Opening it changes nothing (S6); the button posts.
 */
export default async function ConfirmEmailChangePage({ searchParams }: Props) {
  const { token, result } = await searchParams;
  const t = await getTranslations("profile");
  const change =
    result === undefined && typeof token === "string" ? await getEmailChangeForToken(token) : null;
  return (
    <div className="mx-auto max-w-md rounded-3xl border border-line bg-card p-6 sm:p-8">
      <h1 className="font-display text-3xl">{t("confirmTitle")}</h1>
      <div className="mt-6 space-y-4">
        {result === "changed" ? (
          <>
            <StatusNotice>{t("emailChanged")}</StatusNotice>
            <p>
              <Link href="/account/profile" className="underline">
                {t("toProfile")}
              </Link>
            </p>
          </>
        ) : result === "taken" ? (
          <p role="status">{t("emailTakenMeanwhile")}</p>
        ) : change && typeof token === "string" ? (
          <>
            <p>
              {t.rich("confirmIntro", {
                email: change.email,
                strong: (chunks) => <strong className="break-all">{chunks}</strong>,
              })}
            </p>
            <ConfirmEmailChangeForm token={token} />
          </>
        ) : (
          <p>
            {t("linkInvalid")}{" "}
            <Link href="/account/profile" className="underline">
              {t("requestNewLink")}
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
