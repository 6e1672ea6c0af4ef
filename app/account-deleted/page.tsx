import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { KeptRecords } from "@/components/privacy/erasure/kept-records";
import { personalTables } from "@/lib/privacy/data-map";
import { parseGoodbyeKept } from "@/lib/privacy/erasure/goodbye";
import { keepsRows } from "@/lib/privacy/erasure/plan";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyErasure"))("goodbye.title"), robots: "noindex" };
}

/**
 * Where erasure ends (R4), public because the person is signed out by then. The kept records come
 * from the address (table and end date only) and are described from the data map; without them,
 * the page names every kind of record a retention may keep.
 */
export default async function AccountDeletedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [t, rawLocale, params] = await Promise.all([
    getTranslations("privacyErasure.goodbye"),
    getLocale(),
    searchParams,
  ]);
  const locale = rawLocale === "en" ? "en" : "de";
  const entries = personalTables();
  const kept = parseGoodbyeKept(params.kept, entries);
  const items =
    kept.length > 0
      ? kept
      : entries
          .filter(([, entry]) => keepsRows(entry))
          .map(([table, entry]) => ({ table, entry, until: null }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <section className="rounded-3xl border border-line bg-card p-6 sm:p-8">
        <h1 className="font-display text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-3">{t("intro")}</p>
        <p className="mt-2 text-ink-soft">{t("mail")}</p>
      </section>
      <section
        aria-labelledby="kept-heading"
        className="rounded-3xl border border-line bg-card p-6 sm:p-8"
      >
        <h2 id="kept-heading" className="font-display text-2xl">
          {t("keptTitle")}
        </h2>
        <p className="mt-2 text-ink-soft">{kept.length > 0 ? t("keptIntro") : t("keptGeneric")}</p>
        <KeptRecords items={items} locale={locale} />
      </section>
      <p>
        {t("thanks")}{" "}
        <Link href="/" className="font-semibold underline underline-offset-4">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
