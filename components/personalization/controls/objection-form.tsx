"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { liftObjectionAction, objectToProfilingAction } from "@/lib/actions/personalization";

/**
 * The objection to profiling for marketing (Art. 21(2)): one button, no reason asked; when in
 * force, its date and the way to lift it.
 */
export function ObjectionForm({ active, since }: { active: boolean; since: string | null }) {
  const t = useTranslations("personalizationControls.objection");
  const [objectState, object] = useActionState(objectToProfilingAction, IDLE);
  const [liftState, lift] = useActionState(liftObjectionAction, IDLE);
  // The message of the step that led to what is shown now, in one region that stays mounted.
  const state = active ? objectState : liftState;
  return (
    <div className="space-y-4">
      <p>{t("effect")}</p>
      {active ? (
        <form action={lift} aria-label={t("lift")} className="space-y-3">
          {since ? (
            <p className="rounded-lg border border-brass bg-paper px-3 py-2 font-medium">
              {t("activeSince", { date: since })}
            </p>
          ) : null}
          <p className="text-sm text-ink-soft">{t("liftNote")}</p>
          <SubmitButton variant="secondary" pendingLabel={t("lifting")}>
            {t("lift")}
          </SubmitButton>
        </form>
      ) : (
        <form action={object} aria-label={t("title")} className="space-y-3">
          <p className="text-sm text-ink-soft">{t("noReason")}</p>
          <SubmitButton variant="danger" pendingLabel={t("objecting")}>
            {t("object")}
          </SubmitButton>
        </form>
      )}
      <FormMessage state={state} />
    </div>
  );
}
