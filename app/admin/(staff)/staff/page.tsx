import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteStaffForm } from "@/components/admin/invite-staff-form";
import { StaffTable } from "@/components/admin/staff-table";
import { listStaffAccounts } from "@/db/queries/staff";
import { requireRole } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("title") };
}

export default async function StaffPage() {
  const current = await requireRole(["admin"], "/admin/staff");
  const [t, accounts] = await Promise.all([getTranslations("staff"), listStaffAccounts()]);
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="font-display text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-2xl text-ink-soft">{t("intro")}</p>
      </header>

      <section aria-labelledby="staff-list-title" className="flex flex-col gap-3">
        <h2 id="staff-list-title" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <StaffTable accounts={accounts} currentUserId={current.user.id} />
      </section>

      <section
        aria-labelledby="invite-staff-title"
        className="max-w-2xl rounded-2xl border border-line bg-card p-5"
      >
        <h2 id="invite-staff-title" className="text-lg font-semibold">
          {t("inviteTitle")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-ink-soft">{t("inviteIntro")}</p>
        <InviteStaffForm />
      </section>
    </div>
  );
}
