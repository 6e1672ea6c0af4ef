import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { GuestConfirmForm } from "@/components/privacy/requests/guest-confirm-form";
import { getDb } from "@/db/client";
import { checkGuestLink } from "@/lib/privacy/guest/flow";
import { loadSecrets } from "@/lib/server/secrets";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("privacyRequests.guest"))("confirmTitle"),
    // The address holds the one-time token: never send it on.
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page the mailed link opens: shows the request and changes nothing (S6); the button confirms. */
export default async function GuestPrivacyConfirmPage({ params, searchParams }: Props) {
  const [{ token }, query, t, tk] = await Promise.all([
    params,
    searchParams,
    getTranslations("privacyRequests.guest"),
    getTranslations("privacyRequests.kinds"),
  ]);
  const sealed = typeof query.r === "string" ? query.r : "";
  const link = await checkGuestLink(await getDb(), {
    token,
    sealed,
    secret: loadSecrets().authSecret,
    now: new Date(),
  });
  if (link.status === "invalid") {
    return (
      <AuthCard title={t("invalidTitle")}>
        <div className="space-y-4">
          <p>{t("linkInvalid")}</p>
          <Link
            href="/privacy-request"
            className="inline-block font-semibold underline underline-offset-2"
          >
            {t("startAgain")}
          </Link>
        </div>
      </AuthCard>
    );
  }
  const { request } = link;
  return (
    <AuthCard title={t("confirmTitle")} intro={<p>{t("confirmIntro")}</p>}>
      <div className="space-y-5">
        <dl className="space-y-2">
          <div>
            <dt className="text-sm font-medium">{t("address")}</dt>
            <dd className="break-all">{link.email}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium">{t("kind")}</dt>
            <dd>
              {tk(request.kind)}: {t(`options.${request.kind}`)}
            </dd>
          </div>
          {request.details ? (
            <div>
              <dt className="text-sm font-medium">{t("yourDetails")}</dt>
              <dd className="whitespace-pre-line">{request.details}</dd>
            </div>
          ) : null}
        </dl>
        <GuestConfirmForm
          token={token}
          sealed={sealed}
          copy={request.kind === "access" || request.kind === "export"}
        />
      </div>
    </AuthCard>
  );
}
