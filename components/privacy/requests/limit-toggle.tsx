"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { setProcessingLimitAction } from "@/lib/actions/privacy-requests";

/** One switch of the restrict/object page (R5): sets the limit when off, lifts it when on. */
export function LimitToggle({
  purpose,
  kind,
  active,
  label,
  effect,
}: {
  purpose: string;
  kind: "restriction" | "objection";
  active: boolean;
  label: string;
  effect: string;
}) {
  const t = useTranslations("privacyRequests.restrict");
  const [state, action] = useActionState(setProcessingLimitAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="purpose" value={purpose} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="active" value={String(!active)} />
      <p className="text-sm text-ink-soft">{effect}</p>
      <SubmitButton variant={active ? "secondary" : "primary"} pendingLabel={t("pending")}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
