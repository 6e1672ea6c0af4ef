import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AdminProductRow } from "@/lib/catalog/admin";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";

/** One page of products: name (link to edit), category, price or price range, status, stock. */
export async function ProductTable({ rows }: { rows: AdminProductRow[] }) {
  const [t, rawLocale] = await Promise.all([getTranslations("adminCatalog"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const price = (row: AdminProductRow) => {
    if (row.minPriceCents === null || row.maxPriceCents === null) return t("list.noPrice");
    if (row.minPriceCents === row.maxPriceCents) return formatMoney(row.minPriceCents, locale);
    return t("list.priceRange", {
      low: formatMoney(row.minPriceCents, locale),
      high: formatMoney(row.maxPriceCents, locale),
    });
  };
  return (
    <ScrollRegion label={t("list.caption")} className="rounded-2xl border border-line bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("list.name")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("list.category")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("list.price")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("list.status")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("list.stock")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-line align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link
                  href={`/admin/catalog/products/${row.id}`}
                  className="font-semibold underline-offset-2 hover:underline"
                >
                  {locale === "de" ? row.nameDe : row.nameEn}
                </Link>
                <span className="block text-ink-soft">{row.brand}</span>
              </th>
              <td className="px-3 py-2">
                {locale === "de" ? row.categoryNameDe : row.categoryNameEn}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{price(row)}</td>
              <td className="px-3 py-2">{t(`status.${row.status}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.stockTotal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
