import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentAndDelivery, ShippingOptions } from "@/components/cart/cart-info";
import { CartContents } from "@/components/cart/cart-contents";
import { Recommendations } from "@/components/personalization/recommendations";
import { getCartForOwner } from "@/db/queries/cart";
import { currentCartOwner } from "@/lib/cart/current-owner";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cart"))("title"), robots: { index: false } };
}

export default async function CartPage() {
  await connection();
  const [owner, rawLocale, t, tp] = await Promise.all([
    currentCartOwner(),
    getLocale(),
    getTranslations("cart"),
    getTranslations("personalization.surfaces"),
  ]);
  const cart = await getCartForOwner(owner, new Date());
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <div className="space-y-6">
      <h1 className="font-display text-3xl sm:text-4xl">{t("title")}</h1>
      <CartContents
        cart={cart}
        locale={locale}
        shippingOptions={<ShippingOptions />}
        beforeCheckout={<PaymentAndDelivery />}
      />
      {cart.lines.length > 0 ? (
        <Recommendations
          placement={{ surface: "cart", productIds: cart.lines.map((l) => l.productId) }}
          heading={tp("boughtTogether")}
        />
      ) : null}
    </div>
  );
}
