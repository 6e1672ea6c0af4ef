"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { setInterestsAction } from "@/lib/actions/personalization";

export type InterestOption = { id: string; name: string; interested: boolean };

/** The stated interests: a checkbox per non-sensitive category; saving replaces the whole set. */
export function InterestsForm({ categories }: { categories: InterestOption[] }) {
  const t = useTranslations("personalizationControls.interests");
  const [state, action] = useActionState(setInterestsAction, IDLE);
  const error = state.status === "invalid" ? state.fieldErrors.categoryIds : undefined;
  const saved = categories.filter((c) => c.interested).map((c) => c.id);
  return (
    <form action={action} aria-label={t("title")} className="space-y-4">
      {/* Keyed by the saved set: React resets the form after the action, to the new defaults. */}
      <fieldset
        key={saved.join(",")}
        aria-describedby={error ? "interests-error interests-note" : "interests-note"}
      >
        <legend className="mb-2 font-semibold">{t("legend")}</legend>
        <ul className="grid gap-2 sm:grid-cols-2">
          {categories.map((category) => (
            <li key={category.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`interest-${category.id}`}
                name="categoryId"
                value={category.id}
                defaultChecked={category.interested}
                className="h-4 w-4 shrink-0 accent-ink"
              />
              <label htmlFor={`interest-${category.id}`}>{category.name}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p id="interests-note" className="text-sm text-ink-soft">
        {t("sensitiveNote")}
      </p>
      {error ? (
        <p id="interests-error" className="text-sm text-sale">
          {error}
        </p>
      ) : null}
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
