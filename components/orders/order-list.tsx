import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";
import { isCancellable } from "@/lib/orders/status";
import type { OrderSummary } from "@/lib/orders/history";
import { BuyAgainForm } from "./buy-again-form";
import { OrderTimeline, StatusBadge } from "./order-status";

const action =
  "inline-block rounded-full border border-line bg-card px-5 py-2.5 font-semibold hover:border-ink";

/** The purchase history: one card per order with status, items, total and what can be done. */
export async function OrderList({ orders, locale }: { orders: OrderSummary[]; locale: AppLocale }) {
  const t = await getTranslations("orders");
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "Europe/Berlin",
    dateStyle: "long",
  });
  return (
    <ul aria-label={t("listLabel")} className="space-y-4">
      {orders.map((order) => {
        const href = `/account/orders/${order.orderNumber}`;
        const units = order.items.reduce((sum, item) => sum + item.quantity, 0);
        return (
          <li
            key={order.orderNumber}
            className="space-y-3 rounded-3xl border border-line bg-card p-5 sm:p-6"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-display text-xl">
                <Link href={href} className="underline-offset-2 hover:underline">
                  {t("orderHeading", { orderNumber: order.orderNumber })}
                </Link>
              </h2>
              <StatusBadge status={order.status} />
            </div>
            <p className="text-sm text-ink-soft">
              {t("placedOn", { date: date.format(order.placedAt) })} ·{" "}
              {t("itemCount", { count: units })} · {t("total")}{" "}
              {formatMoney(order.totalCents, locale)}
            </p>
            <ul className="text-sm">
              {order.items.map((item, i) => (
                <li key={i}>
                  {item.quantity} × {item.name}
                </li>
              ))}
            </ul>
            <OrderTimeline order={order} locale={locale} />
            <div className="flex flex-wrap items-center gap-3">
              <Link href={href} className={action}>
                {t("details")}
                <span className="sr-only">
                  {" "}
                  ({t("detailsFor", { orderNumber: order.orderNumber })})
                </span>
              </Link>
              {order.invoiceNumber !== null ? (
                <a href={`${href}/invoice`} className={action} download>
                  {t("invoice")}
                  <span className="sr-only">
                    {" "}
                    ({t("invoiceFor", { number: order.invoiceNumber })})
                  </span>
                </a>
              ) : null}
              <BuyAgainForm orderNumber={order.orderNumber} />
              {isCancellable(order.status) ? (
                <Link href={`${href}?cancel=1#cancel`} className="text-sale underline">
                  {t("cancel.button")}
                  <span className="sr-only"> ({order.orderNumber})</span>
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
