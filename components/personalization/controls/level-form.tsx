"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { setLevelAction } from "@/lib/actions/personalization";
import type { PersonalizationLevel } from "@/lib/personalization/types";

const LEVELS: readonly PersonalizationLevel[] = ["off", "session", "full"];

/** The level of P3 as a radio group, each choice with its one-line meaning. */
export function LevelForm({ level }: { level: PersonalizationLevel }) {
  const t = useTranslations("personalizationControls.level");
  const [state, action] = useActionState(setLevelAction, IDLE);
  const error = state.status === "invalid" ? state.fieldErrors.level : undefined;
  return (
    <form action={action} aria-label={t("title")} className="space-y-4">
      {/* Keyed by the saved level: React resets the form after the action, to the new default. */}
      <fieldset
        key={level}
        aria-describedby={error ? "level-error" : undefined}
        className="space-y-3"
      >
        <legend className="mb-2 font-semibold">{t("legend")}</legend>
        {LEVELS.map((value) => (
          <div key={value} className="flex items-start gap-3 rounded-2xl border border-line p-3">
            <input
              type="radio"
              id={`level-${value}`}
              name="level"
              value={value}
              defaultChecked={value === level}
              aria-describedby={`level-${value}-hint`}
              className="mt-1 h-4 w-4 shrink-0 accent-ink"
            />
            <div>
              <label htmlFor={`level-${value}`} className="font-medium">
                {t(`options.${value}.label`)}
              </label>
              <p id={`level-${value}-hint`} className="text-sm text-ink-soft">
                {t(`options.${value}.hint`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {error ? (
        <p id="level-error" className="text-sm text-sale">
          {error}
        </p>
      ) : null}
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
