import { getLocale, getTranslations } from "next-intl/server";
import type { ProductDetail } from "@/db/queries/catalog";
import { formatMoney } from "@/lib/format/money";
import { colourName } from "@/lib/catalog/colours";
import { isLocale } from "@/lib/i18n/locale";

/** Sizes and colours with their price and online availability. */
export async function VariantTable({ variants, stock }: Pick<ProductDetail, "variants" | "stock">) {
  const [rawLocale, t] = await Promise.all([getLocale(), getTranslations("product")]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const online = new Map(
    stock.filter((s) => s.storeKind === "warehouse").map((s) => [s.variantId, s.quantity]),
  );
  return (
    <table className="w-full overflow-hidden rounded-xl border border-line bg-card text-sm">
      <caption className="sr-only">{t("variants")}</caption>
      <thead className="bg-paper text-left">
        <tr>
          <th scope="col" className="px-3 py-2">
            {t("variant")}
          </th>
          <th scope="col" className="px-3 py-2">
            {t("price")}
          </th>
          <th scope="col" className="px-3 py-2">
            {t("online")}
          </th>
        </tr>
      </thead>
      <tbody>
        {variants.map((v) => {
          const quantity = online.get(v.id) ?? 0;
          const label = [v.size, v.colour ? colourName(v.colour, locale) : null]
            .filter(Boolean)
            .join(" · ");
          return (
            <tr key={v.id} className="border-t border-line">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {label || v.sku}
              </th>
              <td className="px-3 py-2">{formatMoney(v.priceCents, locale)}</td>
              <td className={quantity > 0 ? "px-3 py-2 text-moss" : "px-3 py-2 text-sale"}>
                {quantity > 0 ? (quantity < 3 ? t("fewLeft") : t("available")) : t("soldOut")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
