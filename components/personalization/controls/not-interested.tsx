"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import {
  markNotInterestedAction,
  restoreOfferAction,
  undoNotInterestedAction,
} from "@/lib/actions/personalization";
import { cn } from "@/lib/ui/cn";

export type MarkItem = { id: string; label: string; name: string; since: DatedLabel };
export type DismissedOfferItem = { offerId: string; name: string; dismissedAt: DatedLabel };
type DatedLabel = { iso: string; label: string };

/** The "not interested" marks with undo; the outcome is announced above the list, which outlives it. */
export function NotInterestedMarks({ marks }: { marks: MarkItem[] }) {
  const t = useTranslations("personalizationControls.notInterested");
  const [state, undo] = useActionState(undoNotInterestedAction, IDLE);
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {marks.length === 0 ? (
        <p className="text-ink-soft">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-2xl border border-line">
          {marks.map((mark) => (
            <li key={mark.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center">
              <p className="flex-1">
                <span className="font-medium">{mark.label}</span>{" "}
                <time dateTime={mark.since.iso} className="text-sm text-ink-soft">
                  ({t("since", { date: mark.since.label })})
                </time>
              </p>
              <form action={undo}>
                <input type="hidden" name="id" value={mark.id} />
                <SubmitButton variant="secondary" pendingLabel={t("undoing")}>
                  <span aria-hidden="true">{t("undo")}</span>
                  <span className="sr-only">{t("undoLabel", { name: mark.name })}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Offers the customer dismissed, each with "Show again". */
export function DismissedOffers({ offers }: { offers: DismissedOfferItem[] }) {
  const t = useTranslations("personalizationControls.offers");
  const [state, restore] = useActionState(restoreOfferAction, IDLE);
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {offers.length === 0 ? (
        <p className="text-ink-soft">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-2xl border border-line">
          {offers.map((offer) => (
            <li key={offer.offerId} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center">
              <p className="flex-1">
                <span className="font-medium">{offer.name}</span>{" "}
                <time dateTime={offer.dismissedAt.iso} className="text-sm text-ink-soft">
                  ({t("since", { date: offer.dismissedAt.label })})
                </time>
              </p>
              <form action={restore}>
                <input type="hidden" name="offerId" value={offer.offerId} />
                <SubmitButton variant="secondary" pendingLabel={t("restoring")}>
                  <span aria-hidden="true">{t("restore")}</span>
                  <span className="sr-only">{t("restoreLabel", { name: offer.name })}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Marks one category "not interested"; only categories not yet marked are offered. */
export function MarkCategoryForm({ categories }: { categories: { id: string; name: string }[] }) {
  const t = useTranslations("personalizationControls.notInterested");
  const [state, action] = useActionState(markNotInterestedAction, IDLE);
  const error = state.status === "invalid" ? state.fieldErrors.categoryId : undefined;
  if (categories.length === 0) {
    return (
      <div className="space-y-3">
        <p className="text-ink-soft">{t("allMarked")}</p>
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <form action={action} aria-label={t("markTitle")} className="space-y-3" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor="mark-category" className="text-sm font-medium">
          {t("markLabel")}
        </label>
        <select
          id="mark-category"
          name="categoryId"
          defaultValue=""
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "mark-category-error" : undefined}
          className={cn(
            "rounded-lg border bg-card px-3 py-2 sm:max-w-sm",
            error ? "border-sale" : "border-line",
          )}
        >
          <option value="">{t("choose")}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        {error ? (
          <p id="mark-category-error" className="text-sm text-sale">
            {error}
          </p>
        ) : null}
      </div>
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingLabel={t("marking")}>
        {t("mark")}
      </SubmitButton>
    </form>
  );
}
