"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { NEW_ADDRESS } from "@/lib/checkout/checkout-form";
import { AddressFields } from "./address-fields";
import type { SavedAddressOption } from "./types";

/**
 * A saved address or a new one. Without JavaScript every part stays visible and the radio decides;
 * with it, the new-address fields show only when chosen.
 */
export function AddressChoice({
  name,
  prefix,
  addresses,
  value,
  onChange,
  interactive,
  state,
}: {
  name: "shippingAddressId" | "billingAddressId";
  prefix: string;
  addresses: SavedAddressOption[];
  value: string;
  onChange: (value: string) => void;
  interactive: boolean;
  state: FormState;
}) {
  const t = useTranslations("checkout.address");
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  if (addresses.length === 0) {
    return (
      <>
        <input type="hidden" name={name} value={NEW_ADDRESS} />
        <AddressFields prefix={prefix} state={state} />
      </>
    );
  }
  const options = [
    ...addresses.map((a) => ({ value: a.id, label: a.fullName, lines: a.lines })),
    { value: NEW_ADDRESS, label: t("new"), lines: [] as string[] },
  ];
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2" aria-describedby={error ? `field-${name}-error` : undefined}>
        <legend className="text-sm font-medium">{t("saved")}</legend>
        {options.map((option) => {
          const id = `field-${name}-${option.value}`;
          return (
            <div
              key={option.value}
              className="flex items-start gap-3 rounded-xl border border-line bg-card p-3"
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={value === option.value}
                onChange={() => onChange(option.value)}
                className="mt-1 h-4 w-4"
              />
              <label htmlFor={id} className="text-sm">
                <span className="font-medium">{option.label}</span>
                {option.lines.length > 0 ? (
                  <span className="block text-ink-soft">{option.lines.join(", ")}</span>
                ) : null}
              </label>
            </div>
          );
        })}
        {error ? (
          <p id={`field-${name}-error`} className="text-sm text-sale">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div hidden={interactive && value !== NEW_ADDRESS}>
        <AddressFields prefix={prefix} state={state} />
      </div>
    </div>
  );
}
