import { getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AdminProduct, AdminVariant } from "@/lib/catalog/admin";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { PriceChangeForm } from "./price-change-form";
import { StockForm } from "./stock-form";

/** One variant: its price and the reduction shoppers see (computed, P5), price form, stock. */
export async function VariantSection({
  variant,
  stores,
}: {
  variant: AdminVariant;
  stores: AdminProduct["stores"];
}) {
  const [t, rawLocale] = await Promise.all([getTranslations("adminCatalog"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const headingId = `variant-${variant.id}`;
  const details = [variant.size, variant.colour].filter(Boolean).join(", ");
  const quantity = (storeId: string) =>
    variant.stock.find((s) => s.storeId === storeId)?.quantity ?? 0;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-2xl border border-line bg-card p-4"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {t("variants.variant", { sku: variant.sku })}
        {details ? <span className="font-normal text-ink-soft"> ({details})</span> : null}
      </h3>
      <div className="text-sm">
        <p className="font-medium">
          {t("variants.currentPrice", { price: formatMoney(variant.priceCents, locale) })}
        </p>
        <p>
          {variant.reduction
            ? t("variants.currentReduction", {
                reference: formatMoney(variant.reduction.referenceCents, locale),
                percent: variant.reduction.percentOff,
              })
            : t("variants.noReduction")}
        </p>
        <p className="text-ink-soft">{t("variants.referenceExplanation")}</p>
      </div>
      <PriceChangeForm variantId={variant.id} sku={variant.sku} />
      <ScrollRegion label={t("stock.caption", { sku: variant.sku })}>
        <table className="w-full text-left text-sm">
          <caption className="text-left font-semibold">
            {t("stock.caption", { sku: variant.sku })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-2">
                {t("stock.store")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("stock.quantity")}
              </th>
            </tr>
          </thead>
          <tbody>
            {stores.map((store) => (
              <tr key={store.id} className="border-t border-line align-top">
                <th scope="row" className="px-2 py-2 font-normal">
                  {store.name}
                  {store.kind === "warehouse" ? (
                    <span className="text-ink-soft"> ({t("stock.warehouse")})</span>
                  ) : null}
                </th>
                <td className="px-2 py-2">
                  <StockForm
                    variantId={variant.id}
                    storeId={store.id}
                    sku={variant.sku}
                    storeName={store.name}
                    quantity={quantity(store.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
