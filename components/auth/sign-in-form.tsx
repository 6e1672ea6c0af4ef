"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendVerificationAction, signInAction } from "@/lib/actions/auth";
import { IDLE } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signInAction, IDLE);
  const [resendState, resend] = useActionState(resendVerificationAction, IDLE);
  const unverified = state.status === "error" && state.values?.unverified === "1";
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" aria-label={t("signInTitle")} noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          required
          state={state}
        />
        <Field
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          state={state}
        />
        <FormMessage state={state} />
        <SubmitButton pendingLabel={t("signingIn")}>{t("signIn")}</SubmitButton>
      </form>
      {unverified ? (
        <form action={resend} className="space-y-2" aria-label={t("resendTitle")}>
          <input type="hidden" name="email" value={state.values?.email ?? ""} />
          <FormMessage state={resendState} />
          <SubmitButton variant="secondary" pendingLabel={t("sending")}>
            {t("resendVerification")}
          </SubmitButton>
        </form>
      ) : null}
      <p className="text-sm">
        <Link href="/forgot-password" className="underline">
          {t("forgotPassword")}
        </Link>
      </p>
    </div>
  );
}
