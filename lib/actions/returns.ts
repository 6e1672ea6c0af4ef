"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestReturn, type ReturnRequestLine } from "@/lib/after-sales/returns/request";
import {
  completeExchange,
  receiveReturn,
  refundReturn,
  refuseReturn,
  type StaffStepResult,
} from "@/lib/after-sales/returns/staff";
import { requireRole, requireUser } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";
import { paymentProvider } from "@/lib/payments/current";
import { appBaseUrl } from "@/lib/server/app-url";
import { parseInput, submittedValues, type FormState } from "./form-state";

/*
 * Returns and exchanges. The customer's action looks the order up with the session's user id
 * (requireUser + owner-scoped query in lib/after-sales/returns), the staff actions are admin only.
 */

const NS = "returns";
const QTY_PREFIX = "qty_";
const REPLACEMENT_PREFIX = "replacement_";

const requestSchema = z
  .object({
    orderNumber: z.string().regex(ORDER_NUMBER_PATTERN, "errors.notFound"),
    kind: z.enum(["return", "exchange"], { error: "errors.kind" }),
    method: z.enum(["label", "store"], { error: "errors.method" }),
    storeId: z.union([z.literal(""), z.uuid({ error: "errors.store" })]).optional(),
    reason: z.string().trim().max(500, "errors.reasonTooLong").optional(),
  })
  .refine((v) => v.method !== "store" || !!v.storeId, {
    path: ["storeId"],
    message: "errors.store",
  });

/** The item lines from `qty_<orderItemId>` and `replacement_<orderItemId>` fields. */
function linesOf(formData: FormData): ReturnRequestLine[] | null {
  const lines: ReturnRequestLine[] = [];
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith(QTY_PREFIX) || typeof value !== "string" || value.trim() === "") continue;
    const orderItemId = key.slice(QTY_PREFIX.length);
    const quantity = Number(value);
    if (!z.uuid().safeParse(orderItemId).success || !Number.isInteger(quantity) || quantity < 0)
      return null;
    if (quantity === 0) continue;
    const replacement = formData.get(`${REPLACEMENT_PREFIX}${orderItemId}`);
    lines.push({
      orderItemId,
      quantity,
      replacementVariantId:
        typeof replacement === "string" && z.uuid().safeParse(replacement).success
          ? replacement
          : null,
    });
  }
  return lines;
}

/** The customer asks to return or exchange items of a delivered order. */
export async function requestReturnAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const rawNumber = formData.get("orderNumber");
  const orderPath =
    typeof rawNumber === "string" && ORDER_NUMBER_PATTERN.test(rawNumber)
      ? `/account/orders/${rawNumber}`
      : "/account/orders";
  const current = await requireUser(orderPath);
  const [t, rawLocale] = await Promise.all([getTranslations(NS), getLocale()]);
  const values = submittedValues(formData);
  const parsed = parseInput(
    requestSchema,
    {
      orderNumber: formData.get("orderNumber"),
      kind: formData.get("kind"),
      method: formData.get("method"),
      storeId: formData.get("storeId") ?? "",
      reason: formData.get("reason") ?? "",
    },
    (key) => t(key),
    values,
  );
  if (!parsed.ok) return parsed.state;
  const lines = linesOf(formData);
  if (!lines || lines.length === 0) {
    return { status: "invalid", fieldErrors: { items: t("errors.noItems") }, values };
  }
  const input = parsed.data;
  const result = await requestReturn(await getDb(), {
    orderNumber: input.orderNumber,
    userId: current.user.id,
    kind: input.kind,
    method: input.method,
    storeId: input.method === "store" ? (input.storeId ?? null) : null,
    reason: input.reason ?? null,
    lines,
    locale: isLocale(rawLocale) ? rawLocale : "de",
    baseUrl: await appBaseUrl(),
    now: new Date(),
  });
  switch (result.status) {
    case "requested":
      revalidatePath(orderPath);
      redirect(`${orderPath}?returned=1#returns`);
    case "reason_required":
      return { status: "invalid", fieldErrors: { reason: t("errors.reasonRequired") }, values };
    case "bad_lines":
      return { status: "invalid", fieldErrors: { items: t("errors.tooMany") }, values };
    case "bad_store":
      return { status: "invalid", fieldErrors: { storeId: t("errors.store") }, values };
    default:
      return { status: "error", message: t(`errors.${result.status}`), values };
  }
}

const ADMINS = ["admin"] as const;
const QUEUE = "/admin/returns";
const stepSchema = z.object({ returnId: z.uuid({ error: "errors.notFound" }) });

async function staffStep(
  formData: FormData,
  run: (returnId: string, actor: { id: string; role: "admin" }) => Promise<StaffStepResult>,
): Promise<FormState> {
  const current = await requireRole(ADMINS, QUEUE);
  const t = await getTranslations(NS);
  const parsed = stepSchema.safeParse({ returnId: formData.get("returnId") });
  if (!parsed.success) return { status: "error", message: t("errors.notFound") };
  const result = await run(parsed.data.returnId, { id: current.user.id, role: "admin" });
  switch (result.status) {
    case "done":
      revalidatePath(QUEUE);
      revalidatePath("/account/orders", "layout");
      return { status: "ok", message: t(`staff.done.${result.newStatus}`) };
    case "wrong_status":
      return {
        status: "error",
        message: t("errors.wrongStatus", { status: t(`status.${result.current}`) }),
      };
    case "reason_required":
      return {
        status: "invalid",
        fieldErrors: { reason: t("errors.refusalReason") },
        values: submittedValues(formData),
      };
    default:
      return { status: "error", message: t(`errors.${result.status}`) };
  }
}

/** Staff: the parcel arrived (the returned items go back into stock). */
export async function receiveReturnAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return staffStep(formData, async (returnId, actor) =>
    receiveReturn(await getDb(), { returnId, actor, now: new Date() }),
  );
}

/** Staff: refunds a received return through the provider and issues the credit note. */
export async function refundReturnAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return staffStep(formData, async (returnId, actor) =>
    refundReturn(
      await getDb(),
      { returnId, actor, now: new Date() },
      { provider: paymentProvider() },
    ),
  );
}

/** Staff: ships the held replacement of a received exchange. */
export async function completeExchangeAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return staffStep(formData, async (returnId, actor) =>
    completeExchange(await getDb(), { returnId, actor, now: new Date() }),
  );
}

/** Staff: refuses a return with a reason (an exchange's hold is released). */
export async function refuseReturnAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const reason = formData.get("reason");
  return staffStep(formData, async (returnId, actor) =>
    refuseReturn(await getDb(), {
      returnId,
      actor,
      reason: typeof reason === "string" ? reason : "",
      now: new Date(),
    }),
  );
}
