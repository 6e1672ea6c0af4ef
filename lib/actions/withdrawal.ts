"use server";

import { revalidatePath } from "next/cache";
import { refundWithdrawal } from "@/lib/after-sales/withdrawal/refund";
import { requireRole } from "@/lib/auth/authorize";
import { paymentProvider } from "@/lib/payments/current";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  declareWithdrawal,
  defaultStatement,
  loadWithdrawalView,
  type WithdrawalAccess,
} from "@/lib/after-sales/withdrawal/declare";
import { canWithdraw } from "@/lib/after-sales/withdrawal/period";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { requestInfo } from "@/lib/auth/request-info";
import { currentOrderAccess } from "@/lib/checkout/guest-cookie";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";
import { loadSecrets } from "@/lib/server/secrets";
import { parseInput, submittedValues, type FormState } from "./form-state";

/*
 * The withdrawal function (§356a BGB, L2) in two steps: "review" checks the order and shows the
 * summary, "confirm" records the withdrawal. The order is found only through the signed-in
 * customer's id, the signed guest cookie, or (public page) the order number together with its
 * e-mail address; every miss answers with the same words, so nothing can be enumerated.
 */

const schema = z.object({
  step: z.enum(["review", "confirm"]),
  mode: z.enum(["order", "public"]),
  orderNumber: z.string().trim().regex(ORDER_NUMBER_PATTERN, "errors.orderNumber"),
  fullName: z.string().trim().min(1, "errors.fullName").max(200, "errors.fullName"),
  email: z.email("errors.email").max(320, "errors.email"),
  statement: z.string().trim().max(2000, "errors.statement").optional(),
});

const PUBLIC_LIMIT = { limit: 10, windowSeconds: 15 * 60 };

async function limited(scope: string, identifier: string): Promise<boolean> {
  const result = await consumeRateLimit(await getDb(), {
    scope,
    identifier,
    rule: PUBLIC_LIMIT,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  return !result.allowed;
}

/** Both steps of the withdrawal function; `step` says which. */
export async function withdrawalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const [t, rawLocale] = await Promise.all([getTranslations("withdrawal"), getLocale()]);
  const locale = rawLocale === "en" ? "en" : "de";
  const values = submittedValues(formData);
  const parsed = parseInput(
    schema,
    {
      step: formData.get("step"),
      mode: formData.get("mode"),
      orderNumber: formData.get("orderNumber"),
      fullName: formData.get("fullName"),
      email: formData.get("email"),
      statement: formData.get("statement") ?? undefined,
    },
    (key) => t(key),
    values,
  );
  if (!parsed.ok) return parsed.state;
  const input = parsed.data;
  const notFound: FormState = { status: "error", message: t("errors.notFound"), values };

  let candidates: WithdrawalAccess[];
  if (input.mode === "public") {
    const { ip } = await requestInfo();
    if (
      (await limited("withdrawal:ip", ip)) ||
      (await limited("withdrawal:order", input.orderNumber))
    ) {
      return { status: "error", message: t("errors.rateLimited"), values };
    }
    candidates = [{ guestOrderNumber: input.orderNumber, email: input.email }];
  } else {
    candidates = await currentOrderAccess();
  }
  const db = await getDb();
  const now = new Date();
  const statement = input.statement || defaultStatement(locale, input.orderNumber);
  for (const access of candidates) {
    if (input.step === "review") {
      const view = await loadWithdrawalView(db, { orderNumber: input.orderNumber, access, now });
      if (!view) continue;
      if (!canWithdraw(view.state)) {
        return { status: "error", message: t("errors.closed"), values };
      }
      return { status: "ok", values: { ...values, statement, step: "review" } };
    }
    const result = await declareWithdrawal(db, {
      orderNumber: input.orderNumber,
      access,
      fullName: input.fullName,
      email: input.email,
      statement,
      now,
    });
    if (result.status === "not_found") continue;
    if (result.status === "closed") {
      return { status: "error", message: t("errors.closed"), values };
    }
    return {
      status: "ok",
      message: t("done", { email: input.email, declaredAt: result.declaredAt }),
      values: { step: "done" },
    };
  }
  return notFound;
}

const refundInput = z.object({ withdrawalId: z.uuid() });

/**
 * Staff refund a withdrawal once the goods or the customer's proof of dispatch arrived (L2: the
 * refund may be withheld only until then), through the provider with a credit note.
 */
export async function refundWithdrawalAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { user } = await requireRole(["admin"], "/admin/returns");
  const t = await getTranslations("withdrawal.staff");
  const parsed = refundInput.safeParse({ withdrawalId: formData.get("withdrawalId") });
  if (!parsed.success) return { status: "error", message: t("notFound") };
  const result = await refundWithdrawal(await getDb(), {
    withdrawalId: parsed.data.withdrawalId,
    staffId: user.id,
    now: new Date(),
    provider: paymentProvider(),
    proofOfDispatch: formData.get("proof") === "dispatch",
  });
  if (result.status !== "refunded") return { status: "error", message: t(result.status) };
  revalidatePath("/admin/returns");
  return { status: "ok", message: t("refunded") };
}
