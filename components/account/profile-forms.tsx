"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import {
  confirmEmailChangeAction,
  requestEmailChangeAction,
  updateProfileAction,
} from "@/lib/actions/account";
import { IDLE } from "@/lib/actions/form-state";

export function ProfileForm({ name, phone }: { name: string; phone: string }) {
  const t = useTranslations("profile");
  const [state, action] = useActionState(updateProfileAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("detailsTitle")} noValidate>
      <Field
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        defaultValue={name}
        state={state}
      />
      <Field
        name="phone"
        type="tel"
        label={t("phone")}
        hint={t("phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        defaultValue={phone}
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}

export function ChangeEmailForm() {
  const t = useTranslations("profile");
  const [state, action] = useActionState(requestEmailChangeAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("emailTitle")} noValidate>
      <Field
        name="email"
        type="email"
        label={t("newEmail")}
        autoComplete="email"
        required
        state={state}
      />
      <Field
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        hint={t("currentPasswordHint")}
        autoComplete="current-password"
        required
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("sending")}>{t("sendEmailLink")}</SubmitButton>
    </form>
  );
}

/** The POST behind a change-of-address link: opening the link alone changes nothing (S6). */
export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const t = useTranslations("profile");
  const [state, action] = useActionState(confirmEmailChangeAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("confirmTitle")}>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("confirming")}>{t("confirmButton")}</SubmitButton>
    </form>
  );
}
