import { getTranslations } from "next-intl/server";
import type { PostalAddress } from "@/db/schema";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";
import type { OrderDetail } from "@/lib/orders/history";

function AddressBlock({ title, lines }: { title: string; lines: string[] }) {
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      <address className="mt-1 text-sm not-italic">
        {lines.map((line, i) => (
          <span key={i} className="block">
            {line}
          </span>
        ))}
      </address>
    </div>
  );
}

/** Items, totals with VAT per rate, delivery, billing, payment and documents of one order. */
export async function OrderSummary({ detail, locale }: { detail: OrderDetail; locale: AppLocale }) {
  const t = await getTranslations("orders.summary");
  const { order, items, payment } = detail;
  const money = (cents: number) => formatMoney(cents, locale);
  const percent = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "percent",
    maximumFractionDigits: 2,
  });
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
  });
  const addressLines = (address: PostalAddress) =>
    [
      address.fullName,
      address.company,
      address.street,
      address.addressLine2,
      `${address.postalCode} ${address.city}`,
      address.country === "DE" ? t("germany") : address.country,
    ].filter((line): line is string => Boolean(line));
  const row = "flex justify-between gap-4";
  const card = "rounded-3xl border border-line bg-card p-5 sm:p-6";

  return (
    <div className="space-y-6">
      <section aria-labelledby="order-items-heading" className={card}>
        <h2 id="order-items-heading" className="font-display text-2xl">
          {t("items")}
        </h2>
        <table className="mt-4 w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t("items")}</th>
              <th scope="col">{t("quantity")}</th>
              <th scope="col">{t("lineTotal")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {items.map((item) => (
              <tr key={item.id}>
                <td className="py-2 pr-4">
                  <span className="block font-medium">{item.name}</span>
                  <span className="block text-ink-soft">
                    {t("sku", { sku: item.sku })} · {t("unitPrice")} {money(item.unitPriceCents)} ·{" "}
                    {percent.format(item.vatRate / 10000)}
                  </span>
                </td>
                <td className="py-2 pr-4 text-right whitespace-nowrap">× {item.quantity}</td>
                <td className="py-2 text-right whitespace-nowrap">
                  {money(item.unitPriceCents * item.quantity)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="mt-4 space-y-1.5 border-t border-line pt-3 text-sm">
          <div className={row}>
            <dt>{t("subtotal")}</dt>
            <dd>{money(order.subtotalCents)}</dd>
          </div>
          {order.discountCents > 0 ? (
            <div className={`${row} text-moss`}>
              <dt>{t("discount")}</dt>
              <dd>−{money(order.discountCents)}</dd>
            </div>
          ) : null}
          <div className={row}>
            <dt>{t("shipping")}</dt>
            <dd>{order.shippingCents === 0 ? t("free") : money(order.shippingCents)}</dd>
          </div>
          <div className={`${row} border-t border-line pt-2 text-base font-semibold`}>
            <dt>{t("total")}</dt>
            <dd>{money(order.totalCents)}</dd>
          </div>
          {order.vatLines.map((line) => (
            <div key={line.rate} className={`${row} text-xs text-ink-soft`}>
              <dt>
                {t("vatIncluded", {
                  rate: percent.format(line.rate / 10000),
                  net: money(line.netCents),
                })}
              </dt>
              <dd>{money(line.vatCents)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="order-delivery-heading" className={card}>
        <h2 id="order-delivery-heading" className="font-display text-2xl">
          {t("deliveryHeading")}
        </h2>
        <p className="mt-2 text-sm">
          {t("shippingMethod")}: {t(`shippingMethods.${order.shippingMethod}`)}
        </p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {order.shippingAddress ? (
            <AddressBlock
              title={t("shippingAddress")}
              lines={addressLines(order.shippingAddress)}
            />
          ) : detail.pickupStore ? (
            <AddressBlock
              title={t("pickupStore")}
              lines={[
                detail.pickupStore.name,
                detail.pickupStore.street,
                `${detail.pickupStore.postalCode} ${detail.pickupStore.city}`,
              ]}
            />
          ) : null}
          <AddressBlock title={t("billingAddress")} lines={addressLines(order.billingAddress)} />
        </div>
      </section>

      <section aria-labelledby="order-payment-heading" className={card}>
        <h2 id="order-payment-heading" className="font-display text-2xl">
          {t("paymentHeading")}
        </h2>
        <p className="mt-2 text-sm">
          {t(`paymentMethods.${order.paymentMethod}`)}
          {payment?.cardSummary ? ` (${payment.cardSummary})` : ""}
          {payment
            ? ` · ${t(`paymentStatus.${payment.status}`, { amount: money(payment.refundedCents) })}`
            : ""}
        </p>
        {detail.invoice || detail.creditNotes.length > 0 ? (
          <>
            <h3 className="mt-4 text-sm font-semibold">{t("documentsHeading")}</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {detail.invoice ? (
                <li>
                  {t("invoiceLine", {
                    number: detail.invoice.number,
                    date: date.format(detail.invoice.issuedAt),
                  })}
                </li>
              ) : null}
              {detail.creditNotes.map((note) => (
                <li key={note.number}>
                  {t("creditNoteLine", {
                    number: note.number,
                    date: date.format(note.issuedAt),
                    amount: money(note.amountCents),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
