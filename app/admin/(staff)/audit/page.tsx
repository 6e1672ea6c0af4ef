import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { listAuditEntries, parseAuditFilters } from "@/lib/audit/queries";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("adminAudit"))("title"),
    // A filtered URL can hold a person's id: never send it on.
    referrer: "no-referrer",
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The audit log (S9) for the privacy officer: who saw or changed what, and when. */
export default async function AuditLogPage({ searchParams }: Props) {
  await requireRole(["privacy_officer", "admin"], "/admin/audit");
  const { filters, problem } = parseAuditFilters(await searchParams);
  const [t, result] = await Promise.all([
    getTranslations("adminAudit"),
    getDb().then((db) => listAuditEntries(db, filters)),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="font-display text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
      </header>
      <AuditFilterForm filters={filters} problem={problem} />
      <AuditTable result={result} filters={filters} />
    </div>
  );
}
