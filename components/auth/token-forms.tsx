"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  forgotPasswordAction,
  resetPasswordAction,
  secondFactorAction,
  verifyEmailAction,
} from "@/lib/actions/auth";
import { IDLE } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(forgotPasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("forgotTitle")} noValidate>
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("sending")}>{t("sendResetLink")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(resetPasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("resetTitle")} noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        hint={t("passwordHint")}
        required
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("setPassword")}</SubmitButton>
    </form>
  );
}

export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(verifyEmailAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("verifyTitle")}>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("confirming")}>{t("confirmEmail")}</SubmitButton>
    </form>
  );
}

export function SecondFactorForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(secondFactorAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("secondFactorTitle")} noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="code"
        label={t("secondFactorCode")}
        hint={t("secondFactorHint")}
        autoComplete="one-time-code"
        required
        state={state}
        maxLength={32}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
    </form>
  );
}
