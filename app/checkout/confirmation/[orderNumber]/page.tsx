import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderSummary } from "@/components/orders/order-summary";
import { Recommendations } from "@/components/personalization/recommendations";
import { OrderTimeline, StatusBadge } from "@/components/orders/order-status";
import { getOrderForAccess } from "@/db/queries/orders";
import { currentOrderAccess } from "@/lib/checkout/guest-cookie";
import { isLocale } from "@/lib/i18n/locale";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("checkout"))("confirmation.title"),
    robots: { index: false },
  };
}

type Props = { params: Promise<{ orderNumber: string }> };

/**
 * Visible to the customer whose order it is, or to the guest who has just placed it (signed
 * cookie, one hour); a 404 for everyone else.
 */
export default async function ConfirmationPage({ params }: Props) {
  await connection();
  const [{ orderNumber }, rawLocale, t, tp, access] = await Promise.all([
    params,
    getLocale(),
    getTranslations("checkout.confirmation"),
    getTranslations("personalization.surfaces"),
    currentOrderAccess(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  if (!ORDER_NUMBER_PATTERN.test(orderNumber)) notFound();
  const detail = await getOrderForAccess({ orderNumber, access });
  if (!detail) notFound();
  const { order } = detail;
  const signedIn = access.some((a) => "userId" in a);
  const invoiceHref = signedIn
    ? `/account/orders/${orderNumber}/invoice`
    : `/checkout/confirmation/${orderNumber}/invoice`;
  const button =
    "inline-block rounded-full border border-line bg-card px-5 py-2.5 font-semibold hover:border-ink";

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-3">
        <h1 className="font-display text-3xl sm:text-4xl">{t("title")}</h1>
        <p role="status">{t("intro", { orderNumber, email: order.email })}</p>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={order.status} />
          <OrderTimeline order={order} locale={locale} />
        </div>
        {detail.challengeReference ? (
          <p>
            {t("pending")}{" "}
            <Link
              href={`/checkout/challenge/${encodeURIComponent(detail.challengeReference)}`}
              className="underline"
            >
              {t("continuePayment")}
            </Link>
          </p>
        ) : null}
        {order.status === "cancelled" ? <p className="text-sale">{t("cancelled")}</p> : null}
        {signedIn ? null : <p className="text-sm text-ink-soft">{t("guestHint")}</p>}
      </div>
      <div className="flex flex-wrap gap-3">
        {detail.invoice ? (
          <a href={invoiceHref} className={button} download>
            {t("invoice")}
          </a>
        ) : null}
        {signedIn ? (
          <Link href="/account/orders" className={button}>
            {t("ordersLink")}
          </Link>
        ) : null}
        <Link href="/products" className={button}>
          {t("continue")}
        </Link>
      </div>
      <OrderSummary detail={detail} locale={locale} />
      <Recommendations
        placement={{
          surface: "order-confirmation",
          productIds: detail.items.flatMap((i) => (i.productId ? [i.productId] : [])),
        }}
        heading={tp("afterOrder")}
      />
    </div>
  );
}
