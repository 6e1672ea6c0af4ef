import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInviteForm } from "@/components/admin/accept-invite-form";
import { AuthCard } from "@/components/auth/auth-card";
import { getStaffInvite } from "@/db/queries/staff";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("invite"))("title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Public on purpose: the one-time token in the mailed link is the proof. Opening the link changes
 * nothing (S6); the form posts the password, and the second factor is set up in the same step.
 */
export default async function AcceptInvitePage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const [t, ta] = await Promise.all([getTranslations("invite"), getTranslations("admin")]);
  const invite = typeof token === "string" ? await getStaffInvite(token) : null;
  return (
    <AuthCard
      title={t("title")}
      intro={
        invite
          ? t("intro", { name: invite.name, role: ta(`roles.${invite.role}`), email: invite.email })
          : undefined
      }
    >
      {invite && typeof token === "string" ? (
        <AcceptInviteForm token={token} email={invite.email} />
      ) : (
        <p>
          {t("linkInvalid")}{" "}
          <Link href="/sign-in" className="underline">
            {t("signIn")}
          </Link>
        </p>
      )}
    </AuthCard>
  );
}
