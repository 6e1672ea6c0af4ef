import { getLocale } from "next-intl/server";
import type { ProductDetail } from "@/db/queries/catalog";
import { colourName } from "@/lib/catalog/colours";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { AddToCartForm, type VariantOption } from "./add-to-cart-form";

/** The product page's buy box: labels and prices are made here, the form is a small client leaf. */
export async function AddToCart({ variants, stock }: Pick<ProductDetail, "variants" | "stock">) {
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const online = new Map<string, number>();
  for (const s of stock)
    if (s.storeKind === "warehouse")
      online.set(s.variantId, (online.get(s.variantId) ?? 0) + s.quantity);
  const options: VariantOption[] = variants.map((v) => ({
    id: v.id,
    label:
      [v.size, v.colour ? colourName(v.colour, locale) : null].filter(Boolean).join(" · ") || v.sku,
    price: formatMoney(v.priceCents, locale),
    available: online.get(v.id) ?? 0,
  }));
  if (options.length === 0) return null;
  return <AddToCartForm options={options} />;
}
