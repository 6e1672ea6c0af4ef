import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getReturnFormData, listReturnsForOrder } from "@/lib/after-sales/returns/request";
import { ReturnRequestForm } from "./return-request-form";

/** The order page's returns: each return with its status, and the form while one is possible. */
export async function ReturnsSection({
  orderNumber,
  userId,
}: {
  orderNumber: string;
  userId: string;
}) {
  const db = await getDb();
  const now = new Date();
  const [t, format, list, form] = await Promise.all([
    getTranslations("returns"),
    getFormatter(),
    listReturnsForOrder(db, { orderNumber, userId }),
    getReturnFormData(db, { orderNumber, userId, now }),
  ]);
  if (!form && list.length === 0) return null;
  const open = form && form.window.kind !== "closed" && form.items.some((i) => i.returnable > 0);
  return (
    <section
      id="returns"
      aria-labelledby="returns-heading"
      className="space-y-4 rounded-2xl border border-line bg-card p-5 sm:p-6"
    >
      <h2 id="returns-heading" className="font-display text-2xl">
        {t("heading")}
      </h2>
      {list.length > 0 ? (
        <ul className="space-y-3">
          {list.map((r) => (
            <li key={r.id} className="rounded-xl border border-line p-3 text-sm">
              <p className="font-medium">
                {t(`kind.${r.kind}`)} · {t(`status.${r.status}`)} ·{" "}
                {format.dateTime(r.createdAt, { dateStyle: "medium" })}
              </p>
              <ul className="text-ink-soft">
                {r.items.map((item, index) => (
                  <li key={index}>
                    {item.replacementSku
                      ? t("itemExchange", {
                          quantity: item.quantity,
                          name: item.name,
                          sku: item.replacementSku,
                        })
                      : t("item", { quantity: item.quantity, name: item.name })}
                  </li>
                ))}
              </ul>
              {r.refusalReason ? <p>{t("refusedBecause", { reason: r.refusalReason })}</p> : null}
              {r.method === "label" && r.status === "requested" ? (
                <Link href={`/account/orders/${orderNumber}/returns/${r.id}`} className="underline">
                  {t("labelLink")}
                </Link>
              ) : r.method === "store" ? (
                <p>{t("method.store")}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {form && open ? (
        <>
          <p className="text-sm text-ink-soft">
            {form.window.kind === "withdrawal"
              ? t("window.withdrawal", {
                  date: format.dateTime(form.window.endsAt, { dateStyle: "long" }),
                })
              : form.window.kind === "goodwill"
                ? t("window.goodwill", {
                    date: format.dateTime(form.window.endsAt, { dateStyle: "long" }),
                  })
                : null}
          </p>
          <ReturnRequestForm
            orderNumber={orderNumber}
            items={form.items}
            stores={form.stores}
            reasonRequired={form.window.kind === "goodwill"}
          />
        </>
      ) : form ? (
        <p className="text-sm text-ink-soft">{t("window.closed")}</p>
      ) : null}
    </section>
  );
}
