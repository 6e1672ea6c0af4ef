import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountSectionCard, AccountShell } from "@/components/account/account-shell";
import { DeleteAccountForm } from "@/components/privacy/erasure/delete-account-form";
import { ErasureStatementView } from "@/components/privacy/erasure/erasure-statement";
import { isStaffRole } from "@/lib/accounts/sessions";
import { requireUser } from "@/lib/auth/authorize";
import { getErasureStatementForUser } from "@/lib/privacy/erasure/statement";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyErasure"))("title") };
}

export default async function DeleteAccountPage() {
  const current = await requireUser("/account/privacy/delete");
  const t = await getTranslations("privacyErasure");
  const staff = isStaffRole(current.user.role);
  const statement = staff
    ? null
    : await getErasureStatementForUser({ userId: current.user.id, now: new Date() });
  if (!staff && !statement) notFound();
  return (
    <AccountShell
      current="privacy"
      subpage
      title={t("title")}
      intro={
        <>
          <p>{t("intro")}</p>
          <p className="mt-2">
            <Link href="/account/privacy" className="underline underline-offset-4">
              {t("back")}
            </Link>
          </p>
        </>
      }
    >
      {statement ? (
        <>
          <ErasureStatementView statement={statement} />
          <AccountSectionCard id="after" title={t("afterTitle")}>
            <ul className="list-disc space-y-1 pl-5">
              <li>{t("afterSessions")}</li>
              <li>{t("afterMail", { email: current.user.email })}</li>
              <li>{t("afterFinal")}</li>
            </ul>
          </AccountSectionCard>
          <AccountSectionCard id="confirm" title={t("formTitle")}>
            <DeleteAccountForm />
          </AccountSectionCard>
        </>
      ) : (
        <AccountSectionCard id="staff" title={t("staffTitle")}>
          <p>{t("staffText")}</p>
        </AccountSectionCard>
      )}
    </AccountShell>
  );
}
