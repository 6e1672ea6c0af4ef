"use client";

import Link from "next/link";
import { useOptimistic } from "react";
import { useTranslations } from "next-intl";
import { cartItemCount, cartTotals } from "@/lib/cart/cart-totals";
import { applyLineChange } from "@/lib/cart/line-change";
import { exceedsStock } from "@/lib/cart/limits";
import type { CartView } from "@/lib/cart/types";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import { CartLineItem } from "./cart-line-item";
import { CartSummary } from "./cart-summary";
import { EmptyCart } from "./empty-cart";
import { VoucherForm } from "./voucher-form";

/**
 * The cart with optimistic quantities (vercel/commerce's pattern): lines and totals follow a click
 * at once, computed with the same pure functions as on the server, until the revalidated cart
 * arrives. `beforeCheckout` is what must be seen before ordering starts (payment, delivery).
 */
export function CartContents({
  cart,
  locale,
  shippingOptions,
  beforeCheckout,
}: {
  cart: CartView;
  locale: AppLocale;
  shippingOptions: React.ReactNode;
  beforeCheckout: React.ReactNode;
}) {
  const t = useTranslations("cart");
  const [lines, changeLine] = useOptimistic(cart.lines, applyLineChange);
  if (lines.length === 0) return <EmptyCart />;
  const totals = cartTotals({ lines, voucher: cart.voucher });
  const count = cartItemCount(lines);
  const stockProblem = lines.some(exceedsStock);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-8">
        <section aria-labelledby="cart-lines-heading">
          <h2 id="cart-lines-heading" className="sr-only">
            {t("lines.heading")}
          </h2>
          <p className="text-sm text-ink-soft">{t("itemCount", { count })}</p>
          <ul className="divide-y divide-line">
            {lines.map((line) => (
              <CartLineItem key={line.itemId} line={line} locale={locale} onChange={changeLine} />
            ))}
          </ul>
          <p className="sr-only" role="status">
            {t("announcement", { count, total: formatMoney(totals.totalCents, locale) })}
          </p>
        </section>
        {shippingOptions}
      </div>
      <div className="h-fit space-y-6 rounded-3xl border border-line bg-card p-5 lg:sticky lg:top-4">
        <CartSummary totals={totals} voucher={cart.voucher} locale={locale} />
        <VoucherForm voucher={cart.voucher} locale={locale} />
        {beforeCheckout}
        {stockProblem ? (
          <p className="text-sm font-medium text-sale">{t("summary.stockProblem")}</p>
        ) : null}
        <Link
          href="/checkout"
          className="block rounded-full bg-ink px-5 py-3 text-center font-semibold text-white hover:bg-ink-soft"
        >
          {t("summary.checkout")}
        </Link>
        <Link href="/products" className="block text-center text-sm underline underline-offset-2">
          {t("continueShopping")}
        </Link>
      </div>
    </div>
  );
}
