import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import type { AdminOrderDetail } from "@/lib/orders/admin";

const card = "rounded-2xl border border-line bg-card p-5";

/** Items, totals, payments, invoice and credit notes and the status timeline of one order. */
export async function OrderDetail({ order }: { order: AdminOrderDetail }) {
  const [t, ts, tp, format, rawLocale] = await Promise.all([
    getTranslations("adminOrders.detail"),
    getTranslations("adminOrders.statuses"),
    getTranslations("adminOrders.paymentStatuses"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const money = (cents: number) => formatMoney(cents, locale);
  const when = (value: Date) => (
    <time dateTime={value.toISOString()}>
      {format.dateTime(value, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
  return (
    <>
      <section aria-labelledby="order-facts" className={card}>
        <h2 id="order-facts" className="text-lg font-semibold">
          {t("facts")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
          <dt className="font-medium">{t("status")}</dt>
          <dd>{ts(order.status)}</dd>
          <dt className="font-medium">{t("customer")}</dt>
          <dd>{order.hasAccount ? t("account") : t("guest")}</dd>
          <dt className="font-medium">{t("shipping")}</dt>
          <dd>{t(`shippingMethods.${order.shippingMethod}`)}</dd>
          <dt className="font-medium">{t("payment")}</dt>
          <dd>{t(`paymentMethods.${order.paymentMethod}`)}</dd>
          {order.restrictedAt ? (
            <>
              <dt className="font-medium">{t("restricted")}</dt>
              <dd>{when(order.restrictedAt)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="order-timeline" className={card}>
        <h2 id="order-timeline" className="text-lg font-semibold">
          {t("timeline")}
        </h2>
        <ol className="mt-3 space-y-1">
          {order.timeline.map((step) => (
            <li key={step.step}>
              <span className="font-medium">{t(`steps.${step.step}`)}</span>: {when(step.at)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="order-items" className={card}>
        <h2 id="order-items" className="text-lg font-semibold">
          {t("items")}
        </h2>
        <ScrollRegion label={t("items")} className="mt-3">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("items")}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("sku")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("product")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("quantity")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("unitPrice")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("vat")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("lineTotal")}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((item) => (
                <tr key={item.sku} className="border-t border-line">
                  <td className="py-2 pr-3 font-mono text-xs">{item.sku}</td>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {item.name}
                  </th>
                  <td className="py-2 pr-3 text-right">{item.quantity}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap">
                    {money(item.unitPriceCents)}
                  </td>
                  <td className="py-2 pr-3 text-right">{item.vatRate} %</td>
                  <td className="py-2 text-right whitespace-nowrap">{money(item.totalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <dl className="mt-4 ml-auto grid max-w-sm grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
          <dt>{t("subtotal")}</dt>
          <dd className="text-right">{money(order.subtotalCents)}</dd>
          {order.discountCents > 0 ? (
            <>
              <dt>
                {order.voucherCode
                  ? t("discountWithCode", { code: order.voucherCode })
                  : t("discount")}
              </dt>
              <dd className="text-right">−{money(order.discountCents)}</dd>
            </>
          ) : null}
          <dt>{t("shippingCost")}</dt>
          <dd className="text-right">{money(order.shippingCents)}</dd>
          <dt className="font-semibold">{t("total")}</dt>
          <dd className="text-right font-semibold">{money(order.totalCents)}</dd>
          {order.vatLines.map((line) => (
            <div key={line.rate} className="contents text-ink-soft">
              <dt>{t("vatIncluded", { rate: line.rate })}</dt>
              <dd className="text-right">{money(line.vatCents)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="order-payments" className={card}>
        <h2 id="order-payments" className="text-lg font-semibold">
          {t("payments")}
        </h2>
        {order.payments.length === 0 ? (
          <p className="mt-3">{t("noPayments")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {order.payments.map((p) => (
              <li key={p.createdAt.toISOString()}>
                {t("paymentLine", {
                  method: t(`paymentMethods.${p.method}`),
                  status: tp(p.status),
                  amount: money(p.amountCents),
                })}
                {p.refundedCents > 0
                  ? ` · ${t("refunded", { amount: money(p.refundedCents) })}`
                  : null}
                <span className="text-ink-soft"> · {when(p.updatedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="order-documents" className={card}>
        <h2 id="order-documents" className="text-lg font-semibold">
          {t("documents")}
        </h2>
        <ul className="mt-3 space-y-2">
          {order.invoice ? (
            <li>
              {t("invoice", {
                number: order.invoice.number,
                amount: money(order.invoice.totalCents),
              })}
              <span className="text-ink-soft"> · {when(order.invoice.issuedAt)}</span>
            </li>
          ) : (
            <li>{t("noInvoice")}</li>
          )}
          {order.creditNotes.map((note) => (
            <li key={note.number}>
              {t("creditNote", {
                number: note.number,
                amount: money(note.amountCents),
                reason: note.reason,
              })}
              <span className="text-ink-soft"> · {when(note.issuedAt)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
