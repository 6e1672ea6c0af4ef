"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { requestCorrectionAction } from "@/lib/actions/privacy-requests";
import { cn } from "@/lib/ui/cn";

/** A correction request (R3) for data the customer cannot change themselves. */
export function CorrectionForm({
  categories,
  maxLength,
}: {
  /** The groups of the data map that hold the customer's data, labelled in their language. */
  categories: { value: string; label: string }[];
  maxLength: number;
}) {
  const t = useTranslations("privacyRequests.correct");
  const [state, action] = useActionState(requestCorrectionAction, IDLE);
  const error = state.status === "invalid" ? state.fieldErrors.category : undefined;
  const chosen = state.status === "invalid" ? state.values.category : undefined;
  return (
    <form action={action} aria-label={t("formLabel")} className="space-y-5">
      <div className="flex flex-col gap-1">
        <label htmlFor="correction-category" className="text-sm font-medium">
          {t("category")}
        </label>
        <select
          id="correction-category"
          name="category"
          required
          defaultValue={chosen ?? ""}
          key={chosen ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            error
              ? "correction-category-hint correction-category-error"
              : "correction-category-hint"
          }
          className={cn(
            "rounded-lg border bg-card px-3 py-2",
            error ? "border-sale" : "border-line",
          )}
        >
          <option value="" disabled>
            –
          </option>
          {categories.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </select>
        <p id="correction-category-hint" className="text-xs text-ink-soft">
          {t("categoryHint")}
        </p>
        {error ? (
          <p id="correction-category-error" className="text-sm text-sale">
            {error}
          </p>
        ) : null}
      </div>
      <TextAreaField
        id="correction-details"
        name="details"
        label={t("details")}
        hint={t("detailsHint")}
        maxLength={maxLength}
        required
        rows={6}
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
