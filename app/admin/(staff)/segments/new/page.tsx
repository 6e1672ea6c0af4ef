import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SegmentForm } from "@/components/admin/segments/segment-form";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { emptyDraft } from "@/lib/personalization/segments/admin-draft";
import { loadRuleCategories } from "@/lib/personalization/segments/facts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSegments"))("newTitle") };
}

export default async function NewSegmentPage() {
  await requireRole(["marketer", "admin"], "/admin/segments/new");
  const db = await getDb();
  const [t, rawLocale, categories] = await Promise.all([
    getTranslations("adminSegments"),
    getLocale(),
    loadRuleCategories(db),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <div className="flex flex-col gap-6">
      <header>
        <Link href="/admin/segments" className="text-sm underline underline-offset-2">
          {t("backToList")}
        </Link>
        <h1 className="mt-2 font-display text-3xl">{t("newTitle")}</h1>
      </header>
      <SegmentForm
        draft={emptyDraft()}
        // Sensitive categories are not offered at all (P6); the server rejects them anyway.
        categories={categories
          .filter((c) => !c.sensitive)
          .map((c) => ({ slug: c.slug, name: locale === "de" ? c.nameDe : c.nameEn }))}
      />
    </div>
  );
}
