import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SegmentTable } from "@/components/admin/segments/segment-table";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { listSegments } from "@/lib/personalization/segments/admin";
import { loadRuleCategories } from "@/lib/personalization/segments/facts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSegments"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Marketers' segment list: rules in words and rounded sizes, never members (P6). */
export default async function SegmentsPage({ searchParams }: Props) {
  await requireRole(["marketer", "admin"], "/admin/segments");
  const db = await getDb();
  const [t, rawLocale, params, segments, categories] = await Promise.all([
    getTranslations("adminSegments"),
    getLocale(),
    searchParams,
    listSegments(db, new Date()),
    loadRuleCategories(db),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const categoryNames = new Map(
    categories.map((c) => [c.slug, locale === "de" ? c.nameDe : c.nameEn]),
  );
  const notice = params.saved ? t("saved") : params.archived ? t("archived") : null;
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-display text-3xl">{t("title")}</h1>
          <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
        </div>
        <Link
          href="/admin/segments/new"
          className="rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
        >
          {t("newSegment")}
        </Link>
      </header>
      <div role="status" aria-live="polite">
        {notice ? (
          <p className="rounded-lg border border-moss bg-card px-3 py-2 text-sm text-moss">
            {notice}
          </p>
        ) : null}
      </div>
      <p className="max-w-3xl rounded-lg border border-line bg-paper px-3 py-2 text-sm">
        {t("privacyNote")}
      </p>
      <SegmentTable segments={segments} categoryNames={categoryNames} />
    </div>
  );
}
