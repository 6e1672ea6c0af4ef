"use server";

import { personalizationAllowed } from "@/lib/personalization/request";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { PostalAddress } from "@/db/schema";
import { getAddress } from "@/lib/accounts/addresses";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { addToCart } from "@/lib/cart/cart";
import { deleteGuestCartCookie, setGuestCartCookie } from "@/lib/cart/cart-cookie";
import { currentCartOwner } from "@/lib/cart/current-owner";
import { parseCheckoutForm, type AddressChoice } from "@/lib/checkout/checkout-form";
import { completeChallenge } from "@/lib/checkout/complete-challenge";
import { recordBehaviourEvent } from "@/lib/consent/record-event";
import { currentOrderAccess, setGuestOrderCookie } from "@/lib/checkout/guest-cookie";
import { placeOrder } from "@/lib/checkout/place-order";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { paymentProvider } from "@/lib/payments/current";
import { appBaseUrl } from "@/lib/server/app-url";
import { submittedValues, type FormState } from "./form-state";

/*
 * Checkout is open to guests and customers alike: the cart owner comes from the session or the
 * guest cart cookie, never from the form. Card number and security code are passed to the payment
 * provider and never sent back, stored or logged.
 */

const CARD_SECRETS = ["cardNumber", "cardCvc"];

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value.slice(0, 500);
  }
  return values;
}

/** Places the order of this browser's cart. Anyone with a cart may call it (guest or customer). */
export async function placeOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const [session, owner, t, tv, locale] = await Promise.all([
    currentUserOrNull(),
    currentCartOwner(),
    getTranslations("checkout"),
    getTranslations("validation"),
    getLocale(),
  ]);
  const values = submittedValues(formData);
  for (const field of CARD_SECRETS) delete values[field];
  const translate = (key: string) =>
    t.has(`validation.${key}`) ? t(`validation.${key}`) : tv(key);
  const invalid = (fieldErrors: Record<string, string>): FormState => ({
    status: "invalid",
    fieldErrors: Object.fromEntries(
      Object.entries(fieldErrors).map(([field, key]) => [field, translate(key)]),
    ),
    values,
    message: t("errors.invalid"),
  });

  const now = new Date();
  const parsed = parseCheckoutForm(formValues(formData), { guest: session === null, now });
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  if (!owner) return { status: "error", message: t("errors.emptyCart"), values };
  const form = parsed.data;

  const db = await getDb();
  const resolve = async (choice: AddressChoice): Promise<PostalAddress | null> => {
    if (choice.kind === "new") return choice.address;
    if (!session) return null;
    const saved = await getAddress(db, { userId: session.user.id, addressId: choice.id });
    if (!saved) return null;
    return {
      fullName: saved.fullName,
      company: saved.company,
      street: saved.street,
      addressLine2: saved.addressLine2,
      postalCode: saved.postalCode,
      city: saved.city,
      country: saved.country,
    };
  };
  const address = await resolve(form.address);
  const billing = form.billing === "same" ? address : await resolve(form.billing);
  if (!address || !billing) {
    return invalid({
      ...(address ? {} : { shippingAddressId: "addressChoice" }),
      ...(billing ? {} : { billingAddressId: "addressChoice" }),
    });
  }

  let result;
  try {
    result = await placeOrder(
      db,
      {
        owner,
        email: session?.user.email ?? form.email ?? "",
        phone: session?.user.phone ?? null,
        locale: isLocale(locale) ? locale : "de",
        personalization: await personalizationAllowed(),
        shippingMethod: form.shippingMethod,
        pickupStoreId: form.pickupStoreId,
        shippingAddress: form.shippingMethod === "pickup" ? null : address,
        billingAddress: billing,
        payment: form.payment,
        idempotencyKey: form.idempotencyKey,
        expectedTotalCents: form.expectedTotalCents,
        now,
      },
      { provider: paymentProvider(), baseUrl: await appBaseUrl() },
    );
  } catch (error) {
    console.error(
      "[checkout] placing an order failed",
      error instanceof Error ? error.message : error,
    );
    return { status: "error", message: t("errors.generic"), values };
  }

  switch (result.status) {
    case "placed":
    case "requires_action":
      if (result.status === "placed") await recordBehaviourEvent({ type: "purchase" });
      if (!session) await setGuestOrderCookie(result.orderNumber);
      if ("guestCartId" in owner) await deleteGuestCartCookie();
      revalidatePath("/", "layout");
      redirect(
        result.status === "placed"
          ? `/checkout/confirmation/${result.orderNumber}`
          : `/checkout/challenge/${encodeURIComponent(result.challengeReference)}`,
      );
    case "empty_cart":
      return { status: "error", message: t("errors.emptyCart"), values };
    case "price_changed":
      revalidatePath("/checkout");
      return {
        status: "error",
        message: t("errors.priceChanged", {
          total: formatMoney(result.totalCents, locale === "en" ? "en" : "de"),
        }),
        values,
      };
    case "out_of_stock":
      revalidatePath("/checkout");
      return {
        status: "error",
        message: t("errors.outOfStock", { items: result.lines.map((l) => l.name).join(", ") }),
        values,
      };
    case "invalid_pickup_store":
      return invalid({ pickupStoreId: "pickupStoreRequired" });
    case "declined":
      return { status: "error", message: t(`errors.declined.${result.reason}`), values };
    case "conflict":
      return { status: "error", message: t("errors.conflict"), values };
  }
}

/**
 * Confirms or cancels a payment challenge. Only the order's owner may: the customer it belongs to,
 * or the guest whose signed cookie names it; anyone else gets a 404.
 */
export async function completeChallengeAction(formData: FormData): Promise<void> {
  const reference = formData.get("reference");
  const decision = formData.get("decision");
  if (typeof reference !== "string" || reference.length > 200) notFound();
  if (decision !== "confirm" && decision !== "cancel") notFound();
  const db = await getDb();
  const now = new Date();
  for (const access of await currentOrderAccess()) {
    const result = await completeChallenge(
      db,
      { challengeReference: reference, decision, access, now },
      { provider: paymentProvider(), baseUrl: await appBaseUrl() },
    );
    if (result.status === "not_found") continue;
    if (result.status === "failed") {
      // The order is cancelled; the customer finds the items back in their cart.
      let owner = await currentCartOwner();
      for (const line of result.lines) {
        const added = await addToCart(db, { owner, ...line, now });
        if (added.status === "added" && added.guestCartId) {
          // A new guest cart: the next lines go into it too.
          owner = { guestCartId: added.guestCartId };
          await setGuestCartCookie(added.guestCartId);
        }
      }
      revalidatePath("/", "layout");
      redirect("/checkout?payment=cancelled");
    }
    // A purchase confirmed by the 3-D Secure step counts like a direct one (with consent only).
    if (result.status === "paid") await recordBehaviourEvent({ type: "purchase" });
    revalidatePath("/", "layout");
    redirect(`/checkout/confirmation/${result.orderNumber}`);
  }
  notFound();
}
