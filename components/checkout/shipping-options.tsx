"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import { SHIPPING, SHIPPING_METHODS, type ShippingMethod } from "@/lib/pricing/totals";
import type { PickupStoreOption } from "./types";

/** Standard, express or pickup in one of the stores, each with what it costs for this cart. */
export function ShippingOptions({
  value,
  onChange,
  costs,
  stores,
  interactive,
  locale,
  state,
}: {
  value: ShippingMethod;
  onChange: (value: ShippingMethod) => void;
  costs: Record<ShippingMethod, number>;
  stores: PickupStoreOption[];
  interactive: boolean;
  locale: AppLocale;
  state: FormState;
}) {
  const t = useTranslations("checkout.shipping");
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const storeValue = state.status === "idle" ? "" : (state.values?.pickupStoreId ?? "");
  const price = (method: ShippingMethod) => {
    const free = SHIPPING[method].freeFromCents;
    if (costs[method] === 0) return t("free");
    const amount = formatMoney(costs[method], locale);
    return free === null
      ? amount
      : `${amount} (${t("freeFrom", { amount: formatMoney(free, locale) })})`;
  };
  return (
    <fieldset className="space-y-3 rounded-3xl border border-line bg-card p-5 sm:p-6">
      <legend className="px-1 font-display text-xl">{t("legend")}</legend>
      {SHIPPING_METHODS.map((method) => {
        const id = `field-shippingMethod-${method}`;
        return (
          <div key={method} className="flex items-start gap-3">
            <input
              id={id}
              type="radio"
              name="shippingMethod"
              value={method}
              defaultChecked={value === method}
              onChange={() => onChange(method)}
              aria-describedby={errors.shippingMethod ? "field-shippingMethod-error" : undefined}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={id} className="flex flex-1 flex-wrap justify-between gap-x-4">
              <span>{t(method)}</span>
              <span className="text-ink-soft">{price(method)}</span>
            </label>
          </div>
        );
      })}
      {errors.shippingMethod ? (
        <p id="field-shippingMethod-error" className="text-sm text-sale">
          {errors.shippingMethod}
        </p>
      ) : null}
      <div className="flex flex-col gap-1" hidden={interactive && value !== "pickup"}>
        <label htmlFor="field-pickupStoreId" className="text-sm font-medium">
          {t("pickupStore")}
        </label>
        <select
          id="field-pickupStoreId"
          name="pickupStoreId"
          defaultValue={storeValue}
          key={storeValue}
          aria-invalid={errors.pickupStoreId ? true : undefined}
          aria-describedby={
            errors.pickupStoreId
              ? "field-pickupStoreId-hint field-pickupStoreId-error"
              : "field-pickupStoreId-hint"
          }
          className="rounded-lg border border-line bg-card px-3 py-2"
        >
          <option value="">{t("chooseStore")}</option>
          {stores.map((store) => (
            <option key={store.id} value={store.id}>
              {`${store.name}, ${store.street}, ${store.postalCode} ${store.city}`}
            </option>
          ))}
        </select>
        <p id="field-pickupStoreId-hint" className="text-xs text-ink-soft">
          {t("pickupStoreHint")}
        </p>
        {errors.pickupStoreId ? (
          <p id="field-pickupStoreId-error" className="text-sm text-sale">
            {errors.pickupStoreId}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
