"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { addToCart } from "@/lib/cart/cart";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { listOrderVariants } from "@/lib/orders/history";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";
import { paymentProvider } from "@/lib/payments/current";
import type { FormState } from "./form-state";

/*
 * Actions of the purchase history, for the signed-in customer only (requireUser): the order is
 * looked up with the session's user id in the WHERE, so another customer's order number finds
 * nothing and changes nothing (S5).
 */

function orderNumberOf(formData: FormData): string | null {
  const value = formData.get("orderNumber");
  return typeof value === "string" && ORDER_NUMBER_PATTERN.test(value) ? value : null;
}

/** Cancels one of the customer's orders that has not shipped (after the confirm step). */
export async function cancelOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const orderNumber = orderNumberOf(formData);
  const current = await requireUser(
    orderNumber ? `/account/orders/${orderNumber}` : "/account/orders",
  );
  const t = await getTranslations("orders");
  if (!orderNumber) return { status: "error", message: t("cancel.notFound") };
  const result = await cancelOrder(
    await getDb(),
    { orderNumber, userId: current.user.id, now: new Date() },
    { provider: paymentProvider() },
  );
  switch (result.status) {
    case "not_found":
      return { status: "error", message: t("cancel.notFound") };
    case "not_cancellable":
      return {
        status: "error",
        message: t("cancel.notCancellable", { status: t(`status.${result.orderStatus}`) }),
      };
    case "refund_failed":
      return { status: "error", message: t("cancel.refundFailed") };
    case "cancelled":
      revalidatePath("/account/orders", "layout");
      // The page reads the refunded amount from the order itself, not from the URL.
      redirect(`/account/orders/${orderNumber}?cancelled=1`);
  }
}

/** Puts the still available items of one of the customer's orders into their cart. */
export async function buyAgainAction(formData: FormData): Promise<void> {
  const orderNumber = orderNumberOf(formData);
  const current = await requireUser(
    orderNumber ? `/account/orders/${orderNumber}` : "/account/orders",
  );
  if (!orderNumber) redirect("/account/orders");
  const db = await getDb();
  const now = new Date();
  const lines = await listOrderVariants(db, { orderNumber, userId: current.user.id });
  let added = 0;
  for (const line of lines) {
    const result = await addToCart(db, { owner: { userId: current.user.id }, ...line, now });
    if (result.status === "added" || result.status === "limit_reached") added++;
  }
  if (added === 0) redirect(`/account/orders/${orderNumber}?buyAgain=none`);
  revalidatePath("/", "layout");
  redirect("/cart");
}
