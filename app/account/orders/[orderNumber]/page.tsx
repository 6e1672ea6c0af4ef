import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountShell, StatusNotice } from "@/components/account/account-shell";
import { ReturnsSection } from "@/components/after-sales/returns/returns-section";
import { WithdrawalSection } from "@/components/after-sales/withdrawal/withdrawal-section";
import { BuyAgainForm } from "@/components/orders/buy-again-form";
import { CancelOrderForm } from "@/components/orders/cancel-order-form";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline, StatusBadge } from "@/components/orders/order-status";
import { getOrderForAccess } from "@/db/queries/orders";
import { requireUser } from "@/lib/auth/authorize";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";
import { isCancellable } from "@/lib/orders/status";

type Props = {
  params: Promise<{ orderNumber: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orderNumber } = await params;
  const t = await getTranslations("orders");
  return { title: t("orderHeading", { orderNumber: orderNumber.slice(0, 20) }) };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { orderNumber } = await params;
  const { user } = await requireUser(`/account/orders/${encodeURIComponent(orderNumber)}`);
  if (!ORDER_NUMBER_PATTERN.test(orderNumber)) notFound();
  const [t, tr, rawLocale, query, detail] = await Promise.all([
    getTranslations("orders"),
    getTranslations("returns"),
    getLocale(),
    searchParams,
    getOrderForAccess({ orderNumber, access: [{ userId: user.id }] }),
  ]);
  if (!detail) notFound();
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const { order } = detail;
  const cancellable = isCancellable(order.status);
  const refunded = detail.payment?.refundedCents ?? 0;
  const button =
    "inline-block rounded-full border border-line bg-card px-5 py-2.5 font-semibold hover:border-ink";

  return (
    <AccountShell
      current="orders"
      subpage
      title={t("orderHeading", { orderNumber })}
      intro={
        <p>
          <Link href="/account/orders" className="underline">
            {t("backToList")}
          </Link>
        </p>
      }
    >
      {query.cancelled && order.status === "cancelled" ? (
        <StatusNotice>
          {refunded > 0
            ? t("cancel.done", { amount: formatMoney(refunded, locale) })
            : t("cancel.doneNoRefund")}
        </StatusNotice>
      ) : null}
      {query.buyAgain === "none" ? <p className="text-sale">{t("buyAgainNone")}</p> : null}
      <div className="space-y-3">
        <p className="flex flex-wrap items-center gap-3">
          <span className="font-medium">{t("status.label")}:</span>
          <StatusBadge status={order.status} />
        </p>
        <OrderTimeline order={order} locale={locale} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {detail.invoice ? (
          <a href={`/account/orders/${orderNumber}/invoice`} className={button} download>
            {t("invoice")}
          </a>
        ) : null}
        <BuyAgainForm orderNumber={orderNumber} />
        {cancellable && query.cancel !== "1" ? (
          <Link
            href={`/account/orders/${orderNumber}?cancel=1#cancel`}
            className="text-sale underline"
          >
            {t("cancel.button")}
          </Link>
        ) : null}
      </div>
      {cancellable ? <p className="text-sm text-ink-soft">{t("cancel.hint")}</p> : null}
      {cancellable && query.cancel === "1" ? <CancelOrderForm orderNumber={orderNumber} /> : null}
      <OrderSummary detail={detail} locale={locale} />
      <WithdrawalSection orderNumber={orderNumber} />
      {query.returned ? <StatusNotice>{tr("requested")}</StatusNotice> : null}
      <ReturnsSection orderNumber={orderNumber} userId={user.id} />
    </AccountShell>
  );
}
