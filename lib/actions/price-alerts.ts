"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { cancelPriceAlert, createPriceAlert, markNoticeSeen } from "@/lib/price-alerts/alerts";
import { ALERTS_PATH } from "@/lib/price-alerts/links";
import { parseEuroToCents } from "@/lib/price-alerts/price-input";
import { parseInput, submittedValues, type FormState } from "./form-state";

/*
 * Price alerts are a service the customer asks for (purpose "services"): no consent is needed,
 * but every action is the signed-in customer's own (requireUser), and every query is scoped to
 * the session's user id, so another customer's alert id finds and changes nothing (S5).
 */

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const createSchema = z.object({
  productId: z.uuid({ error: "errors.product" }),
  variantId: z.union([z.literal(""), z.uuid({ error: "errors.product" })]),
  targetPrice: z
    .string()
    .trim()
    .min(1, "errors.targetRequired")
    .transform((value, ctx) => {
      const cents = parseEuroToCents(value);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "errors.targetInvalid" });
        return z.NEVER;
      }
      return cents;
    }),
});

const alertIdSchema = z.object({ alertId: z.uuid({ error: "errors.alertNotFound" }) });

function revalidateAlerts() {
  revalidatePath("/products/[slug]", "page");
  revalidatePath(ALERTS_PATH);
  revalidatePath("/account");
  revalidatePath("/");
}

/** Sets (or replaces) the customer's wish price for a product. */
export async function createPriceAlertAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser(ALERTS_PATH);
  const [t, rawLocale] = await Promise.all([getTranslations("priceAlerts"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const values = submittedValues(formData);
  const parsed = parseInput(
    createSchema,
    {
      productId: text(formData, "productId"),
      variantId: text(formData, "variantId"),
      targetPrice: text(formData, "targetPrice"),
    },
    (key) => t(key),
    values,
  );
  if (!parsed.ok) return parsed.state;
  const result = await createPriceAlert(await getDb(), {
    userId: current.user.id,
    productId: parsed.data.productId,
    variantId: parsed.data.variantId || null,
    targetPriceCents: parsed.data.targetPrice,
    now: new Date(),
  });
  const target = formatMoney(parsed.data.targetPrice, locale);
  switch (result.status) {
    case "invalid_target":
      return {
        status: "invalid",
        fieldErrors: { targetPrice: t("errors.targetInvalid") },
        values,
      };
    case "not_below": {
      const price = formatMoney(result.priceCents, locale);
      const message = result.offer
        ? t("errors.notBelowOffer", {
            price,
            code: result.offer.code,
            offer: locale === "de" ? result.offer.nameDe : result.offer.nameEn,
          })
        : t("errors.notBelow", { price });
      return { status: "invalid", fieldErrors: { targetPrice: message }, values };
    }
    case "not_found":
      return { status: "error", message: t("errors.product"), values };
    case "limit_reached":
      return {
        status: "error",
        message: t("errors.limitReached", { limit: result.limit }),
        values,
      };
    case "created":
    case "updated":
      revalidateAlerts();
      return {
        status: "ok",
        message: t(result.status === "created" ? "form.created" : "form.updated", { target }),
        values: { targetPrice: "" },
      };
  }
}

/** Removes one of the customer's active alerts. */
export async function cancelPriceAlertAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser(ALERTS_PATH);
  const t = await getTranslations("priceAlerts");
  const parsed = alertIdSchema.safeParse({ alertId: text(formData, "alertId") });
  if (!parsed.success) return { status: "error", message: t("errors.alertNotFound") };
  const cancelled = await cancelPriceAlert(await getDb(), {
    userId: current.user.id,
    alertId: parsed.data.alertId,
  });
  if (!cancelled) return { status: "error", message: t("errors.alertNotFound") };
  revalidateAlerts();
  return { status: "ok", message: t("form.removed") };
}

/** Hides the in-app notice of one of the customer's triggered alerts. */
export async function dismissPriceAlertNoticeAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser(ALERTS_PATH);
  const t = await getTranslations("priceAlerts");
  const parsed = alertIdSchema.safeParse({ alertId: text(formData, "alertId") });
  if (!parsed.success) return { status: "error", message: t("errors.alertNotFound") };
  const seen = await markNoticeSeen(await getDb(), {
    userId: current.user.id,
    alertId: parsed.data.alertId,
    now: new Date(),
  });
  if (!seen) return { status: "error", message: t("errors.alertNotFound") };
  revalidateAlerts();
  return { status: "ok", message: t("notices.dismissed") };
}
