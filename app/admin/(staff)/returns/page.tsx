import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReturnQueue } from "@/components/admin/returns/return-queue";
import { getDb } from "@/db/client";
import { listOpenReturns } from "@/lib/after-sales/returns/staff";
import { requireRole } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("returns"))("staff.title") };
}

/** The admin's queue of open returns and exchanges (requested or received). */
export default async function AdminReturnsPage() {
  await requireRole(["admin"], "/admin/returns");
  const [t, rows] = await Promise.all([
    getTranslations("returns"),
    getDb().then((db) => listOpenReturns(db)),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="font-display text-3xl">{t("staff.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("staff.intro")}</p>
      </header>
      <ReturnQueue rows={rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))} />
    </div>
  );
}
