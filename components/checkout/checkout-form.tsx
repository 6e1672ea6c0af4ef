"use client";

import Link from "next/link";
import { useActionState, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/form";
import { placeOrderAction } from "@/lib/actions/checkout";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { cartTotals } from "@/lib/cart/cart-totals";
import { BILLING_PREFIX, NEW_ADDRESS, SHIPPING_PREFIX } from "@/lib/checkout/checkout-form";
import type { AppLocale } from "@/lib/i18n/locale";
import { SHIPPING_METHODS, type ShippingMethod } from "@/lib/pricing/totals";
import { AddressChoice } from "./address-choice";
import { OrderReview } from "./order-review";
import { PaymentFields, type PaymentChoice } from "./payment-fields";
import { ShippingOptions } from "./shipping-options";
import type { CheckoutCart, PickupStoreOption, SavedAddressOption } from "./types";

const noSubscription = () => () => {};

/** True once JavaScript runs: only then are sections that do not apply hidden. */
function useInteractive(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function defaultAddress(addresses: SavedAddressOption[], kind: "shipping" | "billing"): string {
  const preferred = addresses.find((a) =>
    kind === "shipping" ? a.isDefaultShipping : a.isDefaultBilling,
  );
  return preferred?.id ?? addresses[0]?.id ?? NEW_ADDRESS;
}

/**
 * The whole checkout as one form posting to placeOrderAction, so that it works without
 * JavaScript; with it, the totals follow the chosen shipping method and sections that do not
 * apply are hidden. The idempotency key made when the page rendered goes with every attempt.
 */
export function CheckoutForm({
  cart,
  guestEmail,
  signedInEmail,
  addresses,
  stores,
  idempotencyKey,
  locale,
}: {
  cart: CheckoutCart;
  guestEmail: string;
  signedInEmail: string | null;
  addresses: SavedAddressOption[];
  stores: PickupStoreOption[];
  idempotencyKey: string;
  locale: AppLocale;
}) {
  const t = useTranslations("checkout");
  const [state, action] = useActionState<FormState, FormData>(placeOrderAction, IDLE);
  const interactive = useInteractive();
  const sent = state.status === "idle" ? undefined : state.values;
  const message = state.status === "idle" ? undefined : state.message;

  const [shippingMethod, setShippingMethod] = useState<ShippingMethod>(
    SHIPPING_METHODS.find((m) => m === sent?.shippingMethod) ?? "standard",
  );
  const [payment, setPayment] = useState<PaymentChoice>(
    sent?.paymentMethod === "invoice" ? "invoice" : "card",
  );
  const [shippingChoice, setShippingChoice] = useState(
    sent?.shippingAddressId ?? defaultAddress(addresses, "shipping"),
  );
  const [billingChoice, setBillingChoice] = useState(
    sent?.billingAddressId ?? defaultAddress(addresses, "billing"),
  );
  const [billingSame, setBillingSame] = useState(sent ? sent.billingSame === "on" : true);

  const costs = Object.fromEntries(
    SHIPPING_METHODS.map((m) => [m, cartTotals(cart, m).shippingCents]),
  ) as Record<ShippingMethod, number>;
  const totals = cartTotals(cart, shippingMethod);
  const pickup = shippingMethod === "pickup";
  const section = "space-y-4 rounded-3xl border border-line bg-card p-5 sm:p-6";
  const legend = "px-1 font-display text-xl";

  return (
    <form
      action={action}
      noValidate
      aria-label={t("formLabel")}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start"
    >
      <input type="hidden" name="idempotencyKey" value={sent?.idempotencyKey ?? idempotencyKey} />
      <div className="space-y-6">
        {message ? (
          // Shown at the top for sighted users; the order summary's live region announces it.
          <p
            aria-hidden="true"
            className="rounded-lg border border-sale bg-card px-3 py-2 text-sm text-sale"
          >
            {message}
          </p>
        ) : null}
        <fieldset className={section}>
          <legend className={legend}>{t("contact.legend")}</legend>
          {signedInEmail ? (
            <p>{t("contact.signedInAs", { email: signedInEmail })}</p>
          ) : (
            <>
              <Field
                name="email"
                type="email"
                label={t("contact.email")}
                hint={t("contact.emailHint")}
                autoComplete="email"
                defaultValue={guestEmail}
                state={state}
              />
              <p className="text-sm">
                {t("contact.haveAccount")}{" "}
                <Link href="/sign-in?callbackUrl=%2Fcheckout" className="underline">
                  {t("contact.signIn")}
                </Link>
              </p>
            </>
          )}
        </fieldset>

        <ShippingOptions
          value={shippingMethod}
          onChange={setShippingMethod}
          costs={costs}
          stores={stores}
          interactive={interactive}
          locale={locale}
          state={state}
        />

        <fieldset className={section}>
          <legend className={legend}>
            {interactive && pickup ? t("address.pickupLegend") : t("address.shippingLegend")}
          </legend>
          <p className="text-sm text-ink-soft" hidden={interactive && !pickup}>
            {t("address.pickupHint")}
          </p>
          <AddressChoice
            name="shippingAddressId"
            prefix={SHIPPING_PREFIX}
            addresses={addresses}
            value={shippingChoice}
            onChange={setShippingChoice}
            interactive={interactive}
            state={state}
          />
        </fieldset>

        <fieldset className={section}>
          <legend className={legend}>{t("address.billingLegend")}</legend>
          <div className="flex items-start gap-2">
            <input
              id="field-billingSame"
              type="checkbox"
              name="billingSame"
              defaultChecked={billingSame}
              onChange={(event) => setBillingSame(event.target.checked)}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor="field-billingSame" className="text-sm">
              {t("address.billingSame")}
            </label>
          </div>
          <div className="space-y-4" hidden={interactive && billingSame}>
            <p className="text-sm text-ink-soft">{t("address.billingHint")}</p>
            <AddressChoice
              name="billingAddressId"
              prefix={BILLING_PREFIX}
              addresses={addresses}
              value={billingChoice}
              onChange={setBillingChoice}
              interactive={interactive}
              state={state}
            />
          </div>
        </fieldset>

        <PaymentFields
          value={payment}
          onChange={setPayment}
          interactive={interactive}
          state={state}
        />
      </div>
      <div className="lg:sticky lg:top-4">
        <OrderReview cart={cart} totals={totals} locale={locale} state={state} />
      </div>
    </form>
  );
}
