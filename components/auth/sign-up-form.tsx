"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/lib/actions/auth";
import { IDLE } from "@/lib/actions/form-state";
import { Checkbox, Field, FormMessage, SubmitButton } from "@/components/ui/form";

export function SignUpForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signUpAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("signUpTitle")} noValidate>
      <Field name="name" label={t("name")} autoComplete="name" required state={state} />
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
        label={t("newPassword")}
        autoComplete="new-password"
        hint={t("passwordHint")}
        required
        state={state}
      />
      <Checkbox name="adult" label={t("adult")} required state={state} />
      <Checkbox
        name="terms"
        required
        state={state}
        label={t.rich("terms", {
          terms: (chunks) => (
            <Link href="/legal/terms" className="underline">
              {chunks}
            </Link>
          ),
          privacy: (chunks) => (
            <Link href="/legal/privacy" className="underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("creatingAccount")}>{t("createAccount")}</SubmitButton>
    </form>
  );
}
