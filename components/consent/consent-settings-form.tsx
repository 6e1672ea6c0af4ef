"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import type { PurposeStates } from "@/db/schema";
import { saveConsentAction } from "@/lib/actions/consent";
import { IDLE } from "@/lib/actions/form-state";
import { PURPOSES } from "@/lib/consent/consent-cookie";
import { ChoiceButton } from "./choice-button";
import { PurposeDetails } from "./purpose-details";

/**
 * The second layer (C4, C5, C7): one switch per optional purpose, OFF unless the visitor already
 * chose it; "Accept all", "Reject all" and "Save choices" each one click. Works without JavaScript.
 */
export function ConsentSettingsForm({
  current,
  gpc,
  onSaved,
}: {
  /** The purposes in force when a decision exists; null before any choice (all off). */
  current: PurposeStates | null;
  gpc: boolean;
  onSaved?: () => void;
}) {
  const t = useTranslations("consent");
  const [state, formAction, pending] = useActionState(saveConsentAction, IDLE);
  useEffect(() => {
    if (state.status === "ok") onSaved?.();
  }, [state, onSaved]);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="method" value="settings" />
      <p>{t("settingsIntro")}</p>
      {gpc ? (
        <p className="rounded-lg border border-moss bg-paper px-3 py-2 text-sm" data-gpc-notice>
          {t("gpcHonoured")}
        </p>
      ) : null}
      <ul className="space-y-3">
        <li className="rounded-lg border border-line p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">{t("purposes.necessary.name")}</h3>
            <span className="text-sm font-semibold">{t("alwaysOn")}</span>
          </div>
          <p className="text-sm">{t("alwaysOnNote")}</p>
          <PurposeDetails category="necessary" />
        </li>
        {PURPOSES.map((purpose) => (
          <li key={purpose} className="rounded-lg border border-line p-3">
            <div className="flex items-center gap-3">
              <input
                type="checkbox"
                role="switch"
                id={`consent-${purpose}`}
                name="purpose"
                value={purpose}
                defaultChecked={current?.[purpose] ?? false}
                aria-describedby={`consent-${purpose}-details`}
                className="h-5 w-9 shrink-0 accent-ink"
              />
              <label htmlFor={`consent-${purpose}`} className="font-semibold">
                {t(`purposes.${purpose}.name`)}
              </label>
            </div>
            <PurposeDetails category={purpose} id={`consent-${purpose}-details`} />
          </li>
        ))}
      </ul>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-sale">
          {state.message}
        </p>
      ) : null}
      {state.status === "ok" ? (
        <p role="status" className="text-sm text-moss">
          {state.message}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-3">
        <ChoiceButton name="choice" value="accept_all" disabled={pending}>
          {t("acceptAll")}
        </ChoiceButton>
        <ChoiceButton name="choice" value="reject_all" disabled={pending}>
          {t("rejectAll")}
        </ChoiceButton>
        <ChoiceButton name="choice" value="custom" disabled={pending}>
          {t("save")}
        </ChoiceButton>
      </div>
    </form>
  );
}
