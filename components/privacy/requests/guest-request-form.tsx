"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { requestGuestPrivacyLinkAction } from "@/lib/actions/privacy-requests";
import type { RequestKind } from "@/lib/privacy/requests";

/**
 * The guest request form (R7): address, kind, optional details. Its answer is the same whether or
 * not we hold data for the address.
 */
export function GuestRequestForm({
  kinds,
  maxDetailsLength,
}: {
  kinds: readonly RequestKind[];
  maxDetailsLength: number;
}) {
  const t = useTranslations("privacyRequests");
  const [state, action] = useActionState(requestGuestPrivacyLinkAction, IDLE);
  const chosen = (state.status !== "idle" ? state.values?.kind : undefined) ?? "access";
  const kindError = state.status === "invalid" ? state.fieldErrors.kind : undefined;
  return (
    <form action={action} aria-label={t("guest.formLabel")} className="space-y-5">
      <Field
        name="email"
        type="email"
        label={t("guest.email")}
        hint={t("guest.emailHint")}
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        required
        state={state}
      />
      <fieldset className="space-y-2" aria-describedby={kindError ? "guest-kind-error" : undefined}>
        <legend className="text-sm font-medium">{t("guest.kindLegend")}</legend>
        {kinds.map((kind) => (
          <div key={`${kind}-${chosen}`} className="flex items-start gap-2">
            <input
              id={`guest-kind-${kind}`}
              type="radio"
              name="kind"
              value={kind}
              defaultChecked={kind === chosen}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`guest-kind-${kind}`} className="text-sm">
              {t(`guest.options.${kind}`)}
            </label>
          </div>
        ))}
        {kindError ? (
          <p id="guest-kind-error" className="text-sm text-sale">
            {kindError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="guest-details"
        name="details"
        label={t("guest.details")}
        hint={t("guest.detailsHint")}
        maxLength={maxDetailsLength}
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("guest.submitting")}>{t("guest.submit")}</SubmitButton>
    </form>
  );
}
