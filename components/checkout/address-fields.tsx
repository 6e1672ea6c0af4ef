"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

/** The fields of one postal address, their names prefixed (`shipping_`, `billing_`). */
export function AddressFields({ prefix, state }: { prefix: string; state: FormState }) {
  const t = useTranslations("checkout.address");
  const name = (field: string) => `${prefix}${field}`;
  const countryError = state.status === "invalid" ? state.fieldErrors[name("country")] : undefined;
  const countryId = `field-${name("country")}`;
  const section = prefix === "billing_" ? "billing" : "shipping";
  return (
    <div className="space-y-4">
      <Field
        name={name("fullName")}
        label={t("fullName")}
        autoComplete={`${section} name`}
        state={state}
      />
      <Field
        name={name("company")}
        label={t("company")}
        autoComplete={`${section} organization`}
        state={state}
      />
      <Field
        name={name("street")}
        label={t("street")}
        autoComplete={`${section} address-line1`}
        state={state}
      />
      <Field
        name={name("addressLine2")}
        label={t("addressLine2")}
        autoComplete={`${section} address-line2`}
        state={state}
      />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <Field
          name={name("postalCode")}
          label={t("postalCode")}
          autoComplete={`${section} postal-code`}
          inputMode="numeric"
          maxLength={5}
          state={state}
        />
        <Field
          name={name("city")}
          label={t("city")}
          autoComplete={`${section} address-level2`}
          state={state}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={countryId} className="text-sm font-medium">
          {t("country")}
        </label>
        <select
          id={countryId}
          name={name("country")}
          defaultValue="DE"
          autoComplete={`${section} country`}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? `${countryId}-error` : undefined}
          className="rounded-lg border border-line bg-card px-3 py-2"
        >
          <option value="DE">{t("germany")}</option>
        </select>
        {countryError ? (
          <p id={`${countryId}-error`} className="text-sm text-sale">
            {countryError}
          </p>
        ) : null}
      </div>
    </div>
  );
}
