"use server";

import { personalizationAllowed } from "@/lib/personalization/request";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { requestInfo } from "@/lib/auth/request-info";
import { addToCart, applyVoucher, removeItem, removeVoucher, setQuantity } from "@/lib/cart/cart";
import { setGuestCartCookie } from "@/lib/cart/cart-cookie";
import { currentCartOwner } from "@/lib/cart/current-owner";
import { isUuid, MAX_PER_LINE } from "@/lib/cart/limits";
import { recordBehaviourEvent } from "@/lib/consent/record-event";
import { env } from "@/lib/env";
import { loadSecrets } from "@/lib/server/secrets";
import { fieldErrors, submittedValues, type FormState } from "./form-state";

/*
 * Every action is a public POST endpoint that anyone may call, guests included: each one finds the
 * cart only through who is asking (the session's user id, else the httpOnly guest cookie), parses
 * its input, calls the domain, revalidates the cart page and the header count, and answers with a
 * localized, typed state.
 */

const itemId = z.string().refine(isUuid, "itemInvalid");
/** Larger numbers than the line limit are let through so the domain can say why it capped them. */
const quantity = (min: number) =>
  z.coerce
    .number({ error: "quantityInvalid" })
    .int("quantityInvalid")
    .min(min, "quantityInvalid")
    .max(99, "quantityInvalid");

const addSchema = z.object({
  variantId: z.string({ error: "variantRequired" }).refine(isUuid, "variantRequired"),
  quantity: quantity(1),
});
const updateSchema = z.object({ itemId, quantity: quantity(0) });
const removeSchema = z.object({ itemId });
const voucherSchema = z.object({
  voucher: z
    .string({ error: "voucherRequired" })
    .trim()
    .min(1, "voucherRequired")
    .max(64, "voucherUnknown"),
});

/** Trying codes is limited per IP, so that personal vouchers cannot be guessed (S2). */
const VOUCHER_RULE = { limit: 20, windowSeconds: 15 * 60 };

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

async function translations() {
  const t = await getTranslations("cart");
  const tv = (key: string) => t(`validation.${key}`, { max: MAX_PER_LINE });
  return { t, tv };
}

/** The cart page and every page's header count. */
function revalidateCart() {
  revalidatePath("/", "layout");
}

export async function addToCartAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const owner = await currentCartOwner();
  const { t, tv } = await translations();
  const values = submittedValues(formData);
  const parsed = addSchema.safeParse({
    variantId: text(formData, "variantId"),
    quantity: text(formData, "quantity") || "1",
  });
  if (!parsed.success)
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error, tv), values };
  const result = await addToCart(await getDb(), { owner, ...parsed.data, now: new Date() });
  switch (result.status) {
    case "unavailable":
      return { status: "error", message: t("add.unavailable"), values };
    case "sold_out":
      return { status: "error", message: t("add.soldOut"), values };
    case "limit_reached":
      return {
        status: "error",
        message:
          result.cappedBy === "stock"
            ? t("add.limitStock", { quantity: result.quantity })
            : t("add.limitLine", { max: MAX_PER_LINE }),
        values,
      };
    case "added":
      if (result.guestCartId) await setGuestCartCookie(result.guestCartId);
      await recordBehaviourEvent({ type: "add_to_cart", variantId: parsed.data.variantId });
      revalidateCart();
      return {
        status: "ok",
        message:
          result.cappedBy === "stock"
            ? t("add.addedCappedStock", { added: result.added, quantity: result.quantity })
            : result.cappedBy === "line_limit"
              ? t("add.addedCappedLine", { added: result.added, max: MAX_PER_LINE })
              : t("add.added", { added: result.added, quantity: result.quantity }),
        values,
      };
  }
}

export async function updateQuantityAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const owner = await currentCartOwner();
  const { t, tv } = await translations();
  const parsed = updateSchema.safeParse({
    itemId: text(formData, "itemId"),
    quantity: text(formData, "quantity"),
  });
  if (!parsed.success)
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error, tv), values: {} };
  const result = await setQuantity(await getDb(), { owner, ...parsed.data, now: new Date() });
  if (result.status === "not_found") return { status: "error", message: t("lines.notFound") };
  revalidateCart();
  if (result.status === "removed") return { status: "ok", message: t("lines.removed") };
  if (result.cappedBy === "stock")
    return { status: "error", message: t("lines.cappedStock", { quantity: result.quantity }) };
  if (result.cappedBy === "line_limit")
    return { status: "error", message: t("lines.cappedLine", { max: MAX_PER_LINE }) };
  return { status: "ok", message: t("lines.updated", { quantity: result.quantity }) };
}

export async function removeItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const owner = await currentCartOwner();
  const { t, tv } = await translations();
  const parsed = removeSchema.safeParse({ itemId: text(formData, "itemId") });
  if (!parsed.success)
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error, tv), values: {} };
  const result = await removeItem(await getDb(), { owner, ...parsed.data, now: new Date() });
  if (result.status === "not_found") return { status: "error", message: t("lines.notFound") };
  revalidateCart();
  return { status: "ok", message: t("lines.removed") };
}

export async function applyVoucherAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const owner = await currentCartOwner();
  const { t, tv } = await translations();
  const values = submittedValues(formData);
  const parsed = voucherSchema.safeParse({ voucher: text(formData, "voucher") });
  if (!parsed.success)
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error, tv), values };
  const db = await getDb();
  const now = new Date();
  const { ip } = await requestInfo();
  const limit = await consumeRateLimit(db, {
    scope: "voucher:ip",
    identifier: ip,
    rule: {
      ...VOUCHER_RULE,
      limit: Math.round(VOUCHER_RULE.limit * env().RATE_LIMIT_IP_MULTIPLIER),
    },
    now,
    secret: loadSecrets().authSecret,
  });
  if (!limit.allowed) return { status: "error", message: t("voucher.rateLimited"), values };
  const result = await applyVoucher(db, {
    owner,
    code: parsed.data.voucher,
    now,
    personalization: await personalizationAllowed(),
  });
  if (result === "empty_cart") return { status: "error", message: t("voucher.emptyCart"), values };
  if (result !== "applied") {
    const key = { unknown: "unknown", expired: "expired", min_not_reached: "minNotReached" }[
      result
    ];
    return { status: "invalid", fieldErrors: { voucher: t(`voucher.${key}`) }, values };
  }
  revalidateCart();
  return {
    status: "ok",
    message: t("voucher.applied", { code: parsed.data.voucher.toUpperCase() }),
  };
}

/** Called from a form through useActionState; it needs neither the state nor the form data. */
export async function removeVoucherAction(): Promise<FormState> {
  const owner = await currentCartOwner();
  const { t } = await translations();
  const removed = await removeVoucher(await getDb(), { owner, now: new Date() });
  if (!removed) return { status: "error", message: t("voucher.notApplied") };
  revalidateCart();
  return { status: "ok", message: t("voucher.removed") };
}
