"use client";

import { AutomatedPriceNote } from "@/components/personalization/automated-price-note";
import Link from "next/link";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";
import type { Totals } from "@/lib/pricing/totals";
import type { CheckoutCart } from "./types";

/**
 * The final button (L1, §312j(3) BGB): its name is exactly "Zahlungspflichtig bestellen" /
 * "Buy now" at all times; while the order is sent it is disabled and a status line says so.
 */
function BuyButton() {
  const t = useTranslations("checkout.review");
  const { pending } = useFormStatus();
  return (
    <div className="space-y-2">
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="w-full rounded-full bg-ink px-5 py-3 text-lg font-semibold text-white hover:bg-ink-soft disabled:opacity-60"
      >
        {t("buy")}
      </button>
      <p role="status" aria-live="polite" className="text-center text-sm text-ink-soft">
        {pending ? t("buying") : ""}
      </p>
    </div>
  );
}

const linkClass = "text-focus underline underline-offset-2";

/** Lines and totals (VAT per rate, shipping, discount) right above the button, with the legal links. */
export function OrderReview({
  cart,
  totals,
  locale,
  state,
}: {
  cart: CheckoutCart;
  totals: Totals;
  locale: AppLocale;
  state: FormState;
}) {
  const t = useTranslations("checkout.review");
  const money = (cents: number) => formatMoney(cents, locale);
  const percent = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "percent",
    maximumFractionDigits: 2,
  });
  const row = "flex justify-between gap-4";
  return (
    <section
      aria-labelledby="order-review-heading"
      className="space-y-4 rounded-3xl border border-line bg-card p-5 sm:p-6"
    >
      <h2 id="order-review-heading" className="font-display text-2xl">
        {t("heading")}
      </h2>
      <ul className="divide-y divide-line">
        {cart.lines.map((line) => {
          const name = locale === "de" ? line.nameDe : line.nameEn;
          const variant = [line.size, line.colour].filter(Boolean).join(", ");
          return (
            <li key={line.itemId} className="flex justify-between gap-4 py-2 text-sm">
              <div>
                <p className="font-medium">{name}</p>
                {variant ? <p className="text-ink-soft">{variant}</p> : null}
                <p className="text-ink-soft">
                  {t("quantity", { quantity: line.quantity })} ·{" "}
                  {t("unitPrice", { price: money(line.unitPriceCents) })}
                </p>
                {line.quantity > line.availableOnline ? (
                  <p className="text-sale">
                    {t("stockWarning", { available: Math.max(0, line.availableOnline) })}
                  </p>
                ) : null}
              </div>
              <p className="whitespace-nowrap">{money(line.unitPriceCents * line.quantity)}</p>
            </li>
          );
        })}
      </ul>
      <dl className="space-y-1.5 text-sm">
        <div className={row}>
          <dt>{t("subtotal")}</dt>
          <dd>{money(totals.subtotalCents)}</dd>
        </div>
        {totals.discountCents > 0 && cart.voucher ? (
          <div className={`${row} text-moss`}>
            <dt>
              {t("discount", { name: locale === "de" ? cart.voucher.nameDe : cart.voucher.nameEn })}
              {cart.voucher.automated ? <AutomatedPriceNote /> : null}
            </dt>
            <dd>−{money(totals.discountCents)}</dd>
          </div>
        ) : null}
        <div className={row}>
          <dt>{t("shipping")}</dt>
          <dd>{totals.shippingCents === 0 ? t("free") : money(totals.shippingCents)}</dd>
        </div>
        <div className={`${row} border-t border-line pt-2 text-lg font-semibold`}>
          <dt>{t("total")}</dt>
          <dd>{money(totals.totalCents)}</dd>
        </div>
        {totals.vatLines.map((line) => (
          <div key={line.rate} className={`${row} text-xs text-ink-soft`}>
            <dt>{t("vatIncluded", { rate: percent.format(line.rate / 10000) })}</dt>
            <dd>{money(line.vatCents)}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm">
        {t.rich("legal", {
          terms: (chunks) => (
            <Link href="/legal/terms" target="_blank" className={linkClass}>
              {chunks}
            </Link>
          ),
          withdrawal: (chunks) => (
            <Link href="/legal/withdrawal" target="_blank" className={linkClass}>
              {chunks}
            </Link>
          ),
          privacy: (chunks) => (
            <Link href="/legal/privacy" target="_blank" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      <input type="hidden" name="expectedTotalCents" value={totals.totalCents} />
      <FormMessage state={state} />
      <BuyButton />
    </section>
  );
}
