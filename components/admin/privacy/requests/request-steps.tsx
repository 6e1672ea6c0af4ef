"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import {
  completePrivacyRequestAction,
  extendPrivacyRequestAction,
  refusePrivacyRequestAction,
  startPrivacyRequestAction,
} from "@/lib/actions/privacy-requests";

type Kind = "access" | "export" | "rectification" | "restriction" | "objection" | "erasure";

/** Marks a received request as in progress. */
export function StartRequestForm({ id }: { id: string }) {
  const t = useTranslations("privacyRequests.detail");
  const [state, action] = useActionState(startPrivacyRequestAction, IDLE);
  return (
    <form action={action} aria-label={t("start")} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-ink-soft">{t("startHint")}</p>
      <SubmitButton variant="secondary" pendingLabel={t("starting")}>
        {t("start")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Completes the request; for an erasure request the button says that it erases. */
export function CompleteRequestForm({ id, kind }: { id: string; kind: Kind }) {
  const t = useTranslations("privacyRequests.detail");
  const [state, action] = useActionState(completePrivacyRequestAction, IDLE);
  const erasure = kind === "erasure";
  return (
    <form
      action={action}
      aria-label={erasure ? t("completeErasure") : t("complete")}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-ink-soft">{t(`completeHint.${kind}`)}</p>
      <SubmitButton variant={erasure ? "danger" : "primary"} pendingLabel={t("completing")}>
        {erasure ? t("completeErasure") : t("complete")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Extension (once, with reasons) or refusal (with reasons): both send the reasons on. */
export function ReasonedStepForm({ id, step }: { id: string; step: "extend" | "refuse" }) {
  const t = useTranslations("privacyRequests.detail");
  const [state, action] = useActionState(
    step === "extend" ? extendPrivacyRequestAction : refusePrivacyRequestAction,
    IDLE,
  );
  return (
    <form action={action} aria-labelledby={`${step}-title`} className="space-y-3">
      <h3 id={`${step}-title`} className="font-semibold">
        {t(`${step}Title`)}
      </h3>
      <p className="text-sm text-ink-soft">{t(`${step}Hint`)}</p>
      <input type="hidden" name="id" value={id} />
      <TextAreaField
        id={`${step}-reason`}
        name="reason"
        label={t(`${step}Reason`)}
        maxLength={2000}
        required
        state={state}
      />
      <SubmitButton
        variant={step === "refuse" ? "danger" : "secondary"}
        pendingLabel={t(step === "extend" ? "extending" : "refusing")}
      >
        {t(step)}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
