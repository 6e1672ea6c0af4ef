"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import {
  cancelOrderAsStaff,
  markOrderDelivered,
  markOrderShipped,
  revealOrderCustomer,
  type CustomerData,
  type StaffActor,
} from "@/lib/orders/admin";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";
import { paymentProvider } from "@/lib/payments/current";
import type { FormState } from "./form-state";

/*
 * The admin's order actions: each is a public POST endpoint, so each checks the role itself
 * (admin only, like the page), parses the order number and leaves the rules to lib/orders/admin.
 */

const NS = "adminOrders";
const LIST_PAGE = "/admin/orders";
const ADMINS = ["admin"] as const;

const orderSchema = z.object({ orderNumber: z.string().trim().regex(ORDER_NUMBER_PATTERN) });

async function who(orderNumber: unknown): Promise<{ staff: StaffActor }> {
  const callback =
    typeof orderNumber === "string" && ORDER_NUMBER_PATTERN.test(orderNumber)
      ? `${LIST_PAGE}/${orderNumber}`
      : LIST_PAGE;
  const current = await requireRole(ADMINS, callback);
  return { staff: { id: current.user.id, role: current.user.role } };
}

function done(orderNumber: string) {
  revalidatePath(LIST_PAGE);
  revalidatePath(`${LIST_PAGE}/${orderNumber}`);
}

async function step(kind: "ship" | "deliver" | "cancel", formData: FormData): Promise<FormState> {
  const { staff } = await who(formData.get("orderNumber"));
  const [t, ts] = await Promise.all([
    getTranslations(`${NS}.actions`),
    getTranslations(`${NS}.statuses`),
  ]);
  const parsed = orderSchema.safeParse({ orderNumber: formData.get("orderNumber") });
  if (!parsed.success) return { status: "error", message: t("notFound") };
  const input = { orderNumber: parsed.data.orderNumber, staff, now: new Date() };
  const db = await getDb();
  const result =
    kind === "ship"
      ? await markOrderShipped(db, input)
      : kind === "deliver"
        ? await markOrderDelivered(db, input)
        : await cancelOrderAsStaff(db, input, { provider: paymentProvider() });
  switch (result.status) {
    case "not_found":
      return { status: "error", message: t("notFound") };
    case "wrong_status":
      return {
        status: "error",
        message: t("wrongStatus", { status: ts(result.orderStatus) }),
      };
    case "refund_failed":
      return { status: "error", message: t("refundFailed") };
    default:
      done(parsed.data.orderNumber);
      return { status: "ok", message: t(`${kind}Done`) };
  }
}

/** paid → shipped. */
export async function markOrderShippedAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return step("ship", formData);
}

/** shipped → delivered. */
export async function markOrderDeliveredAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return step("deliver", formData);
}

/** Cancels, refunds through the payment provider and issues a credit note. */
export async function cancelOrderAsStaffAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return step("cancel", formData);
}

export type RevealState =
  | { status: "idle" }
  | { status: "ok"; customer: CustomerData }
  | { status: "error"; message: string };

/**
 * Shows the customer's name, e-mail and addresses to the admin. A POST rather than a link, so the
 * look is a deliberate act and no GET writes; the audit entry is written before the data leaves
 * (S9).
 */
export async function revealOrderCustomerAction(
  _prev: RevealState,
  formData: FormData,
): Promise<RevealState> {
  const { staff } = await who(formData.get("orderNumber"));
  const t = await getTranslations(`${NS}.actions`);
  const parsed = orderSchema.safeParse({ orderNumber: formData.get("orderNumber") });
  if (!parsed.success) return { status: "error", message: t("notFound") };
  const customer = await revealOrderCustomer(await getDb(), {
    orderNumber: parsed.data.orderNumber,
    staff,
    now: new Date(),
  });
  if (!customer) return { status: "error", message: t("notFound") };
  return { status: "ok", customer };
}
