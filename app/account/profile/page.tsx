import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountSectionCard, AccountShell } from "@/components/account/account-shell";
import { ChangeEmailForm, ProfileForm } from "@/components/account/profile-forms";
import { getPendingEmailChangeForUser, getProfileForUser } from "@/db/queries/account";
import { requireUser } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const { user } = await requireUser("/account/profile");
  const [t, format, profile, pending] = await Promise.all([
    getTranslations("profile"),
    getFormatter(),
    getProfileForUser({ userId: user.id }),
    getPendingEmailChangeForUser({ userId: user.id }),
  ]);
  const current = profile ?? { ...user, emailVerifiedAt: null };
  return (
    <AccountShell current="profile" title={t("title")} intro={<p>{t("intro")}</p>}>
      <AccountSectionCard id="details" title={t("detailsTitle")}>
        <ProfileForm name={current.name} phone={current.phone ?? ""} />
      </AccountSectionCard>
      <AccountSectionCard id="email" title={t("emailTitle")}>
        <p>
          {t("currentEmail")} <strong className="break-all">{current.email}</strong>
          {current.emailVerifiedAt ? null : <> ({t("unverified")})</>}
        </p>
        {pending ? (
          <p className="rounded-lg border border-brass bg-paper px-3 py-2 text-sm">
            {t("pendingChange", {
              email: pending.email,
              until: format.dateTime(pending.expiresAt, {
                dateStyle: "medium",
                timeStyle: "short",
              }),
            })}
          </p>
        ) : null}
        <p className="text-sm text-ink-soft">{t("emailIntro")}</p>
        <ChangeEmailForm />
      </AccountSectionCard>
    </AccountShell>
  );
}
