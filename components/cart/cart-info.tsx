import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { SHIPPING } from "@/lib/pricing/totals";

/** Shipping options and costs, shown here for information; the choice is made at checkout. */
export async function ShippingOptions() {
  const [rawLocale, t] = await Promise.all([getLocale(), getTranslations("cart.info")]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <section aria-labelledby="shipping-options-heading" className="space-y-2">
      <h2 id="shipping-options-heading" className="font-display text-xl">
        {t("shippingHeading")}
      </h2>
      <dl className="divide-y divide-line rounded-2xl border border-line bg-card text-sm">
        <div className="flex flex-wrap justify-between gap-x-4 px-4 py-2.5">
          <dt className="font-medium">{t("standard")}</dt>
          <dd>
            {t("standardPrice", {
              price: money(SHIPPING.standard.priceCents),
              free: money(SHIPPING.standard.freeFromCents),
            })}
          </dd>
        </div>
        <div className="flex flex-wrap justify-between gap-x-4 px-4 py-2.5">
          <dt className="font-medium">{t("express")}</dt>
          <dd>{money(SHIPPING.express.priceCents)}</dd>
        </div>
        <div className="flex flex-wrap justify-between gap-x-4 px-4 py-2.5">
          <dt className="font-medium">{t("pickup")}</dt>
          <dd>
            {SHIPPING.pickup.priceCents === 0 ? t("free") : money(SHIPPING.pickup.priceCents)}
          </dd>
        </div>
      </dl>
      <p className="text-sm">
        <Link href="/legal/terms#shipping" className="underline underline-offset-2">
          {t("shippingLink")}
        </Link>
      </p>
    </section>
  );
}

/** Accepted payment methods and delivery restrictions, before ordering starts (§312j(1) BGB). */
export async function PaymentAndDelivery() {
  const t = await getTranslations("cart.info");
  return (
    <div className="space-y-4 text-sm">
      <section aria-labelledby="payment-methods-heading">
        <h2 id="payment-methods-heading" className="font-semibold">
          {t("paymentHeading")}
        </h2>
        <ul className="mt-1 list-disc pl-5">
          <li>{t("card")}</li>
          <li>{t("invoice")}</li>
        </ul>
      </section>
      <section aria-labelledby="delivery-restrictions-heading">
        <h2 id="delivery-restrictions-heading" className="font-semibold">
          {t("deliveryHeading")}
        </h2>
        <ul className="mt-1 list-disc pl-5">
          <li>{t("germanyOnly")}</li>
          <li>{t("noExpressPackstation")}</li>
          <li>{t("pickupCities")}</li>
        </ul>
      </section>
    </div>
  );
}
