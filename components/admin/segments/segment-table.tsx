import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { isLocale } from "@/lib/i18n/locale";
import type { SegmentOverview } from "@/lib/personalization/segments/admin";
import { ruleInWords, sizeInWords } from "./segment-text";

/** The segments with rules in words and rounded sizes only (P6); nobody's membership is shown. */
export async function SegmentTable({
  segments,
  categoryNames,
}: {
  segments: readonly SegmentOverview[];
  categoryNames: ReadonlyMap<string, string>;
}) {
  const [t, rawLocale] = await Promise.all([getTranslations("adminSegments"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  if (segments.length === 0) return <p className="text-ink-soft">{t("empty")}</p>;
  const tf = (key: string, values?: Record<string, number>) => t(key, values);
  return (
    <ScrollRegion label={t("listCaption")} className="rounded-2xl border border-line bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("listCaption")}</caption>
        <thead className="bg-paper">
          <tr>
            {(["name", "status", "rules", "size", "targetable"] as const).map((c) => (
              <th key={c} scope="col" className="px-3 py-2">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {segments.map((s) => {
            const name = locale === "de" ? s.nameDe : s.nameEn;
            return (
              <tr key={s.id} className="border-t border-line align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/admin/segments/${s.id}`} className="underline underline-offset-2">
                    {name}
                  </Link>
                </th>
                <td className="px-3 py-2">{t(`status.${s.status}`)}</td>
                <td className="px-3 py-2">
                  {s.invalid ? (
                    <span className="text-sale">{t("invalidRules")}</span>
                  ) : (
                    s.rules.map((r) => ruleInWords(r, locale, categoryNames)).join(t("ruleJoin"))
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {s.invalid ? "—" : sizeInWords(s.label, tf)}
                </td>
                <td className="px-3 py-2">{s.targetable ? t("yes") : t("no")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
