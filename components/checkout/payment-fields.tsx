"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

export type PaymentChoice = "card" | "invoice";

/** Card (number, expiry, security code) or invoice. The card fields never come back filled. */
export function PaymentFields({
  value,
  onChange,
  interactive,
  state,
}: {
  value: PaymentChoice;
  onChange: (value: PaymentChoice) => void;
  interactive: boolean;
  state: FormState;
}) {
  const t = useTranslations("checkout.payment");
  const error = state.status === "invalid" ? state.fieldErrors.paymentMethod : undefined;
  return (
    <fieldset className="space-y-3 rounded-3xl border border-line bg-card p-5 sm:p-6">
      <legend className="px-1 font-display text-xl">{t("legend")}</legend>
      {(["card", "invoice"] as const).map((method) => {
        const id = `field-paymentMethod-${method}`;
        return (
          <div key={method} className="flex items-start gap-3">
            <input
              id={id}
              type="radio"
              name="paymentMethod"
              value={method}
              defaultChecked={value === method}
              onChange={() => onChange(method)}
              aria-describedby={error ? "field-paymentMethod-error" : undefined}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={id}>{t(method)}</label>
          </div>
        );
      })}
      {error ? (
        <p id="field-paymentMethod-error" className="text-sm text-sale">
          {error}
        </p>
      ) : null}
      <fieldset className="space-y-4 pt-2" hidden={interactive && value !== "card"}>
        <legend className="text-sm font-semibold">{t("cardLegend")}</legend>
        <p className="text-xs text-ink-soft">{t("cardHint")}</p>
        <Field
          name="cardNumber"
          label={t("cardNumber")}
          autoComplete="cc-number"
          inputMode="numeric"
          maxLength={23}
          state={state}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="cardExpiry"
            label={t("expiry")}
            autoComplete="cc-exp"
            inputMode="numeric"
            maxLength={7}
            state={state}
          />
          <Field
            name="cardCvc"
            label={t("cvc")}
            autoComplete="cc-csc"
            inputMode="numeric"
            maxLength={4}
            state={state}
          />
        </div>
        <p className="rounded-lg bg-brass-soft px-3 py-2 text-xs">{t("testHint")}</p>
      </fieldset>
    </fieldset>
  );
}
