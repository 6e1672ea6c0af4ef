"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { subscribeNewsletterAction } from "@/lib/actions/newsletter";

/** Step one of the double opt-in: address and the consent statement, ticked by the person. */
export function NewsletterSignupForm({ defaultEmail }: { defaultEmail?: string }) {
  const t = useTranslations("newsletter");
  const [state, action] = useActionState(subscribeNewsletterAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("formLabel")} noValidate>
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        state={state}
        defaultValue={defaultEmail}
        hint={defaultEmail ? t("emailHintSignedIn") : undefined}
        maxLength={254}
      />
      <Checkbox name="consent" label={t("consentText")} state={state} required />
      <p className="text-sm text-ink-soft">{t("doubleOptIn")}</p>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
