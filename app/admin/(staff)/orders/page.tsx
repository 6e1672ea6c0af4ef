import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderList } from "@/components/admin/orders/order-list";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { listOrdersForAdmin, ORDER_STATUSES } from "@/lib/orders/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrders.list"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;

/** The admin's orders, newest first, filterable by status; no personal data in the list (S9). */
export default async function AdminOrdersPage({ searchParams }: Props) {
  await requireRole(["admin"], "/admin/orders");
  const params = await searchParams;
  const rawStatus = single(params.status);
  const status = ORDER_STATUSES.find((s) => s === rawStatus) ?? null;
  const page = Number.parseInt(single(params.page) ?? "1", 10);
  const [t, list] = await Promise.all([
    getTranslations("adminOrders.list"),
    getDb().then((db) =>
      listOrdersForAdmin(db, { status, page: Number.isFinite(page) ? page : 1 }),
    ),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="font-display text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
      </header>
      <OrderList list={list} status={status} />
    </div>
  );
}
