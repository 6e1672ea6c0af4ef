"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { confirmNewsletterAction, unsubscribeNewsletterAction } from "@/lib/actions/newsletter";

/** The confirmation button of the mailed link: only this POST subscribes (S6). */
export function NewsletterConfirmForm({ token }: { token: string }) {
  const t = useTranslations("newsletter");
  const [state, action] = useActionState(confirmNewsletterAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("confirmTitle")}>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {state.status === "ok" ? (
        <Link href="/" className="inline-block font-semibold underline underline-offset-2">
          {t("toShop")}
        </Link>
      ) : state.status === "error" ? (
        <Link
          href="/newsletter"
          className="inline-block font-semibold underline underline-offset-2"
        >
          {t("signUpAgain")}
        </Link>
      ) : (
        <SubmitButton pendingLabel={t("confirming")}>{t("confirmButton")}</SubmitButton>
      )}
    </form>
  );
}

/** One button that unsubscribes; the signed link (s, t) is the proof. */
export function NewsletterUnsubscribeForm({
  subscriptionId,
  token,
}: {
  subscriptionId: string;
  token: string;
}) {
  const t = useTranslations("newsletter");
  const [state, action] = useActionState(unsubscribeNewsletterAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("unsubscribeTitle")}>
      <input type="hidden" name="s" value={subscriptionId} />
      <input type="hidden" name="t" value={token} />
      <FormMessage state={state} />
      {state.status === "ok" ? null : (
        <SubmitButton pendingLabel={t("unsubscribing")}>{t("unsubscribeButton")}</SubmitButton>
      )}
    </form>
  );
}
