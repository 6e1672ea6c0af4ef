import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SegmentForm } from "@/components/admin/segments/segment-form";
import { getDb } from "@/db/client";
import { archiveSegmentAction } from "@/lib/actions/admin-segments";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { getSegment } from "@/lib/personalization/segments/admin";
import { draftRulesFrom } from "@/lib/personalization/segments/admin-draft";
import { loadRuleCategories } from "@/lib/personalization/segments/facts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSegments"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditSegmentPage({ params }: Props) {
  const { id } = await params;
  await requireRole(["marketer", "admin"], `/admin/segments/${id}`);
  const db = await getDb();
  const [t, rawLocale, segment, categories] = await Promise.all([
    getTranslations("adminSegments"),
    getLocale(),
    getSegment(db, id),
    loadRuleCategories(db),
  ]);
  if (!segment) notFound();
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const name = locale === "de" ? segment.nameDe : segment.nameEn;
  return (
    <div className="flex flex-col gap-6">
      <header>
        <Link href="/admin/segments" className="text-sm underline underline-offset-2">
          {t("backToList")}
        </Link>
        <h1 className="mt-2 font-display text-3xl">{t("editTitle", { name })}</h1>
        <p className="mt-1 text-sm text-ink-soft">{t(`status.${segment.status}`)}</p>
      </header>
      {segment.status === "archived" ? (
        <p className="rounded-lg border border-line bg-paper px-3 py-2 text-sm">
          {t("archive.alreadyArchived")}
        </p>
      ) : null}
      <SegmentForm
        draft={{
          id: segment.id,
          nameDe: segment.nameDe,
          nameEn: segment.nameEn,
          descriptionDe: segment.descriptionDe,
          descriptionEn: segment.descriptionEn,
          status: segment.status === "draft" ? "draft" : "active",
          rules: draftRulesFrom(segment.rules),
        }}
        categories={categories
          .filter((c) => !c.sensitive)
          .map((c) => ({ slug: c.slug, name: locale === "de" ? c.nameDe : c.nameEn }))}
      />
      {segment.status === "archived" ? null : (
        <section
          aria-labelledby="segment-archive-title"
          className="max-w-2xl rounded-2xl border border-line bg-card p-5"
        >
          <h2 id="segment-archive-title" className="text-lg font-semibold">
            {t("archive.title")}
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-soft">{t("archive.intro")}</p>
          <form action={archiveSegmentAction}>
            <input type="hidden" name="id" value={segment.id} />
            <button
              type="submit"
              className="rounded-full bg-sale px-5 py-2.5 font-semibold text-white hover:opacity-90"
            >
              {t("archive.button")}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
