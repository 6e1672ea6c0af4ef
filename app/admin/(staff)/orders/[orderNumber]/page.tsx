import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CustomerData } from "@/components/admin/orders/customer-data";
import { OrderStepForm } from "@/components/admin/orders/order-actions";
import { OrderDetail } from "@/components/admin/orders/order-detail";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { allowedTransitions, getOrderForAdmin } from "@/lib/orders/admin";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("adminOrders.list"))("title"),
    robots: { index: false, follow: false },
  };
}

type Props = { params: Promise<{ orderNumber: string }> };

/**
 * One order for the admin: everything but the customer's personal data, which the admin opens on
 * purpose (logged, S9), and the status changes the order's status allows.
 */
export default async function AdminOrderPage({ params }: Props) {
  const { orderNumber } = await params;
  await requireRole(["admin"], "/admin/orders");
  if (!ORDER_NUMBER_PATTERN.test(orderNumber)) notFound();
  const order = await getOrderForAdmin(await getDb(), orderNumber);
  if (!order) notFound();
  const t = await getTranslations("adminOrders.detail");
  const allowed = allowedTransitions(order.status);
  const any = allowed.ship || allowed.deliver || allowed.cancel;
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-sm">
          <Link href="/admin/orders" className="underline underline-offset-2">
            {t("back")}
          </Link>
        </p>
        <h1 className="mt-2 font-display text-3xl">
          {t("title", { orderNumber: order.orderNumber })}
        </h1>
      </header>
      <OrderDetail order={order} />
      <CustomerData orderNumber={order.orderNumber} />
      <section
        aria-labelledby="order-actions"
        className="flex flex-col gap-6 rounded-2xl border border-line bg-card p-5"
      >
        <h2 id="order-actions" className="text-lg font-semibold">
          {t("actions")}
        </h2>
        {allowed.ship ? <OrderStepForm orderNumber={order.orderNumber} step="ship" /> : null}
        {allowed.deliver ? <OrderStepForm orderNumber={order.orderNumber} step="deliver" /> : null}
        {allowed.cancel ? <OrderStepForm orderNumber={order.orderNumber} step="cancel" /> : null}
        {any ? null : <p>{t("noActions")}</p>}
      </section>
    </div>
  );
}
