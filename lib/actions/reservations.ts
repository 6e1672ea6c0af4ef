"use server";

import { revalidatePath } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  cancelReservation,
  markPickedUp,
  MAX_RESERVATION_QUANTITY,
  reserve,
} from "@/lib/after-sales/reservations/reserve";
import { requireRole, requireUser } from "@/lib/auth/authorize";
import { parseInput, submittedValues, type FormState } from "./form-state";

/*
 * Click-and-reserve. Customers act only on their own reservations (requireUser; every query is
 * filtered by the session's user id); "picked up" is staff work for admins (requireRole).
 */

const ACCOUNT_PATH = "/account/reservations";
const ADMIN_PATH = "/admin/reservations";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const reserveSchema = z.object({
  variantId: z.uuid({ error: "errors.variant" }),
  storeId: z.uuid({ error: "errors.store" }),
  quantity: z.coerce
    .number({ error: "errors.quantity" })
    .int("errors.quantity")
    .min(1, "errors.quantity")
    .max(MAX_RESERVATION_QUANTITY, "errors.quantity"),
});

const idSchema = z.object({ reservationId: z.uuid() });

/** Reserves a variant in a store for pickup within 48 hours. */
export async function reserveInStoreAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser(ACCOUNT_PATH);
  const [t, format] = await Promise.all([getTranslations("reservations"), getFormatter()]);
  const values = submittedValues(formData);
  const parsed = parseInput(
    reserveSchema,
    {
      variantId: text(formData, "variantId"),
      storeId: text(formData, "storeId"),
      quantity: text(formData, "quantity") || "1",
    },
    (key) => t(key),
    values,
  );
  if (!parsed.ok) return parsed.state;
  const result = await reserve(await getDb(), {
    userId: current.user.id,
    variantId: parsed.data.variantId,
    storeId: parsed.data.storeId,
    quantity: parsed.data.quantity,
    now: new Date(),
  });
  switch (result.status) {
    case "out_of_stock":
      return { status: "error", message: t("errors.outOfStock"), values };
    case "limit_reached":
      return { status: "error", message: t("errors.limit", { limit: result.limit }), values };
    case "not_found":
      return { status: "error", message: t("errors.notFound"), values };
    case "invalid_quantity":
      return { status: "invalid", fieldErrors: { quantity: t("errors.quantity") }, values };
    case "reserved":
      revalidatePath(ACCOUNT_PATH);
      revalidatePath("/products/[slug]", "page");
      return {
        status: "ok",
        message: t("form.reserved", {
          code: result.pickupCode,
          expires: format.dateTime(result.expiresAt, {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone: "Europe/Berlin",
          }),
        }),
        values,
      };
  }
}

/** The customer cancels one of their own active reservations; the stock goes back. */
export async function cancelReservationAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser(ACCOUNT_PATH);
  const t = await getTranslations("reservations");
  const parsed = idSchema.safeParse({ reservationId: text(formData, "reservationId") });
  if (!parsed.success) return { status: "error", message: t("errors.notCancellable") };
  const cancelled = await cancelReservation(await getDb(), {
    userId: current.user.id,
    id: parsed.data.reservationId,
    now: new Date(),
  });
  if (!cancelled) return { status: "error", message: t("errors.notCancellable") };
  revalidatePath(ACCOUNT_PATH);
  return { status: "ok", message: t("account.cancelled") };
}

/** Staff: the customer collected the goods in the store. */
export async function markReservationPickedUpAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireRole(["admin"], ADMIN_PATH);
  const t = await getTranslations("reservations");
  const parsed = idSchema.safeParse({ reservationId: text(formData, "reservationId") });
  if (!parsed.success) return { status: "error", message: t("errors.notActive") };
  const done = await markPickedUp(await getDb(), {
    id: parsed.data.reservationId,
    staff: { id: current.user.id, role: current.user.role },
    now: new Date(),
  });
  if (!done) return { status: "error", message: t("errors.notActive") };
  revalidatePath(ADMIN_PATH);
  return { status: "ok", message: t("admin.pickedUpDone") };
}
