import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountShell } from "@/components/account/account-shell";
import { OrderList } from "@/components/orders/order-list";
import { listOrdersForUser } from "@/db/queries/orders";
import { requireUser } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrdersPage() {
  const { user } = await requireUser("/account/orders");
  const [t, rawLocale, orders] = await Promise.all([
    getTranslations("orders"),
    getLocale(),
    listOrdersForUser({ userId: user.id }),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <AccountShell current="orders" title={t("title")} intro={<p>{t("intro")}</p>}>
      {orders.length === 0 ? (
        <div className="space-y-3">
          <p>{t("empty")}</p>
          <p>
            <Link href="/products" className="underline">
              {t("shopLink")}
            </Link>
          </p>
        </div>
      ) : (
        <OrderList orders={orders} locale={locale} />
      )}
    </AccountShell>
  );
}
