import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReturnQueue } from "@/components/admin/returns/return-queue";
import { WithdrawalRefunds } from "@/components/admin/returns/withdrawal-refunds";
import { listOpenWithdrawals } from "@/lib/after-sales/withdrawal/staff";
import { getDb } from "@/db/client";
import { listOpenReturns } from "@/lib/after-sales/returns/staff";
import { requireRole } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("returns"))("staff.title") };
}

/** The admin's queue of open returns and exchanges (requested or received). */
export default async function AdminReturnsPage() {
  await requireRole(["admin"], "/admin/returns");
  const db = await getDb();
  const [t, rows, withdrawals] = await Promise.all([
    getTranslations("returns"),
    listOpenReturns(db),
    listOpenWithdrawals(db),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="font-display text-3xl">{t("staff.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("staff.intro")}</p>
      </header>
      <ReturnQueue rows={rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))} />
      <WithdrawalRefunds
        rows={withdrawals.map((w) => ({
          ...w,
          declaredAt: w.declaredAt.toISOString(),
          refundDueAt: w.refundDueAt.toISOString(),
        }))}
      />
    </div>
  );
}
