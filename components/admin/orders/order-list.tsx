import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { ORDER_STATUSES, type AdminOrderList, type OrderStatus } from "@/lib/orders/admin";
import { Pager } from "./pager";

/** The admin's order list: numbers, dates, status, totals and item counts; no personal data. */
export async function OrderList({
  list,
  status,
}: {
  list: AdminOrderList;
  status: OrderStatus | null;
}) {
  const [t, ts, format, rawLocale] = await Promise.all([
    getTranslations("adminOrders.list"),
    getTranslations("adminOrders.statuses"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (status) params.set("status", status);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `/admin/orders?${query}` : "/admin/orders";
  };
  return (
    <div className="flex flex-col gap-4">
      <form
        method="get"
        action="/admin/orders"
        aria-label={t("filter")}
        className="flex flex-wrap items-end gap-3 rounded-2xl border border-line bg-card p-4"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="order-status" className="text-sm font-medium">
            {t("status")}
          </label>
          <select
            id="order-status"
            name="status"
            defaultValue={status ?? ""}
            className="rounded-lg border border-line bg-card px-3 py-2"
          >
            <option value="">{t("allStatuses")}</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
        >
          {t("apply")}
        </button>
      </form>

      <p role="status" className="text-sm text-ink-soft">
        {t("count", { count: list.total })}
      </p>

      {list.rows.length === 0 ? (
        <p className="rounded-2xl border border-line bg-card p-5">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("caption")} className="rounded-2xl border border-line bg-card">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-paper">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("orderNumber")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("placedAt")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("status")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("total")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("items")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.orderNumber} className="border-t border-line">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link
                      href={`/admin/orders/${row.orderNumber}`}
                      className="font-mono font-semibold underline underline-offset-2"
                    >
                      {row.orderNumber}
                    </Link>
                  </th>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={row.placedAt.toISOString()}>
                      {format.dateTime(row.placedAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </td>
                  <td className="px-3 py-2">{ts(row.status)}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap">
                    {formatMoney(row.totalCents, locale)}
                  </td>
                  <td className="px-3 py-2 text-right">{row.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <Pager
        label={t("pages")}
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={hrefFor}
        previous={t("previous")}
        next={t("next")}
        position={t("position", { page: list.page, pages: list.pageCount })}
      />
    </div>
  );
}
