"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { createAddressAction, updateAddressAction } from "@/lib/actions/account";
import { IDLE, type FormState } from "@/lib/actions/form-state";

export type AddressFormValues = {
  fullName: string;
  company: string;
  street: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  phone: string;
  isDefaultShipping: boolean;
  isDefaultBilling: boolean;
};

/** A checkbox that starts from the saved value and, after a failed submit, from what was sent. */
function DefaultCheckbox({
  name,
  label,
  initial,
  state,
}: {
  name: string;
  label: string;
  initial: boolean;
  state: FormState;
}) {
  const checked = state.status === "idle" ? initial : state.values?.[name] === "on";
  const id = `field-${name}`;
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={checked}
        key={String(checked)}
        className="mt-1 h-4 w-4"
      />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

/** Adds an address (no `addressId`) or edits one; both return to the address book when saved. */
export function AddressForm({
  addressId,
  initial,
}: {
  addressId?: string;
  initial: AddressFormValues;
}) {
  const t = useTranslations("addresses");
  const [state, action] = useActionState(
    addressId ? updateAddressAction : createAddressAction,
    IDLE,
  );
  const error = state.status === "invalid" ? state.fieldErrors.country : undefined;
  const optional = (label: string) => `${label} ${t("optional")}`;
  return (
    <form
      action={action}
      className="space-y-4"
      aria-label={addressId ? t("editTitle") : t("newTitle")}
      noValidate
    >
      {addressId ? <input type="hidden" name="addressId" value={addressId} /> : null}
      <Field
        name="fullName"
        label={t("fullName")}
        autoComplete="name"
        required
        defaultValue={initial.fullName}
        state={state}
      />
      <Field
        name="company"
        label={optional(t("company"))}
        autoComplete="organization"
        defaultValue={initial.company}
        state={state}
      />
      <Field
        name="street"
        label={t("street")}
        autoComplete="address-line1"
        required
        defaultValue={initial.street}
        state={state}
      />
      <Field
        name="addressLine2"
        label={optional(t("addressLine2"))}
        hint={t("addressLine2Hint")}
        autoComplete="address-line2"
        defaultValue={initial.addressLine2}
        state={state}
      />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <Field
          name="postalCode"
          label={t("postalCode")}
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={5}
          required
          defaultValue={initial.postalCode}
          state={state}
        />
        <Field
          name="city"
          label={t("city")}
          autoComplete="address-level2"
          required
          defaultValue={initial.city}
          state={state}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-country" className="text-sm font-medium">
          {t("country")}
        </label>
        <select
          id="field-country"
          name="country"
          defaultValue="DE"
          autoComplete="country"
          aria-describedby={error ? "field-country-error" : "field-country-hint"}
          aria-invalid={error ? true : undefined}
          className="rounded-lg border border-line bg-card px-3 py-2"
        >
          <option value="DE">{t("germany")}</option>
        </select>
        <p id="field-country-hint" className="text-xs text-ink-soft">
          {t("countryHint")}
        </p>
        {error ? (
          <p id="field-country-error" className="text-sm text-sale">
            {error}
          </p>
        ) : null}
      </div>
      <Field
        name="phone"
        type="tel"
        label={optional(t("phone"))}
        hint={t("phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        defaultValue={initial.phone}
        state={state}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("defaultsLegend")}</legend>
        <DefaultCheckbox
          name="isDefaultShipping"
          label={t("useAsDefaultShipping")}
          initial={initial.isDefaultShipping}
          state={state}
        />
        <DefaultCheckbox
          name="isDefaultBilling"
          label={t("useAsDefaultBilling")}
          initial={initial.isDefaultBilling}
          state={state}
        />
      </fieldset>
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        <Link href="/account/addresses" className="underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
