import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import type { OfferListRow } from "@/lib/offers/admin";

/** Every offer with its status, target, validity, budget use and redemptions (totals only). */
export async function OffersTable({
  offers,
  locale,
}: {
  offers: OfferListRow[];
  locale: AppLocale;
}) {
  const [t, format] = await Promise.all([getTranslations("adminOffers"), getFormatter()]);
  if (offers.length === 0) return <p className="text-ink-soft">{t("empty")}</p>;
  const date = (d: Date) =>
    format.dateTime(d, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "Europe/Berlin",
    });
  return (
    <ScrollRegion label={t("tableLabel")} className="rounded-2xl border border-line bg-card">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-line text-ink-soft">
          <tr>
            <th scope="col" className="px-4 py-3">
              {t("columns.name")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("columns.status")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("columns.target")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("columns.validity")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("columns.budget")}
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              {t("columns.redemptions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => {
            const segment = locale === "de" ? o.segmentDe : o.segmentEn;
            return (
              <tr key={o.id} className="border-b border-line last:border-0">
                <th scope="row" className="px-4 py-3 font-medium">
                  <Link href={`/admin/offers/${o.id}`} className="underline underline-offset-4">
                    {locale === "de" ? o.nameDe : o.nameEn}
                  </Link>
                  <span className="block text-xs font-normal text-ink-soft">
                    {t(`kinds.${o.kind}`)}
                  </span>
                </th>
                <td className="px-4 py-3">{t(`status.${o.status}`)}</td>
                <td className="px-4 py-3">
                  {o.target === "segment" && segment
                    ? t("targetSegment", { name: segment })
                    : t(`targets.${o.target}`)}
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {t("validity", { from: date(o.startsAt), to: date(o.endsAt) })}
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {o.budgetCents === null
                    ? t("noBudget")
                    : t("budgetUsed", {
                        spent: formatMoney(o.spentCents, locale),
                        budget: formatMoney(o.budgetCents, locale),
                      })}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{o.redemptions}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
