"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { deleteAccountAction } from "@/lib/actions/privacy-erasure";

/** The last step of erasure (R4): the password again and an explicit acknowledgement. */
export function DeleteAccountForm() {
  const t = useTranslations("privacyErasure");
  const [state, action] = useActionState(deleteAccountAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("formTitle")} noValidate>
      <Field
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="current-password"
        required
        state={state}
      />
      <Checkbox name="confirm" label={t("confirm")} state={state} required />
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingLabel={t("deleting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
